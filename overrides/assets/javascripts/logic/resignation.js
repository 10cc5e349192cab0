/*
 * The resignation planner's rules, without a page: from the day you accept an offer, the notice
 * your rules of employment ask for and the paid leave you will take, the dates of leaving your
 * job well, in Japan's business days (logic/business-days.js), each with its reasons, and the
 * calendar file (.ics) for them. tools/resignation.js is the form around it (the after-you-accept
 * page); tests/js/resignation.test.js runs it in Node.
 *
 * The dates, in order (docs/after-you-accept.md says why):
 * - tell your manager: tell_manager_after_accept_business_days business days after accepting
 *   (you have the written terms by then);
 * - your last day of employment (退職日): the notice after telling, never less than the Civil
 *   Code's notice_civil_code_days (民法 第627条);
 * - your last working day (最終出社日): before that, the paid leave you take at the end;
 * - the earliest start at the new company: the next business day after your last day;
 * - for a foreign resident, the two residence_notification_days deadlines to notify the
 *   Immigration Services Agency: after leaving and after joining.
 * The numbers are data/guide-rules.yml's; "today" is passed in, never read from a clock here.
 */
(function (root, make) {
  if (typeof module === "object" && module.exports)
    module.exports = make(require("./dates.js"), require("./business-days.js"), require("./ics.js"));
  else (root.SecondRoundLogic = root.SecondRoundLogic || {}).resignation = make(root.SecondRoundLogic.dates,
                                                                             root.SecondRoundLogic.businessDays,
                                                                             root.SecondRoundLogic.ics);
})(this, function (dates, businessDays, ics) {
  "use strict";
  var UNITS = ["months", "weeks", "days"];                 // how the rules of employment state the notice
  var MAX_LEAVE = 40;                                      // more paid leave than two years' worth is a typo
  var MAX_NOTICE = { months: 12, weeks: 26, days: 180 };   // longer notice than this is a typo

  /* options: {rules, holidays, strings: the resignation planner's words in one language, common:
     the shared words (dates) in that language, lang}. */
  function create(options) {
    var rules = options.rules, table = options.holidays, common = options.common;
    var say = dates.words(options.strings, "resignation");
    var FIRST = dates.fromISO(table.first), LAST = dates.fromISO(table.last);

    function format(day) { return dates.format(day, common); }

    /* "1 month", "3 business days", 「1か月」: a count and its unit's word (one, or more). */
    function amount(count, unit) {
      return say("notice_amount", { count: count, unit: say("unit_" + unit)[count === 1 ? 0 : 1] });
    }

    /* `amount` `unit` after `day`: months keep the day of the month (the last one when the month
       is shorter: 31 January + 1 month = 28 or 29 February). */
    function after(day, amount, unit) {
      if (unit === "days") return day + amount;
      if (unit === "weeks") return day + 7 * amount;
      var p = dates.parts(day), month = p.month - 1 + amount;
      var year = p.year + Math.floor(month / 12);
      month = month % 12 + 1;
      var last = dates.fromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
      return Math.min(dates.fromParts(year, month, 1) + p.day - 1, last);
    }

    /* given: {accepted: {day} | {error}, amount (a whole number or null), unit, leave (a whole number
       or null), foreign, closures}; today: a day. {input} or {problems: [{field, text}]}. */
    function check(given, today) {
      var problems = [], input = { unit: given.unit, foreign: !!given.foreign, closures: given.closures.slice() };
      var accepted = given.accepted;
      if (accepted.error === "missing") problems.push({ field: "accepted", text: say("accepted_missing") });
      else if (accepted.error === "impossible") problems.push({ field: "accepted", text: say("accepted_impossible") });
      else if (accepted.error || Math.abs(accepted.day - today) > 366)
        problems.push({ field: "accepted", text: say("accepted_far", { today: format(today) }) });
      else input.accepted = accepted.day;
      if (given.amount === null || given.amount < 1 || given.amount > MAX_NOTICE[given.unit])
        problems.push({ field: "amount", text: say("notice_missing") });
      else input.amount = given.amount;
      if (given.leave === null || given.leave < 0 || given.leave > MAX_LEAVE)
        problems.push({ field: "leave", text: say("leave_range", { most: MAX_LEAVE }) });
      else input.leave = given.leave;
      return problems.length ? { problems: problems } : { input: input };
    }

    function plan(input) {
      var cal = businessDays.calendar(table, rules.closures, input.closures);
      try {
        var found = {};
        var waitDays = rules.tell_manager_after_accept_business_days;
        var tell = cal.addBusinessDays(input.accepted, waitDays);
        found.tell = { day: tell, parts: [say("why_tell", { after: amount(waitDays, "business_days") })] };

        var asked = after(tell, input.amount, input.unit), least = tell + rules.notice_civil_code_days;
        var leaving = Math.max(asked, least);
        var noticeParts = [say("why_leaving", { notice: amount(input.amount, input.unit) })];
        if (least > asked) noticeParts = [say("why_leaving_civil_code", { days: rules.notice_civil_code_days })];
        found.leaving = { day: leaving, parts: noticeParts };

        var lastWorking = cal.previousOpen(leaving);
        if (input.leave) lastWorking = cal.subtractBusinessDays(lastWorking, input.leave);
        if (lastWorking <= tell) return { tooMuchLeave: true, tell: tell, leaving: leaving };
        found.lastWorking = { day: lastWorking, parts: [input.leave
          ? say("why_last_working_leave", { leave: amount(input.leave, "business_days") }) : say("why_last_working")] };

        var start = cal.nextOpen(leaving + 1);
        found.start = { day: start, parts: [say("why_start")] };

        if (input.foreign) {
          var window = rules.residence_notification_days;
          found.notifyLeaving = { day: leaving + window, parts: [say("why_notify_leaving", { days: window })] };
          found.notifyJoining = { day: start + window, parts: [say("why_notify_joining", { days: window })] };
        }
        return { dates: found };
      } catch (error) {
        if (error instanceof businessDays.Outside) return { outside: true };
        throw error;
      }
    }

    var ORDER = ["tell", "lastWorking", "leaving", "start", "notifyLeaving", "notifyJoining"];

    /* The dates the page lists, in order: [{key, day, reason}]. */
    function listed(result) {
      return ORDER.filter(function (key) { return result.dates[key]; }).map(function (key) {
        var found = result.dates[key];
        return { key: key, day: found.day, when: format(found.day), reason: found.parts.join(say("join")) + say("end") };
      });
    }

    function tooMuchLeave(result) {
      return say("leave_too_much", { tell: format(result.tell), leaving: format(result.leaving) });
    }

    function outsideTable() { return say("outside_table", { first: format(FIRST), last: format(LAST) }); }

    /* ---- The calendar file (RFC 5545): whole-day events ----------------------------------- */

    /* The .ics text; `now`: the moment it is made (milliseconds, UTC), its DTSTAMP. The events
       keep their UIDs for the same acceptance day, so downloading again updates them. */
    function calendarFile(input, result, now) {
      var stamp = ics.stamp(now);
      var id = dates.toISO(input.accepted).replace(/-/g, "");
      var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Second Round//Resignation planner//" + options.lang.toUpperCase(),
                   "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ics.text(say("ics_calendar"))];
      listed(result).forEach(function (item) {
        lines.push("BEGIN:VEVENT", "UID:resignation-" + item.key + "-" + id + "@second-round.planner", "DTSTAMP:" + stamp,
                   "DTSTART;VALUE=DATE:" + ics.date(item.day), "DTEND;VALUE=DATE:" + ics.date(item.day + 1),
                   "SUMMARY:" + ics.text(say("ics_" + item.key)), "DESCRIPTION:" + ics.text(item.reason),
                   "TRANSP:TRANSPARENT", "END:VEVENT");
      });
      lines.push("END:VCALENDAR");
      return ics.file(lines);
    }

    function fileName(input) { return "resignation-" + dates.toISO(input.accepted) + ".ics"; }

    return { UNITS: UNITS, check: check, plan: plan, listed: listed, tooMuchLeave: tooMuchLeave, amount: amount,
             outsideTable: outsideTable, calendarFile: calendarFile, fileName: fileName, after: after };
  }

  return { create: create, UNITS: UNITS };
});
