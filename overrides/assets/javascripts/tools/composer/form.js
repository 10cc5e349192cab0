/*
 * The email composer: one form fills every email template of the page, live, in both tabs.
 *
 * Loaded on demand by tools/composer.js (placed by `tools: [composer]`, docs/email-templates.md
 * and .ja.md), after the composer's rules (logic/composer.js), when the reader asks for the form
 * or has asked to be remembered. The templates stay in the Markdown: this script reads each code
 * block's text once and writes it back filled in by the rules. Which field fills which
 * {placeholder}, and the template words (様, 御中, "Dear Hiring Manager"), are data:
 * data/tools/composer.yml. The form's words are in data/ui-strings.yml (`composer:`).
 *
 * - A field left empty keeps its {placeholder}, marked, and Copy / Open in mail app say which are
 *   left. An optional field left empty removes its line instead, as the page tells readers to.
 * - The guide's addressee rules (様, 御中, 採用ご担当者様, "Dear Mr./Ms. Surname") and date words
 *   are the rules' (logic/composer.js), for every addressee block and English greeting.
 * - Typed text only ever goes into text nodes (kit.element, textContent); nothing is sent
 *   anywhere (no form submission, no request); nothing is stored unless the reader ticks
 *   "remember", and "forget" clears the form and the storage.
 * Until the reader types something, the templates read exactly as written.
 */
