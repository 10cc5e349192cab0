"""MkDocs hook: stop the build when a page lacks its translation, its heading ids differ, or a
nav title has no translation for a language.

mkdocs-static-i18n 1.3.1 would otherwise fill a missing `page.ja.md` with the English page
under /ja/ (fallback_to_default) or quietly leave it out, and show a nav title missing from
`nav_translations` in English under /ja/; `--strict` says nothing either way.
"""
from pathlib import Path

from mkdocs.exceptions import PluginError

from scripts.checks.navigation import nav_problems
from scripts.checks.translations import translation_problems
from scripts.problems import report


def on_pre_build(config):
    problems = translation_problems(config.docs_dir) + nav_problems(Path(config.config_file_path))
    if problems:
        raise PluginError(report(problems, "Translation check failed"))
