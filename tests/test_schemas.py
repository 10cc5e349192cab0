"""Every data file an editor touches is checked against its schema (scripts/schemas.py,
data/schemas/): the real files pass, and one mistake of each kind planted in a copy of each file
(a wrong type, a reversed range, a day that does not exist, a missing language, an unknown key, a
broken reference, broken YAML) is reported with that file and line, says what to do, and stops the
build before any page is written.

Each mutation finds the text it changes in the real file, so an editor's edit to a value does not
break these tests; a mutation whose text is gone fails with its name.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scripts import schemas
from scripts.problems import report
from tests.site import ROOT, build, project_copy


def test_every_data_file_is_valid_against_its_schema():
    assert schemas.data_problems() == []
    for name, schema in schemas.FILES.items():
        assert (ROOT / name).exists() and (ROOT / schemas.SCHEMAS / schema).exists(), name


def test_a_data_file_without_a_schema_is_reported(tmp_path):
    root = project(tmp_path)
    (root / "data" / "tools" / "quiz.yml").write_text("questions: []\n", "utf-8")
    assert [str(p) for p in schemas.data_problems(root) if "quiz" in str(p)] == [
        "data/tools/quiz.yml:1: a data file without a schema: nothing checks what an editor writes in it\n"
        "    -> add data/schemas/<name>.schema.yml for it and list both in FILES in scripts/schemas.py"]


def project(tmp_path: Path) -> Path:
    """The files the data check reads: the data and its schemas, the search data, the pages."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    (tmp_path / "scripts" / "hooks").mkdir(parents=True)
    for name in schemas.FILES:
        if name.startswith("scripts/"):
            shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def swap_pair(key):
    """`key: [low, high]` -> `key: [high, low]`."""
    return lambda text: re.sub(rf"^{key}: \[(\d+), (\d+)\]", rf"{key}: [\2, \1]", text, count=1, flags=re.M)


def sub(pattern, replacement):
    return lambda text: re.sub(pattern, replacement, text, count=1, flags=re.M)


def line_of(pattern):
    """Where a problem about a missing part is named: the last line before the change that matches."""
    return lambda changed, place: [m.start() for m in re.finditer(pattern, changed[:place], re.M)][-1]


