"""What the build hands the in-page tools, as one JSON file for their logic tests in Node (tests/js/).

    python -m tests.js.tool_inputs test-output/tool-inputs.json     (make test-js runs it)

The same functions the build hook uses (scripts/page_tools.py, scripts/japan_calendar.py,
scripts/authoring/linkkit.py) give the words of every tool in every language, the guide's numbers,
the tools' own data, Japan's holidays as the test site builds them (tests/site.py BUILD_DATE) and
the search spelling table and the email templates as the pages write them, so the Node tests run the shipped logic on the shipped data.
"""
from __future__ import annotations

import csv
import datetime
import io
import json
import sys
from pathlib import Path

import yaml

from scripts import japan_calendar, page_tools
from scripts.authoring.linkkit import LinkKitError, builder_data, link_kit
from scripts.mkdocs_yml import load as load_config
from scripts.pages import LANGUAGES
from tests.site import BUILD_DATE, ROOT, written_templates

SPELLING = ROOT / "scripts" / "hooks" / "search_spelling.yml"
# The link builder's address for a published edition, and the choices checked against the link kit.
SITE_URL = "https://example.github.io/second-round/"
LINKS = [("following-up", "tone", "2026-12"), ("index", "", "spring-fair"), ("thank-you-email", "within-24-hours", "a" * 41),
         ("for-agencies", "", "2026-12")]
CAMPAIGNS = ["2026-12", "Dec-2026", "-2026", "2026_12", "a" * 41, "a" * 42, "ニュース", "ok", ""]
TEMPLATES = {lang: "email-templates.md" if lang == "en" else f"email-templates.{lang}.md" for lang in LANGUAGES}


def kit_url(config, campaign: str, lang: str, page: str, section: str) -> str | None:
    """The URL `make linkkit ARGS="--campaign C --lang L --page P [--section S]"` prints, or None
    when the kit refuses the campaign."""
    try:
        rows = csv.DictReader(io.StringIO(link_kit(campaign, lang, "csv", page, section or None, config=config)))
    except LinkKitError:
        return None
    return next(row["url"] for row in rows if row["section"] == section)


def link_builder() -> dict:
    config = dict(load_config(), site_url=SITE_URL, docs_dir=str(ROOT / "docs"))
    return {
        "data": builder_data(LANGUAGES[0], config),
        "kit": [{"lang": lang, "page": page, "section": section, "campaign": campaign,
                 "url": kit_url(config, campaign, lang, page, section)}
                for lang in LANGUAGES for page, section, campaign in LINKS]
               + [{"lang": LANGUAGES[0], "page": "index", "section": "", "campaign": campaign,
                   "url": kit_url(config, campaign, LANGUAGES[0], "index", "")} for campaign in CAMPAIGNS],
    }


def inputs() -> dict:
    built = datetime.date.fromisoformat(BUILD_DATE[japan_calendar.BUILD_DATE])
    words = page_tools.all_strings()
    return {
        "languages": list(LANGUAGES),
        "strings": {lang: {group: {name: value[lang] for name, value in entries.items()}
                           for group, entries in words.items()} for lang in LANGUAGES},
        "rules": page_tools.rules(),
        "data": page_tools.tool_data(page_tools.known_tools()),
        "holidays": {lang: japan_calendar.table(built, lang) for lang in LANGUAGES},
        "spelling": yaml.safe_load(SPELLING.read_text(encoding="utf-8")),
        # the composer's templates as each page writes them: {lang: {section: {tab: text}}}
        "templates": {lang: written_templates(page) for lang, page in TEMPLATES.items()},
        # the link builder's data for a published edition, and what the link kit prints for some choices
        "linkbuilder": link_builder(),
    }


def main() -> None:
    target = Path(sys.argv[1])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(inputs(), ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
