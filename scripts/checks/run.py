"""Every content check, one grouped report: what an author runs before publishing (`make check`).

    make check                       # source checks, then a strict build into a temp dir and its checks
    make check ARGS="--site site/"   # check an existing build instead of building
    make check ARGS=--no-site        # source checks only
    make check ARGS=--no-prose       # without textlint and codespell (the slowest to start)
    options: --docs DIR, --sources DIR (originality), --online (also fetch external links)

Exit 1 on any problem; 0 with a one-line summary when everything is clean.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scripts.checks import (addresses, data_files, freshness, front_matter, markup, navigation, originality,
                            page_language, parity, prose_lint, registry, same_advice, site_links, template_drift,
                            template_placeholders, terms, translations)
from scripts.built_site import BuiltSite
from scripts.problems import Problem, display, report
from scripts.site_build import build

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Section:
    title: str
    problems: list[Problem]
    note: str = ""          # shown instead of the problem count, e.g. "skipped: ..."

    def render(self) -> str:
        if self.note:
            return f"{self.title}: {self.note}"
        return report(self.problems, self.title) if self.problems else f"{self.title}: ok"


def source_sections(docs_dir: Path, sources_dir: Path = originality.DEFAULT_SOURCES,
                    prose: bool = True) -> list[Section]:
    """The checks on the Markdown sources, and on mkdocs.yml and the URL registry beside them;
    `prose=False` leaves out textlint and codespell (slow to start, and tested on their own in
    tests/test_prose_lint.py)."""
    sections = [
        Section("Data files", data_files.data_file_problems(docs_dir)),
        Section("Translations", translations.translation_problems(docs_dir)),
        Section("Navigation", navigation.nav_problems(Path(docs_dir).parent / "mkdocs.yml")),
        Section("Front matter", front_matter.front_matter_problems(docs_dir)),
        Section("Freshness", freshness.freshness_problems(docs_dir)),
        Section("Parity", parity.parity_problems(docs_dir)),
        Section("Template drift", template_drift.drift_problems(docs_dir)),
        Section("Same advice", same_advice.advice_problems(docs_dir)),
        Section("Composer placeholders", template_placeholders.placeholder_problems(docs_dir)),
        Section("One term per person", terms.term_problems(docs_dir)),
        Section("Markup (Markdown)", markup.markup_problems(docs_dir)),
        Section("Page language", page_language.page_language_problems(docs_dir)),
        Section("Addresses typed by hand", addresses.address_problems(docs_dir)),
        Section("Published URLs", registry.registry_problems(docs_dir)),
    ]
    if prose:
        sections.append(Section("Prose (textlint, codespell)", prose_lint.prose_problems(docs_dir)))
    copied = originality.originality_problems(docs_dir, sources_dir)
    sections.append(Section("Originality", copied or [],
                            originality.skipped_message(sources_dir) if copied is None else ""))
    return sections


# MkDocs 1.6.1's strict-build warning for a link names the file but not the line.
LINK_WARNING = re.compile(r"^(?:WARNING|ERROR)\s+-\s+(Doc file '([^']+)' contains a link '([^']+)'.*)$")


def build_problems(output: str, docs_dir: Path) -> list[Problem]:
    """A failed strict build as problems: each broken link at the Markdown line that holds it,
    whatever else at mkdocs.yml:1 with the build's own words."""
    problems, rest = [], []
    for line in output.splitlines():
        match = LINK_WARNING.match(line.strip())
        if not match:
            rest.append(line)
            continue
        path = Path(docs_dir) / match.group(2)
        number = next((n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                       if f"({match.group(3)}" in text or f"<{match.group(3)}>" in text), 1) if path.exists() else 1
        problems.append(Problem(path, number, match.group(1),
                                "point the link at an existing page and #id; `make rename` and `make rename-section` "
                                "update links when a page or section is renamed"))
    if not problems or any(re.match(r"\s*(?:WARNING|ERROR)\b", line) for line in rest):
        problems.append(Problem(Path("mkdocs.yml"), 1, "strict build failed:\n" + "\n".join(rest).strip(),
                                "fix the errors above; the built-site checks need a build"))
    return problems


def site_sections(site_dir: Path, docs_dir: Path, online: bool = False) -> tuple[list[Section], str]:
    site = BuiltSite(site_dir, docs_dir)
    links = site_links.check_links(site)
    sections = [Section("Markup (built HTML)", markup.leak_problems(site)), Section("Links", links.problems)]
    external = site_links.external_section(links.external)
    if online:
        sections.append(Section("External links (online)", site_links.check_online(links.external)))
    return sections, external


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs",
                        help="pages for the source checks (the build always uses mkdocs.yml's docs/)")
    parser.add_argument("--sources", type=Path, default=originality.DEFAULT_SOURCES)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--site", type=Path, help="check this built site instead of building one")
    group.add_argument("--no-site", action="store_true", help="source checks only")
    parser.add_argument("--online", action="store_true", help="also fetch external links (cached in .cache/)")
    parser.add_argument("--no-prose", action="store_true", help="leave out textlint and codespell")
    args = parser.parse_args(argv)

    sections = source_sections(args.docs, args.sources, prose=not args.no_prose)
    external = ""
    if not args.no_site:
        with tempfile.TemporaryDirectory(prefix="second-round-site-") as temp:
            site_dir = args.site or Path(temp)
            if args.site is None:
                built = build(ROOT, site_dir)
                if built.returncode != 0:
                    sections.append(Section("Build", build_problems(built.stdout + built.stderr, ROOT / "docs")))
            if args.site is not None or built.returncode == 0:
                more, external = site_sections(site_dir, args.docs, args.online)
                sections += more

    failed = [s for s in sections if s.problems]
    if failed:
        print("\n".join(s.render() for s in sections))
        if external:
            print("\n" + external)
        total = sum(len(s.problems) for s in failed)
        print(f"\ncheck: {total} problem{'s' if total != 1 else ''} in {', '.join(s.title for s in failed)}")
        return 1
    notes = [f"{s.title} {s.note}" for s in sections if s.note]
    if external:
        print(external)
    print(f"check: all clean ({len(sections)} checks, {display(args.docs)})" + (f"; {'; '.join(notes)}" if notes else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
