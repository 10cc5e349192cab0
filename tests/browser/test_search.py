"""Search finds what candidates type, in the page's language, through Material's own UI.

Exercises scripts/hooks/search_per_language.py (one index per language) and
overrides/assets/javascripts/workers/search-i18n.js (written for Material 9.8.1's worker) with
search-words.js (how queries are read): if a Material upgrade changes the worker, its
tokenizer, its messages or its result rendering, these fail.
Full figures, side by side with Material's default search: `make bench-search`.
"""
from __future__ import annotations

import json
import re

import pytest

from scripts.bench.search import (HOLDOUTS, QUERIES, Report, load_queries, open_search, run_queries, type_query,
                                  wait_until_search_is_ready)
from tests.site import ROOT

# Material's own worker script, by the name search-i18n.js imports it under (pinned version).
MATERIAL_WORKER = re.search(r'importScripts\("(search\.[0-9a-f]+\.min\.js)"\)',
                            (ROOT / "overrides/assets/javascripts/workers/search-i18n.js").read_text("utf-8"))[1]

# The tuned set and every held-out batch (never tuned on), as `make bench-search` runs them.
SETS = {path.stem: load_queries(path) for path in (QUERIES, *HOLDOUTS)}
# Floors (recall@5, MRR) a little under what the benchmark measured on 2026-11-30, so a
# regression fails CI; a new held-out batch needs its own line.
FLOORS = {
    # en MRR measured 0.85 before the editorial pass (issue 16) added glossary terms (résumé,
    # 内定通知書) and timeline sections that now rank first for six English queries: 0.81.
    # 2026-12-07: issues 21 and 26 added three pages, five templates and a legal table, and longer
    # sections (salary-and-offers#checking-the-offer) now outscore the answering one on their page,
    # which Material then folds away; the answers the new pages give were added to the query files.
    # Measured before / after: tuned en 0.99 / 0.81 -> 0.99 / 0.79; held-out en 0.93 / 0.75 ->
    # 0.85 / 0.76, ja 0.98 / 0.82 -> 0.90 / 0.78; the rest held. Winning them back: issue 23.
    "queries": {"en": (0.95, 0.76), "ja": (0.95, 0.84)},            # measured 0.99 / 0.79, 1.00 / 0.86
    "queries-holdout": {"en": (0.82, 0.72), "ja": (0.87, 0.75)},    # measured 0.85 / 0.76, 0.90 / 0.78
    "queries-holdout-2": {"en": (0.86, 0.75), "ja": (0.86, 0.76)},  # measured 0.90 / 0.77, 0.97 / 0.78
}
SET_LANGUAGES = [(name, lang) for name, queries in SETS.items() for lang in queries]


@pytest.fixture(scope="module")
def reports(served, browser):
    """The report of one query set in one language, searched the first time a test asks for it."""
    made = {}

    def report(name, lang):
        if (name, lang) not in made:
            made[name, lang] = Report(lang, run_queries(browser, served.base, lang, SETS[name][lang]))
        return made[name, lang]
    return report


@pytest.mark.parametrize("name, lang", SET_LANGUAGES)
def test_search_results_stay_in_the_page_language(reports, name, lang):
    assert reports(name, lang).purity == 1.0


@pytest.mark.parametrize("name, lang", SET_LANGUAGES)
def test_search_finds_the_answering_section_for_what_candidates_type(reports, name, lang):
    report = reports(name, lang)
    recall, mrr = FLOORS[name][lang]
    misses = [o.query for o in report.misses]
    assert report.recall >= recall, misses
    assert report.mrr >= mrr


DEFAULT_FAILURES = [
    # query, the page it must bring up (None: any Japanese page)
    ("お礼メールはいつ送る", "ja/thank-you-email/"),
    ("内定を保留", "ja/salary-and-offers/"),
    ("転職エージェント", None),
    ("二次面接", None),
    ("試用期間", "ja/mindset/"),
    ("２４時間", "ja/thank-you-email/"),
    ("ＬｉｎｋｅｄＩｎ", "ja/reflecting/"),
]


def test_japanese_queries_that_failed_with_the_defaults_find_japanese_pages(served, browser):
    """What failed with Material 9.8.1 + static-i18n 1.3.1 out of the box: no results for
    the first three, English pages mixed into the rest."""
    outcomes = run_queries(browser, served.base, "ja",
                           [{"q": query, "expect": [expected or "ja/"]} for query, expected in DEFAULT_FAILURES])
    for (query, expected), outcome in zip(DEFAULT_FAILURES, outcomes):
        pages = [links[0].split("#")[0] for links in outcome.results]
        assert pages, f"no results for {query}"
        assert all(page.startswith("ja/") for page in pages), (query, pages)
        assert expected is None or expected in pages[:5], (query, pages)


