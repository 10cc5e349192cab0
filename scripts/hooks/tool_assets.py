"""MkDocs hook: a page loads an in-page tool's script, styles and words only if it uses the tool.

Which tools a page uses: its front matter `tools:` list, plus the tools its content calls for
(a task list gets `checklist`); see scripts/page_tools.py. For those pages the head gets the
tools' stylesheets, deferred scripts (kit.js first) and one JSON block with the page's
language, page key, the words of its tools in that language (data/ui-strings.yml), the shared
date words in every language (for a tool that writes in both), the guide's numbers
(data/guide-rules.yml) and the tools' data: their own data/tools/<name>.yml, and what only the
build knows (BUILD_DATA: for the date planner, Japan's national holidays in the page's
language, scripts/japan_calendar.py; for the link builder, the pages and their addresses);
overrides/partials/page-tools.html writes them. Every other page loads nothing more. A holiday
table that would not reach 12 months past the build date stops the build (a missing word in
either language stops it earlier, in scripts/hooks/data_check.py). A tool with a part loaded on demand (tools/<name>/) gets that part's
words and its data in tools/<name>/<lang>.json instead, written after the build.
Theme partials read their words from the same file (`ui_words`, set in on_env).
"""
import json
from pathlib import Path

from jinja2.utils import htmlsafe_json_dumps
from mkdocs.exceptions import PluginError

from scripts import japan_calendar, page_tools
from scripts.authoring import linkkit
from scripts.pages import DEFAULT_LANGUAGE, LANGUAGES, split_name

HOLIDAYS = {}                   # language -> the planner's holiday table, computed once per build
# Tools that get data from the build, beside their words: name -> function(lang, config).
BUILD_DATA = {"planner": lambda lang, config: HOLIDAYS[lang], "resignation": lambda lang, config: HOLIDAYS[lang],
              "linkbuilder": linkkit.builder_data}


def on_config(config):
    try:
        built = japan_calendar.build_date()
    except ValueError as error:
        raise PluginError(str(error)) from None
    problem = japan_calendar.coverage_problem(built)
    if problem:
        raise PluginError(problem)
    HOLIDAYS.update({lang: japan_calendar.table(built, lang) for lang in LANGUAGES})
    return config


def on_env(env, config, files):
    """Theme partials take their words from the same file: `ui_words.theme.<name>[language]`."""
    env.globals["ui_words"] = page_tools.all_strings()
    return env


def on_page_context(context, page, config, nav):
    lang = getattr(page.file, "locale", DEFAULT_LANGUAGE)
    tools = page_tools.tools_for(list(page.meta.get("tools") or []), page.content or "")
    scripts, styles = page_tools.assets(tools)
    context["page_tools"] = {
        "scripts": scripts,
        "styles": styles,
        # UTF-8 rather than \uXXXX (half the size for Japanese), still safe inside <script>.
        "json": htmlsafe_json_dumps({
            "lang": lang,
            "page": split_name(Path(page.file.src_uri))[0],     # the same key in both languages
            "tools": tools,
            "strings": page_tools.strings_for(lang, tools),
            # a tool loaded on demand brings these itself (on_post_build below)
            "common": page_tools.common_words([t for t in tools if not page_tools.on_demand(t)]),
            "data": {**page_tools.tool_data([t for t in tools if not page_tools.on_demand(t)]),
                     **{name: BUILD_DATA[name](lang, config) for name in tools if name in BUILD_DATA}},
            "rules": page_tools.rules(),
        }, ensure_ascii=False, sort_keys=True),
    } if tools else None
    return context


def on_post_build(config):
    """A tool loaded on demand (tools/<name>/) gets its words and data as tools/<name>/<lang>.json."""
    for tool in page_tools.known_tools():
        if not page_tools.on_demand(tool):
            continue
        folder = Path(config["site_dir"]) / "assets" / "javascripts" / "tools" / tool
        folder.mkdir(parents=True, exist_ok=True)
        for lang in LANGUAGES:
            (folder / f"{lang}.json").write_text(
                json.dumps(page_tools.on_demand_payload(tool, lang), ensure_ascii=False, sort_keys=True), "utf-8")
