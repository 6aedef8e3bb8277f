#!/usr/bin/env python3
"""Write Argentina's national holidays, as the ``holidays`` library lists them, to
``resources/calendar/feriados_nacionales_ar.json`` for the years the app needs at once.

``migradesk.domain.calendar`` reads this table instead of importing the library and computing
the year at start-up (~50 ms before the city's first page); years outside it still ask the
library. ``tests/domain/test_calendar.py`` checks that the table equals what the installed
library says, so upgrading ``holidays`` means running this again.

Usage (from the repository root)::

    python packaging/build_holidays.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "calendar" / "feriados_nacionales_ar.json"
FIRST_YEAR = 2020
LAST_YEAR = 2040


def table() -> str:
    import holidays

    years = {
        str(year): sorted(
            day.isoformat()
            for day in holidays.country_holidays("AR", years=year)
            if isinstance(day, date)
        )
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
    }
    data = {
        "source": "holidays (Python library), country AR, default 'public' category",
        "library_version": holidays.__version__,
        "years": years,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is not current")
    args = parser.parse_args()
    text = table()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is not current: run packaging/build_holidays.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"Wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
