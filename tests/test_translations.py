"""Every page and nav title exists in both languages, with the same sections; bad content stops the build."""
from __future__ import annotations

from pathlib import Path

import pytest

from scripts import mkdocs_yml
from scripts.checks.navigation import nav_problems
from scripts.checks.translations import translation_problems
from scripts.pages import page_title, read_page, read_pages
from tests.site import ROOT, build, fixture_project, project_copy

DOCS = ROOT / "docs"


def test_every_page_has_a_translation():
    pages = read_pages(DOCS)
    keys = {(p.key, p.lang) for p in pages}
    missing = [(key, lang) for key, _ in keys for lang in ("en", "ja") if (key, lang) not in keys]
    assert not missing


def test_heading_ids_match_between_languages():
    pages = read_pages(DOCS)
    english = {p.key: [h.id for h in p.headings] for p in pages if p.lang == "en"}
    for page in pages:
        if page.lang == "ja":
            assert [h.id for h in page.headings] == english[page.key], page.path


def test_every_section_has_an_explicit_ascii_id():
    assert translation_problems(DOCS) == []


@pytest.mark.parametrize("fixture, expected", [
    ("missing-translation",
     "docs/thank-you.md:1: missing translation: no 'ja' version of this page\n"
     "    -> add docs/thank-you.ja.md (same sections, same heading ids)"),
    ("mismatched-ids",
     "docs/thank-you.ja.md:8: heading id 'follow-up-later' does not exist in docs/thank-you.md"),
    ("missing-heading-id",
     "docs/thank-you.ja.md:7: heading 'お礼メールの例' has no explicit id"),
    ("translation-without-english-page",
     "docs/extra.ja.md:1: translation without an English page: docs/extra.md does not exist"),
])
def test_a_broken_site_is_rejected_naming_the_file(tmp_path, fixture, expected):
    project = fixture_project(fixture, tmp_path)
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Translation check failed" in result.stderr
    assert expected in result.stderr, result.stderr


def without_nav_translation(tmp_path) -> tuple[Path, str]:
    """A copy of the real site whose mkdocs.yml lost the Japanese title of a nav page, and the
    problem that must name it."""
    project = project_copy(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text("utf-8")
    translations = mkdocs_yml.languages(mkdocs_yml.load_text(text))[1]["nav_translations"]
    title, file = [(t, f) for t, f, _ in mkdocs_yml.nav_titles(mkdocs_yml.load_text(text)["nav"]) if f][-1]
    suggested = page_title(read_page(DOCS / file.replace(".md", ".ja.md"), DOCS))     # the Japanese page's title
    lines = text.splitlines(keepends=True)
    removed = lines.index(f"            {title}: {translations[title]}\n")
    lines = lines[:removed] + lines[removed + 1:]
    config.write_text("".join(lines), "utf-8")
    key = lines.index("          nav_translations:\n")
    end = next(i for i in range(key + 1, len(lines)) if not lines[i].startswith("            "))
    nav = next(i for i, line in enumerate(lines) if line.strip() == f"- {title}: {file}")
    return project, (f"mkdocs.yml:{nav + 1}: nav title '{title}' has no 'ja' translation: the menu under /ja/ "
                     "would show it in English\n"
                     f"    -> add the line `{title}: {suggested}` to mkdocs.yml as line {end + 1}, under "
                     f"`nav_translations:` of `- locale: ja` (line {key + 1}), indented 12 spaces like the entries above it")


def test_a_nav_title_without_a_japanese_translation_stops_the_build_naming_the_line_to_add(tmp_path):
    project, expected = without_nav_translation(tmp_path)
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert expected in result.stderr, result.stderr


def test_a_nav_title_without_a_japanese_translation_fails_the_check(tmp_path, monkeypatch):
    project, expected = without_nav_translation(tmp_path)
    monkeypatch.chdir(project)
    assert [str(p) for p in nav_problems(Path("mkdocs.yml"))] == [expected]


def test_a_language_without_nav_translations_is_told_to_add_the_block(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("nav:\n  - Home: index.md\nplugins:\n  - i18n:\n      languages:\n"
                      "        - locale: en\n          default: true\n        - locale: ja\n          name: 日本語\n", "utf-8")
    problem = nav_problems(config)[0]
    assert (problem.line, problem.message) == (2, "nav title 'Home' has no 'ja' translation: the menu under /ja/ "
                                                  "would show it in English")
    assert problem.fix.startswith("add the line `Home: <ja title>` to ")
    assert problem.fix.endswith("as line 10, under a new line `          nav_translations:` in `- locale: ja`, "
                                "indented 12 spaces like the entries above it")
