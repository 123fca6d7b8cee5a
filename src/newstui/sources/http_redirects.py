"""Checks on a redirect before it is followed: scheme, https to http, loopback targets, unbuildable Locations."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newstui.errors import FetchError
from newstui.sources.http_errors import status_error

if TYPE_CHECKING:
    import httpx

__all__ = ["redirect_target", "unbuildable_redirect", "valid_port"]


def valid_port(port: int | None) -> bool:
    """Whether a URL's port can be connected to: none given (the scheme's), or 1-65535."""
    return port is None or 0 < port < 65536


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    return host == "localhost" or host.endswith(".localhost") or host.startswith("127.") or host == "::1"


def redirect_target(current: httpx.URL, location: str | None, status: int) -> str:
    """Resolve and check a redirect's Location; FetchError when it must not be followed."""
    import httpx

    if not location:
        raise status_error(status, " without a Location")
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
    if not target.host or not valid_port(target.port):
        raise FetchError("invalid redirect target")
    if _is_loopback(target.host) and not _is_loopback(current.host):
        raise FetchError("refused redirect to a local address")
    return str(target)


def unbuildable_redirect(error: BaseException, current: str) -> FetchError | None:
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
                redirect_target(httpx.URL(current), location, response.status_code)
            except FetchError as refusal:
                return refusal
            return FetchError("invalid redirect target")
        node = node.tb_next
    return None
