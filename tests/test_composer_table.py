"""The email composer's table (data/tools/composer.yml) knows every placeholder of the templates it
fills, names only fields the form has, and every field has its words in both languages; a template
with a placeholder the table does not know fails `make check` at its line.
The composer in the browser: tests/browser/test_composer.py."""
from __future__ import annotations

import shutil

import yaml

from scripts import page_tools
from scripts.checks.template_placeholders import TABLE, placeholder_problems
from scripts.pages import LANGUAGES
from tests.site import ROOT

DOCS = ROOT / "docs"
COMPOSER = yaml.safe_load(TABLE.read_text("utf-8"))
WORDS = yaml.safe_load(page_tools.STRINGS.read_text("utf-8"))["composer/form"]
FIELDS = {field["name"]: field for group in COMPOSER["form"] for field in group["fields"]}


def templates_copy(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("email-templates.md", "email-templates.ja.md"):
        shutil.copy(DOCS / name, docs / name)
    return docs


def test_every_placeholder_of_the_filled_templates_is_in_the_composer_table():
    assert placeholder_problems(DOCS) == []


def test_a_placeholder_the_table_does_not_know_is_reported_at_its_line(tmp_path):
    docs = templates_copy(tmp_path)
    page = docs / "email-templates.ja.md"
    lines = page.read_text("utf-8").split("\n")
    line = lines.index("    {印象に残った話題}について詳しく伺い、入社後の仕事をより具体的に思い描くことができました。")
    lines[line] = lines[line].replace("{印象に残った話題}", "{新しい項目}")
    page.write_text("\n".join(lines), "utf-8")
    problems = [str(problem) for problem in placeholder_problems(docs)]
    assert len(problems) == 1
    assert problems[0].startswith(f"{page}:{line + 1}: placeholder '{{新しい項目}}' is not in ")
    assert "add `\"{新しい項目}\": {field: ...}` under `placeholders:`" in problems[0]


def test_a_placeholder_in_a_section_of_examples_is_not_filled_and_needs_no_entry(tmp_path):
    assert "addressee-block" in COMPOSER["examples_only"]
    assert "{面接官の役職}" in (DOCS / "email-templates.ja.md").read_text("utf-8")
    assert "{面接官の役職}" not in COMPOSER["placeholders"]


def test_a_composer_page_without_the_forms_section_is_reported(tmp_path):
    docs = templates_copy(tmp_path)
    page = docs / "email-templates.md"
    page.write_text(page.read_text("utf-8").replace("{#write-it-now}", "{#fill-in}"), "utf-8")
    assert [p.message for p in placeholder_problems(docs)] == ["no section {#write-it-now} for the composer's form"]


def test_every_placeholder_names_a_form_field_of_the_right_kind():
    kinds = {"text": None, "date": {"date"}, "day": {"date"}, "name": {"name", "person"},
             "salutation": {"person"}, "department": {"addressee"}}
    for placeholder, entry in COMPOSER["placeholders"].items():
        kind = entry.get("as", "text")
        assert kind in kinds, placeholder
        if kind == "department":
            assert entry["field"] == "addressee", placeholder
            continue
        field = FIELDS[entry["field"]]
        if kinds[kind]:
            assert field.get("type", "text") in kinds[kind], placeholder
        if "from" in entry:
            assert FIELDS[entry["from"]]["type"] == "date", placeholder
        assert entry.get("empty") in (None, "line"), placeholder
        if entry.get("empty"):
            assert field.get("optional"), f"{placeholder}: only an optional field may drop its line"


def test_every_field_group_and_choice_has_its_words_in_both_languages():
    needed = {"group_" + group["group"] for group in COMPOSER["form"]}
    for name, field in FIELDS.items():
        needed |= {name, name + "_hint"}
        needed |= {f"{name}_{option}" for option in field.get("options", [])}
        if field.get("type") in ("name", "person"):
            needed |= {"family", "given"} | ({"title", "department"} if field["type"] == "person" else set())
    missing = sorted(needed - set(WORDS))
    assert missing == []
    assert all(set(WORDS[key]) == set(LANGUAGES) for key in needed)


def test_template_words_are_given_for_every_language():
    assert set(COMPOSER["words"]) == set(LANGUAGES)
    keys = [set(words) for words in COMPOSER["words"].values()]
    assert all(k == keys[0] for k in keys)


def test_the_thank_you_and_following_up_pages_link_to_the_form_in_both_languages():
    for page in ("thank-you-email", "following-up", "for-agencies"):
        for suffix in ("", ".ja"):
            assert "email-templates.md#write-it-now" in (DOCS / f"{page}{suffix}.md").read_text("utf-8"), page + suffix
