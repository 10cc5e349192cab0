"""The site builds strictly, in both languages, with the head metadata each page promises."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts import page_tools
from scripts.built_site import page_url
from scripts.hooks.jump_list import MIN_ENTRIES
from scripts.pages import read_pages
from tests.site import ROOT

DOCS = ROOT / "docs"
PAGES = [p for p in read_pages(DOCS) if p.lang == "en"]
LOCALES = {"en": "en_US", "ja": "ja_JP"}


@functools.lru_cache(maxsize=None)
def _parsed(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def html(site, key, lang) -> BeautifulSoup:
    """A built page, parsed once (the tests only read it)."""
    return _parsed(site.path / page_url(key, lang) / "index.html")


def test_the_site_builds_strictly_in_both_languages(site):
    assert "Building 'ja' documentation" in site.process.stderr
    for page in PAGES:
        for lang in LOCALES:
            assert (site.path / page_url(page.key, lang) / "index.html").exists(), (page.key, lang)


def test_the_build_does_not_print_warnings_or_the_end_of_life_banner(site):
    output = site.process.stdout + site.process.stderr
    assert "WARNING" not in output, output
    assert "MkDocs 2.0" not in output and "end of life" not in output.lower(), output


@pytest.fixture(params=["root", "subpath"])
def any_site(request):
    """The site built for the host root and for a GitHub Pages project sub-path."""
    return request.getfixturevalue("site" if request.param == "root" else "subpath_site")


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("key", [p.key for p in PAGES])
def test_every_page_declares_its_language_and_counterpart(any_site, key, lang):
    site = any_site
    soup = html(site, key, lang)
    assert soup.html["lang"] == lang
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == site.url + page_url(key, lang)
    alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")
                  if link.get("hreflang")}
    assert alternates == {
        "en": site.url + page_url(key, "en"),
        "ja": site.url + page_url(key, "ja"),
        "x-default": site.url + page_url(key, "en"),
    }


@pytest.mark.parametrize("lang", LOCALES)
@pytest.mark.parametrize("key", [p.key for p in PAGES])
def test_every_page_has_a_link_preview_in_its_language(site, key, lang):
    soup = html(site, key, lang)
    meta = {m.get("property") or m.get("name"): m.get("content") for m in soup.find_all("meta")}
    source = next(p for p in read_pages(DOCS) if p.key == key and p.lang == lang)
    assert meta["og:title"] == meta["twitter:title"] == source.meta["title"]
    assert meta["og:description"] == meta["twitter:description"] == source.meta["description"]
    assert meta["description"] == source.meta["description"]
    assert meta["og:locale"] == LOCALES[lang]
    assert meta["og:url"] == site.url + page_url(key, lang)
    assert meta["og:image"] == meta["twitter:image"] == f"{site.url}assets/images/card-{lang}.png"
    assert (site.path / "assets" / "images" / f"card-{lang}.png").exists()


def test_japanese_pages_carry_the_japanese_site_name(site):
    title = html(site, "what-to-expect", "ja").title.string
    assert title.endswith("Second Round 二次面接ガイド"), title


EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//(?!127\.0\.0\.1)""")


def test_no_page_loads_anything_from_another_host(site):
    """Links to other sites are fine; fonts, scripts, styles and images from them are not."""
    for path in Path(site.path).rglob("*.html"):
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        loaded = [tag.get("src") for tag in soup.find_all(["script", "img", "iframe", "source"])]
        loaded += [tag.get("href") for tag in soup.find_all("link")
                   if not {"alternate", "canonical"} & set(tag.get("rel", []))]
        foreign = [u for u in loaded if u and re.match(r"(?:https?:)?//", u) and not u.startswith(site.url)]
        assert not foreign, f"{path}: {foreign}"
        assert "fonts.googleapis" not in path.read_text("utf-8")


def test_japanese_sentences_on_separate_source_lines_render_without_a_space(site):
    """Chromium draws a newline between Japanese characters as a space."""
    source = (ROOT / "docs" / "timeline.ja.md").read_text("utf-8")
    assert re.search(r"。\n[^\s#|>!=\-]", source), "the test needs a page with one sentence per line"
    for page in PAGES:
        body = html(site, page.key, "ja").find("article")
        for block in body.find_all(["p", "li", "td"]):
            text = block.get_text()
            assert not re.search(r"[。、ぁ-んァ-ン一-龥]\n[ぁ-んァ-ン一-龥「]", text), (page.key, text[:80])


def test_join_japanese_lines_leaves_code_and_english_alone():
    from scripts.hooks.japanese_line_breaks import join_japanese_lines

    html_in = ("<p>送ります。\nその後\nwe wait.\nThen</p><p><b>件名</b>\n<a href='#x'>内定</a>です。</p>"
               "<pre><code>件名：\n本文</code></pre>")
    assert join_japanese_lines(html_in) == ("<p>送ります。その後\nwe wait.\nThen</p><p><b>件名</b><a href='#x'>内定</a>です。</p>"
                                            "<pre><code>件名：\n本文</code></pre>")


ASSETS = ROOT / "overrides" / "assets"
OUR_ASSETS = sorted(p.relative_to(ASSETS).as_posix() for p in ASSETS.rglob("*") if p.suffix in (".js", ".css"))


@pytest.mark.parametrize("name", OUR_ASSETS)
def test_our_scripts_and_styles_are_served_minified(site, name):
    """Readers download our scripts and styles without the maintainers' comments
    (scripts/hooks/minify_assets.py); the sources keep them."""
    from scripts.hooks.minify_assets import MINIFIERS

    source = (ASSETS / name).read_text("utf-8")
    served = (site.path / "assets" / name).read_text("utf-8")
    assert served == MINIFIERS[Path(name).suffix](source)
    assert len(served) < len(source)


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("key", [p.key for p in PAGES])
def test_long_pages_list_their_sections_at_the_top(site, key, lang):
    """A page with at least MIN_ENTRIES `##` sections opens with "On this page" and a link to each,
    in order, before its first section (scripts/hooks/jump_list.py; the templates page lists its
    templates instead, tests/browser/test_reading_on_a_phone.py); the home page has its cards."""
    page = next(p for p in read_pages(DOCS) if p.key == key and p.lang == lang)
    sections = [h.id for h in page.headings if h.level == 2]
    title = page_tools.all_strings()["theme"]["on_this_page"][lang]
    lists = [nav for nav in html(site, key, lang).select("article nav[aria-labelledby]")
             if nav.find(id=nav["aria-labelledby"]).get_text(strip=True) == title]
    if key == "index" or len(sections) < MIN_ENTRIES:
        assert lists == []
        return
    [jump] = lists
    assert jump.find_next("h2") is not None, "the list comes before the first section"
    if key != "email-templates":
        assert [a["href"] for a in jump.select("a")] == [f"#{sid}" for sid in sections]
