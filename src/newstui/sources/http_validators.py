"""Conditional requests: a document's ETag and Last-Modified kept and sent again; a 304 answered from memory."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Final

from newstui.model import RawDocument

__all__ = [
    "KEPT_BYTES",
    "KEPT_DOCUMENTS",
    "Kept",
    "adopt",
    "conditional_headers",
    "forget",
    "keep",
    "kept_since",
    "unchanged",
]

KEPT_DOCUMENTS: Final = 64
"""Documents kept for conditional requests (a reader's feeds and the pages opened last)."""
KEPT_BYTES: Final = 4 * 1024 * 1024
"""A bigger document is not kept: it is fetched whole again."""

Kept = tuple[str, str | None, str | None, RawDocument]
"""One kept document: its URL, ETag, Last-Modified and the document (``kept_since``, ``adopt``)."""

_KEPT: OrderedDict[str, tuple[str | None, str | None, RawDocument]] = OrderedDict()
_LOCK: Final = threading.Lock()
"""``adopt`` runs on the prefetch helper's reader thread, the fetches on the event loop's."""


def conditional_headers(url: str) -> dict[str, str]:
    """``If-None-Match`` / ``If-Modified-Since`` for a URL fetched before with validators; {} otherwise."""
    with _LOCK:
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
    with _LOCK:
        if not (etag or modified) or len(document.data) > KEPT_BYTES or "no-store" in headers.get("cache-control", ""):
            _KEPT.pop(url, None)
            return
        _KEPT[url] = (etag, modified, document)
        _KEPT.move_to_end(url)
        while len(_KEPT) > KEPT_DOCUMENTS:
            _KEPT.popitem(last=False)


def unchanged(url: str) -> RawDocument | None:
    """The document kept for ``url``, which a 304 Not Modified says is still the one; None if none is kept."""
    with _LOCK:
        found = _KEPT.get(url)
        if found is None:
            return None
        _KEPT.move_to_end(url)
        return found[2]


def kept_since(told: set[tuple[str, str | None, str | None]]) -> list[Kept]:
    """The documents kept whose validators are not in ``told`` yet (which they join), oldest first: what a
    helper process fetched, for the process that reloads them (``sources.prefetch``)."""
    fresh: list[Kept] = []
    with _LOCK:
        kept = list(_KEPT.items())
    for url, (etag, modified, document) in kept:
        key = (url, etag, modified)
        if key not in told:
            told.add(key)
            fresh.append((url, etag, modified, document))
    return fresh


def adopt(entries: object) -> None:
    """Keep documents another process fetched with their validators (``kept_since``'s list), so that the
    first fetch of each here is a conditional request; anything not in that form is ignored."""
    if not isinstance(entries, list):
        return
    for entry in entries:
        if not (isinstance(entry, tuple) and len(entry) == 4):
            continue
        url, etag, modified, document = entry
        if not (isinstance(url, str) and isinstance(document, RawDocument)):
            continue
        if not all(value is None or isinstance(value, str) for value in (etag, modified)):
            continue
        headers = {name: value for name, value in (("etag", etag), ("last-modified", modified)) if value}
        keep(url, headers, document)


def forget() -> None:
    """Drop every kept document (tests)."""
    with _LOCK:
        _KEPT.clear()
