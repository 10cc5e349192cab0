"""MkDocs hook: valid HTML where Material for MkDocs 9.8.1's templates are not.

Written for mkdocs-material 9.8.1. Each fix replaces Material's exact markup, and
tests/test_valid_html.py runs the Nu HTML Checker over every built page, so an upgrade that
changes the markup fails a test instead of silently losing the fix (if the new markup is
valid, delete the fix).
- partials/nav-item.html gives a section's label `tabindex=""` with navigation.sections
  (an empty string is not an integer); it means "not focusable", which is no tabindex at all.
- base.html puts `autocomplete="off"` on the drawer and search toggles, checkboxes on which
  the attribute is not allowed. (Firefox reads it to not restore a toggle on reload; the
  drawer or search could then reopen after a reload there.)
"""
import re

SECTION_LABEL = re.compile(r'(<label class="md-nav__link[^"]*" for="(__nav_[0-9_]+)" id="\2_label") tabindex="">')
TOGGLES = [f'<input class="md-toggle" data-md-toggle="{name}" type="checkbox" id="__{name}" autocomplete="off">'
           for name in ("drawer", "search")]


def valid_html(html: str) -> str:
    html = SECTION_LABEL.sub(r"\1>", html)
    for toggle in TOGGLES:
        html = html.replace(toggle, toggle.replace(' autocomplete="off"', ""))
    return html


def on_post_page(output, page, config):
    return valid_html(output)


def on_post_template(output_content, template_name, config):
    """Static pages rendered from a template: the 404 page."""
    return valid_html(output_content) if template_name.endswith(".html") else output_content
