/*
 * The resignation planner's rules (overrides/assets/javascripts/logic/resignation.js) without a
 * browser: from the day an offer is accepted, the notice and the paid leave, the dates of leaving
 * a job well in Japan's business days, with the Civil Code's minimum, Golden Week and New Year
 * inside the notice, a foreign resident's two notification deadlines, clear messages for bad
 * input, and the calendar file. The form around it is tested in Chromium
 * (tests/browser/test_resignation.py).
 *
 * The cases were worked out for the numbers in RULES (this edition's data/guide-rules.yml when
 * they were written), and the test site's holidays (built as on 2026-12-01: 2026-2028).
 */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { inputs, logic } = require("./inputs.js");

const dates = logic("dates");
const { create } = logic("resignation");

const RULES = {
  tell_manager_after_accept_business_days: 1,
  notice_civil_code_days: 14,
  residence_notification_days: 14,
  closures: {
    new_year: { from: "12-29", to: "01-03", closed: true },
    golden_week: { from: "04-30", to: "05-02", closed: false },
    obon: { from: "08-13", to: "08-16", closed: true },
  },
};
const KEPT = ["new_year", "obon"];          // the closures closed by default
const TODAY = dates.fromISO("2026-12-03");

function planner(lang, rules = RULES) {
  return create({ rules, holidays: inputs.holidays[lang], lang, strings: inputs.strings[lang].resignation,
                  common: inputs.strings[lang].common });
}

function day(iso) {
  const found = dates.fromISO(iso);
  return iso ? (found === null ? { error: "impossible" } : { day: found }) : { error: "missing" };
}

function given(accepted, amount, unit, leave = 0, foreign = false) {
  return { accepted: day(accepted), amount, unit, leave, foreign, closures: KEPT };
}

/* The dates the page lists: {key: iso}, or the problems. */
function shown(lang, ...args) {
  const p = planner(lang);
  const checked = p.check(given(...args), TODAY);
  if (checked.problems) return { problems: checked.problems.map((problem) => problem.text) };
  const result = p.plan(checked.input);
  if (result.outside) return { outside: p.outsideTable() };
  if (result.tooMuchLeave) return { tooMuchLeave: p.tooMuchLeave(result) };
  return Object.fromEntries(p.listed(result).map((item) => [item.key, dates.toISO(item.day)]));
}

test("a month's notice from a Friday acceptance: tell on Monday, leave a month later, start the next business day", () => {
  assert.deepEqual(shown("en", "2026-12-04", 1, "months"), {
    tell: "2026-12-07", lastWorking: "2027-01-07", leaving: "2027-01-07", start: "2027-01-08" });
});

test("New Year inside the notice: the last working day and the start skip the closure", () => {
  // Told on Monday 30 November 2026, one month: employment ends on 30 December, inside 年末年始.
  assert.deepEqual(shown("en", "2026-11-27", 1, "months"), {
    tell: "2026-11-30", lastWorking: "2026-12-28", leaving: "2026-12-30", start: "2027-01-04" });
});

test("Golden Week inside the notice, with paid leave and a status of residence", () => {
  // Accepted on Friday 2 April 2027; told Monday 5 April; a month's notice ends on 5 May
  // (こどもの日). The last business day before it is Friday 30 April (29 April is 昭和の日,
  // 1-2 May a weekend, 3-5 May holidays); ten business days of leave go back to 15 April.
  const result = shown("en", "2027-04-02", 1, "months", 10, true);
  assert.deepEqual(result, {
    tell: "2027-04-05", lastWorking: "2027-04-15", leaving: "2027-05-05", start: "2027-05-06",
    notifyLeaving: "2027-05-19", notifyJoining: "2027-05-20" });
});

