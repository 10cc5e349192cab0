"""The home page, in both languages: the first phone screen asks "where are you now?" with large
cards (as many as docs/index.md lists) that lead to the right section, and below them a picture
of the hiring steps and of the days after the interview, drawn from one source (data/hiring-path.yml,
scripts/hooks/hiring_path.py) that reads on a 360 px phone, to a screen reader and without
JavaScript. Screenshots of the home page for review go to test-output/screenshots/."""
from __future__ import annotations

import re

import pytest
import yaml
from bs4 import BeautifulSoup

from scripts import page_tools
from scripts.hooks.hiring_path import DATA
from tests.site import ROOT

DOCS = ROOT / "docs"

SCREENSHOTS = ROOT / "test-output" / "screenshots"
HOME = {"en": "", "ja": "ja/"}
QUESTION = {"en": "Where are you now?", "ja": "いまはどの段階ですか"}
HIRAGANA_READING = re.compile(r"（[ぁ-ゖー]+）")
CARD = re.compile(r"^-   :[\w-]+: \[[^\]]+\]\(#([\w-]+)\)", re.M)


def situations(lang: str = "en") -> list[str]:
    """The section each card leads to, in order, as the page's Markdown lists them (in a few days,
    today, just finished, waiting, an offer, accepted...): the cards are the source, not this test."""
    source = (DOCS / ("index.md" if lang == "en" else f"index.{lang}.md")).read_text("utf-8")
    grid = source.split('<div class="grid cards where-now" markdown>', 1)[1].split("</div>", 1)[0]
    return CARD.findall(grid)


SITUATIONS = situations()


def picture_items(figure: str) -> int:
    return len(yaml.safe_load(DATA.read_text("utf-8"))[figure]["items"])


def test_both_home_pages_list_the_same_situations_in_the_same_order():
    assert SITUATIONS, "no cards found in docs/index.md's where-now grid"
    assert situations("ja") == SITUATIONS


