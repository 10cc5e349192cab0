"""Navigation titles in every language: each title in mkdocs.yml's `nav:` has a translation under
`nav_translations:` for every other language.

mkdocs-static-i18n 1.3.1 shows a nav title that has no translation in English under /ja/,
and the build says nothing. The build stops on it (scripts/hooks/translation_check.py) and
`make check` reports it, with the line to add and where.
"""
from __future__ import annotations

from pathlib import Path

from scripts import mkdocs_yml
from scripts.pages import DEFAULT_LANGUAGE, page_title, read_page
from scripts.problems import Problem, display


def nav_problems(config_file: Path) -> list[Problem]:
    """Nav titles without a translation (none when there is no mkdocs.yml or no explicit nav)."""
    config_file = Path(config_file)
    if not config_file.exists():
        return []
    text = config_file.read_text(encoding="utf-8")
    config, lines = mkdocs_yml.load_text(text), text.splitlines()
    docs_dir = config_file.parent / config.get("docs_dir", "docs")
    problems = []
    for language in mkdocs_yml.languages(config):
        locale = language.get("locale")
        if language.get("default") or locale == DEFAULT_LANGUAGE or language.get("build") is False:
            continue
        translations = language.get("nav_translations") or {}
        for title, file, _ in mkdocs_yml.nav_titles(config.get("nav")):
            if title in translations:
                continue
            key, at, indent = mkdocs_yml.nav_translations_place(lines, locale)
            suggestion = f"<{locale} title>"
            translated = docs_dir / f"{file.removesuffix('.md')}.{locale}.md" if file else None
            if translated is not None and translated.exists():
                suggestion = page_title(read_page(translated, docs_dir)) or suggestion
            entry = f"{indent}{mkdocs_yml.yaml_scalar(title)}: {suggestion}"
            where = (f"under `nav_translations:` of `- locale: {locale}` (line {key + 1})" if key is not None else
                     f"under a new line `{indent[:-2]}nav_translations:` in `- locale: {locale}`")
            problems.append(Problem(
                config_file, (mkdocs_yml.nav_line(lines, title) or 0) + 1,
                f"nav title '{title}' has no '{locale}' translation: the menu under /{locale}/ would show it in English",
                f"add the line `{entry.strip()}` to {display(config_file)} as line {at + 1}, {where}, "
                f"indented {len(indent)} spaces like the entries above it"))
    return problems
