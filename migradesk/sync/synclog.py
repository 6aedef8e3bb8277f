"""The sync log: one structured line per step, which the user can copy for support.

Lines look like ``2026-05-01T12:00:00Z push city=… entries=12 status=200 ms=85``: grep-able,
free of tokens and of the city's data (only ids, counts and timings).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger("migradesk.sync")

MAX_FILE_BYTES = 1_000_000  # then the file is renamed to .1 (one old generation is enough)


def _format_value(value: object) -> str:
    text = str(value)
    if not text or any(c.isspace() or c in '="' for c in text):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    return text


class SyncLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.lines: list[str] = []

    def __call__(self, event: str, **fields: object) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        parts = [stamp, event, *(f"{k}={_format_value(v)}" for k, v in fields.items())]
        line = " ".join(parts)
        self.lines.append(line)
        log.info("%s", line)
        if self.path is not None:
            self._append(line)

    def _append(self, line: str) -> None:
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and self.path.stat().st_size > MAX_FILE_BYTES:
                self.path.replace(self.path.with_name(self.path.name + ".1"))
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        except OSError as exc:  # a full disk must not stop the sync itself
            log.warning("cannot write the sync log %s: %s", self.path, exc)

    def text(self) -> str:
        return "\n".join(self.lines)
