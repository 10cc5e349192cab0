"""Reading on a 390 px phone, as a new reader would: a tab chosen on one page is not carried to
the next, a copy button people can see, one "On this page" entry per template, tables that stack
at 360 px, a back-to-top button that covers no heading, and Back that closes the search or the
menu before it leaves the page. (On every page, in one visit each: tabs open in the page's
language and no text is smaller than 15 px, tests/browser/test_every_page.py; long pages list
their sections at the top, tests/test_site_build.py.)

Covers what touches Material 9.8.1's internals: overrides/partials/tabs-in-page-language.html,
copy-button-label.html, assets/javascripts/overlay-back.js and site.css ("Reading on a phone");
and the hooks scripts/hooks/jump_list.py and narrow_tables.py."""
from __future__ import annotations


import pytest

from scripts.pages import FENCE, read_page, read_pages
from tests.site import ROOT

DOCS = ROOT / "docs"
PAGES = read_pages(DOCS)
LANGUAGE_NAME = {"en": "English", "ja": "日本語"}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}

SELECTED_TABS = """() => [...document.querySelectorAll('.tabbed-set')].map(set => {
    const chosen = set.querySelector(':scope > input:checked');
    return [set.querySelector('.tabbed-labels > label').innerText.trim(),
            set.querySelector(`.tabbed-labels > label[for="${chosen.id}"]`).innerText.trim()];
})"""


def lang_of(path: str) -> str:
    return "ja" if path.startswith("ja/") else "en"


def phone(visit, **options):
    return visit(PHONE["viewport"], is_mobile=True, has_touch=True, **options)


# ---- Tabs open in the page's language -------------------------------------------------------

def test_a_tab_chosen_on_one_page_is_not_carried_to_the_next(served, visit):
    v = phone(visit)
    v.page.goto(served.base + "ja/email-templates/")
    v.page.locator("#thank-you-template ~ .tabbed-set").first.locator("label", has_text="English").click()
    # Within the page every tab set follows the choice (content.tabs.link) ...
    assert {chosen for _, chosen in v.page.evaluate(SELECTED_TABS)} == {"English"}
    # ... but the next page, and the same page later, open in their own language again.
    for path in ("ja/following-up/", "ja/email-templates/", "email-templates/"):
        v.page.goto(served.base + path)
        assert {chosen for _, chosen in v.page.evaluate(SELECTED_TABS)} == {LANGUAGE_NAME[lang_of(path)]}, path


# ---- A copy button people can see -----------------------------------------------------------

