"""The guide's numbers in the pages' own words: `{{ rules.<name> }}` tokens in Markdown.

data/guide-rules.yml holds the numbers the guide states (24 hours, 7–10 days, the closures);
the in-page tools read them too. A page writes `within {{ rules.thank_you_within_hours }} hours`
and the build (scripts/hooks/rule_numbers.py) writes the number in, in the page's language:
a number as is, a pair as a range ("7–10" / "7〜10"), a closure as its days
("29 December – 3 January" / "12月29日〜1月3日", with the month names and range marks of
data/ui-strings.yml `common`, as the tools write them). Tokens inside fenced code stay as written.
A token naming no rule is a problem at its file and line. No MkDocs imports.
"""
from __future__ import annotations

import re

from scripts import page_tools
from scripts.pages import FENCE, Page
from scripts.problems import Problem

TOKEN = re.compile(r"\{\{\s*(.*?)\s*\}\}")
NAME = re.compile(r"^rules((?:\.[a-z0-9_]+)+)$")


def _fill(text: str, values: dict) -> str:
    """The tools' `{name}` filling (kit.js `fill`), so pages and tools write dates alike."""
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), text)


def _value(rules: dict, token: str):
    """The rule a token names (`rules.closures.obon`), or None."""
    match = NAME.match(token)
    if not match:
        return None
    value = rules
    for key in match.group(1).lstrip(".").split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _day_month(mm_dd: str, common: dict) -> str:
    month, day = (int(part) for part in mm_dd.split("-"))
    return _fill(common["day_month"], {"day": day, "month": common["months"][month - 1]})


def _statable(value) -> bool:
    """A number, a pair of numbers, or a closure {from: "MM-DD", to: "MM-DD", ...}."""
    number = lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)  # noqa: E731
    return (number(value)
            or isinstance(value, list) and len(value) == 2 and all(number(v) for v in value)
            or isinstance(value, dict) and {"from", "to"} <= set(value))


def render_value(value, common: dict) -> str:
    """A statable rule as the page states it, in the language of `common` (ui-strings.yml)."""
    if isinstance(value, list):
        return _fill(common["range"], {"from": value[0], "to": value[1]})
    if isinstance(value, dict):
        return _fill(common["date_range"], {"from": _day_month(value["from"], common),
                                            "to": _day_month(value["to"], common)})
    return str(value)


def _stated(rules: dict, path: str = "rules") -> list[str]:
    """Every token a page may use, for the fix of a problem."""
    names = []
    for key, value in rules.items():
        if _statable(value):
            names.append(f"{path}.{key}")
        elif isinstance(value, dict):
            names += _stated(value, f"{path}.{key}")
    return names


def _lines(markdown: str):
    """(index, line, inside a fenced code block) for each line of the Markdown."""
    in_fence = False
    for index, line in enumerate(markdown.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
            yield index, line, True
        else:
            yield index, line, in_fence


def render(markdown: str, lang: str, rules: dict | None = None) -> str:
    """The Markdown with every known token replaced by its number in `lang` (unknown ones left)."""
    if "{{" not in markdown:
        return markdown
    rules = page_tools.rules() if rules is None else rules
    common = page_tools.strings_for(lang, [])[page_tools.COMMON]
    lines = markdown.split("\n")

    def put(match):
        value = _value(rules, match.group(1))
        return render_value(value, common) if _statable(value) else match.group(0)

    for index, line, in_code in _lines(markdown):
        if not in_code and "{{" in line:
            lines[index] = TOKEN.sub(put, line)
    return "\n".join(lines)


def token_problems(page: Page, rules: dict | None = None) -> list[Problem]:
    """A `{{ ... }}` outside code that names no rule a sentence can state."""
    rules = page_tools.rules() if rules is None else rules
    body = "\n".join(page.text.split("\n")[page.body_offset:])
    problems = []
    for index, line, in_code in _lines(body):
        if in_code:
            continue
        for match in TOKEN.finditer(line):
            if not _statable(_value(rules, match.group(1))):
                problems.append(Problem(
                    page.path, page.body_offset + index + 1,
                    f"'{match.group(0)}' names no number in data/guide-rules.yml",
                    f"use one of: {', '.join('{{ ' + name + ' }}' for name in _stated(rules))}"))
    return problems
