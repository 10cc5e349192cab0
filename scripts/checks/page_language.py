"""Each page is written in its own language: an untranslated page or paragraph fails.

A translator who pastes the English text into `page.ja.md` to translate later, or leaves
English paragraphs in a Japanese page, passes every other check. Here each page's prose is
measured by script (scripts/writing_systems.py: Latin letters for English, kana and kanji
for Japanese):

- the page as a whole: at least PAGE_SHARE of its letters in its language;
- each paragraph (lines between blank lines) and the front matter title and description with
  at least MIN_LETTERS letters: at least PARAGRAPH_SHARE in its language.

Where the other language belongs, it is not measured: fenced code blocks (templates), inline
code, the other language's template tab (`=== "English"` on a Japanese page, `=== "日本語"`
on an English page), terms in parentheses and quoted phrases in the other language
("御社 (onsha)", "英語なら「Thank you for today's second interview」"), link targets, URLs,
attribute lists, HTML tags and comments. Proper nouns (LinkedIn) are too few to move a share.
One implementation for every language.
"""
from __future__ import annotations

import re
from pathlib import Path

from scripts.checks.front_matter import meta_line
from scripts.pages import FENCE, LANGUAGES, Page, read_pages
from scripts.problems import Problem
from scripts.writing_systems import LETTERS, NAMES, letter_counts

# Tuned on the real pages (2026-11-30): whole pages measure 87-100% in their language
# (glossary.ja.md lowest), paragraphs 24% and up (sources.ja.md naming an English article);
# an English paragraph pasted into a Japanese page measures 0-3% Japanese, and the reverse.
PAGE_SHARE = 0.6
PARAGRAPH_SHARE = 0.1
MIN_LETTERS = 20
# Template tabs are labelled with each language's own name (mkdocs.yml's i18n `name`).
TAB_LABELS = {"en": "English", "ja": "日本語"}

TAB = re.compile(r'^(\s*)=== "([^"]*)"')
ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s*\S+')
NOT_PROSE = re.compile(
    r"<!--.*?-->"                 # HTML comments (textlint switches)
    r"|`[^`\n]*`"                 # inline code
    r"|\]\([^)\s]*\)"             # link targets: [text](target.md#id)
    r"|https?://\S+"              # bare URLs
    r"|\{[:#.][^}]*\}"            # attribute lists: {#id}, {: .class }
    r"|\{\{[^}\n]*\}\}"           # the guide's numbers: {{ rules.follow_up_after_days }}
    r"|<[^>\n]*>",                # HTML tags
    re.S)
# Terms in parentheses and quoted phrases: dropped when they are in the other language.
ASIDES = re.compile(r'\(([^()\n]*)\)|（([^（）\n]*)）|「([^「」\n]*)」|『([^『』\n]*)』|“([^“”\n]*)”|"([^"\n]*)"')


def prose(text: str, lang: str) -> str:
    """The words of a paragraph that count: markup removed, other-language asides dropped."""
    text = NOT_PROSE.sub(" ", text)

    def aside(match: re.Match) -> str:
        inside = next(group for group in match.groups() if group is not None)
        return match.group(0) if LETTERS[lang].search(inside) else " "

    return ASIDES.sub(aside, text)


def paragraphs(page: Page) -> list[tuple[int, str]]:
    """(first line, text) of each paragraph of the page body, outside code and other-language tabs."""
    other_tabs = {label for lang, label in TAB_LABELS.items() if lang != page.lang}
    found: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    in_fence = False
    skip_indent = None          # inside an other-language tab indented at this column

    def close():
        nonlocal current
        if current:
            found.append((start, "\n".join(current)))
        current = []

    for number, line in enumerate(page.text.splitlines(), start=1):
        if number <= page.body_offset:
            continue
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None and line.strip() and indent <= skip_indent:
            skip_indent = None
        if FENCE.match(line):
            in_fence = not in_fence
            close()
            continue
        if in_fence or skip_indent is not None:
            continue
        tab = TAB.match(line)
        if tab:
            close()
            if tab.group(2) in other_tabs:
                skip_indent = len(tab.group(1))
            continue
        if not line.strip():
            close()
            continue
        if not current:
            start = number
        current.append(ADMONITION.sub("", line))
    close()
    return found


def page_language_problems(docs_dir: Path) -> list[Problem]:
    problems = []
    for page in read_pages(docs_dir):
        if page.lang not in LANGUAGES or page.meta_error:
            continue
        name = NAMES[page.lang]
        blocks = [(meta_line(page, key), str(page.meta[key])) for key in ("title", "description")
                  if page.meta.get(key)]
        blocks += paragraphs(page)
        counted = [(line, letter_counts(prose(text, page.lang))) for line, text in blocks]
        mine = sum(counts[page.lang] for _, counts in counted)
        total = sum(sum(counts.values()) for _, counts in counted)
        if total and mine / total < PAGE_SHARE:
            problems.append(Problem(
                page.path, 1, f"only {mine / total:.0%} of the text is {name} (expected at least {PAGE_SHARE:.0%})",
                f"translate the page into {name}; the other language may stay only in code blocks, "
                f"in its own template tab, and in parentheses or quotes"))
            continue
        for line, counts in counted:
            letters = sum(counts.values())
            if letters >= MIN_LETTERS and counts[page.lang] / letters < PARAGRAPH_SHARE:
                problems.append(Problem(
                    page.path, line,
                    f"this paragraph is not in {name}: only {counts[page.lang] / letters:.0%} of its text is "
                    f"{name} (expected at least {PARAGRAPH_SHARE:.0%})",
                    f"translate it into {name}; a term in the other language may stay in parentheses "
                    f"or quotes, a template in a code block or in its own language's tab"))
    return problems
