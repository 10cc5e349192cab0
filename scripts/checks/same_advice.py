"""Same advice: the English and the Japanese page of a section give the same advice.

Words may differ between the languages; the advice may not. The December 2026 review found the
two pages of a section advising differently ("consider the whole package" / 「御社の規定も踏まえて」,
phone first in one language and email alone in the other). The translation stamp
(freshness.py) only notices English edits; this check compares what both pages state, section
by section (by heading id), in the ways a machine can:

1. Facts in figures: the numbers a section states (times, days, hours, years, months, counts;
   English number words up to twelve and month names are read as figures, Japanese kanji numbers
   before a counter too, and the guide's numbers, `{{ rules.<name> }}`, as the number they stand
   for), and the pages and sections it links to. The number 1 is left out ("a day", 「一度」), and 2 unless a period follows it
   ("two weeks", 「2週間」), since both are too often words rather than facts; so are sums of
   money (examples such as 600万円).
2. Steps: the number of list items (steps, tips, checklist lines) outside the tabs.
3. Phrases side by side: in each tab group, the English and the 日本語 tab hold as many phrases
   and the same numbers.
4. Key points (data/same-advice.yml): sentences of advice kept as a pair, English and Japanese.
   Each must still be in its section, so an edit to that advice in one language fails until the
   other language and the pair are changed too.

It does not read meaning: a sentence reworded to advise differently, with the same figures,
links and number of items, passes unless it is one of the key points.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from scripts import guide_rules
from scripts.checks.template_drift import tab_groups
from scripts.pages import DEFAULT_LANGUAGE, FENCE, Page, read_pages
from scripts.problems import Problem, display

KEY_POINTS = "same-advice.yml"      # in the data folder beside docs/

NUMBER_WORDS = {word: value for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
MONTHS = "January February March April May June July August September October November December".split()
# A month name is a date only next to a day or a year, or after a word such as "in" or "late"
# ("May I ask" is not).
MONTH = re.compile(r"(?:(?<=\d )|(?<=early )|(?<=late )|(?<=mid-)|(?<=Mid-)|(?<=in )|(?<=of )|(?<=by )|(?<=until ))"
                   r"(" + "|".join(MONTHS) + r")\b"
                   r"|\b(" + "|".join(MONTHS) + r")(?= \d{4})")
WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.I)
KANJI = dict(zip("二三四五六七八九十", range(2, 11)))
KANJI_COUNT = re.compile(r"([二三四五六七八九十])(?=[つ文行度回日週か名人件個社点年])")
NUMBER = re.compile(r"(?<![A-Za-z0-9_.])(\d+)")
# What may follow a 2 that is a period of time: "2 weeks", "2 or more days", "2 to 3 months", 「2週間」.
EN_PERIOD = re.compile(r"(?:\s*(?:–|-|to|or)\s*\d+)?(?: or more)?[\s-]*(?:business |calendar |working )?"
                       r"(?:hours?|days?|weeks?|months?|years?)\b")
EN_OR_TWO = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?) or $")        # "a day or 2"
JA_PERIOD = re.compile(r"\s*(?:〜\s*\d+\s*)?(?:時間|日|営業日|週間|か月|ヶ月|カ月|年)")
MONEY = re.compile(r"\s*(?:万円|円|yen|million)")
RULE = re.compile(r"\{\{\s*rules\.([\w.]+)\s*\}\}")
LINK = re.compile(r"(?<!!)\[[^\[\]]*\]\(([^)\s]+)\)")      # links, not images
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+\S")


def numbers(text: str, lang: str) -> set[int]:
    """The figures `text` states, read the way its language writes them (see the module's notes)."""
    text = unicodedata.normalize("NFKC", guide_rules.render(text, lang))
    text = RULE.sub(" ", text)
    text = re.sub(r"\]\([^)]*\)|https?://\S+|\{#[^}]*\}|\{[^{}\n]*\}", " ", text)   # link targets, ids, placeholders
    text = re.sub(r"\b(\d{1,2}):00\b", r"\1", text)
    if lang == "ja":
        text = KANJI_COUNT.sub(lambda m: str(KANJI[m.group(1)]), text)
        period = JA_PERIOD
    else:
        text = MONTH.sub(lambda m: f" {MONTHS.index(m.group(1) or m.group(2)) + 1} ", text)
        text = WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1).lower()]), text)
        text = re.sub(r"(\d),(\d{3})\b", r"\1\2", text)
        period = EN_PERIOD
    found = set()
    for match in NUMBER.finditer(text):
        value, after = int(match.group(1)), text[match.end():]
        if MONEY.match(after):
            continue
        if value >= 3 or (value == 2 and (period.match(after) or (lang != "ja" and EN_OR_TWO.search(text[:match.start()])))):
            found.add(value)
    return found


