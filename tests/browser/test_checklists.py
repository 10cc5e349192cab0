"""Checklists remember ticks on this device, in both languages, only once the reader ticks, and
forget them with one control; the tools' shared dates ignore the machine's clock and time zone.
Covers overrides/assets/javascripts/tools/kit.js and tools/checklist.js."""
from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest


def boxes(page):
    return page.locator('article li.task-list-item input[type="checkbox"]')


def tick(page, n):
    """Tap the n-th box where the reader sees it: Material draws the box over the real checkbox."""
    box = boxes(page).nth(n)
    box.scroll_into_view_if_needed()
    area = box.bounding_box()
    page.mouse.click(area["x"] + area["width"] / 2, area["y"] + area["height"] / 2)


def open_page(v, url):
    v.page.goto(url)
    v.page.wait_for_load_state("networkidle")
    v.page.wait_for_function("window.SecondRound !== undefined")


def test_nothing_is_stored_before_the_first_tick(served, visit):
    v = visit({"width": 390, "height": 844})
    open_page(v, served.base + "checklists/")
    assert v.stored_keys() == []
    assert v.page.locator(".checklist-memory").first.is_hidden()


@pytest.mark.parametrize("start, other", [("checklists/", "ja/checklists/"), ("ja/", "")])
def test_a_tick_is_remembered_and_shows_in_the_other_language(served, visit, start, other):
    v = visit({"width": 390, "height": 844})
    open_page(v, served.base + start)
    tick(v.page, 2)
    assert boxes(v.page).nth(2).is_checked()
    assert len(v.stored_keys()) == 1
    assert v.page.locator(".checklist-memory").first.is_visible()
    v.page.reload()
    v.page.wait_for_function("window.SecondRound !== undefined")
    assert boxes(v.page).nth(2).is_checked()
    open_page(v, served.base + other)
    assert [boxes(v.page).nth(i).is_checked() for i in range(4)] == [False, False, True, False]
    assert v.errors == []


def test_clear_ticks_unticks_everything_and_leaves_no_key(served, visit):
    v = visit()
    open_page(v, served.base + "ja/checklists/")
    tick(v.page, 0)
    tick(v.page, 5)
    assert len(v.stored_keys()) == 2
    clear = v.page.get_by_role("button", name="チェックを消去").first
    clear.click()
    assert v.stored_keys() == []
    assert boxes(v.page).evaluate_all("list => list.filter(b => b.checked).length") == 0
    assert "何も保存されていません" in v.page.locator(".checklist-memory").first.inner_text()
    v.page.reload()
    v.page.wait_for_function("window.SecondRound !== undefined")
    assert boxes(v.page).evaluate_all("list => list.filter(b => b.checked).length") == 0


def test_checklists_read_and_link_without_javascript(served, visit):
    v = visit(java_script_enabled=False)
    v.page.goto(served.base + "ja/")
    items = v.page.locator("#interview-tomorrow ~ ul.task-list li").all_inner_texts()
    assert len(items) >= 3 and all(items)
    assert v.page.locator("article li.task-list-item a[href]").count() > 3
    assert v.page.locator(".checklist-memory").count() == 0


FORMAT = """() => {
  const d = window.SecondRound.dates;
  return [d.format(d.fromISO("2026-12-03")), d.format(d.fromISO("2028-02-29")), d.toISO(d.today()),
          d.fromISO("2027-02-29"), d.fromISO("2026-13-01"), d.fromISO("")];
}"""


@pytest.mark.parametrize("timezone", ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"])
@pytest.mark.parametrize("lang, thursday, leap", [
    ("en", "Thursday, 3 December 2026", "Tuesday, 29 February 2028"),
    ("ja", "2026年12月3日（木）", "2028年2月29日（火）"),
])
def test_dates_read_the_same_in_every_time_zone(served, visit, timezone, lang, thursday, leap):
    v = visit(timezone_id=timezone)
    v.context.add_init_script("window.__SECOND_ROUND_TODAY__ = '2026-12-31'")
    open_page(v, served.base + ("" if lang == "en" else "ja/") + "checklists/")
    assert v.page.evaluate(FORMAT) == [thursday, leap, "2026-12-31", None, None, None]


def test_today_is_the_date_in_japan_whatever_the_machine_time_zone(served, visit):
    v = visit(timezone_id="America/Los_Angeles")
    open_page(v, served.base + "checklists/")
    before = datetime.datetime.now(ZoneInfo("Asia/Tokyo")).date().isoformat()
    today = v.page.evaluate("window.SecondRound.dates.toISO(window.SecondRound.dates.today())")
    after = datetime.datetime.now(ZoneInfo("Asia/Tokyo")).date().isoformat()
    assert today in (before, after)
