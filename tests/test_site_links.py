"""The built-site checks (links, assets, fragments, orphans, language, leaked Markdown) pass on the
real site and report each mistake at the Markdown line it came from.

Fixtures with mistakes that survive MkDocs' own strict validation (raw HTML links) are built
from tests/fixtures/content/<case>/docs; two hand-made sites (tests/fixtures/content/<case>/site)
cover an orphan page and a site published under a sub-path without a build.
"""
from __future__ import annotations

import shutil
from pathlib import Path


from scripts.checks import run as check
from scripts.built_site import BuiltSite
from scripts.checks.markup import leak_problems
from scripts.checks.site_links import check_links, external_section
from tests.site import FIXTURES, ROOT, build, fixture_project, free_port

CONTENT = FIXTURES / "content"
_builds: dict[str, tuple[Path, Path]] = {}


def built(case: str, tmp_path_factory) -> tuple[Path, Path]:
    """(project, site) for a fixture, built once per session at a root site_url."""
    if case not in _builds:
        base = tmp_path_factory.mktemp(case)
        (base / "content").mkdir()
        project = fixture_project(f"content/{case}", base)
        site = base / "site"
        result = build(project, site, site_url=f"http://127.0.0.1:{free_port()}/")
        assert result.returncode == 0, result.stderr
        _builds[case] = project, site
    return _builds[case]


def site_report(case: str, tmp_path_factory, monkeypatch) -> list[str]:
    """Problems in a built fixture, `file:line: message`. The fixtures have two pages, so the
    real 404 page's suggested links (what-to-expect, email-templates) are not theirs to check."""
    project, site_dir = built(case, tmp_path_factory)
    monkeypatch.chdir(project)
    site = BuiltSite(site_dir, project / "docs")
    problems = check_links(site).problems + leak_problems(site)
    return [str(p).split("\n")[0] for p in problems if p.path != site_dir / "404.html"]


_links: dict[Path, object] = {}


def links_of(built_site):
    """The link check of a real build (lychee and ours), once per build."""
    if built_site.path not in _links:
        _links[built_site.path] = check_links(BuiltSite(built_site.path, ROOT / "docs"))
    return _links[built_site.path]


def real_site_problems(built_site) -> list[str]:
    site = BuiltSite(built_site.path, ROOT / "docs")
    return [str(p) for p in links_of(built_site).problems + leak_problems(site)]


# The real site --------------------------------------------------------------------------------

def test_the_real_site_has_no_broken_links_orphans_or_leaked_markup(site):
    assert real_site_problems(site) == []


def test_the_real_site_under_a_sub_path_has_no_broken_links(subpath_site):
    assert real_site_problems(subpath_site) == []


def test_external_links_are_listed_and_use_https(site):
    external = links_of(site).external
    assert external and all(url.startswith("https://") for url in external)
    assert external_section(external).startswith(f"External links: {len(external)} (not fetched")


# Built fixtures -------------------------------------------------------------------------------

def test_a_clean_fixture_site_passes(tmp_path_factory, monkeypatch):
    assert site_report("clean", tmp_path_factory, monkeypatch) == []


def test_a_broken_internal_link_is_reported_at_its_markdown_line(tmp_path_factory, monkeypatch):
    assert site_report("broken-internal-link", tmp_path_factory, monkeypatch) == [
        "docs/thank-you.md:18: broken link: '../no-such-page/' (nothing at no-such-page/index.html)"]


def test_a_link_to_a_missing_fragment_is_reported(tmp_path_factory, monkeypatch):
    assert site_report("missing-fragment", tmp_path_factory, monkeypatch) == [
        "docs/index.md:12: missing fragment: 'thank-you/#nowhere' has no id 'nowhere' on thank-you/"]


def test_a_japanese_page_linking_to_an_english_page_is_reported_unless_marked(tmp_path_factory, monkeypatch):
    assert site_report("cross-language-link", tmp_path_factory, monkeypatch) == [
        "docs/index.ja.md:14: cross-language link: this ja page links to the en page '../thank-you/'"]


def test_leaked_admonition_syntax_is_reported_at_its_markdown_line(tmp_path_factory, monkeypatch):
    assert site_report("leaked-admonition", tmp_path_factory, monkeypatch) == [
        "docs/thank-you.md:20: Markdown shown as text on the page: '!!! tip: Before you send'"]


def test_the_check_command_runs_the_site_checks_on_a_built_site(tmp_path_factory, monkeypatch, capsys):
    project, site_dir = built("broken-internal-link", tmp_path_factory)
    monkeypatch.chdir(project)
    assert check.main(["--docs", "docs", "--sources", "sources", "--site", str(site_dir)]) == 1
    out = capsys.readouterr().out
    assert "Links: " in out and "docs/thank-you.md:18: broken link: '../no-such-page/'" in out
    assert out.rstrip().endswith("in Links")


# Hand-made sites ------------------------------------------------------------------------------

def test_an_orphan_page_is_reported(monkeypatch):
    monkeypatch.chdir(CONTENT / "orphan-page")
    assert [str(p) for p in check_links(BuiltSite(Path("site"))).problems] == [
        "site/lonely/index.html:1: orphan page: /lonely/ cannot be reached by following links from the home page\n"
        "    -> add it to nav in mkdocs.yml, or link to it from a related page"]


def test_links_resolve_within_a_sub_path_and_an_unprefixed_absolute_link_is_reported(monkeypatch):
    monkeypatch.chdir(CONTENT / "subpath-site")
    result = check_links(BuiltSite(Path("site")))
    assert [str(p).split("\n")[0] for p in result.problems] == [
        "site/index.html:14: '/guide/' is outside the site address /second-round/ (missing sub-path?)"]
    assert dict(result.external) == {"https://example.org/interviews": [(Path("site/index.html"), 15)]}


def test_missing_assets_of_a_sub_path_site_are_reported_wherever_they_are_linked_from(tmp_path, monkeypatch):
    """A script, a stylesheet by its /second-round/ address and a full-URL alternate, all gone."""
    shutil.copytree(CONTENT / "subpath-site" / "site", tmp_path / "site")
    for gone in ("assets/app.js", "assets/site.css", "ja/index.html"):
        (tmp_path / "site" / gone).unlink()
    monkeypatch.chdir(tmp_path)
    problems = [str(p).split("\n")[0] for p in check_links(BuiltSite(Path("site"))).problems]
    assert sorted(problems) == sorted([
        "site/index.html:4: broken <link rel=alternate>: 'http://127.0.0.1:8000/second-round/ja/' (nothing at ja/index.html)",
        "site/index.html:5: broken <link rel=stylesheet>: '/second-round/assets/site.css' (nothing at assets/site.css)",
        "site/index.html:6: broken <script> asset: 'assets/app.js' (nothing at assets/app.js)",
        "site/index.html:10: broken link: 'http://127.0.0.1:8000/second-round/ja/' (nothing at ja/index.html)",
        "site/index.html:14: '/guide/' is outside the site address /second-round/ (missing sub-path?)",
        "site/guide/index.html:4: broken <link rel=stylesheet>: '../assets/site.css' (nothing at assets/site.css)"])
