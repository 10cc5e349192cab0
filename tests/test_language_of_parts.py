"""Every run of the other language is marked with its `lang` (WCAG 3.1.2), on every page of
both languages, without changing a character a reader sees, copies or searches
(scripts/hooks/language_of_parts.py)."""
from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup, Comment

from scripts.built_site import BuiltSite
from scripts.hooks.language_of_parts import ENGLISH_RUN, mark_language_of_parts
from scripts.writing_systems import JAPANESE, LETTERS
from tests.site import ROOT, build, project_copy

NOT_TEXT = {"script", "style", "svg", "template", "textarea", "title"}


def texts(soup: BeautifulSoup):
    """Every text node a reader sees in <body>."""
    for node in soup.body.find_all(string=True):
        if not isinstance(node, Comment) and not any(p.name in NOT_TEXT for p in node.parents):
            yield node


def nearest_lang(node) -> str:
    return next(p["lang"] for p in node.parents if p.has_attr("lang"))


def pages(site, lang: str):
    return [page for page in BuiltSite(site.path).pages.values() if page.lang == lang and page.is_guide_page]


def test_every_japanese_text_on_english_pages_is_marked_ja(site):
    unmarked, marked = [], 0
    for page in pages(site, "en") + [BuiltSite(site.path).pages["404.html"]]:
        for node in texts(page.soup):
            if JAPANESE.search(node):
                marked += 1
                if nearest_lang(node) != "ja":
                    unmarked.append((page.url, str(node)[:60]))
    assert unmarked == []
    assert marked > 200         # 209 text nodes on 2026-11-30: terms, phrases, templates, the 日本語 tabs


def test_english_tabs_code_blocks_and_phrases_on_japanese_pages_are_marked_en(site):
    unmarked, panels = [], 0
    for page in pages(site, "ja"):
        soup = page.soup
        for tabs in soup.select("div.tabbed-set"):
            labels = [label.get_text() for label in tabs.select(":scope > div.tabbed-labels > label")]
            blocks = tabs.select(":scope > div.tabbed-content > div.tabbed-block")
            for label, block in zip(labels, blocks, strict=True):
                if label == "English":
                    panels += 1
                    unmarked += [(page.url, str(n)[:60]) for n in texts_in(block) if nearest_lang(n) != "en"]
        for code in soup.select("pre > code"):
            if not JAPANESE.search(code.get_text()) and LETTERS["en"].search(code.get_text()):
                unmarked += [(page.url, str(n)[:60]) for n in texts_in(code) if nearest_lang(n) != "en"]
        unmarked += [(page.url, str(n)[:60]) for n in texts(soup) if ENGLISH_RUN.search(n) and nearest_lang(n) != "en"]
    assert unmarked == []
    assert panels == sum(p.read_text("utf-8").count('=== "English"') for p in (ROOT / "docs").glob("*.ja.md"))


def texts_in(element):
    return [n for n in element.find_all(string=True) if LETTERS["en"].search(n)]


def test_japanese_pages_leave_single_english_terms_in_the_page_language(site):
    """WCAG's exception for names and terms: LinkedIn in Japanese text keeps the page's voice."""
    soup = BuiltSite(site.path).pages["ja/reflecting/"].soup
    heading = soup.find(id="linkedin")
    assert not heading.find(attrs={"lang": True})


@pytest.fixture(scope="module")
def unmarked_site(site, tmp_path_factory):
    """The same site built without the hook, to compare against."""
    project = project_copy(tmp_path_factory.mktemp("no-language-of-parts"))
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"^  - scripts/hooks/language_of_parts\.py.*\n(?:\s+#.*\n)*", "",
                             config.read_text("utf-8"), flags=re.M), "utf-8")
    assert "language_of_parts" not in config.read_text("utf-8")
    unmarked = tmp_path_factory.mktemp("unmarked")
    process = build(project, unmarked, site_url=site.url)
    assert process.returncode == 0, process.stderr
    return unmarked


