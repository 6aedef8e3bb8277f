"""The process model over a table of cities (IOM's workspace, issue 13): every city's overview —
its step, state, next action and due date, what waits for IOM — from the server's database.

100 cities with the demo city's whole file (≈420 records each) in a SQLite server database.
Measured side by side in one run: reading the 100 files (``server.city_files.load``) and asking
the model for their overviews. Target: the model's part ≤ 25 % of what reading the files costs
(a table's cost is the reading, not the rules); the time per city is reported.

    python -m bench process
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `migradesk` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.table import Row, print_table
from migradesk.demo import demo_records
from migradesk.demo.campaign import rebound
from migradesk.domain.city import City, Region
from migradesk.domain.process import overview
from migradesk.server import cities, city_files, db

CITIES = 100
TODAY = date(2026, 11, 25)


def _load(engine: object) -> list[str]:
    """100 cities, each with the demo's records bound to it."""
    records = demo_records(TODAY)
    ids = []
    now = datetime.now(UTC)
    with db.write(engine) as conn:  # type: ignore[arg-type]
        for n in range(CITIES):
            city = City(
                id=f"bench-city-{n:03d}",
                city_id=f"bench-city-{n:03d}",
                name=f"Ciudad {n}",
                province="Jujuy",
                region=Region.NOROESTE,
            )
            cities.create_city(conn, city, now)
            mine = rebound(records, city.id)
            cities.load_records(conn, city.id, mine, now)
            ids.append(city.id)
    return ids


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = db.create_engine(f"sqlite:///{Path(tmp) / 'server.sqlite3'}")
        db.upgrade(engine)
        ids = _load(engine)
        with db.read(engine) as conn:
            overview(city_files.load(conn, ids[0]), TODAY)  # warm: the questionnaire, holidays
            readings, models = [], []
            for _ in range(3):  # side by side, three times: the medians
                start = time.perf_counter()
                files = [city_files.load(conn, city_id) for city_id in ids]
                readings.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                rows = [overview(file, TODAY) for file in files]
                models.append((time.perf_counter() - start) * 1000)
        engine.dispose()
        reading, model = statistics.median(readings), statistics.median(models)
    assert len(rows) == CITIES and all(r.next is not None for r in rows)
    per_city = model / CITIES
    share = model / reading
    return [
        Row(f"read {CITIES} city files (server)", reading, "ms"),
        Row(f"overview of {CITIES} cities (model)", model, "ms"),
        Row("overview per city", per_city, "ms"),
        Row("overview / reading", share * 100, "%", "≤ 25 %", share <= 0.25),
    ]


if __name__ == "__main__":
    print_table(run())
