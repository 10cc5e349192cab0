"""Published addresses are registered: every page and section address, in every language, is in
tests/published-urls.txt, so tests/test_stable_urls.py keeps it working for good.

A new page or section is published by the next deployment; if its address is not registered,
nothing notices when a later rename breaks it. `make registry` appends what is missing.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from scripts.authoring.registry import COMMAND, REGISTRY, missing_urls
from scripts.built_site import page_url
from scripts.pages import read_pages
from scripts.problems import Problem


def registry_problems(docs_dir: Path) -> list[Problem]:
    """One problem per page file with unregistered addresses; none for a folder of pages without
    the project's registry beside it (the fixtures), where nothing has been published."""
    project = Path(docs_dir).parent
    if not (project / "mkdocs.yml").exists() or not (project / REGISTRY).exists():
        return []
    missing = missing_urls(project)
    if not missing:
        return []
    places: dict[str, tuple[Path, int]] = {}
    for page in read_pages(docs_dir):
        address = page_url(page.key, page.lang) or "./"
        places[address] = (page.path, 1)
        for heading in page.headings:
            places[f"{address}#{heading.id}"] = (page.path, heading.line)
    by_file: dict[Path, list[tuple[int, str]]] = defaultdict(list)
    for url in missing:
        path, line = places.get(url, (project / REGISTRY, 1))
        by_file[path].append((line, url))
    return [Problem(path, min(line for line, _ in found),
                    f"published address{'es' if len(found) > 1 else ''} not in {REGISTRY.as_posix()}: "
                    + ", ".join(url for _, url in found),
                    f"run `{COMMAND}` (it appends them; the tests then keep them working for good)")
            for path, found in by_file.items()]
