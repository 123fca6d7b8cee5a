"""The local test server for tests/net: routes for pages, feeds and every fault, plus bomb generators."""

from __future__ import annotations

import gzip
import ssl
import struct
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Final

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"
BOMB_MB = 200
"""Decompressed size of the generated bombs."""


def _deflate_bomb_blocks(megabytes: int) -> tuple[bytes, bytes]:
    """Raw deflate blocks for ``megabytes`` MB of zeros: one 1 MB block repeated, plus the final block.

    Each block ends with a full flush (which resets the compressor), so repeating it makes a valid
    single deflate stream without compressing 200 MB at test start-up.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    return block * megabytes, end


def gzip_bomb(megabytes: int = BOMB_MB) -> bytes:
    """One gzip member that inflates to ``megabytes`` MB of zeros (about 200 KB compressed)."""
    blocks, end = _deflate_bomb_blocks(megabytes)
    chunk = bytes(1 << 20)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + blocks + end + struct.pack("<II", crc, (megabytes << 20) & 0xFFFFFFFF)


def deflate_bomb(megabytes: int = BOMB_MB) -> bytes:
    """A zlib ("deflate" content coding) stream that inflates to ``megabytes`` MB of zeros."""
    blocks, end = _deflate_bomb_blocks(megabytes)
    chunk = bytes(1 << 20)
    adler = 1
    for _ in range(megabytes):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + blocks + end + struct.pack(">I", adler)


@dataclass
class Reply:
    """A canned response."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


class LocalServer:
    """Routes, per-path hit counters and the stop event shared with the handler threads."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply | Callable[[BaseHTTPRequestHandler], None]] = {}
        self.hits: dict[str, int] = {}
        self.seen_headers: dict[str, dict[str, str]] = {}
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hit(self, path: str, headers: dict[str, str]) -> int:
        with self.lock:
            self.hits[path] = self.hits.get(path, 0) + 1
            self.seen_headers[path] = headers
            return self.hits[path]


def handler_class(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # (base signature)
            pass

        def do_GET(self) -> None:  # (http.server naming)
            path = self.path.split("?")[0]
            count = server.hit(path, {k.lower(): v for k, v in self.headers.items()})
            route = server.routes.get(path)
            if route is None and path.startswith("/hops/"):
                remaining = int(path.rsplit("/", 1)[1])
                target = f"/hops/{remaining - 1}" if remaining > 0 else "/en_news.html"
                route = Reply(302, {"Location": target})
            if route is None:
                route = Reply(404, {"Content-Type": "text/html"}, b"<html><body><h1>Not here</h1></body></html>")
            try:
                if callable(route):
                    route(self)
                    return
                reply = route
                if path in ("/retry-once", "/retry-date") and count > 1:
                    reply = server.routes["/en_news.html"]  # type: ignore[assignment]
                self.send_response(reply.status)
                headers = dict(reply.headers)
                if path == "/retry-date" and count == 1:
                    headers["Retry-After"] = formatdate(time.time() + 1, usegmt=True)
                headers.setdefault("Content-Length", str(len(reply.body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                self.close_connection = True

    return Handler


def _hang(handler: BaseHTTPRequestHandler) -> None:
    """Accept the request and never answer (until the server stops)."""
    handler.server_stop.wait(30)  # type: ignore[attr-defined]
    handler.close_connection = True


def _drip(handler: BaseHTTPRequestHandler) -> None:
    """Headers at once, then one byte every 0.5 s (slowloris from the server side)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.close_connection = True
    for _ in range(120):
        handler.wfile.write(b"<")
        handler.wfile.flush()
        if handler.server_stop.wait(0.5):  # type: ignore[attr-defined]
            return


