/*
 * The date planner's rules (overrides/assets/javascripts/logic/planner.js) without a browser: the
 * three dates and their reasons for the guide's cases, in both languages and in every time zone;
 * clear messages for bad input; a calendar file that follows RFC 5545's shape, whose events keep
 * their UIDs for the same interview. The form around it (tools/planner.js) is tested in Chromium:
 * tests/browser/test_planner.py.
 *
 * The cases were worked out for the numbers in RULES (this edition's data/guide-rules.yml when
 * they were written); the planner is given those, so an editor's change to the rules file does
 * not change these cases. `the planner counts with data/guide-rules.yml` checks it uses the file.
 * Japan's holidays are the test site's (built as on 2026-12-01: 2026-2028).
 */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { inputs, logic } = require("./inputs.js");

const dates = logic("dates");
const { create } = logic("planner");

const RULES = {
  thank_you_within_hours: 24,
  business_hours: [9, 18],
  thank_you_same_day_until: 20,
  thank_you_next_morning_from: 18,
  follow_up_after_days: [7, 10],
  follow_up_business_days_after_date: 3,
  ask_again_after_days: 7,
  after_closure_wait_business_days: [1, 2],
  closures: {
    new_year: { from: "12-29", to: "01-03", closed: true },
    golden_week: { from: "04-30", to: "05-02", closed: false },
    obon: { from: "08-13", to: "08-16", closed: true },
  },
};
const TODAY = "2026-12-03";
const TICKED = ["new_year", "obon"];
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Tokyo"];

function planner(lang, rules = RULES) {
  return create({ rules, holidays: inputs.holidays[lang], lang, strings: inputs.strings[lang].planner,
                  common: inputs.strings[lang].common });
}

function day(iso) {
  if (!iso || !iso.trim()) return { error: "missing" };
  const found = dates.fromISO(iso);
  return found === null ? { error: "impossible" } : { day: found };
}

/* What the form gives the rules for "YYYY-MM-DD HH:MM" and the company's answer. */
function given(interview, said = "none", ticked = TICKED) {
  const [date, time] = interview.trim().split(" ");
  const match = /^(\d{1,2}):(\d{2})$/.exec(time || "");
  return { interview: day(date), minutes: match ? +match[1] * 60 + +match[2] : null,
           said: /^\d/.test(said) ? "date" : said, company: /^\d/.test(said) ? day(said) : said === "date" ? day("") : null,
           closures: ticked.slice() };
}

/* The three dates and reasons as the page shows them, or the problems. */
function shown(p, lang, interview, said, ticked, today = TODAY) {
  const checked = p.check(given(interview, said, ticked), dates.fromISO(today));
  if (checked.problems) return { problems: checked.problems.map((problem) => problem.text) };
  const result = p.plan(checked.input);
  if (result.outside) return { problems: [p.outsideTable()] };
  return ["thankYou", "followUp", "askAgain"].map((key) => {
    const found = result[key];
    const passed = found.day < dates.fromISO(today) ? inputs.strings[lang].planner.passed : "";
    return [p.when(found) + passed, p.reason(found.parts)];
  });
}

