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
    assert backoff.delay(1, retry_after=99999) == 600
    assert parse_retry_after("7") == 7 and parse_retry_after("x") is None


# Real sockets: what a broken network or proxy does to requests, mapped to retryable errors.

import http.server  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402

from migradesk.sync.errors import NetworkError  # noqa: E402
from migradesk.sync.transport import Request  # noqa: E402


class _Broken(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.startswith("/stall"):  # headers and a little of the body, then nothing
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"changes":[')
            self.wfile.flush()
            time.sleep(2)
        elif self.path.startswith("/gzip"):  # announced gzip, garbage inside
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", "40")
            self.end_headers()
            self.wfile.write(b"\x1f\x8b\x08\x00" + b"\x00" * 36)
        elif self.path.startswith("/reset"):  # the request arrived; the answer never does
            self.connection.close()
        else:
            self.send_response(503)
            self.send_header("Retry-After", "7")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")


@pytest.fixture
def broken_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Broken)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["/stall", "/gzip", "/reset"])
def test_broken_answers_are_network_errors(broken_server: str, path: str) -> None:
    transport = HttpTransport(broken_server, connect_timeout=1, read_timeout=0.5)
    started = time.monotonic()
    with pytest.raises(NetworkError):
        transport.send(Request("GET", path))
    assert time.monotonic() - started < 1.9  # the read timeout caught the stall


def test_refused_connection_and_busy_server(broken_server: str) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    with pytest.raises(NetworkError):
        HttpTransport(f"http://127.0.0.1:{closed_port}").send(Request("GET", "/"))
    from migradesk.sync.api import check_status
    from migradesk.sync.errors import ServerBusy

    answer = HttpTransport(broken_server).send(Request("GET", "/busy"))
    with pytest.raises(ServerBusy) as busy:
        check_status(answer)
    assert busy.value.retry_after == 7
