"""MkDocs hook: an "On this page" list at the top of long pages, built from their headings.

Pages run to many phone screens and the table of contents is two taps deep, so a page with at
least MIN_ENTRIES sections gets a short list of them under its title (after the first
paragraph, which says what the page is for). The entries are the page's `##` sections; on a
page where at least MIN_ENTRIES sections hold a template (a code block), they are those
sections, `###` included, so the templates page lists one entry per template. The home page
has its own way in (the "Where are you now?" cards) and gets none. Plain links: it works
without JavaScript. Its title is data/ui-strings.yml `theme.on_this_page`.

Added to the finished page (on_post_page), after Material's search plugin has indexed the
content, so search results never point at a list of headings instead of the section.
"""
from __future__ import annotations

import re
from html import escape

from scripts import page_tools
from scripts.pages import DEFAULT_LANGUAGE

MIN_ENTRIES = 4
HEADING = re.compile(r'<h([23]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
TAG = re.compile(r"<[^>]+>")
PERMALINK = re.compile(r'<a class="headerlink".*?</a>', re.S)
TITLE_AND_INTRO = re.compile(r"</h1>\s*(?:<p>.*?</p>)?", re.S)


def entries(html: str) -> list[tuple[str, str]]:
    """(id, text) of the sections to list: those holding a template if enough do, else the `##` ones."""
    found = list(HEADING.finditer(html))
    sections = []
    for index, match in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(html)
        text = TAG.sub("", PERMALINK.sub("", match.group(3))).strip()
        sections.append((match.group(1), match.group(2), text, "<pre" in html[match.end():end]))
    with_templates = [(sid, text) for _, sid, text, template in sections if template]
    if len(with_templates) >= MIN_ENTRIES:
        return with_templates
    return [(sid, text) for level, sid, text, _ in sections if level == "2"]


def jump_list(items: list[tuple[str, str]], title: str) -> str:
    links = "".join(f'<li><a href="#{sid}">{text}</a></li>' for sid, text in items)
    return (f'<nav class="jump-list" aria-labelledby="jump-list-title">'
            f'<p class="jump-list__title" id="jump-list-title">{escape(title)}</p><ul>{links}</ul></nav>')


def on_post_page(output, page, config):
    start, end = output.find("<article"), output.find("</article>")
    if page.file.src_uri.split(".")[0] == "index" or start < 0:
        return output
    items = entries(output[start:end])
    title = TITLE_AND_INTRO.search(output, start, end)
    if len(items) < MIN_ENTRIES or not title:
        return output
    words = page_tools.all_strings()["theme"]["on_this_page"]
    lang = getattr(page.file, "locale", DEFAULT_LANGUAGE)
    return output[:title.end()] + jump_list(items, words[lang]) + output[title.end():]
