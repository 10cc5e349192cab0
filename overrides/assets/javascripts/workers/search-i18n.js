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
 * lunr.segmenter.segment() on text with Japanese in it: we give it our own segmenter, in
 * both languages (English pages quote 内定, 御中), which cuts the text into single
 * characters and the spans a spelling rule folds (search-spelling.js: 三ヶ月 -> 3か月), so
 * Material still knows where every word is, for highlighting; a pipeline step folds each
 * piece and joins neighbouring Japanese characters into bigrams.
 *
 * Before Material's handler sees a query, rewrite() (search-words.js, no Material
 * internals) turns it into the terms the index holds: folded like the pages, stemmed
 * English words, Japanese content words as bigrams, synonyms in either language.
 * Material then adds its prefix "*", searches, ranks, highlights and renders as usual.
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
    importScripts("search-spelling.js", "search-words.js");
    language = message.data.config.lang[0];
    setSpelling(message.data.config.spelling);
    synonyms = spelledSynonyms(message.data.config.synonyms || {});
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

/* A page found through its sections matches no word itself: Material would open it with an
   empty ?h= and highlight nothing. Give the page entry the words its sections matched. */
function pageWordsFromSections(items) {
  items.forEach(function (group) {
    var page = group.filter(function (doc) { return doc.location.indexOf("#") === -1; })[0];
    if (!page || !page.terms || Object.keys(page.terms).some(function (term) { return page.terms[term]; })) return;
    group.forEach(function (doc) {
      Object.keys(doc.terms || {}).forEach(function (term) { if (doc.terms[term]) page.terms[term] = true; });
    });
  });
}

var post = self.postMessage.bind(self);
self.postMessage = function (message) {
  if (message && message.type === RESULT && message.data && message.data.items) {
    showBestSections(message.data.items);
    pageWordsFromSections(message.data.items);
    if (message.data.suggest && language === "ja")
      message.data.suggest = japaneseSuggestion(typed.normalize("NFKC"));
    else if (message.data.suggest)
      message.data.suggest = message.data.suggest.map(function (stem) { return wordOfStem[stem] || stem; });
  }
  return post(message);
};

importScripts("search.a7633da7.min.js");

/* Japanese index terms: Material's tokenizer (9.8.1: function `ae` in its worker) hands
   every run of text with Japanese in it to lunr.segmenter.segment() (if ctype_() says
   M, H, I or K) and records where each returned piece starts in
   lunr.tokenizer.table[block][index] (start << 12 | length << 2 | kind), pointed at by each
   token's metadata.position (block << 20 | index); the token's text is the piece in lower
   case. Pieces must tile the run as written: Latin words and numbers whole, what a spelling
   rule folds whole (三ヶ月, マネージャー), every other character alone. The pipeline step
   below folds each piece and joins Japanese characters into bigrams. */
var indexSegmenter = {
  ctype_: function (run) { return JAPANESE.test(run) ? "H" : "O"; },
  segment: function (run) {
    var pieces = [], latin = false;
    spellingUnits(run).forEach(function (unit) {
      var next = LATIN.test(unit[1]);      /* full-width letters fold to Latin too */
      if (next && latin) pieces[pieces.length - 1] += unit[0];
      else pieces.push(unit[0]);
      latin = next;
    });
    return pieces;
  }
};
var LATIN = /^[a-z0-9\u00c0-\u024f]+$/;

/* The folded text of every token of a field, split into characters (Latin words and
   numbers whole) when it has Japanese in it, each marked if it is one Japanese character,
   and where each token starts and ends in the text; worked out once per field (the
   pipeline calls us once per token). */
var placed = null, starts = [], ends = [], parts = [], folds = {};
function fold(text) {                  /* the same characters recur: fold each text once */
  if (!folds.hasOwnProperty(text)) {
    var folded = spell(text);
    if (!JAPANESE.test(folded)) folds[text] = { folded: folded };
    else {
      var pieces = folded.match(/[a-z0-9\u00c0-\u024f]+|[\s\S]/gu);
      folds[text] = { pieces: pieces, japanese: pieces.map(function (piece) {
        return (piece.length === 1 || piece.length === 2 && piece.codePointAt(0) > 0xffff) && JAPANESE.test(piece);
      }) };
    }
  }
  return folds[text];
}

