"""MkDocs hook: our own scripts and styles go out minified.

The sources under overrides/assets/ explain themselves at length for the next maintainer (what
a Material internal looks like in 9.8.1, why a rule exists); a reader's phone need not download
that: every page's first load is budgeted at 100 KB gzip (README, `make bench`). After the
build, the site's copies of our .js and .css files are minified with rjsmin / rcssmin (pinned
in requirements.txt); the sources keep their comments. Material's own files are minified
already and left alone; HTML too (see README: a minifier dropped `lang` attributes).
"""
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.plugins import event_priority

MINIFIERS = {".js": rjsmin.jsmin, ".css": rcssmin.cssmin}


@event_priority(-110)   # after the i18n plugin (-100) has built every language
def on_post_build(config):
    ours = Path(config["theme"].custom_dir) / "assets"
    site = Path(config["site_dir"]) / "assets"
    for source in sorted(ours.rglob("*")):
        served = site / source.relative_to(ours)
        if source.suffix in MINIFIERS and served.is_file():
            served.write_text(MINIFIERS[source.suffix](served.read_text(encoding="utf-8")), encoding="utf-8")
