"""sources.http against a real server on 127.0.0.1: punycode hosts IDNA refuses, and responses that break HTTP.

A host written in ASCII punycode (``xn--…``) that IDNA refuses (``xn--ls8h``, an emoji) is an invalid address
like any other: from the command line, behind a redirect, and as one feed entry's link (the other entries
stay). A server that hung up is retried as "connection closed"; a response that breaks HTTP is not.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from local_server import LocalServer, Reply

from hang_guard import hang_guard
from newstui.errors import FetchError, NewsError, UsageError
from newstui.model import Article
from newstui.sources import LoadOptions, load_sources
from newstui.sources.http import fetch, validate_url

pytestmark = pytest.mark.network

BAD_HOSTS = ("xn--ls8h.invalid", "xn--i-7iq.ws", "xn--zz-zzz.example")
"""Punycode names IDNA refuses: an emoji, a heart and letters, a label that is no punycode at all."""


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(follow_redirects=False, timeout=20) as shared:
        yield shared


def _raw(data: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route that writes ``data`` as the whole response and hangs up."""

    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        try:
            handler.wfile.write(data)
            handler.wfile.flush()
            handler.connection.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    return reply


_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
_PAGE = "<html><body><h1>خبر</h1><p>نص قصير عن افتتاح الجسر الجديد فوق النهر.</p></body></html>".encode()

PROTOCOL_ROUTES: dict[str, bytes] = {
    "/proto-huge-header": _HEAD + b"X-Note: " + b"a" * 200_000 + b"\r\nContent-Length: 4\r\n\r\nabcd",
    "/proto-many-headers": _HEAD
    + b"".join(b"X-Note-%05d: value\r\n" % n for n in range(20_000))
    + b"Content-Length: 4\r\n\r\nabcd",
    "/proto-bad-chunk": _HEAD + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabcd\r\n0\r\n\r\n",
    "/proto-bad-status": b"HTTP/1.1 OK OK\r\nContent-Length: 0\r\n\r\n",
    "/proto-bad-length": _HEAD + b"Content-Length: lots\r\n\r\nabcd",
    "/proto-bad-header-line": _HEAD + b"chunked transfer-encoding content-length\r\nContent-Length: 4\r\n\r\nabcd",
    "/proto-hang-up": b"",
}


@pytest.fixture(scope="module")
def server(http_server: LocalServer) -> LocalServer:
    """The shared local server with this file's routes."""
    for path, data in PROTOCOL_ROUTES.items():
        http_server.routes[path] = _raw(data)
    for number, host in enumerate(BAD_HOSTS):
        http_server.routes[f"/to-bad-host-{number}"] = Reply(302, {"Location": f"http://{host}/a"})
    http_server.routes["/to-bad-host-relative"] = Reply(301, {"Location": f"//{BAD_HOSTS[0]}/b"})
    http_server.routes["/to-bad-host-space"] = Reply(302, {"Location": f" http://{BAD_HOSTS[1]}/c"})
    http_server.routes["/to-bad-host-tab"] = Reply(307, {"Location": f"\thttp://{BAD_HOSTS[1]}/d"})
    html = {"Content-Type": "text/html; charset=utf-8"}
    http_server.routes["/idn-entry-1"] = Reply(200, html, _PAGE)
    items = [
        ("افتتاح الجسر الجديد", http_server.url("/idn-entry-1"), "ملخص الخبر الأول."),
        ("Emoji domain story", f"http://{BAD_HOSTS[0]}/a", "A summary of the second story."),
        ("قصة ثالثة", f"http://{BAD_HOSTS[1]}/", "ملخص الخبر الثالث."),
        ("Fourth story", http_server.url("/en_news.html"), "A summary of the fourth story."),
    ]
    body = "".join(
        f"<item><title>{t}</title><link>{u}</link><description>{d}</description></item>" for t, u, d in items
    )
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>IDN</title>{body}</channel></rss>'
    http_server.routes["/idn-feed.xml"] = Reply(200, {"Content-Type": "application/rss+xml"}, feed.encode())
    return http_server


async def _fail(url: str, client: httpx.AsyncClient) -> NewsError:
    with hang_guard(), pytest.raises(NewsError) as caught:
        await fetch(url, client, timeout=5)
    return caught.value


@pytest.mark.parametrize("host", BAD_HOSTS)
def test_validate_url_refuses_a_host_idna_refuses(host: str) -> None:
    with pytest.raises(UsageError) as caught:
        validate_url(f"http://{host}/a?x=1")
    assert caught.value.message == f"invalid host name ({host})"


