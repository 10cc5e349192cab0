"""The for-agencies page shows the real, full addresses of the site it was built for
(scripts/hooks/site_addresses.py), at the host root and under a GitHub Pages sub-path, in
both languages: no placeholders, and every address opens its page and section."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from scripts.built_site import url_language
from tests.site import ROOT
from tests.test_stable_urls import resolve

DOCS = ROOT / "docs"


@pytest.fixture(params=["root", "subpath"])
def any_site(request):
    return request.getfixturevalue("site" if request.param == "root" else "subpath_site")


def agency_page(site, lang: str) -> tuple[str, BeautifulSoup]:
    html = (site.path / ("ja/" if lang == "ja" else "") / "for-agencies" / "index.html").read_text("utf-8")
    return html, BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_agency_page_shows_full_addresses_that_open_their_page_and_section(any_site, lang):
    html, soup = agency_page(any_site, lang)
    assert "{site" not in html
    links = soup.select("article a.full-url, article a.feed-url")
    assert len(links) >= 30
    for link in links:
        address = link["href"]
        assert link.get_text() == address
        assert address.startswith(any_site.url), address        # absolute, sub-path included
        relative = address[len(any_site.url):] or "./"
        assert resolve(any_site.path, relative) is None, address
        assert url_language(relative) == link.get("hreflang", lang), address


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_tables_of_pages_and_sections_hold_only_generated_addresses(any_site, lang):
    _, soup = agency_page(any_site, lang)
    tables = soup.select("article table")
    assert len(tables) == 2
    for table in tables:
        for row in table.select("tbody tr"):
            cell = row.find_all("td")[1]
            assert [a["class"] for a in cell.find_all("a")] == [["full-url"]], cell
            assert cell.get_text() == cell.a["href"]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_link_kit_command_and_campaign_example_carry_the_real_site_address(any_site, lang):
    _, soup = agency_page(any_site, lang)
    code = [block.get_text() for block in soup.select("article div.site-url code")]
    assert len(code) == 2
    assert code[0].startswith(f"make linkkit SITE_URL={any_site.url} ARGS=")
    example = urlsplit(code[1].strip())
    assert code[1].startswith(any_site.url)
    assert example.query == "utm_source=newsletter&utm_medium=email&utm_campaign=2026-12"
    assert resolve(any_site.path, f"{example.path[len(urlsplit(any_site.url).path):]}#{example.fragment}") is None


def test_the_source_has_no_hand_typed_addresses():
    """Addresses are links MkDocs checks (a rename updates them), not typed paths."""
    for page in DOCS.glob("for-agencies*.md"):
        text = page.read_text("utf-8")
        assert "{site}" not in text and not re.search(r"https?://\w", text), page
        rows = [line for line in text.splitlines() if line.startswith("| ") and "](" in line]
        assert rows and all(re.search(r"\]\([a-z-]+\.md(#[a-z0-9-]+)?\)\{\.full-url\} \|$", row) for row in rows), page
