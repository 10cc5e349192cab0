/*
 * Whole-day dates in Japan's calendar, and the guide's words filled in: no DOM, no clock of
 * its own. The in-page tools use it through tools/kit.js; tests/js/ run it in Node.
 *
 * - A date is a whole-day number counted from 1970-01-01 (a Thursday): no time of day and no
 *   time zone, so the machine's zone never decides a date.
 * - "Today" is Japan's date at a given moment (`todayInJapan(Date.now())`).
 * - Words come from data/ui-strings.yml; `words(table)` reads one tool's words in one
 *   language and fills {names}. A missing word throws: a test sees it, a reader never gets
 *   an empty label.
 */
(function (root, make) {
  if (typeof module === "object" && module.exports) module.exports = make();
  else (root.SecondRoundLogic = root.SecondRoundLogic || {}).dates = make();
})(this, function () {
  "use strict";
  var DAY = 86400000;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  /* words({clear: "Clear ticks"}, "checklist")("clear") -> "Clear ticks" */
  function words(table, name) {
    if (!table) throw new Error("no words for " + name);
    return function (key, values) {
      var text = table[key];
      if (text === undefined) throw new Error("no word " + name + "." + key);
      return typeof text === "string" ? fill(text, values) : text;
    };
  }

  function fromParts(year, month, day) {
    var time = Date.UTC(year, month - 1, day);
    var check = new Date(time);
    if (isNaN(time) || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 ||
        check.getUTCDate() !== day) return null;             /* 31 April, 29 February 2027 */
    return Math.round(time / DAY);
  }

  /* "2026-12-03" -> day number, or null for anything that is not a real date. */
  function fromISO(text) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || "").trim());
    return match ? fromParts(+match[1], +match[2], +match[3]) : null;
  }

  function parts(day) {
    var date = new Date(day * DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
             weekday: date.getUTCDay() };
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function toISO(day) {
    var p = parts(day);
    return p.year + "-" + pad(p.month) + "-" + pad(p.day);
  }

  /* "Thursday, 3 December 2026" / "2026年12月3日（木）", with the `common` words of one language. */
  function format(day, common) {
    var p = parts(day);
    return fill(common.date, { weekday: common.weekdays[p.weekday], day: p.day,
                               month: common.months[p.month - 1], year: p.year });
  }

  /* "Thursday" / "木" */
  function weekday(day, common) { return common.weekdays[parts(day).weekday]; }

  /* "3 December" / "12月3日" */
  function dayMonth(day, common) {
    var p = parts(day);
    return fill(common.day_month, { day: p.day, month: common.months[p.month - 1] });
  }

  /* Japan's date (UTC+9, no daylight saving) at `now` (milliseconds since 1970, UTC). */
  function todayInJapan(now) {
    return Math.floor((now + 9 * 3600000) / DAY);
  }

  return { fill: fill, words: words, fromParts: fromParts, fromISO: fromISO, toISO: toISO, parts: parts,
           pad: pad, format: format, weekday: weekday, dayMonth: dayMonth, todayInJapan: todayInJapan };
});
