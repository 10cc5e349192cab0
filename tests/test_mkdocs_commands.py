"""`mkdocs build` and `mkdocs serve`, typed in a shell with the project's venv activated, work
like `make build` and `make serve`: the hooks find `scripts.*` and Material's end-of-life
banner stays quiet. Run through the venv's `mkdocs` command (not `python -m mkdocs`, which puts
the current folder on sys.path), with no PYTHONPATH and none of the Makefile's variables."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.site import ROOT, free_port

VENV_BIN = Path(sys.executable).parent


def activated_env() -> dict[str, str]:
    """The environment of a shell after `. .venv/bin/activate`, not of `make`."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "NO_MKDOCS_2_WARNING", "SITE_URL", "PUBLISH", "MAKEFLAGS", "MAKELEVEL")}
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(VENV_BIN.parent)
    return env


def test_the_venv_has_its_own_mkdocs_command():
    assert (VENV_BIN / "mkdocs").is_file()


def test_mkdocs_build_in_the_activated_venv_builds_the_site_strictly(tmp_path):
    result = subprocess.run(["mkdocs", "build", "--strict", "-d", str(tmp_path / "site")], cwd=ROOT,
                            env=activated_env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "end of life" not in result.stderr
    assert (tmp_path / "site" / "ja" / "thank-you-email" / "index.html").is_file()


def test_mkdocs_serve_in_the_activated_venv_serves_both_languages():
    port = free_port()
    server = subprocess.Popen(["mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"], cwd=ROOT,
                              env=activated_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        page = None
        deadline = time.monotonic() + 180
        while page is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/ja/thank-you-email/", timeout=5) as response:
                    page = response.read().decode("utf-8")
            except OSError:
                time.sleep(0.5)
        assert server.poll() is None, f"mkdocs serve stopped:\n{server.communicate()[0]}"
        assert page is not None, "mkdocs serve did not answer within 180 s"
        assert '<html lang="ja"' in page
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert "end of life" not in output and "Traceback" not in output, output
