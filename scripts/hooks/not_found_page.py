"""MkDocs hook: one /404.html for the whole site, from the default-language build.

mkdocs-static-i18n 1.3.1 builds each language into the same site_dir and lets the Japanese
build write /404.html over the English one (a Japanese header around an English message,
with the switcher links of the last page built). GitHub Pages serves only the root
404.html, so our template (overrides/404.html) is bilingual and picks the reading order
from the requested path; here we stop the other language builds from overwriting it.
Runs after the plugin's on_config (priority -100), which sets the build's theme language.
"""
from mkdocs.plugins import event_priority

from scripts.pages import DEFAULT_LANGUAGE


@event_priority(-110)
def on_config(config):
    if config.theme["language"] != DEFAULT_LANGUAGE:
        config.theme.static_templates.discard("404.html")
    return config
