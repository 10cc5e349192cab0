"""Performance benchmark: what a page costs a candidate on a phone, and what a build costs us.

    python -m scripts.bench.site [--runs 3] [--json bench.json] [--no-lighthouse]

Builds the site, serves it like GitHub Pages, and prints:
  - first-load transfer of every page of both languages (every resource, gzip-compressed as a
    server would send it), requests to other hosts, failed requests;
  - the search index size per language;
  - Lighthouse 12 mobile scores (median of --runs) of the home page, two guide pages and the
    email templates (the heaviest page: it carries the composer) per language, Debian's
    Chromium, local server;
  - the strict build time of both languages against an English-only build (median of 3).
Budgets (README): first load <= 100 KB gzip, Lighthouse performance >= 98 and 100 for the
rest, 0 third-party requests, both-language build <= 2.2x the English-only build.
Figures are printed and written as JSON; the command then exits 1 and names every figure over
its budget (Lighthouse scores vary by a few points on a loaded machine: re-run before acting).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from scripts.built_site import page_url
from scripts.pages import read_pages
from scripts.pages_server import Server, free_port
from scripts.chromium import CHROMIUM, CHROMIUM_ARGS, launch
from scripts.site_build import ROOT, build, project_copy

# Lighthouse runs on these (slow); the first load is measured on every page. The timeline pages
# carry the date planner, the templates pages the composer.
PAGES = ["", "thank-you-email/", "following-up/", "timeline/", "email-templates/",
         "ja/", "ja/thank-you-email/", "ja/following-up/", "ja/timeline/", "ja/email-templates/"]
BUDGET = {"transfer_kb": 100, "performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100,
          "third_party": 0, "build_ratio": 2.2}
LIGHTHOUSE = ROOT / "scripts" / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def first_load(browser, url: str) -> dict:
    """Every response of a first visit (empty cache), sized as gzip would send it."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    responses, failed = [], []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("response", lambda r: responses.append(r))
    page.goto(url, wait_until="networkidle")
    rows = []
    for response in responses:
        try:
            body = response.body()
        except Exception:           # redirects have no body
            body = b""
        rows.append({"url": response.url, "status": response.status, "bytes": len(body),
                     "gzip": len(gzip.compress(body, 6)) if body else 0})
    context.close()
    host = url.split("/")[2]
    return {
        "requests": len(rows),
        "bytes": sum(r["bytes"] for r in rows),
        "gzip": sum(r["gzip"] for r in rows),
        "third_party": sum(1 for r in rows if r["url"].split("/")[2] != host),
        "failed": [r["url"] for r in rows if r["status"] >= 400] + failed,
        "resources": sorted(rows, key=lambda r: -r["gzip"]),
    }


def lighthouse(url: str, runs: int) -> dict:
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is not installed: run `make bench` (npm ci in scripts/bench/lighthouse)")
    scores = {c: [] for c in CATEGORIES}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as profile:
            result = subprocess.run(
                [str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
                 f"--only-categories={','.join(CATEGORIES)}",
                 f"--chrome-flags=--headless=new {' '.join(CHROMIUM_ARGS)} --user-data-dir={profile}"],
                env=dict(os.environ, CHROME_PATH=CHROMIUM), capture_output=True, text=True, timeout=300)
        report = json.loads(result.stdout)
        for category in CATEGORIES:
            scores[category].append(round(100 * (report["categories"][category]["score"] or 0)))
    return {c: statistics.median(v) for c, v in scores.items()} | {"runs": {c: v for c, v in scores.items()}}


def every_page() -> list[str]:
    """The address of every page of both languages, relative to the site root."""
    return sorted(page_url(page.key, page.lang) for page in read_pages(ROOT / "docs"))


def timed_build(project: Path, site: Path, site_url: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = build(project, site, site_url=site_url)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"build failed:\n{result.stderr}")
    return statistics.median(times)


def english_only_project(workdir: Path) -> Path:
    """The same site with the Japanese build switched off (static-i18n `build: false`)."""
    project = project_copy(workdir / "english-only")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"(- locale: ja\n\s+name: .*\n\s+)build: true", r"\1build: false", text)
    config.write_text(text, encoding="utf-8")
    return project


def kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median reported)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench.json")
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    results: dict = {"budget": BUDGET, "pages": {}}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        port = free_port()
        site_url = f"http://127.0.0.1:{port}/"
        both = timed_build(ROOT, tmp / "site", site_url)
        english = timed_build(english_only_project(tmp), tmp / "english-site", site_url)
        results["build"] = {"both_s": round(both, 2), "english_only_s": round(english, 2),
                            "ratio": round(both / english, 2)}
        site = tmp / "site"
        results["search_index"] = {
            lang: {"bytes": path.stat().st_size, "gzip": len(gzip.compress(path.read_bytes(), 6))}
            for lang, path in {"en": site / "search" / "search_index.json",
                               "ja": site / "ja" / "search" / "search_index.json"}.items()}
        with Server(site, port) as server, sync_playwright() as playwright:
            browser = launch(playwright)
            # The budget holds for every page, not only the ones Lighthouse samples.
            for path in every_page():
                results["pages"][path or "/"] = {"load": first_load(browser, server.base + path)}
            every = {path: page["load"]["gzip"] for path, page in results["pages"].items()}
            heaviest = max(every, key=every.get)
            results["heaviest"] = {"page": heaviest, "gzip": every[heaviest], "pages": len(every)}
            browser.close()
            if not args.no_lighthouse:
                for path in PAGES:
                    results["pages"][path or "/"]["lighthouse"] = lighthouse(server.base + path, args.runs)

    print(table(results))
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nfigures written to {args.json}")
    problems = over_budget(results)
    if problems:
        raise SystemExit("over budget:\n  " + "\n  ".join(problems))


def over_budget(results: dict) -> list[str]:
    """Every figure that breaks a budget in BUDGET, as a line naming the page."""
    problems = []
    for path, figures in results["pages"].items():
        load, scores = figures["load"], figures.get("lighthouse", {})
        page = "/" + path.lstrip("/")
        if load["gzip"] > BUDGET["transfer_kb"] * 1024:
            problems.append(f"{page}: first load {kb(load['gzip'])} > {BUDGET['transfer_kb']} KB gzip")
        if load["third_party"] > BUDGET["third_party"]:
            problems.append(f"{page}: {load['third_party']} requests to other hosts")
        problems += [f"{page}: Lighthouse {c} {scores[c]} < {BUDGET[c]}" for c in CATEGORIES
                     if c in scores and scores[c] < BUDGET[c]]
    if results["build"]["ratio"] > BUDGET["build_ratio"]:
        problems.append(f"build: both languages take {results['build']['ratio']}x the English-only build")
    return problems


def table(results: dict) -> str:
    lines = ["| page | requests | transfer (gzip) | uncompressed | other hosts | failed | perf | a11y | best pr. | SEO |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for path, figures in results["pages"].items():
        load, lh = figures["load"], figures.get("lighthouse", {})
        over = " (over budget)" if load["gzip"] > BUDGET["transfer_kb"] * 1024 else ""
        lines.append(f"| /{path.lstrip('/')} | {load['requests']} | {kb(load['gzip'])}{over} | {kb(load['bytes'])} | "
                     f"{load['third_party']} | {len(load['failed'])} | "
                     + " | ".join(str(lh.get(c, "-")) for c in CATEGORIES) + " |")
    heaviest = results["heaviest"]
    lines.append(f"\nHeaviest first load of all {heaviest['pages']} pages: {kb(heaviest['gzip'])} "
                 f"(/{heaviest['page'].lstrip('/')}; budget <= {BUDGET['transfer_kb']} KB)")
    build_figures = results["build"]
    lines.append("")
    lines.append(f"Build (strict, median of 3): both languages {build_figures['both_s']} s, English only "
                 f"{build_figures['english_only_s']} s, ratio {build_figures['ratio']} (budget <= {BUDGET['build_ratio']})")
    for lang, size in results["search_index"].items():
        lines.append(f"Search index {lang}: {kb(size['bytes'])} ({kb(size['gzip'])} gzip)")
    biggest = results["pages"].get("ja/thank-you-email/", {}).get("load", {}).get("resources", [])[:8]
    if biggest:
        lines.append("\nLargest resources on /ja/thank-you-email/ (gzip):")
        lines += [f"  {kb(r['gzip']):>9}  {r['url'].split('/', 3)[-1]}" for r in biggest]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
