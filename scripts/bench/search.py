"""Search benchmark: the real Material search UI in Chromium; ours vs Material's default and Pagefind.

    python -m scripts.bench.search [--queries FILE ...] [--json out.json]

Builds the site twice (ours; and the same pages with Material's default search, i.e. without
scripts/hooks/search_per_language.py and the search-i18n worker), serves each like GitHub
Pages, types every query into the search box of the language's home page, reads the result
list and prints per language: recall@5, MRR, purity (results in the page's language), the
misses, index size, the time from opening search until it is ready (index downloaded from
the local server and built in the worker), the time to the first result in a fresh tab, and
from the last keystroke to results. Pagefind indexes the same built pages and answers the
same queries through its JavaScript API (scripts/bench/search_pagefind.py).
Query sets: tests/search/queries.yaml, which the search was tuned on, and the held-out
batches tests/search/queries-holdout*.yaml, written without seeing the search code or that
set, which show how well the tuning carries over.
A benchmark, not a test: tests/browser/test_search.py asserts floors on the same figures.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml

from scripts.bench import search_pagefind as pagefind
from scripts.pages_server import Server, free_port
from scripts.chromium import launch
from scripts.site_build import ROOT, build, project_copy

QUERIES = ROOT / "tests" / "search" / "queries.yaml"
# Held-out batches, oldest first: each written blind, never tuned on.
HOLDOUTS = sorted((ROOT / "tests" / "search").glob("queries-holdout*.yaml"), key=lambda path: path.stem)
TOP = 5
# Time to the first result is measured with a query every engine answers.
FIRST_QUERY = {"en": "thank you email", "ja": "お礼メール"}

# Material 9.8.1's search worker messages (src/.../integrations/search/worker/message: SearchMessageType):
# the page sends QUERY with the query text, the worker answers RESULT, which Material renders in the
# same event (its first ten results at once). Recording both, from a wrapper around the page's
# Worker, tells when the answer to the query typed last is on screen, with no waiting for
# stillness. A benchmark and test harness only: nothing of it is in the pages.
QUERY, RESULT = 2, 3
WORKER_ANSWERS = """(() => {
  const Native = window.Worker;
  window.__search = { asked: 0, answered: 0, last: null, askedAt: 0, answeredAt: 0 };
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (event.data && event.data.type === %d) {
          window.__search.answered++;
          window.__search.answeredAt = performance.now();
        }
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === %d) {
        window.__search.asked++;
        window.__search.last = message.data;
        window.__search.askedAt = performance.now();
      }
      return super.postMessage(message, ...rest);
    }
  };
})();""" % (RESULT, QUERY)
# Material sends a query only when the box's text changes: the answer to `query` is on screen once
# it was the last query sent and every query sent has been answered.
ANSWERED = "([query]) => window.__search.last === query && window.__search.answered >= window.__search.asked"
# Material lists one result per page: the page, then its matching sections; sections folded
# into "N more on this page" are not visible. One list of visible links per result.
VISIBLE_RESULTS = """() => [...document.querySelectorAll(".md-search-result__list > .md-search-result__item")]
  .map(item => [...item.querySelectorAll("a.md-search-result__link")]
    .filter(a => !a.closest("details:not([open])") || a.closest("summary")).map(a => a.href))"""


@dataclass
class Outcome:
    query: str
    expect: list[str]
    results: list[list[str]]     # per result (page): its visible links, page first
    ms: float

    def rank(self) -> int | None:
        """Position of the first result (page) that shows an expected page or section."""
        for position, links in enumerate(self.results, start=1):
            if any(matches(link, target) for link in links for target in self.expect):
                return position
        return None

    def page_rank(self) -> int | None:
        """Position of the first result on an expected page, whatever sections it shows."""
        pages = {target.partition("#")[0] for target in self.expect}
        for position, links in enumerate(self.results, start=1):
            if links and links[0].partition("#")[0] in pages:
                return position
        return None


@dataclass
class Report:
    lang: str
    outcomes: list[Outcome] = field(default_factory=list)
    index_bytes: int = 0
    index_gzip: int = 0
    ready_ms: float = 0.0        # opening search -> the index is built in the worker
    first_ms: float = 0.0        # fresh tab: opening search and typing -> the first result shown

    @property
    def recall(self) -> float:
        return sum(1 for o in self.outcomes if (o.rank() or TOP + 1) <= TOP) / len(self.outcomes)

    @property
    def mrr(self) -> float:
        return sum(1 / o.rank() for o in self.outcomes if o.rank()) / len(self.outcomes)

    @property
    def page_recall(self) -> float:
        return sum(1 for o in self.outcomes if (o.page_rank() or TOP + 1) <= TOP) / len(self.outcomes)

    @property
    def first_section_right(self) -> float:
        """Section choice: of the queries whose answer is a section of a page found in the top
        five, the share where the first section shown under that page is an answering one."""
        judged = hits = 0
        for o in self.outcomes:
            position = o.page_rank()
            if not position or position > TOP:
                continue
            links = o.results[position - 1]
            page = links[0].partition("#")[0]
            if page in o.expect:          # the page as a whole answers: no section to choose
                continue
            judged += 1
            hits += len(links) > 1 and any(matches(links[1], target) for target in o.expect)
        return hits / judged if judged else 0.0

    @property
    def purity(self) -> float:
        results = [link for o in self.outcomes for links in o.results for link in links]
        ours = [r for r in results if in_language(r, self.lang)]
        return len(ours) / len(results) if results else 1.0

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if (o.rank() or TOP + 1) > TOP]

    @property
    def median_ms(self) -> float:
        return statistics.median(o.ms for o in self.outcomes)


def matches(result: str, target: str) -> bool:
    page, _, fragment = target.partition("#")
    result_page, _, result_fragment = result.partition("#")
    return result_page == page and (not fragment or result_fragment == fragment)


def in_language(result: str, lang: str) -> bool:
    return result.startswith("ja/") == (lang == "ja")


def relative(href: str, base: str) -> str:
    """http://127.0.0.1:PORT/prefix/ja/page/?h=x#id -> ja/page/#id"""
    parts = urlsplit(href)
    path = parts.path[len(urlsplit(base).path):] if parts.path.startswith(urlsplit(base).path) else parts.path
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def load_queries(path: Path = QUERIES) -> dict[str, list[dict]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {lang: [{"q": str(item["q"]), "expect": [str(e) for e in item["expect"]]} for item in items]
            for lang, items in data.items()}


def index_path(site: Path, lang: str) -> Path:
    own = site / lang / "search" / "search_index.json"
    return own if lang != "en" and own.exists() else site / "search" / "search_index.json"


def open_search(page) -> None:
    """Open the search box and wait until search is ready: Material replaces "Initializing
    search" with its placeholder once the index (loaded when search is opened) is in the
    worker. A query typed earlier is answered then; waiting first keeps the timings about
    searching, not about downloading the index, and the result list from changing twice."""
    page.click("input.md-search__input")
    wait_until_search_is_ready(page)


def wait_until_search_is_ready(page) -> None:
    page.wait_for_function("""() => {
      const placeholder = JSON.parse(document.getElementById("__config").textContent)
        .translations["search.result.placeholder"];
      return document.querySelector(".md-search-result__meta").textContent.trim() === placeholder;
    }""", timeout=15000)


def type_query(page, query: str) -> None:
    page.fill("input.md-search__input", query)
    page.press("input.md-search__input", "End")   # fill() sends no key events; Material searches on keyup


def home_page(browser, base: str, lang: str):
    """A desktop-sized tab on the language's home page, its search worker's answers recorded."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.add_init_script(WORKER_ANSWERS)
    page.goto(base + ("" if lang == "en" else f"{lang}/"))
    return page


def search_for(page, query: str) -> None:
    """Type `query` into the open search box and wait until its results are on screen: the worker
    has answered it (WORKER_ANSWERS, installed by home_page or before the page loads)."""
    type_query(page, query)
    page.wait_for_function(ANSWERED, arg=[query], timeout=10000)


# Every query of a set in one call, each as the box receives a typed query (its text, then a key
# released: Material reads the box on keyup), its visible results read once the worker has answered
# it and Material has drawn them (a task after the answer: Material draws in the same message event).
RUN_QUERIES = """async (queries) => {
  const input = document.querySelector("input.md-search__input");
  const visible = """ + VISIBLE_RESULTS + """;
  const answered = (query) => new Promise(done => (function check() {
    if (window.__search.last === query && window.__search.answered >= window.__search.asked) done();
    else setTimeout(check, 0);
  })());
  const out = [];
  for (const query of queries) {
    input.value = query;
    input.dispatchEvent(new KeyboardEvent("keyup", { key: "End", bubbles: true }));
    await answered(query);
    await new Promise(done => setTimeout(done, 0));
    out.push({ results: visible(), ms: window.__search.answeredAt - window.__search.askedAt });
  }
  return out;
}"""


def run_queries(browser, base: str, lang: str, queries: list[dict]) -> list[Outcome]:
    page = home_page(browser, base, lang)
    open_search(page)
    answers = page.evaluate(RUN_QUERIES, [item["q"] for item in queries])
    page.close()
    return [Outcome(item["q"], item["expect"], [[relative(href, base) for href in links] for links in answer["results"]],
                    answer["ms"]) for item, answer in zip(queries, answers)]


def time_to_ready(browser, base: str, lang: str, runs: int = 3) -> float:
    """Median time from opening search on the language's home page until Material says it is
    ready: the index is downloaded (local server) and lunr has built it in the worker."""
    times = []
    for _ in range(runs):
        page = home_page(browser, base, lang)
        page.wait_for_load_state("networkidle")
        start = page.evaluate("performance.now()")
        open_search(page)
        times.append(page.evaluate("performance.now()") - start)
        page.close()
    return statistics.median(times)


def material_default_project(workdir: Path) -> Path:
    """The same pages and theme, with Material's default search (our search pieces removed)."""
    project = project_copy(workdir / "material-default")
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"^\s*- scripts/hooks/search_per_language\.py.*\n", "",
                             config.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    (project / "overrides" / "partials" / "search-worker.html").write_text("", encoding="utf-8")
    return project


def time_to_first_result(browser, base: str, lang: str, query: str, runs: int = 3) -> float:
    """Median time, in a fresh tab on the language's home page (loaded, network idle), from
    opening search and typing `query` to the first result on screen: what a reader waits
    for, the index download and build included when it happens then."""
    times = []
    for _ in range(runs):
        page = home_page(browser, base, lang)
        page.wait_for_load_state("networkidle")
        start = page.evaluate("performance.now()")
        page.click("input.md-search__input")
        type_query(page, query)
        page.wait_for_selector(".md-search-result__list a.md-search-result__link", timeout=15000)
        times.append(page.evaluate("performance.now()") - start)
        page.close()
    return statistics.median(times)


def build_site(project: Path, site: Path) -> int:
    port = free_port()
    result = build(project, site, site_url=f"http://127.0.0.1:{port}/")
    if result.returncode != 0:
        raise SystemExit(f"build failed for {project}:\n{result.stderr}")
    return port


def measure(site: Path, port: int, sets: dict[str, dict[str, list[dict]]], browser) -> dict[str, Report]:
    """Our search or Material's default, through Material's UI. Reports keyed "<set> <lang>"."""
    reports = {}
    with Server(site, port) as server:
        ready = {lang: time_to_ready(browser, server.base, lang) for lang in ("en", "ja")}
        first = {lang: time_to_first_result(browser, server.base, lang, FIRST_QUERY[lang])
                 for lang in ("en", "ja")}
        for name, queries in sets.items():
            for lang, items in queries.items():
                report = Report(lang, run_queries(browser, server.base, lang, items))
                data = index_path(site, lang).read_bytes()
                report.index_bytes, report.index_gzip = len(data), len(gzip.compress(data))
                report.ready_ms, report.first_ms = ready[lang], first[lang]
                reports[f"{name} {lang}"] = report
    return reports


def measure_pagefind(site: Path, workdir: Path, sets: dict[str, dict[str, list[dict]]], browser) -> dict[str, Report]:
    """Pagefind over a copy of the same built pages, through its JavaScript API."""
    copy = pagefind.pagefind_site(site, workdir / "pagefind-site")
    reports = {}
    with Server(copy, free_port()) as server:
        first = {lang: pagefind.time_to_first_result(browser, server.base, lang, FIRST_QUERY[lang])
                 for lang in ("en", "ja")}
        for name, queries in sets.items():
            for lang, items in queries.items():
                page = home_page(browser, server.base, lang)
                outcomes = []
                for item in items:
                    results, ms = pagefind.search(page, server.base, item["q"], TOP)
                    links = [[relative(urljoin(server.base, url), server.base) for url in result]
                             for result in results]
                    outcomes.append(Outcome(item["q"], item["expect"], links, ms))
                page.close()
                report = Report(lang, outcomes)
                report.index_gzip, report.index_bytes = pagefind.index_gzip(copy, lang)
                report.first_ms = first[lang]
                reports[f"{name} {lang}"] = report
    return reports


def table(variants: dict[str, dict[str, Report]]) -> str:
    rows = ["| queries | language | search | recall@5 | MRR | purity | page recall@5 | first section right | misses "
            "| index | index gzip | ready ms | first result ms | median ms |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for key in next(iter(variants.values())):
        name, lang = key.rsplit(" ", 1)
        for search, reports in variants.items():
            r = reports[key]
            ready = f"{r.ready_ms:.0f}" if r.ready_ms else "—"
            rows.append(f"| {name} | {lang} | {search} | {r.recall:.2f} | {r.mrr:.2f} | {r.purity:.2f} | "
                        f"{r.page_recall:.2f} | {r.first_section_right:.2f} | "
                        f"{len(r.misses)}/{len(r.outcomes)} | {r.index_bytes / 1024:.0f} KB | "
                        f"{r.index_gzip / 1024:.0f} KB | {ready} | {r.first_ms:.0f} | {r.median_ms:.0f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=Path, nargs="+", default=[QUERIES, *HOLDOUTS])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--ours-only", action="store_true", help="skip Material's default and Pagefind")
    args = parser.parse_args()
    sets = {path.stem: load_queries(path) for path in args.queries}

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = launch(playwright)
        variants = {}
        ours = Path(tmp) / "site"
        ours_port = build_site(ROOT, ours)
        if not args.ours_only:
            default = Path(tmp) / "default-site"
            variants["Material default"] = measure(
                default, build_site(material_default_project(Path(tmp)), default), sets, browser)
            variants["Pagefind"] = measure_pagefind(ours, Path(tmp), sets, browser)
        variants["Second Round"] = measure(ours, ours_port, sets, browser)
        browser.close()

    print(table(variants))
    for key, report in variants["Second Round"].items():
        print(f"\nMisses ({key}, Second Round):" if report.misses else f"\nMisses ({key}): none")
        for o in report.misses:
            got = [" ".join(links[:3]) for links in o.results[:TOP]]
            print(f"  {o.query!r}: expected {o.expect}, got {got}")
    if args.json:
        args.json.write_text(json.dumps({
            search: {key: {"recall_at_5": r.recall, "mrr": r.mrr, "purity": r.purity,
                           "page_recall_at_5": r.page_recall, "first_section_right": r.first_section_right,
                           "misses": [o.query for o in r.misses], "index_bytes": r.index_bytes,
                           "ranks": {o.query: o.rank() for o in r.outcomes},
                           "index_gzip_bytes": r.index_gzip, "ready_ms": r.ready_ms,
                           "first_result_ms": r.first_ms,
                           "median_ms": r.median_ms}
                     for key, r in reports.items()}
            for search, reports in variants.items()}, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
