"""MkDocs hook: pages state the guide's numbers from data/guide-rules.yml, in their language.

`{{ rules.follow_up_after_days }}` in a page's Markdown becomes "7–10" on English pages and
"7〜10" on Japanese ones (scripts/guide_rules.py), before the Markdown is rendered, so
headings, the search index and the in-page tools all see the same numbers. A token that names
no rule stops the build with its file and line.
"""
from mkdocs.exceptions import PluginError

from scripts import guide_rules
from scripts.pages import DEFAULT_LANGUAGE, read_pages
from scripts.problems import report


def on_pre_build(config):
    problems = [problem for page in read_pages(config.docs_dir) for problem in guide_rules.token_problems(page)]
    if problems:
        raise PluginError(report(problems, "The guide's numbers ({{ rules.<name> }} in pages)"))


def on_page_markdown(markdown, page, config, files):
    return guide_rules.render(markdown, getattr(page.file, "locale", DEFAULT_LANGUAGE))
