"""The maintainer's commands, end to end: each job is one `make` command in a copy of the project,
and afterwards the checks are clean, the strict build passes and every published URL still opens
its page and section. Each scenario has its own scratch copy (tests/site.py scratch_project),
built once.

The pages each scenario works on are chosen from the project as it is (the README's examples
when they exist), so the tests keep passing after a maintainer has used these very commands.
The checks run here are `make check`'s, without textlint and codespell (these commands change
links and ids, not prose; tests/test_prose_lint.py covers them).
"""
from __future__ import annotations

import re
import subprocess
from collections import Counter
from contextlib import chdir
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scripts import mkdocs_yml
from scripts.authoring.registry import REGISTRY, read_registry
from scripts.authoring.rewrite import LINK
from scripts.checks import run as check
from scripts.checks.freshness import freshness_problems
from scripts.pages import anchor_ids, read_pages
from tests.site import ROOT, build, make, scratch_project
from tests.test_stable_urls import resolve

PAGES = read_pages(ROOT / "docs")
KEYS = sorted({p.key for p in PAGES})
CONFIG = mkdocs_yml.load_text((ROOT / "mkdocs.yml").read_text("utf-8"))


def links_to(key: str, fragment: str | None = None) -> int:
    """How many Markdown links in the pages point at page `key` (and `#fragment`)."""
    wanted = re.compile(rf"^{re.escape(key)}(\.[a-z]{{2}})?\.md" + (rf"#{fragment}$" if fragment else r"(#|$)"))
    return sum(1 for p in PAGES for m in LINK.finditer(p.text) if wanted.match(m.group(2)))


def unused(name: str, taken) -> str:
    return next(candidate for candidate in [name] + [f"{name}-{n}" for n in range(2, 99)] if candidate not in taken)


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
    assert len(urls) > 100
    return [p for p in (resolve(project / "site", url) for url in urls) if p]


