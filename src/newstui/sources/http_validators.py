"""Conditional requests: a document's ETag and Last-Modified kept and sent again; a 304 answered from memory."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import Final

from newstui.model import RawDocument

__all__ = ["KEPT_BYTES", "KEPT_DOCUMENTS", "conditional_headers", "forget", "keep", "unchanged"]

KEPT_DOCUMENTS: Final = 64
"""Documents kept for conditional requests (a reader's feeds and the pages opened last)."""
KEPT_BYTES: Final = 4 * 1024 * 1024
"""A bigger document is not kept: it is fetched whole again."""

_KEPT: OrderedDict[str, tuple[str | None, str | None, RawDocument]] = OrderedDict()


def conditional_headers(url: str) -> dict[str, str]:
    """``If-None-Match`` / ``If-Modified-Since`` for a URL fetched before with validators; {} otherwise."""
    found = _KEPT.get(url)
    if found is None:
        return {}
    etag, modified, _ = found
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    return headers


def keep(url: str, headers: Mapping[str, str], document: RawDocument) -> None:
    """Keep ``document`` (fetched from ``url``) with its validators, when the server gave any."""
    etag, modified = headers.get("etag"), headers.get("last-modified")
    if not (etag or modified) or len(document.data) > KEPT_BYTES or "no-store" in headers.get("cache-control", ""):
        _KEPT.pop(url, None)
        return
    _KEPT[url] = (etag, modified, document)
    _KEPT.move_to_end(url)
    while len(_KEPT) > KEPT_DOCUMENTS:
        _KEPT.popitem(last=False)


def unchanged(url: str) -> RawDocument | None:
    """The document kept for ``url``, which a 304 Not Modified says is still the one; None if none is kept."""
    found = _KEPT.get(url)
    if found is None:
        return None
    _KEPT.move_to_end(url)
    return found[2]


def forget() -> None:
    """Drop every kept document (tests)."""
    _KEPT.clear()
