"""List orders: the articles as they were loaded, or the newest first by their publication time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Literal

from newstui.model import Article

__all__ = ["Order", "newest_first", "published_at"]

Order = Literal["loaded", "newest"]
"""``loaded``: sources in command-line order, each in its own order; ``newest``: by publication time."""


def published_at(article: Article) -> float | None:
    """The article's publication time as a UTC timestamp, or None when it has none that parses.

    ``published`` is ISO 8601: a date (midnight UTC), or a date-time (UTC when it has no offset).
    """
    return _timestamp(article.published) if article.published else None


@lru_cache(maxsize=1 << 16)
def _timestamp(text: str) -> float | None:
    """``published_at`` of one ISO 8601 text, memoized: a list is sorted again on every refresh."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def newest_first(articles: Sequence[Article]) -> list[Article]:
    """The articles by publication time, newest first; undated ones after them, in their own order.

    The sort is stable: articles published at the same moment keep the order they had.
    """
    dated: list[tuple[float, int, Article]] = []
    undated: list[Article] = []
    for position, article in enumerate(articles):
        stamp = published_at(article)
        if stamp is None:
            undated.append(article)
        else:
            dated.append((-stamp, position, article))
    dated.sort(key=lambda item: (item[0], item[1]))
    return [article for _, _, article in dated] + undated
