"""Stable, short article ids: a hash of where the article came from plus its position there."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from hashlib import sha1 as _sha1
else:
    try:  # CPython's own SHA-1: the same digest as hashlib's without loading OpenSSL (~0.6 MiB of RSS)
        from _sha1 import sha1 as _sha1
    except ImportError:  # pragma: no cover - other interpreters
        from hashlib import sha1 as _sha1

__all__ = ["article_id", "origin_key", "sha1_hex"]

_KEY_CHARS: Final = 10
"""Hex characters of the origin hash kept in an id (40 bits: collisions need ~10^6 origins)."""


@lru_cache(maxsize=256)
def origin_key(origin: str) -> str:
    """The first hex characters of the SHA-1 of ``origin`` (UTF-8; lone surrogates kept).

    The origin is hashed exactly as given (a path as the user typed it, a URL, ``-`` for stdin),
    so the same input names give the same ids on every machine and in every run. Memoized for the
    entries of one feed, which all hash the same origin.
    """
    return sha1_hex(origin)[:_KEY_CHARS]


def sha1_hex(text: str) -> str:
    """The SHA-1 of ``text`` (UTF-8; lone surrogates kept) in hex: a stable key, not a security measure."""
    return _sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()


def article_id(origin: str, index: int) -> str:
    """The id of the ``index``-th article (0-based, document order) from ``origin``.

    Args:
        origin: where the document came from, as given to the parser.
        index: the article's position among the articles of that document.

    Returns:
        An id like ``"3f2a9c0b1d-0"``: unique across sources, stable across runs and machines.

    Raises:
        ValueError: ``index`` is negative.
    """
    if index < 0:
        raise ValueError(f"article index must be >= 0, not {index}")
    return f"{origin_key(origin)}-{index}"
