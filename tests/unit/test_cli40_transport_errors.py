"""Every httpx transport error gets a reason in words; no class name reaches the user (audit cli40 #3)."""

from __future__ import annotations

import errno
import ssl

import httpx
import pytest

from newstui.sources.http_errors import transport_error

CLASSES = [
    httpx.ReadError,
    httpx.WriteError,
    httpx.CloseError,
    httpx.ConnectError,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.LocalProtocolError,
    httpx.ProtocolError,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
    httpx.ConnectTimeout,
    httpx.TimeoutException,
    httpx.TransportError,
    httpx.DecodingError,
    httpx.TooManyRedirects,
    httpx.RequestError,
    httpx.HTTPError,
]


def _names() -> set[str]:
    return {kind.__name__ for kind in CLASSES} | {"Error", "Exception"}


@pytest.mark.parametrize("kind", CLASSES, ids=[kind.__name__ for kind in CLASSES])
def test_each_class_has_words(kind: type[httpx.HTTPError]) -> None:
    message = transport_error(kind("")).message
    assert message
    assert not any(name in message for name in _names()), message
    assert message.isascii() and message == message.strip() and "\n" not in message


def test_reasons_differ_by_what_failed() -> None:
    read = transport_error(httpx.ReadError("")).message
    write = transport_error(httpx.WriteError("")).message
    assert read == "connection lost while reading the response"
    assert write == "connection lost while sending the request"


def _caused(error: httpx.HTTPError, cause: BaseException) -> httpx.HTTPError:
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (_caused(httpx.ReadError("[Errno 104]"), ConnectionResetError(errno.ECONNRESET, "reset")),
         "connection reset by the server"),
        (_caused(httpx.WriteError("[Errno 104]"), ConnectionResetError(errno.ECONNRESET, "reset")),
         "connection reset by the server"),
        (_caused(httpx.WriteError("[Errno 32]"), BrokenPipeError(errno.EPIPE, "broken pipe")),
         "connection closed by the server"),
        (_caused(httpx.ReadError("aborted"), ConnectionAbortedError(errno.ECONNABORTED, "aborted")),
         "connection aborted"),
        (_caused(httpx.ReadError("x"), OSError(errno.EHOSTUNREACH, "no route")), "network unreachable"),
        (_caused(httpx.ReadError("x"), ssl.SSLEOFError(8, "EOF occurred")), "connection closed by the server"),
        (httpx.ReadError("Connection reset by peer"), "connection reset by the server"),
        (httpx.ReadError("some other words"), "connection lost while reading the response"),
    ],
)  # fmt: skip
def test_the_system_error_under_it_words_it(error: httpx.HTTPError, reason: str) -> None:
    assert transport_error(error).message == reason


def test_tls_failure_mid_read() -> None:
    tls = ssl.SSLError(1, "[SSL: DECRYPTION_FAILED_OR_BAD_RECORD_MAC] bad record mac")
    tls.reason = "DECRYPTION_FAILED_OR_BAD_RECORD_MAC"
    assert transport_error(_caused(httpx.ReadError(""), tls)).message == (
        "TLS error: decryption_failed_or_bad_record_mac"
    )