def cards(page):
    return page.locator(".where-now > ul > li")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_first_phone_screen_asks_where_you_are_with_every_card_large(served, visit, lang):
    v = visit({"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    v.page.goto(served.base + HOME[lang])
    v.assert_layout_fonts(".where-now > ul > li a", lang)
    question = v.page.locator("#where-are-you-now")
    assert question.inner_text().strip().rstrip("¶") == QUESTION[lang]
    assert cards(v.page).count() == len(SITUATIONS)
    for n in range(len(SITUATIONS)):
        box = cards(v.page).nth(n).bounding_box()
        assert box["y"] + box["height"] <= 844, f"card {n + 1} is below the first screen"
        assert box["height"] >= 44 and box["width"] >= 300, f"card {n + 1} is not a large target"
    hrefs = [cards(v.page).nth(n).locator("a").first.get_attribute("href") for n in range(len(SITUATIONS))]
    assert hrefs == [f"#{section}" for section in SITUATIONS]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_tap_anywhere_on_a_card_leads_to_its_section(served, visit, lang):
    v = visit({"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    v.page.goto(served.base + HOME[lang])
    card = cards(v.page).nth(2).bounding_box()
    v.page.touchscreen.tap(card["x"] + card["width"] - 12, card["y"] + card["height"] - 8)   # the corner, not the words
    v.page.wait_for_function("location.hash === '#just-finished'")
    heading = v.page.locator("#just-finished").bounding_box()
    assert 0 <= heading["y"] < 844 / 2


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_cards_and_the_picture_read_and_link_without_javascript(served, visit, lang):
    v = visit({"width": 390, "height": 844}, java_script_enabled=False)
    v.page.goto(served.base + HOME[lang])
    assert cards(v.page).count() == len(SITUATIONS)
    for n, section in enumerate(SITUATIONS):
        assert cards(v.page).nth(n).locator("a").first.inner_text().strip()
        assert v.page.locator(f"#{section}").count() == 1
    for figure in ("steps", "days"):
        items = v.page.locator(f".hiring-path--{figure} li")
        assert items.count() == picture_items(figure)
        assert all(text.strip() for text in items.all_inner_texts())
        assert items.locator("a[href]").count() == picture_items(figure)
    v.page.locator(".hiring-path--days a").nth(1).click()
    assert v.page.url.endswith("thank-you-email/#within-24-hours")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_screen_reader_hears_the_picture_as_captioned_lists_in_order(served, visit, lang):
    v = visit({"width": 390, "height": 844})
    v.page.goto(served.base + HOME[lang])
    data = yaml.safe_load(DATA.read_text("utf-8"))
    for figure in ("steps", "days"):
        caption = data[figure]["caption"][lang]
        node = v.page.get_by_role("figure", name=caption)
        assert node.count() == 1
        items = node.get_by_role("list").get_by_role("listitem")
        assert items.count() == len(data[figure]["items"])
        names = [items.nth(n).get_by_role("link").inner_text().strip() for n in range(items.count())]
        numbers = {"thank_you_within_hours": 24, "follow_up_after_days": "7–10" if lang == "en" else "7〜10"}
        assert names == [item["name"][lang].format(**numbers) for item in data[figure]["items"]]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_picture_reads_on_a_360_px_phone(served, visit, lang):
    v = visit({"width": 360, "height": 740})
    v.page.goto(served.base + HOME[lang])
    for figure in v.page.locator(".hiring-path").all():
        box = figure.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
        sizes = figure.locator("li span:not(.twemoji):not(.hiring-path__icon)").evaluate_all(
            "list => list.map(s => parseFloat(getComputedStyle(s).fontSize))")
        assert min(sizes) >= 15
        for item in figure.locator("li").all():
            item_box = item.bounding_box()
            assert item_box["x"] + item_box["width"] <= 360


def test_both_languages_draw_the_picture_from_one_source(site):
    def picture(lang):
        soup = BeautifulSoup((site.path / HOME[lang] / "index.html").read_text("utf-8"), "html.parser")
        return soup.select(".hiring-path")

    english, japanese = picture("en"), picture("ja")
    assert [f["class"] for f in english] == [f["class"] for f in japanese]
    for figure, en_figure, ja_figure in zip(("steps", "days"), english, japanese):
        # Both home pages sit at their language's root, so the same target is the same relative link.
        en_links = [a["href"] for a in en_figure.select("li a")]
        assert len(en_links) == picture_items(figure) and en_links == [a["href"] for a in ja_figure.select("li a")]
        assert [str(s.svg) for s in en_figure.select(".twemoji")] == [str(s.svg) for s in ja_figure.select(".twemoji")]
    rules = page_tools.rules()
    days = japanese[1].get_text()
    assert f"{rules['thank_you_within_hours']}時間以内" in days
    assert "{}〜{}".format(*rules["follow_up_after_days"]) in days
    assert "{}–{}".format(*rules["follow_up_after_days"]) in english[1].get_text()


def test_the_japanese_home_page_drops_the_hiragana_readings_the_english_one_keeps(site):
    japanese = BeautifulSoup((site.path / "ja" / "index.html").read_text("utf-8"), "html.parser").select_one("article")
    english = BeautifulSoup((site.path / "index.html").read_text("utf-8"), "html.parser").select_one("article")
    assert not HIRAGANA_READING.search(japanese.get_text())
    assert "読み方" not in japanese.get_text()
    assert "一次面接（いちじめんせつ）" in english.get_text()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_home_page_screenshot_is_written_for_review(served, visit, lang):
    """On a phone and a desktop, in both palettes: one visit, the window and the system setting changed."""
    v = visit({"width": 390, "height": 844}, color_scheme="light")
    v.page.goto(served.base + HOME[lang])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for scheme, expected in (("light", "default"), ("dark", "slate")):
        v.page.emulate_media(color_scheme=scheme)
        v.page.wait_for_function("([expected]) => document.body.dataset.mdColorScheme === expected"
                                 " && document.getAnimations().length === 0", arg=[expected])
        for width, height in ((390, 844), (1280, 800)):
            v.page.set_viewport_size({"width": width, "height": height})
            target = SCREENSHOTS / f"home-{lang}-{scheme}-{width}x{height}.png"
            v.page.screenshot(path=str(target), full_page=False)
            assert target.stat().st_size > 10_000
