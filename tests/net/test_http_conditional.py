"""Conditional requests against a real server on 127.0.0.1: a document fetched again is not sent again unchanged."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest
from local_server import LocalServer

from newstui.model import RawDocument
from newstui.sources import http_validators
from newstui.sources.http import fetch

pytestmark = pytest.mark.network

# Our own feed, written for these tests.
FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة الحي</title>'
    "<item><title>افتتاح جسر المشاة الجديد</title><link>https://news.example/bridge</link>"
    "<description>افتتحت البلدية جسر المشاة الجديد فوق الطريق السريع.</description></item>"
    "</channel></rss>"
).encode()


class Versioned:
    """A route serving one version of a document with validators, answering 304 when the client has it."""

    def __init__(self, *, etag: bool = True, modified: bool = True) -> None:
        self.version = 1
        self.etag = etag
        self.modified = modified
        self.full = 0
        """Responses that sent the body."""
        self.not_modified = 0
        self.lock = threading.Lock()

    def body(self) -> bytes:
        return FEED.replace(b"</channel>", f"<!-- v{self.version} --></channel>".encode())

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        tag = f'"v{self.version}"'
        stamp = f"Mon, 30 Nov 2026 0{self.version}:00:00 GMT"
        asked_tag = handler.headers.get("If-None-Match")
        asked_stamp = handler.headers.get("If-Modified-Since")
        same = (self.etag and asked_tag == tag) or (not self.etag and self.modified and asked_stamp == stamp)
        with self.lock:
            if same:
                self.not_modified += 1
                handler.send_response(304)
                handler.end_headers()
                return
            self.full += 1
        body = self.body()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        if self.etag:
            handler.send_header("ETag", tag)
        if self.modified:
            handler.send_header("Last-Modified", stamp)
        handler.end_headers()
        handler.wfile.write(body)


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(follow_redirects=False, timeout=20) as shared:
        yield shared


@pytest.fixture(autouse=True)
def nothing_kept() -> Iterator[None]:
    http_validators.forget()
    yield
    http_validators.forget()


def _route(http_server: LocalServer, name: str, route: Versioned) -> str:
    http_server.routes[f"/conditional/{name}"] = route
    return http_server.url(f"/conditional/{name}")


@pytest.mark.parametrize(("etag", "modified"), [(True, True), (True, False), (False, True)])
async def test_an_unchanged_document_is_not_sent_again(
    http_server: LocalServer, client: httpx.AsyncClient, etag: bool, modified: bool
) -> None:
    route = Versioned(etag=etag, modified=modified)
    url = _route(http_server, f"same-{etag}-{modified}", route)
    first = await fetch(url, client)
    again = await fetch(url, client)
    assert (route.full, route.not_modified) == (1, 1)
    assert isinstance(again, RawDocument) and again.data == first.data == route.body()
    assert again.content_type == first.content_type == "application/rss+xml"


async def test_a_changed_document_is_fetched_whole(http_server: LocalServer, client: httpx.AsyncClient) -> None:
    route = Versioned()
    url = _route(http_server, "changed", route)
    await fetch(url, client)
    route.version = 2
    changed = await fetch(url, client)
    assert changed.data == route.body() and b"v2" in changed.data
    again = await fetch(url, client)
    assert (route.full, route.not_modified) == (2, 1)
    assert again.data == changed.data


async def test_without_validators_every_fetch_is_whole(http_server: LocalServer, client: httpx.AsyncClient) -> None:
    route = Versioned(etag=False, modified=False)
    url = _route(http_server, "plain", route)
    for _ in range(3):
        await fetch(url, client)
    assert (route.full, route.not_modified) == (3, 0)
    assert "if-none-match" not in http_server.seen_headers["/conditional/plain"]


@pytest.mark.parametrize(("etag", "modified"), [(True, True), (True, False), (False, True)])
async def test_the_first_reload_after_the_start_up_helper_is_conditional(
    http_server: LocalServer, etag: bool, modified: bool
) -> None:
    """The helper that fetches the command line's feeds before the first paint hands their validators back:
    the reader's first reload asks If-None-Match / If-Modified-Since and gets a 304, the stories the same."""
    from newstui.sources import LoadOptions, load_sources
    from newstui.sources.prefetch import Prefetch

    route = Versioned(etag=etag, modified=modified)
    url = _route(http_server, f"prefetched-{etag}-{modified}", route)
    options = LoadOptions(timeout=10)
    prefetch = Prefetch.start([url], options)
    assert prefetch is not None
    try:
        first = await prefetch.take(url)
    finally:
        prefetch.close()
    assert first is not None and first.articles and (route.full, route.not_modified) == (1, 0)
    (again,) = await load_sources([url], options)
    assert (route.full, route.not_modified) == (1, 1), "the reload was a conditional request"
    assert again.articles == first.articles
    asked = http_server.seen_headers[f"/conditional/prefetched-{etag}-{modified}"]
    assert ("if-none-match" in asked) is etag and ("if-modified-since" in asked) is modified


def test_validators_from_elsewhere_in_another_form_are_ignored() -> None:
    document = RawDocument(origin="x", data=b"<rss/>")
    http_validators.adopt(
        [("https://feeds.example/a", '"a"', None, document), ("bad",), "x", (1, None, None, document)]
    )
    http_validators.adopt({"not": "a list"})
    assert http_validators.conditional_headers("https://feeds.example/a") == {"If-None-Match": '"a"'}
    assert http_validators.kept_since(set()) == [("https://feeds.example/a", '"a"', None, document)]


def test_the_kept_documents_are_bounded() -> None:
    document = RawDocument(origin="x", data=b"<rss/>")
    for number in range(http_validators.KEPT_DOCUMENTS + 10):
        http_validators.keep(f"https://feeds.example/{number}", {"etag": f'"{number}"'}, document)
    assert http_validators.conditional_headers("https://feeds.example/0") == {}
    last = http_validators.KEPT_DOCUMENTS + 9
    assert http_validators.conditional_headers(f"https://feeds.example/{last}") == {"If-None-Match": f'"{last}"'}
    big = RawDocument(origin="x", data=bytes(http_validators.KEPT_BYTES + 1))
    http_validators.keep("https://feeds.example/big", {"etag": '"b"'}, big)
    assert http_validators.unchanged("https://feeds.example/big") is None
    http_validators.keep("https://feeds.example/private", {"etag": '"p"', "cache-control": "no-store"}, document)
    assert http_validators.unchanged("https://feeds.example/private") is None
