"""Test helpers: fixture projects, plus the build and server the scripts use."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from scripts.pages_server import Server, free_port  # noqa: F401  (re-exported for the tests)
from scripts.site_build import build  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_project(name: str, tmp_path: Path) -> Path:
    """A throwaway project: this repository's configuration, theme and hooks, with the
    fixture's docs/ (tests/fixtures/<name>/docs) and no explicit nav."""
    project = tmp_path / name
    project.mkdir()
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"^nav:\n(?:(?:[ \t].*)?\n)*", "", config, flags=re.M)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "scripts", project / "scripts",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(FIXTURES / name / "docs", project / "docs")
    return project
