"""MkDocs hook: draw the home page's picture of the hiring steps and the days after the interview.

One source for both languages, data/hiring-path.yml; a page places the picture with the line

    <!-- picture: hiring-path -->

which becomes two <figure>s, each a caption and an ordered list (a screen reader hears "list,
5 items" and every step in order), drawn by CSS as a row of steps on a wide screen and a column
on a phone (overrides/assets/stylesheets/site.css, "Hiring path"). It is Markdown in HTML
(md_in_html), so its links are checked by the strict build like any other and its icons come
from Material's bundled set through pymdownx.emoji, inline, with no request. Without JavaScript
it reads and links the same. The guide's numbers come from data/guide-rules.yml.

A text missing in a language, an icon Material does not have or an unknown picture name stops
the build with the file, the line and the fix.
"""
from __future__ import annotations

import re
from html import escape
from pathlib import Path

import material
import yaml
from mkdocs.exceptions import PluginError

from scripts import page_tools
from scripts.pages import DEFAULT_LANGUAGE, LANGUAGES
from scripts.problems import Problem, report

DATA = page_tools.ROOT / "data" / "hiring-path.yml"
MARKER = re.compile(r"^<!-- picture: ([\w-]+) -->[ \t]*$", re.M)
ICONS = Path(material.__file__).parent / "templates" / ".icons"
TEXTS = ("caption",)                     # per figure
ITEM_TEXTS = {"steps": ("name", "text"), "days": ("when", "name", "text")}
RANGE = {"en": "–", "ja": "〜"}          # 7–10 / 7〜10


def _problems(path: Path = DATA) -> list[Problem]:
    """Every figure and item has its texts in every language, an icon Material has and a link."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [Problem(path, mark.line + 1 if mark else 1, f"not valid YAML ({getattr(error, 'problem', error)})",
                        "fix the YAML on that line")]
    problems = []

    def child(node, key):
        if isinstance(node, yaml.MappingNode):
            return next((value for k, value in node.value if k.value == key), None)
        return None

    def need_text(node, key, where):
        text = child(node, key)
        line = (text or node).start_mark.line + 1
        for lang in LANGUAGES:
            value = child(text, lang)
            if value is None or not str(value.value).strip():
                problems.append(Problem(path, line, f"{where}: '{key}' has no {lang} text",
                                        f"write `{key}: {{en: ..., ja: ...}}`; the picture shows every language"))
        for name, _ in text.value if isinstance(text, yaml.MappingNode) else []:
            if name.value not in LANGUAGES:
                problems.append(Problem(path, line, f"{where}: '{key}' has an unknown key '{name.value}'",
                                        'put a text with a comma in quotes: {en: "New Year, Obon", ja: ...}'))

    for figure, keys in ITEM_TEXTS.items():
        node = child(root, figure)
        if node is None:
            problems.append(Problem(path, 1, f"no '{figure}' figure", f"add `{figure}:` with a caption and items"))
            continue
        for key in TEXTS:
            need_text(node, key, figure)
        items = child(node, "items")
        for number, item in enumerate(items.value if isinstance(items, yaml.SequenceNode) else [], start=1):
            where = f"{figure} item {number}"
            for key in keys:
                need_text(item, key, where)
            for key in ("icon", "link"):
                if child(item, key) is None:
                    problems.append(Problem(path, item.start_mark.line + 1, f"{where} has no {key}",
                                            f"add `{key}: ...`"))
            icon = child(item, "icon")
            if icon is not None and not (ICONS / f"{icon.value}.svg").exists():
                problems.append(Problem(path, icon.start_mark.line + 1, f"{where}: no icon '{icon.value}'",
                                        "pick one of Material's bundled icons, e.g. material/calendar-check"))
    return problems


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
    for figure in ITEM_TEXTS:
        items = "\n".join(_item(item, figure, lang) for item in data[figure]["items"])
        figures.append(
            f'<figure class="hiring-path hiring-path--{figure}" markdown="block">\n'
            f'<figcaption>{_text(data[figure]["caption"], lang)}</figcaption>\n'
            f'<ol class="hiring-path__list" role="list" markdown="block">\n{items}\n</ol>\n</figure>')
    return "\n\n".join(figures)


def on_config(config):
    problems = _problems()
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
