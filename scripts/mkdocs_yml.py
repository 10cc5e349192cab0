"""mkdocs.yml as data and as text: read its values, and edit the nav, `nav_translations` and
`redirect_maps` in place, line by line, so every comment in the file stays where it is.

One job: the maintainer commands (scripts/authoring/) and the throwaway project copies the tests
and benchmarks build (scripts/site_build.py) change mkdocs.yml through these functions, never
with ad-hoc regular expressions on the whole file, so they work whatever the nav and the
redirect map hold today (a one-line `redirect_maps: {}`, a flow map or a block of entries).
Line numbers are 1-based, as an editor shows them.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


class ConfigEditError(ValueError):
    """mkdocs.yml does not have the shape an edit needs; the message says what to fix by hand."""


def load(project: Path = ROOT) -> dict:
    """mkdocs.yml as the build reads it (`!ENV` resolved against the environment)."""
    from mkdocs.utils.yaml import yaml_load      # the venv's MkDocs; only this reader needs it

    with open(Path(project) / "mkdocs.yml", encoding="utf-8") as file:
        return yaml_load(file)


def plugin_config(config: dict, name: str) -> dict:
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and name in plugin:
            return plugin[name] or {}
    return {}


def redirect_maps(config: dict) -> dict[str, str]:
    """`old.md: new.md` entries of the redirects plugin."""
    return dict(plugin_config(config, "redirects").get("redirect_maps") or {})


def languages(config: dict) -> list[dict]:
    """The i18n plugin's language entries (locale, default, nav_translations, ...)."""
    return [lang for lang in plugin_config(config, "i18n").get("languages") or [] if isinstance(lang, dict)]


def yaml_scalar(value: str) -> str:
    """`value` written as YAML would read it back (quoted only when it must be)."""
    return yaml.safe_dump([value], allow_unicode=True, width=10**6).strip()[2:]


# --- reading the text ----------------------------------------------------------------------------

def indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def is_blank(line: str) -> bool:
    return not line.strip()


def block_end(lines: list[str], start: int) -> int:
    """Index just after the block that opens at `lines[start]` (a `key:` or a `- item`): the
    lines indented deeper than it, comment lines included, without trailing blank lines."""
    base, end = indent(lines[start]), start + 1
    for i in range(start + 1, len(lines)):
        if is_blank(lines[i]):
            continue
        if indent(lines[i]) <= base:
            break
        end = i + 1
    return end


def key_value(line: str) -> tuple[str, str, str] | None:
    """(key, value, comment) of a `key: value  # comment` line; None for other lines."""
    match = re.match(r"^\s*(?:-\s+)?(\"[^\"]*\"|'[^']*'|[^\s#\"'][^:#]*?)\s*:(?:\s+(.*?))?\s*$", line)
    if not match:
        return None
    key, rest = match.group(1), match.group(2) or ""
    value, _, comment = rest.partition(" #") if not rest.startswith("#") else ("", "", rest[1:])
    return _unquote(key), value.strip(), comment


def _unquote(text: str) -> str:
    return text[1:-1] if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'" else text


def find_line(lines: list[str], pattern: str, start: int = 0, end: int | None = None) -> int | None:
    regex = re.compile(pattern)
    for i in range(start, len(lines) if end is None else end):
        if regex.search(lines[i]):
            return i
    return None


def nav_span(lines: list[str]) -> tuple[int, int] | None:
    """(index of `nav:`, index after its block); None when the site has no explicit nav."""
    start = find_line(lines, r"^nav\s*:")
    return (start, block_end(lines, start)) if start is not None else None


def language_span(lines: list[str], locale: str) -> tuple[int, int]:
    start = find_line(lines, rf"^\s*-\s+locale\s*:\s*[\"']?{re.escape(locale)}[\"']?\s*(#.*)?$")
    if start is None:
        raise ConfigEditError(f"mkdocs.yml has no `- locale: {locale}` under the i18n plugin's languages")
    return start, block_end(lines, start)


def nav_translations_place(lines: list[str], locale: str) -> tuple[int | None, int, str]:
    """Where a new `nav_translations` entry of `locale` goes: (index of the `nav_translations:`
    line or None when the language has none yet, index to insert at, indentation of an entry)."""
    start, end = language_span(lines, locale)
    key = find_line(lines, r"^\s*nav_translations\s*:", start + 1, end)
    item_indent = indent(lines[start]) + 2
    if key is None:
        return None, end, " " * (item_indent + 2)
    entry_end = block_end(lines, key)
    entries = [line for line in lines[key + 1:entry_end] if not is_blank(line) and not line.lstrip().startswith("#")]
    entry_indent = indent(entries[0]) if entries else indent(lines[key]) + 2
    return key, entry_end, " " * entry_indent


def redirect_span(lines: list[str]) -> tuple[int, int]:
    start = find_line(lines, r"^\s*redirect_maps\s*:")
    if start is None:
        raise ConfigEditError("mkdocs.yml has no `redirect_maps:` under the redirects plugin; add "
                              "`- redirects:` with `redirect_maps: {}` under `plugins:`")
    return start, block_end(lines, start)


