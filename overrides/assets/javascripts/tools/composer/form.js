/*
 * The email composer: one form fills every email template of the page, live, in both tabs.
 *
 * Loaded on demand by tools/composer.js (placed by `tools: [composer]`, docs/email-templates.md
 * and .ja.md), when the reader asks for the form or has asked to be remembered. The templates stay in the
 * Markdown: this script reads each code block's text once and writes it back filled in. Which
 * field fills which {placeholder}, and the template words (様, 御中, "Dear Hiring Manager"), are
 * data: data/tools/composer.yml. The form's words are in data/ui-strings.yml (`composer:`).
 *
 * - A field left empty keeps its {placeholder}, marked, and Copy / Open in mail app say which are
 *   left. An optional field left empty removes its line instead, as the page tells readers to.
 * - The guide's addressee rules (様, 御中, 採用ご担当者様, "Dear Mr./Ms. Surname") are in one
 *   function, address(), used for every addressee block and English greeting.
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

  var PLACEHOLDER = /\{[^{}\n]+\}/g;
  var TYPES = {};             /* field name -> its type in the form (text, date, name, person...) */
  table.form.forEach(function (group) {
    group.fields.forEach(function (field) { TYPES[field.name] = field.type || "text"; });
  });
  /* Direction controls a value may open (LRE, RLE, LRO, RLO; LRI, RLI, FSI) and close (PDF; PDI). */
  var EMBEDDINGS = /[\u202A-\u202E]/g, ISOLATES = /[\u2066-\u2068]/g;

  /* ---- Values from the form ---- */

  function trimmed(text) { return String(text || "").trim(); }

  function personPresent(person) { return !!(person && (trimmed(person.family) || trimmed(person.given))); }

  /* A typed value that opens a right-to-left override or isolate is closed again at its end, so
     it cannot turn the rest of the line around, on the page or in the email. */
  function contain(text) {
    var embeddings = (text.match(EMBEDDINGS) || []).length - (text.match(/\u202C/g) || []).length;
    var isolates = (text.match(ISOLATES) || []).length - (text.match(/\u2069/g) || []).length;
    return text + new Array(Math.max(0, isolates) + 1).join("\u2069") +
           new Array(Math.max(0, embeddings) + 1).join("\u202C");
  }

  function fullName(person, lang) {
    return table.words[lang].name_order
      .map(function (part) { return trimmed(person[part]); })
      .filter(Boolean).map(contain).join(" ");
  }

  /* A part of a composed line: typed or template text (a string), or a gap that keeps its
     {placeholder} and knows the field that would fill it (the one a warning names). */
  function gap(placeholder, entry) {
    return { gap: placeholder, field: entry ? (entry.as === "department" ? "department" : entry.field) : null };
  }

  /* The guide's addressee rules (docs/email-templates.md#addressee-block), for a template in `lang`:
     - a person's name, then 様 (Japanese); never 御中 as well;
     - no name: 採用ご担当者様 / "Hiring Manager", or, if the reader chose to write to the
       organisation, 御中 after the department (or the company, with no department);
     - Japanese runs from large to small (company, department, person), English the other way;
     - the English greeting: Mr./Ms. and the surname, or the full name when the reader is not
       sure which title fits; "Hiring Manager" or "Sir or Madam" with no name.
     `to`: {company: text or a gap; person: {family, given, title, department} (any may be empty);
            noName: "in_charge" | "organisation"}. Returns {lines, salutation} as lists of parts. */
  function address(lang, to) {
    var words = table.words[lang];
    var person = personPresent(to.person) ? to.person : null;
    var department = trimmed(to.person && to.person.department);
    var toOrganisation = !person && to.noName === "organisation";
    var lines = [[typeof to.company === "string" ? contain(trimmed(to.company)) : to.company]];
    if (department) lines.push([contain(department)]);
    if (person) lines.push([named(person, lang) + words.honorific]);
    else if (toOrganisation) { if (words.organisation_suffix) lines[lines.length - 1].push(words.organisation_suffix); }
    else lines.push([words.in_charge]);
    if (words.person_first) lines.reverse();

    var salutation;
    if (!person) salutation = toOrganisation ? words.organisation : words.in_charge;
    else if (words.titles[person.title]) salutation = words.titles[person.title] + " " +
      contain(trimmed(person.family) || trimmed(person.given));
    else salutation = fullName(person, lang);
    return { lines: lines, salutation: [salutation] };
  }

  /* The name on the addressee line: the full name; with only one part known, the English title
     before it ("Ms. Sato"). */
  function named(person, lang) {
    var title = table.words[lang].titles[person.title];
    var both = trimmed(person.family) && trimmed(person.given);
    return (!both && title ? title + " " : "") + fullName(person, lang);
  }

  /* The word for the interview day, seen from the day the email goes out (the table on the page). */
  function dayWord(day, sent, lang) {
    var words = table.words[lang].day, ago = sent - day;
    if (ago < 0) return null;                       /* a future interview: no word fits yet */
    if (ago === 0) return words.today;
    if (ago === 1) return words.yesterday;
    return kit.fill(ago < 7 ? words.earlier : words.older,
                    { weekday: kit.dates.weekday(day, lang), date: kit.dates.format(day, lang) });
  }

  /* The text for one placeholder, or null when its field is empty. */
  function resolve(entry, values, lang) {
    var value = values[entry.field];
    var as = entry.as || "text";
    if (as === "name") return personPresent(value) ? fullName(value, lang) : null;
    if (as === "date" || as === "day") {
      var day = kit.dates.fromISO(value);
      if (day === null) return null;
      if (as === "date") return kit.dates.format(day, lang);
      var sent = entry.from ? kit.dates.fromISO(values[entry.from]) : null;
      return dayWord(day, sent === null ? kit.dates.today() : sent, lang);
    }
    return trimmed(value) ? contain(trimmed(value)) : null;
  }

  /* ---- Templates ---- */

  function entryOf(placeholder) {
    return Object.prototype.hasOwnProperty.call(table.placeholders, placeholder) ? table.placeholders[placeholder] : null;
  }

  /* The addressee block: consecutive lines that each hold only a company, department or person
     placeholder (the name of someone you write to, followed by the honorific, 様). */
  function addresseeLine(line, lang) {
    var match = /^(\{[^{}]+\})(.*)$/.exec(line);
    var entry = match && entryOf(match[1]);
    if (!entry) return null;
    if (entry.as === "name" && TYPES[entry.field] === "person" && match[2] === table.words[lang].honorific)
      return { person: entry.field };
    if (match[2] === "" && entry.as === "department") return { department: true };
    if (match[2] === "" && entry.field === "company") return { company: match[1] };
    return null;
  }

  /* A template's text filled from `values` (or with every placeholder a gap, when `values` is
     null): a list of lines, each a list of parts. */
  function compose(text, lang, values) {
    var lines = text.replace(/\n$/, "").split("\n");
    var out = [];
    var noName = values ? values.no_name : null;
    for (var i = 0; i < lines.length; i++) {
      var block = [];
      while (values && i + block.length < lines.length) {
        var found = addresseeLine(lines[i + block.length], lang);
        if (!found) break;
        block.push(found);
      }
      if (block.length >= 2 && block.some(function (line) { return line.person; })) {
        var to = { noName: noName, person: null, company: null };
        block.forEach(function (line) {
          if (line.person) to.person = values[line.person] || null;
          if (line.company) to.company = trimmed(values.company) || gap(line.company, entryOf(line.company));
        });
        address(lang, to).lines.forEach(function (line) { out.push(line); });
        i += block.length - 1;
        continue;
      }
      var line = fillLine(lines[i], lang, values);
      if (line) out.push(line);
    }
    return out;
  }

  /* One line, placeholder by placeholder; null when an optional field left empty drops it. */
  function fillLine(line, lang, values) {
    var parts = [], last = 0, match, dropped = false;
    var before = table.words[lang].salutation_before;
    PLACEHOLDER.lastIndex = 0;
    while ((match = PLACEHOLDER.exec(line)) !== null) {
      var placeholder = match[0], entry = entryOf(placeholder);
      var literal = line.slice(last, match.index);
      last = match.index + placeholder.length;
      if (!values || !entry) {
        parts.push(literal, gap(placeholder, entry));
        continue;
      }
      if (entry.as === "salutation" && before && literal.slice(-before.length) === before) {
        /* "Dear Mr./Ms. {Surname}," -> the greeting the addressee rules give */
        parts.push(literal.slice(0, -before.length));
        parts.push.apply(parts, address(lang, { person: values[entry.field] || null, noName: values.no_name,
                                                company: "" }).salutation);
        continue;
      }
      var text = resolve(entry, values, lang);
      if (text === null && entry.empty === "line") dropped = true;
      parts.push(literal, text === null ? gap(placeholder, entry) : text);
    }
    parts.push(line.slice(last));
    return dropped ? null : parts.filter(function (part) { return part !== ""; });
  }

  function plain(lines) {
    return lines.map(function (line) {
      return line.map(function (part) { return typeof part === "string" ? part : part.gap; }).join("");
    }).join("\n");
  }

  function gapsOf(lines) {
    var fields = [];
    lines.forEach(function (line) {
      line.forEach(function (part) {
        if (typeof part === "string") return;
        var name = part.field ? say(part.field) : part.gap;
        if (fields.indexOf(name) < 0) fields.push(name);
      });
    });
    return fields;
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

  var inputs = {};            /* field name -> its control, or a name's controls: {family, given, title, department} */

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

  /* The reader has typed something: choices that start with a default value do not count. */
  function started(current) {
    return Object.keys(inputs).some(function (name) {
      var input = inputs[name];
      if (input.tagName) return input.tagName === "INPUT" && trimmed(current[name]) !== "";
      return ["family", "given", "department"].some(function (part) { return trimmed(current[name][part]) !== ""; });
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

  function emailParts(template, lines) {
    var subject = table.words[template.lang].subject;
    var text = plain(lines).split("\n");
    var first = text[0] || "";
    var body = text.slice(1);
    while (body.length && body[0] === "") body.shift();
    return { subject: first.indexOf(subject) === 0 ? first.slice(subject.length) : first, body: body.join("\r\n") };
  }

  function gapsMessage(key, gaps) {
    return say(key, { list: gaps.join(say("separator")) });
  }

  templates.forEach(function (template) {
    if (template.text.indexOf(table.words[template.lang].subject) !== 0) return;   /* not an email */
    var copy = kit.element("button", { type: "button", "class": "md-button md-button--primary composer__copy" }, say("copy"));
    var open = kit.element("a", { "class": "md-button composer__open", href: "mailto:" }, say("open"));
    var message = kit.element("p", { "class": "composer__status", role: "status" });
    copy.addEventListener("click", function () {
      var lines = template.lines, gaps = gapsOf(lines);
      var done = function () { message.textContent = gaps.length ? gapsMessage("copied_gaps", gaps) : say("copied"); };
      var failed = function () { message.textContent = say("copy_failed"); };
      try { navigator.clipboard.writeText(plain(lines)).then(done, failed); } catch (error) { failed(); }
    });
    open.addEventListener("click", function () {
      var gaps = gapsOf(template.lines);
      message.textContent = gaps.length ? gapsMessage("opened_gaps", gaps) : "";
    });
    template.open = open;
    var highlight = template.code.closest(".highlight") || template.code.parentNode;
    highlight.after(kit.element("div", { "class": "composer-actions" }, copy, " ", open, message));
  });

  /* ---- Live ---- */

  function render() {
    var current = values();
    var active = started(current);
    templates.forEach(function (template) {
      var lines = compose(template.text, template.lang, active ? current : null);
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
      if (template.open) {
        var email = emailParts(template, lines);
        template.open.href = "mailto:?subject=" + encodeURIComponent(email.subject) +
                             "&body=" + encodeURIComponent(email.body);
      }
    });
    var agency = trimmed(current.agency), consultant = trimmed(current.consultant);
    agencyNote.hidden = !agency && !consultant;
    agencyNote.textContent = agencyNote.hidden ? "" : say("agency_note", {
      agency: agency ? contain(agency) : say("agency_default"),
      consultant: consultant ? contain(consultant) : say("consultant_default")
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

  /* For tests and for the curious: the rules and the filling, callable from the console. */
  kit.composer = {
    address: function (lang, to) {
      var result = address(lang, to);
      return { lines: plain(result.lines).split("\n"), salutation: plain([result.salutation]) };
    },
    compose: function (text, lang, given) { return plain(compose(text, lang, given)); }
  };
})();
