"""The date planner's form on the timeline page (overrides/assets/javascripts/tools/planner.js), in
Chromium, in both languages: the form reads what the reader types and shows what the planner's
rules give, marks a problem on its field, downloads a calendar file a real parser accepts, works
from the keyboard, has no axe violation; nothing typed leaves the browser; without JavaScript the
page still explains the rule; and the planner and the pages change together with
data/guide-rules.yml.

The rules themselves (the dates and reasons of the guide's cases in every time zone, the messages
for bad input, the calendar file's lines and UIDs) are tested without a browser:
tests/js/planner.test.js. "Today" is fixed with Playwright's clock; the test site's holiday table
is built as on 2026-12-01 (tests/site.py BUILD_DATE), so it covers 2026-2028.
"""
from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from scripts import page_tools
from scripts.built_site import page_url
from tests.site import BUILD_DATE, Server, build, free_port, project_copy

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime.datetime(2026, 12, 3, 12, 0, tzinfo=TOKYO)     # "today" for the planner: Thursday 3 December
CLOSURES = ("new_year", "golden_week", "obon")
WORDS = page_tools.all_strings()["planner"]          # the planner's words, data/ui-strings.yml


def say(key, lang):
    return WORDS[key][lang].strip()


def planner_url(served, lang):
    return served.base + page_url("timeline", lang)


def open_planner(v, url, now=NOW):
    v.context.clock.set_fixed_time(now)
    v.page.goto(url)
    v.page.wait_for_selector("#date-planner form")


def enter(page, interview, said="none", ticked=("new_year", "obon")):
    """Fill the form as a reader would, and plan."""
    day, _, time = interview.partition(" ")
    page.fill("#planner-interview", day)
    page.fill("#planner-time", time)
    page.select_option("#planner-said", said if not said[:1].isdigit() else "date")
    if said[:1].isdigit():
        page.fill("#planner-company", said)
    for name in CLOSURES:
        page.set_checked(f'[name="closure-{name}"]', name in ticked)
    page.click('#date-planner button[type="submit"]')


SHOWN = """() => [...document.querySelectorAll(".planner__date")].map(item => [
  item.querySelector(".planner__day").innerText, item.querySelector(".planner__reason").innerText])"""

# What the planner's rules give for the same answers, run in the page on the page's own data: the
# form must show exactly this. ([interview day, minutes, said, company day or null, closures])
RULES_GIVE = """([interview, minutes, said, company, closures]) => {
  const kit = window.SecondRound, dates = kit.dates;
  const planner = kit.logic.planner.create({ rules: kit.rules, holidays: kit.data("planner"), lang: kit.lang,
                                             strings: kit.strings("planner"), common: kit.strings("common") });
  const day = iso => ({ day: dates.fromISO(iso) });
  const checked = planner.check({ interview: day(interview), minutes, said, closures,
                                  company: company ? day(company) : null }, dates.today());
  const result = planner.plan(checked.input);
  const passed = found => found.day < dates.today() ? kit.strings("planner").passed : "";
  return ["thankYou", "followUp", "askAgain"].map(key => [planner.when(result[key]) + passed(result[key]),
                                                          planner.reason(result[key].parts)]);
}"""


def shown(page):
    return [tuple(row) for row in page.evaluate(SHOWN)]


def rules_give(page, interview, said="none", ticked=("new_year", "obon")):
    day, _, time = interview.partition(" ")
    hours, minutes = time.split(":")
    company = said if said[:1].isdigit() else None
    return [tuple(row) for row in page.evaluate(RULES_GIVE, [day, int(hours) * 60 + int(minutes),
                                                             "date" if company else said, company, list(ticked)])]


def problems(page):
    return page.locator(".planner__problems li").all_inner_texts()