# (name, file, the change, words the message holds[, where it is named]). Each change finds its
# place by structure (keys and indentation), not by this edition's words; the problem must be named
# within a line of the change, or of the line `where` finds (a missing part: the entry it belongs to).
MUTATIONS = [
    ("guide-rules: wrong type", "data/guide-rules.yml", sub(r"^(ask_again_after_days:) \d+", r"\1 seven"),
     ["ask_again_after_days", "whole number"]),
    ("guide-rules: reversed range", "data/guide-rules.yml", swap_pair("follow_up_after_days"),
     ["follow_up_after_days", "runs backwards", "write the smaller number first"]),
    ("guide-rules: a day that does not exist", "data/guide-rules.yml", sub(r'^(    to:) "\d\d-\d\d"', r'\1 "02-30"'),
     ["not a day of the year"]),
    ("guide-rules: unknown key", "data/guide-rules.yml", sub(r"^ask_again_after_days:", "ask_again_after_day:"),
     ["unknown key 'ask_again_after_day'", "did you mean 'ask_again_after_days'"]),
    ("guide-rules: broken YAML", "data/guide-rules.yml", sub(r"^(business_hours: \[\d+, \d+)\]", r"\1"),
     ["not valid YAML"]),
    ("hiring-path: missing language", "data/hiring-path.yml", sub(r"^(  caption:\n    en: .*\n)    ja: .*\n", r"\1"),
     ["'steps.caption' has no ja text"], line_of(r"^  caption:")),
    ("hiring-path: broken reference", "data/hiring-path.yml", sub(r"^(      link: \w[\w-]*\.md#)", r"\1no-such-"),
     ["has no section 'no-such-"]),
    ("hiring-path: wrong type", "data/hiring-path.yml", sub(r"^(      focus:) true", r"\1 maybe"),
     ["focus", "true or false"]),
    ("hiring-path: unknown key", "data/hiring-path.yml", sub(r"^(    - )icon:", r"\1icom:"),
     ["unknown key 'icom'", "did you mean 'icon'"]),
    ("ui-strings: missing language", "data/ui-strings.yml", sub(r"^(  plan:\n    en: .*\n)    ja: .*\n", r"\1"),
     ["'planner.plan' has no ja text", "add `ja: ...`"], line_of(r"^  plan:")),
    ("ui-strings: unknown key", "data/ui-strings.yml", sub(r"^(  plan:\n    en: .*\n)", r"\1    fr: Calculer\n"),
     ["unknown key 'fr'"]),
    ("ui-strings: broken YAML", "data/ui-strings.yml", sub(r"^(  plan:\n    en: ).*", r"\1a: b: c"),
     ["not valid YAML"]),
    ("composer: wrong value", "data/tools/composer.yml", sub(r"empty: line\}", "empty: lines}"),
     ["'lines'", "use one of: line"]),
    ("composer: unknown key", "data/tools/composer.yml", sub(r"^(  \S+: +)\{field:", r"\1{feild:"),
     ["unknown key 'feild'", "did you mean 'field'"]),
    ("composer: wrong type", "data/tools/composer.yml", sub(r"^(    person_first:) \w+", r"\1 yes please"),
     ["person_first", "true or false"]),
    ("composer: missing language", "data/tools/composer.yml", sub(r"^  ja:\n", "  jp:\n"),
     ["'words' has no ja text"], line_of(r"^words:")),
    ("same-advice: broken reference", "data/same-advice.yml", sub(r"^(  section:) ", r"\1 no-such-"),
     ["has no section 'no-such-"]),
    ("same-advice: missing language", "data/same-advice.yml", sub(r"^  ja: ", "  # ja: "),
     ["has no ja text"], line_of(r"^- page:")),
    ("search synonyms: wrong type", "scripts/hooks/search_synonyms.yml", sub(r"^(  \w+): \[(\w+)\]", r"\1: \2"),
     ["not a list"]),
    ("search synonyms: unknown key", "scripts/hooks/search_synonyms.yml", sub(r"^ja:", "jp:"),
     ["unknown key 'jp'"]),
    ("search spelling: wrong pattern", "scripts/hooks/search_spelling.yml",
     sub(r"^(  - )([^\n(]*)\(([^\n)]*)\)([^\n(]*)\(([^\n)]*)\)$", r"\1\2\3\4\5"),
     ["okurigana"]),
    ("search spelling: out of range", "scripts/hooks/search_spelling.yml",
     sub(r"^(  final_long_vowel_after:) \d+", r"\1 40"),
     ["out of range", "from 1 to 10"]),
]


@pytest.mark.parametrize("name, file, change, says, where", [(*m, None)[:5] for m in MUTATIONS],
                         ids=[m[0] for m in MUTATIONS])
def test_a_mistake_in_a_data_file_is_reported_with_its_file_and_line(tmp_path, name, file, change, says, where):
    root = project(tmp_path)
    path = root / file
    text = path.read_text("utf-8")
    changed = change(text)
    assert changed != text, f"{name}: the place to change is no longer in {file}"
    place = next(i for i, (a, b) in enumerate(zip(text, changed)) if a != b) if len(changed) else 0
    if where:
        place = where(changed, place)
    line = changed[:place].count("\n") + 1                   # the line the change is on
    path.write_text(changed, "utf-8")
    problems = [p for p in schemas.data_problems(root) if p.path == Path(file)]
    assert problems, f"{name}: no problem reported"
    found = [p for p in problems if abs(p.line - line) <= 1]
    assert found, f"{name}: expected line {line}, got {[str(p) for p in problems]}"
    messages = [str(p) for p in found]
    assert all(m.startswith(f"{file}:") and "\n    -> " in m for m in messages), messages
    assert any(all(word in m for word in says) for m in messages), messages


def test_the_messages_for_the_three_cases_of_the_issue(tmp_path):
    """What an editor reads: a reversed range, a missing Japanese word and a YAML mistake."""
    root = project(tmp_path)
    rules = root / "data" / "guide-rules.yml"
    rules.write_text(swap_pair("follow_up_after_days")(rules.read_text("utf-8")), "utf-8")
    strings = root / "data" / "ui-strings.yml"
    strings.write_text(sub(r"^(  plan:\n    en: .*\n)    ja: .*\n", r"\1")(strings.read_text("utf-8")), "utf-8")
    [reversed_range] = [str(p) for p in schemas.data_problems(root) if "backwards" in str(p)]
    assert reversed_range.startswith("data/guide-rules.yml:") and "write the smaller number first" in reversed_range
    [missing] = [str(p) for p in schemas.data_problems(root) if "has no ja text" in str(p)]
    assert missing.startswith("data/ui-strings.yml:") and "'planner.plan' has no ja text" in missing
    rules.write_text("business_hours: [9, 18\nthank_you_within_hours: 24\n", "utf-8")
    [broken] = [str(p) for p in schemas.data_problems(root) if p.path == Path("data/guide-rules.yml")]
    assert broken.startswith("data/guide-rules.yml:1: not valid YAML: the `[` here is not closed (line 2: ")