ADDED = re.compile(r'<span lang="(?:en|ja)">([^<]*)</span>| lang="(?:en|ja)"(?=>)')


def test_marking_adds_only_lang_attributes_and_spans(site, unmarked_site):
    """Everything else is byte for byte the same: text, code blocks (what the copy button
    copies), attributes, <head> and scripts."""
    marked = BuiltSite(site.path)
    changed = []
    for url, page in BuiltSite(unmarked_site).pages.items():
        before, after = page.path.read_text("utf-8"), marked.pages[url].path.read_text("utf-8")
        assert unmark(after) == unmark(before), url
        changed += [url] if after != before else []
    assert "email-templates/" in changed and "ja/email-templates/" in changed


def unmark(html: str) -> str:
    return ADDED.sub(lambda m: m.group(1) or "", html)


@pytest.mark.parametrize("index", ["search/search_index.json", "ja/search/search_index.json"])
def test_the_search_index_is_the_same_as_without_the_marks(site, unmarked_site, index):
    """Material indexes page.content before the hook runs: the Japanese terms on English
    pages (貴社) are indexed as before, with no markup."""
    marked = (site.path / index).read_text("utf-8")
    assert marked == (unmarked_site / index).read_text("utf-8")
    assert 'lang=\\"' not in marked
    assert "貴社" in " ".join(doc["text"] for doc in json.loads(marked)["docs"])


def test_a_wholly_japanese_element_gets_lang_and_mixed_text_gets_spans():
    html = ('<html lang="en"><head><title>様</title></head><body>'
            '<h2 id="a">The addressee block: 様 and 御中<a class="headerlink" href="#a">&para;</a></h2>'
            '<p title="様">Write 貴社 (kisha), 「まずはメールにて御礼申し上げます」.</p>'
            '<div class="tabbed-block"><p>To a named person:</p>'
            '<div class="highlight"><pre><span></span><code>{会社名}\n{氏名}様\n</code></pre></div></div>'
            '<script>var s = "様";</script><td>なし</td></body></html>')
    marked, count = mark_language_of_parts(html, "en")
    assert marked == (
        '<html lang="en"><head><title>様</title></head><body>'
        '<h2 id="a">The addressee block: <span lang="ja">様</span> and <span lang="ja">御中</span>'
        '<a class="headerlink" href="#a">&para;</a></h2>'
        '<p title="様">Write <span lang="ja">貴社</span> (kisha), <span lang="ja">「まずはメールにて御礼申し上げます」</span>.</p>'
        '<div class="tabbed-block"><p>To a named person:</p>'
        '<div class="highlight"><pre><span></span><code lang="ja">{会社名}\n{氏名}様\n</code></pre></div></div>'
        '<script>var s = "様";</script><td lang="ja">なし</td></body></html>')
    assert count == 6


def test_on_japanese_pages_english_panels_code_and_phrases_get_lang_en():
    html = ('<html lang="ja"><body><p>英語なら「Thank you for today\'s interview」、LinkedInでつながります。</p>'
            '<div class="tabbed-block"><ul><li>I hope you are well.</li><li>Thanks.</li></ul></div>'
            '<div class="tabbed-block"><div class="highlight"><pre><button title="コピー"></button>'
            '<code>Dear {Name},\n</code></pre></div></div></body></html>')
    marked, count = mark_language_of_parts(html, "ja")
    assert marked == (
        '<html lang="ja"><body><p>英語なら「<span lang="en">Thank you for today\'s interview</span>」、'
        'LinkedInでつながります。</p>'
        '<div class="tabbed-block" lang="en"><ul><li>I hope you are well.</li><li>Thanks.</li></ul></div>'
        '<div class="tabbed-block"><div class="highlight"><pre><button title="コピー"></button>'
        '<code lang="en">Dear {Name},\n</code></pre></div></div></body></html>')
    assert count == 3
