"""Front matter: every page says what it is, in the same few keys. The fields, their types and
limits are data/schemas/front-matter.schema.yml (checked by scripts/schemas.py):

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

Anything else is a typo or a key no template reads, so it is rejected. This module also holds what
the other page checks read from the front matter (a key's line, the boost, the tools).
"""
from __future__ import annotations

import re
from pathlib import Path

from scripts import schemas
from scripts.pages import Page
from scripts.problems import Problem

SHA256 = re.compile(r"^[0-9a-f]{64}$")


def meta_line(page: Page, key: str) -> int:
    """The file line of `key:` in the front matter (nested keys are matched by their own name);
    line 1 (the opening `---`) when the key is not there."""
    for number, line in enumerate(page.text.splitlines()[1:page.body_offset], start=2):
        if re.match(rf"^\s*{re.escape(key)}\s*:", line):
            return number
    return 1


def stamp_command(page: Page) -> str:
    return f"make stamp PAGE={page.key}"


def search_boost(page: Page) -> float | None:
    search = page.meta.get("search")
    return search.get("boost") if isinstance(search, dict) else None


def page_tools_named(page: Page) -> list:
    tools = page.meta.get("tools")
    return list(tools) if isinstance(tools, list) else []


def front_matter_problems(docs_dir: Path) -> list[Problem]:
    return schemas.front_matter_problems(docs_dir)
