"""Read the guide's Markdown pages as data: language, front matter, headings.

One job: turn `docs/*.md` into `Page` records (with line numbers) that the build hooks
and the checks reason about. No MkDocs imports, so it works on fixture folders too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "ja")
# libyaml's safe loader where PyYAML has it (its wheels do): front matter read several times faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """YAML with LOADER; a mistake is raised as PyYAML's own loader words it (libyaml's words it
    less clearly), for a report."""
    try:
        return yaml.load(text, Loader=LOADER)
    except yaml.YAMLError:
        return yaml.safe_load(text)


FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n", re.S)
# An ATX heading of level 2 or 3, with an optional attribute list at the end.
HEADING = re.compile(r"^(#{2,3})\s+(.*?)\s*$")
EXPLICIT_ID = re.compile(r"\{[^}]*#([^\s}]+)[^}]*\}\s*$")
ASCII_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FENCE = re.compile(r"^\s*(```|~~~)")
# Ids a page carries besides its headings': an old section id kept on a paragraph
# (`{: #old-id }`, see `make rename-section`) or an id written in raw HTML.
ATTR_ID = re.compile(r"\{:?[^{}\n]*?#([A-Za-z0-9_-]+)[^{}\n]*\}")
HTML_ID = re.compile(r"\bid=[\"']([^\"']+)[\"']")
TITLE = re.compile(r"^#\s+(.*?)\s*(?:\{[^}]*\})?\s*$")


@dataclass
class Heading:
    line: int
    level: int
    text: str
    id: str | None


@dataclass
class Page:
    path: Path
    key: str                # the page's name without language suffix, e.g. "thank-you-email"
    lang: str
    text: str
    meta: dict = field(default_factory=dict)
    meta_error: str | None = None
    meta_error_line: int = 1
    body_offset: int = 0    # number of lines taken by front matter
    headings: list[Heading] = field(default_factory=list)


def split_name(path: Path) -> tuple[str, str]:
    """`guide/page.ja.md` -> ("guide/page", "ja"); `page.md` -> ("page", "en")."""
    stem = path.with_suffix("")
    lang = stem.suffix.lstrip(".")
    if lang in LANGUAGES and lang != DEFAULT_LANGUAGE:
        return stem.with_suffix("").as_posix(), lang
    return stem.as_posix(), DEFAULT_LANGUAGE


def read_page(path: Path, docs_dir: Path) -> Page:
    text = path.read_text(encoding="utf-8")
    key, lang = split_name(path.relative_to(docs_dir))
    page = Page(path=path, key=key, lang=lang, text=text)
    match = FRONT_MATTER.match(text)
    if match:
        page.body_offset = match.group(0).count("\n")
        try:
            meta = load_yaml(match.group(1))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            page.meta_error = f"front matter is not valid YAML ({getattr(error, 'problem', error)})"
            page.meta_error_line = (mark.line + 2) if mark else 1
        else:
            if isinstance(meta, dict):
                page.meta = meta
            else:
                page.meta_error = "front matter must be a set of `key: value` lines"
    elif text.startswith("---"):
        page.meta_error = "front matter starts with `---` but has no closing `---` line"
    page.headings = list(_headings(text))
    return page


def _headings(text: str):
    in_fence = False
    for number, line in enumerate(text.splitlines(), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = HEADING.match(line)
        if not match:
            continue
        title = match.group(2)
        id_match = EXPLICIT_ID.search(title)
        yield Heading(
            line=number,
            level=len(match.group(1)),
            text=EXPLICIT_ID.sub("", title).strip(),
            id=id_match.group(1) if id_match else None,
        )


def outside_code(text: str):
    """(line number, line) of every line outside fenced code blocks."""
    in_fence = False
    for number, line in enumerate(text.splitlines(), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            yield number, line


def anchor_ids(page: Page) -> set[str]:
    """Every #fragment the built page will have for its content: heading ids and kept ids."""
    ids = {h.id for h in page.headings if h.id}
    for number, line in outside_code(page.text):
        if number > page.body_offset:
            ids.update(ATTR_ID.findall(line))
            ids.update(HTML_ID.findall(line))
    return ids


def page_title(page: Page) -> str | None:
    """The text of the page's `# Title` line (the menu and the page show it)."""
    for number, line in outside_code(page.text):
        match = TITLE.match(line)
        if number > page.body_offset and match:
            return match.group(1)
    return None


def docs_dir_of(page: Page) -> Path:
    return page.path.parents[len(Path(page.key).parts) - 1]


def read_pages(docs_dir: Path) -> list[Page]:
    docs_dir = Path(docs_dir)
    return [read_page(path, docs_dir) for path in sorted(docs_dir.rglob("*.md"))]


def translation_path(page: Page, lang: str) -> Path:
    """Where the counterpart of `page` in `lang` lives (or must be created)."""
    docs_dir = docs_dir_of(page)
    suffix = "" if lang == DEFAULT_LANGUAGE else f".{lang}"
    return docs_dir / f"{page.key}{suffix}.md"