OTHER_LANGUAGE = [
    # the site's language, a term from the other language, a page that uses or explains it
    ("en", "内定", "salary-and-offers/"),
    ("en", "二次面接", "email-templates/"),
    ("en", "御中", "email-templates/"),
    ("en", "様", "email-templates/"),
    ("en", "お礼メール", "glossary/"),
    ("en", "試用期間", "mindset/"),
    ("ja", "LinkedIn", "ja/reflecting/"),
    ("ja", "offer", "ja/salary-and-offers/"),
    ("ja", "probation", "ja/mindset/"),
    ("ja", "CV", "ja/what-to-expect/"),
]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_term_in_the_other_language_finds_pages_in_the_readers_language(served, browser, lang):
    """An English reader pastes 内定 from an email; a Japanese reader types "probation"."""
    cases = [(term, page) for site, term, page in OTHER_LANGUAGE if site == lang]
    outcomes = run_queries(browser, served.base, lang, [{"q": term, "expect": [page]} for term, page in cases])
    for (term, page), outcome in zip(cases, outcomes):
        pages = [links[0].split("#")[0] for links in outcome.results]
        assert all(p.startswith("ja/") == (lang == "ja") for p in pages), (term, pages)
        assert page in pages[:5], (term, pages)


SPELLINGS = [
    # another valid way of writing, the way the pages write it
    ("三ヶ月", "3か月"), ("二十四時間", "24時間"), ("２次面接", "二次面接"), ("振返り", "振り返り"),
    ("問合せ", "問い合わせ"), ("申込", "申し込み"), ("ﾒｰﾙの署名", "メールの署名"), ("マネージャ", "マネージャー"),
]


def test_another_way_of_writing_a_word_finds_the_same_sections(served, browser):
    """The pages and the query are folded to one spelling (workers/search-spelling.js)."""
    outcomes = run_queries(browser, served.base, "ja", [{"q": q, "expect": []} for pair in SPELLINGS for q in pair])
    for (variant, usual), typed, written in zip(SPELLINGS, outcomes[::2], outcomes[1::2]):
        assert typed.results == written.results, (variant, usual)
    assert all(o.results for o in outcomes[:10])   # the first five pairs are on the pages


def test_english_search_keeps_stemming_and_forgives_a_typo(served, browser):
    outcomes = run_queries(browser, served.base, "en", [
        {"q": "declining offers", "expect": ["salary-and-offers/#declining-an-offer",
                                             "on-the-day/#declining-an-offer-by-phone"]},
        {"q": "salery", "expect": ["salary-and-offers/"]},
    ])
    assert [o.rank() for o in outcomes] == [1, 1], [o.results[:3] for o in outcomes]


def test_a_search_result_opens_the_section_with_the_words_highlighted(served, visit):
    v = visit()
    v.page.goto(served.base + "ja/")
    open_search(v.page)
    type_query(v.page, "内定を保留")
    first = v.page.locator(".md-search-result__list a.md-search-result__link").first
    first.wait_for()
    assert re.search(r"\?h=[^&#]+", first.get_attribute("href")), "the words to mark go with the link"
    with v.page.expect_navigation():
        first.click()
    assert v.page.url.startswith(served.base + "ja/")
    # Material marks the words once the index has arrived, a moment after the page loads.
    v.page.locator("article mark").first.wait_for(timeout=10_000)
    assert v.errors == []


def test_search_suggests_the_rest_of_a_word_as_written(served, visit):
    """The English index is stemmed; the suggestion must still be a word, not "templat"."""
    v = visit()
    v.page.goto(served.base)
    open_search(v.page)
    type_query(v.page, "email templ")
    v.page.wait_for_function("document.querySelector('.md-search__suggest').textContent.length > 11")
    assert v.page.inner_text(".md-search__suggest").lower() == "email templates"


@pytest.mark.parametrize("typed, suggested", [("内定を保", "内定を保留"), ("お礼メ", "お礼メール")])
def test_japanese_search_suggests_the_rest_of_a_word_the_pages_use(served, visit, typed, suggested):
    """The Japanese index holds bigrams ("礼メ"); the worker completes from the pages' words."""
    v = visit()
    v.page.goto(served.base + "ja/")
    open_search(v.page)
    type_query(v.page, typed)
    v.page.wait_for_function(f"document.querySelector('.md-search__suggest').textContent.length > {len(typed)}")
    assert v.page.inner_text(".md-search__suggest") == suggested


def test_japanese_results_highlight_the_words_without_broken_markup(served, visit):
    """A character inside a word belongs to two matched bigrams (お礼メール: お礼 and 礼メ);
    Material must still mark it once, not write <mark> into its own <mark>."""
    v = visit()
    v.page.goto(served.base + "ja/")
    open_search(v.page)
    type_query(v.page, "お礼メール")
    title = v.page.locator(".md-search-result__article h1").first
    title.wait_for()
    assert title.inner_text().startswith("お礼メール")
    assert "".join(title.locator("mark").all_inner_texts()).startswith("お礼メール")
    assert "&lt;" not in title.inner_html()