test("a shorter notice than the Civil Code's two weeks gives the two weeks, and says so", () => {
  for (const lang of inputs.languages) {
    assert.deepEqual(shown(lang, "2026-12-04", 1, "weeks"), {
      tell: "2026-12-07", lastWorking: "2026-12-21", leaving: "2026-12-21", start: "2026-12-22" });
    const p = planner(lang);
    const reasons = p.listed(p.plan(p.check(given("2026-12-04", 1, "weeks"), TODAY).input));
    const words = inputs.strings[lang].resignation.why_leaving_civil_code.replace("{days}", RULES.notice_civil_code_days);
    assert.equal(reasons.find((item) => item.key === "leaving").reason, words + inputs.strings[lang].resignation.end);
  }
});

test("months keep the day of the month, or take the month's last day", () => {
  const p = planner("en");
  assert.equal(dates.toISO(p.after(dates.fromISO("2027-01-31"), 1, "months")), "2027-02-28");
  assert.equal(dates.toISO(p.after(dates.fromISO("2027-11-15"), 2, "months")), "2028-01-15");
  assert.equal(dates.toISO(p.after(dates.fromISO("2027-11-15"), 3, "weeks")), "2027-12-06");
});

test("every date comes with its reason, in the page's language, with the guide's numbers", () => {
  for (const lang of inputs.languages) {
    const words = inputs.strings[lang].resignation;
    const p = planner(lang);
    const listed = p.listed(p.plan(p.check(given("2027-04-02", 2, "months", 3, true), TODAY).input));
    assert.deepEqual(listed.map((item) => item.key),
                     ["tell", "lastWorking", "leaving", "start", "notifyLeaving", "notifyJoining"]);
    for (const item of listed) {
      assert.ok(item.reason.endsWith(words.end) && item.reason.length > 10, item.key);
      assert.doesNotMatch(item.reason, /\{|undefined|NaN/, item.key);
    }
    assert.ok(listed[2].reason.includes("2"), "the notice entered");
    assert.ok(listed[4].reason.includes(String(RULES.residence_notification_days)));
  }
});

test("too much paid leave for the notice is said, not planned", () => {
  for (const lang of inputs.languages) {
    const result = shown(lang, "2026-12-04", 3, "weeks", 20);
    assert.ok(result.tooMuchLeave && result.tooMuchLeave.includes("2026"), JSON.stringify(result));
  }
});

test("bad input gets a clear message in the page's language", () => {
  for (const lang of inputs.languages) {
    const words = inputs.strings[lang].resignation;
    assert.deepEqual(shown(lang, "", null, "months", null).problems,
                     [words.accepted_missing, words.notice_missing, words.leave_range.replace("{most}", "40")]);
    assert.deepEqual(shown(lang, "2027-02-30", 1, "months").problems, [words.accepted_impossible]);
    assert.deepEqual(shown(lang, "2026-12-04", 13, "months").problems, [words.notice_missing]);
    assert.equal(shown(lang, "2031-05-01", 1, "months").problems.length, 1);
    const p = planner(lang);
    const late = p.check(given("2028-12-20", 1, "months"), dates.fromISO("2028-12-01"));
    assert.deepEqual(p.plan(late.input), { outside: true });
  }
});

test("the calendar file holds every date as a whole-day event, titled in the page's language", () => {
  for (const lang of inputs.languages) {
    const p = planner(lang);
    const checked = p.check(given("2027-04-02", 1, "months", 10, true), TODAY);
    const text = p.calendarFile(checked.input, p.plan(checked.input), Date.UTC(2026, 11, 3, 1, 2, 3));
    assert.ok(text.endsWith("\r\n"));
    for (const line of text.split("\r\n")) assert.ok(Buffer.byteLength(line, "utf8") <= 75, line);
    const unfolded = text.replace(/\r\n /g, "");
    const starts = unfolded.split("\r\n").filter((line) => line.startsWith("DTSTART;VALUE=DATE:"));
    assert.deepEqual(starts.map((line) => line.slice(-8)),
                     ["20270405", "20270415", "20270505", "20270506", "20270519", "20270520"]);
    assert.equal(new Set(unfolded.split("\r\n").filter((line) => line.startsWith("UID:"))).size, 6);
    assert.ok(unfolded.includes("SUMMARY:" + inputs.strings[lang].resignation.ics_tell));
    assert.equal(p.fileName(checked.input), "resignation-2027-04-02.ics");
  }
});
