"""A TCP proxy on loopback that counts bytes and can shape the link: a bandwidth limit, a
one-way delay, packet loss (a lost segment costs a retransmission delay, as TCP makes it)
and cuts (every open connection reset at once)."""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from collections import deque

SEGMENT = 1448  # one TCP segment's payload on Ethernet


class Link:
    def __init__(
        self, rate_bps: float | None = None, rtt_s: float = 0.0, loss: float = 0.0, seed: int = 1
    ) -> None:
        self.rate_bps = rate_bps
        self.delay = rtt_s / 2
        self.loss = loss
        self.rng = random.Random(seed)


class _Direction:
    """Carries bytes one way with the link's timing; a sender thread releases each segment."""

    def __init__(self, link: Link, target: socket.socket, count: list[int]) -> None:
        self.link = link
        self.target = target
        self.count = count
        self.queue: deque[tuple[float, bytes]] = deque()
        self.ready = threading.Condition()
        self.last = 0.0
        self.closed = False
        threading.Thread(target=self._send, daemon=True).start()

    def put(self, data: bytes) -> None:
        with self.ready:
            for start in range(0, len(data), SEGMENT):
                chunk = data[start : start + SEGMENT]
                now = time.monotonic()
                wire = len(chunk) * 8 / self.link.rate_bps if self.link.rate_bps else 0.0
                release = max(now + self.link.delay, self.last + wire)
                if self.link.loss and self.link.rng.random() < self.link.loss:
                    release += max(0.2, 2 * self.link.delay)  # retransmitted after a timeout
                self.last = release
                self.queue.append((release, chunk))
            self.ready.notify()

    def close(self) -> None:
        with self.ready:
            self.closed = True
            self.ready.notify()

    def _send(self) -> None:
        while True:
            with self.ready:
                while not self.queue and not self.closed:
                    self.ready.wait()
                if not self.queue:
                    break
                release, chunk = self.queue.popleft()
            pause = release - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                self.target.sendall(chunk)
            except OSError:
                return
            self.count[0] += len(chunk)
        with contextlib.suppress(OSError):
            self.target.shutdown(socket.SHUT_WR)


class Proxy:
    def __init__(self, upstream_port: int, link: Link | None = None) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.link = link or Link()
        self.sent = [0]  # bytes client → server
        self.received = [0]  # bytes server → client
        self.connections = 0
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset_counts(self) -> None:
        self.sent[0] = self.received[0] = 0

    @property
    def total(self) -> int:
        return self.sent[0] + self.received[0]

    def cut(self) -> None:
        """Reset every open connection, as a dropped mobile link does."""
        with self._lock:
            sockets, self._open = self._open, []
        for sock in sockets:
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.close()
            except OSError:
                pass

    def close(self) -> None:
        self.listener.close()
        self.cut()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            self.connections += 1
            with self._lock:
                self._open += [client, server]
            up = _Direction(self.link, server, self.sent)
            down = _Direction(self.link, client, self.received)
            threading.Thread(target=self._pump, args=(client, up), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, down), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, direction: _Direction) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                direction.close()
                return
            direction.put(data)
