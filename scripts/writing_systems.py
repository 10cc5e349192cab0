"""Which writing system a piece of text is written in: Japanese characters or Latin letters.

One job: the character classes that the language check (scripts/checks/page_language.py)
and the build hooks (japanese_line_breaks.py, language_of_parts.py) share, so "Japanese"
means the same thing when a page is measured, when a line break is joined and when a run
is marked lang="ja".
"""
from __future__ import annotations

import re

# Japanese text, punctuation included: CJK symbols and punctuation (、。「」【】), kana,
# kanji, and full-width forms (（）：！ and full-width digits and letters).
JAPANESE_CHARS = r"\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60\uff66-\uff9f"
JAPANESE = re.compile(f"[{JAPANESE_CHARS}]")
# What is counted as words when measuring a language's share: letters, not punctuation.
LETTERS = {
    "ja": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f々〆]"),
    "en": re.compile(r"[A-Za-z\u00c0-\u024f]"),      # Latin, with accents (onchū, résumé)
}
# How messages name each language.
NAMES = {"en": "English", "ja": "Japanese"}


def letter_counts(text: str) -> dict[str, int]:
    """Letters of each language's script in `text`: {"en": 120, "ja": 4}."""
    return {lang: len(pattern.findall(text)) for lang, pattern in LETTERS.items()}


def share(text: str, lang: str) -> float | None:
    """The share (0-1) of `text`'s letters in `lang`'s script; None when it has no letters."""
    counts = letter_counts(text)
    total = sum(counts.values())
    return counts[lang] / total if total else None
