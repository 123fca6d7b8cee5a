"""sources.http against a real server on 127.0.0.1: limits, faults, redirects, retries, content types."""

from __future__ import annotations

import asyncio
import gzip
import shutil
import ssl
import subprocess
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from local_server import WEB, LocalServer, QuietServer, Reply, handler_class, serve

from hang_guard import hang_guard
from newstui.errors import FetchError, NewsError, NotReadable, TooLarge, UsageError
from newstui.model import RawDocument
from newstui.parse import parse_document
from newstui.sources import LoadOptions, fetch_article, load_sources
from newstui.sources.http import USER_AGENT, fetch, make_client, validate_url
from newstui.sources.http_client import _DeferredCAContext, _tls_context

pytestmark = pytest.mark.network


_TLS = ssl.create_default_context()
"""One verifying TLS context for the per-test clients (building one per client costs ~50 ms)."""


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """A client like make_client's (verifying, no auto-redirects) that reuses one TLS context."""
    async with httpx.AsyncClient(verify=_TLS, follow_redirects=False, timeout=20) as shared:
        yield shared


async def _fail(url: str, client: httpx.AsyncClient, **kwargs: float) -> NewsError:
    """Fetch expecting a NewsError, under the hang guard (the stalling routes hold a request 30 s or more)."""
    with hang_guard(), pytest.raises(NewsError) as caught:
        await fetch(url, client, **kwargs)  # type: ignore[arg-type]
    return caught.value


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits ``fetch`` sleeps between attempts (the sleeps still happen)."""
    from types import SimpleNamespace

    from newstui.sources import http as http_module

    asked: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(delay: float, *args: Any) -> Any:
        asked.append(delay)
        return await real_sleep(delay, *args)

    monkeypatch.setattr(http_module, "asyncio", SimpleNamespace(**{**vars(asyncio), "sleep": sleep}))
    return asked


class TestSuccess:
    async def test_page(self, http_server: LocalServer, client: httpx.AsyncClient) -> None:
        """A page comes back with origin as given, final URL, media type, charset and kept headers."""
        url = http_server.url("/ar_news.html")
        doc = await fetch(url, client)
        assert (doc.origin, doc.url, doc.content_type, doc.charset) == (url, url, "text/html", "utf-8")
        assert doc.data == (WEB / "ar_news.html").read_bytes()
        assert doc.headers == {"content-type": "text/html; charset=utf-8"}

    async def test_headers_sent(self, http_server: LocalServer, client: httpx.AsyncClient) -> None:
        """Requests carry newstui's User-Agent and ask only for gzip and deflate."""
        await fetch(http_server.url("/headers"), client)
        seen = http_server.seen_headers["/headers"]
        assert seen["user-agent"] == USER_AGENT and USER_AGENT.startswith("newstui/")
        assert seen["accept-encoding"] == "gzip, deflate"

    @pytest.mark.parametrize(
        ("path", "fixture"),
        [
            ("/gzip-page", "ar_news.html"),
            ("/gzip-gzip-page", "ar_news.html"),
            ("/deflate-page", "en_news.html"),
            ("/raw-deflate-page", "en_news.html"),
        ],
        ids=["gzip", "gzip-gzip", "deflate", "raw-deflate"],
    )
    async def test_content_encodings(
        self, http_server: LocalServer, client: httpx.AsyncClient, path: str, fixture: str
    ) -> None:
        """gzip, stacked gzip, zlib and raw deflate bodies are inflated to the original bytes."""
        doc = await fetch(http_server.url(path), client)
        assert doc.data == (WEB / fixture).read_bytes()

    @pytest.mark.parametrize(
        ("path", "final"),
        [("/relative-redirect", "/en_news.html"), ("/hops/3", "/en_news.html")],
        ids=["relative", "three-hops"],
    )
    async def test_redirects_followed(
        self, http_server: LocalServer, client: httpx.AsyncClient, path: str, final: str
    ) -> None:
        """Redirects are followed (relative Location resolved); origin stays, url is the final URL."""
        doc = await fetch(http_server.url(path), client)
        assert (doc.origin, doc.url) == (http_server.url(path), http_server.url(final))

    @pytest.mark.parametrize("path", ["/octet-html", "/no-type"], ids=["octet-stream", "no-content-type"])
    async def test_sniffed_text_is_accepted(
        self, http_server: LocalServer, client: httpx.AsyncClient, path: str
    ) -> None:
        """An HTML body labelled octet-stream or unlabelled is sniffed as text and parsed as a page."""
        doc = await fetch(http_server.url(path), client)
        assert doc.content_type is None
        assert parse_document(doc)[0].title == "Night ferry returns after two-year pause"

    @pytest.mark.parametrize("path", ["/cp1256-meta.html", "/latin1-header.html"], ids=["meta-only", "latin1-header"])
    async def test_arabic_legacy_encoding(self, http_server: LocalServer, client: httpx.AsyncClient, path: str) -> None:
        """A cp1256 page with only <meta charset>, or behind an ISO-8859-1 header, parses to Arabic."""
        doc = await fetch(http_server.url(path), client)
        assert parse_document(doc)[0].title == "أمطار غزيرة تغلق طريق الجبل"

    async def test_feed_served_as_text(self, http_server: LocalServer, client: httpx.AsyncClient) -> None:
        """A feed served as text/plain is still parsed as a feed."""
        doc = await fetch(http_server.url("/feed-as-text"), client)
        assert len(parse_document(doc)) == 3


