"""Publication times the parsers keep: none absurdly in the future (one check for feeds and HTML pages)."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from typing import Final

__all__ = ["FUTURE_SLACK", "latest_published", "not_in_future", "rfc822_time"]

FUTURE_SLACK: Final = 2 * 86400
"""Seconds a publication time may lie ahead of the clock (time zones, a fast server clock)."""
_UTC_LENGTH: Final = len("2024-01-01T00:00:00+00:00")


def latest_published() -> str:
    """The latest publication time that is not absurd, two days from now, as ``YYYY-MM-DDTHH:MM:SS+00:00``.

    Worked out once per document and handed to ``not_in_future`` for each of its times.
    """
    return datetime.fromtimestamp(time.time() + FUTURE_SLACK, tz=UTC).isoformat(timespec="seconds")


def not_in_future(value: str, latest: str | None = None) -> bool:
    """Whether an ISO 8601 date or date-time is no later than ``latest`` (``latest_published()`` by default).

    A later time is absurd (a typo, a placeholder such as year 9999): it would sit on top of a list
    sorted newest first for ever. A date without a time counts from its start, a time without an
    offset as UTC. A UTC time written as ``latest`` is compared as text; anything that does not parse
    is not a time at all, so not in the future either (the caller decides whether it is a date).
    """
    if latest is None:
        latest = latest_published()
    if len(value) == _UTC_LENGTH and value.endswith("+00:00") and value[10] == "T":
        return value <= latest
    try:
        moment = datetime.fromisoformat(value.strip())  # a date alone reads as its midnight
    except ValueError:
        return True
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment <= datetime.fromisoformat(latest)


_RFC822: Final = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}"
    r"\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[+-]\d{4}|(?!AM\b|PM\b)[A-Za-z]{1,4}))?\s*",
    re.ASCII | re.IGNORECASE,
)
"""An RFC 822 date and time, the form of a feed's ``pubDate`` (``Sun, 29 Nov 2026 10:30:00 +0300``): a
24-hour time, no "PM" (which ``email.utils`` would not read)."""


def rfc822_time(value: str) -> datetime | None:
    """An RFC 822 date and time (a feed's ``pubDate``, which some pages' meta tags hold too) with its offset:
    ``Sun, 29 Nov 2026 10:30:00 +0300`` is 10:30 at +03:00; without a zone (or one ``email.utils`` does not
    know) it has none. None for anything else, a day without its time included."""
    if not _RFC822.fullmatch(value):
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
