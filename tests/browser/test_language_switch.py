"""In a real browser: the language switch keeps the page and the section, also under a project
sub-path, asking nothing of another host and getting no 404 (Material's per-page sitemap.xml
requests). (Every page view, without one: tests/browser/test_every_page.py.)

Covers overrides/assets/javascripts/language-switch.js, written for Material 9.8.1: if a
Material upgrade changes its alternate-link handling, these tests fail.
"""
from __future__ import annotations

import pytest

SECTION_LINKS = [
    # (from path, chosen language, expected path) — all four directions
    ("ja/following-up/#tone", "en", "following-up/#tone"),
    ("following-up/#tone", "ja", "ja/following-up/#tone"),
    ("thank-you-email/#within-24-hours", "en", "thank-you-email/#within-24-hours"),
    ("ja/thank-you-email/#within-24-hours", "ja", "ja/thank-you-email/#within-24-hours"),
]


def switch_language(page, lang):
    page.hover(".md-select")
    with page.expect_navigation():
        page.click(f'a[data-language-switch][hreflang="{lang}"]')


def scroll_to(page, section):
    """Scroll a reader's way to `section` and wait until navigation.tracking has written it
    into the address bar: two separate scrolls, as Material 9.8.1 ignores the first settled one.
    Settled means no scroll for 250 ms (its tracking is `debounceTime(250)`, `skip(1)`), a time
    in Material's own code that no event tells: hence the wait, a little longer than it."""
    page.mouse.move(page.viewport_size["width"] / 2, page.viewport_size["height"] / 2)
    page.evaluate(f"scrollTo(0, document.getElementById('{section}').getBoundingClientRect().top + scrollY)")
    page.wait_for_timeout(400)
    page.mouse.wheel(0, 40)
    page.wait_for_function(f"location.hash === '#{section}'", timeout=5000)


@pytest.mark.parametrize("start, lang, expected", SECTION_LINKS)
def test_language_switch_keeps_the_section(served, visit, start, lang, expected):
    v = visit()
    v.page.goto(served.base + start)
    v.settle()
    switch_language(v.page, lang)
    assert v.page.url == served.base + expected


def test_language_switch_keeps_the_section_reached_by_scrolling(served, visit):
    """navigation.tracking writes the section being read into the address bar."""
    v = visit()
    v.page.goto(served.base + "ja/following-up/")
    scroll_to(v.page, "tone")
    switch_language(v.page, "en")
    assert v.page.url == served.base + "following-up/#tone"


def test_language_switch_on_a_phone(served, visit):
    v = visit({"width": 390, "height": 844})
    v.page.goto(served.base + "ja/email-templates/#addressee-block")
    v.settle()
    v.page.click(".md-select > button")
    with v.page.expect_navigation():
        v.page.click('a[data-language-switch][hreflang="en"]')
    assert v.page.url == served.base + "email-templates/#addressee-block"


def test_the_language_switch_works_under_a_sub_path(served_subpath, visit):
    v = visit()
    base = served_subpath.base
    assert base.endswith("/second-round/")
    v.page.goto(base + "ja/following-up/#tone")
    v.settle()
    switch_language(v.page, "en")
    assert v.page.url == base + "following-up/#tone"
    assert v.failures == [] and v.errors == []
    assert all(url.startswith(base) for url in v.requests), v.requests


@pytest.mark.parametrize("start, lang, expected", [
    ("ja/following-up/", "en", "following-up/"),
    ("following-up/", "ja", "ja/following-up/"),
])
def test_the_menu_links_carry_the_section_reached_by_scrolling_on_a_phone(served, visit, start, lang, expected):
    """A long-press "copy link" on the menu gives the section being read: read the link's
    address without clicking it, after navigation.tracking changed the address bar."""
    v = visit({"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    v.page.goto(served.base + start)
    link = v.page.locator(f'a[data-language-switch][hreflang="{lang}"]')
    for section in ("tone", "when-to-follow-up"):       # down the page, then back up
        scroll_to(v.page, section)
        assert link.get_attribute("href") == served.base + expected + "#" + section
    assert v.errors == []


@pytest.mark.parametrize("path, current, other", [("following-up/", "en", "ja"), ("ja/following-up/", "ja", "en")])
def test_the_menu_marks_the_current_language(served, visit, path, current, other):
    v = visit()
    v.page.goto(served.base + path)
    v.page.hover(".md-select")
    this, that = (v.page.locator(f'a[data-language-switch][hreflang="{lang}"]') for lang in (current, other))
    assert this.get_attribute("aria-current") == "true"
    assert that.get_attribute("aria-current") is None
    mark = "el => getComputedStyle(el, '::before').visibility"
    assert (this.evaluate(mark), that.evaluate(mark)) == ("visible", "hidden")
    weight = "el => getComputedStyle(el).fontWeight"
    assert int(this.evaluate(weight)) > int(that.evaluate(weight))
