"""MkDocs hook: links marked {.full-url} show this site's real, full address.

Editors copy addresses from the for-agencies page into newsletters, so the page shows the
addresses of the site it was built for (site_url, sub-path included), not `{site}`
placeholders. Authors write ordinary Markdown links to pages and sections, which MkDocs
checks (strict build: the page and the #section must exist) and keeps right when a page is
renamed; mkdocs-static-i18n 1.3.1 points them at the page's own language:

    [](following-up.md#tone){.full-url}              the address in the page's language
    [](following-up.md#tone){.full-url hreflang=ja}  the address of the Japanese page
    [](index.md){.feed-url hreflang=en}              the English feed (scripts/hooks/feeds.py)

Each becomes <a href="ADDRESS">ADDRESS</a> with the absolute address; a link to the other
language also gets class `lang-link`, the link check's mark for an intended switch.
Commands cannot hold links: in a code block marked `{.site-url}` (```sh {.site-url}),
`{site_url}` becomes the site address.
"""
from __future__ import annotations

import re
from html import escape, unescape
from urllib.parse import urljoin

from scripts.built_site import url_language
from scripts.hooks.feeds import feed_path
from scripts.pages import DEFAULT_LANGUAGE

# As Python-Markdown 3 (attr_list) writes them: <a class="full-url" href="../x/#id" hreflang="ja"></a>
MARKED_LINK = re.compile(r'<a ((?=[^>]*\bclass="[^"]*\b(full-url|feed-url)\b)[^>]*)>.*?</a>', re.S)
ATTRIBUTE = re.compile(r'(\w[\w-]*)="([^"]*)"')
SITE_URL_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,})[^\n]*\.site-url\b[^\n]*\n(.*?)^\1\2[ \t]*$", re.M | re.S)


def absolute_address(site_url: str, page_url: str, href: str, lang: str, feed: bool) -> str:
    """`href` as MkDocs wrote it on the page at `page_url`, made absolute, in language `lang`."""
    if feed:
        return site_url + feed_path(lang)
    address = urljoin(urljoin(site_url, page_url), href)
    path = address[len(site_url):]
    current = url_language(path)
    if current != DEFAULT_LANGUAGE:
        path = path[len(current) + 1:]
    return site_url + (path if lang == DEFAULT_LANGUAGE else f"{lang}/{path}")


def show_addresses(html: str, site_url: str, page_url: str, page_lang: str) -> str:
    def replace(match: re.Match) -> str:
        attrs = {name: unescape(value) for name, value in ATTRIBUTE.findall(match.group(1))}
        lang = attrs.get("hreflang", page_lang)
        address = absolute_address(site_url, page_url, attrs.get("href", ""), lang, match.group(2) == "feed-url")
        attrs["href"] = address
        if lang != page_lang:
            attrs["class"] += " lang-link"
        start = " ".join(f'{name}="{escape(value)}"' for name, value in attrs.items())
        return f"<a {start}>{escape(address)}</a>"

    return MARKED_LINK.sub(replace, html)


def fill_site_url(markdown: str, site_url: str) -> str:
    def fill(match: re.Match) -> str:
        start, end = match.start(3) - match.start(), match.end(3) - match.start()
        return match.group()[:start] + match.group(3).replace("{site_url}", site_url) + match.group()[end:]

    return SITE_URL_FENCE.sub(fill, markdown)


def on_page_markdown(markdown, page, config, files):
    return fill_site_url(markdown, config.site_url)


def on_page_content(html, page, config, files):
    return show_addresses(html, config.site_url, page.url, getattr(page.file, "locale", DEFAULT_LANGUAGE))
