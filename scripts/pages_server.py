"""Serve a built site the way GitHub Pages does, for tests and benchmarks.

The site lives under `prefix` (a project site is served under /<repo>/); anything missing
gets the site's root 404.html with status 404; text (HTML, CSS, JS, JSON, XML, SVG) goes
out gzip-compressed to a browser that accepts it, so page weights and Lighthouse scores
measured here match what a reader downloads.
"""
from __future__ import annotations

import functools
import gzip
import io
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt"}


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
        if target.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            target = target / "index.html"
        if target.is_file() and target.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(target.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(target)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)
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
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(directory)))
        self.base = f"http://127.0.0.1:{port}{prefix}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
