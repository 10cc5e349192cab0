"""MkDocs hook: draw the home page's picture of the hiring steps and the days after the interview.

One source for both languages, data/hiring-path.yml; a page places the picture with the line

    <!-- picture: hiring-path -->

which becomes two <figure>s, each a caption and an ordered list (a screen reader hears "list,
5 items" and every step in order), drawn by CSS as a row of steps on a wide screen and a column
on a phone (overrides/assets/stylesheets/site.css, "Hiring path"). It is Markdown in HTML
(md_in_html), so its links are checked by the strict build like any other and its icons come
from Material's bundled set through pymdownx.emoji, inline, with no request. Without JavaScript
it reads and links the same. The guide's numbers come from data/guide-rules.yml.

An icon Material does not have or an unknown picture name stops the build with the file, the
line and the fix; the rest of data/hiring-path.yml is checked against its schema before this
(data/schemas/hiring-path.schema.yml, scripts/hooks/data_check.py).
"""
from __future__ import annotations

import re
from html import escape
from pathlib import Path

import material
import yaml
from mkdocs.exceptions import PluginError

from scripts import page_tools
from scripts.pages import DEFAULT_LANGUAGE
from scripts.problems import Problem, report

DATA = page_tools.ROOT / "data" / "hiring-path.yml"
MARKER = re.compile(r"^<!-- picture: ([\w-]+) -->[ \t]*$", re.M)
ICONS = Path(material.__file__).parent / "templates" / ".icons"
FIGURES = ("steps", "days")
RANGE = {"en": "–", "ja": "〜"}          # 7–10 / 7〜10


def _icon_problems(path: Path = DATA) -> list[Problem]:
    """Every item's icon is one Material bundles. The rest of the file (texts in every language, a
    link and an icon for each item) is its schema's, checked before this (scripts/hooks/data_check.py)."""
    problems, root = [], _mapping(yaml.compose(path.read_text(encoding="utf-8")))
    for figure in FIGURES:
        for item in _mapping(root[figure])["items"].value:
            icon = _mapping(item)["icon"]
            if not (ICONS / f"{icon.value}.svg").exists():
                problems.append(Problem(path, icon.start_mark.line + 1, f"{figure}: no icon '{icon.value}'",
                                        "pick one of Material's bundled icons, e.g. material/calendar-check"))
    return problems


def _mapping(node: yaml.MappingNode) -> dict:
    return {key.value: value for key, value in node.value}


def _numbers(lang: str) -> dict[str, str]:
    rules = page_tools.rules()
    low, high = rules["follow_up_after_days"]
    return {"thank_you_within_hours": str(rules["thank_you_within_hours"]),
            "follow_up_after_days": f"{low}{RANGE[lang]}{high}"}


def _text(value: dict, lang: str) -> str:
    return escape(str(value[lang]).format(**_numbers(lang)), quote=False)


def _item(item: dict, figure: str, lang: str) -> str:
    classes = ["hiring-path__item"] + [f"hiring-path__item--{flag}" for flag in ("focus", "optional") if item.get(flag)]
    icon = ":" + item["icon"].replace("/", "-") + ":"
    parts = []
    if figure == "days":
        parts.append(f'<span class="hiring-path__when">{_text(item["when"], lang)}</span>')
    parts.append(f'<span class="hiring-path__icon">{icon}</span>')
    parts.append(f'<span class="hiring-path__name">[{_text(item["name"], lang)}]({item["link"]})</span>')
    term = item.get("term")
    if term and lang == DEFAULT_LANGUAGE:
        # The Japanese term and its reading help the English reader; on the Japanese page the
        # name already is the term and a reading in hiragana helps nobody.
        parts.append(f'<span class="hiring-path__term">{escape(term["ja"])}（{escape(term["reading"])}）</span>')
    parts.append(f'<span class="hiring-path__text">{_text(item["text"], lang)}</span>')
    return f'<li class="{" ".join(classes)}" markdown="span">{" ".join(parts)}</li>'


def render(lang: str, path: Path = DATA) -> str:
    """The picture in `lang`, as Markdown in HTML for the page's Markdown."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    figures = []
    for figure in FIGURES:
        items = "\n".join(_item(item, figure, lang) for item in data[figure]["items"])
        figures.append(
            f'<figure class="hiring-path hiring-path--{figure}" markdown="block">\n'
            f'<figcaption>{_text(data[figure]["caption"], lang)}</figcaption>\n'
            f'<ol class="hiring-path__list" role="list" markdown="block">\n{items}\n</ol>\n</figure>')
    return "\n\n".join(figures)


def on_config(config):
    problems = _icon_problems()
    if problems:
        raise PluginError(report(problems, "Hiring path picture (data/hiring-path.yml)"))
    return config


def on_page_markdown(markdown, page, config, files):
    lang = getattr(page.file, "locale", DEFAULT_LANGUAGE)

    def picture(match: re.Match) -> str:
        if match.group(1) != "hiring-path":
            source = Path(page.file.abs_src_path)
            line = next(n for n, text in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1)
                        if text.strip() == match.group(0).strip())
            raise PluginError(report([Problem(source, line,
                                              f"unknown picture '{match.group(1)}'",
                                              "write `<!-- picture: hiring-path -->`, the one picture there is")],
                                     "Pictures"))
        return render(lang)

    return MARKER.sub(picture, markdown)
