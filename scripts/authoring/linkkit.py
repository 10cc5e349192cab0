"""Link kit: every page and section link of one language, with newsletter campaign parameters.

    make linkkit SITE_URL=https://<owner>.github.io/<repo>/ \
        ARGS="--campaign 2026-12 --lang ja --format md|html|csv [--page P] [--section S] [--preview]"

One job: turn the pages (read by scripts/pages.py, in the order of mkdocs.yml's nav) into
links ready to paste into a newsletter. No build: the addresses follow MkDocs' directory
URLs, and the site address is mkdocs.yml's `site_url` (SITE_URL, else the local default),
read the way the build reads it. A local or http:// address is refused (exit 2, saying how
to set SITE_URL), so preview links never reach a newsletter; `--preview` lets it through
to try the kit locally. Campaign parameters go before the #section:

    https://example.github.io/second-round/ja/following-up/?utm_source=newsletter&utm_medium=email&utm_campaign=2026-12#tone

Each row: the page title, the page's description (front matter), for a section its heading,
and the URL. Bad input prints one line on stderr and exits 2; a page renamed with `make rename`
is named with its new name.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

from scripts import guide_rules, mkdocs_yml
from scripts.built_site import page_url
from scripts.pages import LANGUAGES, Page, read_pages
from scripts.site_address import not_public

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ("md", "html", "csv")
CAMPAIGN = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")
UTM = "utm_source=newsletter&utm_medium=email&utm_campaign={campaign}"


class LinkKitError(ValueError):
    """Bad input: the message is printed as is, the exit code is 2."""


@dataclass
class Link:
    page: str           # page key, e.g. "following-up" ("index" for the home page)
    section: str        # heading id, "" for the page itself
    lang: str
    title: str          # the page title
    description: str    # the page description (front matter)
    heading: str        # the section's heading text, "" for the page itself
    path: str           # site-relative address with #fragment: "ja/following-up/#tone"

    def url(self, site_url: str, campaign: str) -> str:
        address, _, fragment = self.path.partition("#")
        url = f"{site_url}{address.removeprefix('./')}?{UTM.format(campaign=campaign)}"
        return f"{url}#{fragment}" if fragment else url


def site_url(config: dict) -> str:
    url = config.get("site_url") or ""
    return url if url.endswith("/") else url + "/"     # as scripts/hooks/publish_guard.py does


def nav_order(config: dict) -> list[str]:
    """Page keys in navigation order ("what-to-expect"), from mkdocs.yml's nav."""
    keys: list[str] = []

    def walk(items):
        for item in items or []:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                walk(value)
            elif isinstance(value, str) and value.endswith(".md"):
                keys.append(value[: -len(".md")])

    walk(config.get("nav"))
    return keys