def _split(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _line(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


# --- editing -------------------------------------------------------------------------------------

def remove_nav(text: str) -> str:
    lines = _split(text)
    span = nav_span(lines)
    return text if span is None else "".join(lines[:span[0]] + lines[span[1]:])


def replace_redirect_maps(text: str, mapping: dict[str, str]) -> str:
    """The whole redirect map replaced by `mapping`, on one line (for throwaway project copies)."""
    lines = _split(text)
    start, end = redirect_span(lines)
    key = lines[start][: lines[start].index(":") + 1]
    return "".join(lines[:start] + [f"{key} {json.dumps(mapping, ensure_ascii=False)}\n"] + lines[end:])


def update_redirects(text: str, changes: dict[str, str | None]) -> tuple[str, list[int]]:
    """Set (or, with None, remove) `old.md: new.md` entries, editing only their lines; a one-line
    flow map (`redirect_maps: {}`) becomes a block the first time, its comments kept.
    Returns the new text and the line numbers of the entries set."""
    lines = _split(text)
    start, end = redirect_span(lines)
    _, value, _ = key_value(lines[start]) or ("", "", "")
    if value.startswith("{"):
        existing = yaml.safe_load(value) or {}
        # `redirect_maps: {}  # comment` -> `redirect_maps:      # comment`: the comment keeps its column.
        head = lines[start]
        at = head.index(value)
        lines[start] = head[:at] + " " * len(value) + head[at + len(value):]
        lines[start] = lines[start].rstrip() + "\n"
        entry_indent = " " * (indent(head) + 2)
        new_entries = [f"{entry_indent}{yaml_scalar(k)}: {yaml_scalar(v)}\n" for k, v in existing.items()]
        lines[end:end] = new_entries
        end += len(new_entries)
    entry_lines = {}
    for i in range(start + 1, end):
        parsed = key_value(lines[i]) if not lines[i].lstrip().startswith("#") else None
        if parsed:
            entry_lines[parsed[0]] = i
    children = [i for i in range(start + 1, end) if not is_blank(lines[i]) and not lines[i].lstrip().startswith("#")]
    entry_indent = " " * (indent(lines[children[0]]) if children else indent(lines[start]) + 2)
    removed, appended, set_at = set(), [], []
    for old, new in changes.items():
        if old in entry_lines:
            i = entry_lines[old]
            if new is None:
                removed.add(i)
            else:
                line = lines[i]
                _, value, _ = key_value(line)
                at = line.index(value, line.index(":") + 1)
                lines[i] = line[:at] + yaml_scalar(new) + line[at + len(value):]
                set_at.append(i)
        elif new is not None:
            appended.append(f"{entry_indent}{yaml_scalar(old)}: {yaml_scalar(new)}\n")
    out = lines[:end] + appended + lines[end:]
    numbers = sorted(set_at) + list(range(end, end + len(appended)))
    out = [line for i, line in enumerate(out) if i not in removed]
    shift = lambda i: i - sum(1 for r in removed if r < i)     # noqa: E731  (line numbers after removal)
    return "".join(out), [shift(i) + 1 for i in numbers]


def rename_nav_file(text: str, old_file: str, new_file: str) -> tuple[str, list[int]]:
    """Point every nav entry for `old_file` at `new_file`; returns the text and the lines changed."""
    lines = _split(text)
    span = nav_span(lines)
    changed = []
    if span is None:
        return text, changed
    pattern = re.compile(rf"(?<=[\s:\-\"'])({re.escape(old_file)})(?=[\"']?\s*(#.*)?$)")
    for i in range(*span):
        new, count = pattern.subn(new_file, lines[i].rstrip("\n"))
        if count:
            lines[i] = _line(new)
            changed.append(i + 1)
    return "".join(lines), changed


def nav_titles(items, parents: tuple[str, ...] = ()):
    """(title, file or None for a section, parent titles) of every titled nav entry."""
    for item in items or []:
        if not isinstance(item, dict):
            continue
        for title, value in item.items():
            if isinstance(value, list):
                yield str(title), None, parents
                yield from nav_titles(value, parents + (str(title),))
            else:
                yield str(title), str(value), parents


def nav_line(lines: list[str], title: str) -> int | None:
    """Index of the nav line whose title is `title`."""
    span = nav_span(lines)
    if span is None:
        return None
    for i in range(*span):
        parsed = key_value(lines[i])
        if parsed and lines[i].lstrip().startswith("-") and parsed[0] == title:
            return i
    return None


def add_nav_entry(text: str, title: str, file: str, section: str | None = None) -> tuple[str, int]:
    """A `- Title: file.md` nav line at the end of `section` (a nav section title), or at the end
    of the nav; returns the text and its line number."""
    lines = _split(text)
    span = nav_span(lines)
    if span is None:
        raise ConfigEditError("mkdocs.yml has no `nav:`; pages are listed there so they have a place in the menu")
    if section is None:
        start, end = span
    else:
        start = nav_line(lines, section)
        if start is None or key_value(lines[start])[1]:
            sections = [t for t, f, _ in nav_titles(load_text(text).get("nav")) if f is None]
            raise ConfigEditError(f"no nav section '{section}' in mkdocs.yml; sections: {', '.join(sections)}")
        end = block_end(lines, start)
    children = [i for i in range(start + 1, end) if lines[i].lstrip().startswith("- ")]
    item_indent = " " * (indent(lines[children[0]]) if children else indent(lines[start]) + 2)
    lines.insert(end, f"{item_indent}- {yaml_scalar(title)}: {yaml_scalar(file)}\n")
    return "".join(lines), end + 1


def add_nav_translation(text: str, locale: str, title: str, translation: str) -> tuple[str, int]:
    """`Title: 翻訳` under `nav_translations:` of `locale`; returns the text and its line number."""
    lines = _split(text)
    key, at, entry_indent = nav_translations_place(lines, locale)
    new = [f"{entry_indent}{yaml_scalar(title)}: {yaml_scalar(translation)}\n"]
    if key is None:
        new.insert(0, f"{entry_indent[:-2]}nav_translations:\n")
    lines[at:at] = new
    return "".join(lines), at + len(new)


def load_text(text: str) -> dict:
    """mkdocs.yml text as data for reading the nav: `!ENV` values and `!!python/name:`
    references (pymdownx.emoji's index and generator) become None, never imported."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    return yaml.load(text, Loader=Loader) or {}
