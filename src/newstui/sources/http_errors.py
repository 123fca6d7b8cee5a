"""One-line messages for failed requests: HTTP statuses, connection failures, waits too long to honour."""

from __future__ import annotations

import errno
import socket
import ssl
from typing import Final

from newstui.errors import FetchError, NewsError

__all__ = ["connect_error", "seconds", "status_error", "transport_error", "with_wait"]


def seconds(value: float) -> str:
    return f"{value:g}"


def status_error(status: int, extra: str = "") -> FetchError:
    import httpx

    reason = httpx.codes.get_reason_phrase(status) or "error"
    return FetchError(f"HTTP {status} {reason}{extra}")


def _chain(error: BaseException) -> list[BaseException]:
    """The exception and its causes/contexts, outermost first (bounded)."""
    chain: list[BaseException] = []
    node: BaseException | None = error
    while node is not None and len(chain) < 10:
        chain.append(node)
        node = node.__cause__ or node.__context__
    return chain


def connect_error(error: Exception) -> FetchError:
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
    return FetchError(f"connection failed: {str(error)[:80]}" if str(error) else "connection failed")


_ERRNO_REASONS: Final = {
    errno.ECONNRESET: "connection reset by the server",
    errno.ECONNABORTED: "connection aborted",
    errno.EPIPE: "connection closed by the server",
    errno.ETIMEDOUT: "connection timed out",
    errno.ENETUNREACH: "network unreachable",
    errno.EHOSTUNREACH: "network unreachable",
    errno.ENETDOWN: "network unreachable",
    errno.ENETRESET: "connection reset by the network",
}
"""A failed read or write's reason, by the system error under it."""


def _class_reason(error: Exception) -> str:
    """The reason for an httpx error by its class, when no system error lies under it."""
    import httpx

    reasons: tuple[tuple[type[Exception], str], ...] = (  # a subclass before its base
        (httpx.ReadError, "connection lost while reading the response"),
        (httpx.WriteError, "connection lost while sending the request"),
        (httpx.CloseError, "connection lost while closing it"),
        (httpx.ConnectError, "connection failed"),
        (httpx.NetworkError, "connection lost"),
        (httpx.RemoteProtocolError, "invalid HTTP response (malformed)"),
        (httpx.LocalProtocolError, "the request could not be sent (HTTP protocol error)"),
        (httpx.ProtocolError, "HTTP protocol error"),
        (httpx.ProxyError, "proxy error"),
        (httpx.UnsupportedProtocol, "unsupported URL scheme"),
        (httpx.TimeoutException, "timed out"),
        (httpx.DecodingError, "the response could not be decoded"),
        (httpx.TooManyRedirects, "too many redirects"),
    )
    return next((words for kind, words in reasons if isinstance(error, kind)), "network error")


def transport_error(error: Exception) -> FetchError:
    """A one-line reason in words for an httpx error the request loop has no closer words for: a connection
    reset, aborted or closed mid-request (by the system error under it), a TLS failure, or else by its
    class (read, write, close, protocol, proxy, decoding ...). Never an exception's class name
    (``network error: ReadError`` told a user nothing)."""
    chain = _chain(error)
    for item in chain:
        if isinstance(item, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
            return FetchError("connection closed by the server")
        if isinstance(item, ssl.SSLError):
            return FetchError(f"TLS error: {(item.reason or str(item))[:80].lower()}")
        if isinstance(item, OSError) and item.errno in _ERRNO_REASONS:
            return FetchError(_ERRNO_REASONS[item.errno])
    if any("connection reset" in str(item).lower() for item in chain):  # the words kept, the errno lost
        return FetchError("connection reset by the server")
    return FetchError(_class_reason(error))


def with_wait(error: NewsError, wait: float) -> NewsError:
    """The error with the server's requested wait appended (when it is too long to honour)."""
    if wait > 366 * 86400:  # "27777777777777776 h", "inf h": a number no server means
        shown = "more than a year"
    elif wait >= 2 * 86400:
        shown = f"{wait / 86400:.0f} days"
    else:
        shown = f"{wait / 3600:.0f} h" if wait >= 3600 else f"{wait / 60:.0f} min" if wait >= 120 else f"{wait:.0f} s"
    return type(error)(f"{error.message} (server asks to retry after {shown})")
