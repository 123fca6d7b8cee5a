"""Fetching http(s) documents through one shared httpx.AsyncClient, with every limit enforced by newstui.

httpx leaves these to the caller (SECURITY.md §4): an overall deadline per request (its timeouts are
per socket operation), a cap on the *decoded* body (its decoders inflate a whole chunk at once), refusal
of https->http and non-http redirects, content-type checks, and bounded retries. So redirects are
followed here (``follow_redirects=False`` on every request), bodies are read raw and inflated with
``zlib`` in bounded steps, and every failure becomes one sanitized line.

This module runs the request (deadline, retries, redirects); ``http_client`` builds the client,
``http_body`` reads and checks the body, ``http_redirects`` checks each redirect and ``http_errors``
words the failures.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import random
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

from newstui.addresses import MAX_URL_LENGTH
from newstui.errors import FetchError, NewsError, NotReadable, UsageError
from newstui.model import RawDocument
from newstui.sources.http_body import read_body
from newstui.sources.http_client import (
    ACCEPT,
    CONNECT_TIMEOUT,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    import_httpx,
    make_client,
    timeouts,
)
from newstui.sources.http_errors import connect_error, seconds, status_error, transport_error, with_wait
from newstui.sources.http_redirects import redirect_target, unbuildable_redirect, valid_port
from newstui.sources.http_validators import conditional_headers, keep, unchanged
from newstui.sources.options import MAX_BODY_BYTES

if TYPE_CHECKING:
    import httpx

__all__ = [
    "USER_AGENT",
    "fetch",
    "host_refused",
    "import_httpx",
    "make_client",
    "validate_url",
]

DEFAULT_MAX_BYTES: Final = MAX_BODY_BYTES
"""Cap on the decoded body, in bytes."""
_EDGE_MARKS: Final = "\u061c\u200e\u200f"
"""ALM, LRM and RLM: dropped at an address's ends, as whitespace is (copied with it from Arabic text)."""
_DIRECTION_MARKS: Final = frozenset("\u061c\u200e\u200f\u2066\u2067\u2068\u2069")
"""Invisible bidi marks and isolates refused in a URL, as the embeddings and overrides are (a control)."""
MAX_REDIRECTS: Final = 10
MAX_ATTEMPTS: Final = 3
"""Total tries of one request, retries included."""
RETRY_STATUSES: Final = frozenset({429, 502, 503, 504})
RETRY_AFTER_CAP: Final = 5.0
"""Longest ``Retry-After`` honoured; a server asking for more gets no retry."""
BACKOFF_BASE: Final = 0.5


def validate_url(url: str) -> str:
    """Check a URL the user gave before anything is sent.

    Args:
        url: the URL as typed.

    Returns:
        The URL, stripped of surrounding whitespace.

    Raises:
        UsageError: too long, control characters, a scheme other than http/https, no host, a port
            out of range, or a URL httpx cannot parse. The message is one line and names the problem.
    """
    import httpx

    url = url.strip().strip(_EDGE_MARKS).strip()  # (a mark copied with the address from Arabic text)
    if len(url) > MAX_URL_LENGTH:
        raise UsageError(f"URL too long ({len(url):,} characters; at most {MAX_URL_LENGTH:,})")
    if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E for c in url):
        raise UsageError("URL contains control characters")
    if not url.isascii():
        if any("\ud800" <= c <= "\udfff" for c in url):  # a byte of the command line that is not UTF-8
            raise UsageError("URL is not valid UTF-8 (a byte of it is no character)")
        if any(c in _DIRECTION_MARKS for c in url):
            raise UsageError("URL contains invisible direction marks (copied from right-to-left text?)")
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise UsageError("not a URL (expected http:// or https://)")
    if scheme.lower() not in ("http", "https"):
        raise UsageError(f"unsupported URL scheme ({scheme[:20]}:); use http:// or https://")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise UsageError(f"invalid URL: {str(error)[:120]}") from None
    refused = host_refused(parsed)
    if refused is not None:
        raise UsageError(refused)
    if not parsed.host:
        raise UsageError("invalid URL: no host name")
    if not valid_port(parsed.port):
        raise UsageError(f"invalid URL: port {parsed.port} out of range (1-65535)")
    return url