ERRORS = [
    ("/missing", FetchError, "HTTP 404 Not Found"),
    ("/server-error", FetchError, "HTTP 500 Internal Server Error"),
    ("/image.png", NotReadable, "not a readable type (image/png)"),
    ("/doc.pdf", NotReadable, "not a readable type (application/pdf)"),
    ("/octet-binary", NotReadable, "not a readable type (application/octet-stream)"),
    ("/png-as-html", NotReadable, "not a readable type (image/png)"),
    ("/empty", NotReadable, "empty response"),
    ("/no-content", NotReadable, "empty response (HTTP 204 No Content)"),
    ("/big-length", TooLarge, "too large (over 10 MB)"),
    ("/brotli", FetchError, "unsupported content encoding (br)"),
    ("/fake-gzip", FetchError, "corrupt compressed body"),
    ("/cut-gzip", FetchError, "corrupt compressed body"),
    ("/half-gzip", FetchError, "compressed body cut short"),  # it was shown as a whole page, cut mid-word
    ("/half-deflate", FetchError, "compressed body cut short"),
    ("/loop-a", FetchError, "redirect loop"),
    ("/hops/11", FetchError, "too many redirects"),
    ("/to-file", FetchError, "refused redirect to file: URL"),
    ("/to-ftp", FetchError, "refused redirect to ftp: URL"),
    ("/to-javascript", FetchError, "refused redirect to javascript: URL"),
    ("/to-bad-port", FetchError, "invalid redirect target"),
    ("/retry-3600", FetchError, "HTTP 429 Too Many Requests (server asks to retry after 1 h)"),
]


