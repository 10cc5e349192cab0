"""A built site as data: its HTML pages, their language, address and Markdown source.

One job: map between `site/ja/thank-you-email/index.html`, the page address `ja/thank-you-email/`
and the source `docs/thank-you-email.ja.md`, so the built-site checks can report problems where
an author fixes them. Works for a site built under a sub-path (`site_url` http://host/second-round/):
the address is always relative to the site root.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from scripts.pages import DEFAULT_LANGUAGE, LANGUAGES, Page, read_pages

NOT_GUIDE_PAGES = {"404.html"}


@dataclass
class HtmlPage:
    path: Path          # the built file
    url: str            # its address relative to the site root: "", "ja/", "ja/glossary/", "404.html"
    lang: str
    source: Page | None

    @cached_property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @cached_property
    def soup(self) -> BeautifulSoup:
        return BeautifulSoup(self.text, "html.parser")

    @cached_property
    def line_starts(self) -> list[int]:
        """Offset in `text` of each line's first character (line 1 at index 0)."""
        return [0] + [match.end() for match in re.finditer("\n", self.text)]

    @cached_property
    def is_guide_page(self) -> bool:
        """Not the 404 page, and not a redirect page left by a rename (mkdocs-redirects)."""
        return self.url not in NOT_GUIDE_PAGES and not self.soup.find("meta", attrs={"http-equiv": "refresh"})

    def source_line(self, *needles: str) -> int | None:
        """The first Markdown line containing every needle (None if there is none)."""
        if self.source is None:
            return None
        needles = tuple(n for n in needles if n)
        if not needles:
            return None
        for number, line in enumerate(self.source.text.splitlines(), start=1):
            if all(n in line for n in needles):
                return number
        return None


def page_url(key: str, lang: str) -> str:
    """Address (relative to the site root) of a Markdown page, with MkDocs' directory URLs."""
    path = re.sub(r"(^|/)index$", r"\1", key)
    path = path + "/" if path and not path.endswith("/") else path
    return path if lang == DEFAULT_LANGUAGE else f"{lang}/{path}"


def url_language(url: str) -> str:
    first = url.split("/", 1)[0]
    return first if first in LANGUAGES and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def file_url(site_dir: Path, path: Path) -> str:
    relative = path.relative_to(site_dir).as_posix()
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


class BuiltSite:
    def __init__(self, site_dir: Path, docs_dir: Path | None = None, site_url: str | None = None):
        self.dir = Path(site_dir)
        sources = {page_url(p.key, p.lang): p for p in read_pages(docs_dir)} if docs_dir else {}
        self.pages: dict[str, HtmlPage] = {}
        for path in sorted(self.dir.rglob("*.html")):
            url = file_url(self.dir, path)
            self.pages[url] = HtmlPage(path, url, url_language(url), sources.get(url))
        self.site_url = site_url or self._site_url_from_home()
        parts = urlsplit(self.site_url)
        self.origin = f"{parts.scheme}://{parts.netloc}".lower() if parts.netloc else ""
        self.prefix = (parts.path or "/").rstrip("/") + "/"

    def _site_url_from_home(self) -> str:
        """MkDocs writes the configured site_url as the home page's canonical link."""
        home = self.pages.get("")
        canonical = home.soup.find("link", rel="canonical") if home else None
        return canonical["href"] if canonical and canonical.get("href") else "/"

    def guide_pages(self) -> list[HtmlPage]:
        return [page for page in self.pages.values() if page.is_guide_page]
