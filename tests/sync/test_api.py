"""The API over a transport: a server's Retry-After is honoured in full, never by waiting
longer than the caller may (a background sync stops and says when; a person is told at once)."""

from __future__ import annotations

import json
import random

import pytest
from requests.structures import CaseInsensitiveDict
from synckit import FakeSleep

from migradesk.sync.api import Api
from migradesk.sync.backoff import Backoff
from migradesk.sync.errors import ServerBusy
from migradesk.sync.transport import Request, Response
from migradesk.wire import protocol

LOCKED = "Demasiados intentos fallidos; vuelva a intentar en 15 min."


class Refusing:
    """Answers 429 with a reason and a Retry-After, ``times`` times, then a summary."""

    def __init__(self, retry_after: str, times: int = 99) -> None:
        self.retry_after = retry_after
        self.times = times
        self.sent: list[Request] = []

    def send(self, request: Request) -> Response:
        self.sent.append(request)
        if len(self.sent) <= self.times:
            body = json.dumps({"detail": LOCKED}).encode()
            return Response(429, CaseInsensitiveDict({"Retry-After": self.retry_after}), body)
        summary = protocol.Summary(city_id="c", count=0, digest="")
        return Response(200, CaseInsensitiveDict(), summary.model_dump_json().encode())

    def close(self) -> None:
        pass


def _api(transport: Refusing, backoff: Backoff) -> Api:
    return Api(transport, backoff=backoff)


def test_a_retry_after_beyond_the_patience_ends_the_call_saying_when() -> None:
    sleep = FakeSleep()
    transport = Refusing("900")
    api = _api(transport, Backoff(rng=random.Random(1), sleep=sleep))  # a background sync
    with pytest.raises(ServerBusy) as caught:
        api.summary("c")
    assert len(transport.sent) == 1 and sleep.waits == []  # never back before 900 s
    assert caught.value.reason == LOCKED and caught.value.retry_after == 900
    assert str(caught.value).startswith(LOCKED + " Puede intentar de nuevo a partir de las")


def test_a_retry_after_within_the_patience_is_waited_in_full() -> None:
    sleep = FakeSleep()
    transport = Refusing("120", times=1)
    api = _api(transport, Backoff(rng=random.Random(1), sleep=sleep))
    assert api.summary("c").count == 0
    assert sleep.waits == [120]  # not min(120, jitter): the server's word
    interactive = _api(Refusing("120", times=1), Backoff.interactive())
    with pytest.raises(ServerBusy):  # a person is told at once instead of waiting 2 min
        interactive.summary("c")
