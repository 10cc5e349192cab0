"""MkDocs hook: a page loads an in-page tool's script, styles and words only if it uses the tool.

Which tools a page uses: its front matter `tools:` list, plus the tools its content calls for
(a task list gets `checklist`); see scripts/page_tools.py. For those pages the head gets the
tools' stylesheets, deferred scripts (kit.js first) and one JSON block with the page's
language, page key, the words of its tools in that language (data/ui-strings.yml), the
guide's numbers (data/guide-rules.yml) and, for a tool that needs what only the build knows
(BUILD_DATA: the link builder's pages and addresses), that data; overrides/partials/page-tools.html
writes them.
Every other page loads nothing more. A missing word in either language stops the build.
Theme partials read their words from the same file (`ui_words`, set in on_env).
"""
from pathlib import Path

from jinja2.utils import htmlsafe_json_dumps
from mkdocs.exceptions import PluginError

from scripts import page_tools
from scripts.authoring import linkkit
from scripts.pages import DEFAULT_LANGUAGE, split_name
from scripts.problems import report

# Tools that get data from the build, beside their words: name -> function(lang, config).
BUILD_DATA = {"linkbuilder": linkkit.builder_data}


def on_config(config):
    problems = page_tools.string_problems()
    if problems:
        raise PluginError(report(problems, "In-page tool words (data/ui-strings.yml)"))
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
            "rules": page_tools.rules(),
            "data": {name: BUILD_DATA[name](lang, config) for name in tools if name in BUILD_DATA},
        }, ensure_ascii=False, sort_keys=True),
    } if tools else None
    return context
