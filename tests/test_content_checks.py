"""The source checks (`make check`) pass on the real pages, and each mistake an
author can make in docs/*.md is reported as `file:line: message` with a fix.

Each case is a folder tests/fixtures/content/<case>/docs (README.md says what is wrong in it):
a clean pair of pages with exactly one mistake, so the expected report is exactly one problem.
The four translation cases reuse the older tests/fixtures/<case> folders.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scripts.authoring import stamp
from scripts.checks import addresses, freshness, originality, page_language, same_advice, terms
from scripts.checks import run as check
from scripts.checks.parity import counts
from scripts.checks.template_drift import tab_groups
from scripts.pages import read_page
from tests.site import FIXTURES, ROOT

DOCS = ROOT / "docs"
CONTENT = FIXTURES / "content"


def reported(case_dir: Path, monkeypatch) -> list[str]:
    """Every source problem in a fixture, as printed (paths relative to the fixture folder)."""
    monkeypatch.chdir(case_dir)
    sections = check.source_sections(Path("docs"), Path("sources"), prose=False)
    return [str(problem) for section in sections for problem in section.problems]


def one_line(problems: list[str]) -> list[str]:
    """`file:line: message` without the `-> fix` line."""
    return [problem.split("\n")[0] for problem in problems]


# The real pages -------------------------------------------------------------------------------

def test_the_real_pages_pass_every_source_check(monkeypatch):
    """Every check `make check` runs on the sources; textlint and codespell on the real pages are
    tests/test_prose_lint.py's (not run twice)."""
    monkeypatch.chdir(ROOT)
    sections = check.source_sections(Path("docs"), prose=False)
    assert [str(p) for s in sections for p in s.problems] == []


def test_every_japanese_page_is_stamped_with_its_english_page_and_keeps_that_text():
    for page in DOCS.glob("*.ja.md"):
        english = page.with_name(page.name.replace(".ja.md", ".md"))
        assert f"source_sha256: {freshness.source_hash(english)}\n" in page.read_text("utf-8"), page
        snapshot = ROOT / "translations" / "ja" / page.name.replace(".ja.md", ".en.md")
        assert snapshot.read_bytes() == english.read_bytes(), snapshot


def test_a_clean_fixture_passes_every_source_check(monkeypatch):
    assert reported(CONTENT / "clean", monkeypatch) == []


# Translations (the older fixtures; their Japanese pages predate the `translation:` stamp) ------

@pytest.mark.parametrize("case, expected", [
    ("missing-translation",
     "docs/thank-you.md:1: missing translation: no 'ja' version of this page\n"
     "    -> add docs/thank-you.ja.md (same sections, same heading ids)"),
    ("translation-without-english-page",
     "docs/extra.ja.md:1: translation without an English page: docs/extra.md does not exist\n"
     "    -> add docs/extra.md, or remove docs/extra.ja.md"),
    ("mismatched-ids",
     "docs/thank-you.ja.md:8: heading id 'follow-up-later' does not exist in docs/thank-you.md"),
    ("missing-heading-id",
     "docs/thank-you.ja.md:7: heading 'お礼メールの例' has no explicit id"),
])
def test_a_translation_mistake_is_reported_by_the_check_command(case, expected, monkeypatch):
    problems = reported(FIXTURES / case, monkeypatch)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_a_renamed_heading_id_is_also_missing_from_the_translation(monkeypatch):
    assert ("docs/thank-you.ja.md:1: heading id 'follow-up' (in docs/thank-you.md:12) is missing from this translation"
            in one_line(reported(FIXTURES / "mismatched-ids", monkeypatch)))


def test_a_duplicate_heading_id_names_its_first_use(monkeypatch):
    assert one_line(reported(CONTENT / "duplicate-id", monkeypatch)) == [
        "docs/thank-you.ja.md:18: heading id 'example' is used twice on this page (first on line 10)",
        "docs/thank-you.md:16: heading id 'example' is used twice on this page (first on line 8)",
    ]