def test_search_works_under_a_sub_path(served_subpath, browser):
    [outcome] = run_queries(browser, served_subpath.base, "ja", [
        {"q": "お礼メールはいつ送る", "expect": ["ja/thank-you-email/"]}])
    assert outcome.rank() == 1, outcome.results[:3]


def test_each_language_has_its_own_utf8_index(site):
    english = json.loads((site.path / "search" / "search_index.json").read_text("utf-8"))
    japanese_text = (site.path / "ja" / "search" / "search_index.json").read_text("utf-8")
    japanese = json.loads(japanese_text)
    assert english["config"]["lang"] == ["en"] and "stemmer" in english["config"]["pipeline"]
    assert japanese["config"]["lang"] == ["ja"]
    assert not any(doc["location"].startswith("ja/") for doc in english["docs"])
    assert japanese["docs"] and not any(doc["location"].startswith("ja/") for doc in japanese["docs"])
    assert not re.search(r"\\u[0-9a-fA-F]{4}", japanese_text) and "面接" in japanese_text  # UTF-8


def test_the_search_index_and_query_code_load_when_search_is_opened_not_with_the_page(served, visit):
    """A newsletter reader who never searches does not download the index (35-40 KB gzip;
    overrides/assets/javascripts/search-on-demand.js, written for Material 9.8.1) nor the
    worker's search code (Material's worker and ours, about 14 KB gzip, imported by
    workers/search-start.js when the index arrives)."""
    query_code = ("search-i18n.js", MATERIAL_WORKER, "search-spelling.js", "search-words.js")
    v = visit({"width": 390, "height": 844})
    # Material has set up search once it starts its worker; it has asked for the index then (held back).
    with v.page.expect_request(lambda request: request.url.endswith("/workers/search-start.js")):
        v.page.goto(served.base + "ja/following-up/")
    assert not [u for u in v.requests if u.endswith(("search_index.json", *query_code))]
    v.page.click('label.md-header__button[for="__search"]')      # the search button on a phone
    wait_until_search_is_ready(v.page)
    type_query(v.page, "お礼メール")
    v.page.wait_for_selector(".md-search-result__list a.md-search-result__link")
    assert [u for u in v.requests if u.endswith("search_index.json")] == [served.base + "ja/search/search_index.json"]
    assert [u for u in v.requests if u.endswith(query_code)] == [
        served.base + "assets/javascripts/workers/" + name for name in query_code]


def test_a_query_typed_while_the_index_is_still_loading_is_answered(served, visit):
    v = visit()
    v.page.route("**/search_index.json", lambda route: (v.page.wait_for_timeout(1000), route.continue_()))
    v.page.goto(served.base + "ja/")
    v.page.click("input.md-search__input")
    type_query(v.page, "お礼メール")
    v.page.wait_for_selector(".md-search-result__list a.md-search-result__link", timeout=10000)


# What the search box says when the index cannot load (overrides/partials/search-on-demand-script.html).
UNAVAILABLE = {"en": "Search could not load", "ja": "検索を読み込めませんでした"}
FAILURES = {
    "offline": lambda route: route.abort("internetdisconnected"),
    "server error": lambda route: route.fulfill(status=503, body="Service Unavailable"),
}


def search_status(page) -> str:
    return page.inner_text(".md-search-result__meta")


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_search_says_when_it_cannot_load(served, visit, lang, failure):
    """The phone went offline after the page loaded, or the server errs: instead of
    "Initializing search" for ever, the box says within seconds, in the page's language,
    that search is unavailable."""
    v = visit()
    v.page.goto(served.base + ("" if lang == "en" else "ja/"))
    v.page.route("**/search_index.json", FAILURES[failure])
    v.page.click("input.md-search__input")
    v.page.wait_for_function("([text]) => document.querySelector('.md-search-result__meta').textContent.includes(text)",
                             arg=[UNAVAILABLE[lang]], timeout=5000)
    assert search_status(v.page).startswith(UNAVAILABLE[lang])


def test_opening_search_again_retries_a_failed_index(served, visit):
    v = visit()
    index = served.base + "ja/search/search_index.json"
    v.page.goto(served.base + "ja/")
    v.page.route("**/search_index.json", FAILURES["offline"])
    v.page.click("input.md-search__input")
    v.page.wait_for_function("([text]) => document.querySelector('.md-search-result__meta').textContent.includes(text)",
                             arg=[UNAVAILABLE["ja"]], timeout=5000)
    assert ("failed", index) in v.failures
    v.page.unroute("**/search_index.json")          # back online
    before = len(v.requests)
    v.page.keyboard.press("Escape")                  # close search ...
    v.page.click("input.md-search__input")           # ... and open it again
    wait_until_search_is_ready(v.page)
    type_query(v.page, "お礼メール")
    v.page.wait_for_selector(".md-search-result__list a.md-search-result__link", timeout=10000)
    # The index was asked for again after search reopened, and that answer is what search uses.
    # (Not an exact count of requests: under load, CI runs saw Chromium log one extra request for
    # the failed attempt; the promise is the retry, which the results above prove.)
    assert index in v.requests[before:]