@pytest.mark.parametrize(
    "url", ["http://xn--mgbh0fb.example/", "http://sub.xn--ls8h.invalid/", "http://XN--MGBH0FB.example"]
)
def test_validate_url_keeps_good_punycode(url: str) -> None:
    """Valid punycode (مثال) is kept; httpx decodes only a host whose first label is punycode."""
    assert validate_url(url) == url


@pytest.mark.parametrize("host", BAD_HOSTS)
async def test_fetch_refuses_a_host_idna_refuses(host: str, client: httpx.AsyncClient) -> None:
    error = await _fail(f"http://{host}/", client)
    assert isinstance(error, UsageError) and error.message == f"invalid host name ({host})"


@pytest.mark.parametrize(
    ("path", "host"),
    [
        *((f"/to-bad-host-{n}", host) for n, host in enumerate(BAD_HOSTS)),
        ("/to-bad-host-relative", BAD_HOSTS[0]),
        ("/to-bad-host-space", BAD_HOSTS[1]),
        ("/to-bad-host-tab", BAD_HOSTS[1]),
    ],
)
async def test_a_redirect_to_a_host_idna_refuses(
    path: str, host: str, server: LocalServer, client: httpx.AsyncClient
) -> None:
    server.hits.pop(path, None)
    error = await _fail(server.url(path), client)
    assert isinstance(error, FetchError)
    assert error.message == f"invalid redirect target: invalid host name ({host})"
    assert server.hits[path] == 1, "not retried"


async def test_fetch_entries_keeps_the_feed(server: LocalServer) -> None:
    """Entries linking hosts IDNA refuses are failed entry pages; the feed and its other entries stay."""
    with hang_guard():
        results = await load_sources([server.url("/idn-feed.xml")], LoadOptions(timeout=20, fetch_entries=True))
    articles = results[0].articles
    assert [a.summary_only for a in articles] == [False, True, True, False]
    assert articles[1].paragraphs == ("A summary of the second story.",)
    assert results[0].error == (
        f"2 entries' pages gave no story (http://{BAD_HOSTS[0]}/a: invalid host name ({BAD_HOSTS[0]}); 1 more):"
        " the feed's summary is shown"
    )


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/proto-huge-header", "invalid HTTP response (headers too large)"),
        ("/proto-many-headers", "invalid HTTP response (headers too large)"),
        ("/proto-bad-chunk", "invalid HTTP response (bad chunked encoding)"),
        ("/proto-bad-status", "invalid HTTP response (bad status line)"),
        ("/proto-bad-length", "invalid HTTP response (bad Content-Length)"),
        ("/proto-bad-header-line", "invalid HTTP response (bad header line)"),
    ],
)
async def test_a_protocol_violation_is_not_retried(
    path: str, message: str, server: LocalServer, client: httpx.AsyncClient
) -> None:
    server.hits.pop(path, None)
    error = await _fail(server.url(path), client)
    assert isinstance(error, FetchError) and error.message == message
    assert server.hits[path] == 1


async def test_a_server_that_hangs_up_is_retried(server: LocalServer, client: httpx.AsyncClient) -> None:
    server.hits.pop("/proto-hang-up", None)
    error = await _fail(server.url("/proto-hang-up"), client)
    assert isinstance(error, FetchError) and error.message == "connection closed by the server"
    assert server.hits["/proto-hang-up"] == 3


async def test_a_bug_on_one_entry_page_fails_that_entry_only(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anything but a NewsError out of one entry's page (newstui's own bug) fails that entry, not its feed."""
    from newstui.sources import web

    real = web.fetch_article

    async def buggy(url: str, options: LoadOptions, *, client: httpx.AsyncClient) -> list[Article]:
        if url.endswith("/idn-entry-1"):
            raise ValueError("a bug")
        return await real(url, options, client=client)

    monkeypatch.setattr(web, "fetch_article", buggy)
    with hang_guard():
        results = await load_sources([server.url("/idn-feed.xml")], LoadOptions(timeout=20, fetch_entries=True))
    assert [a.summary_only for a in results[0].articles] == [True, True, True, False]
    assert results[0].error is not None
    assert results[0].error.startswith("3 entries' pages gave no story (")
    assert "/idn-entry-1: unexpected error: ValueError: a bug; 2 more)" in results[0].error
