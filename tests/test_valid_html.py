"""Every built page is valid HTML: the Nu HTML Checker (vnu, from npm; Java from
scripts/setup_test_tools.sh) reports no error on any page of either language, on the 404 page,
or on the redirect pages a renamed page leaves behind."""
from __future__ import annotations

import re
import subprocess

import pytest

from tests.site import ROOT, build, free_port, project_copy

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
RENAMED = {"old-thank-you.md": "thank-you-email.md"}


@pytest.fixture(scope="module")
def site_with_a_rename(tmp_path_factory):
    """The real site, with one page renamed so that its redirect pages are built too."""
    base = tmp_path_factory.mktemp("valid-html")
    project = project_copy(base / "project", redirect_maps=RENAMED)
    result = build(project, base / "site", site_url=f"http://127.0.0.1:{free_port()}/")
    assert result.returncode == 0, result.stdout + result.stderr
    return base / "site"


def vnu_errors(site_dir) -> list[str]:
    """One vnu run over every HTML file under site_dir: `page:line.column: message` per error."""
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", "--format", "gnu",
                             str(site_dir)], capture_output=True, text=True, timeout=600)
    assert result.returncode in (0, 1), result.stderr
    page = re.compile(rf'^"file:(?://)?{re.escape(str(site_dir))}/([^"]*)":')
    return [page.sub(r"\1:", line) for line in result.stderr.splitlines() if line.strip()]


def test_the_check_covers_both_languages_the_404_page_and_redirect_pages(site_with_a_rename):
    pages = {p.relative_to(site_with_a_rename).as_posix() for p in site_with_a_rename.rglob("*.html")}
    assert {"index.html", "ja/index.html", "ja/thank-you-email/index.html", "404.html",
            "old-thank-you/index.html", "ja/old-thank-you/index.html"} <= pages


def test_every_built_page_is_valid_html(site_with_a_rename):
    errors = vnu_errors(site_with_a_rename)
    assert errors == [], f"{len(errors)} vnu errors:\n" + "\n".join(errors)
