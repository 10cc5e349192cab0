"""`make stamp PAGE=<page>`: record that a page's translations were checked against its English text.

For each translation of the page (docs/<page>.ja.md): the sha256 of docs/<page>.md goes into its
front matter (`translation: source_sha256:`; only that line changes, every other byte stays)
and the English text itself into translations/ja/<page>.en.md, which `make check` diffs against
when the English page changes (scripts/checks/freshness.py). Run it after comparing the
translation with the English page: it says "checked", it does not check. One page at a time.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from scripts.authoring.command import CommandError, run
from scripts.checks.freshness import reviewed, sha256, snapshot_path, stamped_hash
from scripts.checks.front_matter import meta_line
from scripts.pages import DEFAULT_LANGUAGE, LANGUAGES, read_page, split_name, translation_path
from scripts.problems import display

ROOT = Path(__file__).resolve().parents[2]
STAMP_LINE = re.compile(r"^(\s*source_sha256\s*:[ \t]*)([^\r\n]*)(\r?\n?)$")


class StampError(CommandError):
    """The page cannot be stamped; the message says why and what to do."""


def record(path: Path, docs_dir: Path, english: bytes) -> str:
    """Stamp the translation at `path` as checked against the English text `english`: its
    hash into the front matter, the text into the snapshot. Returns the hash."""
    page = read_page(Path(path), Path(docs_dir))
    number = meta_line(page, "source_sha256")
    lines = page.path.read_bytes().decode("utf-8").splitlines(keepends=True)
    match = STAMP_LINE.match(lines[number - 1]) if number > 1 else None
    if not match:
        raise StampError(f"{display(page.path)} has no `source_sha256:` line in its front matter; "
                         "add `translation:` with `  source_sha256: pending` under it")
    digest = sha256(english)
    lines[number - 1] = match.group(1) + digest + match.group(3)
    page.path.write_bytes("".join(lines).encode("utf-8"))
    snapshot = snapshot_path(page)
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    snapshot.write_bytes(english)
    return digest


def page_key(name: str, docs_dir: Path) -> str:
    """`page`, `docs/page.md` or `docs/page.ja.md` -> the page key ("page")."""
    path = Path(name)
    if path.suffix == ".md":
        try:
            path = path.resolve().relative_to(Path(docs_dir).resolve())
        except ValueError:
            raise StampError(f"{name} is not a page in {display(docs_dir)}") from None
        return split_name(path)[0]
    return name.strip().strip("/")


def stamp(name: str, docs_dir: Path = ROOT / "docs") -> list[str]:
    """Stamp every translation of the page `name`; returns what to print."""
    docs_dir = Path(docs_dir)
    if not name.strip():
        raise StampError("name the page, e.g. make stamp PAGE=thank-you-email")
    key = page_key(name, docs_dir)
    source = docs_dir / f"{key}.md"
    if not key or not source.exists():
        pages = sorted({split_name(p.relative_to(docs_dir))[0] for p in docs_dir.rglob("*.md")})
        raise StampError(f"no page '{name}' (no {display(source)}); pages: {', '.join(pages)}")
    english = source.read_bytes()
    out = []
    for lang in LANGUAGES:
        if lang == DEFAULT_LANGUAGE:
            continue
        path = translation_path(read_page(source, docs_dir), lang)
        if not path.exists():
            raise StampError(f"{display(path)} does not exist: translate {display(source)} into it first")
        before = read_page(path, docs_dir)
        snapshot = snapshot_path(before)
        old_snapshot = snapshot.read_text(encoding="utf-8") if snapshot.exists() else None
        changed = stamped_hash(before) != sha256(english)
        digest = record(path, docs_dir, english)
        out.append(f"{display(path)}: checked against {display(source)} (source_sha256 {digest[:12]}…, "
                   f"text kept in {display(snapshot)})" if changed else
                   f"{display(path)}: already stamped with the current {display(source)}; nothing to do")
        if changed and old_snapshot and reviewed(old_snapshot) == reviewed(english.decode("utf-8")):
            out.append(f"  note: {display(source)} still has `reviewed: {reviewed(old_snapshot)}`, as at the "
                       "last stamp; if its content changed, set `reviewed:` to today in both pages")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make stamp PAGE=<page>", description=__doc__.split("\n")[0])
    parser.add_argument("page", help="the page, e.g. thank-you-email")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    return run("stamp", lambda: stamp(args.page, args.docs))


if __name__ == "__main__":
    sys.exit(main())
