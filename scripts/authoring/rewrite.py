"""What `make rename` and `make rename-section` share: finding every reference to a page or a
section in the project's text, rewriting the ones that can be rewritten safely, keeping the
translations' freshness stamps in step, and reporting `file:line` for the rest.

References, and what happens to them:
- Markdown links in the pages, `[text](old-name.md#section)`, also `.ja.md`, `<...>` and
  reference definitions: resolved against the linking file's folder and rewritten.
- Site addresses typed by hand in the pages (`/old-name/#section`, `https://{site}/ja/old-name/`,
  see scripts/checks/addresses.py) and in data files under tests/ (the search benchmark's
  `old-name/#section`): rewritten.
- A page name typed as code in a page (`old-name` in the for-agencies table): rewritten.
- Anything else that names the old page or section in README.md, mkdocs.yml, overrides/,
  scripts/ or tests/ (code may name an address on purpose): reported, not changed.
The English text each translation was stamped against (translations/<lang>/<page>.en.md) gets
the same edits as the English page, and the stamp follows it, so a translation that was fresh
stays fresh: the rename changed both languages alike (scripts/checks/freshness.py).
"""
from __future__ import annotations

import posixpath
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from scripts import mkdocs_yml
from scripts.authoring.registry import REGISTRY, report as registry_report
from scripts.authoring.stamp import record
from scripts.checks.addresses import ADDRESS, split_address
from scripts.checks.freshness import SNAPSHOTS
from scripts.pages import DEFAULT_LANGUAGE, FENCE, LANGUAGES, split_name
from scripts.problems import display

ROOT = Path(__file__).resolve().parents[2]
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
LINK = re.compile(r"(\]\(\s*<?)([^()\s<>]+)")
REFERENCE = re.compile(r"^(\s{0,3}\[[^\]]+\]:\s*<?)(\S+?)(?=>?(?:\s|$))")
# A site-relative address in a data file: `old-name/#section`, `ja/old-name/`, `"#start-here"`.
DATA_ADDRESS = re.compile(r"(?<![^\s\[,\"'])((?:[a-z0-9-]+/)*)(?:#([a-z0-9-]+))?(?=[\s\],\"']|$)")
TEXT_FILES = (".md", ".py", ".js", ".html", ".css", ".yml", ".yaml", ".txt", ".json", ".sh", ".toml")
SKIPPED = ("node_modules", "__pycache__", "fixtures")

LinkRule = Callable[[str, str, str], str | None]        # (linking page's key, path, fragment) -> new target
AddressRule = Callable[[str, str, str], str | None]     # (lang, page key, fragment) -> new address


def target_key(source: str, path: str) -> tuple[str, str] | None:
    """(page key, language) a link target in page `source` points to; `#id` alone is the page itself."""
    if not path:
        return source, ""
    if not path.endswith(".md") or re.match(r"^[a-z][a-z0-9+.-]*:|^/", path):
        return None
    return split_name(Path(posixpath.normpath(posixpath.join(posixpath.dirname(source), path))))


def link_to(source: str, key: str, lang: str, fragment: str) -> str:
    """The relative link from page `source` to page `key` in `lang` ("" for the same page), with its #fragment."""
    if not lang:
        return f"#{fragment}"
    name = f"{key}.md" if lang == DEFAULT_LANGUAGE else f"{key}.{lang}.md"
    return posixpath.relpath(name, posixpath.dirname(source) or ".") + (f"#{fragment}" if fragment else "")


def page_files(docs: Path, key: str) -> list[Path]:
    """The page's file in every language (existing or not)."""
    return [docs / (f"{key}.md" if lang == DEFAULT_LANGUAGE else f"{key}.{lang}.md") for lang in LANGUAGES]


def address(lang: str, key: str, fragment: str) -> str:
    path = "" if key == "index" else f"{key}/"
    return ("" if lang == DEFAULT_LANGUAGE else f"{lang}/") + path + (f"#{fragment}" if fragment else "")


