"""MkDocs hook: one Atom 1.0 feed per language, /feed.xml (English) and /ja/feed.xml (Japanese).

One entry per page: its title, absolute link (site_url), id (the same URL), updated (the
front matter `reviewed` date) and summary (the front matter `description`), newest first.
Pages are read from the Markdown (scripts/pages.py), not from the built HTML. Each page's
<head> points to its language's feed (overrides/partials/feed-link.html).

Runs after mkdocs-static-i18n 1.3.1 (on_post_build, priority -100) has built every language
into the same site_dir. By then the shared config holds the last language's site_name, so
feed titles come from the plugin's per-language settings.
"""
from __future__ import annotations

import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

from mkdocs.plugins import event_priority

from scripts.built_site import page_url
from scripts.pages import DEFAULT_LANGUAGE, LANGUAGES, read_pages

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed_path(lang: str) -> str:
    """Site-relative address of a language's feed: "feed.xml", "ja/feed.xml"."""
    return "feed.xml" if lang == DEFAULT_LANGUAGE else f"{lang}/feed.xml"


def rfc3339(day: datetime.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def language_settings(config) -> dict[str, dict[str, str]]:
    """Per language: the site name and description the pages of that language show."""
    i18n = config.plugins.get("i18n")
    original = getattr(i18n, "original_configs", {}) if i18n else {}
    name = original.get("site_name", config.site_name)
    description = original.get("site_description", config.site_description) or ""
    languages = {lang.locale: lang for lang in i18n.config.languages} if i18n else {}
    settings = {}
    for lang in LANGUAGES:
        options = languages.get(lang)
        settings[lang] = {
            "title": (getattr(options, "site_name", None) or name),
            "subtitle": (getattr(options, "site_description", None) or description),
        }
    return settings


def build_feed(pages, lang: str, site_url: str, title: str, subtitle: str, author: str) -> ET.ElementTree:
    ET.register_namespace("", ATOM)

    def add(parent, tag, text=None, **attributes):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
        if text is not None:
            element.text = text
        return element

    pages = sorted((p for p in pages if p.lang == lang and isinstance(p.meta.get("reviewed"), datetime.date)),
                   key=lambda p: (-p.meta["reviewed"].toordinal(), p.key))
    home = site_url + page_url("index", lang)
    feed = ET.Element(f"{{{ATOM}}}feed", {XML_LANG: lang})
    add(feed, "title", title)
    if subtitle:
        add(feed, "subtitle", subtitle)
    add(feed, "id", home)
    add(feed, "link", rel="self", type="application/atom+xml", href=site_url + feed_path(lang))
    add(feed, "link", rel="alternate", type="text/html", href=home)
    add(feed, "updated", rfc3339(max((p.meta["reviewed"] for p in pages), default=datetime.date(1970, 1, 1))))
    add(add(feed, "author"), "name", author or title)
    for page in pages:
        url = site_url + page_url(page.key, lang)
        entry = add(feed, "entry")
        add(entry, "title", str(page.meta.get("title", page.key)))
        add(entry, "link", rel="alternate", type="text/html", href=url)
        add(entry, "id", url)
        add(entry, "updated", rfc3339(page.meta["reviewed"]))
        add(entry, "summary", str(page.meta.get("description", "")))
    ET.indent(feed)
    return ET.ElementTree(feed)


def write_feeds(docs_dir: Path, site_dir: Path, site_url: str, settings: dict, author: str) -> dict[str, Path]:
    pages = read_pages(docs_dir)
    written = {}
    for lang in LANGUAGES:
        if not any(p.lang == lang for p in pages):
            continue
        path = site_dir / feed_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        tree = build_feed(pages, lang, site_url, settings[lang]["title"], settings[lang]["subtitle"], author)
        tree.write(path, encoding="utf-8", xml_declaration=True)
        written[lang] = path
    return written


@event_priority(-110)   # after the i18n plugin (-100) has built every language
def on_post_build(config):
    site_url = config.site_url if config.site_url.endswith("/") else config.site_url + "/"
    write_feeds(Path(config.docs_dir), Path(config.site_dir), site_url,
                language_settings(config), config.site_author or "")
