"""Checklists remember ticks on this device, in both languages, only once the reader ticks, and
forget them with one control; the tools' "today" is Japan's date whatever the machine's time zone.
Covers overrides/assets/javascripts/tools/kit.js and tools/checklist.js. (The dates themselves, in
every time zone: tests/js/dates.test.js.)"""
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


def test_today_is_the_date_in_japan_whatever_the_machine_time_zone(served, visit):
    """New Year's Eve evening in Los Angeles is already New Year's Day in Japan."""
    v = visit(timezone_id="America/Los_Angeles")
    v.context.clock.set_fixed_time(datetime.datetime(2026, 12, 31, 20, 0, tzinfo=ZoneInfo("America/Los_Angeles")))
    open_page(v, served.base + "checklists/")
    assert v.page.evaluate("new Date().getDate()") == 31
    assert v.page.evaluate("window.SecondRound.dates.toISO(window.SecondRound.dates.today())") == "2027-01-01"
