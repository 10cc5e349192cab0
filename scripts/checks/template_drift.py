"""Template drift: a phrase or email template reads the same on both language pages.

Pages show templates and phrases in tabs (`=== "English"`, `=== "日本語"`), and both language
pages carry both tabs, so a reader can switch language mid-page. The 日本語 tab on the English
page is a copy of the 日本語 tab on the Japanese page (and the English tab on the Japanese page a
copy of the English page's); copies drift when one side is edited. This check compares them.

Groups of tabs are matched by the section they sit in (the heading id above them) and their
order within it; tabs within a group by label. What is compared is what readers copy:
- a tab with fenced code blocks: the code blocks, line by line, exactly (the prose around them
  explains the template in the page's language and may differ);
- a tab without code blocks (a list of phrases or questions): its text, paragraph by paragraph
  or list item by list item, with line wrapping ignored.
The page in the tab's language owns the text; the problem is reported on the other page's copy,
naming both places.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from scripts.pages import DEFAULT_LANGUAGE, FENCE, Page, read_pages
from scripts.problems import Problem, display

TAB = re.compile(r'^(\s*)=== "([^"]+)"\s*$')
LIST_ITEM = re.compile(r"^(?:[-*+]|\d+\.)\s")
# Which page a tab's text belongs to; a label not listed here belongs to the English page.
LABEL_LANGUAGE = {"English": "en", "日本語": "ja"}


@dataclass
class Tab:
    label: str
    line: int
    body: list[tuple[int, str]] = field(default_factory=list)   # (line number, text without the tab's indent)

    def compared(self) -> list[tuple[int, str]]:
        """What readers copy, as (line number, text): code lines if the tab has code blocks,
        else one entry per paragraph or list item with its line breaks joined."""
        code, in_fence = [], False
        for number, text in self.body:
            if FENCE.match(text):
                in_fence = not in_fence
                code.append((number, text.strip()))
            elif in_fence:
                code.append((number, text.rstrip()))
        if code:
            return code
        units: list[list] = []
        after_blank = True
        for number, text in self.body:
            if not text.strip():
                after_blank = True
                continue
            if after_blank or LIST_ITEM.match(text) or not units:
                units.append([number, text.strip()])
            else:
                units[-1][1] += " " + text.strip()
            after_blank = False
        return [(number, re.sub(r"\s+", " ", text)) for number, text in units]


@dataclass
class Group:
    section: str | None       # id of the heading the group sits under; None above the first one
    index: int                # 1 for the first group in that section, 2 for the next...
    tabs: dict[str, Tab] = field(default_factory=dict)

    @property
    def where(self) -> str:
        place = f"#{self.section}" if self.section else "the top of the page"
        return place + (f" (tab group {self.index})" if self.index > 1 else "")


def tab_groups(page: Page) -> list[Group]:
    lines = page.text.splitlines()
    heading_ids = {h.line: h.id for h in page.headings}
    groups: list[Group] = []
    section, per_section = None, {}
    open_tab: Tab | None = None
    tab_indent = group_indent = -1
    last_tab_end = -1          # index of the last line of the previous tab's body
    in_fence = False
    for index, line in enumerate(lines):
        number = index + 1
        if number <= page.body_offset:
            continue
        indent = len(line) - len(line.lstrip())
        if open_tab is not None:
            if not line.strip() or indent > tab_indent:
                open_tab.body.append((number, line[min(indent, tab_indent + 4):] if line.strip() else ""))
                if line.strip():
                    last_tab_end = index
                continue
            open_tab = None
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if number in heading_ids:
            section = heading_ids[number]
            continue
        match = TAB.match(line)
        if not match:
            continue
        tab_indent = len(match.group(1))
        label = match.group(2)
        between = lines[last_tab_end + 1:index]
        continues_group = (bool(groups) and tab_indent == group_indent and label not in groups[-1].tabs
                           and not any(text.strip() for text in between))
        if not continues_group:
            per_section[section] = per_section.get(section, 0) + 1
            groups.append(Group(section, per_section[section]))
        group_indent = tab_indent
        open_tab = Tab(label, number)
        groups[-1].tabs[label] = open_tab
        last_tab_end = index
    return groups


def _excerpt(text: str, other: str) -> str:
    """Part of `text` around its first difference from `other`."""
    same = next((i for i, (a, b) in enumerate(zip(text, other)) if a != b), min(len(text), len(other)))
    start = max(0, same - 20)
    part = text[start:start + 60]
    return ("..." if start else "") + part + ("..." if start + 60 < len(text) else "")


def _compare(copy_page: Page, copy: Tab, home_page: Page, home: Tab, group: Group) -> Problem | None:
    mine, theirs = copy.compared(), home.compared()
    for position in range(max(len(mine), len(theirs))):
        here = mine[position] if position < len(mine) else None
        there = theirs[position] if position < len(theirs) else None
        if here and there and here[1] == there[1]:
            continue
        line = here[0] if here else (mine[-1][0] if mine else copy.line)
        home_line = there[0] if there else (theirs[-1][0] if theirs else home.line)
        if here and there:
            detail = f": '{_excerpt(here[1], there[1])}' here, '{_excerpt(there[1], here[1])}' there"
        elif there:
            detail = f": missing here: '{_excerpt(there[1], '')}'"
        else:
            detail = f": not there: '{_excerpt(here[1], '')}'"
        return Problem(
            copy_page.path, line,
            f"the {copy.label} tab under {group.where} differs from {display(home_page.path)}:{home_line}{detail}",
            f"make the two {copy.label} tabs the same: the text belongs to {display(home_page.path)}, "
            f"so copy it from there (or change both pages together)",
        )
    return None


def drift_problems(docs_dir: Path) -> list[Problem]:
    pages = read_pages(docs_dir)
    by_key: dict[str, dict[str, Page]] = {}
    for page in pages:
        by_key.setdefault(page.key, {})[page.lang] = page
    problems = []
    for _, languages in sorted(by_key.items()):
        english = languages.get(DEFAULT_LANGUAGE)
        for lang, other in sorted(languages.items()):
            if lang == DEFAULT_LANGUAGE or english is None:
                continue
            problems += _pair_problems({DEFAULT_LANGUAGE: english, lang: other})
    return problems


def _pair_problems(pair: dict[str, Page]) -> list[Problem]:
    english, translated = pair
    groups = {lang: {(g.section, g.index): g for g in tab_groups(page)} for lang, page in pair.items()}
    problems = []
    for place, group in groups[english].items():
        counterpart = groups[translated].get(place)
        if counterpart is None:
            problems.append(Problem(
                pair[translated].path, 1,
                f"no tab group under {group.where}; {display(pair[english].path)}:{next(iter(group.tabs.values())).line} has one",
                "give both pages the same tab groups, in the same sections and order"))
            continue
        for label in sorted(group.tabs.keys() | counterpart.tabs.keys()):
            tabs = {english: group.tabs.get(label), translated: counterpart.tabs.get(label)}
            home = LABEL_LANGUAGE.get(label, DEFAULT_LANGUAGE)
            home = home if home in pair else DEFAULT_LANGUAGE
            copy = translated if home == english else english
            if tabs[copy] is None or tabs[home] is None:
                missing = copy if tabs[copy] is None else home
                present = home if missing == copy else copy
                problems.append(Problem(
                    pair[missing].path, next(iter((groups[missing][place]).tabs.values())).line,
                    f"no {label} tab in the tab group under {group.where}; "
                    f"{display(pair[present].path)}:{tabs[present].line} has one",
                    f"add the {label} tab to both pages, with the same text"))
                continue
            problem = _compare(pair[copy], tabs[copy], pair[home], tabs[home], group)
            if problem:
                problems.append(problem)
    for place, group in groups[translated].items():
        if place not in groups[english]:
            problems.append(Problem(
                pair[translated].path, next(iter(group.tabs.values())).line,
                f"tab group under {group.where} has no counterpart in {display(pair[english].path)}",
                "give both pages the same tab groups, in the same sections and order"))
    return sorted(problems, key=lambda p: (str(p.path), p.line))
