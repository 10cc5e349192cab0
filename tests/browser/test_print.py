"""On paper (A4): checklists with clear boxes to tick by pen (ticked ones printed ticked), each
link's address after its text, no email template split across two sheets, the page's address
and review date in a small footer line, and none of the screen's header, navigation or search.

Each page is printed to PDF by Chromium (page.pdf(), print media, A4 from print.css) and read
back with pdftotext (Debian's poppler-utils, installed by scripts/setup_test_tools.sh).
Covers overrides/assets/stylesheets/print.css, scripts/hooks/print_addresses.py and
overrides/partials/print-footer.html."""
from __future__ import annotations

import re
import subprocess

import pytest

from scripts.pages import FENCE, read_page
from tests.browser.test_checklists import boxes, open_page, tick
from tests.site import ROOT

DOCS = ROOT / "docs"
PREFIX = {"en": "", "ja": "ja/"}
SOURCE = {"en": "{}.md", "ja": "{}.ja.md"}
REVIEWED = {"en": "Reviewed", "ja": "内容の確認日"}
# What only the screen shows: the table of contents' title, the search box, the footer's
# previous / next links and the checklist's "Clear ticks" note.
SCREEN_ONLY = {"en": ["Table of contents", "Search", "Previous", "Clear ticks", "Your ticks are kept"],
               "ja": ["目次", "検索", "前へ", "チェックを消去", "この端末にだけ保存"]}


def printed(page, tmp_path, name: str) -> list[str]:
    """The page printed to PDF, as text, one string per sheet."""
    pdf = tmp_path / f"{name}.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:.*\(A4\)", info), info
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [sheet for sheet in text.split("\f") if sheet.strip()]


def squeeze(text: str) -> str:
    """Text without any whitespace: lines wrapped on paper read as one."""
    return re.sub(r"\s+", "", text)


def reviewed(key: str, lang: str) -> str:
    return str(read_page(DOCS / SOURCE[lang].format(key), DOCS).meta["reviewed"])


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_checklist_prints_with_boxes_to_tick_by_pen_and_the_ticked_one_ticked(served, visit, tmp_path, lang):
    v = visit({"width": 1280, "height": 800})
    open_page(v, served.base + PREFIX[lang] + "checklists/")
    tick(v.page, 1)
    item = boxes(v.page).nth(1).locator("xpath=ancestor::li[1]").inner_text().strip()
    sheets = printed(v.page, tmp_path, f"checklists-{lang}")
    text = "\n".join(sheets)
    assert text.count("✓") == 1
    ticked_line = next(line for line in text.splitlines() if "✓" in line)
    assert squeeze(item)[:12] in squeeze(ticked_line)
    v.page.emulate_media(media="print")
    styles = boxes(v.page).evaluate_all("""list => list.map(box => {
        const s = getComputedStyle(box.nextElementSibling, '::before');
        return [s.content, s.borderTopStyle, s.borderTopColor, s.backgroundColor, parseFloat(s.width)]; })""")
    assert len(styles) > 20
    for n, (content, border, colour, background, width) in enumerate(styles):
        assert (border, colour, background) == ("solid", "rgb(0, 0, 0)", "rgb(255, 255, 255)")
        assert width >= 12
        assert content == ('"✓"' if n == 1 else '""'), n


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_link_prints_its_full_address_after_its_text(served, visit, tmp_path, lang):
    v = visit()
    open_page(v, served.base + PREFIX[lang] + "checklists/")
    text = squeeze("".join(printed(v.page, tmp_path, f"links-{lang}")))
    links = v.page.locator("article a[href]:not(.headerlink)").evaluate_all(
        "list => list.filter(a => a.offsetParent && !a.closest('.jump-list')).map(a => [a.innerText, a.href])")
    assert len(links) > 20
    for label, address in links:
        assert squeeze(f"{label} ({address})") in text, address
    assert f"({served.base}{PREFIX[lang]}mindset/#recheck-your-answers)" in text


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("key", ["checklists", "timeline", "email-templates"])
def test_a_printed_page_ends_with_its_address_and_review_date_and_nothing_of_the_screen(served, visit, tmp_path, lang, key):
    v = visit()
    v.page.goto(served.base + PREFIX[lang] + f"{key}/")
    sheets = printed(v.page, tmp_path, f"{key}-{lang}")
    footer = f"{served.base}{PREFIX[lang]}{key}/ · {REVIEWED[lang]} {reviewed(key, lang)}"
    assert squeeze(footer) in squeeze(sheets[-1])
    text = "\n".join(sheets)
    for words in SCREEN_ONLY[lang]:
        assert words not in text, f"{words!r} printed"


def templates(key: str, lang: str) -> list[list[str]]:
    """The lines of each fenced code block of a page, as written."""
    blocks, current = [], None
    for line in read_page(DOCS / SOURCE[lang].format(key), DOCS).text.splitlines():
        if FENCE.match(line):
            if current is None:
                current = []
            else:
                blocks.append([l.strip() for l in current if l.strip()])
                current = None
        elif current is not None:
            current.append(line)
    return blocks


def sheets_of_templates(sheets: list[str], blocks: list[list[str]]) -> list[tuple[str, set[int]]]:
    """For each template, in page order, the sheets its lines were printed on. The lines are
    found one after the other in the printout, from where the previous template ended, so a
    line repeated in every template (a signature) is found in the right one."""
    whole, starts = "", []
    for sheet in sheets:
        starts.append(len(whole))
        whole += squeeze(sheet)
    cursor, found = 0, []
    for block in blocks:
        on = set()
        for line in block:
            at = whole.find(squeeze(line), cursor)
            assert at >= 0, f"{line!r} is not in the printout"
            on.add(max(n for n, start in enumerate(starts) if start <= at))
            cursor = at + len(squeeze(line))
        found.append((block[0], on))
    return found


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_no_email_template_is_split_across_two_sheets(served, visit, tmp_path, lang):
    v = visit()
    v.page.goto(served.base + PREFIX[lang] + "email-templates/")
    v.assert_layout_fonts("article > p", lang)
    sheets = printed(v.page, tmp_path, f"templates-{lang}")
    assert len(sheets) > 3
    found = sheets_of_templates(sheets, templates("email-templates", lang))
    assert len(found) >= 10
    assert [(first, on) for first, on in found if len(on) > 1] == []
