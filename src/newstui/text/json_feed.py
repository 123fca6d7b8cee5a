"""A JSON Feed (jsonfeed.org) told from its first bytes, to refuse it in one line wherever it comes from."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["JSON_FEED", "JSON_FEED_HEAD", "is_json_feed"]

JSON_FEED: Final = "a JSON Feed: newstui reads RSS and Atom feeds"
"""The one line for a JSON Feed (jsonfeed.org), refused as a PDF is."""
JSON_FEED_HEAD: Final = 4096
"""Bytes of a document in which a JSON Feed's ``version`` is looked for (the spec puts it at the top)."""
_JSON_FEED_VERSION: Final = re.compile(
    rb'"version"\s*:\s*"https?:(?:\\?/){2}(?:www\.)?jsonfeed\.org(?:\\?/)version', re.IGNORECASE
)
"""A JSON Feed's ``version``: ``"https://jsonfeed.org/version/1.1"``, its slashes escaped or not (``\\/``)."""


def is_json_feed(data: bytes) -> bool:
    """Whether a document is a JSON Feed: a JSON object (after a BOM and space) whose ``version`` in its first
    ``JSON_FEED_HEAD`` bytes is jsonfeed.org's (``"version": "https://jsonfeed.org/version/1.1"``).

    A cheap look at the first bytes (no JSON parse), for the web's bodies here and, as well, for a file's.
    """
    head = data[:JSON_FEED_HEAD].removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"{") and _JSON_FEED_VERSION.search(head) is not None
