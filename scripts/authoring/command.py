"""How a maintenance command ends: its report on stdout and exit 0, or, when it cannot do the
job, one line on stderr saying why and exit 2, having changed nothing."""
from __future__ import annotations

import sys
from typing import Callable

from scripts.mkdocs_yml import ConfigEditError


class CommandError(ValueError):
    """The job cannot be done as asked; the message says why and what to do instead."""


def run(name: str, job: Callable[[], list[str]]) -> int:
    sys.stdout.reconfigure(encoding="utf-8")
    try:
        print("\n".join(job()))
    except (CommandError, ConfigEditError) as error:
        print(f"{name}: {error}", file=sys.stderr)
        return 2
    return 0
