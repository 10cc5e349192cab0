"""Test helpers: fixture projects, scratch copies of the whole project, plus the build and
server the scripts use."""
from __future__ import annotations

import os
import shutil
import subprocess
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