def download(page):
    with page.expect_download() as started:
        page.click(".planner__download")
    done = started.value
    return done.suggested_filename, open(done.path(), "rb").read()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_form_shows_what_the_rules_give_for_what_the_reader_typed(served, visit, lang):
    """A phone far from Japan: the answers typed, the company's date, the closures ticked reach the
    rules; their dates and reasons are shown, in the page's language; dates passed are marked."""
    v = visit({"width": 390, "height": 844}, timezone_id="Pacific/Kiritimati")
    open_planner(v, planner_url(served, lang))
    assert v.page.locator(".planner-fallback").count() == 0
    for answers in (("2026-12-04 18:30",), ("2027-04-20 14:00", "2027-05-01", CLOSURES),
                    ("2026-12-28 19:00", "month_end"), ("2026-11-02 10:00", "week", ())):
        enter(v.page, *answers)
        assert shown(v.page) == rules_give(v.page, *answers), answers
    assert [day for day, _ in shown(v.page)][0].endswith(say("passed", lang))
    assert v.errors == []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_problem_is_marked_on_its_field_and_gone_once_fixed(served, visit, lang):
    v = visit(locale="en-US")
    open_planner(v, planner_url(served, lang))
    enter(v.page, "2026-12-10 10:00", "2026-12-01")
    company = v.page.locator("#planner-company")
    assert company.get_attribute("aria-invalid") == "true"
    message = v.page.locator("#" + company.get_attribute("aria-describedby")).inner_text()
    assert problems(v.page) == [message] and message
    assert v.page.locator(".planner__date").count() == 0
    enter(v.page, "2026-12-10 10:00", "2026-12-11")
    assert company.get_attribute("aria-invalid") is None
    assert v.page.locator(".planner__date").count() == 3
    # An impossible date, typed as a reader would (Chromium's date field, month/day/year here):
    # the field gives no value but knows the input is bad.
    v.page.fill("#planner-interview", "")
    v.page.focus("#planner-interview")
    v.page.keyboard.type("02312026")
    v.page.click('#date-planner button[type="submit"]')
    assert problems(v.page) == [say("interview_date_impossible", lang)]
    assert v.page.locator("#planner-interview").get_attribute("aria-invalid") == "true"
    assert v.errors == []


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_calendar_file_is_valid_icalendar_with_the_dates_shown(served, visit, lang):
    v = visit(timezone_id="America/Los_Angeles")
    open_planner(v, planner_url(served, lang))
    enter(v.page, "2026-12-04 18:30")
    reasons = [reason for _, reason in shown(v.page)]
    days = v.page.evaluate("[...document.querySelectorAll('.planner__when')].map(d => d.dataset.date)")
    name, raw = download(v.page)
    assert name.endswith("-2026-12-04.ics")
    calendar = icalendar.Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    assert [str(e["DESCRIPTION"]) for e in events] == reasons
    assert [e.decoded("DTSTART").date().isoformat() if isinstance(e.decoded("DTSTART"), datetime.datetime)
            else e.decoded("DTSTART").isoformat() for e in events] == days
    assert str(events[0].decoded("DTSTART").tzinfo) == "Asia/Tokyo"
    assert all(e.decoded("DTSTAMP") == NOW for e in events)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Asia/Tokyo"


def test_nothing_typed_leaves_the_browser_or_is_stored(served, visit):
    v = visit()
    open_planner(v, planner_url(served, "ja"))
    v.requests.clear()
    enter(v.page, "2027-04-20 14:00", "2027-05-01", ticked=("golden_week",))
    download(v.page)
    enter(v.page, "2026-12-04 18:30")
    assert v.requests_besides_the_icon() == []
    keys, session, cookie = v.page.evaluate("[Object.keys(localStorage), sessionStorage.length, document.cookie]")
    # Material for MkDocs 9.x keeps the colour scheme under "<scope>.__palette" on every visit:
    # the theme's own setting, which holds nothing the reader typed.
    assert [key for key in keys if not key.endswith(".__palette")] == []
    assert (session, cookie) == (0, "")


