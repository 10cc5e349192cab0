"""Content parity beyond heading ids: a translation keeps the page's working parts.

Per page pair, the Japanese page has as many code blocks (the copyable templates), tab groups
(runs of `=== "..."` tabs) and task-list items (`- [ ]` checklist lines) as the English page,
and each section (by heading id) holds as many task-list items in both languages: remembered
ticks are keyed by section and place (overrides/assets/javascripts/tools/checklist.js), so this
check is what makes a tick on the English page show on the Japanese one.
A dropped template or checklist line is easy to miss in review and invisible to the build.
Both pages also rank alike in search (the same `search: boost:`) and place the same in-page
tools (the same `tools:`).
"""
from __future__ import annotations

import re
from pathlib import Path

from scripts.checks.front_matter import meta_line, page_tools_named, search_boost
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


def tasks_by_section(page: Page) -> dict[str, int]:
    """Task-list items per section id ("" before the first `##`/`###` heading), in page order."""
    starts = sorted((h.line, h.id or "") for h in page.headings)
    found: dict[str, int] = {}
    in_fence = False
    for number, line in enumerate(page.text.splitlines(), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and TASK.match(line):
            section = next((sid for start, sid in reversed(starts) if start < number), "")
            found[section] = found.get(section, 0) + 1
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
            if mine[kind] != theirs[kind] and kind != "task-list items":
                problems.append(Problem(
                    page.path, 1,
                    f"{mine[kind]} {kind} here, {theirs[kind]} in {display(source.path)}",
                    f"translate every one of the English page's {kind}, no more and no fewer",
                ))
        mine_tasks, their_tasks = tasks_by_section(page), tasks_by_section(source)
        for section in dict.fromkeys([*their_tasks, *mine_tasks]):
            if mine_tasks.get(section, 0) != their_tasks.get(section, 0):
                line = next((h.line for h in page.headings if h.id == section), 1)
                where = f"under #{section}" if section else "before the first section"
                problems.append(Problem(
                    page.path, line,
                    f"{mine_tasks.get(section, 0)} task-list items {where} here, "
                    f"{their_tasks.get(section, 0)} in {display(source.path)}",
                    "translate every checklist line of that section, in the same order: remembered "
                    "ticks are matched between languages by section and place",
                ))
        if page_tools_named(page) != page_tools_named(source):
            problems.append(Problem(
                page.path, meta_line(page, "tools"),
                f"tools {page_tools_named(page)} here, {page_tools_named(source)} in {display(source.path)}",
                "give both languages the same `tools:` so readers get the same page in either",
            ))
        if search_boost(page) != search_boost(source):
            problems.append(Problem(
                page.path, meta_line(page, "boost"),
                f"search boost {search_boost(page)} here, {search_boost(source)} in {display(source.path)}",
                "give both languages the same `search: boost:` so the page ranks alike in both",
            ))
    return problems
