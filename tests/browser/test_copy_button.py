"""The copy button copies a template exactly as written, also where its language is marked
(scripts/hooks/language_of_parts.py wraps Japanese templates on English pages, and English
ones on Japanese pages, in `lang`)."""
from __future__ import annotations

import pytest

from tests.site import written_template as template


@pytest.mark.parametrize("path, source, tab", [
    ("email-templates/", "email-templates.md", "日本語"),       # a Japanese template on an English page
    ("ja/email-templates/", "email-templates.ja.md", "English"),  # an English template on a Japanese page
])
def test_the_copy_button_copies_a_template_in_the_other_language_exactly(served, visit, path, source, tab):
    v = visit()
    v.context.grant_permissions(["clipboard-read", "clipboard-write"])
    v.page.goto(served.base + path)
    tabs = v.page.locator("#thank-you-template ~ .tabbed-set").first
    labels = tabs.locator(".tabbed-labels > label").all_inner_texts()
    tabs.locator("label", has_text=tab).click()
    block = tabs.locator(".tabbed-block").nth(labels.index(tab)).locator("pre")
    assert block.locator("code").get_attribute("lang") == ("ja" if tab == "日本語" else "en")
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = v.page.evaluate("navigator.clipboard.readText()")
    assert copied == template(source, "thank-you-template", tab)