def host_refused(url: httpx.URL) -> str | None:
    """Why ``url``'s host cannot be used, or None: a punycode (``xn--``) name that IDNA refuses.

    httpx checks a Unicode host when it parses a URL, but a host already written in ASCII is only decoded
    when its ``host`` is read (by httpx itself too: redirects, proxies), and ``idna`` raises then
    (``http://xn--i-7iq.ws/``, the ASCII spelling of a name with an emoji in it).
    """
    try:
        url.host  # noqa: B018 - read for the error it raises
    except ValueError:  # idna.IDNAError is a UnicodeError
        return f"invalid host name ({url.raw_host.decode('ascii', 'replace')[:80]})"
    return None


def _from_idna(error: UnicodeError) -> bool:
    """Whether ``error`` is ``idna``'s (a host it refuses), not another UnicodeError (a bug)."""
    return type(error).__module__.startswith("idna")


def _redirect_host_refused(error: BaseException, current: str) -> FetchError:
    """The refusal of a redirect to a host IDNA refuses, which httpx raised on while building its request
    (``error`` an ``idna`` error; the redirect response is found in its traceback, as
    ``unbuildable_redirect`` finds it)."""
    import httpx

    node = error.__traceback__
    while node is not None:
        response = node.tb_frame.f_locals.get("response")
        if isinstance(response, httpx.Response) and response.has_redirect_location:
            try:
                target = httpx.URL(current).join(response.headers.get("location", "").strip())
            except (httpx.InvalidURL, ValueError, TypeError):
                break
            refused = host_refused(target)
            if refused is not None:
                return FetchError(f"invalid redirect target: {refused}")
            break
        node = node.tb_next
    return FetchError("invalid redirect target: invalid host name")


_CLOSED: Final = ("server disconnected", "peer closed connection", "peer unexpectedly closed")
"""How h11 and httpcore word a server that hung up (before its response, or within its body)."""
_VIOLATIONS: Final = (
    ("receive buffer too long", "headers too large"),
    ("chunk", "bad chunked encoding"),
    ("status line", "bad status line"),
    ("header line", "bad header line"),
    ("content-length", "bad Content-Length"),
    ("transfer-encoding", "bad Transfer-Encoding"),
)
"""A protocol violation's short reason, by a phrase of h11's message (the message itself quotes the server)."""


_DROPPED: Final = frozenset({"connection reset by the server", "connection closed by the server"})
"""Transport failures retried: the server (or something on the way) dropped the connection."""


def _protocol_error(error: Exception) -> NewsError | _Retry:
    """A ``RemoteProtocolError``: a server that hung up is retried; a response that breaks HTTP is not."""
    text = str(error).lower().partition(":")[0]  # after a colon h11 quotes the server's bytes: never matched
    if any(phrase in text for phrase in _CLOSED):
        return _Retry(FetchError("connection closed by the server"))
    reason = next((short for phrase, short in _VIOLATIONS if phrase in text), "malformed")
    return FetchError(f"invalid HTTP response ({reason})")


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():  # str.isdigit also takes "²" and "١٢", which are no delta-seconds (RFC 9110: DIGIT)
        return float(value) if value.isascii() else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(tz=UTC)).total_seconds())


def _backoff(attempt: int) -> float:
    """Exponential backoff with full jitter: about 0.5 s, 1 s, 2 s ..."""
    return float(BACKOFF_BASE * (2 ** (attempt - 1)) * (0.5 + random.random()))


@dataclasses.dataclass(eq=False)
class _Retry(Exception):
    """An attempt that may be retried: the error to raise if not, and the server's wish to wait."""

    error: NewsError
    wait: float | None = None


@dataclasses.dataclass
class _Progress:
    """How far one attempt got, so a deadline can say "connection timed out" vs "timed out"."""

    connected: bool = False

    async def trace(self, event: str, info: dict[str, object]) -> None:
        """httpcore trace hook: the request starts going out once the connection (and TLS) is up."""
        if event.endswith("send_request_headers.started"):
            self.connected = True


