"""A connection the server resets (TCP RST) is tried again, as a closed one is: a server that resets the first
request and answers the next gives its page; one that always resets is told in words after the last attempt."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from newstui.errors import FetchError
from newstui.sources.http import fetch, make_client

pytestmark = pytest.mark.network

BODY = "عاد الصيادون إلى الميناء بعد العاصفة".encode()
ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(BODY) + BODY


class _Server:
    """A raw server on 127.0.0.1 that resets the first ``resets`` requests and answers the others."""

    def __init__(self, resets: int) -> None:
        self.resets = resets
        self.requests = 0
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.listener.settimeout(0.1)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/story.txt"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                conn.settimeout(5)
                conn.recv(65536)
                self.requests += 1
                if self.requests <= self.resets:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
                else:
                    conn.sendall(ANSWER)
            except OSError:
                pass
            finally:
                conn.close()


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[_Server]:
    started = _Server(request.param)
    started.thread.start()
    yield started
    started.stop.set()
    started.thread.join(2)
    started.listener.close()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    client = make_client()
    yield client
    await client.aclose()


@pytest.mark.parametrize("server", [1, 2], indirect=True)
async def test_a_reset_is_tried_again(server: _Server, client: httpx.AsyncClient) -> None:
    document = await asyncio.wait_for(fetch(server.url, client, timeout=20), 30)
    assert document.data == BODY
    assert server.requests == server.resets + 1


@pytest.mark.parametrize("server", [99], indirect=True)
async def test_a_server_that_always_resets_is_told_after_three_attempts(
    server: _Server, client: httpx.AsyncClient
) -> None:
    with pytest.raises(FetchError) as caught:
        await asyncio.wait_for(fetch(server.url, client, timeout=20), 30)
    assert caught.value.message == "connection reset by the server"
    assert server.requests == 3
