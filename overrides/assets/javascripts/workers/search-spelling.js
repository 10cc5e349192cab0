/*
 * One spelling for the index and the query: the same function folds the pages' text while
 * the search worker builds the index and every query before it is read, so 三ヶ月 typed
 * finds 3か月 written, ２４時間 finds 24時間 and 振返り finds 振り返り.
 *
 * It folds full-width and half-width forms (NFKC) and case, and what the table in
 * scripts/hooks/search_spelling.yml lists (it arrives with the index, config.spelling):
 * kanji numerals before a counter (二十四時間 -> 24時間), the ヶ/ケ/カ/ヵ/箇 of counters
 * (-> か), okurigana that may be left out (振り返り -> 振返) and katakana spellings
 * (ヴァ -> バ, メ－ル -> メール, パラメーター -> パラメータ).
 *
 * No Material internals: search-i18n.js calls spellingUnits() when the index is built (each
 * unit becomes one token, so highlighting still marks the words as written) and
 * search-words.js calls spell() on the query. Rules never look outside what they match,
 * so folding a unit alone gives what it gives in its sentence
 * (tests/test_search_spelling.py checks this over every page).
 */
var spellingRules = [];
var spellingStarts = /$^/;    /* characters a rule can start at: elsewhere only NFKC and case */
var spellingAnywhere = /$^/;  /* the same, anywhere in a text */

var DIGITS = { "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9 };
var POWERS = { "十": 10, "百": 100, "千": 1000 };

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\\/-]/g, "\\$&");
}

/* 二十四 -> 24, 三百五 -> 305, 二〇二六 -> 2026; digits stay as they are. */
function kanjiNumber(text) {
  if (!/[〇一二三四五六七八九十百千]/.test(text)) return text;
  if (!/[十百千]/.test(text)) return Array.from(text, function (c) { return DIGITS[c]; }).join("");
  var total = 0, current = 0;
  Array.from(text).forEach(function (c) {
    if (c in DIGITS) current = DIGITS[c];
    else { total += (current || 1) * POWERS[c]; current = 0; }
  });
  return String(total + current);
}

/* The table as rules: each a sticky RegExp and what a match becomes (null: no fold). */
function setSpelling(table) {
  table = table || {};
  var rules = [], starts = "0-9〇一二三四五六七八九十百千何数ァ-ヴ";
  var okurigana = (table.okurigana || []).map(function (entry) {
    starts += entry[0];
    return [entry.replace(/\(([^)]*)\)/g, function (_, kana) { return "(?:" + escapeRegExp(kana) + ")?"; }),
            entry.replace(/\([^)]*\)/g, "")];
  });
  if (okurigana.length)            /* one alternative per entry, each in its own group */
    rules.push([new RegExp(okurigana.map(function (o) { return "(" + o[0] + ")"; }).join("|"), "y"),
      function (match) {
        for (var g = 1; g < match.length; g++) if (match[g] !== undefined) return okurigana[g - 1][1];
      }]);
  var ka = table.counter_ka || { variants: [], before: [] };
  var counters = (table.counters || []).slice().sort(function (a, b) { return b.length - a.length; });
  if (counters.length) {
    var notCounts = table.not_counts || [];
    var kana = ka.variants.concat([ka.as]).map(escapeRegExp).join("|");
    rules.push([new RegExp("([0-9]+|[〇一二三四五六七八九十百千]+|[何数])(" + kana + ")?(" +
                           counters.map(escapeRegExp).join("|") + ")", "y"),
      function (match) {
        if (match[2] && ka.before.indexOf(match[3][0]) === -1) return null;
        if (!match[2] && notCounts.indexOf(match[1] + match[3]) !== -1) return null;
        return kanjiNumber(match[1]) + (match[2] ? ka.as : "") + match[3];
      }]);
  }
  var katakana = table.katakana || {};
  var dashes = escapeRegExp(katakana.dashes || "");
  var dash = dashes ? new RegExp("[" + dashes + "]", "g") : /$^/g;
  var replace = katakana.replace || {};
  var spellings = Object.keys(replace).sort(function (a, b) { return b.length - a.length; });
  var after = katakana.final_long_vowel_after || Infinity;
  rules.push([new RegExp("[ァ-ヴ](?:[ァ-ヴー]" + (dashes ? "|[" + dashes + "](?=[ァ-ヴ])" : "") + ")*", "y"),
    function (match) {
      var word = match[0].replace(dash, "ー");
      spellings.forEach(function (from) { word = word.split(from).join(replace[from]); });
      if (/ー$/.test(word) && Array.from(word).length - 1 >= after) word = word.slice(0, -1);
      return word;
    }]);
  spellingRules = rules;
  spellingStarts = new RegExp("^[" + starts + "]");
  spellingAnywhere = new RegExp("[" + starts + "]");
}

/* Characters as NFKC folds them: a half-width kana keeps its voicing mark (ｶﾞ -> ガ). */
function spellingAtoms(text) {
  if (text === text.normalize("NFKC"))        /* most text: nothing to fold but case */
    return Array.from(text, function (c) { return [c, c.toLowerCase()]; });
  return (text.match(/[\s\S][\u3099\u309a\uff9e\uff9f]*/gu) || []).map(function (atom) {
    return [atom, atom.normalize("NFKC").toLowerCase()];
  });
}

/* The text as units [as written, folded]: what a rule matched, else one character. */
function spellingUnits(text) {
  var atoms = spellingAtoms(text), folded = "", starts = [], at = {};
  atoms.forEach(function (atom, i) { starts.push(folded.length); at[folded.length] = i; folded += atom[1]; });
  at[folded.length] = atoms.length;
  var units = [], i = 0;
  while (i < atoms.length) {
    var unit = null;
    if (!spellingStarts.test(atoms[i][1])) { units.push(atoms[i]); i++; continue; }
    for (var r = 0; r < spellingRules.length && !unit; r++) {
      var rule = spellingRules[r];
      rule[0].lastIndex = starts[i];
      var match = rule[0].exec(folded), end = match && starts[i] + match[0].length;
      if (!match || !(end in at)) continue;
      var result = rule[1](match);
      if (result === null) continue;
      unit = [atoms.slice(i, at[end]).map(function (a) { return a[0]; }).join(""), result, at[end]];
    }
    if (unit) { units.push([unit[0], unit[1]]); i = unit[2]; }
    else { units.push(atoms[i]); i++; }
  }
  return units;
}

function spell(text) {
  if (!spellingAnywhere.test(text) && text === text.normalize("NFKC")) return text.toLowerCase();
  return spellingUnits(text).map(function (unit) { return unit[1]; }).join("");
}

/* In Node (tests/js/search-spelling.test.js) the same functions, as a module; the worker loads
   this file with importScripts and uses them as globals. */
if (typeof module === "object" && module.exports) {
  module.exports = { setSpelling: setSpelling, spell: spell, spellingUnits: spellingUnits };
}