@pytest.mark.parametrize("lang, label", [("en", "Copy"), ("ja", "コピー")])
def test_the_copy_button_is_labelled_thumb_sized_and_clear_of_the_text(served, visit, lang, label):
    v = phone(visit)
    v.page.goto(served.base + ("" if lang == "en" else "ja/") + "email-templates/")
    blocks = v.page.locator("article pre:visible")
    assert v.page.locator("article pre button[data-md-type=copy]").count() == v.page.locator("article pre").count()
    assert v.page.get_by_role("button", name=label, exact=True).count() == blocks.count() > 5
    for n in (0, blocks.count() // 2):
        block = blocks.nth(n)
        block.scroll_into_view_if_needed()
        button = block.get_by_role("button", name=label, exact=True)
        assert button.is_visible()
        assert button.evaluate("b => getComputedStyle(b, '::before').content") == f'"{label}"'   # shown, not only named
        box, text = button.bounding_box(), block.locator("code").bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
        assert box["y"] + box["height"] <= text["y"], "the button covers the template's first line"


# ---- "On this page" -----------------------------------------------------------------------

def template_sections(source: str) -> list[str]:
    """Ids of the `##`/`###` sections of a Markdown page that hold a code block, in order."""
    page = read_page(DOCS / source, DOCS)
    lines = page.text.splitlines()
    ids = []
    for index, heading in enumerate(page.headings):
        end = page.headings[index + 1].line - 1 if index + 1 < len(page.headings) else len(lines)
        if any(FENCE.match(line) for line in lines[heading.line:end]):
            ids.append(heading.id)
    return ids


def jump_list(page, lang):
    return page.get_by_role("navigation", name={"en": "On this page", "ja": "このページの内容"}[lang])


@pytest.mark.parametrize("lang, source", [("en", "email-templates.md"), ("ja", "email-templates.ja.md")])
def test_the_templates_page_opens_with_one_entry_per_template(served, visit, lang, source):
    v = phone(visit)
    v.page.goto(served.base + ("" if lang == "en" else "ja/") + "email-templates/")
    nav = jump_list(v.page, lang)
    hrefs = nav.get_by_role("link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs == [f"#{sid}" for sid in template_sections(source)]
    assert len(hrefs) >= 6
    first_section = v.page.locator("article h2").first.bounding_box()
    assert nav.bounding_box()["y"] < first_section["y"]
    nav.get_by_role("link").nth(1).click()
    assert v.page.url.endswith(hrefs[1])


# ---- Text size ----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["email-templates/", "ja/email-templates/"])
def test_japanese_templates_have_room_between_lines(served, visit, path):
    v = phone(visit)
    v.page.goto(served.base + path)
    ratios = v.page.locator("article pre > code:lang(ja)").evaluate_all(
        "list => list.map(c => parseFloat(getComputedStyle(c).lineHeight) / parseFloat(getComputedStyle(c).fontSize))")
    assert ratios and min(ratios) >= 1.7


# ---- Tables at 360 px ---------------------------------------------------------------------

@pytest.mark.parametrize("path", ["questions-to-ask/", "ja/questions-to-ask/"])
def test_a_three_column_table_stacks_into_one_block_per_row_at_360_px(served, visit, path):
    v = visit({"width": 360, "height": 740})
    v.page.goto(served.base + path)
    table = v.page.locator("table[data-stack]").first
    box = table.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    # Every cell is a full-width line, not a strip a third of the screen wide ...
    widths = table.locator("td").evaluate_all("list => list.map(td => td.getBoundingClientRect().width)")
    assert min(widths) >= 0.85 * box["width"]
    # ... under its column's name, and the table is much shorter than as a grid of strips.
    headers = table.locator("th").all_inner_texts()
    labels = table.locator("tbody tr").first.locator("td").evaluate_all(
        "list => list.slice(1).map(td => getComputedStyle(td, '::before').content)")
    assert len(headers) == 3 and all(label.startswith(f'"{h.strip()}') for label, h in zip(labels, headers[1:]))
    as_grid = table.evaluate("t => { t.removeAttribute('data-stack'); const h = t.getBoundingClientRect().height; "
                             "t.setAttribute('data-stack', ''); return h; }")
    assert box["height"] < 0.8 * as_grid, f"{box['height']} px stacked, {as_grid} px as a grid"
    # A screen reader still meets a table with its column headers.
    assert v.page.get_by_role("table").filter(has=v.page.get_by_role("columnheader")).count() >= 1


def test_a_table_is_a_table_on_a_wide_screen(served, visit):
    v = visit({"width": 1280, "height": 800})
    v.page.goto(served.base + "questions-to-ask/")
    table = v.page.locator("table[data-stack]").first
    assert table.evaluate("t => getComputedStyle(t.querySelector('td')).display") == "table-cell"
    assert table.locator("thead").is_visible()


# ---- Back to top --------------------------------------------------------------------------

def test_the_back_to_top_button_keeps_clear_of_the_headings_being_read(served, visit):
    """Material 9.8.1 shows it under the header, over the heading a reader just scrolled to;
    ours waits in the bottom corner, below the part of the screen where one reads."""
    v = phone(visit)
    v.page.goto(served.base + "what-to-expect/")
    # Land on a section as a jump-list tap would, then move up a little, which shows the button.
    # Each step waits for its scroll event and the frame after it, so Material sees every step.
    scroll_to = """y => new Promise(done => {
        addEventListener("scroll", () => requestAnimationFrame(() => requestAnimationFrame(done)), {once: true});
        scrollTo(0, y);
    })"""
    top = v.page.evaluate("document.getElementById('salary').getBoundingClientRect().top + scrollY - 200")
    v.page.evaluate(scroll_to, top)
    for step in range(1, 5):
        v.page.evaluate(scroll_to, top - 60 * step)
    button = v.page.locator(".md-top")
    v.page.wait_for_function("!document.querySelector('.md-top').hidden")
    box = button.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    assert box["y"] > 844 * 0.75 and box["y"] + box["height"] <= 844
    headings = v.page.locator("article :is(h1, h2, h3)").evaluate_all(
        "list => list.map(h => h.getBoundingClientRect().toJSON()).filter(r => r.bottom > 0 && r.top < innerHeight * 0.75)")
    assert headings
    for heading in headings:
        overlap_x = min(box["x"] + box["width"], heading["right"]) - max(box["x"], heading["left"])
        overlap_y = min(box["y"] + box["height"], heading["bottom"]) - max(box["y"], heading["top"])
        assert overlap_x <= 0 or overlap_y <= 0, "the back-to-top button covers a heading"


# ---- Back closes the search or the menu -----------------------------------------------------

OPENERS = {"search": '.md-header label[for="__search"]', "drawer": '.md-header label[for="__drawer"]'}


def is_open(page, overlay):
    return page.evaluate(f"document.getElementById('__{overlay}').checked")


def open_after_a_previous_page(served, visit, overlay):
    v = phone(visit)
    v.page.goto(served.base + "checklists/")
    v.page.goto(served.base + "following-up/")
    v.page.locator(OPENERS[overlay]).first.click()
    v.page.wait_for_function(f"document.getElementById('__{overlay}').checked")
    return v


@pytest.mark.parametrize("overlay", ["search", "drawer"])
def test_back_closes_the_search_or_the_menu_and_stays_on_the_page(served, visit, overlay):
    v = open_after_a_previous_page(served, visit, overlay)
    v.page.evaluate("history.back()")
    v.page.wait_for_function(f"!document.getElementById('__{overlay}').checked")
    assert v.page.url == served.base + "following-up/"
    v.page.go_back()
    assert v.page.url == served.base + "checklists/"
    assert v.errors == []


def test_closing_the_search_another_way_leaves_history_as_it_was(served, visit):
    v = open_after_a_previous_page(served, visit, "search")
    v.page.keyboard.press("Escape")
    v.page.wait_for_function("!document.getElementById('__search').checked")
    # The script steps back out of the entry it added for the search; wait until it has.
    v.page.wait_for_function("!(history.state && history.state.secondRoundOverlay)")
    assert v.page.url == served.base + "following-up/"
    v.page.go_back()
    assert v.page.url == served.base + "checklists/"


def test_search_closed_and_reopened_at_once_still_closes_with_back(served, visit):
    v = open_after_a_previous_page(served, visit, "search")
    # Close and reopen in one go, before the step back out of the first entry has landed.
    v.page.evaluate("() => { const search = document.getElementById('__search'); search.click(); search.click(); }")
    v.page.wait_for_function("document.getElementById('__search').checked && history.state && history.state.secondRoundOverlay")
    v.page.evaluate("history.back()")
    v.page.wait_for_function("!document.getElementById('__search').checked")
    assert v.page.url == served.base + "following-up/"
    v.page.go_back()
    assert v.page.url == served.base + "checklists/"


def test_a_page_chosen_in_the_menu_is_one_back_away(served, visit):
    v = open_after_a_previous_page(served, visit, "drawer")
    with v.page.expect_navigation():
        v.page.locator(".md-sidebar--primary a.md-nav__link[href='../thank-you-email/']").first.click()
    assert v.page.url == served.base + "thank-you-email/"
    v.page.go_back()
    assert v.page.url == served.base + "following-up/"
    # Chromium brings the page back with the drawer's checkbox still ticked; the script closes it.
    v.page.wait_for_function("!document.getElementById('__drawer').checked")
    v.page.go_back()
    assert v.page.url == served.base + "checklists/"
