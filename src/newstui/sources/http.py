"""Fetching http(s) documents through one shared httpx.AsyncClient, with every limit enforced here.

httpx leaves these to the caller (SECURITY.md §4): an overall deadline per request (its timeouts are
per socket operation), a cap on the *decoded* body (its decoders inflate a whole chunk at once), refusal
of https->http and non-http redirects, content-type checks, and bounded retries. So redirects are
followed here (``follow_redirects=False`` on every request), bodies are read raw and inflated with
``zlib`` in bounded steps, and every failure becomes one sanitized line.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import errno
import os
import random
import socket
import ssl
import sys
import threading
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from newstui import __version__
from newstui.errors import FetchError, NewsError, NotReadable, TooLarge, UsageError
from newstui.model import RawDocument
from newstui.sources.local import human_size
from newstui.text.decode import is_binary

if TYPE_CHECKING:
    import httpx

    from newstui.sources import LoadOptions

__all__ = [
    "USER_AGENT",
    "fetch",
    "make_client",
    "validate_url",
]

USER_AGENT: Final = f"newstui/{__version__} (+https://github.com/newstui/newstui)"
ACCEPT: Final = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
)
DEFAULT_TIMEOUT: Final = 20.0
"""Overall deadline per request (connect + redirects + retries + body), in seconds."""
CONNECT_TIMEOUT: Final = 10.0
"""Longest wait for one TCP/TLS connection (capped by the overall deadline)."""
CONNECT_MARGIN: Final = 0.1
"""Seconds by which the connect timeout precedes the overall deadline."""
DEFAULT_MAX_BYTES: Final = 10_000_000
"""Cap on the decoded body, in bytes."""
UNUSED_OPTIONAL_IMPORTS: Final = ("httpx._main", "trio")
"""Modules httpx and httpcore import whenever they are installed, which newstui never uses: httpx's
command-line client (click, pygments, rich.progress) and trio (newstui runs on asyncio only)."""
MAX_REDIRECTS: Final = 10
MAX_ATTEMPTS: Final = 3
"""Total tries of one request, retries included."""
RETRY_STATUSES: Final = frozenset({429, 502, 503, 504})
RETRY_AFTER_CAP: Final = 5.0
"""Longest ``Retry-After`` honoured; a server asking for more gets no retry."""
BACKOFF_BASE: Final = 0.5
MAX_URL_LENGTH: Final = 8192
INFLATE_STEP: Final = 1 << 16
"""Most bytes one ``decompress`` call may produce: the gzip-bomb bound."""
MAX_CODINGS: Final = 3

READABLE_TYPES: Final = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "text/plain",
    }
)
SNIFFED_TYPES: Final = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/unknown"})
"""Missing or generic types whose body is sniffed instead of trusted."""
_MAGIC: Final = (
    (b"\x89PNG", "image/png"),
    (b"GIF8", "image/gif"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"\x7fELF", "application/x-executable"),
)


class _DeferredCAContext(ssl.SSLContext):
    """A verifying client SSLContext that loads its CA certificates just before its first TLS connection.

    Loading a CA bundle takes about 50 ms (OpenSSL 3), which every client paid when it was built,
    also for plain-http use. Every TLS connection made with a context is created by ``wrap_bio``
    (asyncio, anyio) or ``wrap_socket``, so both load the certificates first, into this same context:
    no handshake can happen before they are in place, and if they cannot be loaded nothing connects.
    """

    loads: int = 0
    """CA loads done by all deferred contexts (for tests: an http-only session does none)."""
    _ca_file: str | None
    _ca_path: str | None
    _ca_loaded: bool

    def _load_ca(self) -> None:
        if self._ca_loaded:
            return
        with _CA_LOCK:
            if self._ca_loaded:
                return
            ca_file = self._ca_file
            if ca_file is None and self._ca_path is None:
                import certifi

                ca_file = certifi.where()
            self.load_verify_locations(cafile=ca_file, capath=self._ca_path)
            self._ca_loaded = True
            _DeferredCAContext.loads += 1

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        """``SSLContext.wrap_socket`` once the CA certificates are loaded."""
        self._load_ca()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        """``SSLContext.wrap_bio`` once the CA certificates are loaded."""
        self._load_ca()
        return super().wrap_bio(*args, **kwargs)


_CA_LOCK: Final = threading.Lock()


def _tls_context(trust_env: bool = True) -> _DeferredCAContext:
    """The context httpx builds for ``verify=True``, with its CA certificates loaded on first use.

    That is ``ssl.create_default_context`` with the CA file of ``SSL_CERT_FILE``, else the CA folder
    of ``SSL_CERT_DIR`` (both read here, as httpx reads them when the client is built), else certifi's
    bundle.
    """
    context = _DeferredCAContext(ssl.PROTOCOL_TLS_CLIENT)
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    if sys.version_info >= (3, 13):  # what create_default_context adds from Python 3.13 on
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT  # pragma: no cover
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog and not sys.flags.ignore_environment and hasattr(context, "keylog_filename"):
        context.keylog_filename = keylog
    context._ca_file = (os.environ.get("SSL_CERT_FILE") or None) if trust_env else None
    context._ca_path = None if context._ca_file or not trust_env else os.environ.get("SSL_CERT_DIR") or None
    context._ca_loaded = False
    return context


def import_httpx() -> None:
    """Import httpx and httpcore without their optional extras newstui never uses (~85 ms here).

    Each name in ``UNUSED_OPTIONAL_IMPORTS`` not imported yet reads as not installed while httpx and
    httpcore import (both catch that ImportError and carry on without it); the names are released
    afterwards, so anything else can still import them normally.
    """
    if "httpcore._synchronization" in sys.modules:
        return
    blocked = [name for name in UNUSED_OPTIONAL_IMPORTS if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # the documented "not importable" marker
    try:
        import httpcore._synchronization  # noqa: F401 - where httpcore imports trio
        import httpx  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


# Everything that imports this module is about to use httpx: import it the lean way first, so no
# later plain ``import httpx`` (here, or in a caller) pulls in the unused extras.
import_httpx()


def make_client(options: LoadOptions | None = None) -> httpx.AsyncClient:
    """Build the one client newstui shares for all requests.

    Certificates are always verified, with the trust store httpx's ``verify=True`` would use; it is
    loaded before the first https connection, not here (plain-http use never pays for it). Redirects
    are never followed by httpx (``fetch`` does it); ``trust_env`` keeps the proxy, ``SSL_CERT_FILE``
    and ``SSL_CERT_DIR`` variables working.

    Args:
        options: load options (its ``timeout`` sets the per-operation timeouts).

    Returns:
        An ``httpx.AsyncClient``; the caller closes it (``await client.aclose()``).
    """
    import httpx

    timeout = options.timeout if options is not None else DEFAULT_TIMEOUT
    return httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"},
        verify=_tls_context(trust_env=True),
        follow_redirects=False,
        timeout=_timeouts(timeout),
        trust_env=True,
    )


def _timeouts(timeout: float) -> httpx.Timeout:
    """Per-operation timeouts; the connect timeout ends just before the overall deadline.

    httpcore closes a half-open TLS connection when its own connect timeout fires, but not when the
    task is cancelled (its ``start_tls`` catches ``Exception`` only), so it must fire first.
    """
    import httpx

    return httpx.Timeout(timeout, connect=max(0.05, min(CONNECT_TIMEOUT, timeout - CONNECT_MARGIN)))


def _seconds(value: float) -> str:
    return f"{value:g}"


def validate_url(url: str) -> str:
    """Check a URL the user gave before anything is sent.

    Args:
        url: the URL as typed.

    Returns:
        The URL, stripped of surrounding whitespace.

    Raises:
        UsageError: too long, control characters, a scheme other than http/https, no host, or
            a URL httpx cannot parse. The message is one line and names the problem.
    """
    import httpx

    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise UsageError(f"URL too long ({len(url):,} characters; at most {MAX_URL_LENGTH:,})")
    if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E for c in url):
        raise UsageError("URL contains control characters")
    scheme, sep, rest = url.partition("://")
    if not sep:
        raise UsageError("not a URL (expected http:// or https://)")
    if scheme.lower() not in ("http", "https"):
        raise UsageError(f"unsupported URL scheme ({scheme[:20]}:); use http:// or https://")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise UsageError(f"invalid URL: {str(error)[:120]}") from None
    if not parsed.host:
        raise UsageError("invalid URL: no host name")
    return url


def _status_error(status: int, extra: str = "") -> FetchError:
    import httpx

    reason = httpx.codes.get_reason_phrase(status) or "error"
    return FetchError(f"HTTP {status} {reason}{extra}")


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
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


def _media_type(value: str | None) -> tuple[str, str | None]:
    """(media type lower-cased, charset) from a Content-Type header."""
    if not value:
        return "", None
    media, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _readable(media: str) -> bool:
    return media in READABLE_TYPES or media.endswith(("+xml", "/xml")) or media.startswith("text/")


def _refused_type(media: str) -> bool:
    return media.startswith(("image/", "audio/", "video/", "font/", "model/")) or media in (
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/json",
        "application/javascript",
        "application/wasm",
    )


@dataclasses.dataclass(eq=False)
class _Retry(Exception):
    """An attempt that may be retried: the error to raise if not, and the server's wish to wait."""

    error: NewsError
    wait: float | None = None