def test_a_data_file_mistake_stops_the_build_before_any_page(tmp_path):
    copy = project_copy(tmp_path / "project")
    rules = copy / "data" / "guide-rules.yml"
    rules.write_text(swap_pair("follow_up_after_days")(rules.read_text("utf-8")), "utf-8")
    result = build(copy, tmp_path / "site")
    assert result.returncode != 0
    assert "data/guide-rules.yml:" in result.stderr and "runs backwards" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_a_front_matter_mistake_stops_the_build_before_any_page(tmp_path):
    copy = project_copy(tmp_path / "project")
    page = sorted((copy / "docs").glob("*.ja.md"))[0]
    page.write_text(sub(r"^reviewed: .*$", "reviewed: last week")(page.read_text("utf-8")), "utf-8")
    result = build(copy, tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/{page.name}:" in result.stderr and "'reviewed' is 'last week', not a date" in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_the_report_reads_file_line_what_and_fix():
    problem = schemas.Problem(Path("data/guide-rules.yml"), 15, "'follow_up_after_days' runs backwards: 10 to 7",
                                 "write the smaller number first: [7, 10]")
    assert report([problem], "Data files").splitlines()[1:] == [
        "data/guide-rules.yml:15: 'follow_up_after_days' runs backwards: 10 to 7",
        "    -> write the smaller number first: [7, 10]"]


# Page front matter (data/schemas/front-matter.schema.yml): the same kinds of mistake, planted in
# the first page whose front matter has the place to change, are reported at their line in the page
# (within a line; a missing key where the front matter starts, line 2). Front matter holds no ranges,
# and a page's own language is the page-language check's.
FRONT_MATTER_MUTATIONS = [
    ("wrong type", sub(r"^(reviewed:) \d{4}-\d\d-\d\d$", r"\1 last week"), ["'reviewed' is 'last week', not a date"]),
    ("out of range", sub(r"^(reviewed:)", r"search:\n  boost: 0\n\1"),
     ["'search.boost' is 0, out of range", "boost: 0.5"]),
    ("too long", sub(r"^(description: .*)$", r"\1" + " More words." * 20), ["characters, more than"]),
    ("missing part", sub(r"^translation:\n  source_sha256: .*\n", ""),
     ["'translation' is missing", "make stamp PAGE="], 2),
    ("unknown key", sub(r"^reviewed:", "reviewd:"), ["unknown key 'reviewd'", "did you mean 'reviewed'"]),
    ("broken reference", sub(r"^(tools: \[)", r"\1composr, "), ["unknown tool 'composr'", "use one of: "]),
    ("broken YAML", sub(r"^(title: )(.*)$", r"\1a: \2"), ["front matter is not valid YAML"]),
]


@pytest.mark.parametrize("name, change, says, at", [(*m, None)[:4] for m in FRONT_MATTER_MUTATIONS],
                         ids=[m[0] for m in FRONT_MATTER_MUTATIONS])
def test_a_mistake_in_front_matter_is_reported_with_its_page_and_line(tmp_path, name, change, says, at):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    for page in sorted(docs.glob("*.md")):
        text = page.read_text("utf-8")
        head = text[:text.index("\n---\n", 4) + 5]           # the front matter, fences included
        if change(head) != head:
            break
    else:
        pytest.fail(f"{name}: no page's front matter has the place to change")
    changed = change(head)
    line = at or changed[:next(i for i, (a, b) in enumerate(zip(head, changed + "\0")) if a != b)].count("\n") + 1
    page.write_text(changed + text[len(head):], "utf-8")
    problems = [p for p in schemas.front_matter_problems(docs) if p.path == page]
    assert [p for p in problems if abs(p.line - line) <= (0 if at else 1)
            and all(word in str(p) for word in says) and "\n    -> " in str(p)], (line, [str(p) for p in problems])
