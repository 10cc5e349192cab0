"""The address the site is published at (mkdocs.yml's `site_url`, set by SITE_URL).

One job: say whether readers can reach an address, for the tools that must not hand out a
local one: a publish build (scripts/hooks/publish_guard.py) and newsletter links
(scripts/authoring/linkkit.py).
"""
from __future__ import annotations

from urllib.parse import urlsplit

LOCAL_HOSTS = {"127.0.0.1", "localhost", "0.0.0.0", "::1"}


def not_public(url: str) -> str | None:
    """Why readers cannot use `url` ("a local address", "not https://"), or None when they can."""
    parts = urlsplit(url)
    if not parts.hostname or parts.hostname in LOCAL_HOSTS:
        return "a local address"
    if parts.scheme != "https":
        return f"{parts.scheme or 'no'}://, not https://"
    return None