def test_without_javascript_the_timeline_still_explains_the_rule_and_shows_no_form(served, visit):
    for lang in ("en", "ja"):
        v = visit(java_script_enabled=False)
        v.page.goto(planner_url(served, lang))
        assert v.page.locator("article form, article input, article select").count() == 0
        assert v.page.locator("#date-planner").inner_text() == ""
        assert v.page.locator(".planner-fallback").is_visible()
        assert v.page.locator("article table").first.is_visible()
        assert v.page.locator("#planner").is_visible()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_planner_works_from_the_keyboard(served, visit, lang):
    v = visit(locale="en-US")
    open_planner(v, planner_url(served, lang))
    page = v.page
    shown_labels = page.eval_on_selector_all("#date-planner label[for]", "ls => ls.map(l => l.innerText.trim())")
    assert shown_labels == [say(key, lang) for key in ("interview_date", "interview_time", "said", "company_date")]
    assert page.eval_on_selector_all('[name^="closure-"]', "boxes => boxes.map(b => b.checked)") == [True, False, True]
    page.focus("#planner-interview")
    page.keyboard.type("12042026")                    # month, day, year: Chromium's en-US date field
    order = ["planner-interview"]

    def tab_to_next_field():
        for _ in range(4):                            # date and time fields have parts: month, day, year...
            page.keyboard.press("Tab")
            current = page.evaluate("document.activeElement.id || document.activeElement.name || "
                                    "document.activeElement.textContent.trim()")
            if current != order[-1]:
                order.append(current)
                return current
        raise AssertionError(f"focus stuck on {order[-1]}")

    tab_to_next_field()
    page.keyboard.type("0630P")                       # 6:30 PM
    tab_to_next_field()
    page.keyboard.press("End")                        # the last answer: a date they gave
    tab_to_next_field()
    page.keyboard.type("12112026")
    tab_to_next_field()
    page.keyboard.press("Space")                      # New Year: off
    tab_to_next_field()
    tab_to_next_field()
    plan = tab_to_next_field()
    page.keyboard.press("Enter")
    assert order == ["planner-interview", "planner-time", "planner-said", "planner-company",
                     "closure-new_year", "closure-golden_week", "closure-obon", plan]
    assert plan == say("plan", lang)
    assert shown(page) == rules_give(page, "2026-12-04 18:30", "2026-12-11", ("obon",))
    assert page.locator('[name="closure-new_year"]').is_checked() is False
    tab_to_next_field()
    assert page.evaluate("document.activeElement.classList.contains('planner__download')")
    with page.expect_download() as started:
        page.keyboard.press("Enter")
    assert started.value.suggested_filename.endswith("-2026-12-04.ics")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_filled_planner_has_no_axe_violation(served, visit, lang):
    v = visit({"width": 390, "height": 844})
    open_planner(v, planner_url(served, lang))
    enter(v.page, "2027-04-20 14:00", "2027-05-01")
    assert v.axe() == []
    enter(v.page, "2026-12-10 10:00", "2026-12-01")                 # and with a problem shown
    assert v.axe() == []


# The page's text without the planner and the worked example (#holiday-example counts days 7 to 10 by hand).
STATED = """() => {
  const article = document.querySelector("article").cloneNode(true);
  for (let node = article.querySelector("#holiday-example"); node && node.tagName !== "H2"; ) {
    const next = node.nextElementSibling;
    node.remove();
    node = next;
  }
  article.querySelector("#date-planner").remove();
  document.body.append(article);
  const text = article.innerText;
  article.remove();
  return text;
}"""


def test_the_pages_and_the_planner_follow_the_rules_file_together(tmp_path, browser):
    """Change the numbers in data/guide-rules.yml: the pages' statements and the planner's dates follow."""
    project = project_copy(tmp_path / "project")
    rules = project / "data" / "guide-rules.yml"
    text = rules.read_text("utf-8")
    for old, new in (("follow_up_after_days: [7, 10]", "follow_up_after_days: [8, 12]"),
                     ("follow_up_business_days_after_date: 3", "follow_up_business_days_after_date: 4"),
                     ("thank_you_within_hours: 24", "thank_you_within_hours: 20")):
        assert old in text
        text = text.replace(old, new)
    rules.write_text(text, "utf-8")
    port = free_port()
    result = build(project, tmp_path / "site", site_url=f"http://127.0.0.1:{port}/", extra_env=BUILD_DATE)
    assert result.returncode == 0, result.stderr
    with Server(tmp_path / "site", port, "/") as server:
        for lang, days, hours, after in (("en", "8–12", "20 hours", "4 business days"),
                                         ("ja", "8〜12", "20時間", "4営業日")):
            context = browser.new_context()
            context.clock.set_fixed_time(NOW)
            page = context.new_page()
            page.goto(server.base + page_url("timeline", lang))
            page.wait_for_selector("#date-planner form")
            stated = page.evaluate(STATED)
            assert days in stated and hours in stated and after in stated, lang
            old = ("7–10", "7〜10", "24 hours", "24時間", "3 business days", "3営業日")
            assert not any(number in stated for number in old), lang
            enter(page, "2026-12-04 18:30")
            (_, thanks), (follow_day, follow), _ = shown(page)
            assert days in follow and hours in thanks
            assert follow_day.startswith("Monday, 14 December 2026" if lang == "en" else "2026年12月14日（月）")
            enter(page, "2026-12-04 18:30", said="week")
            assert after in shown(page)[1][1]
            assert shown(page)[1][0].startswith("Thursday, 17 December 2026" if lang == "en" else "2026年12月17日（木）")
            context.close()
