"""MkDocs hook: absolute hreflang alternates that point to the counterpart *page*, plus x-default.

mkdocs-static-i18n 1.3.1 fills `config.extra.alternate` per page (priority 50 in
on_page_context) with site-relative links; Material renders them both in the language
switcher and as `<link rel="alternate" hreflang>` in the head. Search engines need absolute
URLs there (Lighthouse SEO drops to 82 on relative ones), and an `x-default`. We run after
the plugin (default priority 0) and rewrite the list it built; the switcher partial
(overrides/partials/alternate.html) leaves `x-default` out of the menu.
"""
from urllib.parse import urljoin

from scripts.pages import DEFAULT_LANGUAGE


def on_page_context(context, page, config, nav):
    # The plugin sets `config.extra.alternate` as an attribute (which Jinja reads first),
    # not as a dict item; read and write it the same way.
    alternates = getattr(config.extra, "alternate", None)
    if not alternates:
        return context
    absolute = []
    for alternate in alternates:
        alternate = dict(alternate)
        link = alternate["link"]
        # The plugin gives "ja/page/" (site-relative) for most pages but "/<sub-path>/"
        # (host-relative) for home pages; urljoin resolves both against site_url.
        alternate["link"] = urljoin(config.site_url, link)
        absolute.append(alternate)
    default = next((a for a in absolute if a["lang"] == DEFAULT_LANGUAGE), None)
    if default:
        absolute.append({"name": default["name"], "link": default["link"], "lang": "x-default"})
    config.extra.alternate = absolute
    return context
