"""mkdocs.yml is edited line by line, keeping its comments, whatever shape the redirect map has;
and fixture projects never depend on the real site's redirects or nav."""
from __future__ import annotations

import pytest

from scripts import mkdocs_yml, site_build
from tests.site import FIXTURES, ROOT, build

REAL = (ROOT / "mkdocs.yml").read_text("utf-8")
COMMENT = "# scripts/hooks/redirects_per_language.py. Never remove an entry."


def comments(text: str) -> list[str]:
    return [line[line.index("# "):] for line in text.splitlines() if "# " in line]


def redirected(text: str, mapping: dict) -> str:
    return mkdocs_yml.update_redirects(text, mapping)[0]


# The real file with its redirect map written each way a maintainer might have left it.
SHAPES = {
    "one-line {}": REAL,
    "flow map": REAL.replace("redirect_maps: {}", "redirect_maps: {a.md: b.md}"),
    "block": redirected(REAL, {"a.md": "b.md"}),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_redirect_is_added_keeping_every_comment_and_every_other_setting(shape):
    before = SHAPES[shape]
    after, lines = mkdocs_yml.update_redirects(before, {"old-name.md": "new-name.md"})
    loaded, original = mkdocs_yml.load_text(after), mkdocs_yml.load_text(before)
    assert mkdocs_yml.redirect_maps(loaded) == {**mkdocs_yml.redirect_maps(original), "old-name.md": "new-name.md"}
    assert {k: v for k, v in loaded.items() if k != "plugins"} == {k: v for k, v in original.items() if k != "plugins"}
    assert comments(after) == comments(before)
    assert after.splitlines()[lines[-1] - 1] == "        old-name.md: new-name.md"


def test_a_redirect_to_a_renamed_page_is_pointed_at_its_new_name_and_one_can_be_removed():
    text = redirected(redirected(REAL, {"a.md": "b.md"}), {"c.md": "b.md#part"})
    text, lines = mkdocs_yml.update_redirects(text, {"a.md": "d.md", "c.md": None})
    real = mkdocs_yml.redirect_maps(mkdocs_yml.load_text(REAL))
    assert mkdocs_yml.redirect_maps(mkdocs_yml.load_text(text)) == {**real, "a.md": "d.md"}
    assert COMMENT in text


@pytest.mark.parametrize("shape", SHAPES)
def test_a_fixture_project_gets_its_own_redirect_map_and_no_nav(shape):
    text = mkdocs_yml.remove_nav(mkdocs_yml.replace_redirect_maps(SHAPES[shape], {"x.md": "y.md"}))
    loaded = mkdocs_yml.load_text(text)
    assert mkdocs_yml.redirect_maps(loaded) == {"x.md": "y.md"} and "nav" not in loaded
    assert loaded["markdown_extensions"] == mkdocs_yml.load_text(REAL)["markdown_extensions"]


def test_a_fixture_site_builds_whatever_the_real_site_redirects_and_lists_in_its_nav(tmp_path, monkeypatch):
    """The failure a rename used to cause: fixture copies inherited a redirect to a page they lack."""
    real = tmp_path / "real"
    (real / "docs").mkdir(parents=True)
    config = redirected(REAL, {"old-page.md": "renamed-page.md"})
    config = mkdocs_yml.add_nav_entry(config, "Renamed page", "renamed-page.md")[0]
    (real / "mkdocs.yml").write_text(config, "utf-8")
    for folder in ("overrides", "scripts", "data"):
        (real / folder).symlink_to(ROOT / folder)
    monkeypatch.setattr(site_build, "ROOT", real)
    project = site_build.project_copy(tmp_path / "fixture", docs=FIXTURES / "content" / "clean" / "docs", nav=False)
    result = build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
