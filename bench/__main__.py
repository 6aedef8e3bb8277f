"""Run the benchmarks and print one table: `python -m bench [storage …]`."""

from __future__ import annotations

import importlib
import sys

from bench.table import Row, print_table

BENCHMARKS = (
    "storage",
    "pdf_export",
    "sync_wire",
    "server_sync",
    "ui_startup",
    "ui_pages",
    "selection",
    "artefacts",
    "process",
    "workspace",
)


def main(names: list[str]) -> int:
    rows: list[Row] = []
    for name in names or BENCHMARKS:
        module = importlib.import_module(f"bench.{name}")
        rows.extend(module.run())
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
