"""MkDocs hook: mark every run of the other language with its `lang` (WCAG 3.1.2, language of parts).

English pages quote Japanese (terms, phrases, whole templates in the 日本語 tabs) and Japanese
pages carry English templates; without `lang` a screen reader reads them in the page's voice.
In each finished page's <body> (header, navigation, table of contents and content):

- an element whose text is wholly in the other language gets `lang` itself: a tab panel, a
  table cell, a list item, a label, a <code>;
- otherwise each run of the other language inside a text gets `<span lang="…">`.

Japanese is recognised by its script (scripts/writing_systems.py), anywhere on an English
page. On a Japanese page, Latin letters are often names and terms (LinkedIn, URL), which
keep the page's language (WCAG's exception), so English is three or more words in a row, or
a whole code block or tab panel with no Japanese in it.

Works on the HTML text as written, by offsets (a small tokenizer, no re-serialising): only
`lang` attributes and <span> tags are added; <head>, <script>, <style>, <svg> and every attribute are
left as they are, and no character of text changes, so what the copy button copies does not
either. A code block is marked on its <code>, never on <pre> or a container: Material 9.8.1
puts the copy button inside <pre>, and its name is in the page's language.

Runs in on_post_page, after Material's search plugin has indexed page.content (on_page_context)
and after japanese_line_breaks.py (on_page_content), so neither sees these tags. Markup
matched: mkdocs-material 9.8.1, pymdown-extensions 13.1 (tabbed alternate_style: panels are
div.tabbed-block; highlight: div.highlight > pre > code).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from html import unescape

from scripts.pages import DEFAULT_LANGUAGE
from scripts.writing_systems import JAPANESE_CHARS, LETTERS

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements whose content is not the page's text (or cannot hold a <span>): skipped whole.
LEFT_ALONE = ("script", "style", "svg", "template", "textarea", "title")
# Tokens of the HTML as written: comments and doctype-like tags, LEFT_ALONE elements, start
# and end tags (attribute values may hold ">" inside quotes), text.
TOKEN = re.compile(
    r"<!--.*?-->|<![^>]*>"
    rf"|<({'|'.join(LEFT_ALONE)})\b[^>]*>.*?</\1\s*>"
    r"|<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
    r"|[^<]+|<", re.S | re.I)
ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
# A run of Japanese: from a Japanese character to the last one before a Latin letter or markup.
JAPANESE_RUN = re.compile(rf"[{JAPANESE_CHARS}](?:[^A-Za-z\u00c0-\u024f<>]*[{JAPANESE_CHARS}])?")
# A run of English: three or more whitespace-separated words without Japanese characters.
LATIN_WORD = rf"[^\s<>{JAPANESE_CHARS}]*[A-Za-z][^\s<>{JAPANESE_CHARS}]*"
ENGLISH_RUN = re.compile(rf"{LATIN_WORD}(?:\s+{LATIN_WORD}){{2,}}")
RUNS = {"ja": JAPANESE_RUN, "en": ENGLISH_RUN}


@dataclass(eq=False)
class Text:
    start: int
    raw: str        # as written, entities included


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict
    start: int                  # offset of "<"
    start_tag: str              # the start tag as written
    children: list = field(default_factory=list)

    @cached_property
    def text(self) -> str:
        """The element's readable text."""
        return "".join(unescape(c.raw) if isinstance(c, Text) else c.text for c in self.children)

    @cached_property
    def holds_pre(self) -> bool:
        """A <pre>, or an element around one."""
        return self.tag == "pre" or any(isinstance(c, Element) and c.holds_pre for c in self.children)

    @property
    def classes(self) -> list[str]:
        return (self.attrs.get("class") or "").split()


def parse(html: str, start: int) -> Element:
    """The elements and texts of html[start:], with their offsets in `html`."""
    root = Element("#root", {}, start, "")
    stack = [root]
    for token in TOKEN.finditer(html, start):
        tag = token.group(3)
        if tag is None:                     # text, or something skipped whole
            if not token.group(0).startswith("<") or token.group(0) == "<":
                stack[-1].children.append(Text(token.start(), token.group(0)))
            continue
        tag = tag.lower()
        if token.group(2):                  # an end tag closes the nearest open element of its name
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth].tag == tag:
                    del stack[depth:]
                    break
            continue
        attrs = {m.group(1).lower(): next((g for g in m.groups()[1:] if g is not None), "")
                 for m in ATTRIBUTE.finditer(token.group(4))}
        element = Element(tag, attrs, token.start(), token.group(0))
        stack[-1].children.append(element)
        if tag not in VOID and not token.group(0).endswith("/>"):
            stack.append(element)
    return root


def other_language(text: str, context: str, whole_block: bool) -> str | None:
    """The language `text` is wholly in, if it is not `context`'s: none of the context
    language's letters and some of the other's (for English inside Japanese: three words,
    or any Latin word when the text is a whole code block or tab panel)."""
    if LETTERS[context].search(text):
        return None
    for lang, letters in LETTERS.items():
        if lang != context and letters.search(text) and (whole_block or RUNS[lang].search(text)):
            return lang
    return None


class Marker:
    def __init__(self, html: str):
        self.html = html
        self.inserts: list[tuple[int, int, str]] = []     # (offset, order, text)
        self.marked = 0

    def mark_element(self, element: Element, lang: str) -> None:
        self.inserts.append((element.start + len(element.start_tag) - 1, 0, f' lang="{lang}"'))
        self.marked += 1

    def mark_runs(self, text: Text, context: str) -> None:
        for lang, run in RUNS.items():
            if lang == context:
                continue
            for match in run.finditer(text.raw):
                self.inserts.append((text.start + match.start(), 1, f'<span lang="{lang}">'))
                self.inserts.append((text.start + match.end(), -1, "</span>"))
                self.marked += 1

    def visit(self, element: Element, context: str, in_pre: bool = False) -> None:
        if element.attrs.get("lang"):
            context = element.attrs["lang"].split("-")[0].lower()
            if context not in LETTERS:
                return              # a language we do not know the script of: left as written
        elif not element.holds_pre:
            whole_block = in_pre or "tabbed-block" in element.classes     # a code block's <code>, a tab panel
            lang = other_language(element.text, context, whole_block)
            if lang:
                self.mark_element(element, lang)
                return
        for child in element.children:
            if isinstance(child, Text):
                self.mark_runs(child, context)
            else:
                self.visit(child, context, element.tag == "pre")

    def result(self) -> str:
        out, last = [], 0
        for offset, _, text in sorted(self.inserts, key=lambda insert: (insert[0], insert[1])):
            out += [self.html[last:offset], text]
            last = offset
        return "".join(out) + self.html[last:]


def mark_language_of_parts(html: str, lang: str) -> tuple[str, int]:
    """The page with every run of another language marked, and how many runs were marked."""
    found = re.search(r"<body\b", html)
    if found is None:
        return html, 0
    body = parse(html, found.start()).children[0]
    marker = Marker(html)
    for child in body.children:     # <body> itself is in the page's language (<html lang>)
        if isinstance(child, Text):
            marker.mark_runs(child, lang)
        else:
            marker.visit(child, lang)
    return marker.result(), marker.marked


def on_post_page(output, page, config):
    html, _ = mark_language_of_parts(output, getattr(page.file, "locale", DEFAULT_LANGUAGE))
    return html
