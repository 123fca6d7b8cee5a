"""The one shared httpx client: a lean httpx import, certificates loaded at the first TLS connection, timeouts."""

from __future__ import annotations

import os
import ssl
import sys
import threading
from typing import TYPE_CHECKING, Any, Final

from newstui import __version__
from newstui.sources.options import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    import httpx

    from newstui.sources.options import LoadOptions

__all__ = ["ACCEPT", "DEFAULT_TIMEOUT", "USER_AGENT", "import_httpx", "make_client", "timeouts"]

USER_AGENT: Final = f"newstui/{__version__} (+https://github.com/newstui/newstui)"
ACCEPT: Final = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
)
CONNECT_TIMEOUT: Final = 10.0
"""Longest wait for one TCP/TLS connection (capped by the overall deadline)."""
CONNECT_MARGIN: Final = 0.1
"""Seconds by which the connect timeout precedes the overall deadline."""
UNUSED_OPTIONAL_IMPORTS: Final = ("httpx._main", "trio")
"""Modules httpx and httpcore import whenever they are installed, which newstui never uses: httpx's
command-line client (click, pygments, rich.progress) and trio (newstui runs on asyncio only)."""


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
        timeout=timeouts(timeout),
        trust_env=True,
    )


def timeouts(timeout: float) -> httpx.Timeout:
    """Per-operation timeouts; the connect timeout ends just before the overall deadline.

    httpcore closes a half-open TLS connection when its own connect timeout fires, but not when the
    task is cancelled (its ``start_tls`` catches ``Exception`` only), so it must fire first.
    """
    import httpx

    return httpx.Timeout(timeout, connect=max(0.05, min(CONNECT_TIMEOUT, timeout - CONNECT_MARGIN)))
