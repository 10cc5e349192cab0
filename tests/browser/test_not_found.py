"""The one 404 page GitHub Pages serves works for both languages, at any depth, under a sub-path."""
from __future__ import annotations

import pytest


@pytest.fixture(params=["root", "subpath"])
def server(request):
    return request.getfixturevalue("served" if request.param == "root" else "served_subpath")


def test_a_missing_english_page_shows_the_bilingual_404_english_first(server, visit):
    v = visit()
    missing = server.base + "no/such/page/"
    response = v.page.goto(missing)
    assert response.status == 404
    assert v.page.evaluate("document.documentElement.lang") == "en"
    headings = v.page.locator("article h1").all_inner_texts()
    assert headings == ["Page not found", "ページが見つかりません"]
    first = v.page.locator("section[lang=en]").bounding_box()["y"]
    second = v.page.locator("section[lang=ja]").bounding_box()["y"]
    assert first < second
    assert [u for u in v.requests if not u.startswith(server.base)] == []
    assert v.failures == [(404, missing)]    # the missing page itself; every asset loads
    assert v.errors == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]


def test_a_missing_japanese_page_reads_japanese_first(server, visit):
    v = visit()
    v.page.goto(server.base + "ja/deep/missing/page/")
    assert v.page.evaluate("document.documentElement.lang") == "ja"
    ja = v.page.locator("section[lang=ja]").bounding_box()["y"]
    en = v.page.locator("section[lang=en]").bounding_box()["y"]
    assert ja < en


LINKS = [
    ("Go to the English home page", ""),
    ("日本語のホームへ", "ja/"),
    ("メール例文集", "ja/email-templates/"),
]


def test_404_links_work_at_any_depth(server, visit):
    v = visit()
    for link, expected in LINKS:
        v.page.goto(server.base + "ja/a/b/c/missing")
        with v.page.expect_navigation():
            v.page.get_by_role("link", name=link, exact=True).click()
        assert v.page.url == server.base + expected, link
        assert v.page.title()


def test_the_404_language_switch_leads_to_each_home(server, visit):
    v = visit()
    v.page.goto(server.base + "missing/")
    links = v.page.locator("a[data-language-switch]")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    prefix = server.base[len("http://127.0.0.1:") :].split("/", 1)[1]
    assert hrefs == [f"/{prefix}", f"/{prefix}ja/"]
