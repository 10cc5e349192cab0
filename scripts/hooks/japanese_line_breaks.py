"""MkDocs hook: a line break between two Japanese characters is not a space.

Authors write one Japanese sentence per line; Markdown keeps those line breaks inside the
paragraph, and Chromium and Safari draw each one as a space ("送ります。 その後"), which
Japanese text never has. On Japanese pages we remove a line break that sits between two
Japanese characters (or Japanese punctuation), outside <pre> blocks.
"""
import re

from scripts.writing_systems import JAPANESE_CHARS

JAPANESE = f"[{JAPANESE_CHARS}]"
# A Japanese character (maybe followed by closing tags), a newline, then (maybe after
# opening tags) another Japanese character: 送ります。\n<a href="…">内定…
BREAK = re.compile(rf"({JAPANESE}(?:</[a-z]+>)*)\n(?=(?:<[^>]+>)*{JAPANESE})")
PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)


def join_japanese_lines(html: str) -> str:
    parts = PRE.split(html)
    return "".join(part if part.startswith("<pre") else BREAK.sub(r"\1", part) for part in parts)


def on_page_content(html, page, config, files):
    if getattr(page.file, "locale", "en") == "ja":
        return join_japanese_lines(html)
    return html
