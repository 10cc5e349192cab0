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
 * Before Material's handler sees a query, we:
 *   - normalise it (NFKC: ２４時間 -> 24時間, ＬｉｎｋｅｄＩｎ -> LinkedIn; lower case);
 *   - Japanese: find the content words with TinySegmenter (particles and endings such as
 *     は, を, ます dropped; verbs cut to their kanji, 送って -> 送) and search each word's
 *     bigrams;
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
var typed = "";                /* the query as typed, for Japanese suggestions */
var pendingDocs = null;       /* pages to learn suggestion words from, once lunr is loaded */
var frequency = {};           /* indexed word -> share of entries that contain it */

var JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヵヶ]/;
var KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]/;
var HIRAGANA_ONLY = /^[\u3040-\u309fー]+$/;
var TRAILING_KANA = /[\u3040-\u309f]+$/;
var JAPANESE_RUNS = /([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヵヶ]+)/;
var SEPARATOR = /[\s\-\u3000、。，．・「」『』（）()【】［］\[\]！？!?：:；;／/〜~…"'’]+/;
/* Kanji words that carry no topic in a question: 方 (how to), 何 (what), 場合 (in case). */
var JAPANESE_STOP = { "方": 1, "何": 1, "場合": 1, "時": 1, "際": 1, "事": 1, "良": 1, "今": 1 };

function lowerBound(prefix) {
  var low = 0, high = vocabulary.length;
  while (low < high) {
    var mid = (low + high) >> 1;
    if (vocabulary[mid] < prefix) low = mid + 1; else high = mid;
  }
  return low;
}

function known(prefix) {
  var low = lowerBound(prefix);
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
      /* Material searches every term as a prefix; "go*" would find good, goal and golden.
         A boost of 1 changes no score and tells Material to leave the "*" off. */
      if (known(stem)) terms.push(stem.length < 3 ? stem + "^1" : stem);
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

/* Suggestions in Japanese: Material completes the last word typed from the index terms,
   which are bigrams here ("礼メ"), and a Japanese query has no spaces between words. We
   complete the end of what was typed with a word the pages use instead, the most used one
   first: "内定を保" -> "内定を保留". Words are cut by TinySegmenter, and runs of kanji and
   katakana pieces are kept whole (お礼 + メール -> お礼メール). */
var pageWords = [];
var NOUN = /^[おご]?[^\u3040-\u309f]+$/;   /* no hiragana but an honorific お/ご in front */            /* [word, uses], sorted by word */
function rememberJapaneseWords(docs) {
  segmenter = segmenter || new self.lunr.TinySegmenter();
  var uses = {};
  docs.forEach(function (doc) {
    (doc.title + " " + String(doc.text).replace(/<[^>]*>/g, " ")).normalize("NFKC").split(SEPARATOR)
      .forEach(function (chunk) {
        var word = "";
        segmenter.segment(chunk).concat([""]).forEach(function (part) {
          if (part && JAPANESE.test(part) && !HIRAGANA_ONLY.test(part)) { word += part; return; }
          word = word.replace(TRAILING_KANA, "");          /* 送り -> 送: offer nouns, not verb forms */
          if (Array.from(word).length >= 2 && NOUN.test(word)) uses[word] = (uses[word] || 0) + 1;
          word = "";
        });
      });
  });
  pageWords = Object.keys(uses).sort().map(function (word) { return [word, uses[word]]; });
}

function japaneseSuggestion(text) {
  var words = text.split(/[\s-]+/), last = words[words.length - 1], chars = Array.from(last);
  for (var from = Math.max(0, chars.length - 8); from < chars.length; from++) {
    var tail = chars.slice(from).join("");
    if (tail.length < 2 && (HIRAGANA_ONLY.test(tail) || !JAPANESE.test(tail))) continue;
    var best = null;
    pageWords.forEach(function (entry) {
      if (entry[0].indexOf(tail) === 0 && entry[0] !== tail && (!best || entry[1] > best[1])) best = entry;
    });
    if (best) return [last + best[0].slice(tail.length)];
  }
  return [];
}

/* A Japanese word as the index holds it: its bigrams, or the character alone. */
function bigrams(word) {
  var chars = Array.from(word), out = [];
  if (chars.length === 1) return chars;
  for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/* Japanese query -> its words, each as the list of terms (bigrams) the index holds for it. */
function japaneseWords(text) {
  segmenter = segmenter || new self.lunr.TinySegmenter();
  var found = [];
  text.split(SEPARATOR).forEach(function (chunk) {
    if (!chunk) return;
    /* Latin words and numbers inside Japanese (LinkedIn, 24) are indexed whole. */
    chunk.split(JAPANESE_RUNS).forEach(function (run) {
      if (!run) return;
      if (!JAPANESE.test(run)) {
        englishTerms(run).forEach(function (term) { found.push([term]); });
        return;
      }
      /* TinySegmenter splits compounds (面接 + 官, お礼 + メール): pieces with no kana
         between them make one word. A piece ending in kana (送って, 聞かれた) ends the word
         at its kanji stem. */
      var words = [], word = "";
      function end() {
        /* 何 + a counter asks "how many": 何文 -> 文 (sentences), 何日 -> 日 (days). */
        if (word.length > 1 && word[0] === "何") word = word.slice(1);
        if (word && !JAPANESE_STOP[word]) words.push(word);
        word = "";
      }
      var extra = [];
      segmenter.segment(run).forEach(function (part) {
        if (HIRAGANA_ONLY.test(part)) { end(); return; }
        var stem = KANJI.test(part) ? part.replace(TRAILING_KANA, "") : part;
        if (stem[0] === "何") end();
        word += stem;
        extra = extra.concat(synonyms[stem] || []);      /* ネット(面接) also finds オンライン */
        if (stem !== part) end();
      });
      end();
      words = words.concat(extra);
      withSynonyms(words).forEach(function (word) {
        if (!found.some(function (terms) { return terms.join() === bigrams(word).join(); })) found.push(bigrams(word));
      });
    });
  });
  return found;
}

/* Words in most entries (面接, interview) rank every page alike and push the answer down:
   leave them out when the query has more specific words. A Japanese word is as specific as
   its rarest bigram (メール is common, お礼メール is not), and kept or left out whole. */
function specific(words) {
  var rare = words.filter(function (terms) {
    return terms.some(function (term) { return !(frequency[term] > COMMON); });
  });
  return rare.length ? rare : words;
}
var COMMON = self.COMMON || 0.5;

function rewrite(query) {
  var text = query.normalize("NFKC").toLowerCase();
  var words = language === "ja" ? japaneseWords(text)
    : englishTerms(text).map(function (term) { return [term]; });
  var terms = [];
  specific(words).forEach(function (word) {
    word.forEach(function (term) {
      if (terms.indexOf(term) === -1) terms.push(term);
    });
  });
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

function startAndEnd(token) {
  var position = token.metadata && token.metadata.position;
  var table = self.lunr.tokenizer.table;
  if (typeof position !== "number" || !table) return null;
  var entry = (table[position >>> 20] || [])[position & 0xfffff];
  if (entry === undefined) return null;
  return { block: position >>> 20, start: entry >>> 12, end: (entry >>> 12) + ((entry >>> 2) & 1023) };
}

function neighbours(left, right) {
  if (!left || !right || !JAPANESE.test(left.toString()) || !JAPANESE.test(right.toString())) return false;
  var a = startAndEnd(left), b = startAndEnd(right);
  return !!a && !!b && a.block === b.block && a.end === b.start;
}

/* Pipeline step: a Japanese character becomes the bigrams it is part of, each recorded at
   this character, so a matched bigram highlights both of its characters. A character with
   no Japanese neighbour stays a term of its own. Query terms have no position: unchanged. */
function japaneseBigrams(token, i, tokens) {
  var text = token.toString();
  if (Array.from(text).length !== 1 || !JAPANESE.test(text) || !startAndEnd(token)) return token;
  var out = [];
  if (neighbours(tokens[i - 1], token))
    out.push(token.clone(function () { return tokens[i - 1].toString() + text; }));
  if (neighbours(token, tokens[i + 1]))
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
