"""Child process of test_crash.py: edits and syncs in a loop until it is killed.

Usage: sync_child.py DATA_DIR SERVER_URL TOKEN CITY_ID START. Each committed save is logged to
DATA_DIR/saved.log as "record_id field number" after its transaction commits.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.storage import Store
from migradesk.sync.api import Api
from migradesk.sync.backoff import Backoff
from migradesk.sync.engine import SyncEngine
from migradesk.sync.synclog import SyncLog
from migradesk.sync.transport import HttpTransport


class Tokens:
    def __init__(self, token: str) -> None:
        self.value = token

    def token(self) -> str | None:
        return self.value

    def refresh(self, refused: str | None) -> str | None:
        return None


def main() -> None:
    data_dir, url, token, city_id, start = sys.argv[1:6]
    number = int(start)
    rng = random.Random(number)
    store = Store.open(Path(data_dir))
    log = (Path(data_dir) / "saved.log").open("a", encoding="utf-8")
    api = Api(
        HttpTransport(url, connect_timeout=2, read_timeout=5),
        Tokens(token),
        backoff=Backoff(base=0.01, cap=0.1, max_attempts=4),
        log=SyncLog(),
    )
    while True:
        for _ in range(rng.randint(1, 15)):
            number += 1
            answer = IndicatorAnswer.blank(city_id, "1", f"k{rng.randint(0, 30):02}")
            found = store.get(IndicatorAnswer, answer.id) or answer
            field = rng.choice(("answer", "notes"))
            setattr(found, field, f"v{number}")
            store.save(found)
            log.write(f"{found.id} {field} {number}\n")
            log.flush()
        SyncEngine(store, api, [city_id], max_batch=rng.choice((1, 4, 50))).run()


if __name__ == "__main__":
    main()
