"""Build the site the way `make build` / `make publish` do, from Python (tests, checks, benchmarks)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from scripts import mkdocs_yml

ROOT = Path(__file__).resolve().parents[1]
# What a build needs beside mkdocs.yml and docs/ (theme, hooks, UI words and guide numbers).
FOLDERS = ("overrides", "scripts", "data")


def project_copy(dest: Path, docs: Path | None = None, nav: bool = True,
                 redirect_maps: dict[str, str] | None = None) -> Path:
    """A throwaway copy of this project to build a variant of the site from: its
    configuration, theme, hooks and data (data/: tool words, the guide's numbers), with `docs`
    (default: this project's pages) and, when `nav` is False, no explicit nav (for fixture
    pages that are not in it).

    Fixture pages get the redirect map `redirect_maps` (default: none), never this site's,
    whose targets they do not have; the real pages keep the real map unless one is given."""
    dest.mkdir(parents=True, exist_ok=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if not nav:
        config = mkdocs_yml.remove_nav(config)
    if docs is not None or redirect_maps is not None:
        config = mkdocs_yml.replace_redirect_maps(config, redirect_maps or {})
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    for folder in FOLDERS:
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__", "node_modules"))
    shutil.copytree(ROOT / "docs" if docs is None else docs, dest / "docs")
    return dest


def build(project: Path = ROOT, site_dir: Path | None = None, site_url: str | None = None,
          publish: bool = False, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `project` into `site_dir`; never raises, returns the process.

    SITE_URL, PUBLISH and SECOND_ROUND_BUILD_DATE (the planner's holiday table) are taken only
    from the arguments, never from the caller's environment, so a build is reproducible whatever
    shell runs it."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(project))
    for name in ("SITE_URL", "PUBLISH", "SECOND_ROUND_BUILD_DATE"):
        env.pop(name, None)
    if site_url is not None:
        env["SITE_URL"] = site_url
    if publish:
        env["PUBLISH"] = "1"
    env.update(extra_env or {})
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")]
    if site_dir is not None:
        command += ["-d", str(site_dir)]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=300)
