"""Prose lint: textlint on the Japanese pages, codespell on everything else, as Problems.

textlint's Markdown parser reads text indented under tabs (`=== "日本語"`) and admonitions
(`!!! tip`) as code and skips it; much of our Japanese prose sits there. So textlint reads
copies of the pages with that indentation removed (fenced blocks kept, line numbers kept),
and problems are reported against the real files.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.pages import FENCE
from scripts.problems import Problem

ROOT = Path(__file__).resolve().parents[2]
TEXTLINT = ROOT / "node_modules" / ".bin" / "textlint"


JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def dedented(text: str) -> str:
    """Every line indented by 4n spaces outside fenced code moves to column 0; fences are
    dedented with their content, so code stays code. Lines with no Japanese at all (the
    English side of 英語/日本語 tabs) are left blank: they are codespell's. Same number of lines."""
    out, fence_indent = [], None
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if fence_indent is None and FENCE.match(line):
            fence_indent = indent
            out.append(line.lstrip(" "))
        elif fence_indent is not None:
            if FENCE.match(line) and indent <= fence_indent + 3:
                fence_indent = None
                out.append(line.lstrip(" "))
            else:
                out.append(line[min(indent, fence_indent):])
        elif not JAPANESE.search(line) and not line.lstrip().startswith(("===", "!!!", "???", "#", "|", "---", "<!--")):
            out.append("")
        else:
            out.append(line[indent - indent % 4:] if indent >= 4 else line)
    return "\n".join(out)


def textlint_problems(files: list[Path]) -> list[Problem]:
    if not TEXTLINT.exists():
        return [Problem(ROOT / "package.json", 1, "textlint is not installed",
                        "run `npm ci` in the repository root (make test and make check do this)")]
    with tempfile.TemporaryDirectory(prefix="textlint-") as temp:
        copies = {}
        for number, path in enumerate(files):
            copy = Path(temp) / f"{number}-{path.name}"
            copy.write_text(dedented(path.read_text(encoding="utf-8")), encoding="utf-8")
            copies[str(copy)] = path
        result = subprocess.run([str(TEXTLINT), "--config", str(ROOT / ".textlintrc.json"), "--format", "json",
                                 *copies], cwd=ROOT, capture_output=True, text=True)
    try:
        reports = json.loads(result.stdout)
    except json.JSONDecodeError:
        return [Problem(ROOT / ".textlintrc.json", 1, f"textlint failed: {result.stderr.strip()[:500]}",
                        "check .textlintrc.json and `npm ci`")]
    problems = []
    for file_report in reports:
        path = copies.get(file_report["filePath"], Path(file_report["filePath"]))
        for message in file_report["messages"]:
            problems.append(Problem(path, message["line"], f"{message['message']} ({message['ruleId']})",
                                    "reword the sentence; if the rule is wrong for this text, see textlint-rules.md"))
    return problems


CODESPELL_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<word>\S+) ==> (?P<fix>.+)$")


def codespell_problems(paths: list[Path]) -> list[Problem]:
    codespell = shutil.which("codespell", path=str(Path(sys.executable).parent)) or shutil.which("codespell")
    if codespell is None:
        return [Problem(ROOT / "requirements.txt", 1, "codespell is not installed", "run `make test` or `make check`")]
    result = subprocess.run([codespell, *map(str, paths)], cwd=ROOT, capture_output=True, text=True)
    problems = []
    for line in result.stdout.splitlines():
        match = CODESPELL_LINE.match(line)
        if match:
            problems.append(Problem(Path(match["path"]), int(match["line"]),
                                    f"misspelling: {match['word']}", f"write {match['fix']}"))
    return problems


def prose_problems(docs_dir: Path) -> list[Problem]:
    japanese = sorted(Path(docs_dir).rglob("*.ja.md"))
    return textlint_problems(japanese) + codespell_problems([Path(docs_dir)])
