/*
 * One spelling for the index and the query (overrides/assets/javascripts/workers/search-spelling.js)
 * in Node, with the table the build hands the search worker (scripts/hooks/search_spelling.yml):
 * ways of writing one word fold to one spelling; words that only look alike stay apart. That a
 * unit folds alone as it folds in its sentence, over every page, is tests/test_search_spelling.py.
 */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("path");
const { inputs, ROOT } = require("./inputs.js");

const spelling = require(path.join(ROOT, "overrides", "assets", "javascripts", "workers", "search-spelling.js"));
spelling.setSpelling(inputs.spelling);

// Each group: ways of writing one thing, all folded to one spelling.
const SAME = [
  [
    "3か月",
    "3ヶ月",
    "3ケ月",
    "3カ月",
    "3ヵ月",
    "3箇月",
    "三ヶ月",
    "三か月",
    "３ヶ月",
    "三カ月"
  ],
  [
    "24時間",
    "二十四時間",
    "２４時間"
  ],
  [
    "二次面接",
    "2次面接",
    "２次面接"
  ],
  [
    "30分",
    "三十分"
  ],
  [
    "数か月",
    "数ヶ月",
    "数カ月"
  ],
  [
    "振り返り",
    "振返り",
    "振り返",
    "振返"
  ],
  [
    "問い合わせ",
    "問合せ",
    "問い合せ",
    "問合わせ"
  ],
  [
    "申し込み",
    "申込",
    "申込み"
  ],
  [
    "打ち合わせ",
    "打合せ",
    "打ち合せ"
  ],
  [
    "取り扱い",
    "取扱い",
    "取扱"
  ],
  [
    "マネージャー",
    "マネージャ",
    "ﾏﾈｰｼﾞｬｰ"
  ],
  [
    "メール",
    "メ－ル",
    "ﾒｰﾙ"
  ],
  [
    "バイオリン",
    "ヴァイオリン"
  ],
  [
    "linkedin",
    "LinkedIn",
    "ＬｉｎｋｅｄＩｎ"
  ]
];

// Pairs that look alike but mean different things: never folded together.
const DIFFERENT = [
  [
    "十分",
    "10分"
  ],
  [
    "マナー",
    "マナ"
  ],
  [
    "アメリカ国内",
    "アメリか国内"
  ],
  [
    "一般",
    "1般"
  ]
];

test("ways of writing one word are folded to one spelling", () => {
  for (const group of SAME) {
    const spelled = group.map((text) => spelling.spell(text));
    assert.equal(new Set(spelled).size, 1, JSON.stringify(Object.fromEntries(group.map((text, i) => [text, spelled[i]]))));
  }
});

test("words that only look alike stay apart", () => {
  for (const [first, second] of DIFFERENT) {
    assert.notEqual(spelling.spell(first), spelling.spell(second), `${first} / ${second}`);
  }
});
