"""Benchmarks that print figures (`make bench`, `make bench-search`); budgets live here, not in timed tests."""
