"""MkDocs hook: our own stylesheets reach the reader without their comments.

site.css, print.css and the tools' stylesheets explain their choices in comments, about half
of their gzip weight; a phone needs none of it, and every page's first load must stay within
100 KB gzip (`make bench`). After the build, the copies in site/ lose their comments, blank
lines and indentation; strings (`content: ": "`) stay exactly as written. The sources keep
their comments. Material's own stylesheets (already minified) are not ours and are left alone.
"""
from __future__ import annotations

import re
from pathlib import Path

OURS = Path(__file__).resolve().parents[2] / "overrides" / "assets" / "stylesheets"
STRING_OR_COMMENT = re.compile(r'("(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\')|/\*.*?\*/', re.S)


def lean(css: str) -> str:
    css = STRING_OR_COMMENT.sub(lambda match: match.group(1) or "", css)
    return "\n".join(line.strip() for line in css.splitlines() if line.strip()) + "\n"


def on_post_build(config):
    built = Path(config.site_dir) / "assets" / "stylesheets"
    for source in OURS.rglob("*.css"):
        target = built / source.relative_to(OURS)
        if target.exists():
            target.write_text(lean(source.read_text(encoding="utf-8")), encoding="utf-8")