class _Inflater:
    """Content-Encoding decoding in bounded steps (gzip, deflate, stacked), counting decoded bytes."""

    def __init__(self, codings: list[str], cap: int) -> None:
        self._codings = list(reversed(codings))  # applied first is listed first; undo last first
        self._decoders = [self._decoder(c) for c in self._codings]
        self._raw = [False] * len(self._codings)
        self._cap = cap
        self.size = 0

    @staticmethod
    def _decoder(coding: str) -> zlib._Decompress:
        return zlib.decompressobj(16 + zlib.MAX_WBITS if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS)

    def _through(self, level: int, data: bytes) -> Iterator[bytes]:
        """Pass data through decoder ``level`` and the ones after it, in bounded steps."""
        if level == len(self._decoders):
            yield data
            return
        gzip = self._codings[level] != "deflate"
        pending = data
        while pending:
            decoder = self._decoders[level]
            fresh = False
            if decoder.eof:
                if not gzip or not pending.strip(b"\x00"):
                    return  # padding or trailing bytes after the compressed stream
                decoder = self._decoders[level] = self._decoder(self._codings[level])  # next gzip member
                fresh = True
            try:
                out = decoder.decompress(pending, INFLATE_STEP)
            except zlib.error:
                if fresh:
                    return  # trailing garbage after a complete gzip stream, as browsers ignore it
                if not gzip and not self._raw[level] and self.size == 0:
                    self._raw[level] = True  # "deflate" sent as a raw stream without the zlib header
                    self._decoders[level] = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            pending = decoder.unused_data if decoder.eof else decoder.unconsumed_tail
            if out:
                yield from self._through(level + 1, out)

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        """Decoded pieces of one raw chunk, each at most ``INFLATE_STEP`` bytes; TooLarge past the cap."""
        for piece in self._through(0, chunk):
            self.size += len(piece)
            if self.size > self._cap:
                raise TooLarge(f"too large (over {human_size(self._cap)})")
            yield piece


