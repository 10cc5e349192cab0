"""MkDocs hook: the theme's own words in the page's language, for the partials.

`site_words` (data/ui-strings.yml `site:`) is what overrides/partials/copy-button-label.html and
print-footer.html write: the copy button's label, the "Reviewed" of the printed footer line.
A missing word stops the build (scripts/hooks/tool_assets.py checks the whole file).
"""
from scripts import page_tools
from scripts.pages import DEFAULT_LANGUAGE


def on_page_context(context, page, config, nav):
    context["site_words"] = page_tools.site_words(getattr(page.file, "locale", DEFAULT_LANGUAGE))
    return context