class TestErrors:
    @pytest.mark.parametrize(("path", "kind", "message"), [e for e in ERRORS], ids=[e[0].strip("/") for e in ERRORS])
    async def test_error_message(
        self,
        http_server: LocalServer,
        client: httpx.AsyncClient,
        sleeps: list[float],
        path: str,
        kind: type,
        message: str,
    ) -> None:
        """Each fault gives its own one-line message at once (no retry loop for final answers)."""
        error = await _fail(http_server.url(path), client)
        assert isinstance(error, kind) and error.message == message
        assert sleeps == []

    async def test_connection_refused(self, closed_port: int, client: httpx.AsyncClient, sleeps: list[float]) -> None:
        """A refused port is retried briefly (three attempts, two backoffs of 0.5 s and 1 s give or take half),
        then reported as "connection refused"."""
        error = await _fail(f"http://127.0.0.1:{closed_port}/", client, timeout=5)
        assert error.message == "connection refused"
        assert len(sleeps) == 2 and 0.25 <= sleeps[0] <= 0.75 and 0.5 <= sleeps[1] <= 1.5, sleeps

    async def test_dns_failure(self, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
        """A name that cannot resolve is "DNS lookup failed" (the resolver is stood in for: no query leaves)."""
        import socket

        asked: list[str] = []
        real = socket.getaddrinfo

        def resolve(host: Any, *args: Any, **kwargs: Any) -> Any:
            if host in ("no-such-host.invalid", b"no-such-host.invalid"):  # anyio passes it encoded
                asked.append(host)
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return real(host, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", resolve)
        error = await _fail("http://no-such-host.invalid/", client, timeout=5)
        assert error.message == "DNS lookup failed" and asked

    async def test_self_signed_certificate(self, tls_server: int) -> None:
        """make_client's client refuses a self-signed certificate with the reason; no fallback to verify=False."""
        loads = _DeferredCAContext.loads
        async with make_client(LoadOptions(timeout=20)) as default:
            error = await _fail(f"https://127.0.0.1:{tls_server}/", default, timeout=5)
            again = await _fail(f"https://127.0.0.1:{tls_server}/", default, timeout=5)
        assert error.message.startswith("TLS certificate error: self")
        assert again.message == error.message
        assert _DeferredCAContext.loads == loads + 1  # loaded before the first handshake, once


class TestDeadlines:
    async def test_server_that_never_answers(self, http_server: LocalServer, client: httpx.AsyncClient) -> None:
        """A server that accepts and never answers (for 30 s) is stopped by the overall deadline."""
        error = await _fail(http_server.url("/hang"), client, timeout=1.5)
        assert error.message == "timed out after 1.5 s"

    async def test_slow_drip(self, http_server: LocalServer, client: httpx.AsyncClient) -> None:
        """1 byte every 0.5 s (for 60 s) never trips httpx's per-read timeout, but the overall deadline stops it."""
        error = await _fail(http_server.url("/drip"), client, timeout=2)
        assert error.message == "timed out after 2 s"

    async def test_tls_handshake_stall(self, silent_acceptor: int, client: httpx.AsyncClient) -> None:
        """A TLS handshake that never completes is a connect timeout."""
        error = await _fail(f"https://127.0.0.1:{silent_acceptor}/", client, timeout=1)
        assert error.message == "connection timed out after 1 s"


class TestSizeLimits:
    @pytest.mark.parametrize("path", ["/gzip-bomb", "/gzip-gzip-bomb", "/deflate-bomb"])
    async def test_compression_bombs(self, http_server: LocalServer, client: httpx.AsyncClient, path: str) -> None:
        """A 200 MB bomb stops at the 10 MB decoded cap with bounded peak memory."""
        tracemalloc.start()
        try:
            tracemalloc.reset_peak()
            before, _ = tracemalloc.get_traced_memory()
            error = await _fail(http_server.url(path), client, timeout=10)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        growth_mb = (peak - before) / 1e6
        print(f"{path}: peak growth {growth_mb:.1f} MB")
        assert isinstance(error, TooLarge) and error.message == "too large (over 10 MB)"
        assert growth_mb < 100

    async def test_endless_body(self, http_server: LocalServer, client: httpx.AsyncClient) -> None:
        """An endless body is cut at the cap."""
        error = await _fail(http_server.url("/endless"), client, max_bytes=2_000_000)
        assert isinstance(error, TooLarge) and error.message == "too large (over 2 MB)"


class TestRetries:
    async def test_retry_after_seconds(
        self, http_server: LocalServer, client: httpx.AsyncClient, sleeps: list[float]
    ) -> None:
        """429 with Retry-After: 1 is retried after the second it asks for and then succeeds."""
        http_server.hits.pop("/retry-once", None)
        doc = await fetch(http_server.url("/retry-once"), client, timeout=20)
        assert doc.data == (WEB / "en_news.html").read_bytes()
        assert http_server.hits["/retry-once"] == 2 and sleeps == [1.0]

    async def test_retry_after_http_date(self, http_server: LocalServer, client: httpx.AsyncClient) -> None:
        """503 with an HTTP-date Retry-After is retried and then succeeds."""
        http_server.hits.pop("/retry-date", None)
        doc = await fetch(http_server.url("/retry-date"), client, timeout=20)
        assert doc.data and http_server.hits["/retry-date"] == 2

    async def test_garbage_retry_after_is_bounded(
        self, http_server: LocalServer, client: httpx.AsyncClient, sleeps: list[float]
    ) -> None:
        """503 with an unreadable Retry-After uses the default backoff (0.5 s then 1 s, give or take half),
        three attempts in all."""
        http_server.hits.pop("/retry-garbage", None)
        error = await _fail(http_server.url("/retry-garbage"), client, timeout=10)
        assert error.message == "HTTP 503 Service Unavailable"
        assert http_server.hits["/retry-garbage"] == 3
        assert len(sleeps) == 2 and 0.25 <= sleeps[0] <= 0.75 and 0.5 <= sleeps[1] <= 1.5, sleeps

    async def test_retries_stay_within_the_deadline(
        self, http_server: LocalServer, client: httpx.AsyncClient, sleeps: list[float]
    ) -> None:
        """With a short deadline no retry is started that could not finish in time: the waits slept add up to
        less than the deadline (a first backoff is 0.25 to 0.75 s, so often none is started)."""
        error = await _fail(http_server.url("/retry-garbage"), client, timeout=0.3)
        assert error.message in ("HTTP 503 Service Unavailable", "timed out after 0.3 s")
        assert sum(sleeps) < 0.3, sleeps


@pytest.mark.parametrize(
    ("header", "wait"),
    [
        ("2", 2.0),
        (" 120 ", 120.0),
        ("²", None),  # str.isdigit() says yes; float() raised, an "unexpected error"
        ("١٢", None),  # Arabic-Indic digits are no delta-seconds either
        ("-3", None),
        ("1.5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
    ids=["seconds", "spaces", "superscript", "arabic-indic", "negative", "fraction", "word", "empty", "absent"],
)
def test_retry_after_header(header: str | None, wait: float | None) -> None:
    from newstui.sources.http import _retry_after

    assert _retry_after(header) == wait


@pytest.mark.parametrize(
    ("wait", "says"),
    [
        (30.0, "30 s"),
        (600.0, "10 min"),
        (7200.0, "2 h"),
        (3 * 86400.0, "3 days"),
        (99999999999999999999.0, "more than a year"),
        (float("inf"), "more than a year"),
    ],
)
def test_a_long_wait_is_said_plainly(wait: float, says: str) -> None:
    from newstui.sources.http_errors import with_wait

    error = with_wait(FetchError("HTTP 503 Service Unavailable"), wait)
    assert error.message == f"HTTP 503 Service Unavailable (server asks to retry after {says})"


BAD_URLS = [
    ("http://", "invalid URL: no host name"),
    ("https://[::1", "invalid URL"),
    ("http://exa\nmple.com/", "URL contains control characters"),
    ("http://example.com/\x1b[31m", "URL contains control characters"),
    ("feed://example.com/rss", "unsupported URL scheme (feed:); use http:// or https://"),
    ("ftp://example.com/", "unsupported URL scheme (ftp:); use http:// or https://"),
    ("http://example.com/" + "a" * 10_000, "URL too long"),
    ("example.com", "not a URL"),
    ("http://127.0.0.1:99999/", "invalid URL: port 99999 out of range (1-65535)"),
    ("http://[::1]:70000/feed", "invalid URL: port 70000 out of range (1-65535)"),
    ("http://example.com:0/", "invalid URL: port 0 out of range (1-65535)"),
    ("http://example.com/x\udc9b", "URL is not valid UTF-8 (a byte of it is no character)"),
    ("http://example.com/\u2067news\u2069", "URL contains invisible direction marks (copied from right-to-left text?)"),
    ("http://example.com/\u200fnews", "URL contains invisible direction marks (copied from right-to-left text?)"),
    ("http://example.com/\u061cnews", "URL contains invisible direction marks (copied from right-to-left text?)"),
]


class TestUrlValidation:
    @pytest.mark.parametrize(
        ("url", "message"),
        BAD_URLS,
        ids=[
            "no-host",
            "ipv6",
            "newline",
            "esc",
            "feed",
            "ftp",
            "10k",
            "bare",
            "port-99999",
            "v6-port",
            "port-0",
            "surrogate",
            "isolate",
            "rlm",
            "alm",
        ],
    )
    def test_bad_urls(self, url: str, message: str) -> None:
        """Bad URLs are UsageErrors with a friendly one-line message (controls never echoed)."""
        with pytest.raises(UsageError) as caught:
            validate_url(url)
        assert caught.value.message.startswith(message)
        assert "\n" not in caught.value.message and "\x1b" not in caught.value.message


def _mock_client(routes: dict[str, httpx.Response]) -> httpx.AsyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return routes[str(request.url)]

    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


class TestRedirectPolicy:
    """Cases a plain local HTTP server cannot produce (TLS on a public name), via httpx.MockTransport."""

    @pytest.mark.parametrize(
        ("location", "message"),
        [
            ("http://news.example.com/page", "refused https to http redirect"),
            ("https://127.0.0.1/admin", "refused redirect to a local address"),
            ("https://localhost/admin", "refused redirect to a local address"),
            ("data:text/html,<p>x</p>", "refused redirect to data: URL"),
        ],
        ids=["https-to-http", "to-loopback", "to-localhost", "to-data"],
    )
    async def test_refused(self, location: str, message: str) -> None:
        """Downgrades, remote-to-loopback and non-http targets are refused even where the transport would allow them."""
        routes = {"https://news.example.com/a": httpx.Response(302, headers={"Location": location})}
        async with _mock_client(routes) as mock:
            with pytest.raises(FetchError) as caught:
                await fetch("https://news.example.com/a", mock)
        assert caught.value.message == message

    async def test_https_to_https_is_followed(self) -> None:
        """A normal https redirect is followed."""
        routes = {
            "https://news.example.com/a": httpx.Response(301, headers={"Location": "/b"}),
            "https://news.example.com/b": httpx.Response(200, headers={"Content-Type": "text/plain"}, content=b"ok"),
        }
        async with _mock_client(routes) as mock:
            doc = await fetch("https://news.example.com/a", mock)
        assert (doc.data, doc.url) == (b"ok", "https://news.example.com/b")

    async def test_gzip_gzip_header(self) -> None:
        """A body declared "gzip, gzip" is inflated twice."""
        body = gzip.compress(gzip.compress(b"Twice packed text."))
        routes = {
            "https://news.example.com/z": httpx.Response(
                200, headers={"Content-Type": "text/plain", "Content-Encoding": "gzip, gzip"}, content=body
            )
        }
        async with _mock_client(routes) as mock:
            assert (await fetch("https://news.example.com/z", mock)).data == b"Twice packed text."


class TestLoadSources:
    async def test_mixed_sources_keep_order(self, http_server: LocalServer) -> None:
        """URLs and files load in parallel but come back in command-line order, errors in place."""
        refs = [
            http_server.url("/ar_news.html"),
            str(WEB / "rss2.xml"),
            http_server.url("/missing"),
            http_server.url("/rss2.xml"),
        ]
        progress: list[int] = []
        results = await load_sources(refs, LoadOptions(timeout=20), on_result=lambda i, _: progress.append(i))
        assert [r.origin for r in results] == refs
        assert results[0].articles[0].title == "افتتاح أكبر مكتبة عامة في مدينة الميناء"
        assert len(results[1].articles) == 3 and len(results[3].articles) == 3
        assert results[2].error == "HTTP 404 Not Found" and not results[2].articles
        assert sorted(progress) == [0, 1, 2, 3]

    @pytest.mark.parametrize("path", ["/refresh", "/refresh-twice"])
    async def test_a_page_that_only_sends_the_browser_on_is_followed(self, http_server: LocalServer, path: str) -> None:
        """``<meta http-equiv="refresh" content="0; url=…">`` on a short page: the story is the page it
        names (under the address given), not "Redirecting…"."""
        (result,) = await load_sources([http_server.url(path)], LoadOptions(timeout=20))
        (article,) = result.articles
        assert article.title == "افتتاح أكبر مكتبة عامة في مدينة الميناء"
        assert result.origin == http_server.url(path)

    @pytest.mark.parametrize(
        ("path", "read", "hits"),
        [
            ("/refresh-loop", "/refresh-loop-2", {"/refresh-loop": 2, "/refresh-loop-2": 2}),
            ("/refresh-later", "/refresh-later", {"/refresh-later": 1}),
        ],
        ids=["loop", "later"],
    )
    async def test_a_refresh_loop_or_a_late_refresh_is_the_page_itself(
        self, http_server: LocalServer, path: str, read: str, hits: dict[str, int]
    ) -> None:
        """A loop is followed three times (four fetches), then the page reached is read as it is; a refresh
        minutes away is a page that reloads itself, read as it is (its target never fetched)."""
        for counted in ("/refresh-loop", "/refresh-loop-2", "/refresh-later", "/ar_news.html"):
            http_server.hits.pop(counted, None)
        (result,) = await load_sources([http_server.url(path)], LoadOptions(timeout=20))
        assert result.error is None
        (article,) = result.articles
        assert (article.title, article.url) == ("Redirecting…", http_server.url(read))
        assert article.paragraphs == ("If you are not redirected, click here .",)
        fetched = {counted: http_server.hits[counted] for counted in http_server.hits if counted in hits}
        assert fetched == hits and "/ar_news.html" not in http_server.hits

    async def test_fetch_entries_replaces_summaries(self, http_server: LocalServer) -> None:
        """With fetch_entries each entry's page replaces its summary; a missing page keeps the summary."""
        results = await load_sources([http_server.url("/entries.xml")], LoadOptions(timeout=20, fetch_entries=True))
        library, ferry, gone = results[0].articles
        assert (library.title, library.summary_only) == ("افتتاح أكبر مكتبة عامة في مدينة الميناء", False)
        assert len(library.paragraphs) == 5 and library.related
        assert (ferry.title, ferry.summary_only) == ("Night ferry returns after two-year pause", False)
        assert (gone.title, gone.summary_only) == ("A page that is gone", True)
        # What could not be done is told, as a feed cut short is (exit status 1 on the command line), naming
        # the entry's page and why.
        gone_url = http_server.url("/gone.html")
        assert results[0].error == (
            f"1 entry's page gave no story ({gone_url}: HTTP 404 Not Found): the feed's summary is shown"
        )

    async def test_fetch_entries_keeps_every_entry(self, http_server: LocalServer) -> None:
        """Two entries that lead to one page stay two, each with its own title and summary (neither is the
        page's headline, so neither takes the page: they were two copies of it), and an entry whose link is a
        feed keeps its own title and summary (it became that feed's first item)."""
        results = await load_sources(
            [http_server.url("/entries-shared.xml")], LoadOptions(timeout=20, fetch_entries=True)
        )
        plain = await load_sources([http_server.url("/entries-shared.xml")], LoadOptions(timeout=20))
        morning, evening, partner = results[0].articles
        assert [a.id for a in results[0].articles] == [a.id for a in plain[0].articles]
        assert (morning.title, evening.title) == ("Morning edition: ferry", "Evening update: ferry")
        assert morning.summary_only and evening.summary_only and morning.id != evening.id
        assert morning.paragraphs == ("The morning summary of the ferry story.",)
        assert (partner.title, partner.summary_only) == ("Our partner's feed", True)
        assert partner.paragraphs == ("A link to another site's feed, not to a story.",)
        feed_url = http_server.url("/rss2.xml")
        assert results[0].error == (
            f"1 entry's page gave no story ({feed_url}: the page is a feed, not a story): the feed's summary is shown"
        )
        assert plain[0].error is None

    async def test_summaries_without_fetch_entries(self, http_server: LocalServer) -> None:
        """Without fetch_entries feed entries stay summaries and no page is requested."""
        http_server.hits.pop("/gone.html", None)
        results = await load_sources([http_server.url("/entries.xml")], LoadOptions(timeout=20))
        assert all(a.summary_only for a in results[0].articles)
        assert "/gone.html" not in http_server.hits

    async def test_timeouts_become_results(self, http_server: LocalServer) -> None:
        """A hanging URL (30 s) becomes an error result at its deadline while the other sources load (within
        5 s: the same deadline is the fast page's, which a loaded machine can take more than a second to fetch)."""
        with hang_guard():
            results = await load_sources(
                [http_server.url("/hang"), http_server.url("/en_news.html")], LoadOptions(timeout=5)
            )
        assert results[0].error == "timed out after 5 s" and results[1].articles

    async def test_fetch_article(self, http_server: LocalServer, client: httpx.AsyncClient) -> None:
        """fetch_article fetches and parses one URL for the TUI, raising NewsError on failure."""
        articles = await fetch_article(http_server.url("/en_news.html"), LoadOptions(timeout=20), client=client)
        assert articles[0].origin == http_server.url("/en_news.html")
        with pytest.raises(FetchError, match="HTTP 404"):
            await fetch_article(http_server.url("/missing"), LoadOptions(timeout=20), client=client)

    async def test_local_document_round_trip(self) -> None:
        """A RawDocument built by hand parses the same as one fetched (parse_document is transport-agnostic)."""
        data = (WEB / "en_news.html").read_bytes()
        doc = RawDocument(origin="x", data=data, content_type="text/html", url="https://daily.example.org/a")
        assert parse_document(doc)[0].related[0].url == "https://daily.example.org/local/2023/pier-inspection"


@pytest.fixture(scope="module")
def trusted_tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """An HTTPS server on 127.0.0.1 whose certificate names the address, and that certificate's file."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not available to make a certificate")
    folder = tmp_path_factory.mktemp("trusted-tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-addext", "basicConstraints=critical,CA:TRUE",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    state = LocalServer()
    state.routes["/"] = Reply(200, {"Content-Type": "text/plain"}, b"trusted")
    httpd = QuietServer(("127.0.0.1", 0), handler_class(state))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = serve(httpd)
    yield int(httpd.server_address[1]), cert
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


class TestDeferredCertificates:
    """make_client loads the CA certificates before the first https connection, not when it is built."""

    async def test_http_only_session_loads_none(self, http_server: LocalServer) -> None:
        """Building a client and fetching plain-http pages loads no CA certificates."""
        loads = _DeferredCAContext.loads
        async with make_client(LoadOptions(timeout=20)) as client:
            assert (await fetch(http_server.url("/en_news.html"), client)).data
            assert (await fetch(http_server.url("/rss2.xml"), client)).data
        assert _DeferredCAContext.loads == loads

    async def test_ssl_cert_file_is_trusted(
        self, trusted_tls: tuple[int, Path], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The deferred load uses SSL_CERT_FILE as httpx would: its CA is trusted, once loaded."""
        port, cert = trusted_tls
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        loads = _DeferredCAContext.loads
        async with make_client(LoadOptions(timeout=20)) as client:
            assert _DeferredCAContext.loads == loads
            first = await fetch(f"https://127.0.0.1:{port}/", client)
            second = await fetch(f"https://127.0.0.1:{port}/", client, timeout=5)
        assert first.data == second.data == b"trusted"
        assert _DeferredCAContext.loads == loads + 1

    async def test_other_ca_still_refused(self, trusted_tls: tuple[int, Path]) -> None:
        """Without that CA in the trust store the same server is refused as before."""
        port, _ = trusted_tls
        async with make_client(LoadOptions(timeout=20)) as client:
            error = await _fail(f"https://127.0.0.1:{port}/", client, timeout=5)
        assert error.message.startswith("TLS certificate error: self")

    async def test_hostname_is_checked(self, trusted_tls: tuple[int, Path], monkeypatch: pytest.MonkeyPatch) -> None:
        """A trusted certificate for another name (127.0.0.1 reached as localhost) is refused."""
        port, cert = trusted_tls
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        async with make_client(LoadOptions(timeout=20)) as client:
            error = await _fail(f"https://localhost:{port}/", client, timeout=5)
        assert error.message.startswith("TLS certificate error: Hostname mismatch")

    @pytest.mark.parametrize("source", ["SSL_CERT_FILE", "SSL_CERT_DIR", "certifi"])
    def test_same_settings_as_httpx(self, source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Once loaded, the context is the one httpx builds for verify=True: same checks, same CA certificates."""
        import certifi

        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
        if source == "SSL_CERT_FILE":
            monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
        elif source == "SSL_CERT_DIR":
            (tmp_path / "certs").mkdir()
            monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "certs"))
        ours = _tls_context()
        assert ours.cert_store_stats() == {"crl": 0, "x509_ca": 0, "x509": 0}  # nothing loaded yet
        ours._load_ca()
        reference = httpx.create_ssl_context(verify=True, trust_env=True)
        for attribute in (
            "protocol",
            "verify_mode",
            "check_hostname",
            "verify_flags",
            "options",
            "minimum_version",
            "maximum_version",
            "post_handshake_auth",
            "hostname_checks_common_name",
            "keylog_filename",
            "security_level",
        ):
            assert getattr(ours, attribute) == getattr(reference, attribute), attribute
        assert ours.get_ciphers() == reference.get_ciphers()
        assert ours.cert_store_stats() == reference.cert_store_stats()
        assert ours.get_ca_certs() == reference.get_ca_certs()
