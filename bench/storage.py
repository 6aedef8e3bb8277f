"""Local store: save one answer (target ≤ 5 ms median) and load the whole demo file (≤ 50 ms)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from bench.table import Row, median, timed_ms
from migradesk.demo import write_demo
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.storage import Store


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        city_id = write_demo(data_dir, date(2026, 11, 25))
        with Store.open(data_dir) as store:
            file = store.load_city_file(city_id)
            answer = next(iter(file.all(IndicatorAnswer)))
            counter = iter(range(10**9))

            def save_one() -> None:
                answer.notes = f"Nota {next(counter)}"
                store.save(answer)

            save = median(timed_ms(save_one, 200))
            load = median(timed_ms(lambda: store.load_city_file(city_id), 50))
            records = sum(1 for _ in file)
    return [
        Row("save one answer (median, fsync)", save, "ms", "≤ 5 ms", save <= 5),
        Row(f"load the demo file ({records} records)", load, "ms", "≤ 50 ms", load <= 50),
    ]
