"""Addresses the reader opens: which are web addresses, and what an address typed in the Open box names."""

from __future__ import annotations

import os
from typing import Final, Literal
from urllib.parse import urlsplit

__all__ = ["WEB_SCHEMES", "AddressKind", "is_web_url", "typed_address"]

WEB_SCHEMES: Final = ("http", "https")
"""The schemes the reader fetches."""

AddressKind = Literal["web", "local", "unsupported"]
"""``web``: an http(s) page or feed; ``local``: a file or folder; ``unsupported``: another scheme."""


def is_web_url(url: str | None) -> bool:
    """True for an absolute http(s) URL with a host."""
    if not url:
        return False
    parts = urlsplit(url)
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


def typed_address(address: str) -> tuple[AddressKind, str]:
    """What an address typed in the Open box (``g``) names, and the source to load for it.

    Anything with ``://`` is a web address (http and https only, as typed); anything else is a path,
    with ``~`` expanded.
    """
    if "://" in address:
        return ("web" if is_web_url(address) else "unsupported"), address
    return "local", os.path.expanduser(address)