def ran(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def git_status(project: Path) -> str:
    return subprocess.run(["git", "status", "--short"], cwd=project, capture_output=True, text=True).stdout


def restamped(output: str) -> list[str]:
    return sorted(re.findall(r"^  (docs/\S+\.ja\.md) \(its English page changed only by this edit\)$", output, flags=re.M))


def english_pages_changed(project: Path) -> list[str]:
    """The Japanese pages whose English page the command modified (not moved)."""
    return sorted(line[3:].replace(".md", ".ja.md") for line in git_status(project).splitlines()
                  if line.startswith(" M docs/") and not line.endswith(".ja.md"))


# Rename a page ---------------------------------------------------------------------------------

OLD = "checklists" if "checklists" in KEYS else max((k for k in KEYS if k != "index"), key=links_to)
NEW = unused(f"interview-{OLD}", KEYS + [k.removesuffix(".md") for k in mkdocs_yml.redirect_maps(CONFIG)])
OLD_REFERENCE = re.compile(rf"(?<![\w-]){OLD}(\.([a-z]{{2}}\.)?md|/)")


@pytest.fixture(scope="module")
def renamed(tmp_path_factory):
    project = scratch_project(tmp_path_factory.mktemp("rename"))
    output = ran(make(project, "rename", f"OLD={OLD}", f"NEW={NEW}"))
    return project, output, problems(project)


class TestRenameAPage:
    """`make rename OLD=... NEW=...`: one scratch copy, renamed once (the fixture `renamed`)."""

    def test_make_rename_moves_both_pages_and_their_stamped_english_text_with_git(self, renamed):
        project, output, _ = renamed
        status = git_status(project)
        for old, new in [(f"docs/{OLD}.md", f"docs/{NEW}.md"), (f"docs/{OLD}.ja.md", f"docs/{NEW}.ja.md"),
                         (f"translations/ja/{OLD}.en.md", f"translations/ja/{NEW}.en.md")]:
            assert f"moved {old} -> {new} (git mv)" in output
            assert f"R  {old} -> {new}" in status


    def test_make_rename_points_the_nav_and_a_redirect_at_the_new_page_keeping_the_comments(self, renamed):
        project, output, _ = renamed
        text = (project / "mkdocs.yml").read_text("utf-8")
        config = mkdocs_yml.load_text(text)
        files = [file for _, file, _ in mkdocs_yml.nav_titles(config["nav"]) if file]
        assert f"{NEW}.md" in files and f"{OLD}.md" not in files
        assert mkdocs_yml.redirect_maps(config)[f"{OLD}.md"] == f"{NEW}.md"
        assert re.search(rf"mkdocs.yml:\d+: redirect_maps: {OLD}.md: {NEW}.md", output)
        comments = [line[line.index("# "):] for line in text.splitlines() if "# " in line]
        original = (ROOT / "mkdocs.yml").read_text("utf-8")
        assert comments == [line[line.index("# "):] for line in original.splitlines() if "# " in line]


    def test_make_rename_rewrites_every_link_and_address_typed_by_hand_with_their_lines(self, renamed):
        project, output, _ = renamed
        assert links_to(OLD) and re.search(r"^links updated \(\d+\):$", output, flags=re.M)
        first = next((p, n) for p in PAGES for n, line in enumerate(p.text.splitlines(), start=1)
                     if f"]({OLD}.md" in line or f"]({OLD}.ja.md" in line)
        assert re.search(rf"^  docs/{first[0].path.name}:{first[1]}  {OLD}(\.ja)?\.md\S* -> {NEW}", output, flags=re.M)
        leftovers = [f"{path.name}: {line}" for path in (project / "docs").glob("*.md")
                     for line in path.read_text("utf-8").splitlines() if OLD_REFERENCE.search(line)]
        assert leftovers == []


    def test_make_rename_restamps_exactly_the_translations_whose_english_changed_only_by_links(self, renamed):
        project, output, _ = renamed
        assert restamped(output) == english_pages_changed(project) != []
        assert freshness_problems(project / "docs") == []


    def test_after_make_rename_the_checks_and_the_strict_build_are_clean(self, renamed):
        assert renamed[2] == []


    def test_after_make_rename_every_published_url_still_opens_its_page_and_section(self, renamed):
        project, output, _ = renamed
        assert re.search(r"^tests/published-urls.txt: \d+ new URLs \(the old ones stay and keep working\)$", output, re.M)
        registered = set(read_registry(project / REGISTRY))
        assert {f"{OLD}/", f"ja/{OLD}/", f"{NEW}/", f"ja/{NEW}/"} <= registered
        assert unresolved(project) == []


    def test_a_rename_that_cannot_be_done_changes_nothing(self, renamed):
        project, _, _ = renamed
        page, other = [k for k in KEYS if k not in ("index", OLD)][:2]
        before = git_status(project)
        for args, message in [([f"OLD={page}", "NEW=Upper"], "NEW=Upper: a page name is lowercase letters"),
                              ([f"OLD={page}", f"NEW={other}"], f"docs/{other}.md, docs/{other}.ja.md already exist"),
                              ([f"OLD={page}", f"NEW={OLD}"], f"'{OLD}' is an old page name that redirects"),
                              (["OLD=no-such-page", "NEW=x"], "there is no page 'no-such-page'")]:
            result = make(project, "rename", *args)
            assert result.returncode == 2 and message in result.stderr, result.stderr
        assert git_status(project) == before


# Rename a section ------------------------------------------------------------------------------

def linked_section() -> tuple[str, str]:
    """The README's example, else the section other pages link to most."""
    english = {p.key: p for p in PAGES if p.lang == "en"}
    if "asking-for-time" in [h.id for h in getattr(english.get("salary-and-offers"), "headings", [])]:
        return "salary-and-offers", "asking-for-time"
    counts = Counter({(key, h.id): links_to(key, h.id) for key, page in english.items() for h in page.headings})
    return counts.most_common(1)[0][0]


SECTION_PAGE, SECTION = linked_section()
NEW_SECTION = unused("time-to-decide" if SECTION == "asking-for-time" else f"{SECTION}-renamed",
                     anchor_ids(next(p for p in PAGES if p.key == SECTION_PAGE)))


@pytest.fixture(scope="module")
def section_renamed(tmp_path_factory):
    project = scratch_project(tmp_path_factory.mktemp("rename-section"))
    output = ran(make(project, "rename-section", f"PAGE={SECTION_PAGE}", f"OLD={SECTION}", f"NEW={NEW_SECTION}"))
    return project, output, problems(project)


class TestRenameASection:
    """`make rename-section PAGE=... OLD=... NEW=...`: one scratch copy (the fixture `section_renamed`)."""

    @pytest.mark.parametrize("suffix", ["", ".ja"])
    def test_make_rename_section_changes_the_id_and_keeps_the_old_one_in_both_languages(self, section_renamed, suffix):
        project, output, _ = section_renamed
        name = f"{SECTION_PAGE}{suffix}.md"
        lines = (project / "docs" / name).read_text("utf-8").splitlines()
        heading = next(i for i, line in enumerate(lines) if line.endswith(f"{{#{NEW_SECTION}}}"))
        kept = lines.index(f"{{: #{SECTION} }}")
        assert heading < kept and lines[kept - 1] and not lines[heading + 2:kept - 1]   # on the first paragraph
        assert f"docs/{name}:{kept + 1}  + {{: #{SECTION} }}" in output


    def test_make_rename_section_rewrites_links_and_restamps(self, section_renamed):
        project, output, _ = section_renamed
        assert ("links updated (" in output) == (links_to(SECTION_PAGE, SECTION) > 0)
        assert f"  docs/{SECTION_PAGE}.ja.md (its English page changed only by this edit)" in output
        assert restamped(output) == english_pages_changed(project)
        assert freshness_problems(project / "docs") == []


    def test_after_make_rename_section_the_checks_are_clean_and_old_and_new_links_open_the_section(self, section_renamed):
        project, output, found = section_renamed
        assert found == []
        address = "" if SECTION_PAGE == "index" else f"{SECTION_PAGE}/"
        assert {f"{address}#{NEW_SECTION}", f"ja/{address}#{NEW_SECTION}"} <= set(read_registry(project / REGISTRY))
        assert resolve(project / "site", f"ja/{address}#{SECTION}") is None
        assert unresolved(project) == []


# Add a page ------------------------------------------------------------------------------------

NAME = unused("dress-code", KEYS + [k.removesuffix(".md") for k in mkdocs_yml.redirect_maps(CONFIG)])
TITLE = NAME.replace("-", " ").capitalize()        # "Dress code", "Dress code 2"
TITLE_JA = "服装" + NAME.removeprefix("dress-code")
SECTIONS = [title for title, file, parents in mkdocs_yml.nav_titles(CONFIG["nav"]) if file is None and not parents]
NAV_SECTION = "Second interview" if "Second interview" in SECTIONS else SECTIONS[0]
ENGLISH = """---
title: What to wear to a second interview
description: Choosing clothes for a second interview in Japan.
reviewed: 2026-11-30
---

# Dress code

Second interviews in Japan are often more formal than first ones.

## What to wear {#what-to-wear}

Unless the company tells you otherwise, a dark suit is the safe choice.
"""
JAPANESE = """---
title: 二次面接の服装
description: 二次面接に着ていく服の選び方です。
reviewed: 2026-11-30
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
    config_before = (project / "mkdocs.yml").read_text("utf-8")
    created = ran(make(project, "new-page", f"NAME={NAME}", f"TITLE={TITLE}", f"TITLE_JA={TITLE_JA}",
                       f"SECTION={NAV_SECTION}"))
    config = (project / "mkdocs.yml").read_text("utf-8")
    with chdir(project):                            # problems name files as the maintainer sees them
        before = [str(p).split("\n")[0] for s in check.source_sections(Path("docs"), prose=False) for p in s.problems]
    (project / "docs" / f"{NAME}.md").write_text(ENGLISH, "utf-8")
    (project / "docs" / f"{NAME}.ja.md").write_text(JAPANESE, "utf-8")
    stamped = ran(make(project, "stamp", f"PAGE={NAME}"))
    registered = ran(make(project, "registry"))
    return project, created, (config_before, config), before, stamped, registered, problems(project)


class TestAddAPage:
    """`make new-page NAME=... TITLE=... TITLE_JA=...`: one scratch copy (the fixture `new_page`)."""

    def test_make_new_page_creates_both_pages_the_nav_entry_and_its_japanese_title(self, new_page):
        project, created, (before, after), *_ = new_page
        added = [line for line in after.splitlines() if line not in before.splitlines()]
        assert added == [f"      - {TITLE}: {NAME}.md", f"            {TITLE}: {TITLE_JA}"]
        nav = mkdocs_yml.load_text(after)["nav"]
        section = next(item[NAV_SECTION] for item in nav if isinstance(item, dict) and NAV_SECTION in item)
        assert section[-1] == {TITLE: f"{NAME}.md"}
        assert created.startswith(f"created docs/{NAME}.md\ncreated docs/{NAME}.ja.md\n")
        assert f"make stamp PAGE={NAME}" in created and "make registry" in created


    def test_a_new_page_is_reported_until_it_is_written_stamped_and_registered(self, new_page):
        before = new_page[3]
        assert before == [
            f"docs/{NAME}.ja.md:6: 'translation.source_sha256' is 'pending', not a sha256 hash (64 hex digits)",
            f"docs/{NAME}.ja.md:3: drafting note 'TODO' left in the front matter",
            f"docs/{NAME}.ja.md:11: drafting note 'TODO' left in the page",
            f"docs/{NAME}.md:3: drafting note 'TODO' left in the front matter",
            f"docs/{NAME}.md:9: drafting note 'TODO' left in the page",
            f"docs/{NAME}.md:1: published address not in tests/published-urls.txt: {NAME}/",
            f"docs/{NAME}.ja.md:1: published address not in tests/published-urls.txt: ja/{NAME}/",
        ]


    def test_once_written_stamped_and_registered_a_new_page_is_clean_and_its_menu_title_is_japanese(self, new_page):
        project, *_, stamped, registered, found = new_page
        assert stamped.startswith(f"docs/{NAME}.ja.md: checked against docs/{NAME}.md (source_sha256 ")
        assert registered.splitlines() == ["tests/published-urls.txt: 4 new URLs", f"  {NAME}/",
                                           f"  {NAME}/#what-to-wear", f"  ja/{NAME}/", f"  ja/{NAME}/#what-to-wear"]
        assert found == []
        soup = BeautifulSoup((project / "site" / "ja" / "index.html").read_text("utf-8"), "html.parser")
        menu = [a.get_text(" ", strip=True) for a in soup.select("nav.md-nav--primary a[href]")
                if a["href"].rstrip("/").endswith(NAME)]
        assert menu and set(menu) == {TITLE_JA}
        assert unresolved(project) == []


    def test_new_page_refuses_a_name_that_is_taken_or_a_title_translated_otherwise(self, new_page):
        project, *_ = new_page
        for args, message in [([f"NAME={NAME}", "TITLE=G", "TITLE_JA=用語"], f"docs/{NAME}.md, docs/{NAME}.ja.md already exist"),
                              (["NAME=Dress", "TITLE=G", "TITLE_JA=用語"], "NAME=Dress: a page name is lowercase"),
                              (["NAME=gloves"], "NAME, TITLE and TITLE_JA are all needed"),
                              (["NAME=gloves", f"TITLE={TITLE}", "TITLE_JA=手袋"], f"already translated as '{TITLE_JA}'")]:
            result = make(project, "new-page", *args)
            assert result.returncode == 2 and message in result.stderr, result.stderr


# Translate a changed page ----------------------------------------------------------------------

STAMPED = "mindset" if "mindset" in KEYS else next(k for k in KEYS if k != "index")


def test_an_english_edit_shows_its_diff_until_the_translation_follows_and_is_stamped(tmp_path):
    project = scratch_project(tmp_path / "stamp")
    english, japanese = project / "docs" / f"{STAMPED}.md", project / "docs" / f"{STAMPED}.ja.md"
    text = english.read_text("utf-8")
    body = text.split("\n---\n", 1)[1]
    first = next(line for line in body.splitlines() if re.match(r"^[A-Z][^|]*[.:]$", line))
    english.write_text(text.replace(first, first + " Breathe slowly.", 1), "utf-8")
    reviewed = re.search(r"^reviewed: (\S+)$", text, flags=re.M).group(1)

    result = make(project, "check", "ARGS=--no-site --no-prose")   # prose: tests/test_prose_lint.py
    assert result.returncode != 0 and result.stdout.endswith("check: 1 problem in Freshness\n"), result.stdout
    assert f"-{first}\n    +{first} Breathe slowly." in result.stdout
    assert f"docs/{STAMPED}.md still says `reviewed: {reviewed}`, as when this translation was stamped." in result.stdout
    assert f"then run `make stamp PAGE={STAMPED}`" in result.stdout and "--all" not in result.stdout

    for path in (english, japanese):
        path.write_text(re.sub(r"^reviewed: .*$", "reviewed: 2099-01-01", path.read_text("utf-8"), count=1,
                               flags=re.M), "utf-8")
    out = ran(make(project, "stamp", f"PAGE={STAMPED}"))
    assert out.startswith(f"docs/{STAMPED}.ja.md: checked against docs/{STAMPED}.md (source_sha256 ")
    assert "note:" not in out                          # the English `reviewed:` moved on
    assert freshness_problems(project / "docs") == []
    assert (project / "translations" / "ja" / f"{STAMPED}.en.md").read_bytes() == english.read_bytes()
