"""An Atom 1.0 feed per language (/feed.xml, /ja/feed.xml): one entry per page, dated by its
review, linked from every page of that language; at the host root and under a sub-path."""
from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from scripts.built_site import page_url
from scripts.pages import read_pages
from tests.site import ROOT
from tests.test_stable_urls import resolve

DOCS = ROOT / "docs"
A = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEEDS = {"en": "feed.xml", "ja": "ja/feed.xml"}
SITE_NAMES = {"en": "Second Round", "ja": "Second Round 二次面接ガイド"}
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")


def rfc3339(value: str) -> datetime.datetime:
    assert RFC3339.match(value or ""), value
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def pages(lang: str):
    return [p for p in read_pages(DOCS) if p.lang == lang]


@pytest.fixture(params=["root", "subpath"])
def any_site(request):
    return request.getfixturevalue("site" if request.param == "root" else "subpath_site")


def feed(site, lang) -> ET.Element:
    root = ET.parse(site.path / FEEDS[lang]).getroot()
    assert root.tag == f"{A}feed"
    return root


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_each_language_has_an_atom_feed_in_its_language_with_the_required_elements(any_site, lang):
    root = feed(any_site, lang)
    assert root.get(XML_LANG) == lang
    assert root.findtext(f"{A}title") == SITE_NAMES[lang]
    assert root.findtext(f"{A}id") == any_site.url + ("" if lang == "en" else f"{lang}/")
    self_links = [link for link in root.findall(f"{A}link") if link.get("rel") == "self"]
    assert [(link.get("href"), link.get("type")) for link in self_links] == [
        (any_site.url + FEEDS[lang], "application/atom+xml")]
    assert root.findtext(f"{A}author/{A}name")
    newest = max(p.meta["reviewed"] for p in pages(lang))
    assert rfc3339(root.findtext(f"{A}updated")).date() == newest


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_page_is_one_entry_with_its_title_link_id_review_date_and_description(any_site, lang):
    entries = feed(any_site, lang).findall(f"{A}entry")
    expected = {any_site.url + page_url(p.key, lang): p for p in pages(lang)}
    assert len(entries) == len(expected)
    seen = set()
    for entry in entries:
        link = entry.find(f"{A}link")
        url = link.get("href")
        page = expected[url]
        seen.add(url)
        assert link.get("rel", "alternate") == "alternate"
        assert entry.findtext(f"{A}id") == url
        assert entry.findtext(f"{A}title") == page.meta["title"]
        assert entry.findtext(f"{A}summary") == page.meta["description"]
        assert rfc3339(entry.findtext(f"{A}updated")).date() == page.meta["reviewed"]
    assert seen == set(expected)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_feed_link_opens_a_page_of_the_built_site(any_site, lang):
    for entry in feed(any_site, lang).findall(f"{A}entry"):
        url = entry.find(f"{A}link").get("href")
        assert url.startswith(any_site.url), url
        assert resolve(any_site.path, url[len(any_site.url):] or "./") is None


def test_feed_entries_are_newest_first(site):
    for lang in FEEDS:
        dates = [rfc3339(e.findtext(f"{A}updated")) for e in feed(site, lang).findall(f"{A}entry")]
        assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_page_head_points_to_the_feed_of_its_language(any_site, lang):
    for page in pages(lang):
        address = page_url(page.key, lang)
        soup = BeautifulSoup((any_site.path / address / "index.html").read_text("utf-8"), "html.parser")
        feeds = [link for link in soup.find_all("link", rel="alternate")
                 if link.get("type") == "application/atom+xml"]
        assert len(feeds) == 1, address
        assert urljoin(any_site.url + address, feeds[0]["href"]) == any_site.url + FEEDS[lang], address
        assert not feeds[0].get("hreflang")          # not a language alternate of the page


def test_the_bilingual_404_page_points_to_no_feed(site):
    soup = BeautifulSoup((site.path / "404.html").read_text("utf-8"), "html.parser")
    assert soup.find("link", type="application/atom+xml") is None
