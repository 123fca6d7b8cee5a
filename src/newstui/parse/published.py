"""Publication times the parsers keep: none absurdly in the future or far back (one check for feeds and HTML pages)."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Final

__all__ = [
    "EARLIEST_PUBLISHED",
    "FUTURE_SLACK",
    "ZONES_READ_AS_UTC",
    "latest_published",
    "not_in_future",
    "not_too_early",
    "placeholder",
    "plausible",
    "rfc822_time",
    "zone_offset",
]

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


EARLIEST_PUBLISHED: Final = "1990-01-01"
"""The earliest publication date of a feed's entry that is not absurd: no feed published before it. An earlier one is
a misreading (a Unix time, ``1764345600``, read as the year 1764) or a placeholder (``1970-01-01``, ``0001-01-01``),
which would sit at the bottom of a list sorted newest first for ever. (A page may give an archive's story an earlier
date of its own: only its placeholders are refused, ``placeholder``.)"""


def not_too_early(value: str) -> bool:
    """Whether an ISO 8601 date or date-time is on or after ``EARLIEST_PUBLISHED`` (its day as written)."""
    return value[:10] >= EARLIEST_PUBLISHED


_EPOCH_DAYS: Final = frozenset({"1969-12-31", "1970-01-01", "1970-01-02"})
"""The Unix epoch's day, as a zero time reads in any zone: a CMS's empty date."""
_EARLIEST_DAY: Final = "1900-01-02"
"""The day after the first one a database or a spreadsheet counts from (``1900-01-01``; ``0001-01-01``,
``1899-12-30`` are before it): a date before it is no page's."""


def placeholder(value: str) -> bool:
    """Whether an ISO 8601 date or date-time is a placeholder a CMS writes for no date: the Unix epoch's day
    (``1970-01-01T00:00:00Z``, ``1969-12-31T19:00:00-05:00``) or one before 1900-01-02 (``0001-01-01``,
    ``1899-12-30``, ``1900-01-01``). A page's declared date of 1985 is none: an archive's story (a page's dates come
    from its own tags, which no misreading of a Unix time made, unlike a feed's: ``not_too_early``)."""
    day = value.strip()[:10]
    return day < _EARLIEST_DAY or day in _EPOCH_DAYS


def plausible(value: str, latest: str | None = None) -> bool:
    """Whether an ISO 8601 publication date or time is neither absurdly far back (``not_too_early``) nor in the
    future (``not_in_future``, against ``latest``)."""
    return not_too_early(value) and not_in_future(value, latest)


ZONES_READ_AS_UTC: Final = {
    "CET": timedelta(hours=1),
    "CEST": timedelta(hours=2),
    "WAT": timedelta(hours=1),
    "EET": timedelta(hours=2),
    "EEST": timedelta(hours=3),
    "CAT": timedelta(hours=2),
    "EAT": timedelta(hours=3),
    "MSK": timedelta(hours=3),
    "TRT": timedelta(hours=3),
    "GST": timedelta(hours=4),
    "IRST": timedelta(hours=3, minutes=30),
    "PKT": timedelta(hours=5),
}
"""Zones of the Arab world and its neighbours that feedparser does not know, so reads as UTC: their offsets
(Cairo, Beirut and Amman's EET, Dubai's GST, Khartoum's CAT …). IST, which is three zones, is left as given."""
_ARABIA: Final = timedelta(hours=3)
_KNOWN_ZONES: Final = {
    **{name: timedelta(0) for name in ("UT", "UTC", "GMT", "Z")},
    **{name: timedelta(hours=hours) for name, hours in (("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5))},
    **{name: timedelta(hours=hours) for name, hours in (("MST", -7), ("MDT", -6), ("PST", -8), ("PDT", -7))},
    **{name: timedelta(hours=hours) for name, hours in (("AST", -4), ("ADT", -3), ("MET", 1), ("MEST", 2))},
    **ZONES_READ_AS_UTC,
}
"""The offsets of the zone names a date may end with (a feed's, a page's meta): RFC 822's and feedparser's, and the
region's."""


def zone_offset(name: str, *, arabic: bool) -> timedelta | None:
    """The offset of a zone's name (upper case) at a date's end, ``_KNOWN_ZONES``'s; in an ``arabic`` feed or
    page ``AST`` is Arabia Standard Time (+3: Riyadh, Baghdad, Kuwait, Doha), not RFC 822's Atlantic time.
    None for a name not known."""
    return _ARABIA if name == "AST" and arabic else _KNOWN_ZONES.get(name)


_RFC822: Final = re.compile(
    r"\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}"
    r"\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[+-]\d{4}|(?!AM\b|PM\b)(?P<name>[A-Za-z]{1,4})))?\s*",
    re.ASCII | re.IGNORECASE,
)
"""An RFC 822 date and time, the form of a feed's ``pubDate`` (``Sun, 29 Nov 2026 10:30:00 +0300``): a
24-hour time, no "PM" (which ``email.utils`` would not read)."""


def rfc822_time(value: str, *, arabic: bool = False) -> datetime | None:
    """An RFC 822 date and time (a feed's ``pubDate``, which some pages' meta tags hold too) with its offset:
    ``Sun, 29 Nov 2026 10:30:00 +0300`` is 10:30 at +03:00; a zone's name is read as a feed's is
    (``zone_offset``: ``AST`` of an ``arabic`` page is +03:00, ``EET`` +02:00); without a zone (or one not
    known) it has none. None for anything else, a day without its time included."""
    found = _RFC822.fullmatch(value)
    if not found:
        return None
    from email.utils import parsedate_to_datetime

    name = found.group("name")
    offset = zone_offset(name.upper(), arabic=arabic) if name else None
    try:
        moment = parsedate_to_datetime(value[: found.start("name")] if name else value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return moment.replace(tzinfo=timezone(offset)) if offset is not None else moment