def _codings(header: str | None) -> list[str]:
    codings = [c.strip().lower() for c in (header or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    for coding in codings:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"unsupported content encoding ({coding[:30]})")
    if len(codings) > MAX_CODINGS:
        raise FetchError("too many content encodings")
    return codings


def _magic(data: bytes) -> str | None:
    """The media type of a binary format recognised by its first bytes (PNG, PDF, ZIP ...), or None."""
    for magic, media in _MAGIC:
        if data.startswith(magic):
            return media
    return None


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    return host == "localhost" or host.endswith(".localhost") or host.startswith("127.") or host == "::1"


def _redirect_target(current: httpx.URL, location: str | None, status: int) -> str:
    """Resolve and check a redirect's Location; FetchError when it must not be followed."""
    import httpx

    if not location:
        raise _status_error(status, " without a Location")
    try:
        written = urlsplit(location.strip()).scheme.lower()
    except ValueError:
        raise FetchError("invalid redirect target") from None
    if written and written not in ("http", "https"):
        raise FetchError(f"refused redirect to {written[:20]}: URL")
    try:
        target = current.join(location.strip())
    except (httpx.InvalidURL, ValueError, TypeError):
        raise FetchError("invalid redirect target") from None
    scheme = target.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"refused redirect to {scheme[:20] or 'a non-http'}: URL")
    if current.scheme == "https" and scheme == "http":
        raise FetchError("refused https to http redirect")
    if not target.host:
        raise FetchError("invalid redirect target")
    if _is_loopback(target.host) and not _is_loopback(current.host):
        raise FetchError("refused redirect to a local address")
    return str(target)


