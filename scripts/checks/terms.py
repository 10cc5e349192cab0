"""One term for each person: the company's HR contact and the agency's consultant.

Two people write to a candidate after an interview: someone at the company (usually in HR) and,
if an agency introduced the candidate, someone at the agency. A bare 「担当者」 or "contact" can
mean either, and the December 2026 review found it meaning one on one line and the other on the
next. So the guide calls them, on every page, in the templates and in the tools' words:

    the company's person   人事担当者            "HR contact"
    the agency's person    エージェントの担当者   "your consultant"

This check fails a word that names either person in another way (the table below), in every
page (docs/**/*.md, front matter and templates included) and in the tools' words (DATA_FILES,
values and keys). Words that are right stay allowed: 採用ご担当者様 (an addressee with no name),
人事担当者, エージェントの担当者, "HR contact", "contact details", "the agency" (the firm).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from scripts.problems import Problem

# The tools' words and the home page's picture, relative to the data folder beside docs/, and the
# top-level blocks of each that are not checked (none: every block is).
DATA_FILES = {
    "ui-strings.yml": set(),
    "tools/composer.yml": set(),
    "hiring-path.yml": set(),
}

HR = "人事担当者 (the company's person) / 'HR contact'"
AGENCY = "エージェントの担当者 (the agency's person) / 'your consultant'"


@dataclass(frozen=True)
class Term:
    pattern: re.Pattern
    why: str
    fix: str


TERMS = (
    Term(re.compile(r"(?<!人事)(?<!エージェントの)(?<!採用ご)担当者"),
         "「担当者」 alone can mean the HR contact or the agency's consultant",
         "write 人事担当者 for the company's person or エージェントの担当者 for the agency's "
         "(採用ご担当者様 stays as an addressee with no name)"),
    Term(re.compile(r"キャリアアドバイザー|コンサルタント|担当エージェント"),
         "another name for the agency's person",
         "write エージェントの担当者 (the agency itself is エージェント or 人材紹介会社)"),
    Term(re.compile(r"\bagents?\b", re.I),
         "'agent' for a person: the agency's person is 'your consultant'",
         "write 'your consultant' for the person, or 'the agency' for the firm"),
    Term(re.compile(r"\bcareer advis[eo]rs?\b|\brecruiters?\b", re.I),
         "another name for the agency's person",
         "write 'your consultant' (or 'agency consultants' for the agency's staff as a group)"),
    Term(re.compile(r"(?<!HR )\b(?:your|the|my|their|a) contact\b(?!s? (?:details|information|form|page))"
                    r"|(?<!HR )\bcontact's\b", re.I),
         "'contact' alone can mean either person",
         "write 'HR contact' for the company's person, or 'your consultant' for the agency's"),
)


def line_problems(path: Path, number: int, text: str) -> list[Problem]:
    problems = []
    for term in TERMS:
        for match in term.pattern.finditer(text):
            problems.append(Problem(path, number, f"'{match.group(0)}': {term.why}", term.fix))
    return problems


def page_problems(path: Path) -> list[Problem]:
    return [problem for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
            for problem in line_problems(path, number, text)]


def _scalars(node, skip: set[str], top: bool = True):
    """(line, text) of every key and value under `node`, leaving out the top-level blocks in `skip`."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if top and key.value in skip:
                continue
            yield from _scalars(key, skip, False)
            yield from _scalars(value, skip, False)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item, skip, False)
    elif isinstance(node, yaml.ScalarNode) and isinstance(node.value, str):
        yield node.start_mark.line + 1, node.value


def data_problems(path: Path, skip: set[str]) -> list[Problem]:
    root = yaml.compose(path.read_text(encoding="utf-8"))
    return [problem for number, text in _scalars(root, skip) if root is not None
            for problem in line_problems(path, number, text)]


def term_problems(docs_dir: Path) -> list[Problem]:
    docs_dir = Path(docs_dir)
    problems = [problem for path in sorted(docs_dir.rglob("*.md")) for problem in page_problems(path)]
    data = docs_dir.parent / "data"
    for name, skip in DATA_FILES.items():
        if (data / name).exists():
            problems += data_problems(data / name, skip)
    return problems
