"""Site addresses typed by hand in the pages: `/page-name/#section`, `https://{site}/ja/page-name/`.

MkDocs checks the links written to `.md` files; an address typed as text (a table of addresses
for agencies, an example in a code block) is just text to it, so a renamed page or section
leaves it pointing nowhere, silently. Here every such address must open a page that exists in
that language, or a renamed page's old address that redirects (mkdocs.yml `redirect_maps`),
and its #section must exist on the page. `make rename` and `make rename-section` update them.
"""
from __future__ import annotations

import re
from pathlib import Path

from scripts import mkdocs_yml
from scripts.pages import DEFAULT_LANGUAGE, LANGUAGES, Page, anchor_ids, read_pages
from scripts.problems import Problem

# `/page/`, `/ja/page/#id`, `{site}/page/`: a slash after a space, quote, bracket or `{site}`,
# never inside an external URL (`https://host/page/`) or a relative link (`../page/`).
ADDRESS = re.compile(r"(?<![^\s`'\"(\[|>}、。「（：])/((?:[a-z0-9-]+/)*)(?:#([a-z0-9-]+))?(?![\w/{#-])")
FIX = "`make rename` and `make rename-section` update addresses typed like this one"


def split_address(path: str) -> tuple[str, str]:
    """"ja/timeline/" -> ("ja", "timeline"); "" -> ("en", "index")."""
    parts = path.strip("/").split("/") if path.strip("/") else []
    lang = parts.pop(0) if parts and parts[0] in LANGUAGES and parts[0] != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE
    return lang, "/".join(parts) or "index"


def address_problems(docs_dir: Path, redirects: dict[str, str] | None = None) -> list[Problem]:
    """Addresses typed in the pages that open nothing; `redirects` defaults to mkdocs.yml's
    beside docs/ (none for a folder of pages without one)."""
    docs_dir = Path(docs_dir)
    if redirects is None:
        config = docs_dir.parent / "mkdocs.yml"
        redirects = mkdocs_yml.redirect_maps(mkdocs_yml.load_text(config.read_text("utf-8"))) if config.exists() else {}
    pages = read_pages(docs_dir)
    by_key: dict[tuple[str, str], Page] = {(p.key, p.lang): p for p in pages}
    problems = []
    for page in pages:
        for number, line in enumerate(page.text.splitlines(), start=1):
            if number <= page.body_offset:
                continue
            for match in ADDRESS.finditer(line):
                path, fragment = match.group(1), match.group(2)
                if not path and not fragment:
                    continue                    # a lone "/" is a slash, not the home page
                problem = resolve(split_address(path), fragment, by_key, redirects)
                if problem:
                    problems.append(Problem(page.path, number, f"address '{match.group(0)}' typed by hand: {problem}",
                                            "write the address of an existing page and section; " + FIX))
    return problems


def resolve(address: tuple[str, str], fragment: str | None, by_key, redirects: dict[str, str]) -> str | None:
    lang, key = address
    target = by_key.get((key, lang))
    if target is None and f"{key}.md" in redirects:
        new, _, new_fragment = redirects[f"{key}.md"].partition("#")
        target = by_key.get((new.removesuffix(".md"), lang))
        fragment = new_fragment or fragment
    if target is None:
        return f"no page has that address (docs/{key}{'' if lang == DEFAULT_LANGUAGE else '.' + lang}.md does not exist)"
    if fragment and fragment not in anchor_ids(target):
        ids = ", ".join(h.id for h in target.headings if h.id)
        return f"no section '#{fragment}' on that page (its ids: {ids})"
    return None
