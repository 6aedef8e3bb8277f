"""Retry timing: exponential backoff with full jitter, capped, honouring Retry-After.

Full jitter (a uniform wait between 0 and the exponential bound) spreads the desktops of a whole
province that lost the network together, instead of having them return in lockstep.
"""

from __future__ import annotations

import dataclasses
import random
import time
from collections.abc import Callable

Sleep = Callable[[float], None]
Clock = Callable[[], float]


@dataclasses.dataclass
class Backoff:
    base: float = 1.0
    cap: float = 600.0  # ≈10 min
    max_attempts: int = 8  # then the sync stops and says why; the next one resumes
    rng: random.Random = dataclasses.field(default_factory=random.Random)
    sleep: Sleep = time.sleep

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1 = the first retry)."""
        bound = min(self.cap, self.base * 2 ** (attempt - 1))
        wait = self.rng.uniform(0, bound)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.cap))
        return wait


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