async def _attempt(
    client: httpx.AsyncClient, url: str, timeout: float, max_bytes: int, progress: _Progress
) -> RawDocument | str:
    """One GET: a document, or the next URL when redirected. Raises _Retry for retryable failures."""
    import httpx

    headers = {"Accept-Encoding": "gzip, deflate", "User-Agent": USER_AGENT, "Accept": ACCEPT}
    headers.update(conditional_headers(url))  # fetched before: "not modified" spares the body (``r``, --refresh)
    progress.connected = False
    try:
        async with client.stream(
            "GET",
            url,
            headers=headers,
            follow_redirects=False,
            timeout=timeouts(timeout),
            extensions={"trace": progress.trace},
        ) as response:
            status = response.status_code
            if status == 304 and (kept := unchanged(url)) is not None:
                return kept
            if status in (301, 302, 303, 307, 308):
                return redirect_target(response.url, response.headers.get("location"), status)
            if status in RETRY_STATUSES:
                raise _Retry(status_error(status), _retry_after(response.headers.get("retry-after")))
            if status >= 300 or status < 200:
                raise status_error(status)
            if status == 204:
                raise NotReadable("empty response (HTTP 204 No Content)")
            document = await read_body(response, url, max_bytes)
            keep(url, response.headers, document)
            return document
    except httpx.ConnectTimeout:
        raise FetchError(f"connection timed out after {seconds(min(timeout, CONNECT_TIMEOUT))} s") from None
    except httpx.ConnectError as error:
        failure = connect_error(error)
        if failure.message == "connection refused":
            raise _Retry(failure) from None
        raise failure from None
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {seconds(timeout)} s") from None
    except (httpx.InvalidURL, httpx.RemoteProtocolError, httpx.UnsupportedProtocol) as error:
        try:
            refusal: NewsError | None = unbuildable_redirect(error, url)
        except UnicodeError as idna_error:  # the Location, once stripped, names a host IDNA refuses
            if not _from_idna(idna_error):
                raise
            refusal = _redirect_host_refused(idna_error, url)
        if refusal is not None:
            raise refusal from None
        if isinstance(error, httpx.RemoteProtocolError):
            raise _protocol_error(error) from None
        raise FetchError("invalid URL") from None
    except httpx.HTTPError as error:
        failure = transport_error(error)
        if failure.message in _DROPPED:
            raise _Retry(failure) from None  # a GET is safe to send again, as a browser does
        raise failure from None
    except UnicodeError as error:  # idna's, on a redirect's host: httpx decodes it building the next request
        if not _from_idna(error):
            raise
        raise _redirect_host_refused(error, url) from None


async def fetch(
    url: str,
    client: httpx.AsyncClient,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RawDocument:
    """GET a URL with every limit: deadline, redirects, size, content type, retries.

    Redirects (at most 10) are followed here: https->http, non-http(s) targets, loops and (from a
    remote host) loopback targets are refused. 429/502/503/504, refused connections and dropped
    connections (closed or reset) are retried with exponential backoff and jitter, honouring ``Retry-After`` up to
    5 s, at most 3 attempts in all. Everything happens within one overall deadline of ``timeout``.

    Args:
        url: an http(s) URL as the user gave it (becomes the document's origin).
        client: the shared client (see ``make_client``).
        timeout: the overall deadline in seconds.
        max_bytes: cap on the decoded body.

    Returns:
        The document: origin is ``url``, ``url`` the final URL, ``content_type`` the media type
        (None when it had to be sniffed), ``charset`` the transport charset.

    Raises:
        UsageError: the URL is invalid.
        FetchError: network, HTTP status, redirect, TLS or deadline failure.
        TooLarge: the decoded body is over ``max_bytes``.
        NotReadable: an image, PDF, binary, empty body or 204.
    """
    target = validate_url(url)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    progress = _Progress()
    try:
        async with asyncio.timeout(timeout):
            document = await _follow(client, target, timeout, max_bytes, deadline, progress)
            return dataclasses.replace(document, origin=url)
    except TimeoutError:
        if not progress.connected:
            raise FetchError(f"connection timed out after {seconds(timeout)} s") from None
        raise FetchError(f"timed out after {seconds(timeout)} s") from None


async def _follow(
    client: httpx.AsyncClient, url: str, timeout: float, max_bytes: int, deadline: float, progress: _Progress
) -> RawDocument:
    """The redirect and retry loop of ``fetch`` (inside its deadline)."""
    loop = asyncio.get_running_loop()
    current = url
    visited = {url}
    hops = 0
    attempts = 0
    while True:
        attempts += 1
        try:
            result = await _attempt(client, current, timeout, max_bytes, progress)
        except _Retry as retry:
            wait = retry.wait
            if wait is not None and wait > RETRY_AFTER_CAP:
                raise with_wait(retry.error, wait) from None
            if wait is None:
                wait = _backoff(attempts)
            if attempts >= MAX_ATTEMPTS or loop.time() + wait >= deadline:
                raise retry.error from None
            await asyncio.sleep(wait)
            continue
        if isinstance(result, RawDocument):
            return result
        hops += 1
        if result in visited:
            raise FetchError("redirect loop")
        if hops > MAX_REDIRECTS:
            raise FetchError("too many redirects")
        visited.add(result)
        current = result
