"""The log file for support: ``registros/migradesk.log`` in the data dir, rotating.

Every part logs to its own area's logger (``migradesk.storage``, ``migradesk.sync``,
``migradesk.pdf``, ``migradesk.ui``, ``migradesk.cli``…), all below ``migradesk``, which writes
here. The desktop sets it up once its window is on screen, the ``migradesk`` commands when they
start; the crash report ends with the file's last lines (``tail``). Nothing is written to the
terminal: the commands say what matters in one line of their own.
"""

from __future__ import annotations

import logging
from collections import deque
from pathlib import Path

FOLDER = "registros"  # beside the sync log (sync/commands.py)
NAME = "migradesk.log"
MAX_BYTES = 1_000_000
KEEP = 3  # rotated files: migradesk.log.1 … .3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ROOT = "migradesk"
_handler: logging.Handler | None = None
_file: Path | None = None


def log_file(data_dir: Path) -> Path:
    return data_dir / FOLDER / NAME


def setup(data_dir: Path, *, create: bool = True) -> Path | None:
    """Log the ``migradesk`` loggers to the data dir's rotating file (replacing an earlier one);
    returns the file, or None when it cannot be written there (read-only media: the app goes on
    without a log file, and the crash report says so). ``create``: make the data dir if it is
    missing (a command that only reads does not)."""
    import logging.handlers  # socket, pickle…: imported when asked for

    global _handler, _file
    target = log_file(data_dir)
    if _file == target:
        return _file
    if not create and not data_dir.is_dir():
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger(ROOT)
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _handler, _file = handler, target
    return target


def stop() -> None:
    """Close the log file (tests; a data dir that goes away)."""
    global _handler, _file
    if _handler is not None:
        logging.getLogger(ROOT).removeHandler(_handler)
        _handler.close()
    _handler, _file = None, None


def current() -> Path | None:
    """The log file in use (None: none could be written)."""
    return _file


def silence_terminal() -> None:
    """No log record reaches the terminal, whatever happens (Python's last-resort handler
    prints warnings when no handler is set): the commands speak in their own words."""
    logging.getLogger(ROOT).addHandler(logging.NullHandler())


def tail(path: Path | None, lines: int = 60) -> str:
    """The last ``lines`` lines of the log ("" when there is none)."""
    if path is None:
        return ""
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            return "".join(deque(f, maxlen=lines))
    except OSError:
        return ""
