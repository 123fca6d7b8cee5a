"""One-line messages for failed requests: HTTP statuses, connection failures, waits too long to honour."""

from __future__ import annotations

import errno
import socket
import ssl

from newstui.errors import FetchError, NewsError

__all__ = ["connect_error", "seconds", "status_error", "with_wait"]


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
    return FetchError(f"connection failed: {str(error)[:80] or type(error).__name__}")


def with_wait(error: NewsError, wait: float) -> NewsError:
    """The error with the server's requested wait appended (when it is too long to honour)."""
    if wait > 366 * 86400:  # "27777777777777776 h", "inf h": a number no server means
        shown = "more than a year"
    elif wait >= 2 * 86400:
        shown = f"{wait / 86400:.0f} days"
    else:
        shown = f"{wait / 3600:.0f} h" if wait >= 3600 else f"{wait / 60:.0f} min" if wait >= 120 else f"{wait:.0f} s"
    return type(error)(f"{error.message} (server asks to retry after {shown})")
