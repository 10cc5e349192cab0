"""Every page of both languages, read on a phone in a real browser, in one visit a page: no console
error, no failed request, nothing from another host; the fonts the layout was measured with; no
sideways scrolling at 360 px; no text smaller than 15 px; every set of tabs opened in the page's
language for a first-time visitor; and no axe-core violation of any impact in the light palette, nor
of axe's colour rules in the dark one (nothing else changes with the palette). Screenshots of a guide page for review go to test-output/screenshots/.

(That long pages list their sections at the top is in the built HTML: tests/test_site_build.py.)"""
from __future__ import annotations

import pytest

from scripts.built_site import page_url
from scripts.pages import read_pages
from tests.site import ROOT

PAGES = {page_url(p.key, p.lang): p for p in read_pages(ROOT / "docs")}
PATHS = sorted(PAGES)
SCREENSHOTS = ROOT / "test-output" / "screenshots"
PHONE = {"width": 360, "height": 740}
LANGUAGE_NAME = {"en": "English", "ja": "日本語"}         # the template tabs' labels

# In the dark palette only colours change: every axe rule ran in the light one; what a palette can
# change is what axe's colour rules read (tag cat.color; color-contrast-enhanced is AAA, off by
# default). An axe upgrade with another colour rule fails the visit until it is listed here.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]

SMALL_TEXT = """() => {
  const small = [];
  const walker = document.createTreeWalker(document.querySelector("article"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || !element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || element.closest(".headerlink")) continue;
    const size = parseFloat(style.fontSize);
    if (size < 15) small.push(`${size}px: ${node.textContent.trim().slice(0, 30)}`);
  }
  return small.slice(0, 5);
}"""

# [first tab's label, the tab shown] for each set of tabs (pymdownx.tabbed).
SELECTED_TABS = """() => [...document.querySelectorAll('.tabbed-set')].map(set => {
    const chosen = set.querySelector(':scope > input:checked');
    return [set.querySelector('.tabbed-labels > label').innerText.trim(),
            set.querySelector(`.tabbed-labels > label[for="${chosen.id}"]`).innerText.trim()];
})"""


@pytest.mark.parametrize("path", PATHS)
def test_every_page_reads_on_a_phone_cleanly_and_accessibly_in_both_palettes(served, visit, path):
    """The reader's system decides the palette (theme.palette in mkdocs.yml): light first, then the
    same visit with the system switched to dark, which Material follows at once."""
    lang = PAGES[path].lang
    v = visit(PHONE, is_mobile=True, has_touch=True, color_scheme="light")
    v.page.goto(served.base + path)
    assert v.errors == []
    assert v.failures == []
    assert [u for u in v.requests if not u.startswith(served.base)] == []
    v.assert_layout_fonts("article h1", lang)
    overflow = v.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{overflow}px of horizontal scrolling at 360px"
    assert v.page.evaluate(SMALL_TEXT) == []
    tabs = v.page.evaluate(SELECTED_TABS)
    assert ('=== "' in PAGES[path].text) == bool(tabs)
    assert all(first == chosen == LANGUAGE_NAME[lang] for first, chosen in tabs), tabs
    found = {}
    for palette, scheme, rules in (("light", "default", None), ("dark", "slate", COLOUR_RULES)):
        v.page.emulate_media(color_scheme=palette)
        v.page.wait_for_function("([scheme]) => document.body.dataset.mdColorScheme === scheme", arg=[scheme])
        found[palette] = v.axe(rules)
    assert v.page.evaluate("axe.getRules(['cat.color']).map(r => r.ruleId)") == [
        "color-contrast-enhanced", *COLOUR_RULES]
    assert found == {"light": [], "dark": []}, found
    assert v.errors == []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_guide_page_screenshot_is_written_for_review(served, visit, lang):
    v = visit({"width": 390, "height": 844})
    v.page.goto(served.base + ("" if lang == "en" else "ja/") + "thank-you-email/")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((390, 844), (1280, 800)):
        v.page.set_viewport_size({"width": width, "height": height})
        target = SCREENSHOTS / f"thank-you-email-{lang}-{width}x{height}.png"
        v.page.screenshot(path=str(target), full_page=False)
        assert target.stat().st_size > 10_000