def _endless(handler: BaseHTTPRequestHandler) -> None:
    """A text body that never ends (no Content-Length, connection-delimited)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.close_connection = True
    line = b"The tide comes in and the tide goes out again. " * 1000
    while not handler.server_stop.is_set():  # type: ignore[attr-defined]
        handler.wfile.write(line)


def _slow_page(handler: BaseHTTPRequestHandler) -> None:
    """The English page after 0.8 s (a page still loading when the reader first paints)."""
    if handler.server_stop.wait(0.8):  # type: ignore[attr-defined]
        return
    _slow_page_body(handler)


def held_page(server: LocalServer, path: str) -> threading.Event:
    """Route ``path`` to the English page held back until the returned event is set (or 30 s pass).

    For tests that act while a page loads: unlike /slow-page's fixed 0.8 s, a loaded machine cannot let the
    page arrive before the test has done what it does meanwhile.
    """
    release = threading.Event()

    def held(handler: BaseHTTPRequestHandler) -> None:
        deadline = time.monotonic() + 30
        while not release.wait(0.05):
            if handler.server_stop.is_set() or time.monotonic() > deadline:  # type: ignore[attr-defined]
                return
        _slow_page_body(handler)

    server.routes[path] = held
    return release


def _slow_page_body(handler: BaseHTTPRequestHandler) -> None:
    body = (WEB / "en_news.html").read_bytes()
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _echo_headers(handler: BaseHTTPRequestHandler) -> None:
    body = "\n".join(f"{k}: {v}" for k, v in handler.headers.items()).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


ENTRIES: Final = [
    ("افتتاح أكبر مكتبة عامة", "/ar_news.html", "ملخص قصير عن افتتاح المكتبة."),
    ("Night ferry returns", "/en_news.html", "A short summary about the ferry."),
    ("A page that is gone", "/gone.html", "This summary stays because the page is missing."),
]
"""Entries of /entries.xml: (title, path, summary)."""
SHARED_ENTRIES: Final = [
    ("Morning edition: ferry", "/en_news.html", "The morning summary of the ferry story."),
    ("Evening update: ferry", "/en_news.html", "The evening summary of the same ferry story."),
    ("Our partner's feed", "/rss2.xml", "A link to another site's feed, not to a story."),
]
"""Entries of /entries-shared.xml: two lead to one page, one to a feed."""


def _entries_feed(server: LocalServer, items: list[tuple[str, str, str]] = ENTRIES) -> bytes:
    body = "".join(
        f"<item><title>{t}</title><link>{server.url(p)}</link><description>{d}</description></item>"
        for t, p, d in items
    )
    channel = f"<channel><title>Local</title>{body}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


def add_routes(server: LocalServer) -> None:
    html = {"Content-Type": "text/html; charset=utf-8"}
    ar = (WEB / "ar_news.html").read_bytes()
    en = (WEB / "en_news.html").read_bytes()
    cp1256 = (WEB / "ar_cp1256_meta.html").read_bytes()
    rss = (WEB / "rss2.xml").read_bytes()
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00" + bytes(64)
    r = server.routes
    r["/ar_news.html"] = Reply(200, html, ar)
    r["/en_news.html"] = Reply(200, html, en)
    r["/cp1256-meta.html"] = Reply(200, {"Content-Type": "text/html"}, cp1256)
    r["/latin1-header.html"] = Reply(200, {"Content-Type": "text/html; charset=ISO-8859-1"}, cp1256)
    r["/rss2.xml"] = Reply(200, {"Content-Type": "application/rss+xml"}, rss)
    r["/feed-as-text"] = Reply(200, {"Content-Type": "text/plain"}, rss)
    r["/entries.xml"] = Reply(200, {"Content-Type": "application/rss+xml; charset=utf-8"}, _entries_feed(server))
    shared = _entries_feed(server, SHARED_ENTRIES)
    r["/entries-shared.xml"] = Reply(200, {"Content-Type": "application/rss+xml; charset=utf-8"}, shared)
    r["/no-type"] = Reply(200, {}, en)
    r["/octet-html"] = Reply(200, {"Content-Type": "application/octet-stream"}, en)
    r["/octet-binary"] = Reply(200, {"Content-Type": "application/octet-stream"}, bytes(range(256)) * 4)
    r["/image.png"] = Reply(200, {"Content-Type": "image/png"}, png)
    r["/doc.pdf"] = Reply(200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    r["/png-as-html"] = Reply(200, html, png)
    r["/empty"] = Reply(200, html, b"")
    r["/no-content"] = Reply(204, {}, b"")
    r["/server-error"] = Reply(500, html, b"<p>oops</p>")
    refresh = '<html><head><meta http-equiv="refresh" content="{0}; url={1}"><title>Redirecting…</title></head>'
    refresh += '<body><p>If you are not redirected, <a href="{1}">click here</a>.</p></body></html>'
    r["/refresh"] = Reply(200, html, refresh.format(0, "/ar_news.html").encode())
    r["/refresh-twice"] = Reply(200, html, refresh.format(1, "refresh").encode())
    r["/refresh-loop"] = Reply(200, html, refresh.format(0, "/refresh-loop-2").encode())
    r["/refresh-loop-2"] = Reply(200, html, refresh.format(0, "/refresh-loop").encode())
    r["/refresh-later"] = Reply(200, html, refresh.format(300, "/ar_news.html").encode())
    r["/big-length"] = Reply(200, {"Content-Type": "text/html", "Content-Length": "50000000"}, b"")
    r["/gzip-page"] = Reply(200, {**html, "Content-Encoding": "gzip"}, gzip.compress(ar))
    r["/gzip-gzip-page"] = Reply(200, {**html, "Content-Encoding": "gzip, gzip"}, gzip.compress(gzip.compress(ar)))
    r["/deflate-page"] = Reply(200, {**html, "Content-Encoding": "deflate"}, zlib.compress(en))
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    r["/raw-deflate-page"] = Reply(200, {**html, "Content-Encoding": "deflate"}, raw.compress(en) + raw.flush())
    r["/fake-gzip"] = Reply(200, {**html, "Content-Encoding": "gzip"}, b"\x1f\x8b\x08\x00notreallygzip")
    r["/cut-gzip"] = Reply(200, {**html, "Content-Encoding": "gzip"}, gzip.compress(ar)[:12])
    half = gzip.compress(ar)
    r["/half-gzip"] = Reply(200, {**html, "Content-Encoding": "gzip"}, half[: len(half) // 2])
    squeezed = zlib.compress(en)
    r["/half-deflate"] = Reply(200, {**html, "Content-Encoding": "deflate"}, squeezed[: len(squeezed) // 2])
    r["/brotli"] = Reply(200, {**html, "Content-Encoding": "br"}, b"\x0b\x02\x80hello\x03")
    bomb = gzip_bomb()
    r["/gzip-bomb"] = Reply(200, {**html, "Content-Encoding": "gzip"}, bomb)
    r["/gzip-gzip-bomb"] = Reply(200, {**html, "Content-Encoding": "gzip, gzip"}, gzip.compress(bomb))
    r["/deflate-bomb"] = Reply(200, {**html, "Content-Encoding": "deflate"}, deflate_bomb())
    r["/loop-a"] = Reply(302, {"Location": "/loop-b"})
    r["/loop-b"] = Reply(301, {"Location": "/loop-a"})
    r["/to-file"] = Reply(302, {"Location": "file:///etc/passwd"})
    r["/to-ftp"] = Reply(302, {"Location": "ftp://127.0.0.1/x"})
    r["/to-javascript"] = Reply(302, {"Location": "javascript:alert(1)"})
    r["/to-bad-port"] = Reply(302, {"Location": "http://127.0.0.1:99999/x"})
    r["/relative-redirect"] = Reply(301, {"Location": "en_news.html"})
    r["/retry-once"] = Reply(429, {"Retry-After": "1"})
    r["/retry-date"] = Reply(503, {})
    r["/retry-3600"] = Reply(429, {"Retry-After": "3600"})
    r["/retry-garbage"] = Reply(503, {"Retry-After": "soon-ish"})
    r["/hang"] = _hang
    r["/drip"] = _drip
    r["/endless"] = _endless
    r["/headers"] = _echo_headers
    r["/slow-page"] = _slow_page


def serve(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return thread


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hang up on purpose in these tests