# Front matter ---------------------------------------------------------------------------------

def test_invalid_yaml_front_matter_is_reported_at_the_yaml_error_line(monkeypatch):
    assert reported(CONTENT / "invalid-yaml-front-matter", monkeypatch) == [
        "docs/thank-you.ja.md:3: front matter is not valid YAML (mapping values are not allowed here)\n"
        "    -> fix the YAML on that line (quote values that contain `: ` or start with a symbol)"]


def test_a_page_without_a_description_is_rejected(monkeypatch):
    assert reported(CONTENT / "missing-description", monkeypatch) == [
        "docs/thank-you.md:2: 'description' is missing\n"
        "    -> add `description: ...`, a single line of text (search snippets, link previews)"]


def test_unknown_keys_long_descriptions_and_missing_or_bad_fields_are_rejected(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    shutil.copytree(CONTENT / "clean" / "docs", docs)
    english, japanese = docs / "thank-you.md", docs / "thank-you.ja.md"
    english.write_text(english.read_text("utf-8").replace(
        "description: A fixture page.\nreviewed: 2026-11-25",
        "description: " + "x" * 161 + "\ntags: [email]"), "utf-8")
    text = japanese.read_text("utf-8")
    text = text.replace("description: テスト用のページです。", "description: " + "あ" * 91)
    text = text.replace("reviewed: 2026-11-25", "reviewed: last week")
    japanese.write_text(text.replace(text[text.index("translation:"):text.index("---\n#")], ""), "utf-8")
    assert one_line(reported(tmp_path, monkeypatch)) == [
        "docs/thank-you.ja.md:2: 'translation' is missing",
        "docs/thank-you.ja.md:3: 'description' is 91 characters, more than 90",
        "docs/thank-you.ja.md:4: 'reviewed' is 'last week', not a date (YYYY-MM-DD, unquoted)",
        "docs/thank-you.md:2: 'reviewed' is missing",
        "docs/thank-you.md:3: 'description' is 161 characters, more than 160",
        "docs/thank-you.md:4: unknown key 'tags'",
    ]


def with_japanese_search_block(tmp_path, block: str) -> Path:
    docs = tmp_path / "docs"
    shutil.copytree(CONTENT / "clean" / "docs", docs)
    japanese = docs / "thank-you.ja.md"
    japanese.write_text(japanese.read_text("utf-8").replace(
        "reviewed: 2026-11-25", "reviewed: 2026-11-25\nsearch:\n" + block), "utf-8")
    return tmp_path


def test_a_search_boost_that_is_not_a_positive_number_is_rejected(tmp_path, monkeypatch):
    case = with_japanese_search_block(tmp_path, "  boost: high\n  hide: true\n")
    assert one_line(reported(case, monkeypatch)) == [
        "docs/thank-you.ja.md:6: 'search.boost' is 'high', not a number",
        "docs/thank-you.ja.md:7: unknown key 'hide' in search",
        "docs/thank-you.ja.md:6: search boost high here, None in docs/thank-you.md",
    ]


def test_a_search_boost_must_be_the_same_in_both_languages(tmp_path, monkeypatch):
    case = with_japanese_search_block(tmp_path, "  boost: 0.5\n")
    assert reported(case, monkeypatch) == [
        "docs/thank-you.ja.md:6: search boost 0.5 here, None in docs/thank-you.md\n"
        "    -> give both languages the same `search: boost:` so the page ranks alike in both"]


# Freshness ------------------------------------------------------------------------------------

def test_a_stale_translation_shows_the_english_diff_and_the_one_page_stamp_command(monkeypatch):
    assert reported(CONTENT / "stale-translation", monkeypatch) == [
        "docs/thank-you.ja.md:6: stale translation: docs/thank-you.md has changed since this page was checked against it\n"
        "    --- translations/ja/thank-you.en.md (English when stamped)\n"
        "    +++ docs/thank-you.md (now)\n"
        "    @@ -16,3 +16,3 @@\n"
        "     ## Following up {#follow-up}\n"
        "     \n"
        "    -Wait a week.\n"
        "    +Wait a week, then write once.\n"
        "    docs/thank-you.md still says `reviewed: 2026-11-25`, as when this translation was stamped.\n"
        "    -> bring this page in line with the English changes; if they are more than a typo fix, set "
        "`reviewed:` to today in both docs/thank-you.md and this page (the feeds announce revised pages by "
        "that date); then run `make stamp PAGE=thank-you`"]


def test_no_message_suggests_stamping_every_page(monkeypatch):
    text = "\n".join(reported(CONTENT / "stale-translation", monkeypatch))
    assert "--all" not in text and "make stamp PAGE=thank-you`" in text
    with pytest.raises(SystemExit):
        stamp.main(["--all"])


def test_a_bumped_reviewed_date_is_not_nagged_about(tmp_path, monkeypatch):
    shutil.copytree(CONTENT / "stale-translation", tmp_path / "case")
    english = tmp_path / "case" / "docs" / "thank-you.md"
    english.write_text(english.read_text("utf-8").replace("reviewed: 2026-11-25", "reviewed: 2026-12-01"), "utf-8")
    problem = reported(tmp_path / "case", monkeypatch)[0]
    assert "+reviewed: 2026-12-01" in problem and "still says" not in problem


def test_stamping_rewrites_only_the_hash_line_and_keeps_the_english_text(tmp_path, monkeypatch):
    shutil.copytree(CONTENT / "stale-translation", tmp_path / "case")
    monkeypatch.chdir(tmp_path / "case")
    page = Path("docs/thank-you.ja.md")
    before = page.read_bytes().splitlines(keepends=True)
    assert stamp.main(["--docs", "docs", "thank-you"]) == 0
    after = page.read_bytes().splitlines(keepends=True)
    changed = [i for i, (old, new) in enumerate(zip(before, after)) if old != new]
    assert len(after) == len(before) and changed == [5]
    assert after[5] == f"  source_sha256: {freshness.source_hash(Path('docs/thank-you.md'))}\n".encode()
    assert Path("translations/ja/thank-you.en.md").read_bytes() == Path("docs/thank-you.md").read_bytes()
    assert freshness.freshness_problems(Path("docs")) == []


def test_a_new_page_pending_its_first_stamp_is_stamped_by_name(tmp_path, monkeypatch, capsys):
    shutil.copytree(CONTENT / "clean", tmp_path / "case")
    monkeypatch.chdir(tmp_path / "case")
    page = Path("docs/thank-you.ja.md")
    text = page.read_text("utf-8")
    page.write_text(text.replace(text.split("source_sha256: ")[1][:64], "pending"), "utf-8")
    assert one_line(reported(Path("."), monkeypatch)) == [
        "docs/thank-you.ja.md:6: 'translation.source_sha256' is 'pending', not a sha256 hash (64 hex digits)"]
    assert "run `make stamp PAGE=thank-you`" in reported(Path("."), monkeypatch)[0]
    assert stamp.main(["--docs", "docs", "docs/thank-you.ja.md"]) == 0
    assert capsys.readouterr().out.startswith("docs/thank-you.ja.md: checked against docs/thank-you.md (source_sha256 ")
    assert reported(Path("."), monkeypatch) == []


def test_a_stamped_english_text_edited_by_hand_is_reported(tmp_path, monkeypatch):
    shutil.copytree(CONTENT / "stale-translation", tmp_path / "case")
    snapshot = tmp_path / "case" / "translations" / "ja" / "thank-you.en.md"
    snapshot.write_text(snapshot.read_text("utf-8") + "More.\n", "utf-8")
    assert one_line(reported(tmp_path / "case", monkeypatch)) == [
        "docs/thank-you.ja.md:6: translations/ja/thank-you.en.md is not the English text this page's "
        "source_sha256 was stamped with"]


# Parity ---------------------------------------------------------------------------------------

def test_a_translation_that_drops_a_code_block_is_reported_with_both_counts(monkeypatch):
    assert reported(CONTENT / "dropped-code-block", monkeypatch) == [
        "docs/thank-you.ja.md:1: 0 code blocks here, 1 in docs/thank-you.md\n"
        "    -> translate every one of the English page's code blocks, no more and no fewer"]


def test_parity_counts_tab_groups_and_task_list_items():
    text = ('=== "English"\n\n    ```text\n    Hi\n    ```\n\n=== "日本語"\n\n    本文\n\nBetween.\n\n'
            '=== "English"\n\n    Two\n\n- [ ] one\n- [x] two\n- plain\n')
    assert counts(text) == {"code blocks": 1, "tab groups": 2, "task-list items": 2}


# Template drift -------------------------------------------------------------------------------

def test_a_template_tab_that_differs_between_the_language_pages_is_reported_on_the_copy(monkeypatch):
    assert reported(CONTENT / "template-drift", monkeypatch) == [
        "docs/thank-you.md:22: the 日本語 tab under #example differs from docs/thank-you.ja.md:18: "
        "'本日はありがとうございました。' here, '本日は誠にありがとうございました。' there\n"
        "    -> make the two 日本語 tabs the same: the text belongs to docs/thank-you.ja.md, "
        "so copy it from there (or change both pages together)"]


def test_template_drift_compares_code_blocks_only_when_a_tab_has_them_and_ignores_line_wrapping(tmp_path):
    page = tmp_path / "docs" / "page.md"
    page.parent.mkdir()
    page.write_text('# Page\n\n## Example {#example}\n\n=== "日本語"\n\n    To a named person:\n\n'
                    '    ```text\n    {氏名}様\n    ```\n\n=== "English"\n\n    - One long\n      phrase.\n'
                    '    - Two.\n\nAfter the tabs.\n\n=== "English"\n\n    Alone.\n', "utf-8")
    groups = tab_groups(read_page(page, page.parent))
    assert [(g.where, sorted(g.tabs)) for g in groups] == [
        ("#example", ["English", "日本語"]), ("#example (tab group 2)", ["English"])]
    assert groups[0].tabs["日本語"].compared() == [(9, "```text"), (10, "{氏名}様"), (11, "```")]
    assert groups[0].tabs["English"].compared() == [(15, "- One long phrase."), (17, "- Two.")]


def test_a_tab_missing_from_one_language_is_reported_with_the_other_place(tmp_path, monkeypatch):
    shutil.copytree(CONTENT / "template-drift", tmp_path / "case")
    japanese = tmp_path / "case" / "docs" / "thank-you.ja.md"
    text = japanese.read_text("utf-8")
    japanese.write_text(text[:text.index('\n=== "English"\n\n    - Thank')] + "\n", "utf-8")
    assert "docs/thank-you.ja.md:31: no English tab in the tab group under #follow-up; docs/thank-you.md:29 has one" \
        in one_line(reported(tmp_path / "case", monkeypatch))


# Markup in the Markdown -----------------------------------------------------------------------

def test_an_image_without_alt_text_is_reported(monkeypatch):
    assert one_line(reported(CONTENT / "image-without-alt", monkeypatch)) == [
        "docs/thank-you.md:12: image without alt text"]


def test_a_table_header_with_an_empty_cell_is_reported(monkeypatch):
    assert one_line(reported(CONTENT / "empty-table-header", monkeypatch)) == [
        "docs/thank-you.md:12: table header with an empty cell"]


def test_a_placeholder_outside_a_code_block_is_reported(monkeypatch):
    assert one_line(reported(CONTENT / "placeholder-outside-code", monkeypatch)) == [
        "docs/thank-you.md:18: placeholder '{Company name}' outside a code block"]


def test_a_drafting_note_is_reported(monkeypatch):
    assert one_line(reported(CONTENT / "todo-note", monkeypatch)) == [
        "docs/thank-you.ja.md:20: drafting note 'TODO' left in the page"]


# Page language --------------------------------------------------------------------------------

def test_a_page_left_in_english_fails_with_its_share_of_japanese(monkeypatch):
    assert reported(CONTENT / "untranslated-page", monkeypatch) == [
        "docs/thank-you.ja.md:1: only 21% of the text is Japanese (expected at least 60%)\n"
        "    -> translate the page into Japanese; the other language may stay only in code blocks, "
        "in its own template tab, and in parentheses or quotes"]


def test_an_english_paragraph_in_a_japanese_page_fails_at_its_line(monkeypatch):
    assert one_line(reported(CONTENT / "english-paragraph-in-japanese-page", monkeypatch)) == [
        "docs/thank-you.ja.md:16: this paragraph is not in Japanese: only 0% of its text is Japanese "
        "(expected at least 10%)"]


def test_a_japanese_paragraph_in_an_english_page_fails_at_its_line(monkeypatch):
    assert one_line(reported(CONTENT / "japanese-paragraph-in-english-page", monkeypatch)) == [
        "docs/thank-you.md:13: this paragraph is not in English: only 0% of its text is English "
        "(expected at least 10%)"]


def test_the_other_language_is_allowed_in_code_its_own_tab_parentheses_quotes_and_links(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    shutil.copytree(CONTENT / "clean" / "docs", docs)
    english = "Please let me know the next steps in the selection process, and when to expect them."
    japanese = "今後の選考の流れと、結果のご連絡をいただける時期の目安を教えていただけますでしょうか。"
    with open(docs / "thank-you.ja.md", "a", encoding="utf-8") as page:
        page.write(f"\n=== \"English\"\n\n    {english}\n\n    {english}\n\n=== \"日本語\"\n\n    {japanese}\n\n"
                   f"英語の例文（{english}）と「{english}」。\n\n`{english}`\n\n"
                   f"[例文](https://example.org/{english.replace(' ', '-')})\n\n"
                   f"<!-- {english} -->\n")
    with open(docs / "thank-you.md", "a", encoding="utf-8") as page:
        page.write(f"\n=== \"English\"\n\n    {english}\n\n=== \"日本語\"\n\n    {japanese}\n\n    {japanese}\n\n"
                   f"A Japanese example ({japanese}) and 「{japanese}」.\n\n`{japanese}`\n")
    monkeypatch.chdir(tmp_path)
    assert page_language.page_language_problems(Path("docs")) == []


# Same advice ----------------------------------------------------------------------------------

def test_a_number_that_differs_between_the_languages_is_reported_with_both(monkeypatch):
    assert reported(CONTENT / "different-advice", monkeypatch) == [
        "docs/thank-you.ja.md:10: #example differs from the English page in numbers: only the English page "
        "(docs/thank-you.md:8) has 24; only this page has 48\n"
        "    -> say the same in both languages: find out which page is right, then correct the other one"]


@pytest.mark.parametrize("english, japanese", [
    ("Send it within 24 hours, by 20:00.", "24時間以内、20時までに送ります。"),
    ("Wait two to three months, or seven days in late April.", "2〜3か月、または4月下旬に7日待ちます。"),
    ("Three to five sentences; a day or two later; five or six questions.", "3〜5文、1〜2日後、質問は5〜6個。"),
    ("Two weeks' notice, as in April 2024.", "2024年4月と同じく、2週間前に申し出ます。"),
    ("May I ask? One of two people, twice, 600万円 is 6 million yen.", "伺ってもよろしいでしょうか。二人のうち一人、二度。"),
])
def test_numbers_are_read_the_way_each_language_writes_them(english, japanese):
    assert same_advice.numbers(english, "en") == same_advice.numbers(japanese, "ja")


def copy_of_the_docs(tmp_path) -> Path:
    shutil.copytree(DOCS, tmp_path / "docs")
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "same-advice.yml", tmp_path / "data")
    return tmp_path


def test_the_advice_the_review_found_differing_fails_as_a_key_point(tmp_path, monkeypatch):
    """The old English salary phrase ('the whole package') beside the Japanese one (「御社の規定も踏まえて」)."""
    monkeypatch.chdir(copy_of_the_docs(tmp_path))
    page = Path("docs/salary-and-offers.md")
    page.write_text(page.read_text("utf-8").replace(
        "I would be glad to discuss it, taking into account the work and your company's pay rules.",
        "I would also like to consider the whole package, including the work itself."), "utf-8")
    line = next(n for n, text in enumerate(page.read_text("utf-8").splitlines(), 1) if "{#if-salary-comes-up}" in text)
    assert [str(p).split("\n")[0] for p in same_advice.advice_problems(Path("docs"))] == [
        f"docs/salary-and-offers.md:{line}: key point of #if-salary-comes-up (data/same-advice.yml:12) is no longer "
        "in this section: 'I would be glad to discuss it, taking into account the work and your company's pay "
        "rules.'; the Japanese page says '業務内容や御社の規定も踏まえて、ご相談させていただければ幸いです。'"]


def test_a_key_point_whose_section_was_renamed_is_reported_but_another_sites_pages_are_left_alone(tmp_path, monkeypatch):
    case = copy_of_the_docs(tmp_path)
    points = case / "data" / "same-advice.yml"
    points.write_text(points.read_text("utf-8").replace("section: evaluation", "section: how-success-is-measured"), "utf-8")
    monkeypatch.chdir(case)
    assert [p.message for p in same_advice.advice_problems(Path("docs"))] == [
        "key point names no section: questions-to-ask#how-success-is-measured"]
    shutil.rmtree(case / "docs")
    shutil.copytree(CONTENT / "clean" / "docs", case / "docs")          # a fixture's pages beside this data
    assert same_advice.advice_problems(Path("docs")) == []


def test_a_step_or_a_phrase_in_one_language_only_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(copy_of_the_docs(tmp_path))
    japanese = Path("docs/index.ja.md")
    japanese.write_text(japanese.read_text("utf-8").replace(
        "- [ ] 承諾・辞退のどちらの場合も", "- [ ] 条件の交渉はエージェントの担当者に任せる\n- [ ] 承諾・辞退のどちらの場合も"), "utf-8")
    english = Path("docs/questions-to-ask.md")
    english.write_text(english.read_text("utf-8").replace(
        "    - Which language is used in meetings and documents?\n",
        "    - Which language is used in meetings and documents?\n    - Who else will I meet today?\n"), "utf-8")
    messages = [p.message for p in same_advice.advice_problems(Path("docs"))]
    english = Path("docs/index.md").read_text("utf-8").splitlines()
    said = [m for m in messages if m.startswith("#offer-arrived has 5 list items here, 4 on the English page (docs/index.md:")]
    assert len(said) == 1, messages
    line = int(said[0].rsplit(":", 1)[1].rstrip(")"))                     # the English section's heading
    assert "{#offer-arrived}" in english[line - 1], said
    assert "the English tab under #team has 6 phrases, the 日本語 tab 5" in messages


# One term per person --------------------------------------------------------------------------

def test_a_bare_tantousha_is_reported_with_the_two_terms_to_use(monkeypatch):
    assert reported(CONTENT / "ambiguous-person", monkeypatch) == [
        "docs/thank-you.ja.md:20: '担当者': 「担当者」 alone can mean the HR contact or the agency's consultant\n"
        "    -> write 人事担当者 for the company's person or エージェントの担当者 for the agency's "
        "(採用ご担当者様 stays as an addressee with no name)"]


def test_the_wording_the_review_found_fails_in_pages_and_in_the_tools_words(tmp_path, monkeypatch):
    """The old wording of the templates page, the thank-you page and the composer, line by line."""
    docs, data = tmp_path / "docs", tmp_path / "data"
    shutil.copytree(CONTENT / "clean" / "docs", docs)
    (docs / "old.md").write_text(
        "# Old\n\nAsk HR or your agent.\n\nOne email to your contact is enough.\n\n"
        "Dear Mr./Ms. {Contact's surname},\n\nRecruitment agencies and career advisers.\n", "utf-8")
    (docs / "old.ja.md").write_text(
        "# 旧\n\nエージェント経由の応募なら、先に担当者へ報告します。\n\n"
        "窓口は担当のキャリアアドバイザーです。\n\n人事部の担当者や、担当エージェントに確認します。\n", "utf-8")
    (data / "tools").mkdir(parents=True)
    (data / "ui-strings.yml").write_text(
        "composer/form:\n  consultant:\n    en: Your consultant (optional)\n    ja: 担当コンサルタント（任意）\n"
        "planner:\n  ask_again:\n    en: Ask your agent or HR again\n", "utf-8")
    (data / "tools" / "composer.yml").write_text('placeholders:\n  "{担当者の氏名}": {field: contact}\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    assert [(p.path.as_posix(), p.line, p.message[1:p.message.index("': ")]) for p in terms.term_problems(Path("docs"))] == [
        ("docs/old.ja.md", 3, "担当者"), ("docs/old.ja.md", 5, "キャリアアドバイザー"),
        ("docs/old.ja.md", 7, "担当者"), ("docs/old.ja.md", 7, "担当エージェント"),
        ("docs/old.md", 3, "agent"), ("docs/old.md", 5, "your contact"), ("docs/old.md", 7, "Contact's"),
        ("docs/old.md", 9, "career advisers"),
        ("data/ui-strings.yml", 4, "コンサルタント"), ("data/ui-strings.yml", 7, "agent"),
        ("data/tools/composer.yml", 2, "担当者"),
    ]


@pytest.mark.parametrize("text", [
    "採用ご担当者様", "人事担当者に電話します", "エージェントの担当者に伝えます", "{人事担当者の氏名}様", "面接をご担当くださった",
    "Write to your HR contact.", "Dear Mr./Ms. {HR contact's surname},", "Tell your consultant first.",
    "Apply through an agency.", "Your contact details go in the signature.", "Contact HR once.",
])
def test_the_two_terms_and_the_words_that_are_right_pass(text):
    assert terms.line_problems(Path("page.md"), 1, text) == []


# Addresses typed by hand ----------------------------------------------------------------------

def test_an_address_typed_by_hand_to_a_page_that_does_not_exist_is_reported(monkeypatch):
    assert reported(CONTENT / "address-typed-by-hand", monkeypatch) == [
        "docs/index.md:11: address '/thank-you-note/#example' typed by hand: no page has that address "
        "(docs/thank-you-note.md does not exist)\n"
        "    -> write the address of an existing page and section; `make rename` and `make rename-section` "
        "update addresses typed like this one"]


def test_an_old_address_that_redirects_is_fine_but_its_section_must_exist(monkeypatch):
    monkeypatch.chdir(CONTENT / "address-typed-by-hand")
    assert addresses.address_problems(Path("docs"), {"thank-you-note.md": "thank-you.md"}) == []
    [problem] = addresses.address_problems(Path("docs"), {"thank-you-note.md": "thank-you.md#follow-up-later"})
    assert problem.message == ("address '/thank-you-note/#example' typed by hand: no section '#follow-up-later' "
                               "on that page (its ids: example, follow-up)")


def test_japanese_addresses_are_checked_against_the_japanese_pages(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    shutil.copytree(CONTENT / "clean" / "docs", docs)
    (docs / "thank-you.ja.md").write_text((docs / "thank-you.ja.md").read_text("utf-8") +
                                          "\n例: `https://{site}/ja/thank-you/#follow-up`、`/ja/extra/`\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert [p.message for p in addresses.address_problems(Path("docs"))] == [
        "address '/ja/extra/' typed by hand: no page has that address (docs/extra.ja.md does not exist)"]


# Published URLs ------------------------------------------------------------------------------

def test_a_published_address_missing_from_the_registry_names_make_registry(tmp_path, monkeypatch):
    shutil.copytree(CONTENT / "clean" / "docs", tmp_path / "docs")
    (tmp_path / "mkdocs.yml").write_text("site_name: Fixture\n", "utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "published-urls.txt").write_text(
        "# header\n./\n./#start-here\nja/\nja/#start-here\nthank-you/\nfeed.xml\nja/feed.xml\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert reported(tmp_path, monkeypatch) == [
        "docs/thank-you.md:8: published addresses not in tests/published-urls.txt: "
        "thank-you/#example, thank-you/#follow-up\n"
        "    -> run `make registry` (it appends them; the tests then keep them working for good)",
        "docs/thank-you.ja.md:1: published addresses not in tests/published-urls.txt: "
        "ja/thank-you/, ja/thank-you/#example, ja/thank-you/#follow-up\n"
        "    -> run `make registry` (it appends them; the tests then keep them working for good)"]


# The strict build ------------------------------------------------------------------------------

def test_a_broken_link_in_the_build_is_reported_at_its_markdown_line(monkeypatch):
    monkeypatch.chdir(CONTENT / "clean")
    output = ("INFO    -  Cleaning site directory\n"
              "WARNING -  Doc file 'index.md' contains a link 'thank-you.md#tone', but the doc 'thank-you.md' does "
              "not contain an anchor '#tone'.\nAborted with 1 warnings in strict mode!\n")
    [problem] = check.build_problems(output.replace("thank-you.md#tone", "thank-you.md"), Path("docs"))
    assert str(problem).startswith("docs/index.md:10: Doc file 'index.md' contains a link 'thank-you.md', but")
    [other] = check.build_problems("ERROR    -  Config value 'nav': bad\nAborted with a configuration error!\n", Path("docs"))
    assert str(other).startswith("mkdocs.yml:1: strict build failed:\nERROR    -  Config value 'nav': bad")


# Originality ----------------------------------------------------------------------------------

def test_text_copied_from_a_source_is_reported_with_file_and_line(monkeypatch):
    assert one_line(reported(CONTENT / "copied-from-source", monkeypatch)) == [
        'docs/thank-you.ja.md:21: repeats sources/etiquette-guide.txt word for word: '
        '"面接のあとのお礼状は当日中に短く丁寧な言葉で感謝を..."',
        'docs/thank-you.md:19: repeats sources/etiquette-guide.txt word for word: '
        '"a short note of thanks sent on the same evening..."',
    ]


def test_the_originality_check_says_so_when_there_is_no_sources_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert originality.main(["--docs", str(CONTENT / "clean" / "docs"), "--sources", "missing"]) == 0
    assert capsys.readouterr().out == "Originality: skipped: no sources folder at missing (pass --sources DIR)\n"


# The check command ----------------------------------------------------------------------------

def test_the_check_command_groups_problems_and_exits_1(capsys, monkeypatch):
    monkeypatch.chdir(CONTENT / "stale-translation")
    assert check.main(["--docs", "docs", "--sources", "sources", "--no-site"]) == 1
    out = capsys.readouterr().out
    assert "Translations: ok\nNavigation: ok\nFront matter: ok\nFreshness: 1 problem\ndocs/thank-you.ja.md:6: stale" in out
    assert out.endswith("check: 1 problem in Freshness\n")


def test_the_check_command_prints_one_line_when_clean(capsys, monkeypatch):
    monkeypatch.chdir(CONTENT / "clean")
    assert check.main(["--docs", "docs", "--sources", "../copied-from-source/sources", "--no-site"]) == 0
    assert re.fullmatch(r"check: all clean \(\d+ checks, docs\)\n", capsys.readouterr().out)
