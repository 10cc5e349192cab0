"""Test helpers: fixture projects, plus the build and server the scripts use."""
from __future__ import annotations

from pathlib import Path

from scripts.pages_server import Server, free_port  # noqa: F401  (re-exported for the tests)
from scripts.site_build import build, project_copy  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_project(name: str, tmp_path: Path) -> Path:
    """A throwaway project: this repository's configuration, theme and hooks, with the
    fixture's docs/ (tests/fixtures/<name>/docs) and no explicit nav."""
    return project_copy(tmp_path / name, docs=FIXTURES / name / "docs", nav=False)