function place(tokens) {
  var table = self.lunr.tokenizer.table || [], japanese = false;
  placed = tokens;
  starts = []; ends = [];
  parts = tokens.map(function (token) {
    var folded = fold(token.toString());
    japanese = japanese || !!folded.pieces;
    return folded;
  });
  if (!japanese) return;                 /* most English fields: nothing to join */
  tokens.forEach(function (token, i) {
    var position = token.metadata && token.metadata.position;
    var entry = typeof position === "number" ? (table[position >>> 20] || [])[position & 0xfffff] : undefined;
    if (entry === undefined) { starts[i] = ends[i] = -1; return; }
    /* the block (which heading or paragraph) in the high bits, so blocks never touch */
    starts[i] = (position >>> 20) * 0x100000 + (entry >>> 12);
    ends[i] = starts[i] + ((entry >>> 2) & 1023);
  });
}

/* Pipeline step: a token becomes its folded text; a Japanese character in it becomes the
   bigrams it is part of (with its neighbours in the token, or in the next token when that
   starts where this one ends), each recorded at this token, so a matched bigram highlights
   what the reader wrote. A character with no Japanese neighbour stays a term of its own. */
function foldedBigrams(token, i, tokens) {
  if (tokens !== placed) place(tokens);
  var mine = parts[i], pieces = mine.pieces, out = [];
  if (!pieces) return mine.folded === token.toString() ? token : token.update(function () { return mine.folded; });
  var previous = i > 0 && starts[i] !== -1 && ends[i - 1] === starts[i] && parts[i - 1].pieces ? parts[i - 1] : null;
  var next = i + 1 < tokens.length && ends[i] !== -1 && ends[i] === starts[i + 1] && parts[i + 1].pieces ? parts[i + 1] : null;
  pieces.forEach(function (piece, k) {
    if (!mine.japanese[k]) { out.push(piece); return; }
    var joined = false;
    if (k > 0 ? mine.japanese[k - 1] : previous && previous.japanese[previous.japanese.length - 1]) {
      out.push((k > 0 ? pieces[k - 1] : previous.pieces[previous.pieces.length - 1]) + piece);
      joined = true;
    }
    if (k + 1 < pieces.length ? mine.japanese[k + 1] : next && next.japanese[0]) {
      out.push(piece + (k + 1 < pieces.length ? pieces[k + 1] : next.pieces[0]));
      joined = true;
    }
    if (!joined) out.push(piece);
  });
  if (out.length === 1 && out[0] === token.toString()) return token;
  return out.map(function (term) { return token.clone(function () { return term; }); });
}

/* English pages quote Japanese (内定, 御中): lunr's English trimmer strips every non-ASCII
   character from a token's ends, which would drop them. This one keeps letters and digits
   of every script. */
function trimmer(token) {
  return token.update(function (text) {
    if (/^[\x00-\x7f]*$/.test(text)) return text.replace(/^\W+/, "").replace(/\W+$/, "");  /* lunr's */
    return text.replace(/^[^\p{L}\p{N}_]+/u, "").replace(/[^\p{L}\p{N}_]+$/u, "");
  });
}

/* Japanese queries are read with TinySegmenter, which Material loads for the Japanese index
   only; on the English site it loads the first time a query has Japanese in it. */
function japaneseSegmenter() {
  if (!self.lunr.TinySegmenter) importScripts("../lunr/tinyseg.js");
  return new self.lunr.TinySegmenter();
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
  lunr.Pipeline.registerFunction(foldedBigrams, "foldedBigrams");
  lunr.Pipeline.registerFunction(trimmer, "unicodeTrimmer");
  var add = lunr.Builder.prototype.add;
  lunr.Builder.prototype.add = function () {
    var stack = this.pipeline._stack;
    if (stack.indexOf(foldedBigrams) === -1) {
      lunr.segmenter = indexSegmenter;            /* Material set TinySegmenter (ja) or nothing (en) */
      if (stack.indexOf(lunr.trimmer) !== -1) {
        this.pipeline.after(lunr.trimmer, trimmer);
        this.pipeline.remove(lunr.trimmer);
      }
      if (stack.length) this.pipeline.before(stack[0], foldedBigrams);
      else this.pipeline.add(foldedBigrams);
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
