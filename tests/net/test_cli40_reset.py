"""A server that resets the connection (TCP RST) is told in words, not by an httpx class name (audit cli40 #3)."""

from __future__ import annotations

import asyncio
import os
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from newstui.errors import FetchError
from newstui.sources.http import fetch, make_client

pytestmark = pytest.mark.network

HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 4000\r\n\r\n"
"""A response that promises more body than it sends (the connection is reset inside it)."""
BODY = "أمطار خفيفة على الساحل صباح اليوم".encode()


def _reset(conn: socket.socket) -> None:
    """Close with SO_LINGER 0: the kernel sends RST, not FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


@pytest.fixture
def resetting_server() -> Iterator[int]:
    """A raw server on 127.0.0.1: on ``/before`` it resets once the request is read, on ``/inside`` after the
    headers and part of the body."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                conn.settimeout(5)
                request = conn.recv(65536)
                if b" /inside " in request:
                    conn.sendall(HEADERS + BODY)
                    time.sleep(0.1)  # the client has the headers and is reading the body
                _reset(conn)
            except OSError:
                conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(2)
    listener.close()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    client = make_client()
    yield client
    await client.aclose()


@pytest.mark.parametrize("path", ["/before", "/inside"])
async def test_reset_is_told_in_words(resetting_server: int, client: httpx.AsyncClient, path: str) -> None:
    with pytest.raises(FetchError) as caught:
        await asyncio.wait_for(fetch(f"http://127.0.0.1:{resetting_server}{path}", client, timeout=5), 10)
    assert caught.value.message == "connection reset by the server"


def test_command_line_says_reset_in_one_line(resetting_server: int) -> None:
    url = f"http://127.0.0.1:{resetting_server}/before"
    proc = subprocess.run(
        [sys.executable, "-m", "newstui", "--json", "--timeout", "5", url],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "NEWSTUI_BIDI": ""},
    )
    assert proc.returncode == 2
    assert proc.stderr == f"newstui: {url}: connection reset by the server\n"
    assert "Error" not in proc.stderr
