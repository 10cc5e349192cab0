"""MkDocs hook: stop the build when a page lacks its translation or its heading ids differ.

mkdocs-static-i18n 1.3.1 would otherwise fill a missing `page.ja.md` with the English page
under /ja/ (fallback_to_default) or quietly leave it out; `--strict` says nothing either way.
"""
from mkdocs.exceptions import PluginError

from scripts.problems import report
from scripts.checks.translations import translation_problems


def on_pre_build(config):
    problems = translation_problems(config.docs_dir)
    if problems:
        raise PluginError(report(problems, "Translation check failed"))
