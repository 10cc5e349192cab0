/*
 * The date planner on the timeline page: the form around the planner's rules
 * (logic/planner.js), which give three dates in Japan's business days, each with a one-line
 * reason, and a calendar file (.ics) made on the reader's device.
 *
 * This file only reads the form, shows what the rules give and offers the download; the rules,
 * their numbers (data/guide-rules.yml, `kit.rules`) and Japan's holidays (`kit.data("planner")`,
 * computed at build time) are the logic's. "Today" is Japan's date (kit.dates.today()).
 *
 * Private: nothing typed is sent or stored; the form exists only when this script runs (the page
 * says what to do without it). Typed text is never parsed as markup (kit.element).
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var mount = document.getElementById("date-planner");
  if (!mount) return;

  var say = kit.words("planner");
  var dates = kit.dates, el = kit.element;
  var planner = kit.logic.planner.create({ rules: kit.rules, holidays: kit.data("planner"), lang: kit.lang,
                                           strings: kit.strings("planner"), common: kit.strings("common") });
  var CLOSURES = planner.CLOSURES, SAID = planner.SAID;

  function readTime(field) {
    var match = /^(\d{1,2}):(\d{2})/.exec(field.value.trim());
    return match && +match[1] < 24 && +match[2] < 60 ? +match[1] * 60 + +match[2] : null;
  }

  /* The reader's input, or the list of problems with it ({field, text}). */
  function read(form) {
    var found = planner.check({
      interview: kit.form.readDate(form.interview), minutes: readTime(form.time), said: form.said.value,
      company: form.said.value === "date" ? kit.form.readDate(form.company) : null,
      closures: CLOSURES.filter(function (name) { return form["closure-" + name].checked; })
    }, dates.today());
    if (found.problems) found.problems.forEach(function (problem) { problem.field = form[problem.field]; });
    return found;
  }

  function download(input, result) {
    kit.form.saveFile(planner.fileName(input), planner.calendarFile(input, result, Date.now()), "text/calendar;charset=utf-8");
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
         var days = name === "golden_week" ? say("closure_days_golden_week", { span: planner.closureDays(name) })
                                           : planner.closureDays(name);
         return el("label", { "class": "planner__switch" },
                   el("input", { type: "checkbox", name: "closure-" + name, checked: kit.rules.closures[name].closed }),
                   " ", say("closure_switch", { closure: say("closure_" + name), span: days }));
       })),
    el("p", {}, el("button", { type: "submit", "class": "md-button md-button--primary" }, say("plan"))));
  var output = el("div", { "class": "planner__output", "aria-live": "polite" });

  var company = form.querySelector("#planner-company-field");
  form.said.addEventListener("change", function () { company.hidden = form.said.value !== "date"; });

  function showProblems(problems) { kit.form.showProblems(output, problems, "planner", say("errors")); }

  function showDates(input, result) {
    var today = dates.today();
    function item(key, found) {
      var when = planner.when(found);
      return el("li", { "class": "planner__date", "data-key": key },
        el("span", { "class": "planner__label" }, say(key)),
        el("span", { "class": "planner__day" },
           el("strong", { "class": "planner__when", "data-date": dates.toISO(found.day) }, when),
           found.day < today ? el("span", { "class": "planner__passed" }, say("passed")) : null),
        el("span", { "class": "planner__reason" }, planner.reason(found.parts)));
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
    kit.form.unmark(form);
    var found = read(form);
    if (found.problems) return showProblems(found.problems);
    var result = planner.plan(found.input);
    if (result.outside) return showProblems([{ field: form.interview, text: planner.outsideTable() }]);
    showDates(found.input, result);
  });

  Array.prototype.forEach.call(document.querySelectorAll(".planner-fallback"), function (note) { note.remove(); });
  mount.replaceChildren(form, output);
})();
