"""The content checks `make check` runs (scripts/checks/run.py puts them in one report).

One module a check: translations, front_matter, freshness, parity, markup, prose_lint,
originality on the Markdown sources; site_links on the built HTML. Each returns
`scripts.problems.Problem`s: the file, the line, what is wrong and what to do.
"""
