"""Japanese pages read as consistent business Japanese (textlint); English is spelled right (codespell)."""
from __future__ import annotations

from pathlib import Path

from scripts.checks.prose_lint import codespell_problems, dedented, textlint_problems
from tests.site import FIXTURES, ROOT

DOCS = ROOT / "docs"


def test_japanese_pages_pass_textlint():
    problems = textlint_problems(sorted(DOCS.glob("*.ja.md")))
    assert problems == [], "\n".join(map(str, problems))


def test_textlint_catches_mixed_styles_inside_a_tab():
    problems = textlint_problems([FIXTURES / "prose" / "mixed-style.ja.md"])
    assert [(p.path.name, p.line) for p in problems] == [("mixed-style.ja.md", 14)]
    assert "no-mix-dearu-desumasu" in problems[0].message


def test_english_pages_pass_codespell():
    assert codespell_problems([DOCS]) == []


def test_codespell_catches_a_misspelling():
    [problem] = codespell_problems([FIXTURES / "prose" / "misspelled.md"])
    assert (Path(problem.path).name, problem.line, problem.message) == ("misspelled.md", 3, "misspelling: recieve")
    assert problem.fix == "write receive"


def test_dedenting_for_textlint_keeps_lines_and_code():
    text = '=== "日本語"\n\n    本文です。\n\n    ```text\n    件名：{会社名}\n    ```\n    English only\n'
    out = dedented(text)
    assert out.count("\n") == text.count("\n")
    assert out.split("\n")[2] == "本文です。"
    assert out.split("\n")[4:7] == ["```text", "件名：{会社名}", "```"]
    assert out.split("\n")[7] == ""
