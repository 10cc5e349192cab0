"""Translation freshness: a translation records the English text it was last checked against.

`make stamp PAGE=<page>` writes two things when an editor has checked a translation against
its English page: the sha256 of the English file in the translation's front matter
(`translation: source_sha256:`), and a copy of that English text in
`translations/<lang>/<page>.en.md` (outside docs/, so MkDocs never builds it). When the English
page changes, the hashes differ: the translation is stale, and the check prints what changed
in English since the stamp (a unified diff, stamped copy -> current page), reminds the editor
that a revised page needs a new `reviewed:` date, and names the one command that re-stamps.

A hash that is not a sha256 at all (e.g. `pending` on a new page) is the front matter check's.
"""
from __future__ import annotations

import difflib
import hashlib
from pathlib import Path

from scripts.checks.front_matter import SHA256, meta_line, stamp_command
from scripts.pages import DEFAULT_LANGUAGE, FRONT_MATTER, Page, docs_dir_of, read_pages, translation_path
from scripts.problems import Problem, display

SNAPSHOTS = "translations"      # beside docs/
DIFF_LINES = 60                 # a longer diff is cut, with the command that shows all of it


def source_hash(path: Path) -> str:
    return sha256(Path(path).read_bytes())


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stamped_hash(page: Page) -> str | None:
    translation = page.meta.get("translation")
    value = translation.get("source_sha256") if isinstance(translation, dict) else None
    return value if isinstance(value, str) else None


def snapshot_path(page: Page) -> Path:
    """Where the English text this translation was checked against is kept."""
    return docs_dir_of(page).parent / SNAPSHOTS / page.lang / f"{page.key}.{DEFAULT_LANGUAGE}.md"


def reviewed(text: str) -> str | None:
    match = FRONT_MATTER.match(text)
    for line in (match.group(1).splitlines() if match else []):
        if line.startswith("reviewed:"):
            return line.partition(":")[2].strip()
    return None


def english_diff(snapshot: Path, source: Path) -> list[str]:
    old = snapshot.read_text(encoding="utf-8").splitlines()
    new = source.read_text(encoding="utf-8").splitlines()
    lines = list(difflib.unified_diff(old, new, f"{display(snapshot)} (English when stamped)",
                                      f"{display(source)} (now)", n=2, lineterm=""))
    if len(lines) > DIFF_LINES:
        rest = len(lines) - DIFF_LINES
        lines = lines[:DIFF_LINES] + [f"... {rest} more lines: diff -u {display(snapshot)} {display(source)}"]
    return lines


def stale_problem(page: Page, source: Path, snapshot: Path) -> Problem:
    message = [f"stale translation: {display(source)} has changed since this page was checked against it"]
    if snapshot.exists():
        message += english_diff(snapshot, source)
        before, now = reviewed(snapshot.read_text(encoding="utf-8")), reviewed(source.read_text(encoding="utf-8"))
        if before and before == now:
            message.append(f"{display(source)} still says `reviewed: {now}`, as when this translation was stamped.")
    else:
        message.append(f"(no diff: {display(snapshot)}, the English text at the last stamp, is missing)")
    return Problem(
        page.path, meta_line(page, "source_sha256"), "\n    ".join(message),
        f"bring this page in line with the English changes; if they are more than a typo fix, set "
        f"`reviewed:` to today in both {display(source)} and this page (the feeds announce revised pages "
        f"by that date); then run `{stamp_command(page)}`")


def freshness_problems(docs_dir: Path) -> list[Problem]:
    problems = []
    for page in read_pages(docs_dir):
        if page.lang == DEFAULT_LANGUAGE:
            continue
        stamped, source = stamped_hash(page), translation_path(page, DEFAULT_LANGUAGE)
        if not (stamped and SHA256.match(stamped)) or not source.exists():
            continue
        snapshot = snapshot_path(page)
        if snapshot.exists() and source_hash(snapshot) != stamped:
            problems.append(Problem(
                page.path, meta_line(page, "source_sha256"),
                f"{display(snapshot)} is not the English text this page's source_sha256 was stamped with",
                f"compare this page with {display(source)}, then run `{stamp_command(page)}` "
                f"(it rewrites both; never edit {display(snapshot)} by hand)"))
        elif stamped != source_hash(source):
            problems.append(stale_problem(page, source, snapshot))
    return problems
