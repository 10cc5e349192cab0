"""`make rename-section PAGE=<page> OLD=<id> NEW=<id>`: change a section id in both languages,
keeping the old one working.

In docs/PAGE.md and each translation: the heading's `{#OLD}` becomes `{#NEW}`, and `{: #OLD }`
goes on the line after the first paragraph (or list item) under the heading that has no id of
its own yet, so `/PAGE/#OLD` and `/ja/PAGE/#OLD` still open the section. Then links, addresses
typed by hand and `redirect_maps` targets that reach `PAGE#OLD` are rewritten
(scripts/authoring/rewrite.py), the translations' stamps follow, and the new addresses are
appended to tests/published-urls.txt.
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
from scripts.pages import ASCII_ID, EXPLICIT_ID, FENCE, HEADING, anchor_ids, read_page
from scripts.problems import display

ROOT = Path(__file__).resolve().parents[2]
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
ATTR_LINE = re.compile(r"^\s*\{:[^}]*\}\s*$")
NOT_A_PARAGRAPH = re.compile(r"^(?:\s|\||<|!!!|\?\?\?|===|>|#|\{:)")
ANY_HEADING = re.compile(r"^(#{1,6})\s")


class RenameSectionError(CommandError):
    """Nothing has been changed; the message says why."""


def validate(docs: Path, page: str, old: str, new: str) -> list:
    for name, value in (("PAGE", page), ("OLD", old), ("NEW", new)):
        if not value:
            raise RenameSectionError(f"{name} is empty: make rename-section PAGE=<page> OLD=<id> NEW=<new-id>")
    source = docs / f"{page}.md"
    if not source.exists():
        raise RenameSectionError(f"there is no page '{page}' (docs/{page}.md)")
    english = read_page(source, docs)
    ids = [h.id for h in english.headings if h.id]
    if old not in ids:
        raise RenameSectionError(f"no section id '{old}' on {display(source)}; its ids: {', '.join(ids)}")
    if not ASCII_ID.match(new):
        raise RenameSectionError(f"NEW={new}: a section id is lowercase letters, digits and hyphens (e.g. tone-of-voice)")
    pages = [read_page(p, docs) for p in rewrite.page_files(docs, page) if p.exists()]
    taken = [display(p.path) for p in pages if new in anchor_ids(p)]
    if taken:
        raise RenameSectionError(f"'{new}' is already an id on {', '.join(taken)}; choose another NEW")
    return pages


def keep_old_id(lines: list[str], heading: int, old: str) -> int | None:
    """Index to insert `{: #old }` at: after the first paragraph or list item under the heading at
    `heading` that has no attribute line yet; None when the section has neither."""
    level = len(HEADING.match(lines[heading]).group(1))
    i, in_fence = heading + 1, False
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            in_fence = not in_fence
            i += 1
            continue
        heading_match = ANY_HEADING.match(line)
        if not in_fence and heading_match and len(heading_match.group(1)) <= level:
            return None
        if in_fence or not line.strip() or heading_match or (NOT_A_PARAGRAPH.match(line) and not LIST_ITEM.match(line)):
            i += 1
            continue
        end = i + 1                                     # a paragraph or one list item: up to a blank line,
        while end < len(lines) and lines[end].strip() and not LIST_ITEM.match(lines[end]) \
                and not ATTR_LINE.match(lines[end]) and not FENCE.match(lines[end]):
            end += 1                                    # the next item or an attribute line
        if end < len(lines) and ATTR_LINE.match(lines[end]):
            i = end + 1                                 # this one already carries attributes
            continue
        return end
    return None


def rules(page: str, old: str, new: str) -> rewrite.Rules:
    def link(source: str, path: str, fragment: str) -> str | None:
        target = rewrite.target_key(source, path)
        if target is None or target[0] != page or fragment != old:
            return None
        return rewrite.link_to(source, page, target[1], new) if target[1] else f"#{new}"

    def address(lang: str, key: str, fragment: str) -> str | None:
        return rewrite.address(lang, page, new) if key == page and fragment == old else None

    def page_lines(path: Path, key: str, text: str) -> tuple[str, list[rewrite.Change]]:
        if key != page:
            return text, []
        lines = text.splitlines(keepends=True)
        for number, line in enumerate(lines):
            match = HEADING.match(line)
            id_match = EXPLICIT_ID.search(match.group(2)) if match else None
            if id_match and id_match.group(1) == old:
                break
        else:
            return text, []
        attrs = id_match.group(0)
        lines[number] = line.replace(attrs, attrs.replace(f"#{old}", f"#{new}"))
        changes = [rewrite.Change(path, number + 1, "heading id", f"{{#{old}}}", f"{{#{new}}}")]
        at = keep_old_id(lines, number, old)
        if at is None:
            raise RenameSectionError(f"{display(path)}:{number + 1}: the section has no paragraph or list item "
                                     f"to keep '#{old}' on; write its first sentence, then run the command again")
        indent = re.match(r"\s*", lines[at - 1]).group(0)
        ending = "\r\n" if lines[at - 1].endswith("\r\n") else "\n"
        if not lines[at - 1].endswith("\n"):
            lines[at - 1] += ending
        lines.insert(at, f"{indent}{{: #{old} }}{ending}")
        changes.append(rewrite.Change(path, at + 1, "kept id", "", f"{{: #{old} }}  (links to #{old} keep working)"))
        return "".join(lines), changes

    if page == "index":
        mentions = re.compile(rf"(?:\bindex(?:\.[a-z]{{2}})?\.md|(?<![\w.-])/(?:[a-z]{{2}}/)?)#{re.escape(old)}(?![\w-])")
    else:
        mentions = re.compile(rf"(?<![\w-]){re.escape(page)}(?:\.(?:[a-z]{{2}}\.)?md|/)#{re.escape(old)}(?![\w-])")
    return rewrite.Rules(link=link, address=address, page_lines=page_lines, mentions=mentions)


def rename_section(page: str, old: str, new: str, project: Path = ROOT) -> list[str]:
    docs = project / "docs"
    pages = validate(docs, page, old, new)
    r = rules(page, old, new)
    for each in pages:                                  # dry run: every file can keep the old id
        r.page_lines(each.path, page, each.text)
    outcome = rewrite.apply(project, r)

    config_file = project / "mkdocs.yml"
    config_text = config_file.read_text(encoding="utf-8")
    changes = {source: f"{page}.md#{new}" for source, target in
               mkdocs_yml.redirect_maps(mkdocs_yml.load_text(config_text)).items() if target == f"{page}.md#{old}"}
    out = []
    if changes:
        config_text, lines = mkdocs_yml.update_redirects(config_text, changes)
        config_file.write_text(config_text, encoding="utf-8")
        out += [f"{display(config_file)}:{line}: redirect_maps -> {page}.md#{new}" for line in lines]
    outcome.registered = update_registry(project)
    outcome.mentions = rewrite.mentions(project, r.mentions)
    out += rewrite.summary(outcome)
    out.append(f"/{'' if page == 'index' else page + '/'}#{old} keeps opening the section in every language; "
               "next: make check, then commit")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make rename-section PAGE=<page> OLD=<id> NEW=<id>",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("page")
    parser.add_argument("old")
    parser.add_argument("new")
    args = parser.parse_args(argv)
    return run("rename-section", lambda: rename_section(args.page.strip(), args.old.strip().lstrip("#"),
                                                         args.new.strip().lstrip("#")))


if __name__ == "__main__":
    sys.exit(main())