@dataclass
class Section:
    id: str                  # "" for the text above the first heading
    line: int                # the heading's line (1 above the first heading)
    prose: list[tuple[int, str]] = field(default_factory=list)    # lines outside tabs

    @property
    def text(self) -> str:
        return "\n".join(line for _, line in self.prose)

    def items(self) -> int:
        in_fence, count = False, 0
        for _, line in self.prose:
            if FENCE.match(line):
                in_fence = not in_fence
            elif not in_fence and LIST_ITEM.match(line):
                count += 1
        return count


def sections(page: Page) -> dict[str, Section]:
    """Each section of the page by heading id, with its lines outside tabs."""
    in_tabs = {number for group in tab_groups(page) for tab in group.tabs.values()
               for number in [tab.line] + [n for n, _ in tab.body]}
    starts = {h.line: h.id or "" for h in page.headings}
    found = {"": Section("", 1)}
    current = found[""]
    for number, line in enumerate(page.text.splitlines(), start=1):
        if number <= page.body_offset:
            continue
        if number in starts:
            current = found.setdefault(starts[number], Section(starts[number], number))
            continue
        if number not in in_tabs:
            current.prose.append((number, line))
    return found


def _listed(values) -> str:
    return ", ".join(str(v) for v in sorted(values, key=str))


def _section_problems(english: Page, translated: Page) -> list[Problem]:
    problems = []
    mine, theirs = sections(translated), sections(english)
    for sid, source in theirs.items():
        copy = mine.get(sid)
        if copy is None:
            continue            # a missing section is the translation check's
        where = f"#{sid}" if sid else "the top of the page"
        there = f"{display(english.path)}:{source.line}"
        pairs = [("links to", set(LINK.findall(source.text)), set(LINK.findall(copy.text)))]
        # A token naming no number is the rule-number check's problem; the figures wait until it is fixed.
        if not any(guide_rules.TOKEN.search(guide_rules.render(s.text, lang))
                   for s, lang in ((source, english.lang), (copy, translated.lang))):
            pairs.insert(0, ("numbers", numbers(source.text, english.lang), numbers(copy.text, translated.lang)))
        for what, in_english, in_translation in pairs:
            if in_english == in_translation:
                continue
            detail = []
            if in_english - in_translation:
                detail.append(f"only the English page ({there}) has {_listed(in_english - in_translation)}")
            if in_translation - in_english:
                detail.append(f"only this page has {_listed(in_translation - in_english)}")
            problems.append(Problem(
                translated.path, copy.line, f"{where} differs from the English page in {what}: " + "; ".join(detail),
                "say the same in both languages: find out which page is right, then correct the other one"))
        if source.items() != copy.items():
            problems.append(Problem(
                translated.path, copy.line,
                f"{where} has {copy.items()} list items here, {source.items()} on the English page ({there})",
                "give both languages the same steps, tips and checklist lines: one was added or dropped in one "
                "language only"))
    return problems