@dataclass
class Change:
    path: Path
    line: int
    kind: str           # "link", "address", "page name", "heading id", "kept id"
    before: str
    after: str

    def __str__(self) -> str:
        change = f"{self.before} -> {self.after}" if self.before else f"+ {self.after}"
        return f"  {display(self.path)}:{self.line}  {change}"


@dataclass
class Rules:
    """How one rename rewrites references; a rule returns None to leave a reference alone."""
    link: LinkRule
    address: AddressRule
    page_name: Callable[[str], str | None] = lambda text: None
    page_lines: Callable[[Path, str, str], tuple[str, list[Change]]] | None = None  # (file, key, text): edits of a page
    mentions: re.Pattern | None = None      # what to report in files that are not rewritten


def rewrite_markdown(text: str, path: Path, key: str, rules: Rules) -> tuple[str, list[Change]]:
    """A page (or a stamped English copy of page `key`) with its references rewritten."""
    lines, changes, in_fence = text.splitlines(keepends=True), [], False
    for number, line in enumerate(lines, start=1):
        if FENCE.match(line):
            in_fence = not in_fence
        new = _addresses(line, ADDRESS, rules.address, lambda p: "/" + p, changes, path, number)
        if not in_fence:
            new = _links(new, key, rules, changes, path, number)
        lines[number - 1] = new
    if rules.page_lines is not None:
        text, more = rules.page_lines(path, key, "".join(lines))
        return text, changes + more
    return "".join(lines), changes


def _links(line: str, key: str, rules: Rules, changes: list[Change], path: Path, number: int) -> str:
    def target(match: re.Match) -> str:
        old = match.group(2)
        link_path, _, fragment = old.partition("#")
        new = rules.link(key, link_path, fragment)
        if new is None or new == old:
            return match.group(0)
        changes.append(Change(path, number, "link", old, new))
        return match.group(1) + new

    def code(match: re.Match) -> str:
        new = rules.page_name(match.group(2))
        if new is None:
            return match.group(0)
        changes.append(Change(path, number, "page name", match.group(0), f"{match.group(1)}{new}{match.group(1)}"))
        return f"{match.group(1)}{new}{match.group(1)}"

    out, last = [], 0
    for span in CODE_SPAN.finditer(line):             # links outside `code`, page names inside it
        out += [LINK.sub(target, line[last:span.start()]), code(span)]
        last = span.end()
    out.append(LINK.sub(target, line[last:]))
    return REFERENCE.sub(target, "".join(out))


def _addresses(line: str, pattern: re.Pattern, rule: AddressRule, spell, changes, path, number) -> str:
    def replace(match: re.Match) -> str:
        found_path, fragment = match.group(1), match.group(2) or ""
        if not found_path and not fragment:
            return match.group(0)
        new = rule(*split_address(found_path), fragment)
        if new is None or spell(new) == match.group(0):
            return match.group(0)
        changes.append(Change(path, number, "address", match.group(0), spell(new)))
        return spell(new)

    return pattern.sub(replace, line)


def rewrite_data(text: str, path: Path, rules: Rules) -> tuple[str, list[Change]]:
    lines, changes = text.splitlines(keepends=True), []
    for number, line in enumerate(lines, start=1):
        lines[number - 1] = _addresses(line, DATA_ADDRESS, rules.address, lambda p: p, changes, path, number)
    return "".join(lines), changes


@dataclass
class Outcome:
    changes: list[Change] = field(default_factory=list)
    restamped: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    registered: list[str] = field(default_factory=list)


def project_files(project: Path, under: str, suffixes=TEXT_FILES) -> list[Path]:
    base = project / under
    if base.is_file():
        return [base]
    return sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in suffixes
                  and not any(part in SKIPPED for part in p.relative_to(project).parts))


def apply(project: Path, rules: Rules) -> Outcome:
    """Rewrite the pages, the stamped English copies and the data files; re-stamp what follows."""
    docs, outcome = project / "docs", Outcome()
    for path in project_files(project, "docs", (".md",)):
        text = read(path)
        new, changes = rewrite_markdown(text, path, split_name(path.relative_to(docs))[0], rules)
        if new != text:
            write(path, new)
            outcome.changes += changes
    for lang in LANGUAGES:
        if lang == DEFAULT_LANGUAGE or not (project / SNAPSHOTS / lang).is_dir():
            continue
        for snapshot in project_files(project, f"{SNAPSHOTS}/{lang}", (".md",)):
            _follow(project, lang, snapshot, rules, outcome)
    for path in project_files(project, "tests", (".yaml", ".yml")):
        text = read(path)
        new, changes = rewrite_data(text, path, rules)
        if new != text:
            write(path, new)
            outcome.changes += changes
    return outcome


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")      # bytes: line endings stay as they are


