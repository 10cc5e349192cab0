"""Markup hygiene: no drafting notes, unfilled placeholders, images without alt text, table
headers with an empty cell, or Markdown syntax that failed to render and shows up as text on
the page. `{{ rules.<name> }}` (the guide's numbers, scripts/guide_rules.py) is not a
placeholder; one naming no rule is reported.

Source checks read docs/*.md; `leak_problems` reads the built HTML, because only there can we
see that an admonition (`!!! note`) or a tab (`=== "English"`) was left as plain text, e.g.
after a missing blank line or a wrong indent.
"""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import NavigableString
from bs4.element import Comment

from scripts import guide_rules
from scripts.built_site import BuiltSite
from scripts.pages import FENCE, Page, read_pages
from scripts.problems import Problem

DRAFT_NOTE = re.compile(r"\b(TODO|FIXME)\b")
# `{Your name}`, `{会社名}`; not attribute lists such as `{#id}`, `{ .class }` or `{ key=value }`.
PLACEHOLDER = re.compile(r"\{(?!\s*[#.:])([^{}=\n]+)\}")
MD_IMAGE_WITHOUT_ALT = re.compile(r"!\[\s*\]\(")
HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.I)
HTML_ALT = re.compile(r"\balt\s*=\s*(\"[^\"]*\S[^\"]*\"|'[^']*\S[^']*'|[^\s\"'>]+)", re.I)

TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")

LEAKS = {
    "!!!": 'write an admonition as `!!! note "Title"` after a blank line, with its text indented by 4 spaces',
    "???": 'write a collapsible note as `??? note "Title"` after a blank line, with its text indented by 4 spaces',
    "{#": "a heading id `{#id}` works only at the end of a heading line",
    "[[": "`[[...]]` is wiki syntax; write a Markdown link `[text](page.md)`",
    "{{": "`{{ ... }}` is template syntax and is not rendered in pages; remove it",
    "}}": "`{{ ... }}` is template syntax and is not rendered in pages; remove it",
    '=== "': 'a tab (`=== "English"`) needs a blank line before it and its content indented by 4 spaces',
    "--8<--": "snippet includes (`--8<--`) are not enabled; paste the text instead",
}
LEAK = re.compile(r"!!!|\?\?\?|\{#[^}]*\}|\[\[.*?\]\]|\{\{|\}\}|=== \"|--8<--")
CODE_TAGS = {"code", "pre", "script", "style", "textarea", "kbd", "samp"}


def body_lines(page: Page):
    """(line number, text, inside a fenced code block) for the Markdown after the front matter."""
    in_fence = False
    for number, line in enumerate(page.text.splitlines(), start=1):
        if number <= page.body_offset:
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            yield number, line, True
            continue
        yield number, line, in_fence


def header_cells(line: str) -> list[str]:
    cells = line.strip()
    cells = cells[1:] if cells.startswith("|") else cells
    cells = cells[:-1] if cells.endswith("|") else cells
    return [cell.strip() for cell in cells.split("|")]


def source_problems(page: Page) -> list[Problem]:
    problems = []
    for number, line in enumerate(page.text.splitlines()[:page.body_offset], start=1):
        for match in DRAFT_NOTE.finditer(line):     # e.g. the description of a page just made by `make new-page`
            problems.append(Problem(page.path, number, f"drafting note '{match.group(1)}' left in the front matter",
                                    "write the real value and remove the note"))
    previous = ""
    for number, line, in_code in body_lines(page):
        if not in_code and TABLE_DELIMITER.match(line) and "" in header_cells(previous):
            problems.append(Problem(page.path, number - 1, "table header with an empty cell",
                                    "name every column, the first too (e.g. `| Step | ... |`): "
                                    "a screen reader announces the header with each cell"))
        previous = line
        for match in DRAFT_NOTE.finditer(line):
            problems.append(Problem(page.path, number, f"drafting note '{match.group(1)}' left in the page",
                                    "finish the text and remove the note"))
        if not in_code:
            for match in PLACEHOLDER.finditer(guide_rules.TOKEN.sub("", line)):
                problems.append(Problem(
                    page.path, number, f"placeholder '{match.group(0)}' outside a code block",
                    "write the real text, or put the template in a fenced code block (```text) "
                    "where readers copy and fill it in"))
        if MD_IMAGE_WITHOUT_ALT.search(line) or any(not HTML_ALT.search(tag) for tag in HTML_IMAGE.findall(line)):
            problems.append(Problem(page.path, number, "image without alt text",
                                    "describe the image: ![what it shows](path.png) or <img alt=\"...\">"))
    return problems


def markup_problems(docs_dir: Path) -> list[Problem]:
    problems = []
    for page in read_pages(docs_dir):
        problems += source_problems(page) + guide_rules.token_problems(page)
    return problems


def _visible_text(soup):
    for node in soup.find_all(string=True):
        if isinstance(node, Comment) or not isinstance(node, NavigableString):
            continue
        if any(parent.name in CODE_TAGS for parent in node.parents):
            continue
        yield node


def leak_problems(site: BuiltSite) -> list[Problem]:
    """Markdown syntax that reached the built HTML as text (outside <code>/<pre>)."""
    problems = []
    for page in site.pages.values():
        for node in _visible_text(page.soup):
            for match in LEAK.finditer(str(node)):
                token = next(t for t in LEAKS if match.group(0).startswith(t))
                text = next((line.strip() for line in str(node).splitlines() if match.group(0) in line), token)
                snippet = text if len(text) <= 60 else text[:57] + "..."
                line = page.source_line(text) or page.source_line(match.group(0))
                where = (page.source.path, line) if line else (page.path, getattr(node.parent, "sourceline", 1) or 1)
                problems.append(Problem(*where, f"Markdown shown as text on the page: '{snippet}'", LEAKS[token]))
    return problems
