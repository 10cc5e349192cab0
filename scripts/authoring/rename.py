"""`make rename OLD=<page> NEW=<page>`: rename a page in both languages without breaking a link.

Every step, in order: move docs/OLD.md and each translation (git mv in a git checkout) and the
English copies the translations were stamped against; point the nav entry at the new file; add
`OLD.md: NEW.md` to `redirect_maps` in mkdocs.yml (the old address keeps working in every
language, scripts/hooks/redirects_per_language.py), and point older redirects to OLD at NEW;
rewrite the links, addresses and page names that reach the page (scripts/authoring/rewrite.py),
re-stamping the translations whose English page changed only by that; append the new addresses
to tests/published-urls.txt. Then it lists, with `file:line`, what still names the old page.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from scripts import mkdocs_yml
from scripts.authoring import rewrite
from scripts.authoring.command import CommandError, run
from scripts.authoring.registry import update_registry
from scripts.checks.freshness import SNAPSHOTS
from scripts.pages import ASCII_ID, DEFAULT_LANGUAGE, LANGUAGES
from scripts.problems import display

ROOT = Path(__file__).resolve().parents[2]
NAME_RULE = "lowercase letters, digits and hyphens, like the page names in docs/ (e.g. interview-checklists)"


class RenameError(CommandError):
    """The rename cannot be done; nothing has been changed. The message says why."""


def validate(project: Path, old: str, new: str, redirects: dict[str, str]) -> None:
    docs = project / "docs"
    for name, value in (("OLD", old), ("NEW", new)):
        if not value:
            raise RenameError(f"{name} is empty: make rename OLD=<page> NEW=<new-page>")
        if not ASCII_ID.match(value):
            raise RenameError(f"{name}={value}: a page name is {NAME_RULE}")
    if old == "index":
        raise RenameError("the home page (index) cannot be renamed: its address is the site address")
    if not (docs / f"{old}.md").exists():
        known = sorted(p.stem for p in docs.glob("*.md") if "." not in p.stem)
        raise RenameError(f"there is no page '{old}' (docs/{old}.md); pages: {', '.join(known)}")
    existing = [display(p) for p in rewrite.page_files(docs, new) if p.exists()]
    if existing:
        raise RenameError(f"{', '.join(existing)} already exist{'s' if len(existing) == 1 else ''}; choose another NEW")
    if f"{new}.md" in redirects and redirects[f"{new}.md"].partition("#")[0] != f"{old}.md":
        raise RenameError(f"'{new}' is an old page name that redirects to {redirects[f'{new}.md']} "
                          "(redirect_maps in mkdocs.yml); choose another NEW")


def rules(old: str, new: str) -> rewrite.Rules:
    def link(source: str, path: str, fragment: str) -> str | None:
        target = rewrite.target_key(source, path)
        if target is None or target[0] != old or not target[1]:
            return None
        return rewrite.link_to(source, new, target[1], fragment)

    def address(lang: str, key: str, fragment: str) -> str | None:
        return rewrite.address(lang, new, fragment) if key == old else None

    return rewrite.Rules(link=link, address=address, page_name=lambda text: new if text == old else None,
                         mentions=re.compile(rf"(?<![\w-]){re.escape(old)}(?:\.(?:[a-z]{{2}}\.)?md\b|/)"))


def rename(old: str, new: str, project: Path = ROOT) -> list[str]:
    """Do the rename; returns the report to print."""
    config_file = project / "mkdocs.yml"
    config_text = config_file.read_text(encoding="utf-8")
    redirects = mkdocs_yml.redirect_maps(mkdocs_yml.load_text(config_text))
    validate(project, old, new, redirects)
    docs, out = project / "docs", []

    for source, dest in zip(rewrite.page_files(docs, old), rewrite.page_files(docs, new)):
        if source.exists():
            out.append(rewrite.move(project, source, dest))
    for lang in LANGUAGES:
        snapshot = project / SNAPSHOTS / lang / f"{old}.{DEFAULT_LANGUAGE}.md"
        if snapshot.exists():
            out.append(rewrite.move(project, snapshot, snapshot.with_name(f"{new}.{DEFAULT_LANGUAGE}.md")))

    config_text, nav_lines = mkdocs_yml.rename_nav_file(config_text, f"{old}.md", f"{new}.md")
    changes: dict[str, str | None] = {f"{new}.md": None}            # NEW was renamed away once: a page again
    for source, target in redirects.items():
        path, hash_, fragment = target.partition("#")
        if path == f"{old}.md" and source != f"{new}.md":
            changes[source] = f"{new}.md{hash_}{fragment}"              # no redirect to a redirect
    changes[f"{old}.md"] = f"{new}.md"
    config_text, redirect_lines = mkdocs_yml.update_redirects(config_text, changes)
    config_file.write_text(config_text, encoding="utf-8")
    for line in nav_lines:
        out.append(f"{display(config_file)}:{line}: nav -> {new}.md")
    if not nav_lines:
        out.append(f"{display(config_file)}: no nav entry for {old}.md (none to change)")
    for line in redirect_lines:
        out.append(f"{display(config_file)}:{line}: redirect_maps: {config_text.splitlines()[line - 1].strip()}")
    out.append(f"  the old addresses /{old}/ and " + ", ".join(f"/{lang}/{old}/" for lang in LANGUAGES
                                                               if lang != DEFAULT_LANGUAGE)
               + " redirect to the new ones, #sections included")

    r = rules(old, new)
    outcome = rewrite.apply(project, r)
    outcome.registered = update_registry(project)
    outcome.mentions = rewrite.mentions(project, r.mentions, rewrite.redirect_span_lines(project))
    out += rewrite.summary(outcome)
    out.append("next: make check, then commit (git status shows every change)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make rename OLD=<page> NEW=<page>", description=__doc__.split("\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    args = parser.parse_args(argv)
    return run("rename", lambda: rename(args.old.strip(), args.new.strip()))


if __name__ == "__main__":
    sys.exit(main())
