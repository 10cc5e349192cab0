/*
 * The email composer's rules, without a page: a template's text filled from the reader's details
 * by the guide's addressee rules (様, 御中, 採用ご担当者様, "Dear Mr./Ms. Surname") and date words
 * (本日／昨日／先日, "today / yesterday / on Friday"), and the email as plain text and as a mailto:
 * link. tools/composer/form.js is the form around it; tests/js/composer.test.js runs it in Node.
 *
 * Which field fills which {placeholder}, and the template words, are data/tools/composer.yml
 * (`table`); dates are written with each template language's date words (`common`, from
 * data/ui-strings.yml). A filled template is a list of lines, each a list of parts: text, or a
 * gap ({gap: "{placeholder}", field}) where a field is still empty, so a page can mark it and
 * Copy can name it. Until the reader has typed something, a template reads as written.
 */
(function (root, make) {
  if (typeof module === "object" && module.exports) module.exports = make(require("./dates.js"));
  else (root.SecondRoundLogic = root.SecondRoundLogic || {}).composer = make(root.SecondRoundLogic.dates);
})(this, function (dates) {
  "use strict";
  var PLACEHOLDER = /\{[^{}\n]+\}/g;
  /* Direction controls a value may open (LRE, RLE, LRO, RLO; LRI, RLI, FSI) and close (PDF; PDI).
     U+202C (PDF) sits among the openers' code points, so they are listed one by one. */
  var EMBEDDINGS = /[\u202A\u202B\u202D\u202E]/g, ISOLATES = /[\u2066-\u2068]/g;

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

  /* options: {table: data/tools/composer.yml, common: {lang: the shared date words}}. */
  function create(options) {
    var table = options.table, common = options.common;
    var TYPES = {};           /* field name -> its type in the form (text, date, name, person, choice...) */
    table.form.forEach(function (group) {
      group.fields.forEach(function (field) { TYPES[field.name] = field.type || "text"; });
    });

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
       - Japanese runs from large to small (company, department and 役職, person: 営業部 部長 /
         田中 一郎様), English the other way (person, job title, department, company);
       - the English greeting: Mr./Ms. and the surname, or the full name when the reader is not
         sure which title fits; "Hiring Manager" or "Hiring Team" with no name.
       `to`: {company: text or a gap; person: {family, given, title, department, position} (any may be empty);
              noName: "in_charge" | "organisation"}. Returns {lines, salutation} as lists of parts. */
    function address(lang, to) {
      var words = table.words[lang];
      var person = personPresent(to.person) ? to.person : null;
      var department = trimmed(to.person && to.person.department);
      var position = person ? trimmed(person.position) : "";
      var toOrganisation = !person && to.noName === "organisation";
      var lines = [[typeof to.company === "string" ? contain(trimmed(to.company)) : to.company]];
      if (words.person_first) {
        if (department) lines.push([contain(department)]);
        if (position) lines.push([contain(position)]);
      } else if (department || position) {
        lines.push([[department, position].filter(Boolean).map(contain).join(" ")]);
      }
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
      return dates.fill(ago < 7 ? words.earlier : words.older,
                        { weekday: dates.weekday(day, common[lang]), date: dates.format(day, common[lang]) });
    }

    /* The text for one placeholder, or null when its field is empty. */
    function resolve(entry, values, lang, today) {
      var value = values[entry.field];
      var as = entry.as || "text";
      if (as === "name") return personPresent(value) ? fullName(value, lang) : null;
      if (as === "date" || as === "day") {
        var day = dates.fromISO(value);
        if (day === null) return null;
        if (as === "date") return dates.format(day, common[lang]);
        var sent = entry.from ? dates.fromISO(values[entry.from]) : null;
        return dayWord(day, sent === null ? today : sent, lang);
      }
      return trimmed(value) ? contain(trimmed(value)) : null;
    }

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
       null), with `today` (a day number) for the day words when no send date is given: a list of
       lines, each a list of parts. */
    function compose(text, lang, values, today) {
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
        var line = fillLine(lines[i], lang, values, today);
        if (line) out.push(line);
      }
      return out;
    }

    /* One line, placeholder by placeholder; null when an optional field left empty drops it. */
    function fillLine(line, lang, values, today) {
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
        var text = resolve(entry, values, lang, today);
        if (text === null && entry.empty === "line") dropped = true;
        parts.push(literal, text === null ? gap(placeholder, entry) : text);
      }
      parts.push(line.slice(last));
      return dropped ? null : parts.filter(function (part) { return part !== ""; });
    }

    /* The lines as plain text, gaps as their {placeholder}. */
    function plain(lines) {
      return lines.map(function (line) {
        return line.map(function (part) { return typeof part === "string" ? part : part.gap; }).join("");
      }).join("\n");
    }

    /* The gaps left, once each: [{field, gap}] (field null for a placeholder no field fills). */
    function gaps(lines) {
      var seen = {}, found = [];
      lines.forEach(function (line) {
        line.forEach(function (part) {
          if (typeof part === "string") return;
          var key = part.field ? "field:" + part.field : "gap:" + part.gap;
          if (seen[key]) return;
          seen[key] = true;
          found.push(part);
        });
      });
      return found;
    }

    /* The reader has typed something: choices, which start with a value, do not count. */
    function started(values) {
      return Object.keys(values).some(function (name) {
        var value = values[name], type = TYPES[name];
        if (type === "choice") return false;
        if (type === "name" || type === "person")
          return ["family", "given", "department", "position"].some(function (part) { return trimmed(value && value[part]) !== ""; });
        return trimmed(value) !== "";
      });
    }

    /* A template is an email when it starts with its language's subject word ("件名：", "Subject: "). */
    function isEmail(text, lang) { return text.indexOf(table.words[lang].subject) === 0; }

    /* {subject, body} of a filled email: the first line less its subject word; the rest after
       the blank lines under it, with CRLF line breaks (RFC 6068). */
    function email(lines, lang) {
      var subject = table.words[lang].subject;
      var text = plain(lines).split("\n");
      var first = text[0] || "";
      var body = text.slice(1);
      while (body.length && body[0] === "") body.shift();
      return { subject: first.indexOf(subject) === 0 ? first.slice(subject.length) : first, body: body.join("\r\n") };
    }

    function mailto(message) {
      return "mailto:?subject=" + encodeURIComponent(message.subject) + "&body=" + encodeURIComponent(message.body);
    }

    return { address: address, compose: compose, plain: plain, gaps: gaps, started: started, isEmail: isEmail,
             email: email, mailto: mailto, contain: contain, types: TYPES };
  }

  return { create: create, contain: contain };
});
