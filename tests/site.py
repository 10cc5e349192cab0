"""Test helpers: build a site the way `make build` does, and serve it like GitHub Pages."""
from __future__ import annotations

import functools
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build(project: Path, site_dir: Path, site_url: str | None = None, publish: bool = False,
          extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `project` into `site_dir`; never raises, returns the process."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(project))
    env.pop("SITE_URL", None)
    env.pop("PUBLISH", None)
    if site_url is not None:
        env["SITE_URL"] = site_url
    if publish:
        env["PUBLISH"] = "1"
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )


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


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves `directory` under `prefix` (a GitHub Pages project site lives under /<repo>/);
    anything missing gets the site's root 404.html with status 404, as GitHub Pages does."""

    prefix = "/"
    log: list

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(self.prefix):
            return self._not_found()
        self.path = "/" + self.path[len(self.prefix):]
        target = Path(self.translate_path(self.path))
        if target.is_dir() and not (target / "index.html").exists() or not target.exists():
            return self._not_found()
        return super().send_head()

    def _not_found(self):
        page = Path(self.directory) / "404.html"
        body = page.read_bytes() if page.exists() else b"not found"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


class Server:
    def __init__(self, directory: Path, port: int, prefix: str = "/"):
        handler = type("Handler", (PagesHandler,), {"prefix": prefix})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port),
                                         functools.partial(handler, directory=str(directory)))
        self.base = f"http://127.0.0.1:{port}{prefix}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