def _tab_problems(page: Page) -> list[Problem]:
    """In each tab group of `page`, the English and the 日本語 tab hold the same numbers and as many phrases."""
    problems = []
    for group in tab_groups(page):
        english, japanese = group.tabs.get("English"), group.tabs.get("日本語")
        if english is None or japanese is None:
            continue
        text = {lang: "\n".join(line for _, line in tab.body) for lang, tab in (("en", english), ("ja", japanese))}
        figures = {lang: numbers(text[lang], lang) for lang in text}
        if figures["en"] != figures["ja"]:
            problems.append(Problem(
                page.path, english.line,
                f"the English and the 日本語 tab under {group.where} state different numbers: "
                f"{_listed(figures['en']) or 'none'} in English, {_listed(figures['ja']) or 'none'} in Japanese",
                "make the two tabs say the same, on both language pages"))
        has_code = any(FENCE.match(line) for _, line in english.body)
        if not has_code:
            counts = {label: len(tab.compared()) for label, tab in (("English", english), ("日本語", japanese))}
            if counts["English"] != counts["日本語"]:
                problems.append(Problem(
                    page.path, english.line,
                    f"the English tab under {group.where} has {counts['English']} phrases, the 日本語 tab "
                    f"{counts['日本語']}",
                    "give each phrase its translation in the other tab, on both language pages"))
    return problems


def _normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\*\*|__|`", "", text)
    text = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", text, flags=re.M)
    return re.sub(r"\s+", " ", text)


def key_point_problems(pages: dict[str, dict[str, Page]], path: Path) -> list[Problem]:
    if not path.exists():
        return []
    points = yaml.compose(path.read_text(encoding="utf-8"))
    nodes = points.value if points is not None else []
    named = [{key.value: value.value for key, value in node.value} for node in nodes]
    # No key point names a section these pages have: they are another site's (a test fixture's
    # docs beside this data folder), so there is nothing to compare.
    if not any(point.get("section", "") in {h.id for page in pages.get(point.get("page"), {}).values()
                                              for h in page.headings} for point in named):
        return []
    problems = []
    for node, point in zip(nodes, named):
        line = node.start_mark.line + 1
        pair = pages.get(point.get("page", ""), {})
        found = {lang: sections(page).get(point.get("section", "")) for lang, page in pair.items()}
        if set(point) != {"page", "section", "en", "ja"} or any(found.get(lang) is None for lang in ("en", "ja")):
            problems.append(Problem(path, line, f"key point names no section: {point.get('page')}#{point.get('section')}",
                                    "give `page:` (a page name), `section:` (a heading id of it), `en:` and `ja:`"))
            continue
        for lang, other in (("en", "ja"), ("ja", "en")):
            section, page = found[lang], pair[lang]
            whole = _normalised("\n".join(page.text.splitlines()[section.line:_end(page, section)]))
            if _normalised(point[lang]) not in whole:
                problems.append(Problem(
                    page.path, section.line,
                    f"key point of #{section.id} ({display(path)}:{line}) is no longer in this section: "
                    f"'{point[lang]}'; the {'Japanese' if other == 'ja' else 'English'} page says '{point[other]}'",
                    "if the advice changed, change it in both languages and then both sentences in "
                    f"{display(path)}; if only the words changed, copy the new sentence there"))
    return problems


def _end(page: Page, section: Section) -> int:
    """The last line of `section` (tabs included)."""
    later = [h.line for h in page.headings if h.line > section.line]
    return (min(later) - 1) if later else len(page.text.splitlines())


def advice_problems(docs_dir: Path) -> list[Problem]:
    docs_dir = Path(docs_dir)
    by_key: dict[str, dict[str, Page]] = {}
    for page in read_pages(docs_dir):
        by_key.setdefault(page.key, {})[page.lang] = page
    problems = []
    for _, languages in sorted(by_key.items()):
        english = languages.get(DEFAULT_LANGUAGE)
        if english is None:
            continue
        problems += _tab_problems(english)
        for lang, page in sorted(languages.items()):
            if lang != DEFAULT_LANGUAGE:
                problems += _section_problems(english, page)
    return problems + key_point_problems(by_key, docs_dir.parent / "data" / KEY_POINTS)
