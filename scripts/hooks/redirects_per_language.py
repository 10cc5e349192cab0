"""MkDocs hook: a renamed page's old address redirects in every language, not only in English.

mkdocs-redirects 1.2.2 knows nothing of mkdocs-static-i18n 1.3.1's suffix structure: the
entry `old-name.md: new-name.md` writes /old-name/ -> /new-name/ only; an extra
`old-name.ja.md: new-name.ja.md` entry writes /old-name.ja/ -> /new-name.ja/ (neither is a
real address), and no entry can make /ja/old-name/ point to /ja/new-name/. So
`redirect_maps` in mkdocs.yml names each renamed page once, by its English file, and here
we write the same redirect under /ja/ when the new page has a Japanese version, in the
reader's language (the plugin's page says "You're being redirected" in English).
We also rewrite the plugin's English page with the same template: the plugin's script uses
`location.href`, which leaves the redirect page in the Back history (Back lands on it and is
sent forward again); `location.replace` does not. Covered by tests/test_stable_urls.py.
"""
from __future__ import annotations

import posixpath
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from scripts.pages import DEFAULT_LANGUAGE, LANGUAGES, split_name

# The redirect page's words per language; a new language needs its line here (the build stops without it).
REDIRECT_WORDS = {
    "en": ("Page moved", "This page has moved to <a href=\"{url}\">a new address</a>."),
    "ja": ("移動しています", "このページは<a href=\"{url}\">新しいページ</a>に移動しました。"),
}
REDIRECT_PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="canonical" href="{url}">
<script>var anchor=window.location.hash.substr(1);location.replace("{url}"+(anchor?"#"+anchor:""))</script>
<meta http-equiv="refresh" content="0; url={url}">
</head>
<body>
<p>{text}</p>
</body>
</html>
"""


def write_redirect(site_dir: str, lang: str, old_path: str, url: str) -> None:
    """mkdocs-redirects' redirect page (meta refresh, canonical, #fragment kept), in `lang`."""
    if lang not in REDIRECT_WORDS:
        raise PluginError(f"{__file__}: REDIRECT_WORDS has no words for '{lang}'; add the redirect page's "
                          f"title and sentence in that language (never English for a {lang} reader)")
    title, text = REDIRECT_WORDS[lang]
    path = Path(site_dir) / ("" if lang == DEFAULT_LANGUAGE else lang) / old_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(REDIRECT_PAGE.format(lang=lang, title=title, url=url, text=text.format(url=url)),
                    encoding="utf-8")


def redirect_maps(config) -> dict[str, str]:
    plugin = config.plugins.get("redirects")
    return dict(plugin.config.get("redirect_maps") or {}) if plugin else {}


def on_config(config):
    for old, new in redirect_maps(config).items():
        for name in (old, new.partition("#")[0]):
            if name.endswith(".md") and split_name(Path(name))[1] != DEFAULT_LANGUAGE:
                raise PluginError(
                    f"redirect_maps: '{old}: {new}' names a translation; list each renamed page once by its "
                    f"English file (e.g. 'old-name.md: new-name.md'), scripts/hooks/redirects_per_language.py "
                    f"adds the other languages")
    return config


@event_priority(-110)   # after the i18n plugin (-100) has built every language
def on_post_build(config):
    from mkdocs_redirects.plugin import get_html_path

    directory_urls = config.use_directory_urls
    docs = Path(config.docs_dir)
    for old, new in redirect_maps(config).items():
        target, hash_, fragment = new.partition("#")
        if target.lower().startswith(("http://", "https://")) or not target.endswith(".md"):
            continue
        key = target[: -len(".md")]
        old_path = get_html_path(old, directory_urls)                   # "old-name/index.html"
        new_url = File(target, "", "", directory_urls).url or "./"      # "new-name/"
        relative = posixpath.relpath(new_url, start=posixpath.dirname(old_path) or ".")
        relative += "/" if new_url.endswith("/") and not relative.endswith("/") else ""
        for lang in LANGUAGES:
            suffix = "" if lang == DEFAULT_LANGUAGE else f".{lang}"
            if (docs / f"{key}{suffix}.md").exists():
                write_redirect(config.site_dir, lang, old_path, relative + hash_ + fragment)
