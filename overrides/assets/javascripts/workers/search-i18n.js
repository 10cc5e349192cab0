/*
 * Search worker for Second Round: Material's own worker, with queries rewritten the way
 * candidates type them (whole questions, plurals, typos, Japanese without spaces).
 *
 * Written for mkdocs-material 9.8.1 (workers/search.a7633da7.min.js, whose message types
 * are SETUP=0 and QUERY=2). Material gives lunr the typed query almost as is: every word,
 * stop words included, becomes a prefix term ("how*", "i*"), and a Japanese query is one
 * unsegmented term ("お礼メールはいつ送る" matches nothing), after an "experimental Chinese
 * segmentation" step that cuts kanji words against the index ("内定を保留" -> "内を保留*").
 * Here, before Material's handler sees a query, we:
 *   - normalise it (NFKC: ２４時間 -> 24時間, ＬｉｎｋｅｄＩｎ -> LinkedIn; lower case);
 *   - Japanese: segment it with the same TinySegmenter that indexed the pages, drop
 *     particles and endings (は, を, ます), keep the kanji stem of verbs (送って -> 送);
 *   - English: drop stop words and stem the rest with the same stemmer as the index;
 *   - spell-correct a word that no indexed word starts with (salery -> salery~1);
 *   - add the synonyms listed in the index (docs' vocabulary: "pay" also finds "salary").
 * Material then adds its prefix "*", searches, ranks, highlights and renders as usual.
 * We also switch its kanji-cutting step off: it asks `word in invertedIndex`, so we make
 * `in` answer false (lunr's own lookups use property access and are unaffected).
 * Covered by tests/browser/test_search.py, which fails if a Material upgrade breaks this.
 */
var SETUP = 0, QUERY = 2, RESULT = 3;
var language = "en";
var synonyms = {};
var vocabulary = [];          /* sorted indexed words, for "does any word start with this?" */
var segmenter = null;
var pendingDocs = null;       /* titles to learn suggestion words from, once lunr is loaded */
var frequency = {};           /* indexed word -> share of entries that contain it */

var JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヵヶ]/;
var KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]/;
var HIRAGANA_ONLY = /^[\u3040-\u309fー]+$/;
var TRAILING_KANA = /[\u3040-\u309f]+$/;
var SEPARATOR = /[\s\-\u3000、。，．・「」『』（）()【】［］\[\]！？!?：:；;／/〜~…"'’]+/;
/* Kanji words that carry no topic in a question: 方 (how to), 何 (what), 場合 (in case). */
var JAPANESE_STOP = { "方": 1, "何": 1, "場合": 1, "時": 1, "際": 1, "事": 1, "良": 1, "今": 1 };

function known(prefix) {
  var low = 0, high = vocabulary.length;
  while (low < high) {
    var mid = (low + high) >> 1;
    if (vocabulary[mid] < prefix) low = mid + 1; else high = mid;
  }
  return low < vocabulary.length && vocabulary[low].indexOf(prefix) === 0;
}

function withSynonyms(words) {
  var out = [];
  words.forEach(function (word) {
    out.push(word);
    (synonyms[word] || []).forEach(function (other) { if (out.indexOf(other) === -1) out.push(other); });
  });
  return out;
}

/* English: stop words out, the rest stemmed like the index (declining -> declin); a word
   no indexed stem starts with is spell-corrected (salery -> salery~1). */
function englishTerms(text) {
  var lunr = self.lunr, terms = [];
  withSynonyms(text.split(/[^a-z0-9\u00c0-\u024f]+/)).forEach(function (word) {
    if (!word || lunr.stopWordFilter(word) === undefined) return;
    word.split(/\s+/).forEach(function (part) {
      var stem = lunr.stemmer(new lunr.Token(part)).toString();
      if (known(stem)) terms.push(stem);
      else if (stem.length >= 4) terms.push(stem + "~" + (stem.length >= 8 ? 2 : 1));
    });
  });
  return terms;
}

/* Suggestions come from the index, so from a stemmed index they read "templat": show the
   word as the titles write it instead ("templates"). */
var wordOfStem = {};
function rememberTitleWords(docs) {
  if (!self.lunr.stemmer) return;
  docs.forEach(function (doc) {
    String(doc.title).toLowerCase().split(/[^a-z0-9\u00c0-\u024f]+/).forEach(function (word) {
      if (!word) return;
      var stem = self.lunr.stemmer(new self.lunr.Token(word)).toString();
      if (!wordOfStem[stem] || word.length < wordOfStem[stem].length) wordOfStem[stem] = word;
    });
  });
}

/* TinySegmenter cuts a word differently alone than inside a sentence ("お盆休み" in a query,
   "お盆" + "休み" on the page). A word no indexed word starts with is cut again, greedily,
   into the longest pieces the index knows. */
function knownPieces(word) {
  if (known(word)) return [word];
  var pieces = [];
  for (var i = 0; i < word.length;) {
    var j = word.length;
    while (j > i && !known(word.slice(i, j))) j--;
    if (j === i) { i++; continue; }
    if (!HIRAGANA_ONLY.test(word.slice(i, j))) pieces.push(word.slice(i, j));
    i = j;
  }
  return pieces;
}

function japaneseTerms(text) {
  segmenter = segmenter || new self.lunr.TinySegmenter();
  var terms = [];
  text.split(SEPARATOR).forEach(function (word) {
    if (!word) return;
    if (!JAPANESE.test(word)) { terms = terms.concat(englishTerms(word)); return; }
    var parts = [];
    segmenter.segment(word).forEach(function (part) {
      if (HIRAGANA_ONLY.test(part) || /^[0-9]+$/.test(part)) return;
      var stem = KANJI.test(part) ? part.replace(TRAILING_KANA, "") : part;
      if (!JAPANESE_STOP[stem]) parts.push(stem);
    });
    withSynonyms(parts).forEach(function (part) { terms = terms.concat(knownPieces(part)); });
  });
  return terms;
}

/* Words in most entries (面接, interview) rank every page alike and push the answer down:
   leave them out when the query has more specific words. */
function specific(terms) {
  var rare = terms.filter(function (term) { return !(frequency[term] > COMMON); });
  return rare.length ? rare : terms;
}
var COMMON = self.COMMON || 0.5;

function rewrite(query) {
  var text = query.normalize("NFKC").toLowerCase();
  var terms = specific(language === "ja" ? japaneseTerms(text) : englishTerms(text));
  return terms.length ? terms.join(" ") : query;   /* nothing left: let Material try as typed */
}

self.addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    language = message.data.config.lang[0];
    synonyms = message.data.config.synonyms || {};
    pendingDocs = message.data.docs;
  }
  if (message.type === QUERY && typeof message.data === "string" && self.lunr && self.lunr.stemmer) {
    if (pendingDocs && language === "en") rememberTitleWords(pendingDocs);
    pendingDocs = null;
    message.data = rewrite(message.data);
  }          /* Material's listener sees the same object */
});

/* Material shows, under each page, only the sections that score at least as high as the
   best entry of that page; the page entry itself nearly always wins (Material boosts
   entries without a parent), so the section that answers the question is folded away
   under "N more on this page". Put the two best sections first, level with each other:
   Material then shows both under the page, and folds the rest. */
function showBestSections(items) {
  items.forEach(function (group) {
    var sections = group.filter(function (doc) { return doc.location.indexOf("#") !== -1; })
      .sort(function (a, b) { return b.score - a.score; }).slice(0, 2);
    if (!sections.length) return;
    sections.forEach(function (doc) { group.splice(group.indexOf(doc), 1); });
    if (sections[1]) sections[1].score = sections[0].score;
    group.unshift.apply(group, sections);
  });
}

var post = self.postMessage.bind(self);
self.postMessage = function (message) {
  if (message && message.type === RESULT && message.data && message.data.items) {
    showBestSections(message.data.items);
    if (message.data.suggest)
      message.data.suggest = message.data.suggest.map(function (stem) { return wordOfStem[stem] || stem; });
  }
  return post(message);
};

importScripts("search.a7633da7.min.js");

(function () {
  var build = self.lunr.Builder.prototype.build;
  self.lunr.Builder.prototype.build = function () {
    var index = build.apply(this, arguments);
    vocabulary = Object.keys(index.invertedIndex).sort();
    var entries = Object.keys(index.fieldVectors).length / index.fields.length;
    vocabulary.forEach(function (word) {
      var seen = {}, posting = index.invertedIndex[word];
      index.fields.forEach(function (field) { Object.keys(posting[field] || {}).forEach(function (ref) { seen[ref] = 1; }); });
      frequency[word] = Object.keys(seen).length / entries;
    });
    index.invertedIndex = new Proxy(index.invertedIndex, { has: function () { return false; } });
    return index;
  };
})();
