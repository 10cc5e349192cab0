"""Search folds spelling variants the same way for the pages and for what a reader types: over
every page of the built site, a unit folds alone as it folds in its sentence.

overrides/assets/javascripts/workers/search-spelling.js, run in Node (as the search worker
runs it) with the table in scripts/hooks/search_spelling.yml. Its cases (variants folded
together, look-alikes kept apart) are tests/js/search-spelling.test.js.
"""
from __future__ import annotations

import json
import re
import subprocess

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
