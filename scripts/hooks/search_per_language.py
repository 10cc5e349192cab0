"""MkDocs hook: one search index per language, each pointed at by its own pages.

mkdocs-static-i18n 1.3.1 merges every language into /search/search_index.json
(`lang: [en, ja]`, English separator), so "面接" typed on the English site returns
Japanese pages and vice versa (ultrabug/mkdocs-static-i18n#271). After the plugin has
written that merged index, we split it:

    /search/search_index.json      English pages, lang [en], stemming
    /ja/search/search_index.json   Japanese pages, lang [ja], Japanese punctuation as separators

written as UTF-8 (JSON's default \\uXXXX escaping roughly doubles the Japanese index).
Japanese pages get the Japanese root as Material's `base`, so Material 9.8.1's search
loads /ja/search/search_index.json and resolves results under /ja/. Japanese is indexed as
bigrams and queries are rewritten in the browser, in
overrides/assets/javascripts/workers/search-i18n.js. Each index also carries the synonyms
(search_synonyms.yml) and the spelling variants to fold (search_spelling.yml) the worker
applies to the pages and to every query.
"""
from __future__ import annotations

import json
import posixpath
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

from scripts.pages import DEFAULT_LANGUAGE
SYNONYMS = Path(__file__).with_name("search_synonyms.yml")
SPELLING = Path(__file__).with_name("search_spelling.yml")
# Per-language lunr settings (Material's SearchConfig: lang, separator, pipeline).
LANGUAGE_SEARCH = {
    "en": {
        # Stemmed index: "declining offers" finds "Declining an offer". The search worker
        # stems queries the same way and turns suggested stems back into words.
        "lang": ["en"],
        "separator": r"[\s\-]+",
        "pipeline": ["stemmer", "stopWordFilter", "trimmer"],
    },
    "ja": {
        "lang": ["ja"],
        # Whitespace, hyphens and Japanese punctuation split the text into runs; the search
        # worker indexes each run's characters as bigrams. The browser splits queries the same way.
        "separator": r"[\s\-　、。，．・「」『』（）()【】［］\[\]！？!?：:；;／/〜~…]+",
        "pipeline": [],   # no stop words: the search worker joins characters into bigrams
    },
}


def on_page_context(context, page, config, nav):
    """Japanese pages: Material's `base` is the Japanese root (/ja/), so search loads the
    Japanese index and result links resolve under /ja/. Only `base_url` changes; every
    asset URL is computed by the `url` filter and is unaffected."""
    lang = getattr(page.file, "locale", DEFAULT_LANGUAGE)
    if lang != DEFAULT_LANGUAGE:
        # Trailing slash: Material resolves new URL("search/...", base) against it.
        context["base_url"] = posixpath.join(context["base_url"], lang) + "/"
    return context


def split_index(site_dir: Path) -> dict[str, Path]:
    """Split the merged index into one file per language; returns what was written."""
    merged_path = site_dir / "search" / "search_index.json"
    if not merged_path.exists():
        return {}
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    by_lang: dict[str, list] = {lang: [] for lang in LANGUAGE_SEARCH}
    for doc in merged["docs"]:
        lang, _, rest = doc["location"].partition("/")
        if lang in LANGUAGE_SEARCH and lang != DEFAULT_LANGUAGE:
            by_lang[lang].append({**doc, "location": rest})
        else:
            by_lang[DEFAULT_LANGUAGE].append(doc)
    if not any(by_lang[lang] for lang in LANGUAGE_SEARCH if lang != DEFAULT_LANGUAGE):
        return {}    # nothing to split (a nested single-language build, or already split)
    synonyms = yaml.safe_load(SYNONYMS.read_text(encoding="utf-8")) or {}
    # Both languages: English pages quote Japanese terms (内定, 二次面接), folded the same way.
    spelling = yaml.safe_load(SPELLING.read_text(encoding="utf-8")) or {}
    written = {}
    for lang, docs in by_lang.items():
        folder = site_dir if lang == DEFAULT_LANGUAGE else site_dir / lang
        path = folder / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        config = {**merged["config"], **LANGUAGE_SEARCH[lang], "synonyms": synonyms.get(lang, {}),
                  "spelling": spelling}
        # Material writes title boost 1000: a word in any heading then outweighs a whole
        # section about it. 5 ranked answering sections best on tests/search/queries.yaml.
        config["fields"] = {**config["fields"], "title": {**config["fields"]["title"], "boost": 5.0}}
        index = {"config": config, "docs": docs}
        if "options" in merged:
            index["options"] = merged["options"]
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        written[lang] = path
    return written


@event_priority(-110)   # after the i18n plugin (-100) has built every language and merged the index
def on_post_build(config):
    split_index(Path(config.site_dir))