(function () {
  "use strict";
  var kit = window.SecondRound;
  var say = kit.words("composer/form");
  var table = kit.data("composer");
  var saved = kit.store("composer");
  var article = document.querySelector("article.md-typeset");
  var section = document.getElementById(table.section);     /* the form's accessible name */
  if (!article || !section) return;

  var common = {};            /* the date words of every language a template is written in */
  Object.keys(table.words).forEach(function (lang) { common[lang] = kit.common(lang); });
  var rules = kit.logic.composer.create({ table: table, common: common });

  function trimmed(text) { return String(text || "").trim(); }

  /* The names of the fields still to fill in, in the page's language. */
  function gapNames(lines) {
    var names = [];
    rules.gaps(lines).forEach(function (part) {
      var name = part.field ? say(part.field) : part.gap;
      if (names.indexOf(name) < 0) names.push(name);
    });
    return names;
  }

  /* Every code block in a tab, outside the sections that show a rule by example. Its language is
     the tab's (scripts/hooks/language_of_parts.py marks the other language's tab). */
  var templates = [], h2 = null, h3 = null;
  article.querySelectorAll("h2[id], h3[id], .tabbed-block pre > code").forEach(function (node) {
    if (node.tagName === "H2") { h2 = node.id; h3 = null; return; }
    if (node.tagName === "H3") { h3 = node.id; return; }
    if (table.examples_only.indexOf(h2) >= 0 || table.examples_only.indexOf(h3) >= 0) return;
    var marked = node.closest("[lang]");
    var lang = (marked ? marked.getAttribute("lang") : kit.lang).split("-")[0];
    if (!table.words[lang]) return;
    templates.push({ code: node, lang: lang, text: node.textContent });
  });

  /* ---- The form ---- */

  var inputs = {};            /* field name -> its control, or a name's controls: {family, given, title, department, position} */

  /* Every field has a hint (`<field>_hint`), tied to its control for screen readers. */
  function hinted(id, hintKey, control) {
    control.setAttribute("aria-describedby", id + "-hint");
    return kit.element("p", { "class": "composer__hint", id: id + "-hint" }, say(hintKey));
  }

  function textField(field) {
    var id = "composer-" + field.name;
    var input = kit.element("input", { id: id, type: field.type || "text", autocomplete: field.autocomplete || "off",
                                       "class": "composer__input" });
    if (field.type === "date") input.removeAttribute("autocomplete");
    inputs[field.name] = input;
    return kit.element("div", { "class": "composer__field" },
                       kit.element("label", { "for": id }, say(field.name)), hinted(id, field.name + "_hint", input), input);
  }

  function choiceField(field) {
    var id = "composer-" + field.name;
    var select = kit.element("select", { id: id, "class": "composer__input" },
                             field.options.map(function (option) {
                               return kit.element("option", { value: option }, say(field.name + "_" + option));
                             }));
    inputs[field.name] = select;
    return kit.element("div", { "class": "composer__field" },
                       kit.element("label", { "for": id }, say(field.name)), hinted(id, field.name + "_hint", select), select);
  }

  /* A name: family and given name in the page language's order; a person adds the English title.
     Each control is named by the legend and its own label ("Interviewer Family name"). */
  function nameField(field) {
    var id = "composer-" + field.name, legendId = id + "-legend";
    var controls = {}, boxes = [];
    table.words[kit.lang].name_order.forEach(function (part) {
      var partId = id + "-" + part;
      controls[part] = kit.element("input", { id: partId, type: "text", "class": "composer__input",
                                              autocomplete: field.name === "you" ? part + "-name" : "off",
                                              "aria-labelledby": legendId + " " + partId + "-label" });
      boxes.push(kit.element("div", { "class": "composer__field" },
                             kit.element("label", { "for": partId, id: partId + "-label" }, say(part)), controls[part]));
    });
    if (field.type === "person") {
      var departmentId = id + "-department";
      controls.department = kit.element("input", { id: departmentId, type: "text", "class": "composer__input", autocomplete: "off",
                                                   "aria-labelledby": legendId + " " + departmentId + "-label" });
      var titleId = id + "-title";
      controls.title = kit.element("select", { id: titleId, "class": "composer__input",
                                               "aria-labelledby": legendId + " " + titleId + "-label" },
                                   ["unsure", "mr", "ms"].map(function (title) {
                                     return kit.element("option", { value: title }, say("title_" + title));
                                   }));
      boxes.push(kit.element("div", { "class": "composer__field" },
                             kit.element("label", { "for": titleId, id: titleId + "-label" }, say("title")), controls.title));
      boxes.push(kit.element("div", { "class": "composer__field" },
                             kit.element("label", { "for": departmentId, id: departmentId + "-label" }, say("department")),
                             controls.department));
      var positionId = id + "-position";
      controls.position = kit.element("input", { id: positionId, type: "text", "class": "composer__input", autocomplete: "off",
                                                 "aria-labelledby": legendId + " " + positionId + "-label" });
      boxes.push(kit.element("div", { "class": "composer__field" },
                             kit.element("label", { "for": positionId, id: positionId + "-label" }, say("position")),
                             controls.position));
    }
    inputs[field.name] = controls;
    var fieldset = kit.element("fieldset", { "class": "composer__name" },
                               kit.element("legend", { id: legendId }, say(field.name)));
    fieldset.appendChild(hinted(id, field.name + "_hint", fieldset));
    fieldset.appendChild(kit.element("div", { "class": "composer__row" }, boxes));
    return fieldset;
  }

  function values() {
    var out = {};
    Object.keys(inputs).forEach(function (name) {
      var input = inputs[name];
      if (input.tagName) { out[name] = input.value; return; }
      out[name] = {};
      Object.keys(input).forEach(function (part) { out[name][part] = input[part].value; });
    });
    return out;
  }

  function setValues(given) {
    Object.keys(inputs).forEach(function (name) {
      var input = inputs[name], value = given[name];
      if (value === undefined) return;
      if (input.tagName) { input.value = String(value); return; }
      Object.keys(input).forEach(function (part) { if (value && value[part] !== undefined) input[part].value = String(value[part]); });
    });
  }

  var form = kit.element("form", { "class": "composer", "aria-labelledby": section.id, novalidate: true },
                         kit.element("p", { "class": "composer__intro" }, say("intro")));
  var agencyNote = kit.element("p", { "class": "composer__note", hidden: true });
  /* A group is a fieldset; a folded one (for the less common emails) is a details element whose
     summary names the group, so the form stays short on a phone. */
  var folds = [];
  table.form.forEach(function (group) {
    var title = say("group_" + group.group), box;
    if (group.folded) {
      var summaryId = "composer-group-" + group.group;
      box = kit.element("div", { role: "group", "aria-labelledby": summaryId });
      var fold = kit.element("details", { "class": "composer__group composer__fold" },
                             kit.element("summary", { id: summaryId }, title), box);
      fold.fields = group.fields;
      folds.push(fold);
      form.appendChild(fold);
    } else {
      box = kit.element("fieldset", { "class": "composer__group" }, kit.element("legend", {}, title));
      form.appendChild(box);
    }
    group.fields.forEach(function (field) {
      var type = field.type || "text";
      box.appendChild(type === "name" || type === "person" ? nameField(field)
                      : type === "choice" ? choiceField(field) : textField(field));
    });
    if (group.group === "agency") box.appendChild(agencyNote);
  });

  var remember = kit.element("input", { type: "checkbox", id: "composer-remember", "aria-describedby": "composer-remember-hint" });
  var forget = kit.element("button", { type: "button", id: "composer-forget", "class": "md-button composer__forget" },
                           say("forget"));
  var status = kit.element("p", { "class": "composer__status", role: "status" });
  form.appendChild(kit.element("div", { "class": "composer__memory" },
                               kit.element("p", { "class": "composer__remember" }, remember, " ",
                                           kit.element("label", { "for": "composer-remember" }, say("remember"))),
                               kit.element("p", { "class": "composer__hint", id: "composer-remember-hint" }, say("remember_hint")),
                               forget, status));
  /* Enter in a field would submit the form, which would put what was typed in the address. */
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  /* ---- Copy and open in the mail app, under each email ---- */

  function gapsMessage(key, gaps) {
    return say(key, { list: gaps.join(say("separator")) });
  }

  templates.forEach(function (template) {
    if (!rules.isEmail(template.text, template.lang)) return;   /* not an email */
    var copy = kit.element("button", { type: "button", "class": "md-button md-button--primary composer__copy" }, say("copy"));
    var open = kit.element("a", { "class": "md-button composer__open", href: "mailto:" }, say("open"));
    var message = kit.element("p", { "class": "composer__status", role: "status" });
    copy.addEventListener("click", function () {
      var lines = template.lines, gaps = gapNames(lines);
      var done = function () { message.textContent = gaps.length ? gapsMessage("copied_gaps", gaps) : say("copied"); };
      var failed = function () { message.textContent = say("copy_failed"); };
      try { navigator.clipboard.writeText(rules.plain(lines)).then(done, failed); } catch (error) { failed(); }
    });
    open.addEventListener("click", function () {
      var gaps = gapNames(template.lines);
      message.textContent = gaps.length ? gapsMessage("opened_gaps", gaps) : "";
    });
    template.open = open;
    var highlight = template.code.closest(".highlight") || template.code.parentNode;
    highlight.after(kit.element("div", { "class": "composer-actions" }, copy, " ", open, message));
  });

  /* ---- Live ---- */

  function render() {
    var current = values();
    var active = rules.started(current);
    templates.forEach(function (template) {
      var lines = rules.compose(template.text, template.lang, active ? current : null, kit.dates.today());
      template.lines = lines;
      var fragment = document.createDocumentFragment();
      lines.forEach(function (line, index) {
        if (index) fragment.appendChild(document.createTextNode("\n"));
        line.forEach(function (part) {
          /* a placeholder still to fill is marked, once the reader has started */
          fragment.appendChild(typeof part === "string" || !active ? document.createTextNode(part.gap || part)
                               : kit.element("span", { "class": "composer-gap" }, part.gap));
        });
      });
      fragment.appendChild(document.createTextNode("\n"));
      template.code.textContent = "";
      template.code.appendChild(fragment);
      if (template.open) template.open.href = rules.mailto(rules.email(lines, template.lang));
    });
    var agency = trimmed(current.agency), consultant = trimmed(current.consultant);
    agencyNote.hidden = !agency && !consultant;
    agencyNote.textContent = agencyNote.hidden ? "" : say("agency_note", {
      agency: agency ? rules.contain(agency) : say("agency_default"),
      consultant: consultant ? rules.contain(consultant) : say("consultant_default")
    });
  }

  form.addEventListener("input", function () {
    render();
    if (remember.checked) saved.set("details", JSON.stringify(values()));
  });
  form.addEventListener("change", function (event) {
    if (event.target !== remember) return;
    if (remember.checked) { saved.set("details", JSON.stringify(values())); status.textContent = say("remembered"); }
    else { saved.clear(); status.textContent = say("not_remembered"); }
  });
  forget.addEventListener("click", function () {
    saved.clear();
    form.reset();
    render();
    status.textContent = say("forgotten");
  });

  function restore() {
    var stored = saved.get("details");
    if (stored === null) return;
    try { setValues(JSON.parse(stored)); remember.checked = true; } catch (error) { saved.clear(); return; }
    /* A folded group with remembered details opens, so nothing filled in is out of sight. */
    var current = values();
    folds.forEach(function (fold) {
      if (fold.fields.some(function (field) { return trimmed(current[field.name]) !== ""; })) fold.open = true;
    });
  }

  /* The form takes the place of the button that loaded it (tools/composer.js), once its styles
     are there, so it never shows unstyled. */
  function show() {
    var start = document.querySelector(".composer-start");
    if (!start) return;
    start.parentNode.replaceChild(form, start);
    if (kit.composerAsked) form.querySelector("input").focus();
  }
  var styles = kit.composerStyles;
  if (styles && !styles.sheet) {
    styles.addEventListener("load", show);
    styles.addEventListener("error", show);
  } else show();
  restore();
  render();
  window.addEventListener("pageshow", function (event) { if (event.persisted) { form.reset(); restore(); render(); } });
})();
