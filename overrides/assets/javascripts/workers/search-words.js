/*
 * How Second Round's search reads a query: the words candidates type, turned into the terms
 * the index holds. No Material internals here: loaded by search-i18n.js (the worker), which
 * sets `language`, `synonyms`, `vocabulary` and `frequency` from the index, provides
 * japaneseSegmenter(), and calls rewrite() on every query and the suggestion functions on
 * every result.
 *
 *   - fold the spelling as the index was folded (search-spelling.js: ２４時間 -> 24時間,
 *     三ヶ月 -> 3か月, 振返り -> 振返, ＬｉｎｋｅｄＩｎ -> linkedin);
 *   - English: drop stop words, stem the rest like the index, search stems under three
 *     letters whole, spell-correct a word no indexed stem starts with (salery -> salery~1);
 *   - Japanese: find the content words with TinySegmenter (particles and endings such as
 *     は, を, ます dropped; verbs cut to their kanji, 送って -> 送; compounds kept whole,
 *     面接官) and search each word as the bigrams the index holds (内定 保留); on the
 *     English site too, whose pages quote Japanese terms (内定, 御中);
 *   - add the synonyms listed in the index (scripts/hooks/search_synonyms.yml), in either
 *     language: "probation" on the Japanese site also searches 試用期間;
 *   - leave out words that most entries contain when the query has rarer ones.
 */
var language = "en";
var synonyms = {};
var vocabulary = [];          /* sorted indexed words, for "does any word start with this?" */
var querySegmenter = null;
var frequency = {};           /* indexed word -> share of entries that contain it */

var JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヵヶ]/;
var KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]/;
var HIRAGANA_ONLY = /^[\u3040-\u309fー]+$/;
var TRAILING_KANA = /[\u3040-\u309f]+$/;
var JAPANESE_RUNS = /([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆ヵヶ]+)/;
var SEPARATOR = /[\s\-\u3000、。，．・「」『』（）()【】［］\[\]！？!?：:；;／/〜~…"'’]+/;
/* Words lunr's English stop list lacks that carry no topic either: "sama vs onchu" is about
   sama and onchu, not the page titled "Round one vs round two". */
var ENGLISH_STOP = { "vs": 1, "versus": 1 };
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

/* Synonyms as the query will look them up: spelled like the index (問い合わせ -> 問合). */
function spelledSynonyms(table) {
  var out = {};
  Object.keys(table).forEach(function (word) {
    out[spell(word)] = table[word].map(spell);
  });
  return out;
}

function withSynonyms(words) {
  var out = [];
  words.forEach(function (word) {
    out.push(word);
    (synonyms[word] || []).forEach(function (other) { if (out.indexOf(other) === -1) out.push(other); });
  });
  return out;
}

/* A word as the index holds it: Japanese as its bigrams (one list: the word is kept or left
   out whole); English with stop words out, the rest stemmed like the index (declining ->
   declin), each stem a list of its own; a word no indexed stem starts with is
   spell-corrected (salery -> salery~1). */
function wordTerms(word) {
  if (JAPANESE.test(word)) return [bigrams(word)];
  var lunr = self.lunr, terms = [];
  if (lunr.stopWordFilter(word) === undefined || ENGLISH_STOP[word]) return terms;
  word.split(/\s+/).forEach(function (part) {
    var stem = lunr.stemmer(new lunr.Token(part)).toString();
    /* Material searches every term as a prefix; "go*" would find good, goal and golden.
       A boost of 1 changes no score and tells Material to leave the "*" off. */
    if (known(stem)) terms.push([stem.length < 3 ? stem + "^1" : stem]);
    else if (stem.length >= 4) terms.push([stem + "~" + (stem.length >= 8 ? 2 : 1)]);
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
   first: "内定を保" -> "内定を保留". Words here are runs of kanji and katakana, with an
   honorific お/ご in front (お礼メール): the nouns a candidate types. */
var pageWords = [];           /* [word, uses], sorted by word */
var NOUNS = /[おご]?[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\u30a0-\u30ff]{2,}/g;
function rememberJapaneseWords(docs) {
  var uses = {};
  docs.forEach(function (doc) {
    ((doc.title + " " + String(doc.text).replace(/<[^>]*>/g, " ")).normalize("NFKC").match(NOUNS) || [])
      .forEach(function (word) { uses[word] = (uses[word] || 0) + 1; });
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

/* The query's words in the order typed, with their synonyms: English words as typed,
   Japanese content words, Latin words and numbers inside Japanese (LinkedIn, 24) whole. */
function queryWords(text) {
  var words = [];
  text.split(SEPARATOR).forEach(function (chunk) {
    chunk.split(JAPANESE_RUNS).forEach(function (run) {
      if (!run) return;
      words = words.concat(JAPANESE.test(run) ? japaneseWords(run)
        : run.split(/[^a-z0-9\u00c0-\u024f]+/).filter(Boolean));
    });
  });
  return withSynonyms(words.concat(phraseSynonyms(text)));
}

/* Synonyms of phrases ("hiring manager") and of Japanese words of two or more characters
   (お試し, 二次面接) are looked up in the text as typed: a phrase is more than one word, and
   Japanese has no spaces to find a word by. */
function phraseSynonyms(text) {
  var found = [], spaced = " " + text.split(/[^a-z0-9\u00c0-\u024f]+/).join(" ") + " ";
  Object.keys(synonyms).forEach(function (key) {
    var japanese = JAPANESE.test(key);
    if (japanese ? Array.from(key).length < 2 || text.indexOf(key) === -1
                 : key.indexOf(" ") === -1 || spaced.indexOf(" " + key + " ") === -1) return;
    found = found.concat(synonyms[key]);
  });
  return found;
}

/* A run of Japanese -> its content words. TinySegmenter splits compounds (面接 + 官,
   お礼 + メール): pieces with no kana between them make one word. A piece ending in kana
   (送って, 聞かれた) ends the word at its kanji stem. */
function japaneseWords(run) {
  querySegmenter = querySegmenter || japaneseSegmenter();
  var words = [], word = "", extra = [];
  function end() {
    /* 何 + a counter asks "how many": 何文 -> 文 (sentences), 何日 -> 日 (days). */
    if (word.length > 1 && word[0] === "何") word = word.slice(1);
    if (word && !JAPANESE_STOP[word] && !HIRAGANA_ONLY.test(word)) words.push(word);
    word = "";
  }
  querySegmenter.segment(run).forEach(function (part) {
    /* the honorific お/ご belongs to the noun after it (お + 礼状 -> お礼状) */
    if (part === "お" || part === "ご") { end(); word = part; return; }
    if (HIRAGANA_ONLY.test(part)) { end(); return; }
    var stem = KANJI.test(part) ? part.replace(TRAILING_KANA, "") : part;
    if (stem[0] === "何") end();
    word += stem;
    extra = extra.concat(synonyms[stem] || []);      /* ネット(面接) also finds オンライン */
    if (stem !== part) end();
  });
  end();
  return words.concat(extra);
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
var COMMON = 0.5;             /* share of entries above which a word is "in most entries" */

function rewrite(query) {
  var words = [];
  queryWords(spell(query)).forEach(function (word) {
    wordTerms(word).forEach(function (terms) {
      if (!words.some(function (listed) { return listed.join() === terms.join(); })) words.push(terms);
    });
  });
  var terms = [];
  specific(words).forEach(function (word) {
    word.forEach(function (term) {
      if (terms.indexOf(term) === -1) terms.push(term);
    });
  });
  return terms.length ? terms.join(" ") : query;   /* nothing left: let Material try as typed */
}
