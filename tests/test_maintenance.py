"""The maintainer's commands, end to end: each job is one `make` command in a copy of the project,
and afterwards the checks are clean, the strict build passes and every published URL still opens
its page and section. Each scenario has its own scratch copy (tests/site.py scratch_project),
built once.

The checks run here are `make check`'s, without textlint and codespell (these commands change
links and ids, not prose; tests/test_prose_lint.py covers them).
"""
from __future__ import annotations

import re
import subprocess
from contextlib import chdir
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts.authoring.registry import REGISTRY, read_registry
from scripts.checks import run as check
from scripts.checks.freshness import freshness_problems
from tests.site import build, make, scratch_project
from tests.test_stable_urls import resolve


def problems(project: Path) -> list[str]:
    """Every problem `make check` reports on the project's sources and its strict build."""
    sections = check.source_sections(project / "docs", prose=False)
    site = project / "site"
    built = build(project, site)
    if built.returncode != 0:
        return [str(p) for s in sections for p in s.problems] + [built.stderr]
    sections += check.site_sections(site, project / "docs")[0]
    return [str(p) for s in sections for p in s.problems]


def unresolved(project: Path) -> list[str]:
    """Registered URLs that do not open their page and section in the project's build (in site/)."""
    urls = read_registry(project / REGISTRY)
    assert len(urls) > 200
    return [p for p in (resolve(project / "site", url) for url in urls) if p]


