"""In-page tools (forms, planners, remembered checklists): which exist, their words, their data.

A tool is a script `overrides/assets/javascripts/tools/<name>.js`, with optional styles
`overrides/assets/stylesheets/tools/<name>.css` and its words under `<name>:` in
data/ui-strings.yml. A page uses a tool when its front matter says so (`tools: [composer]`),
or, for tools that follow the content, when its HTML needs it (`AUTOMATIC`: a page with task
lists gets `checklist`). `kit.js` holds what every tool shares and loads first.

No MkDocs imports: the build hook (scripts/hooks/tool_assets.py) and the front matter check
(scripts/checks/front_matter.py) both read from here.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from scripts.pages import LANGUAGES
from scripts.problems import Problem

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "overrides" / "assets" / "javascripts" / "tools"
STYLES = ROOT / "overrides" / "assets" / "stylesheets" / "tools"
STRINGS = ROOT / "data" / "ui-strings.yml"
RULES = ROOT / "data" / "guide-rules.yml"
KIT = "kit"                      # shared helpers, not a tool a page names
COMMON = "common"                # words every tool shares
# Tools a page gets from its content, with the HTML that calls for them.
AUTOMATIC = {"checklist": re.compile(r'<li class="task-list-item"')}


def known_tools() -> list[str]:
    return sorted(p.stem for p in SCRIPTS.glob("*.js") if p.stem != KIT)


def tools_for(named: list[str], html: str) -> list[str]:
    """The tools a page uses, in a stable order: those its front matter names, then automatic ones."""
    tools = list(dict.fromkeys(named))
    tools += [name for name, needed in AUTOMATIC.items() if name not in tools and needed.search(html)]
    return tools


def assets(tools: list[str]) -> tuple[list[str], list[str]]:
    """(scripts, stylesheets) a page with `tools` loads, site-relative, kit.js first."""
    if not tools:
        return [], []
    scripts = [f"assets/javascripts/tools/{name}.js" for name in [KIT, *tools]]
    styles = [f"assets/stylesheets/tools/{name}.css" for name in tools if (STYLES / f"{name}.css").exists()]
    return scripts, styles


def _line(text: str, path: list[str]) -> int:
    """The line of the last key of `path` in the YAML text (indentation-aware), else 1."""
    line, indent = 0, -1
    lines = text.splitlines()
    for key in path:
        pattern = re.compile(rf"^(\s*){re.escape(key)}\s*:")
        for number in range(line, len(lines)):
            match = pattern.match(lines[number])
            if match and len(match.group(1)) > indent:
                line, indent = number, len(match.group(1))
                break
        else:
            return line + 1 if line else 1
    return line + 1


def string_problems(path: Path = STRINGS, tools: list[str] | None = None) -> list[Problem]:
    """Every entry of ui-strings.yml gives every language, non-empty; every tool has a block."""
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [Problem(path, mark.line + 1 if mark else 1, f"not valid YAML ({getattr(error, 'problem', error)})",
                        "fix the YAML on that line")]
    problems = []
    for tool in tools if tools is not None else known_tools():
        if tool not in data:
            problems.append(Problem(path, 1, f"no words for the tool '{tool}'",
                                    f"add a `{tool}:` block with its words in {', '.join(LANGUAGES)}"))
    for group, entries in data.items():
        if not isinstance(entries, dict):
            problems.append(Problem(path, _line(text, [group]), f"'{group}' must hold named entries",
                                    "write `name:` lines under it, each with one line per language"))
            continue
        for name, value in entries.items():
            where = _line(text, [group, name])
            if not isinstance(value, dict):
                problems.append(Problem(path, where, f"'{group}.{name}' gives no languages",
                                        f"write one line per language under it: {', '.join(f'{l}: ...' for l in LANGUAGES)}"))
                continue
            for lang in LANGUAGES:
                if value.get(lang) in (None, "", []):
                    problems.append(Problem(path, where, f"'{group}.{name}' has no {lang} text",
                                            f"add `{lang}: ...` under {group}.{name}; a tool never shows "
                                            "another language's words"))
            for lang in value:
                if lang not in LANGUAGES:
                    problems.append(Problem(path, where, f"'{group}.{name}' has an unknown language '{lang}'",
                                            f"use only {', '.join(LANGUAGES)}"))
    return problems


def all_strings(path: Path = STRINGS) -> dict:
    """Every group's words in every language, as written: {"theme": {"name": {"en": ..., "ja": ...}}}."""
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def strings_for(lang: str, tools: list[str], path: Path = STRINGS) -> dict:
    """The words a page in `lang` needs: common ones and those of its tools, in that language."""
    data = all_strings(path)
    return {group: {name: value[lang] for name, value in data.get(group, {}).items()}
            for group in [COMMON, *tools]}


def rules(path: Path = RULES) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
