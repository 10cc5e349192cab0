"""A look of its own: the site's colours and logo instead of Material's indigo and book, a dark
palette that follows the system with a toggle, and one type scale for English and Japanese.
(axe in both palettes on every page: tests/browser/test_every_page.py.)

Covers overrides/assets/stylesheets/site.css ("Colours", "Type", "Logo") and theme.palette in
mkdocs.yml, written against Material 9.8.1's palette and CSS variables."""
from __future__ import annotations

import pytest

from tests.site import ROOT

MATERIAL_INDIGO = ["rgb(64, 81, 181)", "rgb(82, 108, 254)"]     # #4051b5 primary, #526cfe accent
HEADER = {"light": "rgb(28, 79, 85)", "dark": "rgb(23, 63, 68)"}
LOGO = (ROOT / "overrides" / ".icons" / "second-round" / "logo.svg").read_text("utf-8")
TOGGLE = {"en": "Colours: as the system. Switch to light", "ja": "配色：システムの設定。ライトに切り替え"}


def scheme(page) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_the_site_wears_its_own_colours_and_logo(served, visit, color_scheme):
    v = visit(color_scheme=color_scheme)
    v.page.goto(served.base + "following-up/")
    header = v.page.locator(".md-header").evaluate("h => getComputedStyle(h).backgroundColor")
    assert header == HEADER[color_scheme]
    colours = v.page.evaluate("""() => [...document.querySelectorAll('body *')].flatMap(e => {
        const s = getComputedStyle(e); return [s.color, s.backgroundColor, s.borderTopColor]; })""")
    assert not set(colours) & set(MATERIAL_INDIGO)
    logo = v.page.locator(".md-header__button.md-logo svg path").get_attribute("d")
    assert logo and logo in LOGO
    assert v.page.locator('link[rel="icon"]').get_attribute("href").endswith("assets/images/favicon.svg")


@pytest.mark.parametrize("color_scheme, expected", [("light", "default"), ("dark", "slate")])
def test_the_palette_follows_the_system_setting(served, visit, color_scheme, expected):
    v = visit(color_scheme=color_scheme)
    v.page.goto(served.base + "ja/")
    assert scheme(v.page) == expected


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_toggle_switches_light_then_dark_then_back_to_the_system(served, visit, lang):
    v = visit({"width": 390, "height": 844}, color_scheme="dark")
    v.page.goto(served.base + ("" if lang == "en" else "ja/") + "checklists/")
    assert scheme(v.page) == "slate"
    toggle = v.page.locator('[data-md-component="palette"] label:not([hidden])')
    assert toggle.get_attribute("title") == TOGGLE[lang]
    seen = []
    for _ in range(3):
        v.page.locator('[data-md-component="palette"] label:not([hidden])').click()
        seen.append(scheme(v.page))
    assert seen == ["default", "slate", "slate"]       # light, dark, then the system's (dark)
    v.page.reload()
    assert scheme(v.page) == "slate"


SCALE = """() => Object.fromEntries(Object.entries({
    h1: "article h1", h2: "article h2", h3: "article h3", text: "article > p",
    table: "article td", note: "article .admonition > p:not(.admonition-title)",
    tab: "article .tabbed-labels > label", template: "article pre > code",
  }).filter(([name, selector]) => document.querySelector(selector))
    .map(([name, selector]) => [name, parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)]))"""


@pytest.mark.parametrize("width", [390, 1280])
def test_english_and_japanese_share_one_type_scale(served, visit, width):
    v = visit({"width": width, "height": 800})
    sizes = {}
    for lang, prefix in (("en", ""), ("ja", "ja/")):
        sizes[lang] = {}
        for page in ("email-templates/", ""):      # templates, tabs and tables; notes
            v.page.goto(served.base + prefix + page)
            sizes[lang].update(v.page.evaluate(SCALE))
    assert len(sizes["en"]) == 8
    assert sizes["en"] == sizes["ja"]
    scale = sizes["en"]
    assert scale["h1"] > scale["h2"] > scale["h3"] > scale["text"] >= scale["table"] >= 15
    if width == 390:
        assert scale["text"] == 16
