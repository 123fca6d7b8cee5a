"""Addresses the reader opens: which are web addresses, and what an address typed in the Open box names."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Final, Literal
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "MAX_URL_LENGTH",
    "WEB_SCHEMES",
    "AddressKind",
    "display_origin",
    "is_url",
    "is_web_url",
    "known_spelling",
    "opaque_scheme",
    "typed_address",
    "without_password",
    "without_userinfo",
]

WEB_SCHEMES: Final = ("http", "https")
"""The schemes the reader fetches."""
MAX_URL_LENGTH: Final = 8192
"""Characters of the longest web address newstui fetches."""

AddressKind = Literal["web", "local", "unsupported"]
"""``web``: an http(s) page or feed; ``local``: a file or folder; ``unsupported``: another scheme."""


def is_url(ref: str) -> bool:
    """Whether a source as given is an address (``scheme://...``) rather than a path.

    Any scheme counts, so ``feed://x`` is reported as an unsupported URL instead of a missing file;
    only http and https are fetched. ``./a://b`` is a path.
    """
    scheme, found, _ = ref.partition("://")
    return (
        bool(found and scheme)
        and scheme[0].isascii()
        and scheme[0].isalpha()
        and all(char.isascii() and (char.isalnum() or char in "+.-") for char in scheme)
    )


def is_web_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # a bracket left open, an IPv6 host that is none (http://[::1, http://[evil]/)
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


OPAQUE_SCHEMES: Final = frozenset(
    "about blob chrome data feed file javascript magnet mailto news sms tel vbscript view-source".split()
)
"""Schemes written without ``//`` (``javascript:…``, ``data:…``, ``mailto:…``) that name no file."""


def opaque_scheme(reference: str) -> str | None:
    """The scheme of a ``scheme:…`` reference such as ``javascript:alert(1)`` or ``data:,x``, else None.

    Only well-known schemes count (``OPAQUE_SCHEMES``): ``notes:2024.txt`` is a file name. The caller
    asks only about a path that does not exist, so an existing file named ``data:x`` is still read.
    """
    scheme, colon, _ = reference.partition(":")
    if not colon or "/" in scheme:
        return None
    scheme = scheme.lower()
    return scheme if scheme in OPAQUE_SCHEMES else None


def typed_address(address: str) -> tuple[AddressKind, str]:
    """What an address typed in the Open box (``g``) names, and the source to load for it.

    Anything with ``://`` is a web address (http and https only, as typed; one that is malformed,
    ``http://[::1``, is loaded as one and fails with its reason), and so is a ``javascript:`` or
    ``data:`` address (unsupported) unless a file of that name exists; anything else is a path, with
    ``~`` expanded.
    """
    if "://" in address:
        scheme = address.partition("://")[0].strip().lower()
        return ("web" if scheme in WEB_SCHEMES else "unsupported"), address
    if opaque_scheme(address) is not None and not os.path.lexists(address):
        return "unsupported", address
    return "local", os.path.expanduser(address)


def known_spelling(path: str, known: Iterable[str]) -> str:
    """``path`` as a source in ``known`` spells it, so that a story already loaded is not loaded again as another.

    A local story's id comes from its path as given (``news/a.txt`` and ``./news/a.txt`` are two
    stories), so a file or folder typed in the Open box under another spelling of a loaded source, or
    under a loaded folder (``/home/you/news/a.txt`` beside ``news/``), is spelt as the folder's walk
    spells it (the folder, a separator, the path below it). Anything else, and any path that cannot
    be resolved, is returned as it is.
    """
    local = [ref for ref in known if ref != "-" and not is_url(ref)]
    if path in local:
        return path
    try:
        real = os.path.realpath(path)
        for ref in local:
            base = os.path.realpath(ref)
            if real == base:
                return ref
            if real.startswith(os.path.join(base, "")) and os.path.isdir(ref):
                spelt = os.path.join(ref, "") + real[len(os.path.join(base, "")) :]
                if os.path.samefile(spelt, path):
                    return spelt
    except (OSError, ValueError):
        pass
    return path


def without_password(url: str) -> str:
    """``url`` with the password of its ``user:password@`` part replaced by ``***`` (anything else as it is)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = min((index for index in map(rest.find, "/?#") if index >= 0), default=len(rest))
    userinfo, at, host = rest[:end].rpartition("@")
    if not at or ":" not in userinfo:
        return url
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}{rest[end:]}"


def without_userinfo(url: str) -> str:
    """``url`` without its ``user:password@`` part (for what only needs the page's address, not access)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = min((index for index in map(rest.find, "/?#") if index >= 0), default=len(rest))
    _, at, host = rest[:end].rpartition("@")
    return f"{scheme}://{host}{rest[end:]}" if at else url


def display_origin(origin: str) -> str:
    """A source's origin (path, URL or "-") as newstui shows it: one sanitized line, a URL's password masked.

    Error lines, ``--json`` and the reader's notices all show origins through this; the origin itself
    (used to read the file again or fetch the URL) is never changed.
    """
    from newstui.text.sanitize import sanitize_line

    return sanitize_line(without_password(origin) if "@" in origin else origin)
