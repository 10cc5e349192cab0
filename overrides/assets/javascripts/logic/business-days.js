/*
 * Japan's business days, without a page: which days are closed and why (a weekend, a national
 * holiday, a closure the reader keeps: 年末年始, the Golden Week bridge days, Obon), counted over
 * whole-day numbers (logic/dates.js). The date planner (logic/planner.js) and the resignation
 * planner (logic/resignation.js) count with it.
 *
 * `holidays` is the table the build computes (scripts/japan_calendar.py): {first, last, holidays:
 * {iso: name}}; a day outside it throws Outside, so no date is ever planned on a guess. `closures`
 * is data/guide-rules.yml's `closures` (each a range of "MM-DD" days, every year, which may run
 * over New Year).
 */
(function (root, make) {
  if (typeof module === "object" && module.exports) module.exports = make(require("./dates.js"));
  else (root.SecondRoundLogic = root.SecondRoundLogic || {}).businessDays = make(root.SecondRoundLogic.dates);
})(this, function (dates) {
  "use strict";
  var pad = dates.pad;

  function Outside() {}                       // a date beyond the holiday table

  /* The calendar with the closures `kept` (names in `closures`) counted as closed. */
  function calendar(holidays, closures, kept) {
    var FIRST = dates.fromISO(holidays.first), LAST = dates.fromISO(holidays.last);

    function inClosure(day) {
      var p = dates.parts(day), md = pad(p.month) + "-" + pad(p.day);
      for (var i = 0; i < kept.length; i++) {
        var range = closures[kept[i]];
        var inside = range.from <= range.to ? md >= range.from && md <= range.to
                                            : md >= range.from || md <= range.to;
        if (inside) return kept[i];
      }
      return null;
    }
    /* Why a day is closed ({kind: "closure"|"holiday"|"weekend", name}), or null on a business day. */
    function why(day) {
      if (day < FIRST || day > LAST) throw new Outside();
      var closure = inClosure(day);
      if (closure) return { kind: "closure", name: closure };
      var holiday = holidays.holidays[dates.toISO(day)];
      if (holiday) return { kind: "holiday", name: holiday };
      var weekday = dates.parts(day).weekday;
      return weekday === 0 || weekday === 6 ? { kind: "weekend" } : null;
    }
    function closedWithin(day) { return day >= FIRST && day <= LAST && why(day) !== null; }
    /* The whole run of closed days around `day`: its ends, closure and holidays. */
    function run(day) {
      var start = day, end = day;
      while (closedWithin(start - 1)) start--;
      while (closedWithin(end + 1)) end++;
      var found = { start: start, end: end, closure: null, holidays: [] };
      for (var d = start; d <= end; d++) {
        var reason = why(d);
        if (reason.kind === "closure") found.closure = found.closure || reason.name;
        if (holidays.holidays[dates.toISO(d)]) found.holidays.push(d);
      }
      return found;
    }
    function nextOpen(day) { while (why(day)) day++; return day; }
    function previousOpen(day) { while (why(day)) day--; return day; }
    function addBusinessDays(day, count) {
      while (count > 0) { day++; if (!why(day)) count--; }
      return day;
    }
    /* The business day `count` business days before `day` (a business day itself). */
    function subtractBusinessDays(day, count) {
      while (count > 0) { day--; if (!why(day)) count--; }
      return day;
    }
    /* `days` calendar days after `start`, plus every closed weekday in between ("add the closed
       days to every count"); weekends are already part of a calendar count. */
    function countDays(start, days) {
      var added = 0;
      for (;;) {
        var closed = 0;
        for (var d = start + 1; d <= start + days + added; d++) {
          var weekday = dates.parts(d).weekday;
          if (weekday !== 0 && weekday !== 6 && why(d)) closed++;
        }
        if (closed === added) return { day: start + days + added, added: added };
        added = closed;
      }
    }
    return { FIRST: FIRST, LAST: LAST, why: why, run: run, nextOpen: nextOpen, previousOpen: previousOpen,
             addBusinessDays: addBusinessDays, subtractBusinessDays: subtractBusinessDays, countDays: countDays };
  }

  return { calendar: calendar, Outside: Outside };
});