def _chain(error: BaseException) -> list[BaseException]:
    """The exception and its causes/contexts, outermost first (bounded)."""
    chain: list[BaseException] = []
    node: BaseException | None = error
    while node is not None and len(chain) < 10:
        chain.append(node)
        node = node.__cause__ or node.__context__
    return chain


def _connect_error(error: Exception) -> FetchError:
    """A one-line message for a failed connection: DNS, refused, TLS, unreachable."""
    chain = _chain(error)
    for item in chain:
        if isinstance(item, ssl.SSLCertVerificationError):
            reason = item.verify_message or "certificate verify failed"
            return FetchError(f"TLS certificate error: {reason}")
    for item in chain:
        if isinstance(item, ssl.SSLError):
            return FetchError(f"TLS error: {(item.reason or str(item))[:80].lower()}")
        if isinstance(item, socket.gaierror):
            return FetchError("DNS lookup failed")
        if isinstance(item, ConnectionRefusedError):
            return FetchError("connection refused")
        if isinstance(item, ConnectionResetError):
            return FetchError("connection reset")
        if isinstance(item, OSError) and item.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return FetchError("network unreachable")
    text = " ".join(str(item) for item in chain).lower()
    if "name resolution" in text or "name or service not known" in text or "nodename nor servname" in text:
        return FetchError("DNS lookup failed")
    if "refused" in text:
        return FetchError("connection refused")
    return FetchError(f"connection failed: {str(error)[:80] or type(error).__name__}")


def _unbuildable_redirect(error: BaseException, current: str) -> FetchError | None:
    """The refusal for a redirect httpx could not even turn into a request (``javascript:``, ``data:``).

    httpx builds the next request of every redirect response, also with ``follow_redirects=False``,
    and raises before the response is returned; its Location is recovered from that frame.
    """
    import httpx

    node = error.__traceback__
    while node is not None:
        response = node.tb_frame.f_locals.get("response")
        if isinstance(response, httpx.Response) and response.has_redirect_location:
            location = response.headers.get("location")
            try:
                _redirect_target(httpx.URL(current), location, response.status_code)
            except FetchError as refusal:
                return refusal
            return FetchError("invalid redirect target")
        node = node.tb_next
    return None


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
    progress.connected = False
    try:
        async with client.stream(
            "GET",
            url,
            headers=headers,
            follow_redirects=False,
            timeout=_timeouts(timeout),
            extensions={"trace": progress.trace},
        ) as response:
            status = response.status_code
            if status in (301, 302, 303, 307, 308):
                return _redirect_target(response.url, response.headers.get("location"), status)
            if status in RETRY_STATUSES:
                raise _Retry(_status_error(status), _retry_after(response.headers.get("retry-after")))
            if status >= 300 or status < 200:
                raise _status_error(status)
            if status == 204:
                raise NotReadable("empty response (HTTP 204 No Content)")
            return await _body(response, url, max_bytes)
    except httpx.ConnectTimeout:
        raise FetchError(f"connection timed out after {_seconds(min(timeout, CONNECT_TIMEOUT))} s") from None
    except httpx.ConnectError as error:
        failure = _connect_error(error)
        if failure.message == "connection refused":
            raise _Retry(failure) from None
        raise failure from None
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {_seconds(timeout)} s") from None
    except (httpx.InvalidURL, httpx.RemoteProtocolError, httpx.UnsupportedProtocol) as error:
        refusal = _unbuildable_redirect(error, url)
        if refusal is not None:
            raise refusal from None
        if isinstance(error, httpx.RemoteProtocolError):
            raise _Retry(FetchError("connection closed by the server")) from None
        raise FetchError("invalid URL") from None
    except httpx.HTTPError as error:
        raise FetchError(f"network error: {type(error).__name__}") from None


