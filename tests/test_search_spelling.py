"""Search folds spelling variants the same way for the pages and for what a reader types.

overrides/assets/javascripts/workers/search-spelling.js, run in Node (as the search worker
runs it) with the table in scripts/hooks/search_spelling.yml.
"""
from __future__ import annotations

import json
import re
import subprocess

import pytest
import yaml

from scripts.site_build import ROOT

SPELLING_JS = ROOT / "overrides" / "assets" / "javascripts" / "workers" / "search-spelling.js"
TABLE = ROOT / "scripts" / "hooks" / "search_spelling.yml"

RUN = """
const fs = require("fs"), vm = require("vm");
const context = {};
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), context);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
context.setSpelling(input.table);
process.stdout.write(JSON.stringify(input.texts.map(text => ({
  spelled: context.spell(text),
  units: context.spellingUnits(text).map(unit => unit[0]),
}))));
"""


def spell_all(texts: list[str]) -> list[dict]:
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    result = subprocess.run(["node", "-e", RUN, str(SPELLING_JS)], input=json.dumps({"table": table, "texts": texts}),
                            capture_output=True, text=True, check=True, timeout=60)
    return json.loads(result.stdout)


SAME = [
    # each group: ways of writing one thing, all folded to one spelling
    ["3か月", "3ヶ月", "3ケ月", "3カ月", "3ヵ月", "3箇月", "三ヶ月", "三か月", "３ヶ月", "三カ月"],
    ["24時間", "二十四時間", "２４時間"],
    ["二次面接", "2次面接", "２次面接"],
    ["30分", "三十分"],
    ["数か月", "数ヶ月", "数カ月"],
    ["振り返り", "振返り", "振り返", "振返"],
    ["問い合わせ", "問合せ", "問い合せ", "問合わせ"],
    ["申し込み", "申込", "申込み"],
    ["打ち合わせ", "打合せ", "打ち合せ"],
    ["取り扱い", "取扱い", "取扱"],
    ["マネージャー", "マネージャ", "ﾏﾈｰｼﾞｬｰ"],
    ["メール", "メ－ル", "ﾒｰﾙ"],
    ["バイオリン", "ヴァイオリン"],
    ["linkedin", "LinkedIn", "ＬｉｎｋｅｄＩｎ"],
]

DIFFERENT = [
    # pairs that look alike but mean different things: never folded together
    ("十分", "10分"),          # enough / ten minutes
    ("マナー", "マナ"),        # a short word keeps its long vowel
    ("アメリカ国内", "アメリか国内"),   # カ is a counter only after a number
    ("一般", "1般"),
]


@pytest.mark.parametrize("group", SAME, ids=[group[0] for group in SAME])
def test_ways_of_writing_one_word_are_folded_to_one_spelling(group):
    spelled = {item["spelled"] for item in spell_all(group)}
    assert len(spelled) == 1, dict(zip(group, [item["spelled"] for item in spell_all(group)]))


@pytest.mark.parametrize("pair", DIFFERENT, ids=[pair[0] for pair in DIFFERENT])
def test_words_that_only_look_alike_stay_apart(pair):
    first, second = spell_all(list(pair))
    assert first["spelled"] != second["spelled"]


def test_a_unit_folds_alone_as_it_folds_in_its_sentence(site):
    """The index folds each unit the search worker cuts a page's text into (so highlighting
    marks the words as written); the query is folded whole. Both must agree on every run of
    text of every page in both languages."""
    runs = []
    for index in (site.path / "search" / "search_index.json", site.path / "ja" / "search" / "search_index.json"):
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            runs += [run for run in re.split(r"[\s\-　、。「」（）()<>]+", doc["title"] + " " + doc["text"]) if run]
    runs = sorted(set(runs))
    whole = spell_all(runs)
    pieces = sorted({unit for item in whole for unit in item["units"]})
    alone = dict(zip(pieces, (item["spelled"] for item in spell_all(pieces))))
    mismatched = [(run, item["spelled"]) for run, item in zip(runs, whole)
                  if "".join(alone[unit] for unit in item["units"]) != item["spelled"]]
    assert not mismatched
    assert any(len(item["units"]) < len(run) for run, item in zip(runs, whole))   # some units span characters
