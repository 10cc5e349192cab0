"""Content parity beyond heading ids: a translation keeps the page's working parts.

Per page pair, the Japanese page has as many code blocks (the copyable templates), tab groups
(runs of `=== "..."` tabs) and task-list items (`- [ ]` checklist lines) as the English page.
A dropped template or checklist line is easy to miss in review and invisible to the build.
Both pages also rank alike in search: the same `search: boost:` in their front matter.
"""
from __future__ import annotations

import re
from pathlib import Path

from scripts.checks.front_matter import meta_line, search_boost
from scripts.pages import DEFAULT_LANGUAGE, FENCE, Page, read_pages
from scripts.problems import Problem, display

TAB = re.compile(r"^(\s*)=== \"")
TASK = re.compile(r"^\s*[-*+] \[[ xX]\] ")
KINDS = ("code blocks", "tab groups", "task-list items")


def counts(text: str) -> dict[str, int]:
    found = dict.fromkeys(KINDS, 0)
    in_fence = False
    open_tabs: set[int] = set()      # indents at which a tab group is running
    for line in text.splitlines():
        if FENCE.match(line):
            if not in_fence:
                found["code blocks"] += 1
            in_fence = not in_fence
            continue
        if in_fence or not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        tab = TAB.match(line)
        # Any line at or left of a running group's indent ends that group, except the next tab.
        open_tabs = {i for i in open_tabs if i < indent or (tab and i == indent)}
        if tab and indent not in open_tabs:
            found["tab groups"] += 1
            open_tabs.add(indent)
        if TASK.match(line):
            found["task-list items"] += 1
    return found


def parity_problems(docs_dir: Path) -> list[Problem]:
    pages = read_pages(docs_dir)
    english: dict[str, Page] = {p.key: p for p in pages if p.lang == DEFAULT_LANGUAGE}
    problems = []
    for page in pages:
        source = english.get(page.key)
        if page.lang == DEFAULT_LANGUAGE or source is None:
            continue
        mine, theirs = counts(page.text), counts(source.text)
        for kind in KINDS:
            if mine[kind] != theirs[kind]:
                problems.append(Problem(
                    page.path, 1,
                    f"{mine[kind]} {kind} here, {theirs[kind]} in {display(source.path)}",
                    f"translate every one of the English page's {kind}, no more and no fewer",
                ))
        if search_boost(page) != search_boost(source):
            problems.append(Problem(
                page.path, meta_line(page, "boost"),
                f"search boost {search_boost(page)} here, {search_boost(source)} in {display(source.path)}",
                "give both languages the same `search: boost:` so the page ranks alike in both",
            ))
    return problems
