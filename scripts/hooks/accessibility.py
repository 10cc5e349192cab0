"""MkDocs hook: close the accessibility gaps axe and Lighthouse find in the theme's output.

Written for mkdocs-material 9.8.1 and pymdown-extensions 13.1; each fix matches their exact
markup, so a change upstream makes tests/browser/test_accessibility.py fail rather than
silently losing the fix.
- Material's search dialog has role="dialog" and no name (axe: aria-dialog-name).
- pymdownx.tasklist wraps only the checkbox in its <label>, so the checkbox has no name
  (axe: label); we move the item's text into the label, which also makes the whole line
  a tap target for ticking on a phone.
"""
import re

SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SEARCH_NAME = {"en": "Search", "ja": "検索"}
TASK_ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control"><input type="checkbox"[^>]*/>'
    r'<span class="task-list-indicator"></span>)</label>(.*?)(?=</li>|<ul>|<ol>|<p>)', re.S)


def label_task_items(html: str) -> str:
    return TASK_ITEM.sub(lambda m: f"{m.group(1)}{m.group(2)}</label>", html)


def on_page_content(html, page, config, files):
    return label_task_items(html)


def on_post_page(output, page, config):
    language = getattr(page.file, "locale", "en")
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + f' aria-label="{SEARCH_NAME.get(language, "Search")}">', 1)


def on_post_template(output_content, template_name, config):
    """The bilingual 404 page."""
    if template_name == "404.html":
        return output_content.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search / 検索">', 1)
    return output_content
