"""The date planner on the timeline page (overrides/assets/javascripts/tools/planner.js), in
Chromium, in both languages: the three dates and their reasons for the issue's cases, whatever
the machine's time zone; clear messages for bad input; a calendar file a real parser accepts;
keyboard use, labels and axe; nothing typed leaves the browser; without JavaScript the page
still explains the rule; and the planner and the pages change together with data/guide-rules.yml.

"Today" is injected (window.__SECOND_ROUND_TODAY__); the test site's holiday table is built as
on 2026-12-01 (tests/site.py BUILD_DATE), so it covers 2026–2028.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import icalendar
import pytest

from scripts.built_site import page_url
from tests.site import BUILD_DATE, ROOT, Server, build, free_port, project_copy

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TODAY = "2026-12-03"
CLOSURES = ("new_year", "golden_week", "obon")
TICKED = ("new_year", "obon")            # as the form starts: data/guide-rules.yml `closed`


@dataclass
class Case:
    name: str
    interview: str                       # "YYYY-MM-DD HH:MM", Japan time
    said: str = "none"                   # what the company said: none, week, two_weeks, month_end, or a date
    ticked: tuple = TICKED               # the closures the company keeps
    today: str = TODAY
    en: list = field(default_factory=list)   # [(date, reason)] for: thank-you email, follow-up, ask again
    ja: list = field(default_factory=list)


# Date in -> three dates and their reasons out, as the page shows them.
CASES = [
    Case("Friday-evening interview", "2026-12-04 18:30",
         en=[("Monday, 7 December 2026, from 9:00",
              "The interview starts at 18:30, after business hours: write it within 24 hours and schedule it for "
              "the next business morning; moved past the weekend."),
             ("Friday, 11 December 2026",
              "No date was given: 7 days after the interview, the earliest of 7–10."),
             ("Friday, 18 December 2026",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2026年12月7日（月） 9:00以降",
              "面接の開始が18:30で業務時間外にかかるため、24時間以内に書き、翌営業日の朝に届くよう予約送信します。"
              "土日を避けました。"),
             ("2026年12月11日（金）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。"),
             ("2026年12月18日（金）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("Saturday interview", "2026-12-05 11:00",
         en=[("Monday, 7 December 2026, from 9:00",
              "The interview day is not a business day: write it within 24 hours and schedule it for the next "
              "business morning; moved past the weekend."),
             ("Monday, 14 December 2026",
              "No date was given: 7 days after the interview, the earliest of 7–10; moved past the weekend."),
             ("Monday, 21 December 2026",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2026年12月7日（月） 9:00以降",
              "面接日が営業日ではないため、24時間以内に書き、次の営業日の朝に届くよう予約送信します。土日を避けました。"),
             ("2026年12月14日（月）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。土日を避けました。"),
             ("2026年12月21日（月）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("In two weeks, reply due before New Year", "2026-12-03 10:00", said="two_weeks",
         en=[("Thursday, 3 December 2026, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Tuesday, 22 December 2026",
              "They said in two weeks, so by 17 December: 3 business days after that."),
             ("Tuesday, 5 January 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once; plus 4 closed "
              "weekdays; moved past New Year: many offices are closed 29 December – 3 January; not on the first "
              "business day after the office reopens.")],
         ja=[("2026年12月3日（木） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2026年12月22日（火）",
              "「2週間ほど」と言われたため、期日は12月17日です。その3営業日後です。"),
             ("2027年1月5日（火）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。"
              "休業の平日4日分を足しています。年末年始（多くの企業が12月29日〜1月3日に休業）を避けました。"
              "営業再開の当日は避けました。")]),
    Case("Interview on 25 December", "2026-12-25 10:00",
         en=[("Friday, 25 December 2026, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Tuesday, 5 January 2027",
              "No date was given: 7 days after the interview, the earliest of 7–10; plus 4 closed weekdays; "
              "moved past New Year: many offices are closed 29 December – 3 January."),
             ("Wednesday, 13 January 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once; plus 1 closed weekday;"
              " moved past Coming of Age Day (11 January), a national holiday.")],
         ja=[("2026年12月25日（金） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2027年1月5日（火）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日4日分を足しています。"
              "年末年始（多くの企業が12月29日〜1月3日に休業）を避けました。"),
             ("2027年1月13日（水）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。"
              "休業の平日1日分を足しています。祝日の成人の日（1月11日）を避けました。")]),
    Case("Late interview before New Year, 'by the end of the month'", "2026-12-28 19:00", said="month_end",
         en=[("Monday, 4 January 2027, from 9:00",
              "The interview starts at 19:00, after business hours: write it within 24 hours and schedule it for "
              "the next business morning; moved past New Year: many offices are closed 29 December – 3 January."),
             ("Wednesday, 6 January 2027",
              "They said by the end of the month, so by 31 December: 3 business days after that; moved past New "
              "Year: many offices are closed 29 December – 3 January."),
             ("Thursday, 14 January 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once; plus 1 closed weekday;"
              " moved past Coming of Age Day (11 January), a national holiday.")],
         ja=[("2027年1月4日（月） 9:00以降",
              "面接の開始が19:00で業務時間外にかかるため、24時間以内に書き、翌営業日の朝に届くよう予約送信します。"
              "年末年始（多くの企業が12月29日〜1月3日に休業）を避けました。"),
             ("2027年1月6日（水）",
              "「月末まで」と言われたため、期日は12月31日です。その3営業日後です。"
              "年末年始（多くの企業が12月29日〜1月3日に休業）を避けました。"),
             ("2027年1月14日（木）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。"
              "休業の平日1日分を足しています。祝日の成人の日（1月11日）を避けました。")]),
    Case("A week with a 振替休日 (Friday evening before it)", "2027-03-19 18:00",
         en=[("Tuesday, 23 March 2027, from 9:00",
              "The interview starts at 18:00, after business hours: write it within 24 hours and schedule it for "
              "the next business morning; moved past Vernal Equinox Day (21 March) and Substitute Holiday (22 "
              "March), national holidays."),
             ("Monday, 29 March 2027",
              "No date was given: 7 days after the interview, the earliest of 7–10; plus 1 closed weekday; moved "
              "past Vernal Equinox Day (21 March) and Substitute Holiday (22 March), national holidays; moved "
              "past the weekend."),
             ("Monday, 5 April 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2027年3月23日（火） 9:00以降",
              "面接の開始が18:00で業務時間外にかかるため、24時間以内に書き、翌営業日の朝に届くよう予約送信します。"
              "祝日の春分の日（3月21日）と振替休日（3月22日）を避けました。"),
             ("2027年3月29日（月）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日1日分を足しています。"
              "祝日の春分の日（3月21日）と振替休日（3月22日）を避けました。土日を避けました。"),
             ("2027年4月5日（月）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("Interview on 28 April (the company works the bridge days)", "2026-04-28 10:00", today="2026-04-01",
         en=[("Tuesday, 28 April 2026, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Monday, 11 May 2026",
              "No date was given: 7 days after the interview, the earliest of 7–10; plus 4 closed weekdays; "
              "moved past Showa Day (29 April), a national holiday; moved past the national holidays 3 May – 6 "
              "May; moved past the weekend."),
             ("Monday, 18 May 2026",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2026年4月28日（火） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2026年5月11日（月）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日4日分を足しています。"
              "祝日の昭和の日（4月29日）を避けました。5月3日〜5月6日の祝日を避けました。土日を避けました。"),
             ("2026年5月18日（月）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("Interview on 28 April, the company closed all Golden Week", "2026-04-28 10:00", ticked=CLOSURES,
         today="2026-04-01",
         en=[("Tuesday, 28 April 2026, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Monday, 11 May 2026",
              "No date was given: 7 days after the interview, the earliest of 7–10; plus 6 closed weekdays; "
              "moved past Golden Week: the company is closed 29 April – 6 May."),
             ("Monday, 18 May 2026",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2026年4月28日（火） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2026年5月11日（月）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日6日分を足しています。"
              "ゴールデンウィークの休業（4月29日〜5月6日）を避けました。"),
             ("2026年5月18日（月）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("Company date inside Golden Week", "2027-04-20 14:00", said="2027-05-01",
         en=[("Tuesday, 20 April 2027, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Monday, 10 May 2027",
              "They gave 1 May: 3 business days after that; moved past the national holidays 3 May – 5 May."),
             ("Monday, 17 May 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2027年4月20日（火） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2027年5月10日（月）",
              "示された期日は5月1日です。その3営業日後です。5月3日〜5月5日の祝日を避けました。"),
             ("2027年5月17日（月）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("Company date inside Golden Week, closed all week", "2027-04-20 14:00", said="2027-05-01", ticked=CLOSURES,
         en=[("Tuesday, 20 April 2027, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Monday, 10 May 2027",
              "They gave 1 May: 3 business days after that; moved past Golden Week: the company is closed 29 "
              "April – 5 May."),
             ("Monday, 17 May 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2027年4月20日（火） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2027年5月10日（月）",
              "示された期日は5月1日です。その3営業日後です。ゴールデンウィークの休業（4月29日〜5月5日）を避けました。"),
             ("2027年5月17日（月）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("The timeline's example: Friday interview, holiday on Monday", "2027-07-16 15:00",
         en=[("Friday, 16 July 2027, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Monday, 26 July 2027",
              "No date was given: 7 days after the interview, the earliest of 7–10; plus 1 closed weekday; moved "
              "past Marine Day (19 July), a national holiday; moved past the weekend."),
             ("Monday, 2 August 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2027年7月16日（金） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2027年7月26日（月）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日1日分を足しています。"
              "祝日の海の日（7月19日）を避けました。土日を避けました。"),
             ("2027年8月2日（月）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("Interview on 10 August", "2027-08-10 11:00",
         en=[("Tuesday, 10 August 2027, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Friday, 20 August 2027",
              "No date was given: 7 days after the interview, the earliest of 7–10; plus 3 closed weekdays; "
              "moved past Mountain Day (11 August), a national holiday; moved past Obon: many offices are closed "
              "13 August – 16 August."),
             ("Friday, 27 August 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2027年8月10日（火） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2027年8月20日（金）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日3日分を足しています。"
              "祝日の山の日（8月11日）を避けました。お盆（多くの企業が8月13日〜8月16日に休業）を避けました。"),
             ("2027年8月27日（金）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("Interview on 10 August, Obon switched off", "2027-08-10 11:00", ticked=("new_year",),
         en=[("Tuesday, 10 August 2027, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Wednesday, 18 August 2027",
              "No date was given: 7 days after the interview, the earliest of 7–10; plus 1 closed weekday; moved "
              "past Mountain Day (11 August), a national holiday."),
             ("Wednesday, 25 August 2027",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2027年8月10日（火） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2027年8月18日（水）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日1日分を足しています。"
              "祝日の山の日（8月11日）を避けました。"),
             ("2027年8月25日（水）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("29 February 2028, 'within a week'", "2028-02-29 15:00", said="week", today="2028-02-25",
         en=[("Tuesday, 29 February 2028, by 18:00",
              "Within 24 hours and during business hours: the same day, once your notes are written."),
             ("Friday, 10 March 2028",
              "They said within a week, so by 7 March: 3 business days after that."),
             ("Friday, 17 March 2028",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2028年2月29日（火） 18:00まで",
              "24時間以内、かつ業務時間内に送ります。メモをまとめたら当日中に送りましょう。"),
             ("2028年3月10日（金）",
              "「1週間以内」と言われたため、期日は3月7日です。その3営業日後です。"),
             ("2028年3月17日（金）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
    Case("Looking back: the dates have passed", "2026-12-04 18:30", today="2026-12-20",
         en=[("Monday, 7 December 2026, from 9:00 (this day has passed)",
              "The interview starts at 18:30, after business hours: write it within 24 hours and schedule it for "
              "the next business morning; moved past the weekend."),
             ("Friday, 11 December 2026 (this day has passed)",
              "No date was given: 7 days after the interview, the earliest of 7–10."),
             ("Friday, 18 December 2026 (this day has passed)",
              "7 days after your follow-up with no reply: ask your agent, or call HR once.")],
         ja=[("2026年12月7日（月） 9:00以降（この日は過ぎています）",
              "面接の開始が18:30で業務時間外にかかるため、24時間以内に書き、翌営業日の朝に届くよう予約送信します。"
              "土日を避けました。"),
             ("2026年12月11日（金）（この日は過ぎています）",
              "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。"),
             ("2026年12月18日（金）（この日は過ぎています）",
              "確認の連絡から7日たっても返信がない場合です。エージェントに確認を頼むか、人事に一度だけ電話します。")]),
]


def planner_url(served, lang):
    return served.base + page_url("timeline", lang)


def open_planner(v, url, today=TODAY):
    v.context.add_init_script(f"window.__SECOND_ROUND_TODAY__ = '{today}'")
    v.page.goto(url)
    v.page.wait_for_load_state("networkidle")
    v.page.wait_for_selector("#date-planner form")


def enter(page, interview, said="none", ticked=TICKED, today=None):
    """Fill the form as a reader would, and plan."""
    if today:
        page.evaluate(f"window.__SECOND_ROUND_TODAY__ = '{today}'")
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


def shown(page):
    return [tuple(row) for row in page.evaluate(SHOWN)]


@pytest.mark.parametrize("timezone", ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_three_dates_and_reasons_are_the_same_in_every_time_zone(served, visit, lang, timezone):
    v = visit({"width": 390, "height": 844}, timezone_id=timezone)
    open_planner(v, planner_url(served, lang))
    results, expected = {}, {}
    for case in CASES:
        enter(v.page, case.interview, case.said, case.ticked, case.today)
        results[case.name] = shown(v.page)
        expected[case.name] = getattr(case, lang)
    assert results == expected
    assert v.errors == []


# Bad input: what the reader did -> the message the page shows, in each language.
BAD = [
    ("empty fields", {"interview": " "},
     ["Enter the date of the interview.", "Enter the time the interview starts, for example 14:00."],
     ["面接日を入力してください。", "面接の開始時刻を入力してください（例：14:00）。"]),
    ("a date given but left empty", {"interview": "2026-12-04 10:00", "said": "date"},
     ["Enter the date the company gave, or choose another answer."],
     ["企業から示された日付を入力するか、別の選択肢を選んでください。"]),
    ("a company date before the interview", {"interview": "2026-12-10 10:00", "said": "2026-12-01"},
     ["The company's date (Tuesday, 1 December 2026) is before the interview. Check both dates."],
     ["企業から示された日付の2026年12月1日（火）が、面接日より前になっています。両方の日付をご確認ください。"]),
    ("an interview years away", {"interview": "2031-05-01 10:00"},
     ["The interview date is more than a year from today (Thursday, 3 December 2026). Check the year."],
     ["面接日が今日から1年以上離れています。今日は2026年12月3日（木）です。年をご確認ください。"]),
    ("a company date years away", {"interview": "2026-12-10 10:00", "said": "2028-12-10"},
     ["The company's date is more than a year after the interview. Check the year."],
     ["企業から示された日付が面接日から1年以上先になっています。年をご確認ください。"]),
    ("dates past the end of the holiday table", {"interview": "2028-12-26 10:00", "today": "2028-12-01"},
     ["This planner knows Japan's holidays from Thursday, 1 January 2026 to Sunday, 31 December 2028, and your "
      "dates would fall outside that. Choose an interview date within it."],
     ["このプランナーが把握している祝日は2026年1月1日（木）から2028年12月31日（日）までで、計算した日付がその範囲を"
      "外れます。範囲内の面接日を選んでください。"]),
]


def problems(page):
    return page.locator(".planner__problems li").all_inner_texts()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_bad_input_gets_a_clear_message_in_the_page_language(served, visit, lang):
    v = visit(locale="en-US")
    open_planner(v, planner_url(served, lang))
    found, expected = {}, {}
    for what, given, english, japanese in BAD:
        given = {"interview": " ", "said": "none", **given}
        enter(v.page, given["interview"].strip(), given["said"], today=given.get("today", TODAY))
        found[what] = problems(v.page)
        expected[what] = english if lang == "en" else japanese
        assert v.page.locator(".planner__date").count() == 0, what
        assert v.page.locator('[aria-invalid="true"]').count() >= 1, what
    # An impossible date, typed as a reader would (Chromium's date field, month/day/year here).
    v.page.evaluate(f"window.__SECOND_ROUND_TODAY__ = '{TODAY}'")
    v.page.select_option("#planner-said", "none")
    v.page.fill("#planner-interview", "")
    v.page.focus("#planner-interview")
    v.page.keyboard.type("02312026")
    v.page.fill("#planner-time", "10:00")
    v.page.click('#date-planner button[type="submit"]')
    found["an impossible date (31 February)"] = problems(v.page)
    expected["an impossible date (31 February)"] = (
        ["The interview date is not a real date. Check the day and the month."] if lang == "en"
        else ["面接日が存在しない日付になっています。月と日をご確認ください。"])
    assert found == expected
    text = v.page.locator("#date-planner").inner_text()
    assert not any(bad in text for bad in ("NaN", "Invalid Date", "undefined", "null", "{"))
    assert v.errors == []


def test_a_problem_is_marked_on_its_field_and_gone_once_fixed(served, visit):
    v = visit()
    open_planner(v, planner_url(served, "en"))
    enter(v.page, "2026-12-10 10:00", "2026-12-01")
    company = v.page.locator("#planner-company")
    assert company.get_attribute("aria-invalid") == "true"
    assert v.page.locator("#" + company.get_attribute("aria-describedby")).inner_text().startswith("The company's date")
    enter(v.page, "2026-12-10 10:00", "2026-12-11")
    assert company.get_attribute("aria-invalid") is None
    assert [day for day, _ in shown(v.page)][1] == "Wednesday, 16 December 2026"


def download(page):
    with page.expect_download() as started:
        page.click(".planner__download")
    done = started.value
    return done.suggested_filename, open(done.path(), "rb").read()


@pytest.mark.parametrize("lang, titles", [
    ("en", ["Send the thank-you email", "Follow up: one polite email", "No reply yet? Ask your agent or HR again"]),
    ("ja", ["お礼メールを送る", "選考状況の確認メールを送る", "返信がなければエージェントか人事に再確認"]),
])
def test_the_calendar_file_is_valid_icalendar_titled_in_the_page_language(served, visit, lang, titles):
    v = visit(timezone_id="America/Los_Angeles")
    open_planner(v, planner_url(served, lang))
    enter(v.page, "2026-12-04 18:30")
    reasons = [reason for _, reason in shown(v.page)]
    name, raw = download(v.page)
    assert name == "second-round-2026-12-04.ics"
    text = raw.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))

    calendar = icalendar.Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == titles
    assert [str(e["DESCRIPTION"]) for e in events] == reasons
    tokyo = ZoneInfo("Asia/Tokyo")
    thanks, follow, again = events
    assert thanks.decoded("DTSTART") == datetime.datetime(2026, 12, 7, 9, 0, tzinfo=tokyo)
    assert str(thanks.decoded("DTSTART").tzinfo) == "Asia/Tokyo"
    assert thanks.decoded("DTEND") == datetime.datetime(2026, 12, 7, 9, 30, tzinfo=tokyo)
    assert (follow.decoded("DTSTART"), follow.decoded("DTEND")) == (datetime.date(2026, 12, 11), datetime.date(2026, 12, 12))
    assert (again.decoded("DTSTART"), again.decoded("DTEND")) == (datetime.date(2026, 12, 18), datetime.date(2026, 12, 19))
    for event in events:
        stamp = event.decoded("DTSTAMP")
        assert stamp.utcoffset() == datetime.timedelta(0)
        assert abs(stamp - datetime.datetime.now(datetime.timezone.utc)) < datetime.timedelta(minutes=10)
    assert len({str(e["UID"]) for e in events}) == 3
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Asia/Tokyo"


def test_the_same_interview_keeps_its_uids_in_both_languages_and_another_gets_new_ones(served, visit):
    uids = {}
    for lang in ("en", "ja"):
        v = visit()
        open_planner(v, planner_url(served, lang))
        enter(v.page, "2026-12-04 18:30")
        first = [str(e["UID"]) for e in icalendar.Calendar.from_ical(download(v.page)[1]).walk("VEVENT")]
        enter(v.page, "2026-12-04 18:30", said="week", ticked=("obon",))  # new answers, same interview
        again = [str(e["UID"]) for e in icalendar.Calendar.from_ical(download(v.page)[1]).walk("VEVENT")]
        assert first == again
        uids[lang] = first
        enter(v.page, "2026-12-04 10:00")
        uids[lang + " 10:00"] = [str(e["UID"]) for e in icalendar.Calendar.from_ical(download(v.page)[1]).walk("VEVENT")]
    assert uids["en"] == uids["ja"]
    assert not set(uids["en"]) & set(uids["en 10:00"])


def test_a_same_day_thank_you_is_a_deadline_at_the_end_of_business_hours(served, visit):
    v = visit()
    open_planner(v, planner_url(served, "en"))
    enter(v.page, "2026-12-03 14:00")
    thanks = icalendar.Calendar.from_ical(download(v.page)[1]).walk("VEVENT")[0]
    tokyo = ZoneInfo("Asia/Tokyo")
    assert thanks.decoded("DTSTART") == datetime.datetime(2026, 12, 3, 15, 0, tzinfo=tokyo)
    assert thanks.decoded("DTEND") == datetime.datetime(2026, 12, 3, 18, 0, tzinfo=tokyo)


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
    for lang, rule in (("en", "7–10 calendar days after the interview"), ("ja", "面接から7〜10日後")):
        v = visit(java_script_enabled=False)
        v.page.goto(planner_url(served, lang))
        assert v.page.locator("article form, article input, article select").count() == 0
        assert v.page.locator("#date-planner").inner_text() == ""
        assert v.page.locator(".planner-fallback").is_visible()
        table = v.page.locator("article table").first.inner_text()
        assert rule in table, lang
        assert v.page.locator("#planner").is_visible()


def test_the_form_appears_only_when_the_script_runs(served, visit):
    v = visit()
    open_planner(v, planner_url(served, "en"))
    assert v.page.locator(".planner-fallback").count() == 0
    labels = v.page.eval_on_selector_all(
        "#date-planner input, #date-planner select",
        "fields => fields.map(f => f.labels.length ? f.labels[0].innerText.trim() : null)")
    assert labels == ["Interview date", "Start time (Japan time)", "What the company said about the result",
                      "The date they gave", "New Year: 29 December – 3 January",
                      "Golden Week: closed all week, also 30 April – 2 May", "Obon: 13 August – 16 August"]
    assert v.page.eval_on_selector_all('[name^="closure-"]', "boxes => boxes.map(b => b.checked)") == [True, False, True]


@pytest.mark.parametrize("lang, labels", [
    ("en", ["Interview date", "Start time (Japan time)", "What the company said about the result", "The date they gave"]),
    ("ja", ["面接日", "開始時刻（日本時間）", "結果の連絡時期について言われたこと", "示された日付"]),
])
def test_the_planner_works_from_the_keyboard(served, visit, lang, labels):
    v = visit(locale="en-US")
    open_planner(v, planner_url(served, lang))
    page = v.page
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
    assert plan == ("Plan my dates" if lang == "en" else "日付を計算する")
    assert page.evaluate("[...document.querySelectorAll('.planner__when')].map(d => d.dataset.date)") == [
        "2026-12-07", "2026-12-16", "2026-12-23"]
    assert page.locator('[name="closure-new_year"]').is_checked() is False
    download_button = tab_to_next_field()
    assert page.evaluate("document.activeElement.classList.contains('planner__download')")
    with page.expect_download() as started:
        page.keyboard.press("Enter")
    assert started.value.suggested_filename == "second-round-2026-12-04.ics"
    shown_labels = page.eval_on_selector_all("#date-planner label[for]", "ls => ls.map(l => l.innerText.trim())")
    assert shown_labels == labels and download_button


AXE_ALL = """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
    .map(v => v.id + " (" + v.impact + "): " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", "))"""


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_filled_planner_has_no_axe_violation(served, visit, lang):
    v = visit({"width": 390, "height": 844})
    open_planner(v, planner_url(served, lang))
    enter(v.page, "2027-04-20 14:00", "2027-05-01")
    v.page.add_script_tag(path=str(AXE))
    assert v.page.evaluate(AXE_ALL) == []
    enter(v.page, "2026-12-10 10:00", "2026-12-01")                 # and with a problem shown
    assert v.page.evaluate(AXE_ALL) == []


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
            page = context.new_page()
            page.add_init_script(f"window.__SECOND_ROUND_TODAY__ = '{TODAY}'")
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
