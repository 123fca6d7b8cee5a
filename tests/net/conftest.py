"""Fixtures for tests/net: a real HTTP(S) server on 127.0.0.1 (ephemeral port, background thread)."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

# The server helpers live next to this file; make them importable under any --import-mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from local_server import LocalServer, QuietServer, Reply, add_routes, handler_class, serve


@pytest.fixture(scope="session")
def http_server() -> Iterator[LocalServer]:
    """The local server, started once for tests/net."""
    state = LocalServer()
    httpd = QuietServer(("127.0.0.1", 0), handler_class(state))
    state.port = httpd.server_address[1]
    handler = httpd.RequestHandlerClass
    handler.server_stop = state.stop  # type: ignore[attr-defined]
    add_routes(state)
    thread = serve(httpd)
    yield state
    state.stop.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def silent_acceptor() -> Iterator[int]:
    """A TCP port that accepts connections and never sends a byte (a stalled TLS handshake)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    stop = threading.Event()
    accepted: list[socket.socket] = []

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                accepted.append(conn)
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(2)
    for conn in accepted:
        conn.close()
    listener.close()


@pytest.fixture(scope="session")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """An HTTPS server on 127.0.0.1 with a freshly made self-signed certificate (skips without openssl)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not available to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    state = LocalServer()
    state.routes["/"] = Reply(200, {"Content-Type": "text/html"}, b"<p>secret</p>")
    httpd = QuietServer(("127.0.0.1", 0), handler_class(state))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = serve(httpd)
    yield int(httpd.server_address[1])
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)
