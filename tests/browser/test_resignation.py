"""The resignation planner's form on the after-you-accept page (overrides/assets/javascripts/tools/
resignation.js), in Chromium, in both languages: the form reads what the reader enters and shows the
dates and reasons its rules give, marks a problem on its field, downloads a calendar file a real
parser accepts with the dates shown, sends and stores nothing, has no axe violation with its dates
shown on a phone, and without JavaScript the page says how to count by hand.

The rules themselves (the dates for the guide's cases, Golden Week and New Year inside the notice,
the Civil Code's minimum, the notifications) are tested without a browser:
tests/js/resignation.test.js. "Today" is fixed with Playwright's clock.
"""
from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from scripts import page_tools
from scripts.built_site import page_url

NOW = datetime.datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
WORDS = page_tools.all_strings()["resignation"]

SHOWN = """() => [...document.querySelectorAll("#resignation-planner .planner__date")].map(item => [
  item.dataset.key, item.querySelector(".planner__when").dataset.date, item.querySelector(".planner__reason").innerText])"""

# What the rules give for the same answers, run in the page on the page's own data.
RULES_GIVE = """([accepted, amount, unit, leave, foreign]) => {
  const kit = window.SecondRound, dates = kit.dates;
  const planner = kit.logic.resignation.create({ rules: kit.rules, holidays: kit.data("resignation"), lang: kit.lang,
                                                 strings: kit.strings("resignation"), common: kit.strings("common") });
  const kept = Object.keys(kit.rules.closures).filter(name => kit.rules.closures[name].closed);
  const checked = planner.check({ accepted: { day: dates.fromISO(accepted) }, amount, unit, leave, foreign,
                                  closures: kept }, dates.today());
  return planner.listed(planner.plan(checked.input)).map(item => [item.key, dates.toISO(item.day), item.reason]);
}"""


def url(served, lang):
    return served.base + page_url("after-you-accept", lang)


def open_planner(v, served, lang):
    v.context.clock.set_fixed_time(NOW)
    v.page.goto(url(served, lang))
    v.page.wait_for_selector("#resignation-planner form")


def enter(page, accepted, amount, unit, leave, foreign=False):
    page.fill("#resignation-accepted", accepted)
    page.fill("#resignation-amount", str(amount))
    page.select_option("#resignation-unit", unit)
    page.fill("#resignation-leave", str(leave))
    page.set_checked("#resignation-foreign", foreign)
    page.click('#resignation-planner button[type="submit"]')


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_form_shows_the_dates_the_rules_give_and_a_calendar_file_with_them(served, visit, lang):
    v = visit({"width": 390, "height": 844}, timezone_id="America/Los_Angeles")
    open_planner(v, served, lang)
    assert v.page.locator(".resignation-fallback").count() == 0
    v.requests.clear()
    for answers in (("2026-12-04", 1, "months", 0, False), ("2027-04-02", 1, "months", 10, True),
                    ("2026-12-04", 1, "weeks", 0, False)):
        enter(v.page, *answers)
        shown = [tuple(row) for row in v.page.evaluate(SHOWN)]
        assert shown == [tuple(row) for row in v.page.evaluate(RULES_GIVE, list(answers))], answers
        assert len(shown) == (6 if answers[4] else 4)
    enter(v.page, "2027-04-02", 1, "months", 10, True)
    with v.page.expect_download() as started:
        v.page.click("#resignation-planner .planner__download")
    download = started.value
    assert download.suggested_filename.endswith("-2027-04-02.ics")
    events = icalendar.Calendar.from_ical(open(download.path(), "rb").read()).walk("VEVENT")
    shown = v.page.evaluate(SHOWN)
    assert [event.decoded("DTSTART").isoformat() for event in events] == [date for _, date, _ in shown]
    assert [str(event["DESCRIPTION"]) for event in events] == [reason for _, _, reason in shown]
    assert all(event.decoded("DTSTAMP") == NOW for event in events)
    assert v.requests_besides_the_icon() == []
    assert v.stored_keys() == []
    assert v.errors == []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_problem_is_marked_on_its_field(served, visit, lang):
    v = visit()
    open_planner(v, served, lang)
    enter(v.page, "2026-12-04", 3, "weeks", 20)
    leave = v.page.locator("#resignation-leave")
    assert leave.get_attribute("aria-invalid") == "true"
    message = v.page.locator("#" + leave.get_attribute("aria-describedby")).inner_text()
    assert message.startswith(WORDS["leave_too_much"][lang].split("{")[0].strip())
    enter(v.page, "", 1, "months", 0)
    assert v.page.locator("#resignation-accepted").get_attribute("aria-invalid") == "true"
    assert v.page.locator("#resignation-planner .planner__problems li").all_inner_texts() == [
        WORDS["accepted_missing"][lang]]
    assert leave.get_attribute("aria-invalid") is None


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_planner_with_its_dates_has_no_axe_violation_on_a_phone(served, visit, lang):
    v = visit({"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    open_planner(v, served, lang)
    enter(v.page, "2027-04-02", 1, "months", 10, True)
    assert v.axe() == []


def test_without_javascript_the_page_says_how_to_count_and_shows_no_form(served, visit):
    for lang in ("en", "ja"):
        v = visit(java_script_enabled=False)
        v.page.goto(url(served, lang))
        assert v.page.locator("#resignation-planner").inner_text() == ""
        assert v.page.locator(".resignation-fallback").is_visible()
        assert v.page.locator("#resignation-planner form, #resignation-planner input").count() == 0