def plain(text: str, lang: str) -> str:
    """Heading text as the page shows it: the guide's numbers written in ({{ rules.<name> }}),
    no inline Markdown (`code`, **bold**, [link](target))."""
    text = guide_rules.render(text, lang)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[`*]", "", text).strip()


def page_links(page: Page) -> list[Link]:
    title, description = str(page.meta.get("title", page.key)), str(page.meta.get("description", ""))
    address = page_url(page.key, page.lang) or "./"
    links = [Link(page.key, "", page.lang, title, description, "", address)]
    links += [Link(page.key, h.id, page.lang, title, description, plain(h.text, page.lang),
                   f"{address}#{h.id}") for h in page.headings if h.id]
    return links


def renamed_to(page: str, redirects: dict[str, str]) -> str | None:
    """The page an old page name now redirects to (following renames of renames)."""
    seen = set()
    while f"{page}.md" in redirects and page not in seen:
        seen.add(page)
        page = redirects[f"{page}.md"].partition("#")[0].removesuffix(".md")
    return page if seen else None


def collect(docs_dir: Path, lang: str, order: list[str], page: str | None = None,
            section: str | None = None, redirects: dict[str, str] | None = None) -> list[Link]:
    pages = {p.key: p for p in read_pages(docs_dir) if p.lang == lang}
    keys = [k for k in order if k in pages] + sorted(k for k in pages if k not in order)
    if page is not None:
        new = renamed_to(page, redirects or {})
        if page not in pages and new in pages:
            raise LinkKitError(f"page '{page}' was renamed to '{new}' (redirect_maps in mkdocs.yml); "
                               f"use --page {new}")
        if page not in pages:
            raise LinkKitError(f"unknown page '{page}'; pages: {', '.join(keys)}")
        keys = [page]
    elif section is not None:
        raise LinkKitError("--section needs --page, e.g. --page following-up --section tone")
    links = [link for key in keys for link in page_links(pages[key])]
    if section is not None:
        ids = [link.section for link in links if link.section]
        links = [link for link in links if link.section == section]
        if not links:
            raise LinkKitError(f"unknown section '{section}' on page '{page}'; sections: {', '.join(ids)}")
    return links


def render_md(links: list[Link], url, lang: str) -> str:
    def text(value: str) -> str:
        return re.sub(r"([\\\[\]])", r"\\\1", value)

    out = []
    for link in links:
        if not link.section:
            out += ["", f"## [{text(link.title)}]({url(link)})", "", text(link.description), ""]
        else:
            out.append(f"- [{text(link.heading)}]({url(link)})")
    return "\n".join(out).strip() + "\n"


LINK_STYLE = "color:#1a5fb4;text-decoration:underline;"


def render_html(links: list[Link], url, lang: str) -> str:
    """A block to paste into an email: inline styles only, no images, every value escaped."""
    out = [f'<div lang="{lang}" style="font-family:Helvetica,Arial,\'Hiragino Sans\',\'Yu Gothic\',sans-serif;'
           'font-size:15px;line-height:1.6;color:#222222;">']
    in_list = False
    for link in links:
        href = escape(url(link), quote=True)
        if not link.section:
            if in_list:
                out.append("</ul>")
                in_list = False
            out.append(f'<p style="margin:16px 0 4px;font-size:17px;font-weight:bold;">'
                       f'<a href="{href}" style="{LINK_STYLE}">{escape(link.title)}</a></p>')
            out.append(f'<p style="margin:0 0 8px;color:#444444;">{escape(link.description)}</p>')
        else:
            if not in_list:
                out.append('<ul style="margin:0 0 16px;padding:0 0 0 20px;">')
                in_list = True
            out.append(f'<li style="margin:0 0 4px;"><a href="{href}" style="{LINK_STYLE}">'
                       f'{escape(link.heading)}</a></li>')
    if in_list:
        out.append("</ul>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def render_csv(links: list[Link], url, lang: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["lang", "page", "section", "title", "heading", "description", "url"])
    for link in links:
        writer.writerow([link.lang, link.page, link.section, link.title, link.heading, link.description, url(link)])
    return buffer.getvalue()


RENDER = {"md": render_md, "html": render_html, "csv": render_csv}


def link_kit(campaign: str, lang: str, fmt: str, page: str | None = None, section: str | None = None,
             docs_dir: Path = ROOT / "docs", config: dict | None = None, preview: bool = False) -> str:
    if not CAMPAIGN.match(campaign or ""):
        raise LinkKitError(f"campaign '{campaign}' must match ^[a-z0-9][a-z0-9-]{{0,40}}$ "
                           "(lowercase letters, digits and hyphens, e.g. 2026-12)")
    if lang not in LANGUAGES:
        raise LinkKitError(f"unknown language '{lang}'; choose one of: {', '.join(LANGUAGES)}")
    if fmt not in FORMATS:
        raise LinkKitError(f"unknown format '{fmt}'; choose one of: {', '.join(FORMATS)}")
    config = mkdocs_yml.load() if config is None else config
    base = site_url(config)
    reason = None if preview else not_public(base)
    if reason:
        args = f"--campaign {campaign} --lang {lang} --format {fmt}"
        args += f" --page {page}" if page else ""
        args += f" --section {section}" if section else ""
        raise LinkKitError(
            f"the site address {base} is {reason}: newsletter links must point at the published site.\n"
            f"Set its address: make linkkit SITE_URL=https://<owner>.github.io/<repo>/ ARGS=\"{args}\"\n"
            f"(or add --preview to try the kit with this address)")
    links = collect(docs_dir, lang, nav_order(config), page, section, mkdocs_yml.redirect_maps(config))
    return RENDER[fmt](links, lambda link: link.url(base, campaign), lang)


def builder_data(lang: str, config) -> dict:
    """What the for-agencies page's link builder offers (overrides/assets/javascripts/tools/
    linkbuilder.js), from the same pages and URLs as the kit: the pages and sections with their
    titles in `lang`, each page's URL in every language for a campaign still to fill in
    (`...?utm_source=newsletter&utm_medium=email&utm_campaign={campaign}`; a section's URL is
    its page's with `#id` after it, as Link.url writes it), and the kit's campaign rule.
    `config` is the build's."""
    base, order, docs_dir = site_url(config), nav_order(config), Path(config["docs_dir"])
    pages: list[dict] = []
    for link in collect(docs_dir, lang, order):
        if not link.section:
            pages.append({"page": link.page, "title": link.title, "sections": []})
        else:
            pages[-1]["sections"].append({"id": link.section, "text": link.heading})
    return {
        "campaign": CAMPAIGN.pattern,
        "local": not_public(base) is not None,      # a preview build: links not for a newsletter
        "site": base,
        "pages": pages,
        "urls": {other: {link.page: link.url(base, "{campaign}") for link in collect(docs_dir, other, order)
                         if not link.section} for other in LANGUAGES},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog='make linkkit ARGS="..."', description=__doc__.split("\n")[0])
    parser.add_argument("--campaign", help="utm_campaign value, e.g. 2026-12")
    parser.add_argument("--lang", default="en", help=f"language: {', '.join(LANGUAGES)} (default en)")
    parser.add_argument("--format", default="md", dest="fmt", help=f"output: {', '.join(FORMATS)} (default md)")
    parser.add_argument("--page", help="one page only, e.g. following-up (index for the home page)")
    parser.add_argument("--section", help="one section of --page only, e.g. tone")
    parser.add_argument("--preview", action="store_true",
                        help="allow a local or http:// site address (to try the kit, never for a newsletter)")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")
    if args.campaign is None:
        print("linkkit: error: --campaign is required, e.g. --campaign 2026-12", file=sys.stderr)
        return 2
    try:
        sys.stdout.write(link_kit(args.campaign, args.lang, args.fmt, args.page, args.section, preview=args.preview))
    except LinkKitError as error:
        print(f"linkkit: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
