"""Pages state the guide's numbers from data/guide-rules.yml, in their own language, through
`{{ rules.<name> }}`; a token naming no rule stops the build and is reported by the check with
its file and line; search indexes the numbers, not the tokens. (That the planner counts with the
same numbers: tests/browser/test_planner.py.)"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts import guide_rules, page_tools
from scripts.built_site import page_url
from scripts.checks import run as check
from scripts.pages import read_page
from tests.site import FIXTURES, ROOT, build, project_copy

# The pages that state the guide's timing and its legal figures, and the rules each states.
STATED = {
    "timeline": ["thank_you_within_hours", "follow_up_after_days", "follow_up_business_days_after_date"],
    "following-up": ["follow_up_after_days", "follow_up_business_days_after_date", "ask_again_after_days"],
    "thank-you-email": ["thank_you_within_hours"],
    "final-interview": ["motivation_horizon_years", "closing_words_seconds"],
    "on-the-day": ["call_if_interview_within_business_days"],
    "after-you-accept": ["notice_usual_months", "notice_civil_code_days", "start_after_offer_months",
                         "open_ended_conversion_after_years", "residence_notification_days",
                         "status_change_review_months"],
    "index": ["residence_notification_days"],
}
# A legal figure is stated with its primary source: each page that states one links, in both
# languages, the public site that publishes it (law texts on e-Gov, the Immigration Services Agency).
SOURCED = {
    "notice_civil_code_days": "https://laws.e-gov.go.jp/law/",
    "open_ended_conversion_after_years": "https://laws.e-gov.go.jp/law/",
    "residence_notification_days": "https://www.moj.go.jp/isa/",
    "status_change_review_months": "https://www.moj.go.jp/isa/",
}


@pytest.mark.parametrize("lang, expected", [
    ("en", "within 24 hours, 7–10 days, 3 business days, closed 29 December – 3 January"),
    ("ja", "within 24 hours, 7〜10 days, 3 business days, closed 12月29日〜1月3日"),
])
def test_a_token_becomes_the_number_in_the_page_language(lang, expected):
    markdown = ("within {{ rules.thank_you_within_hours }} hours, {{rules.follow_up_after_days}} days, "
                "{{ rules.follow_up_business_days_after_date }} business days, closed {{ rules.closures.new_year }}")
    assert guide_rules.render(markdown, lang) == expected


def test_a_token_in_a_code_block_stays_as_written():
    markdown = "```text\n{{ rules.follow_up_after_days }}\n```\n{{ rules.follow_up_after_days }}"
    assert guide_rules.render(markdown, "en") == "```text\n{{ rules.follow_up_after_days }}\n```\n7–10"


def test_a_token_naming_no_rule_is_reported_at_its_line_with_the_names_to_use():
    docs = FIXTURES / "content" / "unknown-rule-number" / "docs"
    problems = guide_rules.token_problems(read_page(docs / "thank-you.ja.md", docs))
    assert [(p.line, p.message) for p in problems] == [
        (12, "'{{ rules.thank_you_within_hour }}' names no number in data/guide-rules.yml")]
    assert "{{ rules.thank_you_within_hours }}" in problems[0].fix
    assert "{{ rules.closures.golden_week }}" in problems[0].fix
    assert "{{ rules.closures }}" not in problems[0].fix              # a group, not a number


def test_the_check_reports_a_wrong_token_and_no_placeholder(monkeypatch):
    monkeypatch.chdir(FIXTURES / "content" / "unknown-rule-number")
    sections = check.source_sections(Path("docs"), Path("sources"), prose=False)
    assert [str(p).split("\n")[0] for s in sections for p in s.problems] == [
        "docs/thank-you.ja.md:12: '{{ rules.thank_you_within_hour }}' names no number in data/guide-rules.yml"]


def test_a_token_naming_no_rule_stops_the_build(tmp_path):
    project = project_copy(tmp_path / "project")
    page = project / "docs" / "timeline.ja.md"
    page.write_text(page.read_text("utf-8") + "\n{{ rules.follow_up_days }}日後\n", "utf-8")
    line = page.read_text("utf-8").count("\n")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert f"docs/timeline.ja.md:{line}: '{{{{ rules.follow_up_days }}}}' names no number" in result.stderr


def article_text(site, key, lang) -> str:
    soup = BeautifulSoup((site.path / page_url(key, lang) / "index.html").read_text("utf-8"), "html.parser")
    return soup.select_one("article").get_text(" ")


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("key", sorted(STATED))
def test_the_pages_state_the_numbers_from_the_rules_file(site, key, lang):
    source = (ROOT / "docs" / (key + ("" if lang == "en" else ".ja") + ".md")).read_text("utf-8")
    text = article_text(site, key, lang)
    common = page_tools.strings_for(lang, [])["common"]
    for name in STATED[key]:
        assert f"rules.{name} }}}}" in source, (key, lang, name)
        assert guide_rules.render_value(page_tools.rules()[name], common) in text, (key, lang, name)
    assert "{{" not in text and "rules." not in text


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("key", sorted(key for key, names in STATED.items()
                                     if key != "index" and set(names) & set(SOURCED)))
def test_a_page_that_states_a_legal_figure_links_its_primary_source(site, key, lang):
    # (The home page's checklists only point to the pages that explain each step and its source.)
    soup = BeautifulSoup((site.path / page_url(key, lang) / "index.html").read_text("utf-8"), "html.parser")
    links = [a["href"] for a in soup.select("article a[href]")]
    for name in set(STATED[key]) & set(SOURCED):
        assert any(href.startswith(SOURCED[name]) for href in links), (key, lang, name, SOURCED[name])


def test_search_indexes_the_numbers_not_the_tokens(site):
    for lang, index, stated in (("en", "search/search_index.json", "7–10"), ("ja", "ja/search/search_index.json", "7〜10")):
        docs = json.loads((site.path / index).read_text("utf-8"))["docs"]
        # Locations are relative to each language's root: "timeline/" in both indexes.
        timeline = " ".join(d["text"] + d["title"] for d in docs if d["location"].startswith("timeline/"))
        assert stated in timeline, lang
        assert not [d["location"] for d in docs if "{{" in d["text"]], lang
