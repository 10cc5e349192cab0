"""In-page tools (forms, planners, remembered checklists): which exist, their words, their data.

A tool is a script `overrides/assets/javascripts/tools/<name>.js` (the page's side: the form, what
it shows), optionally with its rules in `overrides/assets/javascripts/logic/<name>.js` (no DOM;
tests/js/ run them in Node), with optional styles
`overrides/assets/stylesheets/tools/<name>.css`, its words under `<name>:` in
data/ui-strings.yml and, optionally, its own data in `data/tools/<name>.yml` (the composer's
placeholder table). A page uses a tool when its front matter says so (`tools: [composer]`),
or, for tools that follow the content, when its HTML needs it (`AUTOMATIC`: a page with task
lists gets `checklist`, a page with sections `sectionlinks`). `kit.js` holds what every tool
shares and loads first.

No MkDocs imports: the build hook (scripts/hooks/tool_assets.py) and the front matter check
(scripts/checks/front_matter.py) both read from here.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from scripts.pages import LANGUAGES, LOADER

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "overrides" / "assets" / "javascripts" / "tools"
LOGIC = ROOT / "overrides" / "assets" / "javascripts" / "logic"
DATES = "dates"                  # logic/dates.js: whole-day dates and words, which kit.js builds on
# Logic a tool's own logic builds on, loaded before it (logic/<name>.js).
LOGIC_NEEDS = {"planner": ["business-days", "ics"], "resignation": ["business-days", "ics"]}
# A tool that wears another's styles (the resignation planner's form is laid out as the date planner's).
STYLES_OF = {"resignation": "planner"}
STYLES = ROOT / "overrides" / "assets" / "stylesheets" / "tools"
STRINGS = ROOT / "data" / "ui-strings.yml"
RULES = ROOT / "data" / "guide-rules.yml"
TOOL_DATA = ROOT / "data" / "tools"
KIT = "kit"                      # shared helpers, not a tool a page names
COMMON = "common"                # words every tool shares
# Tools a page gets from its content, with the HTML that calls for them: task lists get
# remembered ticks; sections (## headings) get a "copy link" control on touch screens.
AUTOMATIC = {"checklist": re.compile(r'<li class="task-list-item"'),
             "sectionlinks": re.compile(r"<h2 id=")}
# Tools that write text in every language, not only the page's (the composer fills the English and
# the Japanese template tabs): they get the shared date words of every language.
EVERY_LANGUAGE = {"composer"}


def known_tools() -> list[str]:
    return sorted(p.stem for p in SCRIPTS.glob("*.js") if p.stem != KIT)


def tools_for(named: list[str], html: str) -> list[str]:
    """The tools a page uses, in a stable order: those its front matter names, then automatic ones."""
    tools = list(dict.fromkeys(named))
    tools += [name for name, needed in AUTOMATIC.items() if name not in tools and needed.search(html)]
    return tools


def assets(tools: list[str]) -> tuple[list[str], list[str]]:
    """(scripts, stylesheets) a page with `tools` loads, site-relative, in order: the logic (dates
    first, then each tool's rules; a tool loaded on demand brings its own), kit.js, the tools."""
    if not tools:
        return [], []
    logic = [DATES]
    for name in tools:
        if (LOGIC / f"{name}.js").exists() and not on_demand(name):
            logic += [needed for needed in [*LOGIC_NEEDS.get(name, []), name] if needed not in logic]
    scripts = [f"assets/javascripts/logic/{name}.js" for name in logic]
    scripts += [f"assets/javascripts/tools/{name}.js" for name in [KIT, *tools]]
    styled = dict.fromkeys(STYLES_OF.get(name, name) for name in tools)
    styles = [f"assets/stylesheets/tools/{name}.css" for name in styled if (STYLES / f"{name}.css").exists()]
    return scripts, styles


@functools.lru_cache(maxsize=16)
def _parsed(path: Path, modified: float) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER) or {}


def _data(path: Path) -> dict:
    """A data file parsed once per version (every page of a build asks; `mkdocs serve` sees edits).
    Shared: callers never change what it returns."""
    return _parsed(path, path.stat().st_mtime)


def all_strings(path: Path = STRINGS) -> dict:
    """Every group's words in every language, as written: {"theme": {"name": {"en": ..., "ja": ...}}}."""
    return _data(path)


def strings_for(lang: str, tools: list[str], path: Path = STRINGS) -> dict:
    """The words a page in `lang` needs: common ones and those of its tools, in that language."""
    data = all_strings(path)
    return {group: {name: value[lang] for name, value in data.get(group, {}).items()}
            for group in [COMMON, *tools]}


def common_words(tools: list[str], path: Path = STRINGS) -> dict:
    """The shared words (dates) in every language, for pages with a tool that writes in another
    language than the page's (EVERY_LANGUAGE); else nothing."""
    if not EVERY_LANGUAGE & set(tools):
        return {}
    data = _data(path)
    return {lang: {name: value[lang] for name, value in data.get(COMMON, {}).items()} for lang in LANGUAGES}


def on_demand(tool: str) -> bool:
    """A tool with a folder `tools/<name>/` loads its main part there on demand (tools/composer/form.js):
    that part's words (`<name>/form:` in ui-strings.yml) and the tool's data then load with it, from
    `tools/<name>/<lang>.json`, instead of riding in every page's first load."""
    return (SCRIPTS / tool).is_dir()


def on_demand_payload(tool: str, lang: str) -> dict:
    """What `tools/<name>/<lang>.json` holds for a tool loaded on demand."""
    return {"strings": {name: words for name, words in strings_for(lang, [f"{tool}/form"]).items() if name != COMMON},
            "data": tool_data([tool]), "common": common_words([tool])}


def tool_data(tools: list[str], folder: Path = TOOL_DATA) -> dict:
    """{tool: its data/tools/<tool>.yml} for the tools that have one."""
    return {name: _data(folder / f"{name}.yml") for name in tools if (folder / f"{name}.yml").exists()}


def rules(path: Path = RULES) -> dict:
    return _data(path)