// Date in -> three dates and their reasons out, as the page shows them.
const CASES = [
  {
    name: "Friday-evening interview", interview: "2026-12-04 18:30", said: "none", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Monday, 7 December 2026, from 9:00",
       "The interview starts at 18:30 and ends too late to send it by about 20:00: write it within 24 hours and schedule it for the next business morning; moved past the weekend."],
      ["Friday, 11 December 2026",
       "No date was given: 7 days after the interview, the earliest of 7–10."],
      ["Friday, 18 December 2026",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2026年12月7日（月） 9:00以降",
       "面接の開始が18:30で、当日の20:00ごろまでに送るのは難しいため、24時間以内に書き、翌営業日の朝に届くよう予約送信します。土日を避けました。"],
      ["2026年12月11日（金）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。"],
      ["2026年12月18日（金）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "A 16:00 interview: the same day, by about 20:00", interview: "2026-12-03 16:00", said: "none", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Thursday, 3 December 2026, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Thursday, 10 December 2026",
       "No date was given: 7 days after the interview, the earliest of 7–10."],
      ["Thursday, 17 December 2026",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2026年12月3日（木） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2026年12月10日（木）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。"],
      ["2026年12月17日（木）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "A 17:00 interview: still the same day", interview: "2026-12-03 17:00", said: "none", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Thursday, 3 December 2026, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Thursday, 10 December 2026",
       "No date was given: 7 days after the interview, the earliest of 7–10."],
      ["Thursday, 17 December 2026",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2026年12月3日（木） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2026年12月10日（木）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。"],
      ["2026年12月17日（木）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "Saturday interview", interview: "2026-12-05 11:00", said: "none", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Monday, 7 December 2026, from 9:00",
       "The interview day is not a business day: write it within 24 hours and schedule it for the next business morning; moved past the weekend."],
      ["Monday, 14 December 2026",
       "No date was given: 7 days after the interview, the earliest of 7–10; moved past the weekend."],
      ["Monday, 21 December 2026",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2026年12月7日（月） 9:00以降",
       "面接日が営業日ではないため、24時間以内に書き、次の営業日の朝に届くよう予約送信します。土日を避けました。"],
      ["2026年12月14日（月）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。土日を避けました。"],
      ["2026年12月21日（月）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "In two weeks, reply due before New Year", interview: "2026-12-03 10:00", said: "two_weeks", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Thursday, 3 December 2026, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Tuesday, 22 December 2026",
       "They said in two weeks, so by 17 December: 3 business days after that."],
      ["Tuesday, 5 January 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once; plus 4 closed weekdays; moved past New Year: many offices are closed 29 December – 3 January; not on the first business day after the office reopens."]
    ],
    ja: [
      ["2026年12月3日（木） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2026年12月22日（火）",
       "「2週間ほど」と言われたため、期日は12月17日です。その3営業日後です。"],
      ["2027年1月5日（火）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。休業の平日4日分を足しています。年末年始（多くの企業が12月29日〜1月3日に休業）を避けました。営業再開の当日は避けました。"]
    ]
  },
  {
    name: "Interview on 25 December", interview: "2026-12-25 10:00", said: "none", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Friday, 25 December 2026, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Tuesday, 5 January 2027",
       "No date was given: 7 days after the interview, the earliest of 7–10; plus 4 closed weekdays; moved past New Year: many offices are closed 29 December – 3 January."],
      ["Wednesday, 13 January 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once; plus 1 closed weekday; moved past Coming of Age Day (11 January), a national holiday."]
    ],
    ja: [
      ["2026年12月25日（金） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2027年1月5日（火）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日4日分を足しています。年末年始（多くの企業が12月29日〜1月3日に休業）を避けました。"],
      ["2027年1月13日（水）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。休業の平日1日分を足しています。祝日の成人の日（1月11日）を避けました。"]
    ]
  },
  {
    name: "Late interview before New Year, 'by the end of the month'", interview: "2026-12-28 19:00", said: "month_end", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Monday, 4 January 2027, from 9:00",
       "The interview starts at 19:00 and ends too late to send it by about 20:00: write it within 24 hours and schedule it for the next business morning; moved past New Year: many offices are closed 29 December – 3 January."],
      ["Wednesday, 6 January 2027",
       "They said by the end of the month, so by 31 December: 3 business days after that; moved past New Year: many offices are closed 29 December – 3 January."],
      ["Thursday, 14 January 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once; plus 1 closed weekday; moved past Coming of Age Day (11 January), a national holiday."]
    ],
    ja: [
      ["2027年1月4日（月） 9:00以降",
       "面接の開始が19:00で、当日の20:00ごろまでに送るのは難しいため、24時間以内に書き、翌営業日の朝に届くよう予約送信します。年末年始（多くの企業が12月29日〜1月3日に休業）を避けました。"],
      ["2027年1月6日（水）",
       "「月末まで」と言われたため、期日は12月31日です。その3営業日後です。年末年始（多くの企業が12月29日〜1月3日に休業）を避けました。"],
      ["2027年1月14日（木）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。休業の平日1日分を足しています。祝日の成人の日（1月11日）を避けました。"]
    ]
  },
  {
    name: "A week with a 振替休日 (Friday evening before it)", interview: "2027-03-19 18:00", said: "none", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Tuesday, 23 March 2027, from 9:00",
       "The interview starts at 18:00 and ends too late to send it by about 20:00: write it within 24 hours and schedule it for the next business morning; moved past Vernal Equinox Day (21 March) and Substitute Holiday (22 March), national holidays."],
      ["Monday, 29 March 2027",
       "No date was given: 7 days after the interview, the earliest of 7–10; plus 1 closed weekday; moved past Vernal Equinox Day (21 March) and Substitute Holiday (22 March), national holidays; moved past the weekend."],
      ["Monday, 5 April 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2027年3月23日（火） 9:00以降",
       "面接の開始が18:00で、当日の20:00ごろまでに送るのは難しいため、24時間以内に書き、翌営業日の朝に届くよう予約送信します。祝日の春分の日（3月21日）と振替休日（3月22日）を避けました。"],
      ["2027年3月29日（月）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日1日分を足しています。祝日の春分の日（3月21日）と振替休日（3月22日）を避けました。土日を避けました。"],
      ["2027年4月5日（月）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "Interview on 28 April (the company works the bridge days)", interview: "2026-04-28 10:00", said: "none", ticked: ["new_year", "obon"], today: "2026-04-01",
    en: [
      ["Tuesday, 28 April 2026, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Monday, 11 May 2026",
       "No date was given: 7 days after the interview, the earliest of 7–10; plus 4 closed weekdays; moved past Showa Day (29 April), a national holiday; moved past the national holidays 3 May – 6 May; moved past the weekend."],
      ["Monday, 18 May 2026",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2026年4月28日（火） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2026年5月11日（月）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日4日分を足しています。祝日の昭和の日（4月29日）を避けました。5月3日〜5月6日の祝日を避けました。土日を避けました。"],
      ["2026年5月18日（月）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "Interview on 28 April, the company closed all Golden Week", interview: "2026-04-28 10:00", said: "none", ticked: ["new_year", "golden_week", "obon"], today: "2026-04-01",
    en: [
      ["Tuesday, 28 April 2026, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Monday, 11 May 2026",
       "No date was given: 7 days after the interview, the earliest of 7–10; plus 6 closed weekdays; moved past Golden Week: the company is closed 29 April – 6 May."],
      ["Monday, 18 May 2026",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2026年4月28日（火） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2026年5月11日（月）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日6日分を足しています。ゴールデンウィークの休業（4月29日〜5月6日）を避けました。"],
      ["2026年5月18日（月）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "Company date inside Golden Week", interview: "2027-04-20 14:00", said: "2027-05-01", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Tuesday, 20 April 2027, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Monday, 10 May 2027",
       "They gave 1 May: 3 business days after that; moved past the national holidays 3 May – 5 May."],
      ["Monday, 17 May 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2027年4月20日（火） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2027年5月10日（月）",
       "示された期日は5月1日です。その3営業日後です。5月3日〜5月5日の祝日を避けました。"],
      ["2027年5月17日（月）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "Company date inside Golden Week, closed all week", interview: "2027-04-20 14:00", said: "2027-05-01", ticked: ["new_year", "golden_week", "obon"], today: "2026-12-03",
    en: [
      ["Tuesday, 20 April 2027, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Monday, 10 May 2027",
       "They gave 1 May: 3 business days after that; moved past Golden Week: the company is closed 29 April – 5 May."],
      ["Monday, 17 May 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2027年4月20日（火） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2027年5月10日（月）",
       "示された期日は5月1日です。その3営業日後です。ゴールデンウィークの休業（4月29日〜5月5日）を避けました。"],
      ["2027年5月17日（月）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "The timeline's example: Friday interview, holiday on Monday", interview: "2027-07-16 15:00", said: "none", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Friday, 16 July 2027, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Monday, 26 July 2027",
       "No date was given: 7 days after the interview, the earliest of 7–10; plus 1 closed weekday; moved past Marine Day (19 July), a national holiday; moved past the weekend."],
      ["Monday, 2 August 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2027年7月16日（金） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2027年7月26日（月）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日1日分を足しています。祝日の海の日（7月19日）を避けました。土日を避けました。"],
      ["2027年8月2日（月）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "Interview on 10 August", interview: "2027-08-10 11:00", said: "none", ticked: ["new_year", "obon"], today: "2026-12-03",
    en: [
      ["Tuesday, 10 August 2027, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Friday, 20 August 2027",
       "No date was given: 7 days after the interview, the earliest of 7–10; plus 3 closed weekdays; moved past Mountain Day (11 August), a national holiday; moved past Obon: many offices are closed 13 August – 16 August."],
      ["Friday, 27 August 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2027年8月10日（火） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2027年8月20日（金）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日3日分を足しています。祝日の山の日（8月11日）を避けました。お盆（多くの企業が8月13日〜8月16日に休業）を避けました。"],
      ["2027年8月27日（金）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "Interview on 10 August, Obon switched off", interview: "2027-08-10 11:00", said: "none", ticked: ["new_year"], today: "2026-12-03",
    en: [
      ["Tuesday, 10 August 2027, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Wednesday, 18 August 2027",
       "No date was given: 7 days after the interview, the earliest of 7–10; plus 1 closed weekday; moved past Mountain Day (11 August), a national holiday."],
      ["Wednesday, 25 August 2027",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2027年8月10日（火） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2027年8月18日（水）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。休業の平日1日分を足しています。祝日の山の日（8月11日）を避けました。"],
      ["2027年8月25日（水）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "29 February 2028, 'within a week'", interview: "2028-02-29 15:00", said: "week", ticked: ["new_year", "obon"], today: "2028-02-25",
    en: [
      ["Tuesday, 29 February 2028, by 20:00",
       "Within 24 hours: the same day, by about 20:00, once your notes are written."],
      ["Friday, 10 March 2028",
       "They said within a week, so by 7 March: 3 business days after that."],
      ["Friday, 17 March 2028",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2028年2月29日（火） 20:00まで",
       "24時間以内に送ります。メモをまとめたら、当日の20:00ごろまでに送りましょう。"],
      ["2028年3月10日（金）",
       "「1週間以内」と言われたため、期日は3月7日です。その3営業日後です。"],
      ["2028年3月17日（金）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  },
  {
    name: "Looking back: the dates have passed", interview: "2026-12-04 18:30", said: "none", ticked: ["new_year", "obon"], today: "2026-12-20",
    en: [
      ["Monday, 7 December 2026, from 9:00 (this day has passed)",
       "The interview starts at 18:30 and ends too late to send it by about 20:00: write it within 24 hours and schedule it for the next business morning; moved past the weekend."],
      ["Friday, 11 December 2026 (this day has passed)",
       "No date was given: 7 days after the interview, the earliest of 7–10."],
      ["Friday, 18 December 2026 (this day has passed)",
       "7 days after your follow-up with no reply: ask your consultant, or call your HR contact once."]
    ],
    ja: [
      ["2026年12月7日（月） 9:00以降（この日は過ぎています）",
       "面接の開始が18:30で、当日の20:00ごろまでに送るのは難しいため、24時間以内に書き、翌営業日の朝に届くよう予約送信します。土日を避けました。"],
      ["2026年12月11日（金）（この日は過ぎています）",
       "連絡時期の説明がないため、面接から7日後（目安の7〜10日の最初の日）です。"],
      ["2026年12月18日（金）（この日は過ぎています）",
       "確認の連絡から7日たっても返信がない場合です。エージェントの担当者に確認を頼むか、人事担当者に一度だけ電話します。"]
    ]
  }
];

for (const lang of inputs.languages) {
  test(`the three dates and reasons are the same in every time zone (${lang})`, () => {
    const original = process.env.TZ;
    try {
      for (const zone of ZONES) {
        process.env.TZ = zone;
        const p = planner(lang);
        for (const c of CASES) {
          assert.deepEqual(shown(p, lang, c.interview, c.said, c.ticked, c.today), c[lang], `${c.name} in ${zone}`);
        }
      }
    } finally {
      if (original === undefined) delete process.env.TZ; else process.env.TZ = original;
    }
  });
}

// Bad input: what the reader did -> the message the page shows, in each language.
const BAD = [
  ["empty fields", {"interview": " "},
   ["Enter the date of the interview.", "Enter the time the interview starts, for example 14:00."],
   ["面接日を入力してください。", "面接の開始時刻を入力してください（例：14:00）。"]],
  ["a date given but left empty", {"interview": "2026-12-04 10:00", "said": "date"},
   ["Enter the date the company gave, or choose another answer."],
   ["企業から示された日付を入力するか、別の選択肢を選んでください。"]],
  ["a company date before the interview", {"interview": "2026-12-10 10:00", "said": "2026-12-01"},
   ["The company's date (Tuesday, 1 December 2026) is before the interview. Check both dates."],
   ["企業から示された日付の2026年12月1日（火）が、面接日より前になっています。両方の日付をご確認ください。"]],
  ["an interview years away", {"interview": "2031-05-01 10:00"},
   ["The interview date is more than a year from today (Thursday, 3 December 2026). Check the year."],
   ["面接日が今日から1年以上離れています。今日は2026年12月3日（木）です。年をご確認ください。"]],
  ["a company date years away", {"interview": "2026-12-10 10:00", "said": "2028-12-10"},
   ["The company's date is more than a year after the interview. Check the year."],
   ["企業から示された日付が面接日から1年以上先になっています。年をご確認ください。"]],
  ["dates past the end of the holiday table", {"interview": "2028-12-26 10:00", "today": "2028-12-01"},
   ["This planner knows Japan's holidays from Thursday, 1 January 2026 to Sunday, 31 December 2028, and your dates would fall outside that. Choose an interview date within it."],
   ["このプランナーが把握している祝日は2026年1月1日（木）から2028年12月31日（日）までで、計算した日付がその範囲を外れます。範囲内の面接日を選んでください。"]]
];

for (const lang of inputs.languages) {
  test(`bad input gets a clear message in the page language (${lang})`, () => {
    const p = planner(lang);
    for (const [what, input, english, japanese] of BAD) {
      const found = shown(p, lang, input.interview, input.said || "none", TICKED, input.today || TODAY);
      assert.deepEqual(found, { problems: lang === "en" ? english : japanese }, what);
      assert.doesNotMatch(found.problems.join(" "), /NaN|Invalid Date|undefined|null|\{/, what);
    }
  });
}

test("a problem names the field it is about", () => {
  const p = planner("en");
  const checked = p.check(given("2026-12-10 10:00", "2026-12-01"), dates.fromISO(TODAY));
  assert.deepEqual(checked.problems.map((problem) => problem.field), ["company"]);
  const empty = p.check(given(" ", "date"), dates.fromISO(TODAY));
  assert.deepEqual(empty.problems.map((problem) => problem.field), ["interview", "time", "company"]);
});

function calendarOf(lang, interview, said = "none", ticked = TICKED, now = Date.UTC(2026, 11, 3, 1, 2, 3)) {
  const p = planner(lang);
  const checked = p.check(given(interview, said, ticked), dates.fromISO(TODAY));
  return { p, checked, text: p.calendarFile(checked.input, p.plan(checked.input), now) };
}

function unfolded(text) { return text.replace(/\r\n /g, ""); }
/* The lines of the events (not of the time zone) that set `name`. */
function field(text, name) {
  const events = unfolded(text).split("BEGIN:VEVENT").slice(1).map((event) => event.split("END:VEVENT")[0]);
  return events.flatMap((event) => event.split("\r\n"))
    .filter((line) => line.startsWith(name + ":") || line.startsWith(name + ";"));
}

test("the calendar file has RFC 5545's lines: CRLF, at most 75 octets, folded inside no character", () => {
  for (const lang of inputs.languages) {
    const { text } = calendarOf(lang, "2026-12-04 18:30");
    assert.ok(text.endsWith("\r\n"));
    assert.equal(text.replace(/\r\n/g, "").includes("\n"), false);
    for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75, line);
    assert.doesNotMatch(text, /\uFFFD/);
  }
});

test("the calendar file holds the three dates in Japan's time, titled and explained in the page language", () => {
  for (const lang of inputs.languages) {
    const { p, checked, text } = calendarOf(lang, "2026-12-04 18:30");
    const result = p.plan(checked.input);
    const words = inputs.strings[lang].planner;
    assert.deepEqual(field(text, "SUMMARY").map((line) => line.slice(8)),
                     [words.ics_thank_you, words.ics_follow_up, words.ics_ask_again].map(escape));
    assert.deepEqual(field(text, "DESCRIPTION").map((line) => line.slice(12)),
                     [result.thankYou, result.followUp, result.askAgain].map((found) => escape(p.reason(found.parts))));
    assert.deepEqual(field(text, "DTSTART"), ["DTSTART;TZID=Asia/Tokyo:20261207T090000",
                                               "DTSTART;VALUE=DATE:20261211", "DTSTART;VALUE=DATE:20261218"]);
    assert.deepEqual(field(text, "DTEND"), ["DTEND;TZID=Asia/Tokyo:20261207T093000",
                                             "DTEND;VALUE=DATE:20261212", "DTEND;VALUE=DATE:20261219"]);
    assert.deepEqual(field(text, "DTSTAMP"), Array(3).fill("DTSTAMP:20261203T010203Z"));
    assert.match(text, /\r\nBEGIN:VTIMEZONE\r\nTZID:Asia\/Tokyo\r\n/);
    assert.equal(p.fileName(checked.input), "second-round-2026-12-04.ics");
  }
});

function escape(text) {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
}

test("a same-day thank-you is a deadline at about 20:00 (thank_you_same_day_until)", () => {
  const { text } = calendarOf("en", "2026-12-03 14:00");
  assert.deepEqual(field(text, "DTSTART")[0], "DTSTART;TZID=Asia/Tokyo:20261203T150000");
  assert.deepEqual(field(text, "DTEND")[0], "DTEND;TZID=Asia/Tokyo:20261203T200000");
});

test("the same interview keeps its UIDs in both languages and whatever else changes; another gets new ones", () => {
  const uids = (lang, interview, said, ticked) => field(calendarOf(lang, interview, said, ticked).text, "UID");
  const first = uids("en", "2026-12-04 18:30");
  assert.equal(new Set(first).size, 3);
  assert.deepEqual(uids("ja", "2026-12-04 18:30"), first);
  assert.deepEqual(uids("en", "2026-12-04 18:30", "week", ["obon"]), first);
  const other = uids("en", "2026-12-04 10:00");
  assert.equal(other.filter((uid) => first.includes(uid)).length, 0);
});

test("the planner counts with data/guide-rules.yml", () => {
  // A Wednesday in a week with no holiday: the follow-up is the first number of days later.
  const rules = inputs.rules;
  const days = Array.isArray(rules.follow_up_after_days) ? rules.follow_up_after_days[0] : rules.follow_up_after_days;
  const p = planner("en", rules);
  const checked = p.check(given("2027-06-09 10:00", "none", []), dates.fromISO("2027-06-01"));
  const result = p.plan(checked.input);
  const expected = dates.fromISO("2027-06-09") + days;
  const weekday = dates.parts(expected).weekday;
  assert.equal(result.followUp.day, expected + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0));
  assert.equal(result.thankYou.day, dates.fromISO("2027-06-09"));
});

test("Japan's today does not depend on the machine's zone", () => {
  const original = process.env.TZ;
  try {
    const moment = Date.UTC(2026, 11, 3, 15, 30);          // 4 December, 00:30 in Japan
    for (const zone of ZONES) {
      process.env.TZ = zone;
      assert.equal(dates.toISO(dates.todayInJapan(moment)), "2026-12-04", zone);
    }
  } finally {
    if (original === undefined) delete process.env.TZ; else process.env.TZ = original;
  }
});
