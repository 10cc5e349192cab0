"""The link builder on the for-agencies page gives, for the page, section, language and campaign
chosen, the link the command-line link kit prints; it copies it, refuses a campaign the kit
refuses in the page's language, works from the keyboard, passes axe, and without JavaScript the
page still lists the real addresses. Covers overrides/assets/javascripts/tools/linkbuilder.js and
scripts/authoring/linkkit.py's builder_data(). The rules themselves (every campaign the kit
refuses, links with and without a section) are checked against the kit without a browser:
tests/js/linkbuilder.test.js."""
from __future__ import annotations

import csv
import io

import pytest

from scripts import page_tools
from scripts.authoring.linkkit import LinkKitError, link_kit, plain
from scripts.mkdocs_yml import load as load_config
from scripts.pages import read_pages
from tests.site import ROOT

TITLES = {(p.key, p.lang): p.meta["title"] for p in read_pages(ROOT / "docs")}
CLIPBOARD = ["clipboard-read", "clipboard-write"]


def words(lang: str) -> dict:
    return page_tools.strings_for(lang, ["linkbuilder"])["linkbuilder"]


def kit_url(site_url: str, campaign: str, lang: str, page: str, section: str) -> str:
    """The URL `make linkkit ARGS="--campaign C --lang L --page P [--section S]"` prints."""
    config = dict(load_config(), site_url=site_url)
    rows = csv.DictReader(io.StringIO(link_kit(campaign, lang, "csv", page, section or None,
                                               config=config, preview=True)))
    return next(row["url"] for row in rows if row["section"] == section)


def open_builder(v, base: str, lang: str):
    v.page.goto(base + ("" if lang == "en" else "ja/") + "for-agencies/")
    v.page.wait_for_selector("form.link-builder")


def choose(v, page_lang: str, page: str, section: str, lang: str, campaign: str):
    v.page.select_option("#link-builder-page", label=TITLES[(page, page_lang)])
    v.page.select_option("#link-builder-section", value=section)
    v.page.check(f"#link-builder-language-{lang}")
    v.page.fill("#link-builder-campaign", campaign)


def shown_link(v) -> str:
    link = v.page.locator("a.link-builder__link")
    assert link.is_visible()
    assert link.inner_text() == link.get_attribute("href")
    return link.get_attribute("href")


@pytest.mark.parametrize("page_lang, page, section, lang, campaign", [
    ("en", "following-up", "tone", "ja", "2026-12"),
    ("ja", "index", "", "en", "spring-fair"),
])
def test_the_built_link_is_the_link_kits_url(served, visit, page_lang, page, section, lang, campaign):
    v = visit()
    open_builder(v, served.base, page_lang)
    choose(v, page_lang, page, section, lang, campaign)
    assert shown_link(v) == kit_url(served.base, campaign, lang, page, section)
    assert v.errors == []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_page_and_its_sections_are_offered_in_the_page_language(served, visit, lang):
    """The lists come from the build: every page, and every section of the chosen page, by title."""
    v = visit()
    open_builder(v, served.base, lang)
    pages = [p for p in read_pages(ROOT / "docs") if p.lang == lang]
    offered = v.page.locator("#link-builder-page option").all_inner_texts()
    assert sorted(offered) == sorted(p.meta["title"] for p in pages)
    following_up = next(p for p in pages if p.key == "following-up")
    v.page.select_option("#link-builder-page", label=following_up.meta["title"])
    options = v.page.locator("#link-builder-section option").evaluate_all(
        "list => list.map(o => [o.value, o.textContent])")
    assert options == [["", words(lang)["top"]]] + [[h.id, plain(h.text, lang)] for h in following_up.headings]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_copy_button_puts_the_link_on_the_clipboard(served, visit, lang):
    v = visit(permissions=CLIPBOARD)
    open_builder(v, served.base, lang)
    choose(v, lang, "following-up", "tone", "ja", "2026-12")
    v.page.get_by_role("button", name=words(lang)["copy"]).click()
    assert v.page.evaluate("navigator.clipboard.readText()") == kit_url(served.base, "2026-12", "ja",
                                                                          "following-up", "tone")
    assert v.page.get_by_role("status").filter(has_text=words(lang)["copied"]).count() == 1


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_campaign_the_link_kit_refuses_is_refused_in_the_page_language(served, visit, lang):
    v = visit()
    open_builder(v, served.base, lang)
    campaign = v.page.locator("#link-builder-campaign")
    assert v.page.locator("#link-builder-message").inner_text() == words(lang)["empty"]
    for value in ["Dec-2026", "2026-12"]:
        try:
            link_kit(value, lang, "csv", "index", config=load_config(), preview=True)
            kit_accepts = True
        except LinkKitError:
            kit_accepts = False
        campaign.fill(value)
        builder_accepts = v.page.locator("a.link-builder__link").is_visible()
        assert builder_accepts == kit_accepts, value
        assert campaign.get_attribute("aria-invalid") == ("false" if kit_accepts else "true")
        assert v.page.get_by_role("button", name=words(lang)["copy"]).is_enabled() == kit_accepts
        if not kit_accepts:
            message = words(lang)["invalid"].replace("{campaign}", value)
            assert v.page.locator("#link-builder-message").inner_text() == message
            assert "link-builder-message" in campaign.get_attribute("aria-describedby")


def test_the_builder_works_from_the_keyboard(served, visit):
    v = visit(permissions=CLIPBOARD)
    open_builder(v, served.base, "en")
    keyboard = v.page.keyboard
    v.page.focus("#link-builder-page")
    keyboard.press("End")                                 # the last page: For agencies
    keyboard.press("Tab")
    keyboard.press("ArrowDown")                           # its first section
    keyboard.press("Tab")
    assert v.page.evaluate("document.activeElement.id") == "link-builder-language-en"
    keyboard.press("ArrowRight")                          # Japanese
    keyboard.press("Tab")
    assert v.page.evaluate("document.activeElement.id") == "link-builder-campaign"
    keyboard.type("2026-12")
    keyboard.press("Tab")                                 # the link itself
    keyboard.press("Tab")
    assert v.page.evaluate("document.activeElement.textContent") == words("en")["copy"]
    keyboard.press("Enter")
    assert v.page.evaluate("navigator.clipboard.readText()") == kit_url(
        served.base, "2026-12", "ja", "for-agencies", "link-builder")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_page_with_the_builder_has_no_axe_violations(served, visit, lang):
    """With no campaign yet, a good one (a link shown) and a refused one (a message shown)."""
    v = visit()
    open_builder(v, served.base, lang)
    found = {}
    for campaign in ("", "2026-12", "Bad Name"):
        v.page.fill("#link-builder-campaign", campaign)
        found[campaign] = v.axe()
    assert found == {"": [], "2026-12": [], "Bad Name": []}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_without_javascript_the_page_lists_the_real_links(served, visit, lang):
    v = visit(java_script_enabled=False)
    v.page.goto(served.base + ("" if lang == "en" else "ja/") + "for-agencies/")
    assert v.page.locator(".link-builder-fallback").is_visible()
    assert v.page.locator("form.link-builder").count() == 0
    prefix = served.base + ("" if lang == "en" else "ja/")
    addresses = v.page.locator("#link-to-a-section ~ table a.full-url").all_inner_texts()
    assert prefix + "following-up/#when-to-follow-up" in addresses
