/*
 * The date planner on the timeline page: from the interview's date and time, and what the
 * company said, three dates in Japan's business days, each with a one-line reason, and a
 * calendar file (.ics) made on the reader's device.
 *
 * The only implementation of the guide's timing rules. Its numbers come from
 * data/guide-rules.yml (`kit.rules`), the same file the pages state them from; Japan's national
 * holidays (with 振替休日 and 国民の休日) come with the page, computed at build time
 * (`kit.data("planner")`, scripts/japan_calendar.py). A closed day is a weekend, a national
 * holiday, or a day of a closure the reader keeps ticked (年末年始, the Golden Week bridge days,
 * Obon). Dates are whole-day numbers (kit.dates): no Date object in the machine's time zone
 * decides anything, and "today" is Japan's (or the one a test injects).
 *
 * Private: nothing typed is sent or stored; the form exists only when this script runs (the page
 * says what to do without it). Typed text is never parsed as markup (kit.element).
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var mount = document.getElementById("date-planner");
  if (!mount) return;

  var say = kit.words("planner"), common = kit.words("common");
  var rules = kit.rules, dates = kit.dates, el = kit.element;
  var table = kit.data("planner");
  var FIRST = dates.fromISO(table.first), LAST = dates.fromISO(table.last);
  var CLOSURES = ["new_year", "golden_week", "obon"];     // rules.closures, in the order shown
  var SAID = ["none", "week", "two_weeks", "month_end", "date"];
  var STATED_DAYS = { week: 7, two_weeks: 14 };            // "within a week", "in two weeks": from the interview
  var YEAR = 366;                                          // farther than this is "years away"

  /* A rule that is a range ([7, 10]) counts from its first number. */
  function lowest(rule) { return Array.isArray(rule) ? rule[0] : rule; }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function clock(minutes) { return Math.floor(minutes / 60) + ":" + pad(minutes % 60); }
  function dayMonth(day) {
    var p = dates.parts(day);
    return common("day_month", { day: p.day, month: common("months")[p.month - 1] });
  }
  function span(from, to) { return common("date_range", { from: from, to: to }); }
  function closureDays(name) {
    var range = rules.closures[name], month = common("months");
    function md(text) {
      var parts = text.split("-");
      return common("day_month", { day: +parts[1], month: month[+parts[0] - 1] });
    }
    return span(md(range.from), md(range.to));
  }

  /* ---- Japan's business days ---------------------------------------------------------- */

  function Outside() {}                       // a date beyond the holiday table

  function calendar(closures) {
    function inClosure(day) {
      var p = dates.parts(day), md = pad(p.month) + "-" + pad(p.day);
      for (var i = 0; i < closures.length; i++) {
        var range = rules.closures[closures[i]];
        var inside = range.from <= range.to ? md >= range.from && md <= range.to
                                            : md >= range.from || md <= range.to;
        if (inside) return closures[i];
      }
      return null;
    }
    /* Why a day is closed ({kind: "closure"|"holiday"|"weekend", name}), or null on a business day. */
    function why(day) {
      if (day < FIRST || day > LAST) throw new Outside();
      var closure = inClosure(day);
      if (closure) return { kind: "closure", name: closure };
      var holiday = table.holidays[dates.toISO(day)];
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
        if (table.holidays[dates.toISO(d)]) found.holidays.push(d);
      }
      return found;
    }
    function nextOpen(day) { while (why(day)) day++; return day; }
    function addBusinessDays(day, count) {
      while (count > 0) { day++; if (!why(day)) count--; }
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
    /* Not in the first business days after a closure: the inbox is being cleared. */
    function afterReopening(day) {
      var wait = lowest(rules.after_closure_wait_business_days), seen = 0, d = day - 1;
      while (seen < wait && d >= FIRST) {
        if (!why(d)) { seen++; d--; continue; }
        var closed = run(d);
        if (closed.closure) return { day: addBusinessDays(closed.end, wait + 1), moved: true };
        d = closed.start - 1;
      }
      return { day: day, moved: false };
    }
    return { why: why, run: run, nextOpen: nextOpen, addBusinessDays: addBusinessDays,
             countDays: countDays, afterReopening: afterReopening };
  }

  /* The reasons for the closed runs between two days: "moved past Golden Week: ...". Runs of
     weekend only are named when `weekendsFrom` <= their end (a date that landed on one). */
  function movedPast(cal, from, to, weekendsFrom) {
    var parts = [], seen = -Infinity;
    for (var day = from; day <= to; day++) {
      if (day <= seen || !cal.why(day)) continue;
      var closed = cal.run(day);
      seen = closed.end;
      if (closed.closure) {
        parts.push(say("past_" + closed.closure, { span: span(dayMonth(closed.start), dayMonth(closed.end)) }));
      } else if (closed.holidays.length === 1) {
        var holiday = closed.holidays[0];
        parts.push(say("past_holiday", { holiday: table.holidays[dates.toISO(holiday)], date: dayMonth(holiday) }));
      } else if (closed.holidays.length === 2) {
        var one = closed.holidays[0], two = closed.holidays[1];
        parts.push(say("past_two_holidays", { first: table.holidays[dates.toISO(one)], first_date: dayMonth(one),
                                              second: table.holidays[dates.toISO(two)], second_date: dayMonth(two) }));
      } else if (closed.holidays.length > 2) {
        parts.push(say("past_holidays", { span: span(dayMonth(closed.holidays[0]),
                                                     dayMonth(closed.holidays[closed.holidays.length - 1])) }));
      } else if (closed.end >= weekendsFrom) {
        parts.push(say("past_weekend"));
      }
    }
    return parts;
  }

  function reopened(cal, result, parts) {
    var after = cal.afterReopening(result);
    if (after.moved) {
      var wait = lowest(rules.after_closure_wait_business_days);
      parts.push(wait === 1 ? say("reopened_one") : say("reopened_many", { count: wait }));
    }
    return after.day;
  }

  /* ---- The three dates ----------------------------------------------------------------- */

  /* The thank-you email: the same day, or (late interview, closed day) the next business morning.
     `by`/`from` is the time of day the page shows; `start`/`end` the calendar event's minutes. */
  function thankYou(cal, input) {
    var hours = rules.thank_you_within_hours, interview = input.interview;
    var opens = rules.business_hours[0] * 60, closes = rules.business_hours[1] * 60;
    var closedDay = cal.why(interview) !== null;
    if (!closedDay && input.minutes < rules.thank_you_next_morning_from * 60) {
      return { day: interview, by: closes, parts: [say("why_same_day", { hours: hours })],
               start: input.minutes + 60, end: Math.max(closes, input.minutes + 90) };
    }
    var day = cal.nextOpen(interview + 1);
    var parts = [closedDay ? say("why_closed_day", { hours: hours })
                           : say("why_evening", { hours: hours, time: clock(input.minutes) })];
    parts = parts.concat(movedPast(cal, closedDay ? interview : interview + 1, day - 1, -Infinity));
    return { day: day, from: opens, parts: parts, start: opens, end: opens + 30 };
  }

  /* `days` after `start`, closed weekdays added, then the next business day after any closure. */
  function countedDate(cal, start, days, parts) {
    var counted = cal.countDays(start, days);
    if (counted.added) parts.push(counted.added === 1 ? say("plus_closed_one")
                                                      : say("plus_closed_many", { count: counted.added }));
    var day = cal.nextOpen(counted.day);
    parts.push.apply(parts, movedPast(cal, start + 1, day - 1, counted.day));
    return reopened(cal, day, parts);
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
      var parts = [say("why_no_date", { days: days, range: common("range", { from: rules.follow_up_after_days[0],
                                                                              to: rules.follow_up_after_days[1] }) })];
      return { day: countedDate(cal, input.interview, days, parts), parts: parts };
    }
    var due = deadline(input), count = rules.follow_up_business_days_after_date;
    var stated = [say("why_stated", { stated: say("stated_" + input.said, { date: dayMonth(due) }), count: count })];
    var day = cal.addBusinessDays(due, count);
    stated = stated.concat(movedPast(cal, due + 1, day - 1, Infinity));
    return { day: reopened(cal, day, stated), parts: stated };
  }

  function askAgain(cal, followed) {
    var days = rules.ask_again_after_days, parts = [say("why_ask_again", { days: days })];
    return { day: countedDate(cal, followed, days, parts), parts: parts };
  }

  /* ---- Reading the form ---------------------------------------------------------------- */

  /* A date field: {day} or {error: "missing" | "impossible" | "far"}. A browser without a date
     picker gives the typed text; Chromium gives "" for 31 February (validity.badInput). */
  function readDate(field) {
    var value = field.value.trim();
    if (field.validity && field.validity.badInput) return { error: "impossible" };
    if (!value) return { error: "missing" };
    if (/^\d{5,}-\d{2}-\d{2}$/.test(value)) return { error: "far" };
    var day = dates.fromISO(value);
    return day === null ? { error: "impossible" } : { day: day };
  }

  function readTime(field) {
    var match = /^(\d{1,2}):(\d{2})/.exec(field.value.trim());
    return match && +match[1] < 24 && +match[2] < 60 ? +match[1] * 60 + +match[2] : null;
  }

  /* The reader's input, or the list of problems with it ({field, text}). */
  function read(form) {
    var problems = [], input = { said: form.said.value, closures: [] };
    var today = dates.today();
    var interview = readDate(form.interview);
    if (interview.error === "missing") problems.push({ field: form.interview, text: say("interview_date_missing") });
    else if (interview.error === "impossible") problems.push({ field: form.interview, text: say("interview_date_impossible") });
    else if (interview.error || Math.abs(interview.day - today) > YEAR)
      problems.push({ field: form.interview, text: say("interview_date_far", { today: dates.format(today) }) });
    else input.interview = interview.day;

    input.minutes = readTime(form.time);
    if (input.minutes === null) problems.push({ field: form.time, text: say("time_missing") });

    if (input.said === "date") {
      var company = readDate(form.company);
      if (company.error === "missing") problems.push({ field: form.company, text: say("company_date_missing") });
      else if (company.error === "impossible") problems.push({ field: form.company, text: say("company_date_impossible") });
      else if (company.error) problems.push({ field: form.company, text: say("company_date_far") });
      else if (input.interview !== undefined && company.day < input.interview)
        problems.push({ field: form.company, text: say("company_date_before", { date: dates.format(company.day) }) });
      else if (input.interview !== undefined && company.day - input.interview > YEAR)
        problems.push({ field: form.company, text: say("company_date_far") });
      else input.company = company.day;
    }
    CLOSURES.forEach(function (name) { if (form["closure-" + name].checked) input.closures.push(name); });
    return problems.length ? { problems: problems } : { input: input };
  }

  function plan(input) {
    var cal = calendar(input.closures);
    try {
      var thanks = thankYou(cal, input), follow = followUp(cal, input), again = askAgain(cal, follow.day);
      return { thankYou: thanks, followUp: follow, askAgain: again };
    } catch (error) {
      if (error instanceof Outside) return { outside: true };
      throw error;
    }
  }

  function reason(parts) { return parts.join(say("join")) + say("end"); }

  /* ---- The calendar file (RFC 5545) ------------------------------------------------------ */

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

  function escapeText(text) {
    return String(text).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  }

  /* Lines longer than 75 octets continue on the next line after a space, never inside a
     UTF-8 character. */
  function fold(line) {
    var encoder = new TextEncoder(), out = [], current = "", size = 0;
    Array.from(line).forEach(function (character) {
      var bytes = encoder.encode(character).length;
      if (size + bytes > (out.length ? 74 : 75)) {
        out.push(current);
        current = "";
        size = 0;
      }
      current += character;
      size += bytes;
    });
    out.push(current);
    return out.join("\r\n ");
  }

  function icsDate(day) { return dates.toISO(day).replace(/-/g, ""); }
  function icsTime(day, minutes) { return icsDate(day) + "T" + pad(Math.floor(minutes / 60)) + pad(minutes % 60) + "00"; }

  function calendarFile(input, result) {
    var id = hash(dates.toISO(input.interview) + "T" + clock(input.minutes));
    var stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Second Round//Date planner//" + kit.lang.toUpperCase(),
                 "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + escapeText(say("ics_calendar")),
                 "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                 "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "TZNAME:JST", "END:STANDARD", "END:VTIMEZONE"];
    function event(kind, summary, found, when) {
      lines.push("BEGIN:VEVENT", "UID:" + kind + "-" + id + "@second-round.planner", "DTSTAMP:" + stamp);
      lines.push.apply(lines, when);
      lines.push("SUMMARY:" + escapeText(summary), "DESCRIPTION:" + escapeText(reason(found.parts)),
                 "TRANSP:TRANSPARENT", "END:VEVENT");
    }
    var thanks = result.thankYou;
    event("thank-you", say("ics_thank_you"), thanks,
          ["DTSTART;TZID=Asia/Tokyo:" + icsTime(thanks.day, thanks.start),
           "DTEND;TZID=Asia/Tokyo:" + icsTime(thanks.day, thanks.end)]);
    [["follow-up", "ics_follow_up", result.followUp], ["ask-again", "ics_ask_again", result.askAgain]]
      .forEach(function (item) {
        event(item[0], say(item[1]), item[2],
              ["DTSTART;VALUE=DATE:" + icsDate(item[2].day), "DTEND;VALUE=DATE:" + icsDate(item[2].day + 1)]);
      });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  function download(input, result) {
    var blob = new Blob([calendarFile(input, result)], { type: "text/calendar;charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var link = el("a", { href: url, download: "second-round-" + dates.toISO(input.interview) + ".ics", hidden: true });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* ---- The form ------------------------------------------------------------------------ */

  function field(id, label, control) {
    return el("p", { "class": "planner__field" }, el("label", { "for": id }, label), control);
  }

  var form = el("form", { "class": "planner", novalidate: true, "aria-label": say("plan") },
    el("p", { "class": "planner__intro" }, say("intro")),
    el("div", { "class": "planner__row" },
      field("planner-interview", say("interview_date"),
            el("input", { type: "date", id: "planner-interview", name: "interview", required: true })),
      field("planner-time", say("interview_time"),
            el("input", { type: "time", id: "planner-time", name: "time", required: true }))),
    field("planner-said", say("said"),
          el("select", { id: "planner-said", name: "said" },
             SAID.map(function (name) { return el("option", { value: name }, say("said_" + name)); }))),
    el("p", { "class": "planner__field", id: "planner-company-field", hidden: true },
       el("label", { "for": "planner-company" }, say("company_date")),
       el("input", { type: "date", id: "planner-company", name: "company" })),
    el("fieldset", { "class": "planner__closures", "aria-describedby": "planner-closures-hint" },
       el("legend", {}, say("closures")),
       el("p", { "class": "planner__hint", id: "planner-closures-hint" }, say("closures_hint")),
       CLOSURES.map(function (name) {
         var days = name === "golden_week" ? say("closure_days_golden_week", { span: closureDays(name) })
                                           : closureDays(name);
         return el("label", { "class": "planner__switch" },
                   el("input", { type: "checkbox", name: "closure-" + name, checked: rules.closures[name].closed }),
                   " ", say("closure_switch", { closure: say("closure_" + name), span: days }));
       })),
    el("p", {}, el("button", { type: "submit", "class": "md-button md-button--primary" }, say("plan"))));
  var output = el("div", { "class": "planner__output", "aria-live": "polite" });

  var company = form.querySelector("#planner-company-field");
  form.said.addEventListener("change", function () { company.hidden = form.said.value !== "date"; });

  function clearMarks() {
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (node) {
      node.removeAttribute("aria-invalid");
      node.removeAttribute("aria-describedby");
    });
  }

  function showProblems(problems) {
    var list = el("ul", {}, problems.map(function (problem, index) {
      var id = "planner-problem-" + index;
      problem.field.setAttribute("aria-invalid", "true");
      problem.field.setAttribute("aria-describedby", id);
      return el("li", { id: id }, problem.text);
    }));
    var box = el("div", { "class": "planner__problems", role: "alert", tabindex: "-1" },
                 el("p", {}, say("errors")), list);
    output.replaceChildren(box);
    box.focus();
  }

  function showDates(input, result) {
    var today = dates.today();
    function item(key, found) {
      var when = dates.format(found.day);
      if (found.by !== undefined) when = say("by_time", { date: when, time: clock(found.by) });
      if (found.from !== undefined) when = say("from_time", { date: when, time: clock(found.from) });
      return el("li", { "class": "planner__date", "data-key": key },
        el("span", { "class": "planner__label" }, say(key)),
        el("span", { "class": "planner__day" },
           el("strong", { "class": "planner__when", "data-date": dates.toISO(found.day) }, when),
           found.day < today ? el("span", { "class": "planner__passed" }, say("passed")) : null),
        el("span", { "class": "planner__reason" }, reason(found.parts)));
    }
    var button = el("button", { type: "button", "class": "md-button planner__download",
                                "aria-describedby": "planner-download-hint" }, say("download"));
    button.addEventListener("click", function () { download(input, result); });
    output.replaceChildren(
      el("p", { "class": "planner__results" }, say("results")),
      el("ol", { "class": "planner__dates" }, item("thank_you", result.thankYou), item("follow_up", result.followUp),
         item("ask_again", result.askAgain)),
      el("p", { "class": "planner__actions" }, button, " ",
         el("span", { "class": "planner__hint", id: "planner-download-hint" }, say("download_hint"))));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearMarks();
    var found = read(form);
    if (found.problems) return showProblems(found.problems);
    var result = plan(found.input);
    if (result.outside) {
      return showProblems([{ field: form.interview,
                             text: say("outside_table", { first: dates.format(FIRST), last: dates.format(LAST) }) }]);
    }
    showDates(found.input, result);
  });

  Array.prototype.forEach.call(document.querySelectorAll(".planner-fallback"), function (note) { note.remove(); });
  mount.replaceChildren(form, output);
})();
