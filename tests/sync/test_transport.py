"""The requests transport: no urllib3 retries, timeouts, TLS, loopback-only plain http."""

from __future__ import annotations

import pytest

from migradesk.sync.backoff import Backoff, parse_retry_after
from migradesk.sync.errors import SyncError
from migradesk.sync.transport import HttpTransport, check_server_url


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.9.9.9",
        "http://[::1]:80/",
        "http://localhost:1/api",
        "https://oim.example.org",
    ],
)
def test_accepted_urls(url: str) -> None:
    assert not check_server_url(url).endswith("/")


@pytest.mark.parametrize(
    "url", ["http://10.0.0.1", "http://oim.example.org", "ftp://x", "https://x/?a=1", "nada"]
)
def test_refused_urls(url: str) -> None:
    with pytest.raises(SyncError):
        check_server_url(url)


def test_urllib3_never_retries_and_tls_is_verified() -> None:
    transport = HttpTransport("https://oim.example.org", ca_bundle="/etc/ssl/ca-propia.pem")
    for prefix in ("http://", "https://"):
        retries = transport.session.get_adapter(prefix + "x").max_retries  # type: ignore[attr-defined]
        assert retries.total == 0 and retries.connect == 0 and retries.read == 0
    assert transport.session.verify == "/etc/ssl/ca-propia.pem"
    assert HttpTransport("https://oim.example.org").session.verify is True
    assert transport.timeout[1] > 0


def test_backoff_is_jittered_capped_and_honours_retry_after() -> None:
    import random

    backoff = Backoff(base=1, cap=600, rng=random.Random(3))
    delays = [backoff.delay(n) for n in range(1, 30)]
    assert all(0 <= d <= min(600, 2 ** (n - 1)) for n, d in enumerate(delays, 1))
    assert max(delays) > 100  # grows to minutes
    assert backoff.delay(1, retry_after=30) >= 30
    # Retry-After is honoured in full: a longer wait than the backoff's patience ends the
    # attempt (and says when to come back) instead of retrying before the server allows.
    assert backoff.delay(1, retry_after=900) == 900
    assert backoff.gives_up(1, 900) and not backoff.gives_up(1, 30)
    assert Backoff.interactive().gives_up(1, 6) and not Backoff.interactive().gives_up(1, 4)
    assert parse_retry_after("7") == 7 and parse_retry_after("x") is None


# Real sockets: what a broken network or proxy does to requests, mapped to retryable errors.

import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402

from synckit import BrokenServer  # noqa: E402

from migradesk.sync.errors import NetworkError  # noqa: E402
from migradesk.sync.transport import Request  # noqa: E402


@pytest.fixture
def broken_server() -> Iterator[str]:
    server = BrokenServer()
    yield server.url
    server.close()


@pytest.mark.parametrize(
    ("path", "said", "cause"),
    [
        ("/stall", "dejó de responder", "Read timed out"),
        ("/gzip", "llegó dañada (compresión inválida)", "ContentDecodingError"),
        ("/reset", "se cortó", "ConnectionError"),
    ],
)
def test_broken_answers_are_network_errors_said_in_spanish(
    broken_server: str, path: str, said: str, cause: str
) -> None:
    transport = HttpTransport(broken_server, connect_timeout=1, read_timeout=0.5)
    started = time.monotonic()
    with pytest.raises(NetworkError) as caught:
        transport.send(Request("GET", path))
    assert time.monotonic() - started < 1.9  # the read timeout caught the stall
    message = str(caught.value)
    assert said in message and "Intente de nuevo" in message, message
    assert cause not in message and "HTTPConnectionPool" not in message
    assert cause in caught.value.detail  # the library's words: for the sync log only


def test_refused_connection_and_busy_server(broken_server: str) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    with pytest.raises(NetworkError) as refused:
        HttpTransport(f"http://127.0.0.1:{closed_port}").send(Request("GET", "/"))
    assert str(refused.value).startswith(
        f"No se pudo conectar con el servidor 127.0.0.1:{closed_port}"
    )
    assert "Connection refused" in refused.value.detail
    with pytest.raises(NetworkError, match=r"No se encontró el servidor «migradesk\.invalid»"):
        HttpTransport("https://migradesk.invalid").send(Request("GET", "/"))
    from migradesk.sync.api import check_status
    from migradesk.sync.errors import ServerBusy

    answer = HttpTransport(broken_server).send(Request("GET", "/busy"))
    with pytest.raises(ServerBusy) as busy:
        check_status(answer)
    assert busy.value.retry_after == 7
    assert "Puede intentar de nuevo a partir de las" in str(busy.value)


def test_an_error_page_that_is_not_a_migradesk_server_says_what_to_check() -> None:
    from requests.structures import CaseInsensitiveDict

    from migradesk.sync.api import check_status
    from migradesk.sync.errors import RequestRejected
    from migradesk.sync.transport import Response

    page = b"<html><body><h1>404 Not Found</h1>nginx</body></html>"
    with pytest.raises(RequestRejected) as caught:
        check_status(Response(404, CaseInsensitiveDict(), page))
    assert "revise que la dirección sea la del servidor de MigraDesk" in str(caught.value)
    assert "nginx" not in str(caught.value) and "nginx" in caught.value.detail
    ours = b'{"detail": "No existe esa direcci\xc3\xb3n en el servidor."}'
    with pytest.raises(RequestRejected, match=r"^No existe esa dirección en el servidor\.$"):
        check_status(Response(404, CaseInsensitiveDict(), ours))


# Every exchange ends (sync G12)

from synckit import DripServer  # noqa: E402

from migradesk.sync.errors import DeadlineExceeded, SyncCancelled  # noqa: E402


@pytest.fixture
def drip() -> Iterator[DripServer]:
    server = DripServer(every=2.0)
    yield server
    server.close()


def test_a_dripping_answer_ends_at_the_deadline(drip: DripServer) -> None:
    transport = HttpTransport(drip.url, deadline_base=3.0)
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded) as caught:
        transport.send(Request("GET", "/api/v1/sync/pull"))
    took = time.monotonic() - started
    assert 2.9 < took < 5, took  # a byte every 2 s: the 30 s read timeout never fires
    assert "tardó más de 3 s" in str(caught.value) and "siguen guardados" in str(caught.value)


def test_the_deadline_grows_with_what_the_exchange_carries() -> None:
    transport = HttpTransport("https://oim.example.org")
    small = transport.deadline(Request("GET", "/x"))
    page = transport.deadline(Request("GET", "/x", expected_bytes=600_000))
    push = transport.deadline(Request("POST", "/x", body=b"x" * 250_000))
    assert small == 60 and page == 60 + 600_000 / 4_000 and push > small


def test_abort_interrupts_the_exchange_in_flight(drip: DripServer) -> None:
    transport = HttpTransport(drip.url)  # deadline of minutes: only the abort can end it
    threading.Thread(target=lambda: (drip.requested.wait(10), transport.abort())).start()
    started = time.monotonic()
    with pytest.raises(SyncCancelled):
        transport.send(Request("POST", "/api/v1/sync/push", body=b"{}"))
    assert time.monotonic() - started < 2.5
    with pytest.raises(SyncCancelled):  # and every later exchange
        transport.send(Request("GET", "/"))
