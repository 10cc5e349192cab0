"""`make registry`: add the addresses of new pages and sections to tests/published-urls.txt.

The registry lists every URL the site has ever published (pages, sections, feeds, both
languages), relative to the site address; tests/test_stable_urls.py fails when one stops
opening its page and section, and `make check` fails when a published address is missing from
it (scripts/checks/registry.py). Lines are only ever appended, in nav order.
"""
from __future__ import annotations

import sys
from pathlib import Path

from scripts import mkdocs_yml
from scripts.authoring.linkkit import collect, nav_order
from scripts.hooks.feeds import feed_path
from scripts.pages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = Path("tests") / "published-urls.txt"      # in the project, beside docs/
COMMAND = "make registry"

HEADER = f"""\
# Every public URL of the site ever published, relative to the site address (./ is the home page).
# tests/test_stable_urls.py fails when one of them stops resolving in the built site, and
# `make check` fails when a published page or section is missing here.
# Never remove or edit a line. `{COMMAND}` appends the URLs of new pages and sections.
# Renaming keeps the old URLs working: `make rename OLD=<page> NEW=<page>` adds a redirect,
# `make rename-section PAGE=<page> OLD=<id> NEW=<id>` keeps the old id on the section.
"""


def published_urls(project: Path = ROOT) -> list[str]:
    """Every site-relative URL the site publishes now: pages, sections, feeds; both languages."""
    order = nav_order(mkdocs_yml.load_text((project / "mkdocs.yml").read_text(encoding="utf-8")))
    urls = [link.path for lang in LANGUAGES for link in collect(project / "docs", lang, order)]
    return urls + [feed_path(lang) for lang in LANGUAGES]


def read_registry(path: Path = ROOT / REGISTRY) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def missing_urls(project: Path = ROOT) -> list[str]:
    known = set(read_registry(project / REGISTRY))
    return [url for url in published_urls(project) if url not in known]


def update_registry(project: Path = ROOT) -> list[str]:
    """Append the URLs not registered yet; returns them."""
    path = project / REGISTRY
    new = missing_urls(project)
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if new or not path.exists():
        text = (text if text.endswith("\n") else text + "\n") + "".join(f"{url}\n" for url in new)
        path.write_text(text, encoding="utf-8")
    return new


def report(new: list[str]) -> str:
    lines = [f"{REGISTRY.as_posix()}: {len(new)} new URL{'s' if len(new) != 1 else ''}"]
    return "\n".join(lines + [f"  {url}" for url in new])


def main(argv: list[str] | None = None) -> int:
    sys.stdout.reconfigure(encoding="utf-8")
    print(report(update_registry()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
