"""Composer placeholders: the email composer knows every {placeholder} of the templates it fills.

A page that places the composer (`tools: [composer]`, the email templates) gets its templates
filled from a form: data/tools/composer.yml maps each placeholder, in English and Japanese, to the
form field it comes from. A placeholder missing from that table would stay unfilled, and the
reader would only notice in the copied email. So every placeholder in a code block inside a tab
(outside the sections the table lists as `examples_only`) must be in the table; and the page must
have the section the form goes into.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.checks.front_matter import page_tools_named
from scripts.checks.template_drift import tab_groups
from scripts.pages import FENCE, Page, read_pages
from scripts.problems import Problem, display

TOOL = "composer"
TABLE = Path(__file__).resolve().parents[2] / "data" / "tools" / f"{TOOL}.yml"
PLACEHOLDER = re.compile(r"\{[^{}\n]+\}")     # the same pattern as tools/composer.js


def _top_sections(page: Page) -> dict[str, str]:
    """Each heading id -> the id of the `##` section it belongs to."""
    top, result = None, {}
    for heading in page.headings:
        if heading.level == 2:
            top = heading.id
        if heading.id:
            result[heading.id] = top
    return result


def page_problems(page: Page, table: dict, table_path: Path = TABLE) -> list[Problem]:
    known, skipped = set(table["placeholders"]), set(table["examples_only"])
    problems = []
    if table["section"] not in {heading.id for heading in page.headings}:
        problems.append(Problem(page.path, 1, f"no section {{#{table['section']}}} for the composer's form",
                                f"add a `## ... {{#{table['section']}}}` section (the same id in every language), "
                                f"or change `section:` in {display(table_path)}"))
    top = _top_sections(page)
    for group in tab_groups(page):
        if group.section in skipped or top.get(group.section) in skipped:
            continue
        for tab in group.tabs.values():
            in_fence = False
            for number, text in tab.body:
                if FENCE.match(text):
                    in_fence = not in_fence
                    continue
                for placeholder in PLACEHOLDER.findall(text) if in_fence else []:
                    if placeholder not in known:
                        problems.append(Problem(
                            page.path, number,
                            f"placeholder '{placeholder}' is not in {display(table_path)}, so the form cannot fill it",
                            f"add `\"{placeholder}\": {{field: ...}}` under `placeholders:` there (a form field, "
                            f"and how it is written; see the comments), or use a placeholder the table knows"))
    return problems


def placeholder_problems(docs_dir: Path, table_path: Path = TABLE) -> list[Problem]:
    pages = [page for page in read_pages(docs_dir) if TOOL in page_tools_named(page)]
    if not pages:
        return []
    table = yaml.safe_load(table_path.read_text(encoding="utf-8"))
    return [problem for page in pages for problem in page_problems(page, table, table_path)]
