/*
 * The resignation planner on the after-you-accept page: the form around its rules
 * (logic/resignation.js), which give the dates of leaving a job well (telling your manager, the
 * last working day, the last day of employment, the earliest start, and for a foreign resident the
 * two notification deadlines) in Japan's business days, each with its reason, and a calendar file
 * (.ics) made on the reader's device.
 *
 * This file only reads the form, shows what the rules give and offers the download. The numbers
 * are data/guide-rules.yml's (`kit.rules`); Japan's holidays come with the page (`kit.data`), and
 * the closures count as the guide's rules set them (`closed`). "Today" is Japan's date.
 *
 * Private: nothing typed is sent or stored; the form exists only when this script runs (the page
 * says what to do without it). Typed text is never parsed as markup (kit.element).
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var mount = document.getElementById("resignation-planner");
  if (!mount) return;

  var say = kit.words("resignation");
  var dates = kit.dates, el = kit.element;
  var planner = kit.logic.resignation.create({ rules: kit.rules, holidays: kit.data("resignation"), lang: kit.lang,
                                               strings: kit.strings("resignation"), common: kit.strings("common") });
  var KEPT = Object.keys(kit.rules.closures).filter(function (name) { return kit.rules.closures[name].closed; });

  function readWhole(field) {
    var value = field.value.trim();
    return /^\d{1,3}$/.test(value) ? +value : null;
  }

  function field(id, label, control, hint) {
    return el("p", { "class": "planner__field" }, el("label", { "for": id }, label), control,
              hint ? el("span", { "class": "planner__hint", id: id + "-hint" }, hint) : null);
  }

  var form = el("form", { "class": "planner", novalidate: true, "aria-label": say("plan") },
    el("p", { "class": "planner__intro" }, say("intro")),
    field("resignation-accepted", say("accepted"),
          el("input", { type: "date", id: "resignation-accepted", name: "accepted", required: true })),
    el("div", { "class": "planner__row" },
      field("resignation-amount", say("notice"),
            el("input", { type: "number", id: "resignation-amount", name: "amount", min: 1, max: 180, step: 1,
                          inputmode: "numeric", value: kit.rules.notice_usual_months,
                          "aria-describedby": "resignation-amount-hint", "data-hint": "resignation-amount-hint" }),
            say("notice_hint", { days: kit.rules.notice_civil_code_days })),
      field("resignation-unit", say("unit"),
            el("select", { id: "resignation-unit", name: "unit" }, planner.UNITS.map(function (unit) {
              return el("option", { value: unit }, say("unit_" + unit)[1]);
            })))),
    field("resignation-leave", say("leave"),
          el("input", { type: "number", id: "resignation-leave", name: "leave", min: 0, max: 40, step: 1,
                        inputmode: "numeric", value: 0 })),
    el("p", { "class": "planner__field" },
       el("label", { "class": "planner__switch" },
          el("input", { type: "checkbox", name: "foreign", id: "resignation-foreign" }), " ", say("foreign"))),
    el("p", {}, el("button", { type: "submit", "class": "md-button md-button--primary" }, say("plan"))));
  var output = el("div", { "class": "planner__output", "aria-live": "polite" });

  function read() {
    var found = planner.check({ accepted: kit.form.readDate(form.accepted), amount: readWhole(form.amount), unit: form.unit.value,
                                leave: readWhole(form.leave), foreign: form.foreign.checked, closures: KEPT },
                              dates.today());
    if (found.problems) found.problems.forEach(function (problem) { problem.field = form[problem.field]; });
    return found;
  }

  function showProblems(problems) { kit.form.showProblems(output, problems, "resignation", say("errors")); }

  function download(input, result) {
    kit.form.saveFile(planner.fileName(input), planner.calendarFile(input, result, Date.now()), "text/calendar;charset=utf-8");
  }

  function showDates(input, result) {
    var today = dates.today();
    var button = el("button", { type: "button", "class": "md-button planner__download",
                                "aria-describedby": "resignation-download-hint" }, say("download"));
    button.addEventListener("click", function () { download(input, result); });
    output.replaceChildren(
      el("p", { "class": "planner__results" }, say("results")),
      el("ol", { "class": "planner__dates" }, planner.listed(result).map(function (item) {
        return el("li", { "class": "planner__date", "data-key": item.key },
          el("span", { "class": "planner__label" }, say(item.key)),
          el("span", { "class": "planner__day" },
             el("strong", { "class": "planner__when", "data-date": dates.toISO(item.day) }, item.when),
             item.day < today ? el("span", { "class": "planner__passed" }, say("passed")) : null),
          el("span", { "class": "planner__reason" }, item.reason));
      })),
      el("p", { "class": "planner__actions" }, button, " ",
         el("span", { "class": "planner__hint", id: "resignation-download-hint" }, say("download_hint"))));
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    kit.form.unmark(form);
    var found = read();
    if (found.problems) return showProblems(found.problems);
    var result = planner.plan(found.input);
    if (result.outside) return showProblems([{ field: form.accepted, text: planner.outsideTable() }]);
    if (result.tooMuchLeave) return showProblems([{ field: form.leave, text: planner.tooMuchLeave(result) }]);
    showDates(found.input, result);
  });

  Array.prototype.forEach.call(document.querySelectorAll(".resignation-fallback"), function (note) { note.remove(); });
  mount.replaceChildren(form, output);
})();
