"""MkDocs hook: our scripts and styles are served without their comment blocks.

The files under overrides/assets/ explain themselves at length for the next maintainer; a
reader's phone need not download that (every page's first load is budgeted at 100 KB gzip,
`make bench`). After the build (this hook is listed last), the copies in the site lose every /* ... */ block that starts
a line and ends its last line; code is never touched: a comment after code on the same line,
and anything inside strings, stays as written. Material's own files are left alone.
"""
from __future__ import annotations

import re
from pathlib import Path

# From the start of a line to the end of a line, never across a "*/" (comments do not nest).
COMMENT_LINES = re.compile(r"^[ \t]*/\*(?:(?!\*/).)*\*/[ \t]*(?:\n|\Z)", re.M | re.S)
SUFFIXES = (".js", ".css")


def strip_comments(text: str) -> str:
    return COMMENT_LINES.sub("", text)


def on_post_build(config):
    ours = Path(config["theme"].custom_dir) / "assets"
    site = Path(config["site_dir"]) / "assets"
    for source in ours.rglob("*"):
        served = site / source.relative_to(ours)
        if source.suffix in SUFFIXES and served.is_file():
            served.write_text(strip_comments(served.read_text(encoding="utf-8")), encoding="utf-8")
