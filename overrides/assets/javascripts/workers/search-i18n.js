/*
 * Search worker for Second Round: Material's own worker, with queries rewritten the way
 * candidates type them (whole questions, plurals, typos, Japanese without spaces).
 *
 * Written for mkdocs-material 9.8.1 (workers/search.a7633da7.min.js, whose message types
 * are SETUP=0 and QUERY=2). Material gives lunr the typed query almost as is: every word,
 * stop words included, becomes a prefix term ("how*", "i*"), and a Japanese query is one
 * unsegmented term ("お礼メールはいつ送る" matches nothing), after an "experimental Chinese
 * segmentation" step that cuts kanji words against the index ("内定を保留" -> "内を保留*").
 *
 * Japanese is indexed as overlapping two-character terms (bigrams: 内定を保留 -> 内定 定を
 * を保 保留), the usual way to search Japanese without a dictionary. A word segmenter cuts
 * the same word differently in different sentences (TinySegmenter: "お盆休み" alone, but
 * "お盆" + "休み" on the page), so a query segmented one way missed pages segmented the
 * other; bigrams are the same wherever the word stands. Material's tokenizer calls
 * lunr.segmenter.segment() on Japanese text: we make it return single characters (so
 * Material still knows where every character is, for highlighting) and a pipeline step
 * joins neighbouring characters into bigrams, each recorded at both of its characters.
 *
 * Before Material's handler sees a query, rewrite() (search-words.js, no Material
 * internals) turns it into the terms the index holds: stemmed English words, Japanese
 * content words as bigrams, synonyms. Material then adds its prefix "*", searches, ranks,
 * highlights and renders as usual.
 * We also switch its kanji-cutting step off: it asks `word in invertedIndex`, so we make
 * `in` answer false (lunr's own lookups use property access and are unaffected).
 * Covered by tests/browser/test_search.py, which fails if a Material upgrade breaks this.
 */
var SETUP = 0, QUERY = 2, RESULT = 3;
var typed = "";                /* the query as typed, for Japanese suggestions */
var pendingDocs = null;       /* pages to learn suggestion words from, once lunr is loaded */

self.addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    /* Material starts this worker on every page view; what reads queries is needed only
       once the index arrives (search opened), so it loads then, not with the page. */
    importScripts("search-words.js");
    language = message.data.config.lang[0];
    synonyms = message.data.config.synonyms || {};
    pendingDocs = message.data.docs;
  }
  if (message.type === QUERY && typeof message.data === "string" && self.rewrite && self.lunr.stemmer) {
    if (pendingDocs && language === "en") rememberTitleWords(pendingDocs);
    if (pendingDocs && language === "ja") rememberJapaneseWords(pendingDocs);
    typed = message.data;
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
    if (message.data.suggest && language === "ja")
      message.data.suggest = japaneseSuggestion(typed.normalize("NFKC"));
    else if (message.data.suggest)
      message.data.suggest = message.data.suggest.map(function (stem) { return wordOfStem[stem] || stem; });
  }
  return post(message);
};

importScripts("search.a7633da7.min.js");

/* Japanese index terms: Material's tokenizer (9.8.1: function `ae` in its worker) hands
   every run of Japanese text to lunr.segmenter.segment() and records where each returned
   piece starts in lunr.tokenizer.table[block][index] (start << 12 | length << 2 | kind),
   pointed at by each token's metadata.position (block << 20 | index). Pieces must tile the
   run: Latin words and numbers whole, every other character alone. */
function characters(text) {
  return text.match(/[a-z0-9\u00c0-\u024f]+|[\s\S]/gi) || [];
}

/* Where each token of a field starts and ends, -1 for a token that is not a single Japanese
   character; worked out once per field (the pipeline calls us once per token). */
var placed = null, starts = [], ends = [];
function place(tokens) {
  var table = self.lunr.tokenizer.table || [];
  placed = tokens;
  starts = []; ends = [];
  tokens.forEach(function (token, i) {
    var text = token.toString(), position = token.metadata && token.metadata.position;
    var entry = typeof position === "number" ? (table[position >>> 20] || [])[position & 0xfffff] : undefined;
    var single = text.length === 1 || (text.length === 2 && text.codePointAt(0) > 0xffff);
    if (entry === undefined || !single || !JAPANESE.test(text)) { starts[i] = ends[i] = -1; return; }
    /* the block (which heading or paragraph) in the high bits, so blocks never touch */
    starts[i] = (position >>> 20) * 0x100000 + (entry >>> 12);
    ends[i] = starts[i] + ((entry >>> 2) & 1023);
  });
}

/* Pipeline step: a Japanese character becomes the bigrams it is part of, each recorded at
   this character, so a matched bigram highlights both of its characters. A character with
   no Japanese neighbour stays a term of its own. Query terms have no position: unchanged. */
function japaneseBigrams(token, i, tokens) {
  if (tokens !== placed) place(tokens);
  if (starts[i] === -1) return token;
  var text = token.toString(), out = [];
  if (i > 0 && ends[i - 1] === starts[i] && starts[i - 1] !== -1)
    out.push(token.clone(function () { return tokens[i - 1].toString() + text; }));
  if (i + 1 < tokens.length && ends[i] === starts[i + 1])
    out.push(token.clone(function () { return text + tokens[i + 1].toString(); }));
  return out.length ? out : token;
}

/* A character inside a word carries two bigrams (お礼メール: 礼 carries お礼 and 礼メ). When
   both match, Material's highlighter gets the character's position twice and writes <mark>
   into its own <mark>. Keep each position once per field. */
function oncePerPosition(result) {
  var seen = {};
  Object.keys(result.matchData.metadata).forEach(function (term) {
    var fields = result.matchData.metadata[term];
    Object.keys(fields).forEach(function (field) {
      if (!fields[field].position) return;
      seen[field] = seen[field] || {};
      fields[field].position = fields[field].position.filter(function (position) {
        return seen[field][position] ? false : (seen[field][position] = true);
      });
    });
  });
  return result;
}

(function () {
  var lunr = self.lunr;
  var query = lunr.Index.prototype.query;
  lunr.Index.prototype.query = function () {
    return query.apply(this, arguments).map(oncePerPosition);
  };
  lunr.Pipeline.registerFunction(japaneseBigrams, "japaneseBigrams");
  var add = lunr.Builder.prototype.add;
  lunr.Builder.prototype.add = function () {
    if (language === "ja" && lunr.segmenter && this.pipeline._stack.indexOf(japaneseBigrams) === -1) {
      lunr.segmenter.segment = characters;
      this.pipeline.add(japaneseBigrams);
    }
    return add.apply(this, arguments);
  };
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
