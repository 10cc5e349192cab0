"""The content checks `make check` runs (scripts/checks/run.py puts them in one report).

One module a check: translations, navigation, front_matter, freshness, parity, markup,
addresses, registry, prose_lint, originality on the Markdown sources (and mkdocs.yml and
tests/published-urls.txt beside them); site_links on the built HTML. Each returns
`scripts.problems.Problem`s: the file, the line, what is wrong and what to do.
"""
