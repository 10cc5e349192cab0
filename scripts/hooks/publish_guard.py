"""MkDocs hook: a publish build must know the address it will be served from.

Without `site_url` MkDocs writes `None./` into the sitemap and the language switcher on the
home page points at the domain root; a GitHub Pages project site lives under a sub-path
(https://<owner>.github.io/<repo>/), so every absolute link depends on this value.
`make publish` and the Pages workflow set PUBLISH=1 and SITE_URL; a local preview keeps the
http://127.0.0.1:8000/ default from mkdocs.yml.
"""
import os

from mkdocs.exceptions import PluginError

from scripts.site_address import not_public


def on_config(config):
    site_url = config.site_url or ""
    if not site_url:
        raise PluginError("site_url is empty: set SITE_URL, e.g. SITE_URL=https://example.github.io/second-round/")
    if not site_url.endswith("/"):
        config.site_url = site_url = site_url + "/"
    if os.environ.get("PUBLISH") == "1":
        if not_public(site_url):
            raise PluginError(
                f"refusing to publish with site_url={site_url!r}: set SITE_URL to the public https address, "
                "e.g. SITE_URL=https://example.github.io/second-round/"
            )
    return config
