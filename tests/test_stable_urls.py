"""Every URL ever published keeps working: the registry, redirects for renamed pages, kept ids
for renamed sections. Both languages, at the host root and under a project sub-path."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from scripts.authoring.registry import REGISTRY, published_urls, read_registry
from tests.site import ROOT, build, project_copy

DUMMY = "https://site.invalid/"


@lru_cache(maxsize=None)
def _page(file: Path) -> tuple[frozenset[str], str | None]:
    """(ids on the page, redirect target or None) of a built HTML file."""
    soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
    ids = {tag["id"] for tag in soup.find_all(id=True)} | {a["name"] for a in soup.find_all("a", attrs={"name": True})}
    refresh = soup.find("meta", attrs={"http-equiv": "refresh"})
    target = None
    if refresh is not None:
        match = re.search(r"url=(.*)$", refresh.get("content", ""), flags=re.I)
        target = match.group(1).strip() if match else ""
    return frozenset(ids), target


def resolve(site_dir: Path, url: str, hops: int = 3) -> str | None:
    """None when the site-relative `url` ("ja/following-up/#tone", "./") opens a file in the
    built site, with the #id on it (following redirect pages); otherwise what is wrong."""
    path, _, fragment = url.partition("#")
    path = path.removeprefix("./")
    file = Path(site_dir) / path
    if path == "" or path.endswith("/"):
        file = file / "index.html"
    if not file.is_file():
        return f"{url}: nothing at {file.relative_to(site_dir).as_posix()}"
    if file.suffix != ".html":
        return f"{url}: #{fragment} on a file that is not a page" if fragment else None
    ids, redirect = _page(file)
    if redirect is not None:
        if hops == 0:
            return f"{url}: too many redirects"
        target = urljoin(DUMMY + path, redirect)
        if not target.startswith(DUMMY):
            return f"{url}: redirects off the site, to {redirect}"
        new_path, _, new_fragment = target[len(DUMMY):].partition("#")
        problem = resolve(site_dir, (new_path or "./") + (f"#{new_fragment or fragment}" if new_fragment or fragment else ""),
                          hops - 1)
        return f"{url} -> {problem}" if problem else None
    if fragment and fragment not in ids:
        return f"{url}: no id '{fragment}' on the page"
    return None


@pytest.fixture(params=["root", "subpath"])
def any_site(request):
    """The site built for the host root and for a GitHub Pages project sub-path."""
    return request.getfixturevalue("site" if request.param == "root" else "subpath_site")


def test_the_registry_tells_how_to_add_to_it_and_never_to_remove():
    header = [line for line in (ROOT / REGISTRY).read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    text = "\n".join(header)
    assert "`make registry` appends" in text
    assert "Never remove" in text


def test_the_registry_holds_each_url_once_as_a_site_relative_address():
    urls = read_registry()
    assert len(urls) == len(set(urls)), sorted({u for u in urls if urls.count(u) > 1})
    bad = [u for u in urls if u.startswith(("/", "http:", "https:")) or " " in u or "?" in u]
    assert bad == []
    assert "ja/following-up/#tone" in urls and "following-up/#tone" in urls


def test_every_page_and_section_published_today_is_registered():
    missing = [url for url in published_urls() if url not in set(read_registry())]
    assert missing == [], f"new pages or sections are not in tests/published-urls.txt; run `make registry`: {missing[:10]}"


def test_every_registered_url_still_opens_its_page_and_section(any_site):
    problems = [p for p in (resolve(any_site.path, url) for url in read_registry()) if p]
    assert problems == [], "\n".join(problems[:20])


# A renamed page and a renamed section, built as a small project with this repository's
# configuration, theme and hooks.
PAGE = """---
title: {title}
description: {title}.
reviewed: 2026-11-25
---

# {title}

## {heading} {{#new-section}}

{text}
{{: #old-section }}

## {other} {{#other}}

{text}
"""


def renamed_project(tmp_path: Path, redirect_maps: dict[str, str]) -> Path:
    docs = tmp_path / "renamed-docs"
    docs.mkdir()
    for name, lang, title, heading, other, text in [
        ("index", "en", "Home", "Start", "More", "Read [the new page](new-name.md)."),
        ("index", "ja", "ホーム", "はじめに", "その他", "[新しいページ](new-name.md)をお読みください。"),
        ("new-name", "en", "New name", "Renamed section", "Other", "Some text."),
        ("new-name", "ja", "新しい名前", "名前を変えたセクション", "その他", "本文です。"),
    ]:
        suffix = "" if lang == "en" else f".{lang}"
        (docs / f"{name}{suffix}.md").write_text(
            PAGE.format(title=title, heading=heading, other=other, text=text), encoding="utf-8")
    return project_copy(tmp_path / "renamed", docs=docs, nav=False, redirect_maps=redirect_maps)


@pytest.fixture(scope="module")
def renamed_site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("renamed")
    project = renamed_project(tmp_path, {"old-name.md": "new-name.md"})
    result = build(project, tmp_path / "site", site_url="http://127.0.0.1:8000/second-round/")
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp_path / "site"


@pytest.mark.parametrize("old, new", [("old-name/", "../new-name/"), ("ja/old-name/", "../new-name/")])
def test_a_renamed_page_redirects_from_its_old_address_in_both_languages(renamed_site, old, new):
    ids, target = _page(renamed_site / old / "index.html")
    assert target == new
    assert urljoin(DUMMY + old, target) == DUMMY + old.replace("old-name", "new-name")


def test_a_japanese_reader_of_an_old_address_is_told_in_japanese(renamed_site):
    html = (renamed_site / "ja" / "old-name" / "index.html").read_text("utf-8")
    assert '<html lang="ja">' in html and "新しいページ" in html and "redirected" not in html


@pytest.mark.parametrize("old", ["old-name/", "ja/old-name/"])
def test_a_redirect_page_replaces_itself_so_back_skips_it(renamed_site, old):
    """location.href would leave the redirect page in the history; Back would land on it and
    be sent forward again."""
    html = (renamed_site / old / "index.html").read_text("utf-8")
    assert 'location.replace("../new-name/"+(anchor?"#"+anchor:""))' in html
    assert "location.href" not in html


@pytest.mark.parametrize("url", ["old-name/", "old-name/#new-section", "old-name/#old-section",
                                 "ja/old-name/", "ja/old-name/#new-section", "ja/old-name/#old-section",
                                 "new-name/#old-section", "ja/new-name/#old-section"])
def test_old_page_addresses_and_old_section_ids_keep_resolving(renamed_site, url):
    assert resolve(renamed_site, url) is None


def test_a_section_id_that_is_gone_is_reported(renamed_site):
    assert resolve(renamed_site, "ja/old-name/#no-such-section") == (
        "ja/old-name/#no-such-section -> ja/new-name/#no-such-section: no id 'no-such-section' on the page")
    assert resolve(renamed_site, "gone/") == "gone/: nothing at gone/index.html"


def test_a_redirect_listed_by_its_japanese_file_is_refused_with_the_fix(tmp_path):
    project = renamed_project(tmp_path, {"old-name.ja.md": "new-name.ja.md"})
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "list each renamed page once by its English file (e.g. 'old-name.md: new-name.md')" in result.stderr


def test_the_link_check_accepts_a_redirect_page_left_by_a_rename(renamed_site):
    """A redirect page is not a guide page that nothing links to (an orphan)."""
    from scripts.built_site import BuiltSite
    from scripts.checks.site_links import check_links

    problems = check_links(BuiltSite(renamed_site, renamed_site.parent / "renamed" / "docs")).problems
    assert [str(p) for p in problems if "404.html" not in str(p)] == []
