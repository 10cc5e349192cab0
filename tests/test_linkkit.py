"""The link kit: every page and section, with campaign parameters before the #section, in
Markdown, HTML and CSV; every link opens its section in the built site; bad input exits 2."""
from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlsplit

import pytest

from scripts import guide_rules
from scripts.authoring.linkkit import LinkKitError, collect, link_kit, nav_order, page_links
from scripts.mkdocs_yml import load as load_config
from scripts.pages import read_page, read_pages
from tests.site import ROOT
from tests.test_stable_urls import resolve

DOCS = ROOT / "docs"
UTM = [("utm_source", "newsletter"), ("utm_medium", "email"), ("utm_campaign", "2026-12")]
PUBLIC = "https://example.github.io/second-round/"


def linkkit(*args: str, site_url: str | None = PUBLIC) -> subprocess.CompletedProcess:
    """The kit as `make linkkit SITE_URL=... ARGS=...` runs it (no SITE_URL when site_url is None)."""
    env = dict(os.environ)
    env.pop("SITE_URL", None)
    if site_url is not None:
        env["SITE_URL"] = site_url
    return subprocess.run([sys.executable, "-m", "scripts.authoring.linkkit", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def expected_rows(lang: str) -> list[tuple[str, str, str]]:
    """(title, heading, description) of every page and section of a language: a section row
    keeps its page's description and has its heading in a column of its own."""
    rows = []
    for page in read_pages(DOCS):
        if page.lang == lang:
            rows.append((page.meta["title"], "", page.meta["description"]))
            rows += [(page.meta["title"], guide_rules.render(h.text, lang), page.meta["description"])
                     for h in page.headings]
    return rows


class Links(HTMLParser):
    """Every <a href> with its text, and every tag and attribute used."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.texts, self.tags, self.unstyled, self._href = [], [], [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("p", "a", "ul", "li", "div") and "style" not in attrs:
            self.unstyled.append(tag)
        if tag == "a":
            self._href, self._text = attrs.get("href"), ""

    def handle_data(self, data):
        if self._href is not None:
            self._text += data
        else:
            self.texts.append(data.strip())

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._text, self._href))
            self._href = None


def parse(fmt: str, output: str) -> list[tuple[str, str]]:
    """(link text, URL) pairs from a kit in any format."""
    if fmt == "md":
        return re.findall(r"\[((?:[^\]\\]|\\.)+)\]\((\S+?)\)", output)
    if fmt == "html":
        parser = Links()
        parser.feed(output)
        return parser.links
    rows = list(csv.DictReader(io.StringIO(output)))
    return [(row["heading"] if row["section"] else row["title"], row["url"]) for row in rows]


@pytest.fixture(params=["root", "subpath"])
def any_site(request):
    return request.getfixturevalue("site" if request.param == "root" else "subpath_site")


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_link_in_the_kit_opens_its_page_and_section_in_the_built_site(any_site, fmt, lang):
    result = linkkit("--campaign", "2026-12", "--lang", lang, "--format", fmt, "--preview", site_url=any_site.url)
    assert result.returncode == 0, result.stderr
    links = parse(fmt, result.stdout)
    assert len(links) == len(expected_rows(lang))
    problems = []
    for _, url in links:
        assert url.startswith(any_site.url), url
        parts = urlsplit(url)
        assert parse_qsl(parts.query) == UTM, url
        relative = url[len(any_site.url):].split("?", 1)[0] or "./"
        problems.append(resolve(any_site.path, relative + (f"#{parts.fragment}" if parts.fragment else "")))
        if lang == "ja":
            assert relative.startswith("ja/"), url
    assert [p for p in problems if p] == []


def test_campaign_parameters_come_before_the_section():
    result = linkkit("--campaign", "2026-12", "--lang", "ja", "--format", "csv",
                     "--page", "following-up", "--section", "tone",
                     site_url="https://example.github.io/second-round")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["url"] for row in rows] == [
        "https://example.github.io/second-round/ja/following-up/"
        "?utm_source=newsletter&utm_medium=email&utm_campaign=2026-12#tone"]


@pytest.mark.parametrize("site_url, reason", [
    (None, "http://127.0.0.1:8000/ is a local address"),                 # SITE_URL left out
    ("http://localhost:8000/", "http://localhost:8000/ is a local address"),
    ("http://example.github.io/second-round/", "http://example.github.io/second-round/ is http://, not https://"),
])
def test_the_kit_refuses_an_address_readers_cannot_reach_and_says_how_to_set_it(site_url, reason):
    result = linkkit("--campaign", "2026-12", "--lang", "ja", "--format", "html", site_url=site_url)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.strip() == (
        f"linkkit: error: the site address {reason}: newsletter links must point at the published site.\n"
        'Set its address: make linkkit SITE_URL=https://<owner>.github.io/<repo>/ '
        'ARGS="--campaign 2026-12 --lang ja --format html"\n'
        "(or add --preview to try the kit with this address)")


def test_preview_lets_the_local_address_through():
    result = linkkit("--campaign", "2026-12", "--format", "csv", "--page", "index", "--preview", site_url=None)
    urls = [row["url"] for row in csv.DictReader(io.StringIO(result.stdout))]
    assert urls[0] == "http://127.0.0.1:8000/?utm_source=newsletter&utm_medium=email&utm_campaign=2026-12"
    assert urls[1].startswith("http://127.0.0.1:8000/?utm_source=newsletter") and "#" in urls[1]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_titles_and_descriptions_come_from_the_front_matter_and_headings(lang):
    result = linkkit("--campaign", "2026-12", "--lang", lang, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["lang", "page", "section", "title", "heading", "description", "url"]
    assert sorted((row["title"], row["heading"], row["description"]) for row in rows) == sorted(expected_rows(lang))
    assert {row["lang"] for row in rows} == {lang}
    assert rows[0]["page"] == "index" and rows[0]["section"] == ""     # nav order: home first


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_markdown_kit_has_a_heading_link_per_page_and_a_list_item_per_section(lang):
    output = linkkit("--campaign", "2026-12", "--lang", lang, "--format", "md").stdout
    pages = [p for p in read_pages(DOCS) if p.lang == lang]
    assert len(re.findall(r"^## \[", output, flags=re.M)) == len(pages)
    assert len(re.findall(r"^- \[", output, flags=re.M)) == sum(len(p.headings) for p in pages)


def test_html_kit_is_an_email_block_with_inline_styles_and_no_images_or_external_resources():
    output = linkkit("--campaign", "2026-12", "--lang", "ja", "--format", "html").stdout
    parser = Links()
    parser.feed(output)
    tags = {tag for tag, _ in parser.tags}
    assert tags <= {"div", "p", "a", "ul", "li"}, tags         # no img, style, link, script
    assert parser.unstyled == []
    assert all("class" not in attrs and "src" not in attrs for _, attrs in parser.tags)
    assert parser.tags[0] == ("div", parser.tags[0][1]) and parser.tags[0][1]["lang"] == "ja"
    assert "&amp;utm_medium=email&amp;utm_campaign=2026-12" in output      # & escaped in attributes


def test_html_and_markdown_kits_escape_titles_and_descriptions(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "odd.md").write_text(
        '---\ntitle: "Offers <b>& \\"counter\\" [offers]"\ndescription: "Less < more & so on"\n'
        "reviewed: 2026-11-25\n---\n\n# Odd\n\n## A & B <i>tags</i> {#a-and-b}\n", encoding="utf-8")
    config = {"site_url": "https://example.org/", "nav": []}
    parser = Links()
    parser.feed(link_kit("2026-12", "en", "html", docs_dir=docs, config=config))
    assert [text for text, _ in parser.links] == ['Offers <b>& "counter" [offers]', "A & B <i>tags</i>"]
    assert "Less < more & so on" in parser.texts
    assert [tag for tag, _ in parser.tags] == ["div", "p", "a", "p", "ul", "li", "a"]
    markdown = link_kit("2026-12", "en", "md", docs_dir=docs, config=config)
    assert '## [Offers <b>& "counter" \\[offers\\]](https://example.org/odd/?utm_source=' in markdown


BAD_INPUT = [
    (["--campaign", "Dec-2026"],
     "linkkit: error: campaign 'Dec-2026' must match ^[a-z0-9][a-z0-9-]{0,40}$ "
     "(lowercase letters, digits and hyphens, e.g. 2026-12)"),
    (["--campaign", "-2026"],
     "linkkit: error: campaign '-2026' must match ^[a-z0-9][a-z0-9-]{0,40}$ "
     "(lowercase letters, digits and hyphens, e.g. 2026-12)"),
    (["--campaign", "a" * 42],
     f"linkkit: error: campaign '{'a' * 42}' must match ^[a-z0-9][a-z0-9-]{{0,40}}$ "
     "(lowercase letters, digits and hyphens, e.g. 2026-12)"),
    (["--campaign", "2026-12", "--lang", "fr"], "linkkit: error: unknown language 'fr'; choose one of: en, ja"),
    (["--campaign", "2026-12", "--format", "pdf"], "linkkit: error: unknown format 'pdf'; choose one of: md, html, csv"),
    (["--campaign", "2026-12", "--page", "follow-up"],
     "linkkit: error: unknown page 'follow-up'; pages: " + ", ".join(nav_order(load_config()))),
    (["--campaign", "2026-12", "--page", "following-up", "--section", "tones"],
     "linkkit: error: unknown section 'tones' on page 'following-up'; sections: "
     + ", ".join(h.id for p in read_pages(DOCS) if p.key == "following-up" and p.lang == "en" for h in p.headings)),
    (["--campaign", "2026-12", "--section", "tone"],
     "linkkit: error: --section needs --page, e.g. --page following-up --section tone"),
    (["--lang", "ja"], "linkkit: error: --campaign is required, e.g. --campaign 2026-12"),
]


@pytest.mark.parametrize("args, message", BAD_INPUT, ids=[" ".join(a) for a, _ in BAD_INPUT])
def test_bad_input_is_refused_with_a_clear_message_and_exit_code_2(args, message):
    result = linkkit(*args)
    assert (result.returncode, result.stdout, result.stderr.strip()) == (2, "", message)


def test_a_campaign_of_41_characters_is_accepted():
    result = linkkit("--campaign", "a" + "-" * 40, "--format", "csv", "--page", "index", "--section", "start-here")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].endswith(f"utm_campaign=a{'-' * 40}#start-here")


def test_a_renamed_page_is_named_with_its_new_name(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "lists-for-the-day.md").write_text(
        "---\ntitle: Lists\ndescription: Lists.\nreviewed: 2026-11-25\n---\n\n# Lists\n", "utf-8")
    redirects = {"lists.md": "day-lists.md", "day-lists.md": "lists-for-the-day.md"}       # renamed twice
    with pytest.raises(LinkKitError) as error:
        collect(docs, "en", [], page="lists", redirects=redirects)
    assert str(error.value) == ("page 'lists' was renamed to 'lists-for-the-day' (redirect_maps in "
                                "mkdocs.yml); use --page lists-for-the-day")


@pytest.mark.parametrize("lang, heading", [("en", "Follow up after 7–10 days"), ("ja", "7〜10日後に連絡する")])
def test_a_section_states_the_guides_number_not_its_token(tmp_path, lang, heading):
    page = tmp_path / ("timing.md" if lang == "en" else "timing.ja.md")
    token = "{{ rules.follow_up_after_days }}"
    text = f"Follow up after {token} days" if lang == "en" else f"{token}日後に連絡する"
    page.write_text(f"---\ntitle: Timing\n---\n# Timing\n\n## {text} {{#when}}\n", "utf-8")
    assert [link.heading for link in page_links(read_page(page, tmp_path))][1] == heading
