"""MkDocs hook: the in-page tools' scripts and styles go out minified.

The sources under overrides/assets/{javascripts,stylesheets}/tools/ keep their comments for the
next maintainer; readers download them without (rjsmin / rcssmin, pinned in requirements.txt).
The date planner's page would otherwise pass the 100 KB first-load budget (README, `make bench`).
Material's own files are minified already; HTML is left alone (see README: a minifier dropped
`lang` attributes).
"""
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.plugins import event_priority

MINIFIERS = {"assets/javascripts/tools": (".js", rjsmin.jsmin), "assets/stylesheets/tools": (".css", rcssmin.cssmin)}


@event_priority(-110)   # after the i18n plugin (-100) has built every language
def on_post_build(config):
    for folder, (suffix, minify) in MINIFIERS.items():
        for path in sorted((Path(config.site_dir) / folder).glob(f"*{suffix}")):
            path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")
