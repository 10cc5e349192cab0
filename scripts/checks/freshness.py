"""Translation freshness: a Japanese page records which English text it was reviewed against.

`translation.source_sha256` in a Japanese page's front matter is the sha256 of the English
page file's bytes when the translation was last checked. When the English page changes, the
hashes differ and the translation is reported stale until someone updates it and re-stamps:

    python -m scripts.checks.freshness                          # list stale translations
    python -m scripts.checks.freshness stamp docs/page.ja.md    # after review: record the current English hash
    python -m scripts.checks.freshness stamp --all              # every Japanese page (e.g. after a bulk review)

Stamping rewrites only the `source_sha256:` line; every other byte of the file stays as it is.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from scripts.checks.front_matter import SHA256, STAMP_COMMAND, meta_line
from scripts.pages import DEFAULT_LANGUAGE, Page, read_page, read_pages, translation_path
from scripts.problems import Problem, display, report

ROOT = Path(__file__).resolve().parents[2]
STAMP_LINE = re.compile(r"^(\s*source_sha256\s*:[ \t]*)([^\r\n]*)(\r?\n?)$")


def source_hash(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def stamped_hash(page: Page) -> str | None:
    translation = page.meta.get("translation")
    value = translation.get("source_sha256") if isinstance(translation, dict) else None
    return value if isinstance(value, str) else None


def freshness_problems(docs_dir: Path) -> list[Problem]:
    """Stale translations. A missing or malformed hash (e.g. `pending`) is the front matter
    check's to report; here only a real hash that no longer matches counts."""
    problems = []
    for page in read_pages(docs_dir):
        if page.lang == DEFAULT_LANGUAGE:
            continue
        stamped, source = stamped_hash(page), translation_path(page, DEFAULT_LANGUAGE)
        if not (stamped and SHA256.match(stamped)) or not source.exists():
            continue
        if stamped != source_hash(source):
            problems.append(Problem(
                page.path, meta_line(page, "source_sha256"),
                f"stale translation: {display(source)} has changed since this page was stamped",
                f"bring this page in line with {display(source)}, then run "
                f"`{STAMP_COMMAND.format(path=display(page.path))}` (or `stamp --all`)",
            ))
    return problems


def stamp(path: Path, docs_dir: Path) -> str:
    """Write the current English hash into the Japanese page at `path`; returns the hash."""
    path, docs_dir = Path(path).resolve(), Path(docs_dir).resolve()
    page = read_page(path, docs_dir)
    if page.lang == DEFAULT_LANGUAGE:
        raise ValueError(f"{display(path)} is an English page; stamp its translation instead")
    source = translation_path(page, DEFAULT_LANGUAGE)
    if not source.exists():
        raise ValueError(f"{display(path)} has no English page ({display(source)} does not exist)")
    digest = source_hash(source)
    lines = path.read_bytes().decode("utf-8").splitlines(keepends=True)
    number = meta_line(page, "source_sha256")
    match = STAMP_LINE.match(lines[number - 1]) if number > 1 else None
    if not match:
        raise ValueError(f"{display(path)} has no `source_sha256:` line in its front matter; "
                         "add `translation:` with `  source_sha256: pending` under it")
    lines[number - 1] = match.group(1) + digest + match.group(3)
    path.write_bytes("".join(lines).encode("utf-8"))
    return digest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.checks.freshness", description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="docs folder (default: docs)")
    sub = parser.add_subparsers(dest="command")
    stamp_parser = sub.add_parser("stamp", help="record the current English hash in reviewed Japanese pages")
    stamp_parser.add_argument("pages", nargs="*", type=Path, help="Japanese pages, e.g. docs/thank-you-email.ja.md")
    stamp_parser.add_argument("--all", action="store_true", help="every Japanese page")
    args = parser.parse_args(argv)
    if args.command == "stamp":
        targets = [p.path for p in read_pages(args.docs) if p.lang != DEFAULT_LANGUAGE] if args.all else args.pages
        if not targets:
            stamp_parser.error("name the Japanese pages to stamp, or use --all")
        try:
            for target in targets:
                print(f"{display(target)}: source_sha256 {stamp(target, args.docs)[:12]}…")
        except ValueError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        return 0
    problems = freshness_problems(args.docs)
    print(report(problems, "Freshness") if problems else "Freshness: every translation matches its English page")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
