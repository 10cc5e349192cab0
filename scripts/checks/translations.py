"""Translation parity: every page exists in every language, with the same heading ids.

Python-Markdown gives a Japanese heading an id like `_1`, which changes when a heading is
added and never matches the English one. So every `##`/`###` heading carries an explicit
ASCII id (`## お礼メール {#thank-you-email}`), and both languages carry the same set: that
is what keeps `/after/#follow-up` and `/ja/after/#follow-up` pointing at the same section.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from scripts.pages import ASCII_ID, DEFAULT_LANGUAGE, LANGUAGES, Page, read_pages, translation_path
from scripts.problems import Problem, display


def heading_problems(page: Page) -> list[Problem]:
    problems, seen = [], {}
    for heading in page.headings:
        if heading.id is None:
            problems.append(Problem(
                page.path, heading.line,
                f"heading '{heading.text}' has no explicit id",
                f"end the heading with an ASCII id shared by both languages, e.g. "
                f"`{'#' * heading.level} {heading.text} {{#section-name}}`",
            ))
        elif not ASCII_ID.match(heading.id):
            problems.append(Problem(
                page.path, heading.line,
                f"heading id '{heading.id}' is not a lowercase ASCII id",
                "use lowercase letters, digits and hyphens only, e.g. {#thank-you-email}",
            ))
        elif heading.id in seen:
            problems.append(Problem(
                page.path, heading.line,
                f"heading id '{heading.id}' is used twice on this page (first on line {seen[heading.id]})",
                "give each section its own id",
            ))
        else:
            seen[heading.id] = heading.line
    return problems


def pair_problems(pages: list[Page]) -> list[Problem]:
    by_key: dict[str, dict[str, Page]] = defaultdict(dict)
    for page in pages:
        by_key[page.key][page.lang] = page
    problems = []
    for key, versions in sorted(by_key.items()):
        source = versions.get(DEFAULT_LANGUAGE)
        for lang in LANGUAGES:
            if lang in versions:
                continue
            present = next(iter(versions.values()))
            if lang == DEFAULT_LANGUAGE:
                problems.append(Problem(
                    present.path, 1,
                    f"translation without an English page: {display(translation_path(present, lang))} does not exist",
                    f"add {display(translation_path(present, lang))}, or remove {display(present.path)}",
                ))
            else:
                problems.append(Problem(
                    present.path, 1,
                    f"missing translation: no '{lang}' version of this page",
                    f"add {display(translation_path(present, lang))} (same sections, same heading ids)",
                ))
        if source is None:
            continue
        source_ids = [h.id for h in source.headings if h.id]
        for lang, page in versions.items():
            if lang == DEFAULT_LANGUAGE:
                continue
            ids = [h.id for h in page.headings if h.id]
            missing = [i for i in source_ids if i not in ids]
            extra = [i for i in ids if i not in source_ids]
            for heading_id in missing:
                line = next(h.line for h in source.headings if h.id == heading_id)
                problems.append(Problem(
                    page.path, 1,
                    f"heading id '{heading_id}' (in {display(source.path)}:{line}) is missing from this translation",
                    f"add the section with `{{#{heading_id}}}`, or rename the id to match",
                ))
            for heading_id in extra:
                line = next(h.line for h in page.headings if h.id == heading_id)
                problems.append(Problem(
                    page.path, line,
                    f"heading id '{heading_id}' does not exist in {display(source.path)}",
                    "use the id of the matching English section, or add that section to the English page",
                ))
    return problems


def translation_problems(docs_dir: Path) -> list[Problem]:
    pages = read_pages(docs_dir)
    problems = pair_problems(pages)
    for page in pages:
        problems += heading_problems(page)
    return problems
