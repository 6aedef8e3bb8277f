"""Retry timing: exponential backoff with full jitter, capped, honouring Retry-After.

Full jitter (a uniform wait between 0 and the exponential bound) spreads the desktops of a whole
province that lost the network together, instead of having them return in lockstep.

A wait longer than ``patience`` is not waited: the attempt ends and says when to come back.
That is how a server's Retry-After is honoured in full (never retried earlier), and how an
interactive request (sign-in, a sync the user started) never waits more than a few seconds in
silence.
"""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable

Sleep = Callable[[float], None]
Clock = Callable[[], float]

# Interactive requests: a few quick retries (a flapping link), then the reason, at once.
INTERACTIVE_PATIENCE = 5.0


@dataclasses.dataclass
class Backoff:
    base: float = 1.0
    cap: float = 600.0  # ≈10 min
    max_attempts: int = 8  # then the sync stops and says why; the next one resumes
    patience: float = 600.0  # the longest single wait; a longer one ends the attempt instead
    rng: random.Random = dataclasses.field(default_factory=random.Random)
    sleep: Sleep | None = None  # None: real time, cut short by a cancel (tests record waits)

    @classmethod
    def interactive(cls, max_attempts: int = 4) -> Backoff:
        """For someone watching: waits of at most a few seconds (1, 2, 4 s bounds)."""
        return cls(
            cap=INTERACTIVE_PATIENCE, max_attempts=max_attempts, patience=INTERACTIVE_PATIENCE
        )

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1 = the first retry); never less
        than the server's Retry-After."""
        bound = min(self.cap, self.base * 2 ** (attempt - 1))
        wait = self.rng.uniform(0, bound)
        if retry_after is not None:
            wait = max(wait, retry_after)
        return wait

    def gives_up(self, attempt: int, wait: float) -> bool:
        """Whether retry ``attempt`` after ``wait`` seconds is beyond this backoff."""
        return attempt >= self.max_attempts or wait > self.patience


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After in seconds (the HTTP-date form is accepted too)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
