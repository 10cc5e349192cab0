"""MkDocs hook: on paper, every link in a page is followed by its full address.

A link's href is relative (`../mindset/#align-the-picture`), useless on paper, so each link in
the page content gets `data-print-url` with the absolute address on this site (site_url, sub-path
included) or the external address as written; print.css writes it after the link text. Links
whose text already is their address (the for-agencies page, scripts/hooks/site_addresses.py)
and the "¶" permalinks are left out.
"""
from __future__ import annotations

import re
from html import escape, unescape
from urllib.parse import urljoin

LINK = re.compile(r'<a ((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>')
HREF = re.compile(r'\bhref="([^"]*)"')
SKIP_CLASS = re.compile(r'\bclass="[^"]*\b(headerlink|full-url|feed-url)\b')


def add_addresses(html: str, page_address: str) -> str:
    def add(match: re.Match) -> str:
        attributes = match.group(1)
        href = HREF.search(attributes)
        if not href or SKIP_CLASS.search(attributes) or "data-print-url" in attributes:
            return match.group(0)
        address = urljoin(page_address, unescape(href.group(1)))
        return f'<a {attributes} data-print-url="{escape(address)}">'

    return LINK.sub(add, html)


def on_page_content(html, page, config, files):
    return add_addresses(html, urljoin(config.site_url or "/", page.url))
