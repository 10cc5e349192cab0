"""Pagefind as a second anchor for `make bench-search`: the same built pages, the same queries.

Pagefind (`pagefind-bin-extended`, pinned in scripts/bench/requirements.txt; the extended
build segments Japanese) indexes a copy of our built site: only the pages our own search
indexes, and of each only the content area (`data-pagefind-body` on Material's <article>),
so it sees what lunr sees. It is queried in Chromium through its JavaScript API from the
language's home page (Pagefind picks the index by <html lang>), and each result is read
the way Pagefind's default UI shows it: the page, then up to three of its sections (those
with the most matches, in page order). A benchmark dependency only: the site never ships it.
"""
from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')

# The visible links of Pagefind's default UI (pagefind-ui.js 1.5.2): a page's first
# sub-result is the page itself when it has text before its first heading; then at most
# three sections, the ones with the most matched words, kept in page order.
SEARCH = """async ([module, query, top]) => {
  const pagefind = window.__pagefind || (window.__pagefind = await import(module));
  const start = performance.now();
  const search = await pagefind.search(query);
  const results = [];
  for (const result of search.results.slice(0, top)) {
    const data = await result.data();
    let subs = data.sub_results || [];
    if (subs.length && subs[0].url === data.url) subs = subs.slice(1);
    if (subs.length > 3) {
      const most = [...subs].sort((a, b) => b.locations.length - a.locations.length).slice(0, 3);
      subs = subs.filter(sub => most.includes(sub));
    }
    results.push([data.url, ...subs.map(sub => sub.url)]);
  }
  return {results, ms: performance.now() - start};
}"""


def pagefind_site(site: Path, dest: Path) -> Path:
    """A copy of `site` with a Pagefind index of the pages our search indexes."""
    shutil.copytree(site, dest)
    for index in (dest / "search" / "search_index.json", dest / "ja" / "search" / "search_index.json"):
        prefix = index.parent.parent.relative_to(dest)
        for location in {doc["location"].split("#")[0]
                         for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]}:
            page = dest / prefix / location / "index.html"
            html = page.read_text(encoding="utf-8")
            page.write_text(ARTICLE.sub(lambda m: m.group(0)[:-1] + " data-pagefind-body>", html, count=1),
                            encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pagefind_bin_extended", "--site", str(dest), "--silent"],
                   check=True, timeout=300)
    return dest


def index_gzip(site: Path, lang: str) -> tuple[int, int]:
    """Bytes of one language's Pagefind index (metadata, word index, page fragments), as
    stored (Pagefind writes them gzip-compressed), and decompressed."""
    import gzip
    folder = site / "pagefind"
    files = [*folder.glob(f"pagefind.{lang}_*.pf_meta"), *(folder / "index").glob(f"{lang}_*"),
             *(folder / "fragment").glob(f"{lang}_*")]
    stored = sum(f.stat().st_size for f in files)
    raw = sum(len(gzip.decompress(f.read_bytes())) for f in files)
    return stored, raw


def module_url(base: str) -> str:
    return base + "pagefind/pagefind.js"


def search(page, base: str, query: str, top: int) -> tuple[list[list[str]], float]:
    answer = page.evaluate(SEARCH, [module_url(base), query, top])
    return answer["results"], answer["ms"]


def time_to_first_result(browser, base: str, lang: str, query: str, runs: int = 3) -> float:
    """Median time, in a fresh tab on the language's home page, from asking Pagefind for the
    first time (its script, WebAssembly and index chunks not yet loaded) to the first
    result's data."""
    from scripts.bench.search import home_page
    times = []
    for _ in range(runs):
        page = home_page(browser, base, lang)
        page.wait_for_load_state("networkidle")
        start = page.evaluate("performance.now()")
        search(page, base, query, 1)
        times.append(page.evaluate("performance.now()") - start)
        page.close()
    return statistics.median(times)