def ran(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def git_status(project: Path) -> str:
    return subprocess.run(["git", "status", "--short"], cwd=project, capture_output=True, text=True).stdout


# Rename a page ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def renamed(tmp_path_factory):
    project = scratch_project(tmp_path_factory.mktemp("rename"))
    output = ran(make(project, "rename", "OLD=checklists", "NEW=interview-checklists"))
    return project, output, problems(project)


def test_make_rename_moves_both_pages_and_their_stamped_english_text_with_git(renamed):
    project, output, _ = renamed
    status = git_status(project)
    for old, new in [("docs/checklists.md", "docs/interview-checklists.md"),
                     ("docs/checklists.ja.md", "docs/interview-checklists.ja.md"),
                     ("translations/ja/checklists.en.md", "translations/ja/interview-checklists.en.md")]:
        assert f"moved {old} -> {new} (git mv)" in output
        assert f"R  {old} -> {new}" in status


def test_make_rename_points_the_nav_and_a_redirect_at_the_new_page_keeping_the_comments(renamed):
    project, output, _ = renamed
    config = (project / "mkdocs.yml").read_text("utf-8")
    assert "      - Checklists: interview-checklists.md\n" in config
    assert not re.search(r"(?<![\w-])checklists\.md", config.split("plugins:")[0])
    assert re.search(r"redirect_maps: +# English file \(old-name.md: new-name.md\); /ja/ follows through\n"
                     r" +# scripts/hooks/redirects_per_language.py. Never remove an entry.\n"
                     r"        checklists.md: interview-checklists.md\n", config), config
    assert re.search(r"mkdocs.yml:\d+: redirect_maps: checklists.md: interview-checklists.md", output)


def test_make_rename_rewrites_links_and_addresses_typed_by_hand_with_their_lines(renamed):
    project, output, _ = renamed
    assert "docs/index.md:68  checklists.md#before -> interview-checklists.md#before" in output
    assert "docs/for-agencies.md:82  /checklists/#after -> /interview-checklists/#after" in output
    assert "docs/for-agencies.md:41  `checklists` -> `interview-checklists`" in output
    assert "tests/search/queries.yaml:73  checklists/#the-evening-before -> interview-checklists/#the-evening-before" in output
    leftovers = [line for path in (project / "docs").glob("*.md")
                 for line in path.read_text("utf-8").splitlines() if re.search(r"(?<![\w-])checklists(\.md|/)", line)]
    assert leftovers == []


def test_make_rename_restamps_exactly_the_translations_whose_english_changed_only_by_links(renamed):
    project, output, _ = renamed
    restamped = re.findall(r"^  (docs/\S+\.ja\.md) \(its English page changed only by this edit\)$", output, flags=re.M)
    changed = sorted(line[3:].replace(".md", ".ja.md") for line in git_status(project).splitlines()
                     if line.startswith(" M docs/") and not line.endswith(".ja.md"))
    assert sorted(restamped) == changed == ["docs/for-agencies.ja.md", "docs/index.ja.md", "docs/sources.ja.md"]
    assert freshness_problems(project / "docs") == []


def test_after_make_rename_the_checks_and_the_strict_build_are_clean(renamed):
    assert renamed[2] == []


def test_after_make_rename_every_published_url_still_opens_its_page_and_section(renamed):
    project, output, _ = renamed
    assert "tests/published-urls.txt: 20 new URLs (the old ones stay and keep working)" in output
    assert {"checklists/#after", "ja/checklists/#after", "interview-checklists/#after"} <= set(
        read_registry(project / REGISTRY))
    assert unresolved(project) == []


def test_a_rename_that_cannot_be_done_changes_nothing(renamed):
    project, _, _ = renamed
    before = git_status(project)
    for args, message in [(["OLD=glossary", "NEW=Glossary"], "NEW=Glossary: a page name is lowercase letters"),
                          (["OLD=glossary", "NEW=timeline"], "docs/timeline.md, docs/timeline.ja.md already exist"),
                          (["OLD=glossary", "NEW=checklists"], "'checklists' is an old page name that redirects"),
                          (["OLD=no-such-page", "NEW=x"], "there is no page 'no-such-page'")]:
        result = make(project, "rename", *args)
        assert result.returncode == 2 and message in result.stderr, result.stderr
    assert git_status(project) == before


# Rename a section ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def section_renamed(tmp_path_factory):
    project = scratch_project(tmp_path_factory.mktemp("rename-section"))
    output = ran(make(project, "rename-section", "PAGE=salary-and-offers", "OLD=asking-for-time", "NEW=time-to-decide"))
    return project, output, problems(project)


@pytest.mark.parametrize("page", ["salary-and-offers.md", "salary-and-offers.ja.md"])
def test_make_rename_section_changes_the_id_and_keeps_the_old_one_in_both_languages(section_renamed, page):
    project, output, _ = section_renamed
    lines = (project / "docs" / page).read_text("utf-8").splitlines()
    heading = next(i for i, line in enumerate(lines) if line.endswith("{#time-to-decide}"))
    kept = lines.index("{: #asking-for-time }")
    assert heading < kept and lines[kept - 1] and not lines[heading + 2:kept - 1]   # on the first paragraph
    assert f"docs/{page}:{kept + 1}  + {{: #asking-for-time }}" in output


def test_make_rename_section_rewrites_links_and_addresses_and_restamps(section_renamed):
    project, output, _ = section_renamed
    assert "docs/timeline.md" in output and "salary-and-offers.md#asking-for-time -> salary-and-offers.md#time-to-decide" in output
    assert "docs/for-agencies.md:78  /salary-and-offers/#asking-for-time -> /salary-and-offers/#time-to-decide" in output
    assert "  docs/salary-and-offers.ja.md (its English page changed only by this edit)" in output
    assert freshness_problems(project / "docs") == []


def test_after_make_rename_section_the_checks_are_clean_and_old_and_new_links_open_the_section(section_renamed):
    project, output, found = section_renamed
    assert found == []
    assert {"salary-and-offers/#time-to-decide", "ja/salary-and-offers/#time-to-decide",
            "salary-and-offers/#asking-for-time"} <= set(read_registry(project / REGISTRY))
    assert unresolved(project) == []


# Add a page ------------------------------------------------------------------------------------

ENGLISH = """---
title: What to wear to a second interview
description: Choosing clothes for a second interview in Japan.
reviewed: 2026-12-01
---

# Dress code

Second interviews in Japan are often more formal than first ones.

## What to wear {#what-to-wear}

Unless the company tells you otherwise, a dark suit is the safe choice.
"""
JAPANESE = """---
title: 二次面接の服装
description: 二次面接に着ていく服の選び方です。
reviewed: 2026-12-01
translation:
  source_sha256: pending
---

# 服装

二次面接は、一次面接よりも改まった場であることが多いです。

## 服装の選び方 {#what-to-wear}

企業から指定がなければ、暗い色のスーツを選べば安心です。
"""


@pytest.fixture(scope="module")
def new_page(tmp_path_factory):
    project = scratch_project(tmp_path_factory.mktemp("new-page"))
    created = ran(make(project, "new-page", "NAME=dress-code", "TITLE=Dress code", "TITLE_JA=服装",
                       "SECTION=Second interview"))
    with chdir(project):                            # problems name files as the maintainer sees them
        before = [str(p).split("\n")[0] for s in check.source_sections(Path("docs"), prose=False) for p in s.problems]
    (project / "docs" / "dress-code.md").write_text(ENGLISH, "utf-8")
    (project / "docs" / "dress-code.ja.md").write_text(JAPANESE, "utf-8")
    stamped = ran(make(project, "stamp", "PAGE=dress-code"))
    registered = ran(make(project, "registry"))
    return project, created, before, stamped, registered, problems(project)


def test_make_new_page_creates_both_pages_the_nav_entry_and_its_japanese_title(new_page):
    project, created, *_ = new_page
    config = (project / "mkdocs.yml").read_text("utf-8")
    assert "      - Questions to ask: questions-to-ask.md\n      - Dress code: dress-code.md\n" in config
    assert "            For agencies: 人材紹介会社の皆様へ\n            Dress code: 服装\n" in config
    assert created.startswith("created docs/dress-code.md\ncreated docs/dress-code.ja.md\n")
    assert "make stamp PAGE=dress-code" in created and "make registry" in created


def test_a_new_page_is_reported_until_it_is_written_stamped_and_registered(new_page):
    _, _, before, *_ = new_page
    assert before == [
        "docs/dress-code.ja.md:6: translation.source_sha256 is not a sha256 hash: 'pending'",
        "docs/dress-code.ja.md:3: drafting note 'TODO' left in the front matter",
        "docs/dress-code.ja.md:11: drafting note 'TODO' left in the page",
        "docs/dress-code.md:3: drafting note 'TODO' left in the front matter",
        "docs/dress-code.md:9: drafting note 'TODO' left in the page",
        "docs/dress-code.md:1: published address not in tests/published-urls.txt: dress-code/",
        "docs/dress-code.ja.md:1: published address not in tests/published-urls.txt: ja/dress-code/",
    ]


def test_once_written_stamped_and_registered_a_new_page_is_clean_and_its_menu_title_is_japanese(new_page):
    project, _, _, stamped, registered, found = new_page
    assert stamped.startswith("docs/dress-code.ja.md: checked against docs/dress-code.md (source_sha256 ")
    assert registered.splitlines() == ["tests/published-urls.txt: 4 new URLs", "  dress-code/",
                                       "  dress-code/#what-to-wear", "  ja/dress-code/", "  ja/dress-code/#what-to-wear"]
    assert found == []
    soup = BeautifulSoup((project / "site" / "ja" / "index.html").read_text("utf-8"), "html.parser")
    menu = [a.get_text(" ", strip=True) for a in soup.select("nav.md-nav--primary a[href]")
            if a["href"].rstrip("/").endswith("dress-code")]
    assert menu and set(menu) == {"服装"}
    assert unresolved(project) == []


def test_new_page_refuses_a_name_that_is_taken_or_an_old_address(new_page):
    project, *_ = new_page
    for args, message in [(["NAME=glossary", "TITLE=G", "TITLE_JA=用語"], "docs/glossary.md, docs/glossary.ja.md already exist"),
                          (["NAME=Dress", "TITLE=G", "TITLE_JA=用語"], "NAME=Dress: a page name is lowercase"),
                          (["NAME=gloves"], "NAME, TITLE and TITLE_JA are all needed"),
                          (["NAME=gloves", "TITLE=Glossary", "TITLE_JA=手袋"], "already translated as '採用用語集'")]:
        result = make(project, "new-page", *args)
        assert result.returncode == 2 and message in result.stderr, result.stderr


# Translate a changed page ----------------------------------------------------------------------

def test_an_english_edit_shows_its_diff_until_the_translation_follows_and_is_stamped(tmp_path):
    project = scratch_project(tmp_path / "stamp")
    english, japanese = project / "docs" / "mindset.md", project / "docs" / "mindset.ja.md"
    text = english.read_text("utf-8")
    first = next(line for line in text.splitlines()[8:] if line and not line.startswith(("#", "-", "!", " ")))
    english.write_text(text.replace(first, first + " Breathe slowly."), "utf-8")

    result = make(project, "check", "ARGS=--no-site")
    assert result.returncode != 0 and result.stdout.endswith("check: 1 problem in Freshness\n"), result.stdout
    assert f"-{first}\n    +{first} Breathe slowly." in result.stdout
    assert "docs/mindset.md still says `reviewed: 2026-11-25`, as when this translation was stamped." in result.stdout
    assert "then run `make stamp PAGE=mindset`" in result.stdout and "--all" not in result.stdout

    for path in (english, japanese):
        path.write_text(path.read_text("utf-8").replace("reviewed: 2026-11-25", "reviewed: 2026-12-01"), "utf-8")
    out = ran(make(project, "stamp", "PAGE=mindset"))
    assert out.startswith("docs/mindset.ja.md: checked against docs/mindset.md (source_sha256 ")
    assert "note:" not in out                          # the English `reviewed:` moved on
    assert freshness_problems(project / "docs") == []
    assert (project / "translations" / "ja" / "mindset.en.md").read_bytes() == english.read_bytes()
