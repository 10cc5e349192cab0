"""Test helpers: fixture projects, scratch copies of the whole project, plus the build and
server the scripts use."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import textwrap
from pathlib import Path

from scripts.pages_server import Server, free_port  # noqa: F401  (re-exported for the tests)
from scripts.site_build import build, project_copy  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# What a checkout holds besides its own files: set up by make, or made by builds and tests.
NOT_COPIED = (".git", ".venv", "node_modules", "site", "test-output", ".pytest_cache", "__pycache__", ".cache")
SHARED = (".venv", "node_modules")
# Variables the maintainer commands read; a value left in the test's environment must not leak in.
MAKE_VARIABLES = ("NAME", "TITLE", "TITLE_JA", "SECTION", "OLD", "NEW", "PAGE", "ARGS", "SITE_URL", "PUBLISH",
                  "MAKEFLAGS", "MFLAGS", "MAKELEVEL")
# The test site's holiday table is built as on this date (2026–2028), whatever year the tests run,
# so the date planner's cases stay inside it (scripts/japan_calendar.py).
BUILD_DATE = {"SECOND_ROUND_BUILD_DATE": "2026-12-01"}


def fixture_project(name: str, tmp_path: Path) -> Path:
    """A throwaway project: this repository's configuration, theme and hooks, with the
    fixture's docs/ (tests/fixtures/<name>/docs) and no explicit nav."""
    return project_copy(tmp_path / name, docs=FIXTURES / name / "docs", nav=False)


def project_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True)
    if listed.returncode == 0:
        return [name for name in listed.stdout.splitlines() if (ROOT / name).is_file()]
    return [path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*") if path.is_file()
            and not set(path.relative_to(ROOT).parts) & set(NOT_COPIED)]


def scratch_project(dest: Path) -> Path:
    """A full copy of this project in a new git repository, as a maintainer's clone would be,
    sharing this checkout's installed .venv and node_modules (symlinks; `make` is run with
    `-o` so it never reinstalls into them)."""
    for name in project_files():
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, dest / name)
    for name in SHARED:
        (dest / name).symlink_to(ROOT / name)
    for command in (["git", "init", "-q"], ["git", "add", "-A"],
                    ["git", "-c", "user.name=test", "-c", "user.email=test@invalid", "commit", "-qm", "scratch"]):
        subprocess.run(command, cwd=dest, check=True, capture_output=True)
    return dest


def make(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`make <args>` in a scratch project, the way a maintainer types it."""
    env = {key: value for key, value in os.environ.items() if key not in MAKE_VARIABLES}
    command = ["make", "--no-print-directory", "-o", ".venv/.installed", "-o", "node_modules/.installed", *args]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=600)


def written_template(page: str, section: str, tab: str) -> str:
    """The code block under `tab` after the heading {#section} in docs/<page>, as written
    (Material copies it without the final line break)."""
    lines = (ROOT / "docs" / page).read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith(f"{{#{section}}}"))
    start = next(i for i in range(start, len(lines)) if lines[i] == f'=== "{tab}"')
    fence = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("```"))
    end = next(i for i in range(fence + 1, len(lines)) if lines[i].strip() == "```")
    return textwrap.dedent("\n".join(lines[fence + 1:end]))


def written_templates(page: str) -> dict[str, dict[str, str]]:
    """Every tabbed template of docs/<page>: {section id: {tab: text}}, the section being the
    nearest heading with an id above the tab set."""
    found: dict[str, dict[str, str]] = {}
    section = None
    for line in (ROOT / "docs" / page).read_text("utf-8").splitlines():
        heading = re.match(r"#{2,6} .*\{#([\w-]+)\}\s*$", line)
        if heading:
            section = heading.group(1)
        tab = re.match(r'=== "(.+)"$', line)
        if tab and section:
            found.setdefault(section, {})[tab.group(1)] = written_template(page, section, tab.group(1))
    return found
