/*
 * What every in-page tool shares: its words, the guide's numbers, dates, storage, elements.
 * Loaded (deferred, before the tools) only on pages that use a tool; see
 * scripts/hooks/tool_assets.py. Plain browser JavaScript, no framework, no Material internals.
 *
 * Rules every tool follows through this kit:
 * - words come from data/ui-strings.yml in the page's language (`words`);
 * - data computed at build time for a tool (the planner's holidays) comes with the page (`data`);
 * - text a reader typed is only ever set with textContent (`element` never parses HTML);
 * - nothing is stored unless the reader asked, and `store(...).clear()` forgets it all;
 * - "today" is Japan's date, from the clock or from `window.__SECOND_ROUND_TODAY__`
 *   ("2026-12-03", set by tests), never the machine's time zone; dates are whole days;
 * - copying goes to the reader's clipboard only (`copy`).
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("page-tools-data").textContent);
  var PREFIX = "second-round:";
  var DAY = 86400000;

  /* Words of a tool (or "common") in the page's language: words("checklist")("clear").
     A missing word is a bug: throw, so a browser test sees it, rather than show nothing. */
  function words(tool) {
    var table = data.strings[tool];
    if (!table) throw new Error("no words for tool " + tool);
    return function (key, values) {
      var text = table[key];
      if (text === undefined) throw new Error("no word " + tool + "." + key);
      return typeof text === "string" ? fill(text, values) : text;
    };
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  /* Dates are whole days counted from 1970-01-01 (a Thursday): no time of day, no time zone. */
  function dayFromParts(year, month, day) {
    var time = Date.UTC(year, month - 1, day);
    var check = new Date(time);
    if (isNaN(time) || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 ||
        check.getUTCDate() !== day) return null;             /* 31 April, 29 February 2027 */
    return Math.round(time / DAY);
  }

  /* "2026-12-03" -> day number, or null for anything that is not a real date. */
  function dayFromISO(text) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || "").trim());
    return match ? dayFromParts(+match[1], +match[2], +match[3]) : null;
  }

  function parts(day) {
    var date = new Date(day * DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
             weekday: date.getUTCDay() };
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function dayToISO(day) {
    var p = parts(day);
    return p.year + "-" + pad(p.month) + "-" + pad(p.day);
  }

  /* "Thursday, 3 December 2026" / "2026年12月3日（木）": one format, words from ui-strings.yml.
     In the page's language, or in `lang` for a tool that writes in every language (a template
     tab; scripts/page_tools.py: EVERY_LANGUAGE). */
  function formatDay(day, lang) {
    var common = lang ? data.common[lang] : data.strings.common, p = parts(day);
    return fill(common.date, { weekday: common.weekdays[p.weekday], day: p.day,
                               month: common.months[p.month - 1], year: p.year });
  }

  /* "Thursday" / "木" */
  function weekdayName(day, lang) {
    return (lang ? data.common[lang] : data.strings.common).weekdays[parts(day).weekday];
  }

  /* Today in Japan, as a day number. */
  function today() {
    var injected = window.__SECOND_ROUND_TODAY__;
    if (injected) return dayFromISO(injected);
    var iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric",
                                                 month: "2-digit", day: "2-digit" }).format(new Date());
    return dayFromISO(iso);
  }

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
    data: toolData,
    words: words,
    join: join,
    fill: fill,
    dates: { fromParts: dayFromParts, fromISO: dayFromISO, toISO: dayToISO, parts: parts,
             format: formatDay, weekday: weekdayName, today: today },
    store: store,
    element: element,
    copy: copy
  };
})();
