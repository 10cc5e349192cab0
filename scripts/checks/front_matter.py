"""Front matter schema: every page says what it is, in the same few keys.

    title: str                      the page title (link previews, browser tab)
    description: str                <= 160 characters in English, <= 90 in Japanese (search snippets)
    reviewed: YYYY-MM-DD            when an editor last checked the content
    translation:                    Japanese pages only
      source_sha256: <64 hex>       the English page this translation was reviewed against
                                    (written by `make stamp PAGE=<page>`; see freshness.py)
    search:                         optional, Material's own key
      boost: number                 ranks the page's results higher (> 1) or lower (< 1); the
                                    same in both languages (checked by scripts/checks/parity.py)
    tools: [name, ...]              optional: the in-page tools the page places (scripts/page_tools.py);
                                    the same in both languages (checked by scripts/checks/parity.py)

Anything else is a typo or a key no template reads, so it is rejected.
"""
from __future__ import annotations

import datetime
import re
from pathlib import Path

from scripts import page_tools
from scripts.pages import DEFAULT_LANGUAGE, Page, read_pages
from scripts.problems import Problem

DESCRIPTION_LIMIT = {"en": 160, "ja": 90}
REQUIRED = ("title", "description", "reviewed")
TRANSLATION_KEYS = ("source_sha256",)
OPTIONAL = ("search", "tools")
SEARCH_KEYS = ("boost",)
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def allowed_keys(lang: str) -> tuple[str, ...]:
    return REQUIRED + OPTIONAL + (() if lang == DEFAULT_LANGUAGE else ("translation",))


def meta_line(page: Page, key: str) -> int:
    """The file line of `key:` in the front matter (nested keys are matched by their own name);
    line 1 (the opening `---`) when the key is not there."""
    for number, line in enumerate(page.text.splitlines()[1:page.body_offset], start=2):
        if re.match(rf"^\s*{re.escape(key)}\s*:", line):
            return number
    return 1


def stamp_command(page: Page) -> str:
    return f"make stamp PAGE={page.key}"


def stamp_fix(page: Page) -> str:
    return f"after checking the translation against the English page, run `{stamp_command(page)}`"


def page_problems(page: Page) -> list[Problem]:
    if page.meta_error:
        return [Problem(page.path, page.meta_error_line, page.meta_error,
                        "fix the YAML on that line (quote values that contain `: ` or start with a symbol)")]
    if page.body_offset == 0:
        return [Problem(page.path, 1, "page has no front matter",
                        "start the file with a `---` block holding title, description and reviewed")]
    meta, problems = page.meta, []

    def problem(key: str, message: str, fix: str) -> None:
        problems.append(Problem(page.path, meta_line(page, key), message, fix))

    for key in meta:
        if key not in allowed_keys(page.lang):
            problem(key, f"unknown front matter key '{key}'",
                    f"remove it; allowed keys here: {', '.join(allowed_keys(page.lang))}")
    for key in ("title", "description"):
        if key not in meta:
            problem(key, f"front matter has no '{key}'", f"add `{key}: ...` (a single line of text)")
        elif not isinstance(meta[key], str) or not meta[key].strip():
            problem(key, f"'{key}' must be a line of text", f"write `{key}: ...` with the text after the colon")
    description, limit = meta.get("description"), DESCRIPTION_LIMIT[page.lang]
    if isinstance(description, str) and len(description) > limit:
        problem("description", f"description is {len(description)} characters, more than {limit}",
                f"shorten it to {limit} characters or fewer; search engines cut the rest")
    if "reviewed" not in meta:
        problem("reviewed", "front matter has no 'reviewed' date",
                "add `reviewed: YYYY-MM-DD`, the day an editor last checked this page")
    elif not isinstance(meta["reviewed"], datetime.date) or isinstance(meta["reviewed"], datetime.datetime):
        problem("reviewed", f"'reviewed' is not a date: {meta['reviewed']!r}",
                "write it as YYYY-MM-DD without quotes, e.g. `reviewed: 2026-11-25`")
    if "search" in meta:
        _check_search(meta["search"], problem)
    if "tools" in meta:
        _check_tools(meta["tools"], problem)
    if page.lang != DEFAULT_LANGUAGE:
        _check_translation(page, problem)
    return problems


def search_boost(page: Page) -> float | None:
    search = page.meta.get("search")
    return search.get("boost") if isinstance(search, dict) else None


def _nested_keys_ok(value, name: str, keys: tuple[str, ...], holds: str, fix: str, problem) -> bool:
    """`name:` must be a mapping of `keys` only; reports what is wrong, False if not a mapping."""
    if not isinstance(value, dict):
        problem(name, f"'{name}' must hold `{holds}`", fix)
        return False
    for key in value:
        if key not in keys:
            problem(key, f"unknown key '{name}.{key}'", f"remove it; only {', '.join(keys)} is allowed there")
    return True


def _check_search(search, problem) -> None:
    if not _nested_keys_ok(search, "search", SEARCH_KEYS, "boost: <number>",
                           "write `search:` with `  boost: 0.5` on the next line, indented", problem):
        return
    boost = search.get("boost")
    if isinstance(boost, bool) or not isinstance(boost, (int, float)) or not 0 < boost <= 10:
        problem("boost", f"search.boost must be a number above 0 and at most 10, not {boost!r}",
                "write e.g. `boost: 0.5` to rank the page lower in search, `boost: 2` to rank it higher")


def page_tools_named(page: Page) -> list:
    tools = page.meta.get("tools")
    return list(tools) if isinstance(tools, list) else []


def _check_tools(tools, problem) -> None:
    known = page_tools.known_tools()
    if not isinstance(tools, list) or not all(isinstance(name, str) for name in tools):
        problem("tools", f"'tools' must be a list of tool names, not {tools!r}",
                f"write e.g. `tools: [{known[0] if known else 'name'}]`")
        return
    for name in tools:
        if name not in known:
            problem("tools", f"unknown tool '{name}'",
                    f"use one of: {', '.join(known)} (each is overrides/assets/javascripts/tools/<name>.js)")
        elif name in page_tools.AUTOMATIC:
            problem("tools", f"'{name}' is added automatically to pages that need it",
                    f"remove `{name}` from `tools:`")


def _check_translation(page: Page, problem) -> None:
    translation = page.meta.get("translation")
    if translation is None:
        problem("translation", "front matter has no 'translation' block",
                "add `translation:` with `  source_sha256: pending` under it, then " + stamp_fix(page))
        return
    if not _nested_keys_ok(translation, "translation", TRANSLATION_KEYS, "source_sha256: ...",
                           "write `translation:` with `  source_sha256: <hash>` on the next line, indented",
                           problem):
        return
    value = translation.get("source_sha256")
    if not (isinstance(value, str) and SHA256.match(value)):
        problem("source_sha256", f"translation.source_sha256 is not a sha256 hash: {value!r}", stamp_fix(page))


def front_matter_problems(docs_dir: Path) -> list[Problem]:
    problems = []
    for page in read_pages(docs_dir):
        problems += page_problems(page)
    return problems
