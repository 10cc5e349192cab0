/*
 * What every in-page tool shares: its words, the guide's numbers, dates, storage, elements.
 * Loaded (deferred, before the tools) only on pages that use a tool; see
 * scripts/hooks/tool_assets.py. Plain browser JavaScript, no framework, no Material internals.
 * The rules that need no page (dates, words, each tool's own logic) are in ../logic/, loaded
 * before it: `kit.logic`.
 *
 * Rules every tool follows through this kit:
 * - words come from data/ui-strings.yml in the page's language (`words`);
 * - data computed at build time for a tool (the planner's holidays) comes with the page (`data`);
 * - text a reader typed is only ever set with textContent (`element` never parses HTML);
 * - nothing is stored unless the reader asked, and `store(...).clear()` forgets it all;
 * - "today" is Japan's date from the clock, never the machine's time zone; dates are whole days;
 * - copying goes to the reader's clipboard only (`copy`).
 */
(function () {
  "use strict";

  var logic = window.SecondRoundLogic, days = logic.dates;
  var data = JSON.parse(document.getElementById("page-tools-data").textContent);
  var PREFIX = "second-round:";

  /* A tool's (or "common") words in the page's language, as a table. */
  function strings(tool) {
    var table = data.strings[tool];
    if (!table) throw new Error("no words for tool " + tool);
    return table;
  }

  /* Words of a tool (or "common") in the page's language: words("checklist")("clear").
     A missing word is a bug: throw, so a browser test sees it, rather than show nothing. */
  function words(tool) { return days.words(strings(tool), tool); }

  /* The shared date words of `lang` (a tool that writes in every language: scripts/page_tools.py,
     EVERY_LANGUAGE), else of the page's language. */
  function common(lang) { return lang ? data.common[lang] : data.strings.common; }

  /* "Thursday, 3 December 2026" / "2026年12月3日（木）", in the page's language or in `lang`. */
  function formatDay(day, lang) { return days.format(day, common(lang)); }

  /* "Thursday" / "木" */
  function weekdayName(day, lang) { return days.weekday(day, common(lang)); }

  /* Today in Japan, as a day number. */
  function today() { return days.todayInJapan(Date.now()); }

  /* localStorage under "second-round:<area>:" keys. Writes happen only when a tool calls set()
     after the reader asked for it; clear() removes every key of the area. If storage is
     unavailable (private mode, blocked), the tool still works, it just does not remember. */
  function store(area) {
    var prefix = PREFIX + area + ":";
    function storage() {
      try { return window.localStorage; } catch (error) { return null; }
    }
    function keys() {
      var s = storage(), found = [];
      if (!s) return found;
      for (var i = 0; i < s.length; i++) {
        var key = s.key(i);
        if (key && key.indexOf(prefix) === 0) found.push(key);
      }
      return found;
    }
    return {
      get: function (key) {
        var s = storage();
        try { return s ? s.getItem(prefix + key) : null; } catch (error) { return null; }
      },
      set: function (key, value) {
        var s = storage();
        try { if (s) s.setItem(prefix + key, value); } catch (error) { /* full or blocked */ }
      },
      remove: function (key) {
        var s = storage();
        try { if (s) s.removeItem(prefix + key); } catch (error) { /* blocked */ }
      },
      any: function () { return keys().length > 0; },
      clear: function () {
        var s = storage();
        keys().forEach(function (key) { try { s.removeItem(key); } catch (error) { /* blocked */ } });
      }
    };
  }

  /* element("button", {type: "button", class: "x"}, "text", child): attributes with
     setAttribute, strings as text nodes. Never parses markup, so typed text stays text. */
  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === false || value === null || value === undefined) return;
      node.setAttribute(name, value === true ? "" : String(value));
    });
    Array.prototype.slice.call(arguments, 2).forEach(function append(child) {
      if (Array.isArray(child)) child.forEach(append);
      else if (child !== null && child !== undefined && child !== false)
        node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  /* A date field: {day}, or {error: "missing" | "impossible" | "far"}. A browser without a date
     picker gives the typed text; Chromium gives "" for 31 February (validity.badInput). */
  function readDate(field) {
    var value = field.value.trim();
    if (field.validity && field.validity.badInput) return { error: "impossible" };
    if (!value) return { error: "missing" };
    if (/^\d{5,}-\d{2}-\d{2}$/.test(value)) return { error: "far" };
    var day = days.fromISO(value);
    return day === null ? { error: "impossible" } : { day: day };
  }

  /* A form's problems: each marked on its field (aria-invalid, described by its message), listed
     in `output` under `title` as an alert that takes the focus; `unmark(form)` clears the marks,
     keeping a field's own hint (data-hint: the id of its hint). `problems`: [{field, text}]. */
  function showProblems(output, problems, prefix, title) {
    var list = element("ul", {}, problems.map(function (problem, index) {
      var id = prefix + "-problem-" + index;
      problem.field.setAttribute("aria-invalid", "true");
      problem.field.setAttribute("aria-describedby", id);
      return element("li", { id: id }, problem.text);
    }));
    var box = element("div", { "class": "planner__problems", role: "alert", tabindex: "-1" },
                      element("p", {}, title), list);
    output.replaceChildren(box);
    box.focus();
  }

  function unmark(form) {
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (node) {
      node.removeAttribute("aria-invalid");
      if (node.dataset.hint) node.setAttribute("aria-describedby", node.dataset.hint);
      else node.removeAttribute("aria-describedby");
    });
  }

  /* Hand the reader a file made on this device (a calendar file): nothing goes over the network. */
  function saveFile(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = element("a", { href: url, download: name, hidden: true });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* Words and data a tool loaded on demand (tools/<name>/<lang>.json) join the page's. */
  function join(payload) {
    ["strings", "data", "common"].forEach(function (part) {
      Object.keys(payload[part] || {}).forEach(function (key) { data[part][key] = payload[part][key]; });
    });
  }

  /* A tool's data, or null: its own data/tools/<name>.yml, or what the build computed for it
     (the planner's holidays; scripts/hooks/tool_assets.py `tool_data`). */
  function toolData(tool) {
    return (data.data || {})[tool] || null;
  }

  /* Put `text` on the clipboard; resolves to true once it is there. The Clipboard API needs a
     secure page and the reader's permission; where it is refused, a selected text area and the
     browser's copy command, as the reader would do by hand. */
  function copy(text) {
    function byHand() {
      var area = element("textarea", { readonly: true, "aria-hidden": "true",
                                         style: "position:fixed;top:0;left:0;opacity:0" }, text);
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (error) { /* not allowed */ }
      area.remove();
      return done;
    }
    if (!navigator.clipboard) return Promise.resolve(byHand());
    return navigator.clipboard.writeText(text).then(function () { return true; }, byHand);
  }

  window.SecondRound = {
    lang: data.lang,
    page: data.page,
    rules: data.rules,
    logic: logic,
    data: toolData,
    strings: strings,
    common: common,
    words: words,
    join: join,
    fill: days.fill,
    dates: { fromParts: days.fromParts, fromISO: days.fromISO, toISO: days.toISO, parts: days.parts,
             format: formatDay, weekday: weekdayName, today: today },
    store: store,
    element: element,
    copy: copy,
    form: { readDate: readDate, showProblems: showProblems, unmark: unmark, saveFile: saveFile }
  };
})();