def write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def _follow(project: Path, lang: str, snapshot: Path, rules: Rules, outcome: Outcome) -> None:
    """The stamped English copy gets the English page's edits; the stamp follows the copy."""
    docs = project / "docs"
    key = snapshot.relative_to(project / SNAPSHOTS / lang).as_posix().removesuffix(f".{DEFAULT_LANGUAGE}.md")
    translation = docs / f"{key}.{lang}.md"
    english = docs / f"{key}.md"
    if not translation.exists():
        return
    text = read(snapshot)
    try:
        new, _ = rewrite_markdown(text, english, key, rules)
    except ValueError:      # an old copy without the structure the edit needs: left as it was
        return
    if new == text:
        return
    record(translation, docs, new.encode("utf-8"))
    # The copy and the page got the same edits: equal now means equal before, i.e. it was fresh.
    if english.exists() and english.read_bytes() == new.encode("utf-8"):
        outcome.restamped.append(f"  {display(translation)} (its English page changed only by this edit)")
    else:
        outcome.restamped.append(f"  {display(translation)}: its stamped English text follows this edit too; "
                                 "the page was stale before and still is (`make check` shows the diff)")


def mentions(project: Path, pattern: re.Pattern, skip_lines: dict[Path, range] | None = None) -> list[str]:
    """`file:line: text` of what still names the old page or section once the rewriting is done."""
    found = []
    files = [project / "README.md", project / "mkdocs.yml"]
    for under in ("docs", "overrides", "scripts", "tests"):
        if (project / under).is_dir():
            files += project_files(project, under)
    skip_lines = skip_lines or {}
    for path in files:
        if not path.exists() or path == project / REGISTRY:
            continue
        for number, line in enumerate(path.read_bytes().decode("utf-8", "replace").splitlines(), start=1):
            if number not in skip_lines.get(path, ()) and pattern.search(line):
                found.append(f"  {display(path)}:{number}: {line.strip()[:100]}")
    return found


def move(project: Path, source: Path, dest: Path) -> str:
    """`git mv` in a git checkout (history follows the file), a plain rename elsewhere."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tracked = subprocess.run(["git", "ls-files", "--error-unmatch", str(source)], cwd=project,
                             capture_output=True).returncode == 0
    if tracked and subprocess.run(["git", "mv", str(source), str(dest)], cwd=project,
                                  capture_output=True).returncode == 0:
        return f"moved {display(source)} -> {display(dest)} (git mv)"
    source.rename(dest)
    return f"moved {display(source)} -> {display(dest)}"


def summary(outcome: Outcome) -> list[str]:
    out = []
    kinds = {}
    for change in outcome.changes:
        kinds.setdefault(change.kind, []).append(change)
    for kind, label in (("heading id", "heading ids changed"), ("kept id", "old ids kept"), ("link", "links updated"),
                        ("address", "addresses typed by hand updated"), ("page name", "page names typed as code updated")):
        if kind in kinds:
            out.append(f"{label} ({len(kinds[kind])}):")
            out += [str(change) for change in kinds[kind]]
    if outcome.restamped:
        out.append("translations re-stamped:")
        out += outcome.restamped
    out.append(registry_report(outcome.registered).split("\n")[0]
               + (" (the old ones stay and keep working)" if outcome.registered else ""))
    if outcome.mentions:
        out.append("still named here, not changed (check each by hand; code may name an old address on purpose):")
        out += outcome.mentions
    return out


def redirect_span_lines(project: Path) -> dict[Path, range]:
    config = project / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    start, end = mkdocs_yml.redirect_span(lines)
    return {config: range(start + 1, end + 1)}
