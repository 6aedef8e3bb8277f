"""Benchmarks: `python -m bench [NAME…]` runs them and prints one table (see bench/__main__.py)."""
