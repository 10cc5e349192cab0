"""Every page exists in both languages with the same sections; bad content stops the build."""
from __future__ import annotations

import pytest

from scripts.pages import read_pages
from scripts.checks.translations import translation_problems
from tests.site import ROOT, build, fixture_project

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
