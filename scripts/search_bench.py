"""Search benchmark: the real Material search UI in Chromium, our search vs Material's default.

    python -m scripts.search_bench [--queries tests/search/queries.yaml] [--json out.json]

Builds the site twice (ours; and the same pages with Material's default search, i.e. without
scripts/hooks/search_per_language.py and the search-i18n worker), serves each like GitHub
Pages, types every query into the search box of the language's home page, reads the result
list and prints per language: recall@5, MRR, purity (results in the page's language), the
misses, index size, and the time from the last keystroke to results.
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
from urllib.parse import urlsplit

import yaml

from scripts.pages_server import Server, free_port
from scripts.chromium import launch
from scripts.site_build import ROOT, build, project_copy

QUERIES = ROOT / "tests" / "search" / "queries.yaml"
TOP = 5

# Record when the last key is released and when the result list next changes.
WATCH = """() => {
  const input = document.querySelector("input.md-search__input");
  const list = document.querySelector(".md-search-result");
  window.__search = {key: 0, shown: 0, last: 0};
  if (!window.__searchObserver) {
    input.addEventListener("keyup", () => { window.__search.key = performance.now(); window.__search.shown = 0; });
    window.__searchObserver = new MutationObserver(() => {
      if (!window.__search.key) return;
      window.__search.last = performance.now();
      if (!window.__search.shown) window.__search.shown = window.__search.last;
    });
    window.__searchObserver.observe(list, {childList: true, subtree: true, characterData: true});
  }
}"""
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


@dataclass
class Report:
    lang: str
    outcomes: list[Outcome] = field(default_factory=list)
    index_bytes: int = 0
    index_gzip: int = 0

    @property
    def recall(self) -> float:
        return sum(1 for o in self.outcomes if (o.rank() or TOP + 1) <= TOP) / len(self.outcomes)

    @property
    def mrr(self) -> float:
        return sum(1 / o.rank() for o in self.outcomes if o.rank()) / len(self.outcomes)

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


def run_queries(browser, base: str, lang: str, queries: list[dict]) -> list[Outcome]:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(base + ("" if lang == "en" else f"{lang}/"))
    open_search(page)
    page.evaluate(WATCH)
    outcomes = []
    for item in queries:
        page.evaluate("window.__search = {key: 0, shown: 0, last: 0}")
        page.fill("input.md-search__input", item["q"])
        page.press("input.md-search__input", "End")   # fill() sends no key events; Material searches on keyup
        # Results are in once the list has changed and then stayed still for 150 ms.
        page.wait_for_function("window.__search.shown > 0 && performance.now() - window.__search.last > 150",
                               timeout=10000)
        timing = page.evaluate("window.__search")
        results = [[relative(href, base) for href in links] for links in page.evaluate(VISIBLE_RESULTS)]
        outcomes.append(Outcome(item["q"], item["expect"], results, timing["shown"] - timing["key"]))
    page.close()
    return outcomes


def material_default_project(workdir: Path) -> Path:
    """The same pages and theme, with Material's default search (our search pieces removed)."""
    project = project_copy(workdir / "material-default")
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"^\s*- scripts/hooks/search_per_language\.py.*\n", "",
                             config.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    (project / "overrides" / "partials" / "search-worker.html").write_text("", encoding="utf-8")
    return project


def measure(project: Path, site: Path, queries: dict[str, list[dict]], browser) -> dict[str, Report]:
    port = free_port()
    result = build(project, site, site_url=f"http://127.0.0.1:{port}/")
    if result.returncode != 0:
        raise SystemExit(f"build failed for {project}:\n{result.stderr}")
    reports = {}
    with Server(site, port) as server:
        for lang, items in queries.items():
            report = Report(lang, run_queries(browser, server.base, lang, items))
            data = index_path(site, lang).read_bytes()
            report.index_bytes, report.index_gzip = len(data), len(gzip.compress(data))
            reports[lang] = report
    return reports


def table(variants: dict[str, dict[str, Report]]) -> str:
    rows = ["| language | search | recall@5 | MRR | purity | misses | index | index gzip | median ms |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for lang in next(iter(variants.values())):
        for name, reports in variants.items():
            r = reports[lang]
            rows.append(f"| {lang} | {name} | {r.recall:.2f} | {r.mrr:.2f} | {r.purity:.2f} | "
                        f"{len(r.misses)}/{len(r.outcomes)} | {r.index_bytes / 1024:.0f} KB | "
                        f"{r.index_gzip / 1024:.0f} KB | {r.median_ms:.0f} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--ours-only", action="store_true", help="skip the Material-default comparison")
    args = parser.parse_args()
    queries = load_queries(args.queries)

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = launch(playwright)
        variants = {}
        if not args.ours_only:
            variants["Material default"] = measure(material_default_project(Path(tmp)), Path(tmp) / "default-site",
                                                   queries, browser)
        variants["Second Round"] = measure(ROOT, Path(tmp) / "site", queries, browser)
        browser.close()

    print(table(variants))
    ours = variants["Second Round"]
    for lang, report in ours.items():
        print(f"\nMisses ({lang}, Second Round):" if report.misses else f"\nMisses ({lang}): none")
        for o in report.misses:
            got = [" ".join(links[:3]) for links in o.results[:TOP]]
            print(f"  {o.query!r}: expected {o.expect}, got {got}")
    if args.json:
        args.json.write_text(json.dumps({
            name: {lang: {"recall_at_5": r.recall, "mrr": r.mrr, "purity": r.purity,
                          "misses": [o.query for o in r.misses], "index_bytes": r.index_bytes,
                          "ranks": {o.query: o.rank() for o in r.outcomes},
                          "index_gzip_bytes": r.index_gzip, "median_ms": r.median_ms}
                   for lang, r in reports.items()}
            for name, reports in variants.items()}, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
