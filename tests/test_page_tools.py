"""In-page tools load only where they are used, with their words in the page's language, and bad
tool configuration stops the build or the check with the file, the line and the fix."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from scripts import page_tools, schemas
from scripts.authoring import linkkit
from scripts.authoring.linkkit import nav_order
from scripts.built_site import page_url
from scripts.checks.parity import parity_problems
from scripts.mkdocs_yml import load as load_config
from scripts.pages import read_page, read_pages
from tests.site import FIXTURES, ROOT, build, project_copy

DOCS = ROOT / "docs"


def head_of(site, key, lang) -> BeautifulSoup:
    return BeautifulSoup((site.path / page_url(key, lang) / "index.html").read_text("utf-8"), "html.parser")


def loaded_scripts(soup) -> list[str]:
    return [s["src"].rsplit("/", 1)[-1] for s in soup.find_all("script", src=True) if "/tools/" in s["src"]]


def words_problems(path: Path) -> list:
    """data/ui-strings.yml (or a copy) against its schema."""
    return schemas.file_problems(path, schemas.FILES["data/ui-strings.yml"], None)


def test_every_tool_word_is_given_in_every_language():
    assert words_problems(page_tools.STRINGS) == []


def test_a_page_loads_a_tool_only_if_it_names_it_or_its_content_needs_it(site):
    """Named tools first; then the checklist for a task list, section links for ## sections."""
    for page in read_pages(DOCS):
        soup = head_of(site, page.key, page.lang)
        tools = list(page.meta.get("tools") or [])
        tools += ["checklist"] if soup.select_one("article li.task-list-item") else []
        tools += ["sectionlinks"] if soup.select_one("article h2[id]") else []
        expected = [f"{name}.js" for name in ["kit", *tools]] if tools else []
        assert loaded_scripts(soup) == expected, (page.key, page.lang)
        assert (soup.find("script", id="page-tools-data") is not None) == bool(expected), (page.key, page.lang)


def test_the_link_builder_gets_its_pages_and_addresses_from_the_link_kit(site):
    """One source: the builder's address for each page and section is the kit's, in each language."""
    config = {**load_config(), "site_url": site.url, "docs_dir": str(DOCS)}
    for lang in ("en", "ja"):
        data = json.loads(head_of(site, "for-agencies", lang).find("script", id="page-tools-data").string)
        assert data["data"]["linkbuilder"] == linkkit.builder_data(lang, config)
        titles = [entry["title"] for entry in data["data"]["linkbuilder"]["pages"]]
        assert titles == [link.title for link in linkkit.collect(DOCS, lang, nav_order(config)) if not link.section]


def test_a_tool_gets_its_words_in_the_page_language_only(site):
    for lang, other in (("en", "ja"), ("ja", "en")):
        soup = head_of(site, "checklists", lang)
        data = json.loads(soup.find("script", id="page-tools-data").string)
        assert data["lang"] == lang and data["page"] == "checklists"
        assert data["tools"] == ["checklist", "sectionlinks"]
        assert data["strings"] == page_tools.strings_for(lang, ["checklist", "sectionlinks"])
        assert page_tools.strings_for(other, ["checklist"])["checklist"]["clear"] not in json.dumps(data, ensure_ascii=False)
        assert data["rules"] == page_tools.rules()


def test_a_missing_word_is_reported_at_its_line(tmp_path):
    strings = tmp_path / "ui-strings.yml"
    text = page_tools.STRINGS.read_text("utf-8").replace("    ja: チェックを消去\n", "")
    strings.write_text(text, "utf-8")
    line = text.splitlines().index("  clear:") + 1
    assert [str(p) for p in words_problems(strings)] == [
        f"{strings}:{line}: 'checklist.clear' has no ja text\n"
        "    -> add `ja: ...` under checklist.clear; a tool never shows another language's words"]


def test_a_tool_without_words_is_reported(tmp_path):
    strings = tmp_path / "ui-strings.yml"
    text = page_tools.STRINGS.read_text("utf-8")
    strings.write_text(re.sub(r"^checklist:\n(?:  .*\n)+", "", text, flags=re.M), "utf-8")
    assert "no words for the tool 'checklist'" in [p.message for p in words_problems(strings)]


def test_a_missing_word_stops_the_build(tmp_path):
    project = project_copy(tmp_path / "project")
    strings = project / "data" / "ui-strings.yml"
    strings.write_text(strings.read_text("utf-8").replace("    en: Clear ticks\n", ""), "utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "'checklist.clear' has no en text" in result.stderr


def test_an_unknown_or_automatic_tool_in_front_matter_is_reported(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(FIXTURES / "content" / "clean" / "docs", docs)
    page = docs / "thank-you.md"
    page.write_text(page.read_text("utf-8").replace("reviewed: 2026-11-25", "reviewed: 2026-11-25\ntools: [composr, checklist]"), "utf-8")
    problems = [str(p).split("\n")[0] for p in schemas.page_problems(read_page(page, docs))]
    assert problems == [f"{page}:5: unknown tool 'composr'",
                        f"{page}:5: 'checklist' is added automatically to pages that need it"]


def test_a_checklist_line_moved_to_another_section_is_reported(tmp_path):
    """Remembered ticks are keyed by section and place: the parity check keeps them in step."""
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)
    page = docs / "checklists.ja.md"
    lines = page.read_text("utf-8").splitlines(keepends=True)
    first_task = next(i for i, line in enumerate(lines) if line.startswith("- [ ] "))
    moved = lines.pop(first_task)
    last_task = max(i for i, line in enumerate(lines) if line.startswith("- [ ] "))
    lines.insert(last_task + 1, moved)
    page.write_text("".join(lines), "utf-8")
    messages = [p.message for p in parity_problems(docs) if p.path == page]
    assert len(messages) == 2 and all("task-list items under #" in m for m in messages), messages


def test_a_tool_loaded_on_demand_brings_its_words_and_data_and_other_tools_get_none(site):
    for lang in ("en", "ja"):
        templates = json.loads(head_of(site, "email-templates", lang).find("script", id="page-tools-data").string)
        assert templates["common"] == {} and templates["data"] == {}
        assert set(templates["strings"]["composer"]) == {"start", "loading", "load_failed"}
        payload = json.loads((site.path / "assets" / "javascripts" / "tools" / "composer" / f"{lang}.json").read_text("utf-8"))
        assert payload == page_tools.on_demand_payload("composer", lang)
        assert set(payload["common"]) == {"en", "ja"} and "placeholders" in payload["data"]["composer"]
        assert payload["strings"]["composer/form"] == page_tools.strings_for(lang, ["composer/form"])["composer/form"]
        checklists = json.loads(head_of(site, "checklists", lang).find("script", id="page-tools-data").string)
        assert checklists["data"] == {} and checklists["common"] == {}
