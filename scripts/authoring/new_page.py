"""`make new-page NAME=<page> TITLE="English title" TITLE_JA="日本語のタイトル" [SECTION="Nav section"]`

Creates docs/NAME.md and docs/NAME.ja.md with their front matter and `# Title`, adds the page to
mkdocs.yml's nav (at the end of SECTION, or of the nav) and its Japanese menu title to
`nav_translations`. The pages start with TODO lines that `make check` reports until they are
written; the Japanese one waits for `make stamp PAGE=NAME` (`source_sha256: pending`).
"""
from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from scripts import mkdocs_yml
from scripts.authoring.command import CommandError, run
from scripts.authoring.rewrite import page_files
from scripts.pages import ASCII_ID
from scripts.problems import display

ROOT = Path(__file__).resolve().parents[2]

ENGLISH = """\
---
title: {title}
description: "TODO: what this page answers, in one sentence of at most 160 characters (search results and link previews show it)."
reviewed: {today}
---

# {heading}

TODO: write the page. End every `##` and `###` heading with an id of lowercase words and hyphens, e.g. `## What to wear {{#what-to-wear}}`; the Japanese page uses the same ids.
"""

JAPANESE = """\
---
title: {title}
description: "TODO: このページの内容を90字以内の1文で書きます（検索結果とリンクのプレビューに表示されます）。"
reviewed: {today}
translation:
  source_sha256: pending
---

# {heading}

TODO: 英語版 docs/{name}.md を書き終えてから翻訳します。見出しには英語版と同じIDを付けます（例: `## 服装の選び方 {{#what-to-wear}}`）。
"""


class NewPageError(CommandError):
    """Nothing has been created; the message says why."""


def new_page(name: str, title: str, title_ja: str, section: str | None = None, project: Path = ROOT,
             today: datetime.date | None = None) -> list[str]:
    docs, config_file = project / "docs", project / "mkdocs.yml"
    if not name or not title or not title_ja:
        raise NewPageError('NAME, TITLE and TITLE_JA are all needed: '
                           'make new-page NAME=dress-code TITLE="Dress code" TITLE_JA=服装')
    if not ASCII_ID.match(name):
        raise NewPageError(f"NAME={name}: a page name is lowercase letters, digits and hyphens (e.g. dress-code); "
                           "it becomes the page's address, /dress-code/ and /ja/dress-code/")
    existing = [display(p) for p in page_files(docs, name) if p.exists()]
    if existing:
        raise NewPageError(f"{', '.join(existing)} already exist{'s' if len(existing) == 1 else ''}")
    text = config_file.read_text(encoding="utf-8")
    config = mkdocs_yml.load_text(text)
    redirects = mkdocs_yml.redirect_maps(config)
    if f"{name}.md" in redirects:
        raise NewPageError(f"/{name}/ is the old address of a renamed page (redirect_maps: {name}.md: "
                           f"{redirects[name + '.md']}); a new page there would break that redirect; choose another NAME")
    translated = {}
    for language in mkdocs_yml.languages(config):
        translated.update({language.get("locale"): (language.get("nav_translations") or {}).get(title)})
    if translated.get("ja") not in (None, title_ja):
        raise NewPageError(f"the nav title '{title}' is already translated as '{translated['ja']}' in "
                           f"nav_translations (menus are translated by title); use TITLE_JA={translated['ja']} "
                           "or another TITLE")

    text, nav_line = mkdocs_yml.add_nav_entry(text, title, f"{name}.md", section or None)
    out = []
    if translated.get("ja") is None:
        text, translation_line = mkdocs_yml.add_nav_translation(text, "ja", title, title_ja)
        out.append(f"{display(config_file)}:{translation_line}: nav_translations (ja): {title} -> {title_ja}")
    day = (today or datetime.date.today()).isoformat()
    english, japanese = page_files(docs, name)
    english.write_text(ENGLISH.format(title=mkdocs_yml.yaml_scalar(title), heading=title, today=day), encoding="utf-8")
    japanese.write_text(JAPANESE.format(title=mkdocs_yml.yaml_scalar(title_ja), heading=title_ja, today=day,
                                        name=name), encoding="utf-8")
    config_file.write_text(text, encoding="utf-8")
    where = f'in the nav section "{section}"' if section else "at the end of the nav (SECTION=<nav section> puts it in one)"
    return [f"created {display(english)}", f"created {display(japanese)}",
            f"{display(config_file)}:{nav_line}: nav: {title}: {name}.md, {where}"] + out + [
        "next:",
        f"  1. write {display(english)}, then translate it into {display(japanese)} (`make check` lists the TODO lines left)",
        f"  2. {'make stamp PAGE=' + name:<32} once the translation says what the English page says",
        f"  3. {'make registry':<32} records the page's addresses for good (`make check` asks for it)",
        "  4. make check, make test, then commit",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog='make new-page NAME=<page> TITLE="..." TITLE_JA="..."',
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--name", default="")
    parser.add_argument("--title", default="")
    parser.add_argument("--title-ja", default="")
    parser.add_argument("--section", default="")
    args = parser.parse_args(argv)
    return run("new-page", lambda: new_page(args.name.strip(), args.title.strip(), args.title_ja.strip(),
                                            args.section.strip() or None))


if __name__ == "__main__":
    sys.exit(main())
