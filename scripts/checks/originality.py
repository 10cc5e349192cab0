"""Originality: no page repeats a source text word for word.

Same rule as /work/shared/tools/originality.py: a match is a run of 10+ consecutive English
words, or 25+ consecutive Japanese characters (spaces and punctuation ignored, NFKC, lower
case), found both in a page under docs/ and in a `*.txt` file in the sources folder. This
version reports the file and line where each copied stretch starts, and the source it repeats.

The sources folder defaults to ../shared/sources next to the repository. When it does not
exist the check cannot run; it says so ("skipped: ...") instead of passing quietly.

    python -m scripts.checks.originality [--docs docs] [--sources ../shared/sources]
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from scripts.pages import read_pages
from scripts.problems import Problem, display, report

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCES = ROOT.parent / "shared" / "sources"
RUN = {"en": 10, "ja": 25}
JA_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f々〆ー]")
EN_WORD = re.compile(r"[a-z0-9']+")


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def tokens(text: str, script: str) -> list[tuple[str, int]]:
    """(token, line) pairs: English words, or single Japanese characters."""
    pattern = EN_WORD if script == "en" else JA_CHAR
    return [(token, number) for number, line in enumerate(text.splitlines(), start=1)
            for token in pattern.findall(normalise(line))]


def runs(items: list[tuple[str, int]], script: str):
    """(start index, run text) for every window of RUN[script] tokens."""
    size, glue = RUN[script], " " if script == "en" else ""
    words = [token for token, _ in items]
    for start in range(len(words) - size + 1):
        yield start, glue.join(words[start:start + size])


@dataclass
class Sources:
    folder: Path
    known: dict[str, dict[str, str]]    # script -> run -> source file name

    @classmethod
    def read(cls, folder: Path) -> "Sources":
        known: dict[str, dict[str, str]] = {"en": {}, "ja": {}}
        for source in sorted(Path(folder).glob("*.txt")):
            text = source.read_text(encoding="utf-8")
            for script in known:
                for _, run in runs(tokens(text, script), script):
                    known[script].setdefault(run, source.name)
        return cls(Path(folder), known)


def page_problems(path: Path, text: str, sources: Sources) -> list[Problem]:
    problems = []
    for script, size in RUN.items():
        items = tokens(text, script)
        hits = [(start, sources.known[script][run]) for start, run in runs(items, script)
                if run in sources.known[script]]
        # Overlapping windows are one copied stretch: report it once, where it starts.
        stretch_end = -1
        for start, source in hits:
            if start <= stretch_end:
                stretch_end = start + size - 1
                continue
            stretch_end = start + size - 1
            glue = " " if script == "en" else ""
            excerpt = glue.join(token for token, _ in items[start:start + size])
            problems.append(Problem(
                path, items[start][1], f"repeats {display(sources.folder / source)} word for word: \"{excerpt}...\"",
                "say it in your own words (and cite the source on the sources page if it is one)"))
    return problems


def originality_problems(docs_dir: Path, sources_dir: Path = DEFAULT_SOURCES) -> list[Problem] | None:
    """Problems, or None when there is no sources folder to compare against."""
    if not Path(sources_dir).is_dir():
        return None
    sources = Sources.read(sources_dir)
    problems = []
    for page in read_pages(docs_dir):
        problems += page_problems(page.path, page.text, sources)
    return problems


def skipped_message(sources_dir: Path) -> str:
    return f"skipped: no sources folder at {display(sources_dir)} (pass --sources DIR)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.checks.originality", description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    args = parser.parse_args(argv)
    problems = originality_problems(args.docs, args.sources)
    if problems is None:
        print(f"Originality: {skipped_message(args.sources)}")
        return 0
    print(report(problems, "Originality"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
