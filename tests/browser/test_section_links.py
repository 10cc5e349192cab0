"""A section's link can be copied on a phone: each ## heading gets a visible "copy link" control
on touch screens, in the page's language, that copies the section's full address; on a desktop
the ¶ permalink stays as it was and nothing covers the heading. Covers
overrides/assets/javascripts/tools/sectionlinks.js and tools/sectionlinks.css."""
from __future__ import annotations

import pytest

from scripts import page_tools

PHONE = {"width": 390, "height": 844}
TOUCH = {"has_touch": True, "is_mobile": True}
CLIPBOARD = ["clipboard-read", "clipboard-write"]
HEADINGS = {"en": "Tone", "ja": "文面の調子"}          # docs/following-up{,.ja}.md, {#tone}


def words(lang: str) -> dict:
    return page_tools.strings_for(lang, ["sectionlinks"])["sectionlinks"]


def control(v, section: str):
    return v.page.locator(f"#{section} + button.section-link")


def open_page(v, url: str):
    v.page.goto(url)
    v.page.wait_for_function("document.querySelector('button.section-link') !== null")


def overlaps(a: dict, b: dict) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_on_a_phone_each_section_has_a_copy_link_control_that_copies_its_address(served, visit, lang):
    v = visit(PHONE, **TOUCH, permissions=CLIPBOARD)
    path = ("" if lang == "en" else "ja/") + "following-up/"
    open_page(v, served.base + path)
    headings = v.page.locator("article h2[id]")
    assert v.page.locator("article button.section-link").count() == headings.count() > 3
    button = control(v, "tone")
    button.scroll_into_view_if_needed()
    assert button.is_visible()
    assert button.inner_text() == words(lang)["copy"]
    label = words(lang)["label"].replace("{section}", HEADINGS[lang])
    assert v.page.get_by_role("button", name=label, exact=True).count() == 1
    assert button.bounding_box()["height"] >= 44
    assert not overlaps(button.bounding_box(), v.page.locator("#tone").bounding_box())
    button.tap()
    assert v.page.evaluate("navigator.clipboard.readText()") == served.base + path + "#tone"
    assert v.page.get_by_role("status").filter(has_text=words(lang)["copied"]).count() == 1
    assert v.errors == []


def test_the_copied_address_has_no_campaign_or_other_query(served, visit):
    """A reader who came from a newsletter link shares the plain section address."""
    v = visit(PHONE, **TOUCH, permissions=CLIPBOARD)
    open_page(v, served.base + "following-up/?utm_source=newsletter&utm_medium=email&utm_campaign=2026-12#tone")
    control(v, "when-to-follow-up").tap()
    assert v.page.evaluate("navigator.clipboard.readText()") == served.base + "following-up/#when-to-follow-up"


def test_on_a_desktop_the_control_is_not_shown_and_the_pilcrow_stays(served, visit):
    v = visit({"width": 1280, "height": 800})
    open_page(v, served.base + "following-up/")
    heading = v.page.locator("#tone")
    assert not control(v, "tone").is_visible()
    heading.hover()
    v.page.wait_for_function("getComputedStyle(document.querySelector('#tone a.headerlink')).opacity === '1'")
    assert heading.locator("a.headerlink").get_attribute("href") == "#tone"


def test_without_javascript_there_is_no_control_and_the_pilcrow_remains(served, visit):
    v = visit(PHONE, **TOUCH, java_script_enabled=False)
    v.page.goto(served.base + "ja/following-up/")
    assert v.page.locator("button.section-link").count() == 0
    assert v.page.locator("#tone a.headerlink").get_attribute("href") == "#tone"
