/*
 * The date planner's rules, without a page: from the interview's date and time and what the
 * company said, three dates in Japan's business days, each with its reasons, and the calendar
 * file (.ics) for them. tools/planner.js is the form around it; tests/js/planner.test.js runs it
 * in Node over the guide's cases, in several time zones.
 *
 * The only implementation of the guide's timing rules. Its numbers are data/guide-rules.yml
 * (`rules`), the same file the pages state them from; Japan's national holidays (with 振替休日
 * and 国民の休日) are computed at build time (`holidays`: {first, last, holidays: {iso: name}},
 * scripts/japan_calendar.py). A closed day is a weekend, a national holiday, or a day of a
 * closure the reader keeps ticked (年末年始, the Golden Week bridge days, Obon). Dates are
 * whole-day numbers (logic/dates.js); "today" is passed in, never read from a clock here.
 */
(function (root, make) {
  if (typeof module === "object" && module.exports)
    module.exports = make(require("./dates.js"), require("./business-days.js"), require("./ics.js"));
  else (root.SecondRoundLogic = root.SecondRoundLogic || {}).planner = make(root.SecondRoundLogic.dates,
                                                                         root.SecondRoundLogic.businessDays,
                                                                         root.SecondRoundLogic.ics);
})(this, function (dates, businessDays, ics) {
  "use strict";
  var CLOSURES = ["new_year", "golden_week", "obon"];     // rules.closures, in the order shown
  var SAID = ["none", "week", "two_weeks", "month_end", "date"];
  var STATED_DAYS = { week: 7, two_weeks: 14 };            // "within a week", "in two weeks": from the interview
  var YEAR = 366;                                          // farther than this is "years away"
  var pad = dates.pad;

  /* A rule that is a range ([7, 10]) counts from its first number. */
  function lowest(rule) { return Array.isArray(rule) ? rule[0] : rule; }
  function clock(minutes) { return Math.floor(minutes / 60) + ":" + pad(minutes % 60); }

  /* options: {rules, holidays, strings: the planner's words in one language, common: the shared
     words (dates) in that language, lang}. */
  function create(options) {
    var rules = options.rules, table = options.holidays, common = options.common;
    var say = dates.words(options.strings, "planner"), commonSay = dates.words(common, "common");
    var FIRST = dates.fromISO(table.first), LAST = dates.fromISO(table.last);

    function dayMonth(day) { return dates.dayMonth(day, common); }
    function format(day) { return dates.format(day, common); }
    function span(from, to) { return commonSay("date_range", { from: from, to: to }); }
    function closureDays(name) {
      var range = rules.closures[name];
      function md(text) {
        var p = text.split("-");
        return commonSay("day_month", { day: +p[1], month: common.months[+p[0] - 1] });
      }
      return span(md(range.from), md(range.to));
    }

    /* Japan's business days with the closures the reader keeps (logic/business-days.js). */
    function calendar(closures) {
      var cal = businessDays.calendar(table, rules.closures, closures);
      /* Not in the first business days after a closure: the inbox is being cleared. */
      cal.afterReopening = function (day) {
        var wait = lowest(rules.after_closure_wait_business_days), seen = 0, d = day - 1;
        while (seen < wait && d >= FIRST) {
          if (!cal.why(d)) { seen++; d--; continue; }
          var closed = cal.run(d);
          if (closed.closure) return { day: cal.addBusinessDays(closed.end, wait + 1), moved: true };
          d = closed.start - 1;
        }
        return { day: day, moved: false };
      };
      return cal;
    }

    /* The reasons for the closed runs between two days: "moved past Golden Week: ...". Runs of
       weekend only are named when `weekendsFrom` <= their end (a date that landed on one). */
    function movedPast(cal, from, to, weekendsFrom) {
      var found = [], seen = -Infinity;
      for (var day = from; day <= to; day++) {
        if (day <= seen || !cal.why(day)) continue;
        var closed = cal.run(day);
        seen = closed.end;
        if (closed.closure) {
          found.push(say("past_" + closed.closure, { span: span(dayMonth(closed.start), dayMonth(closed.end)) }));
        } else if (closed.holidays.length === 1) {
          var holiday = closed.holidays[0];
          found.push(say("past_holiday", { holiday: table.holidays[dates.toISO(holiday)], date: dayMonth(holiday) }));
        } else if (closed.holidays.length === 2) {
          var one = closed.holidays[0], two = closed.holidays[1];
          found.push(say("past_two_holidays", { first: table.holidays[dates.toISO(one)], first_date: dayMonth(one),
                                                second: table.holidays[dates.toISO(two)], second_date: dayMonth(two) }));
        } else if (closed.holidays.length > 2) {
          found.push(say("past_holidays", { span: span(dayMonth(closed.holidays[0]),
                                                       dayMonth(closed.holidays[closed.holidays.length - 1])) }));
        } else if (closed.end >= weekendsFrom) {
          found.push(say("past_weekend"));
        }
      }
      return found;
    }

    function reopened(cal, result, found) {
      var after = cal.afterReopening(result);
      if (after.moved) {
        var wait = lowest(rules.after_closure_wait_business_days);
        found.push(wait === 1 ? say("reopened_one") : say("reopened_many", { count: wait }));
      }
      return after.day;
    }

    /* ---- The three dates --------------------------------------------------------------- */

    /* The thank-you email: the same day up to about thank_you_same_day_until, or (an interview too
       late for that, a closed day) the next business morning. `by`/`from` is the time of day the
       page shows; `start`/`end` the calendar event's minutes (from an hour after the start). */
    function thankYou(cal, input) {
      var hours = rules.thank_you_within_hours, interview = input.interview;
      var opens = rules.business_hours[0] * 60, until = rules.thank_you_same_day_until * 60;
      var closedDay = cal.why(interview) !== null;
      if (!closedDay && input.minutes < rules.thank_you_next_morning_from * 60) {
        return { day: interview, by: until, parts: [say("why_same_day", { hours: hours, until: clock(until) })],
                 start: input.minutes + 60, end: Math.max(until, input.minutes + 90) };
      }
      var day = cal.nextOpen(interview + 1);
      var found = [closedDay ? say("why_closed_day", { hours: hours })
                             : say("why_evening", { hours: hours, time: clock(input.minutes), until: clock(until) })];
      found = found.concat(movedPast(cal, closedDay ? interview : interview + 1, day - 1, -Infinity));
      return { day: day, from: opens, parts: found, start: opens, end: opens + 30 };
    }

    /* `days` after `start`, closed weekdays added, then the next business day after any closure. */
    function countedDate(cal, start, days, found) {
      var counted = cal.countDays(start, days);
      if (counted.added) found.push(counted.added === 1 ? say("plus_closed_one")
                                                        : say("plus_closed_many", { count: counted.added }));
      var day = cal.nextOpen(counted.day);
      found.push.apply(found, movedPast(cal, start + 1, day - 1, counted.day));
      return reopened(cal, day, found);
    }

    function deadline(input) {
      if (input.said === "date") return input.company;
      if (input.said === "month_end") {
        var p = dates.parts(input.interview);
        return dates.fromParts(p.month === 12 ? p.year + 1 : p.year, p.month === 12 ? 1 : p.month + 1, 1) - 1;
      }
      return input.interview + STATED_DAYS[input.said];
    }

    function followUp(cal, input) {
      if (input.said === "none") {
        var days = lowest(rules.follow_up_after_days);
        var found = [say("why_no_date", { days: days, range: commonSay("range", { from: rules.follow_up_after_days[0],
                                                                                 to: rules.follow_up_after_days[1] }) })];
        return { day: countedDate(cal, input.interview, days, found), parts: found };
      }
      var due = deadline(input), count = rules.follow_up_business_days_after_date;
      var stated = [say("why_stated", { stated: say("stated_" + input.said, { date: dayMonth(due) }), count: count })];
      var day = cal.addBusinessDays(due, count);
      stated = stated.concat(movedPast(cal, due + 1, day - 1, Infinity));
      return { day: reopened(cal, day, stated), parts: stated };
    }

    function askAgain(cal, followed) {
      var days = rules.ask_again_after_days, found = [say("why_ask_again", { days: days })];
      return { day: countedDate(cal, followed, days, found), parts: found };
    }

    /* ---- Checking what the reader gave --------------------------------------------------- */

    /* given: {interview: {day} | {error: "missing"|"impossible"|"far"}, minutes (or null), said,
       company: the same as interview (when said is "date"), closures: [names]}; today: a day.
       Returns {input} or {problems: [{field: "interview"|"time"|"company", text}]}. */
    function check(given, today) {
      var problems = [], input = { said: given.said, closures: given.closures.slice() };
      var interview = given.interview;
      if (interview.error === "missing") problems.push({ field: "interview", text: say("interview_date_missing") });
      else if (interview.error === "impossible") problems.push({ field: "interview", text: say("interview_date_impossible") });
      else if (interview.error || Math.abs(interview.day - today) > YEAR)
        problems.push({ field: "interview", text: say("interview_date_far", { today: format(today) }) });
      else input.interview = interview.day;

      input.minutes = given.minutes;
      if (input.minutes === null || input.minutes === undefined) problems.push({ field: "time", text: say("time_missing") });

      if (input.said === "date") {
        var company = given.company;
        if (company.error === "missing") problems.push({ field: "company", text: say("company_date_missing") });
        else if (company.error === "impossible") problems.push({ field: "company", text: say("company_date_impossible") });
        else if (company.error) problems.push({ field: "company", text: say("company_date_far") });
        else if (input.interview !== undefined && company.day < input.interview)
          problems.push({ field: "company", text: say("company_date_before", { date: format(company.day) }) });
        else if (input.interview !== undefined && company.day - input.interview > YEAR)
          problems.push({ field: "company", text: say("company_date_far") });
        else input.company = company.day;
      }
      return problems.length ? { problems: problems } : { input: input };
    }

    /* The three dates ({thankYou, followUp, askAgain}: {day, parts, ...}), or {outside: true}
       when they would leave the holiday table. */
    function plan(input) {
      var cal = calendar(input.closures);
      try {
        var thanks = thankYou(cal, input), follow = followUp(cal, input), again = askAgain(cal, follow.day);
        return { thankYou: thanks, followUp: follow, askAgain: again };
      } catch (error) {
        if (error instanceof businessDays.Outside) return { outside: true };
        throw error;
      }
    }

    function reason(found) { return found.join(say("join")) + say("end"); }

    /* What the page shows for one date: "Monday, 7 December 2026, from 9:00". */
    function when(found) {
      var text = format(found.day);
      if (found.by !== undefined) text = say("by_time", { date: text, time: clock(found.by) });
      if (found.from !== undefined) text = say("from_time", { date: text, time: clock(found.from) });
      return text;
    }

    function outsideTable() { return say("outside_table", { first: format(FIRST), last: format(LAST) }); }

    /* ---- The calendar file (RFC 5545) ---------------------------------------------------- */

    /* A short stable hash (FNV-1a, 32 bits) of the interview's date and time: the same interview
       gives the same UIDs, so downloading again updates the events instead of adding copies. */
    function hash(text) {
      var h = 0x811c9dc5;
      for (var i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      return ("0000000" + h.toString(16)).slice(-8);
    }

    /* The .ics text; `now`: the moment it is made (milliseconds, UTC), its DTSTAMP. */
    function calendarFile(input, result, now) {
      var id = hash(dates.toISO(input.interview) + "T" + clock(input.minutes));
      var stamp = ics.stamp(now);
      var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Second Round//Date planner//" + options.lang.toUpperCase(),
                   "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ics.text(say("ics_calendar")),
                   "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                   "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST", "END:STANDARD", "END:VTIMEZONE"];
      function event(kind, summary, found, times) {
        lines.push("BEGIN:VEVENT", "UID:" + kind + "-" + id + "@second-round.planner", "DTSTAMP:" + stamp);
        lines.push.apply(lines, times);
        lines.push("SUMMARY:" + ics.text(summary), "DESCRIPTION:" + ics.text(reason(found.parts)),
                   "TRANSP:TRANSPARENT", "END:VEVENT");
      }
      var thanks = result.thankYou;
      event("thank-you", say("ics_thank_you"), thanks,
            ["DTSTART;TZID=Asia/Tokyo:" + ics.time(thanks.day, thanks.start),
             "DTEND;TZID=Asia/Tokyo:" + ics.time(thanks.day, thanks.end)]);
      [["follow-up", "ics_follow_up", result.followUp], ["ask-again", "ics_ask_again", result.askAgain]]
        .forEach(function (item) {
          event(item[0], say(item[1]), item[2],
                ["DTSTART;VALUE=DATE:" + ics.date(item[2].day), "DTEND;VALUE=DATE:" + ics.date(item[2].day + 1)]);
        });
      lines.push("END:VCALENDAR");
      return ics.file(lines);
    }

    function fileName(input) { return "second-round-" + dates.toISO(input.interview) + ".ics"; }

    return { CLOSURES: CLOSURES, SAID: SAID, check: check, plan: plan, reason: reason, when: when,
             outsideTable: outsideTable, closureDays: closureDays, calendarFile: calendarFile, fileName: fileName,
             format: format };
  }

  return { create: create, CLOSURES: CLOSURES, SAID: SAID };
});