async def _body(response: httpx.Response, url: str, max_bytes: int) -> RawDocument:
    """Read and decode the body within the cap; check the content type (declared, then sniffed)."""
    media, charset = _media_type(response.headers.get("content-type"))
    if _refused_type(media):
        raise NotReadable(f"not a readable type ({media[:60]})")
    if not _readable(media) and media not in SNIFFED_TYPES:
        raise NotReadable(f"not a readable type ({media[:60]})")
    length = response.headers.get("content-length", "")
    if length.strip().isdigit() and int(length) > max_bytes:
        raise TooLarge(f"too large (over {human_size(max_bytes)})")
    inflater = _Inflater(_codings(response.headers.get("content-encoding")), max_bytes)
    parts: list[bytes] = []
    raw_size = 0
    if response.is_stream_consumed:  # an in-memory response (httpx.MockTransport) is decoded already
        if len(response.content) > max_bytes:
            raise TooLarge(f"too large (over {human_size(max_bytes)})")
        return _document(response, response.content, media, charset, url)
    try:
        async for chunk in response.aiter_raw():
            raw_size += len(chunk)
            if raw_size > max_bytes:
                raise TooLarge(f"too large (over {human_size(max_bytes)})")
            parts.extend(inflater.feed(chunk))
    except zlib.error:
        raise FetchError("corrupt compressed body") from None
    return _document(response, b"".join(parts), media, charset, url)


def _document(response: httpx.Response, data: bytes, media: str, charset: str | None, url: str) -> RawDocument:
    """Check a body's type by its first bytes and wrap it as a RawDocument."""
    if not data or data.isspace():  # (no stripped copy of a large body)
        raise NotReadable("empty response")
    magic = _magic(data)
    if magic is not None:
        raise NotReadable(f"not a readable type ({magic})")
    if not _readable(media) and is_binary(data):
        raise NotReadable(f"not a readable type ({media or 'binary data'})")
    kept = {k: response.headers[k] for k in ("content-type", "content-location") if k in response.headers}
    return RawDocument(
        origin=url,
        data=data,
        content_type=media if _readable(media) else None,
        charset=charset,
        url=str(response.url),
        headers=kept,
    )


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
    connections are retried with exponential backoff and jitter, honouring ``Retry-After`` up to
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
            raise FetchError(f"connection timed out after {_seconds(timeout)} s") from None
        raise FetchError(f"timed out after {_seconds(timeout)} s") from None


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
                raise _with_wait(retry.error, wait) from None
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


def _with_wait(error: NewsError, wait: float) -> NewsError:
    """The error with the server's requested wait appended (when it is too long to honour)."""
    shown = f"{wait / 3600:.0f} h" if wait >= 3600 else f"{wait / 60:.0f} min" if wait >= 120 else f"{wait:.0f} s"
    return type(error)(f"{error.message} (server asks to retry after {shown})")
