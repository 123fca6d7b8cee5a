"""RSS 0.9x/1.0/2.0 and Atom feeds to Articles (summaries, or stories given whole) via feedparser, fed bytes."""

from __future__ import annotations

import calendar
import codecs
import functools
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Final, NamedTuple

from newstui.errors import ParseError, SiteMap
from newstui.model import Article, Direction, Link
from newstui.parse import first_element, guess_language, language_direction, text_direction
from newstui.parse.bylines import author_credit, author_field_name, author_without_date, listed_names
from newstui.parse.feed_notes import FeedArticles, broken_note, cap_note, count_entries, entry_tags
from newstui.parse.feed_refs import literal_char_refs, safe_char_refs
from newstui.parse.html_fragment import fragment_anchors, fragment_image_texts, fragment_paragraphs
from newstui.parse.html_links import http_url
from newstui.parse.html_meta import split_agency
from newstui.parse.ids import article_id
from newstui.parse.markers import MarkerKind, match_marker
from newstui.parse.plaintext_lines import lead_title
from newstui.parse.published import ZONES_READ_AS_UTC, latest_published, plausible, zone_offset
from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_line

__all__ = ["MAX_ITEMS", "parse_feed"]

MAX_ITEMS: Final = 2000
"""Entries kept from one feed; the XML is cut before the next one so feedparser never sees more."""
_HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})
_NAME_END: Final = b" \t\r\n/>"
_HEAD_BYTES: Final = 65536


def _strip_doctype(data: bytes) -> bytes:
    """Remove a DOCTYPE (and its internal subset of entity declarations) from the feed's prolog.

    Feeds have no use for DTDs; dropping them before parsing means no entity is ever expanded
    (billion laughs, quadratic blowup) and no external entity is ever resolved, whatever the parser.
    """
    start = _doctype_offset(data)
    if start < 0:
        return data
    root = _root_offset(data[:_HEAD_BYTES])
    if root is not None and root < start:
        return data  # a DOCTYPE after the root element is not a prolog DOCTYPE
    depth = 0
    position = start + 2
    while position < len(data):
        byte = data[position]
        if byte == 0x5B:  # [
            depth += 1
        elif byte == 0x5D:  # ]
            depth = max(0, depth - 1)
        elif byte == 0x3E and depth == 0:  # >
            return data[:start] + data[position + 1 :]
        position += 1
    return data[:start]


def _doctype_offset(data: bytes) -> int:
    """Offset of the first ``<!DOCTYPE`` (any case) within the first ``_HEAD_BYTES``, or -1."""
    position = data.find(b"<!", 0, _HEAD_BYTES)
    while 0 <= position <= _HEAD_BYTES - 9:
        if data[position + 2 : position + 9].lower() == b"doctype":
            return position
        position = data.find(b"<!", position + 2, _HEAD_BYTES)
    return -1


def _root_offset(head: bytes) -> int | None:
    """Offset of the first element's ``<`` in bytes, skipping ``<?``, ``<!`` constructs."""
    position = 0
    while True:
        position = head.find(b"<", position)
        if position < 0 or position + 1 >= len(head):
            return None
        following = head[position + 1]
        if following not in (0x3F, 0x21):  # ? !
            return position
        if head.startswith(b"<!--", position):
            end = head.find(b"-->", position)
            position = len(head) if end < 0 else end + 3
        else:
            position += 2


def _item_starts(data: bytes, limit: int, tags: tuple[bytes, ...]) -> list[int]:
    """Offsets of the first ``limit`` entry start tags (``tags``: ``<item``, ``<entry``, ``<atom:entry`` ...;
    a cheap byte scan)."""
    found: list[int] = []
    for tag in tags:  # the first ``limit`` of each tag hold the first ``limit`` of all
        position = 0
        count = 0
        while count < limit:
            position = data.find(tag, position)
            if position < 0:
                break
            after = position + len(tag)
            if after < len(data) and data[after] in _NAME_END:
                found.append(position)
                count += 1
            position = after
    found.sort()
    return found[:limit]


def _cap_items(data: bytes, max_items: int) -> tuple[bytes, int | None]:
    """Cut the feed before its (max_items+1)-th entry and close the root, so parsing stays bounded.

    Returns:
        The bytes to parse, and the feed's count of entries when it was cut (else None).
    """
    tags = entry_tags(data)  # <item, <entry, and <atom:entry or <rss:item where the feed binds a prefix
    if sum(map(data.count, tags)) <= max_items:
        return data, None  # fewer candidate tags than the cap: nothing to cut
    starts = _item_starts(data, max_items + 1, tags)
    if len(starts) <= max_items:
        return data, None
    total = count_entries(data, tags)  # one more scan, for a feed past the cap only
    cut = data[: starts[max_items]]
    name, _ = first_element(data[:_HEAD_BYTES].decode("utf-8", "replace"))
    if name == "rss":
        return cut + b"</channel></rss>", total
    if name is not None:
        head = data[:_HEAD_BYTES].decode("utf-8", "replace")
        index = head.lower().find("<" + name)
        original = head[index + 1 : index + 1 + len(name)] if index >= 0 else name
        return cut + f"</{original}>".encode(), total
    return cut, total


# FeedParserDict lookups go through an alias table (and warn for "updated"); the canonical keys used
# here are read with plain ``dict.get``, which is also several times faster.


_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _iso_utc(year: int, month: int, day: int, hour: int, minute: int, second: int) -> str | None:
    """``datetime(...).isoformat()`` in UTC for valid fields, formatted directly; None when a field is out of range."""
    if (
        1 < year < 9999
        and 1 <= month <= 12
        and 1 <= day <= (29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1])
        and 0 <= hour < 24
        and 0 <= minute < 60
        and 0 <= second < 60
    ):
        return "%04d-%02d-%02dT%02d:%02d:%02d+00:00" % (year, month, day, hour, minute, second)  # noqa: UP031 (faster)
    return None


_ZONE: Final = re.compile(r"\s([A-Za-z]{1,4})\s*$")
"""A zone's abbreviation at a date's end ("… 10:00:00 EET")."""
_ATLANTIC_TO_ARABIA: Final = timedelta(hours=7)
"""RFC 822's ``AST`` is Atlantic time (-4) to feedparser, Arabia Standard Time (+3) in an Arabic feed."""
_NUMERIC_ZONE: Final = re.compile(
    r"(?:(?<=\d)|(?<=\d\s)|(?:GMT|UTC|UT)\s*)(?P<sign>[+-])(?P<hours>\d\d):?(?P<minutes>\d\d)\s*$"
    r"|(?:GMT|UTC|UT)\s*(?P<short_sign>[+-])(?P<short_hours>\d{1,2})\s*$"
    r"|(?<=:\d\d)\s?(?P<hour_sign>[+-])(?P<hour_only>\d\d)\s*$",
    re.IGNORECASE,
)
"""A numeric offset at a date's end, after its time ("01:00:00 +0300", "T01:00:00+03:00", "10:00 GMT+03:00",
"GMT+3", hours alone right after a time: "14:30 +03"); never a date's own "-30" of "2026-11-30"."""
_TIME_OF_DAY: Final = re.compile(r"(?<![\d:])(\d{1,2}):(\d\d)(?!\d)")
"""The first time of day written in a date ("01:00" of "Mon, 30 Nov 2026 01:00:00 +0300")."""
_HAS_TIME: Final = re.compile(r"\d:\d|T\d", re.IGNORECASE)
"""A time of day in a date as written: without it, a date alone ("2026-11-28", "Sat, 28 Nov 2026")."""
_MAX_OFFSET: Final = timedelta(hours=14)
_ZONE_TAIL: Final = 20
"""Characters at a date's end a zone is looked for in ("10:00:00 GMT+03:00" and the digit before it)."""


_COMMENT: Final = re.compile(r"\s*\([^()]*\)\s*$")
"""An RFC 822 comment closing a date, after its zone: "… +0300 (Arab Standard Time)"."""


def _without_comment(written: str) -> str:
    """A date as written without the comment in parentheses after its zone ("Sat, 28 Nov 2026 19:00:00 +0300 (Arab
    Standard Time)" gives "… +0300"), which RFC 822 allows and some servers write; ``written`` itself otherwise."""
    return _COMMENT.sub("", written) if written.rstrip().endswith(")") else written


def _written_offset(written: str, *, arabic: bool) -> timedelta | None:
    """The offset from UTC a date as written ends with ("+0300", "+03:00", "GMT+3", "EEST", "Z"), a comment after
    it aside ("+0300 (Arab Standard Time)"); None when it names none, or one newstui does not know (a military
    letter but "Z")."""
    written = _without_comment(written)
    tail = max(0, len(written) - _ZONE_TAIL)  # the zone ends the date: its end alone is scanned
    last = written.rstrip()[-1:]  # both patterns end on a digit or a letter, then spaces (``\s``: ``isspace``)
    found = _NUMERIC_ZONE.search(written, tail) if last.isdecimal() else None
    if found is not None:
        sign = found.group("sign") or found.group("short_sign") or found.group("hour_sign")
        hours = int(found.group("hours") or found.group("short_hours") or found.group("hour_only"))
        minutes = int(found.group("minutes") or 0)
        if minutes >= 60:
            return None
        offset = timedelta(hours=hours, minutes=minutes)
        offset = -offset if sign == "-" else offset
        return offset if abs(offset) <= _MAX_OFFSET else None
    if last in ("Z", "z") and _HAS_TIME.search(written):
        return timedelta(0)
    zone = _ZONE.search(written, tail) if _ends_in_letter(last) else None
    if zone is None:
        return None
    name = zone.group(1).upper()
    return zone_offset(name, arabic=arabic)


def _ends_in_letter(last: str) -> bool:
    """Whether a date's last character (its spaces aside) is an ASCII letter, as ``_ZONE`` needs it to be."""
    return last.isascii() and last.isalpha()


_UTC_ENDS: Final = ("+0000", "+00:00", "-0000", "-00:00", "Z", "z")
"""How a date written in UTC ends (its spaces aside): ``_written_offset`` gives it no offset (zero or None)."""


def _in_written_zone(utc: str, written: str, *, arabic: bool) -> str:
    """A UTC time (``…+00:00``) at the offset its feed wrote it with (``2026-11-30T01:00:00+03:00`` for
    ``Mon, 30 Nov 2026 01:00:00 +0300``), so the day shown is the publisher's, as a page's date keeps its own.

    The offset is taken only when the time of day written is the one it gives back (the zone was read as
    feedparser read it); otherwise, or without an offset, the time stays in UTC. A comment after the zone is no
    part of it ("… +0300 (Arab Standard Time)").
    """
    written = _without_comment(written)
    if written.rstrip().endswith(_UTC_ENDS):
        return utc  # (most feeds' dates: "… +0000", "…T08:00:00Z"), without the patterns
    offset = _written_offset(written, arabic=arabic)
    if not offset:
        return utc
    clock = _TIME_OF_DAY.search(written)
    if clock is None:
        return utc
    try:
        local = datetime.fromisoformat(utc).astimezone(timezone(offset))
    except (ValueError, OverflowError):
        return utc
    if (local.hour, local.minute) != (int(clock.group(1)), int(clock.group(2))):
        return utc
    return local.isoformat()


def _published(entry: Any, latest: str | None = None, *, arabic: bool = False) -> str | None:
    """The entry's publication (else update) time as ISO 8601 with the feed's offset (else UTC), or None if
    absent or absurd; a date alone ("2026-11-28") when the feed gives no time of day.

    A time after ``latest`` (``latest_published()``, worked out once per feed) is absurd (a feed's typo
    or a placeholder such as year 9999): it would sit on top of a list sorted newest first for ever.
    A date feedparser could not read (Arabic day and month names: "السبت، 28 نوفمبر 2026 19:00:00 +0300")
    is read as a page's dateline is (``_written_date``), and so is one it misread (``_checked``:
    "2026/11/28 07:00 م" is not the 1st of the month, "7:00 PM +0300" not 07:00 UTC). In an ``arabic``
    entry (or feed) a time in ``AST`` is Arabia Standard Time (UTC+3, Riyadh, Baghdad, Kuwait, Doha), not
    feedparser's Atlantic time; a zone feedparser does not know and reads as UTC (``EET``, ``GST``:
    ``published.ZONES_READ_AS_UTC``) takes its offset. The time is given at the offset the feed wrote
    (``_in_written_zone``): its day is the publisher's. A date written as a Unix time ("1764345600", which
    feedparser reads as the year 1764) is that many seconds after 1970 (``_unix_time``), in UTC; one before
    1990 (``published.not_too_early``) is as absurd as one in the future.
    """
    for key in ("published", "updated", "created"):
        value = dict.get(entry, key + "_parsed")
        written = dict.get(entry, key)
        written = written if isinstance(written, str) else ""
        text: str | None
        if (stamp := _unix_time(written)) is not None:
            text = stamp
        elif isinstance(value, time.struct_time):
            text = _feedparser_time(value, written, arabic=arabic)
            if text is not None:
                text = _checked(text, written, arabic=arabic)
        else:
            text = _written_date(written, arabic=arabic) if written else None
        if text is None:
            continue
        if latest is None:
            latest = latest_published()
        if plausible(text, latest):
            return text
    return None


_UNIX_TIME: Final = re.compile(r"\s*(?P<seconds>[0-9]{9,10})(?P<milliseconds>[0-9]{3})?\s*", re.ASCII)
"""A date written as a Unix time: nine or ten digits of seconds (2001 to 2286), or thirteen of milliseconds."""


def _unix_time(written: str) -> str | None:
    """A date written as a Unix time ("1764345600", "1764345600000" in milliseconds) as ISO 8601 in UTC
    ("2026-11-28T16:00:00+00:00"); None for any other date."""
    found = _UNIX_TIME.fullmatch(written) if written.strip().isdigit() else None
    if found is None:
        return None
    return datetime.fromtimestamp(int(found.group("seconds")), tz=UTC).isoformat()


def _feedparser_time(value: time.struct_time, written: str, *, arabic: bool) -> str | None:
    """feedparser's UTC reading of a date, at the offset written (a zone it misread or does not know set
    right), a date alone when no time of day is written; None when its fields make no time."""
    text = _iso_utc(*value[:6])
    if text is None:
        try:  # out-of-range fields: timegm normalises them (Feb 30 -> Mar 2)
            stamp = calendar.timegm(value)
            text = datetime.fromtimestamp(stamp, tz=UTC).isoformat()
        except (ValueError, OverflowError, OSError):
            return None
    elif value[3:6] == (0, 0, 0) and written and not _HAS_TIME.search(written):
        return text[:10]  # a date alone: no made-up midnight UTC
    if len(text) > 10 and written:
        written = _without_comment(written)
        zone = _ZONE.search(written) if _ends_in_letter(written.rstrip()[-1:]) else None
        if zone is not None:
            name = zone.group(1).upper()
            shift = _ATLANTIC_TO_ARABIA if name == "AST" and arabic else ZONES_READ_AS_UTC.get(name)
            if shift is not None:
                try:
                    text = (datetime.fromisoformat(text) - shift).isoformat()
                except (ValueError, OverflowError):
                    return None
        text = _in_written_zone(text, written, arabic=arabic)
    return text


_MONTHS_EN: Final = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_FEEDPARSER_READS: Final = LazyRegex(
    rf"\s*(?:(?:[A-Za-z]{{3}},\s*)?\d{{1,2}}\s+(?:{_MONTHS_EN})\s+\d{{4}}\s+\d\d:\d\d(?::\d\d)?"
    r"\s*(?:[+-]\d{4}|(?!AM\b|PM\b)[A-Za-z]{1,4})?"
    r"|\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s?(?:Z|[+-]\d\d(?::?\d\d)?)?)?)\s*",
    re.IGNORECASE | re.ASCII,
)
"""The dates feedparser reads right: RFC 822's with a 24-hour time ("Sat, 28 Nov 2026 19:00:00 +0300") and
ISO 8601's with dashes ("2026-11-28T19:00:00Z"). Others ("2026/11/28 07:00 م", "2026.11.28 19:00",
"Sat, 28 Nov 2026 7:00 PM +0300") it may misread: only the year, or no PM, so ``_checked`` reads them too."""


def _checked(text: str, written: str, *, arabic: bool) -> str:
    """feedparser's reading of a date (``text``), or newstui's own (``_written_date``) when that names
    another day or time: feedparser reads a year alone out of "2026/11/28 07:00 م" and fills in the 1st
    of the current month, and drops "PM"; a wrong date is worse than none, and the dateline reader's is
    the one newstui gives a page. A date newstui cannot read keeps feedparser's."""
    if not written or _FEEDPARSER_READS.fullmatch(written):
        return text
    own = _written_date(written, arabic=arabic)
    if own is None or _same_time(text, own):
        return text
    return own


def _same_time(text: str, own: str) -> bool:
    """Whether two readings of one date agree: the same day, and the same moment when both give a time
    (the same time of day when one has no offset)."""
    if len(text) == 10 or len(own) == 10:
        return text[:10] == own[:10]
    try:
        first, second = datetime.fromisoformat(text), datetime.fromisoformat(own)
    except ValueError:
        return False
    if first.tzinfo is None or second.tzinfo is None:
        return text[:16] == own[:16]
    return first == second


_WRITTEN_DATE_CHARS: Final = 120
"""A date field longer than this is no date (``iso_date`` reads a short dateline)."""
_TIME_LENGTH: Final = len("2026-11-28T19:00:00")
_RFC822_NO_ZONE: Final = re.compile(
    r"\s*(?:[A-Za-z]{3,9},?\s+)?\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AP]M)?\s*",
    re.ASCII | re.IGNORECASE,
)
"""An RFC 822 date and time with no zone ("Tue, 01 Dec 2026 08:30:00", "… 7:00 PM"), which feedparser leaves
unread or misreads."""


def _written_date(written: str, *, arabic: bool = False) -> str | None:
    """A date field feedparser could not read (or misread), read by ``plaintext_dates.iso_date`` (Arabic or
    Levantine month names, Arabic-Indic digits, a day name with an Arabic comma, "2026/11/28 07:00 م"):
    the day, with its time when given, and its offset when given ("2026-11-28T19:00:00+03:00" for
    "19:00:00 +0300", or a zone's, "EET"), as written. A time written with no zone at all is in UTC, as
    an RFC 822 date and time written with no zone is in UTC (RFC 822's "UT": "Tue, 01 Dec 2026 08:30:00" is
    ``…T08:30:00+00:00``); another one without a zone stays as written, as a page's dateline does."""
    if len(written) > _WRITTEN_DATE_CHARS:
        return None
    from newstui.parse.plaintext_dates import iso_date

    text = iso_date(written, arabic=arabic)
    if text is None:
        return None
    if len(text) == _TIME_LENGTH:
        return _with_written_zone(text, written, arabic=arabic)
    if len(text) < _TIME_LENGTH:
        return text
    try:
        return datetime.fromisoformat(text).isoformat()
    except (ValueError, OverflowError):
        return text[:_TIME_LENGTH]


def _with_written_zone(text: str, written: str, *, arabic: bool) -> str:
    """A zoneless time read out of a feed's date given the offset its zone names ("EET", "GMT+3"), UTC's
    for an RFC 822 date with no zone, none otherwise ("2026/11/28 07:00 م" stays as written)."""
    offset = _written_offset(written, arabic=arabic)
    if offset is not None:
        return text + _offset_text(offset)
    if _RFC822_NO_ZONE.fullmatch(written):
        return text + "+00:00"  # RFC 822 without its zone: UTC, as feedparser reads a zone it does not know
    return text


def _offset_text(offset: timedelta) -> str:
    """``+03:00`` for three hours east of UTC, ``-04:30`` for four and a half west."""
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return "%s%02d:%02d" % (sign, minutes // 60, minutes % 60)  # noqa: UP031


def _is_html(detail: Any) -> bool:
    return isinstance(detail, dict) and str(dict.get(detail, "type", "")).lower() in _HTML_TYPES


def _plain(value: str, html: bool) -> list[str]:
    """Paragraphs of a feed text construct, converting HTML to text."""
    if html and ("<" in value or "&" in value):  # markup or entities to resolve; plain text skips the HTML parser
        return fragment_paragraphs(value)
    return [p for p in (sanitize_line(part) for part in value.split("\n\n")) if p]


def _read_also(paragraphs: list[str], hrefs: dict[str, str | None]) -> tuple[list[str], list[tuple[str, str | None]]]:
    """Paragraphs that are a read-also marker and one link ("اقرأ أيضاً: <a>title</a>") taken out as links."""
    kept: list[str] = []
    links: list[tuple[str, str | None]] = []
    for paragraph in paragraphs:
        found = match_marker(paragraph)
        if found is not None and found[0] is MarkerKind.READ_ALSO and found[1]:
            key = normalize(found[1])
            if key in hrefs:
                links.append((found[1], hrefs[key]))
                continue
        kept.append(paragraph)
    return kept, links


class _Text(NamedTuple):
    """An entry's text as ``_summary`` reads it."""

    paragraphs: list[str]
    read_also: list[tuple[str, str | None]]
    read_more: bool = False
    """A "read more" link was taken out of it ("أكمل القراءة", "Continue reading")."""
    base: str = ""
    """The ``xml:base`` in force on the text's element as feedparser tracked it (``content[i].base``,
    ``summary_detail.base``; relative when the feed's was and no address was known), else ""."""


class _Post(NamedTuple):
    """The entry a footer is under, as its feed gives it: its title and link (either may be empty)."""

    title: str
    link: str


def _summary(entry: Any) -> _Text:
    """The entry's longest text (full ``content`` when present, else the summary), without WordPress's
    "The post … appeared first on …" footer, its read-also links, and whether it had a "read more" link.

    "Read more" links are left out of the text (``fragment_anchors``).
    """
    best: tuple[str, bool, Any] = ("", False, None)
    for content in dict.get(entry, "content") or ():
        value = dict.get(content, "value") or ""
        if len(value) > len(best[0]):
            best = (value, _is_html(content), content)
    summary = dict.get(entry, "summary") or ""
    if len(summary) > len(best[0]):
        detail = dict.get(entry, "summary_detail")
        best = (summary, _is_html(detail) or "<" in summary, detail)
    value, html, element = best
    if not value:
        return _Text([], [])
    if not html:
        return _Text(_plain(value, False), [])
    anchored, hrefs = fragment_anchors(value)
    plain = _plain(anchored, True)
    post = _Post(dict.get(entry, "title") or "", dict.get(entry, "link") or "")
    paragraphs = _without_footer(plain, hrefs, post) if plain else plain
    kept, links = _read_also(paragraphs, hrefs) if hrefs else (paragraphs, [])
    base = dict.get(element, "base") if links and isinstance(element, dict) else None
    return _Text(kept, links, read_more=anchored != value, base=base if isinstance(base, str) else "")


_FOOTER: Final = re.compile(r"The post (?P<title>\S.{0,300}?) appeared first on (?P<site>\S.{0,200}?)\.?")
"""The line a WordPress SEO plugin (Yoast) puts under every post in a feed: "The post <title> appeared
first on <site>." (both links; ``_is_footer``)."""


_AR_FOOTER: Final = LazyRegex(r"ظهرت المقالة (?P<title>\S.{0,300}?) [أا]ول(?:اً|ًا|ا) على (?P<site>\S.{0,200}?)\.?")
"""The same line on an Arabic site: "ظهرت المقالة <title> أولاً على <site>." ("أولا", "اولاً" ... too)."""
_FOOTERS: Final = (("The post ", _FOOTER), ("ظهرت المقالة ", _AR_FOOTER))
_FOOTER_AFTER: Final = '.!?…]؟»"”'
"""What ends the text before a footer on the same line ("… ملاعب للأطفال […] The post …")."""


def _without_footer(paragraphs: list[str], hrefs: dict[str, str | None], post: _Post) -> list[str]:
    """The paragraphs without the "The post <title> appeared first on <site>." line that ends them (or its
    Arabic form, "ظهرت المقالة … أولاً على <site>.").

    The line is the last paragraph or the end of it, after a sentence, and has the plugin's whole shape
    (``_is_footer``), so a story's own last sentence stays: "The post office … appeared first on the list.",
    or "The post <a>office</a> appeared first on the council's list." with one word of it a link.
    """
    last = paragraphs[-1]
    for opening, footer in _FOOTERS:
        start = last.rfind(opening)
        while start >= 0:
            found = footer.fullmatch(last, start)
            if found is not None and (
                start == 0 or (last[start - 1] == " " and last[: start - 1][-1:] in _FOOTER_AFTER)
            ):
                if not _is_footer(found, hrefs, post):
                    break
                kept = last[:start].rstrip()
                return [*paragraphs[:-1], kept] if kept else paragraphs[:-1]
            start = last.rfind(opening, 0, start)
    return paragraphs


def _is_footer(found: re.Match[str], hrefs: dict[str, str | None], post: _Post) -> bool:
    """Whether a "The post <title> appeared first on <site>." line is the plugin's: its title part names the
    post (it is the entry's title, or a link to the entry's own address), or both parts are links (``hrefs``,
    by folded text), as the plugin writes them."""
    title = normalize(found.group("title"))
    if title and title == normalize(post.title):
        return True
    if title not in hrefs:
        return False
    href = (hrefs[title] or "").strip()
    return (bool(href) and href == post.link.strip()) or normalize(found.group("site")) in hrefs


_TEASER_ENDS: Final = ("…", "...", "…]", "...]", "…)", "...)", "… ]", "… )")
"""How a teaser's text ends, cut off: "…", "...", WordPress's "[…]" ("[&#8230;]"), "(…)"."""
_SHORT_CHARS: Final = 400
"""Characters of text under which one paragraph behind a link to its page is a teaser, not the story."""


def _is_content(entry: Any, text: _Text, url: str | None) -> bool:
    """Whether the text ``_summary`` took is the entry's ``content`` given whole (the story) rather than
    its summary or a teaser.

    A ``content`` is a teaser, its page still to fetch, when it is plainly one: its text ends cut off
    ("…", "[…]"), it had a "read more" link ("أكمل القراءة", "Continue reading"), or, behind a link, it
    is one paragraph of under ``_SHORT_CHARS`` characters that does not end a sentence (one short paragraph
    of whole sentences, ending with a full stop, is a brief: the whole story). WordPress's "The post …
    appeared first on …" footer, gone from the text (``_summary``), says nothing either way: Yoast puts it
    under every post of a full-text feed, a brief's too, and under an excerpt that then ends cut off.
    """
    contents = dict.get(entry, "content")
    if not contents:
        return False  # a summary only (most feeds' entries)
    longest = max((len(dict.get(content, "value") or "") for content in contents), default=0)
    if longest == 0 or longest < len(dict.get(entry, "summary") or ""):
        return False
    paragraphs = text.paragraphs
    if not paragraphs:
        return True  # no text but pictures (their captions): nothing reads as cut off
    if text.read_more or paragraphs[-1].rstrip().endswith(_TEASER_ENDS):
        return False
    short = url and len(paragraphs) == 1 and len(paragraphs[0]) < _SHORT_CHARS
    return not short or _whole_sentences(paragraphs[0])


_SENTENCE_ENDS: Final = (".", "!", "?", "؟", "۔")
_CLOSERS: Final = "\"'”’»)]"


def _whole_sentences(paragraph: str) -> bool:
    """Whether a paragraph ends a sentence: its last character (a closing quote or bracket aside) is a full
    stop or another sentence's end ("." "!" "?" "؟"), not a teaser's cut ("…", "...", a word)."""
    end = paragraph.rstrip().rstrip(_CLOSERS)
    return end.endswith(_SENTENCE_ENDS) and not end.endswith(("..", "…"))


def _picture_text(entry: Any) -> list[str]:
    """What an entry without text says when it is a picture: its images' ``alt`` texts.

    A picture without a text, as an entry with neither text nor a picture (a headline that links to its
    story), stays empty: its title is shown alone, not again as its only paragraph.
    """
    values = [str(dict.get(content, "value") or "") for content in dict.get(entry, "content") or ()]
    values.append(str(dict.get(entry, "summary") or ""))
    texts = [text for value in values for text in fragment_image_texts(value)]
    return list(dict.fromkeys(texts))


_ADDRESS: Final = r"(?:mailto:)?[^\s@()<>]+@[^\s@()<>]+"
_EMAIL: Final = re.compile(_ADDRESS, re.IGNORECASE)
_NAMED_EMAIL: Final = (
    re.compile(rf"{_ADDRESS}\s*\((?P<name>[^()]+)\)", re.IGNORECASE),  # RSS: news@example.com (Sara Ali)
    re.compile(rf"\((?P<name>[^()]+)\)\s*{_ADDRESS}", re.IGNORECASE),
    re.compile(rf"(?P<name>[^()<>]+?)\s*[(<]{_ADDRESS}[)>]", re.IGNORECASE),  # Sara Ali <sara@...>, Atom's
)


_ARABIC_LETTER: Final = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_COMMA: Final = "، "


def _author(entry: Any, clean: _LineCache) -> tuple[str | None, str | None]:
    """The entry's author or authors: every ``<dc:creator>`` or Atom ``<author>`` (feedparser's ``authors``),
    each name as ``_author_name`` reads it, distinct, joined with "، " when one is in Arabic script, else ", ";
    and the ISO date an author's field held after the name (the first such, ``_author_name``), else None.

    A comma list reads the same for two names or ten and in either script ("و" would join to the last
    name and mix oddly with a Latin one); the Arabic comma is the list's separator as soon as an Arabic
    name is in it, so the line is punctuated as it is read.
    """
    authors = dict.get(entry, "authors")
    if not authors or len(authors) < 2:
        return _author_name(clean(dict.get(entry, "author") or ""))
    names: dict[str, str] = {}
    day: str | None = None
    for detail in authors:
        if isinstance(detail, dict):
            name, own = _author_name(clean(str(dict.get(detail, "name") or "")))
            if name:
                names.setdefault(name.casefold(), name)
                day = day or own
    if not names:
        return None, None
    separator = _ARABIC_COMMA if any(_ARABIC_LETTER.search(name) for name in names.values()) else ", "
    return separator.join(names.values()), day


@functools.lru_cache(maxsize=1024)
def _author_name(author: str) -> tuple[str | None, str | None]:
    """A name from an author field and the ISO date the field held after it (else None): the name of
    "news@example.com (Sara Ali)" (RSS's form), never an address alone, without a date a separator sets
    after it ("سامر الخطيب · الاثنين 16 نوفمبر 2026", "Jane Doe | Monday, Nov 16, 2026", "فلان · منذ
    ساعتين": ``bylines.author_without_date``) and without a byline's "By"/"بقلم"/"كتب:"/"بواسطة"
    (``bylines.author_field_name``), as for a page's author; two or three writers joined by "و" as several, the
    "و" written apart too (``bylines.listed_names``: "كريم منصور و رنا الحسيني").

    A bare address names a mailbox (RSS wants one in ``<author>``: news@, editor@, noreply@), not a writer,
    so it is no byline; nor is "noreply@x.example (noreply@x.example)". The name is read here, not from
    feedparser's ``author_detail``, whose address pattern cuts a long domain ("desk@coast.example (Sara)"
    gave the name "ple (Sara"). A field with no name left gives no date either.
    """
    if "@" in author:
        for pattern in _NAMED_EMAIL:
            found = pattern.fullmatch(author)
            if found is not None:
                author = found.group("name").strip()
                break
        if _EMAIL.fullmatch(author):
            return None, None
    author, day = author_without_date(author)
    name = author_field_name(author)
    # "نادية بنسعيد ويوسف العمراني": two writers, joined as several <dc:creator>s are ("نادية بنسعيد، يوسف العمراني")
    return (listed_names(name), day) if name else (None, None)


def _credited(author: str | None, field: str | None = None) -> tuple[str | None, str | None]:
    """An entry's author and the attribution it names: an agency or a source named alone is the attribution, no
    writer (``<dc:creator>وكالات</dc:creator>``, "رويترز", "أ ف ب", "المصدر: وكالات": ``bylines.author_credit``);
    an agency after the writer's comma too ("Jane Roe, Reuters", ``html_meta.split_agency``), as on pages.
    ``field`` is the entry's author field as written: "كتبت: سبأ" names a writer, not Yemen's agency."""
    if not author:
        return author, None
    credit = author_credit(author, field=field)
    return (None, credit) if credit is not None else split_agency(author)


def _title(entry: Any, detail: Any) -> str:
    """The entry's (or the feed's) title as one sanitized line (``detail`` is its ``title_detail``)."""
    title = dict.get(entry, "title") or ""
    if _is_html(detail):
        return " ".join(_plain(title, True))
    return sanitize_line(title)


class _LineCache(dict[str, str]):
    """``sanitize_line`` for the short values feeds repeat in every entry (language, author, tags)."""

    def __call__(self, value: str) -> str:
        line = self.get(value)
        if line is None:
            line = self[value] = sanitize_line(value)
        return line


def _keywords(tags: Any, clean: _LineCache) -> tuple[str, ...]:
    """Distinct tags of at most 60 characters, at most 30, in order: each one's label (Atom's human-readable
    ``label``, RFC 4287 4.2.2), else its term."""
    found: dict[str, None] = {}
    for tag in tags:
        if isinstance(tag, dict):
            term = clean(dict.get(tag, "label") or dict.get(tag, "term") or "")
            if term and len(term) <= 60:
                found[term] = None
                if len(found) == 30:
                    break
    return tuple(found)


def _source_section(title: str | None, entries: list[Any]) -> tuple[str | None, str | None]:
    """The site's name and the section of a feed titled after both ("صحيفة النخيل - محليات", "Local –
    Oasis Herald"), else the title and None.

    The title must read as a ``source – section`` byline (``markers.split_byline``), and exactly one of
    its two parts must be a category of the feed's entries: that part is the section, whichever side it
    is on (WordPress writes a category's feed "Category – Site"). A title the entries do not bear out
    ("BBC News - World" with no categories) stays whole.
    """
    from newstui.parse.markers import split_byline

    parts = split_byline(title) if title else None
    if parts is None:
        return title, None
    keys = [normalize(part) for part in parts]
    sizes = range(min(map(len, parts)) - 4, max(map(len, parts)) + 5)  # a term of another length is neither
    found: set[str] = set()
    for entry in entries:
        for tag in dict.get(entry, "tags") or ():
            if isinstance(tag, dict):
                for term in (dict.get(tag, "label"), dict.get(tag, "term")):
                    if isinstance(term, str) and len(term) in sizes and (key := normalize(term)) in keys:
                        found.add(key)
        if len(found) == 2:
            break
    if len(found) != 1:
        return title, None
    site, section = parts if keys[1] in found else parts[::-1]
    return site, section


def _url(value: Any, base: str | None) -> str | None:
    """An absolute http(s) URL from a feed field, or None."""
    return http_url(value, base) if isinstance(value, str) else None


def _entry_url(entry: Any, base: str | None, *, rss: bool) -> str | None:
    """The entry's address: its link (resolved against ``base``), else an Atom or RSS 1.0 id that is an http(s) URL.

    An RSS ``<guid>`` stands for the link only as feedparser takes it, when it is a permalink (no
    ``isPermaLink="false"``) and the item has no ``<link>``, and then only as an absolute address: a
    guid such as ``abc-123`` is an identifier, not a page of the feed's site; nor is a guid that says
    it is no permalink ever the address, even when it reads as one.
    """
    link = dict.get(entry, "link")
    if dict.get(entry, "guidislink") and link == dict.get(entry, "id"):
        return _url(link, None)
    url = _url(link, base)
    if url is None and not rss:
        url = _url(dict.get(entry, "id"), None)
    return url


def _inherited_author(entry: Any, feed_author: str | None, clean: _LineCache) -> str | None:
    """An Atom entry's author when it names none (RFC 4287 4.2.1): its ``<source>``'s, else the feed's."""
    source = dict.get(entry, "source")
    if isinstance(source, dict) and not _no_author(source):
        return _author(source, clean)[0]  # the date after its name is the source's, not the entry's
    return feed_author


def _no_author(entry: Any) -> bool:
    """Whether the entry names no author at all (no ``<author>``, ``<dc:creator>``, not even an address)."""
    return not dict.get(entry, "author") and not dict.get(entry, "authors") and not dict.get(entry, "author_detail")


MAX_MEDIA: Final = 4
"""Media links kept per entry (a ``media:group`` may list a video in a dozen sizes)."""
_MEDIA_EXTENSIONS: Final = {
    **dict.fromkeys(("mp3", "m4a", "aac", "ogg", "oga", "opus", "wav", "flac"), "audio"),
    **dict.fromkeys(("mp4", "m4v", "webm", "mov", "mkv", "ogv"), "video"),
}
"""A file's kind by its extension, for an enclosure whose type says nothing (none, ``application/octet-stream``)."""
_VAGUE_TYPES: Final = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_FORMATS: Final = {"audio/mpeg": "mp3", "audio/mp3": "mp3", "audio/x-m4a": "m4a", "video/quicktime": "mov"}
_MEDIA_NAME: Final = 80
"""Characters of a file name kept in a media link's title."""


def _media(entry: Any, base: str | None, *, dropped: list[str] | None = None, number: int = 0) -> list[Link]:
    """The entry's audio and video (RSS ``<enclosure>``, Atom ``<link rel="enclosure">``, ``media:content``)
    as ``media`` links, each address once, at most ``MAX_MEDIA``.

    Pictures and documents are left out: a news feed gives a photo with nearly every entry, and it is
    no story to follow. An entry without media costs two dict lookups and a look at its links' ``rel``
    (feedparser's ``enclosures`` is worked out from the links by its alias lookup, which ``dict.get`` skips).
    """
    links = dict.get(entry, "links")
    enclosures = (
        [link for link in links if isinstance(link, dict) and dict.get(link, "rel") == "enclosure"] if links else ()
    )
    contents = dict.get(entry, "media_content")
    if not enclosures and not contents:
        return []
    found: dict[str, Link] = {}
    details = [
        *((detail, "href", None, "length") for detail in enclosures),
        *((detail, "url", "medium", "filesize") for detail in contents or () if isinstance(detail, dict)),
    ]
    for detail, address, medium, size in details:
        url = _url(dict.get(detail, address), base)
        if url is None:
            if dropped is not None:
                _note_dropped(dropped, number, "enclosure", dict.get(detail, address))
            continue
        media_type = str(dict.get(detail, "type") or "").partition(";")[0].strip().lower()
        kind = _media_kind(media_type, str(dict.get(detail, medium) or "") if medium else "", url)
        key = url.partition("#")[0]
        if kind is None or key in found:
            continue
        found[key] = Link(_media_title(url, kind, media_type, dict.get(detail, size)), url, kind="media")
        if len(found) == MAX_MEDIA:
            break
    return list(found.values())


def _media_kind(media_type: str, medium: str, url: str) -> str | None:
    """The kind of a media file, "audio" or "video", by its type, else its ``medium``, else its extension; None for
    anything else (a picture, a document, a page)."""
    major = media_type.partition("/")[0]
    if major in ("audio", "video"):
        return major
    if media_type not in _VAGUE_TYPES:
        return None
    medium = medium.strip().lower()
    if medium:
        return medium if medium in ("audio", "video") else None
    from urllib.parse import urlsplit

    name = urlsplit(url).path.rpartition("/")[2]
    return _MEDIA_EXTENSIONS.get(name.rpartition(".")[2].lower()) if "." in name else None


def _media_title(url: str, kind: str, media_type: str, size: Any) -> str:
    """A media link's title: its file name and what it is, "episode-12.mp3 (audio, 12 MB)"; with no file
    name, its kind and format, "audio (mp3, 12 MB)"."""
    from urllib.parse import unquote, urlsplit

    name = sanitize_line(unquote(urlsplit(url).path.rpartition("/")[2]))
    if len(name) > _MEDIA_NAME:
        name = name[: _MEDIA_NAME - 1] + "…"
    shown = _media_size(size)
    if name:
        return f"{name} ({', '.join(filter(None, (kind, shown)))})"
    subtype = media_type.partition("/")[2]
    form = _FORMATS.get(media_type) or (
        subtype.removeprefix("x-") if subtype and media_type not in _VAGUE_TYPES else ""
    )
    details = ", ".join(filter(None, (sanitize_line(form)[:20], shown)))
    return f"{kind} ({details})" if details else kind


def _media_size(size: Any) -> str | None:
    """An enclosure's ``length`` in bytes as "12 MB", "800 KB"; None when it is not a positive number."""
    text = str(size or "").strip()
    if not text.isdigit() or len(text) > 15 or int(text) <= 0:
        return None
    value = int(text)
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if value >= factor:
            amount = value / factor
            return f"{amount:.0f} {unit}" if amount >= 10 or amount == int(amount) else f"{amount:.1f} {unit}"
    return f"{value} bytes"


def _repeated(
    entry: Any,
    url: str | None,
    title: str,
    paragraphs: list[str],
    by_id: dict[str, tuple[str | None, str]],
    seen: set[tuple[str | None, str, tuple[str, ...]]],
) -> bool:
    """Whether an entry repeats an earlier one, and if not, remember it.

    A repeat has the ``guid``/``<id>`` of an earlier entry and its link or its title (a feed that gives
    every entry one id, its own address, still has distinct stories), or the same link and title (with no
    link, the same title and text).
    """
    key = (url, title, () if url else tuple(paragraphs))
    if key in seen:
        return True
    entry_id = str(dict.get(entry, "id") or "").strip()
    first = by_id.get(entry_id) if entry_id else None
    if first is not None and ((url is not None and first[0] == url) or first[1] == title):
        return True
    if entry_id and first is None:
        by_id[entry_id] = (url, title)
    seen.add(key)
    return False


_SITEMAP_RE: Final = re.compile(rb"<(?:[\w.-]+:)?(?:urlset|sitemapindex)[\s>]")
"""The root of a site's map (sitemaps.org), with or without a namespace prefix."""
_SITEMAP_HEAD_BYTES: Final = 4096


def parse_feed(
    data: bytes,
    *,
    origin: str,
    content_type: str | None = None,
    base_url: str | None = None,
    max_items: int = MAX_ITEMS,
) -> FeedArticles:
    """Parse an RSS or Atom feed's bytes into articles: summaries, whose pages are the stories, and the entries
    whose feed gives the story whole (``content:encoded``, Atom ``<content>``: ``feed_content``).

    feedparser gets the bytes and a ``content-type`` header (so it honours the transport charset),
    with its browser-oriented HTML sanitizing and URI resolution off: summaries are turned into
    plain paragraphs here and every string is sanitized for the terminal. The DOCTYPE is removed
    first (no entity expansion, no external entities), the XML is cut after ``max_items`` entries,
    and a numeric character reference no XML character answers is mended (``feed_refs``), so one bad
    reference never costs the feed. A pure function of its arguments: the caller runs it in a worker thread.

    Args:
        data: the feed document.
        origin: where it came from; becomes ``Article.origin`` and the ids' base.
        content_type: the transport ``Content-Type`` (with charset), default "application/xml".
        base_url: the feed's final URL, for resolving relative entry links.
        max_items: entries kept.

    Returns:
        One Article per entry (``summary_only=True``, or ``feed_content=True`` for a story given whole,
        whose page is not fetched to replace it: a paywall's teaser is less), in feed order, with a
        ``note`` when the feed was cut at ``max_items`` or is not well-formed in a way that may have lost
        or cut entries (it ends early, a tag does not match): ``feed_notes.feed_note`` hands it to the source's result.

    Raises:
        ParseError: "not a feed" when nothing feed-like was found, "feed has no entries" when empty.
    """
    data, content_type = _utf8(data, content_type)
    data, total = _cap_items(_strip_doctype(data), max_items)
    data = safe_char_refs(data)
    parsed = _read_feed(data, content_type)
    try:
        entries = _kept_entries(parsed, max_items)
    except ParseError:
        if _SITEMAP_RE.search(data, 0, _SITEMAP_HEAD_BYTES) is not None:
            raise SiteMap from None
        if parsed.get("version"):  # a feed, cut before its first entry: told so, not "not a feed"
            _raise_if_broken(parsed, data, 0)
        raise
    scope = _scope(parsed, entries, origin, base_url)
    articles: list[Article] = []
    for number, entry in enumerate(entries, 1):
        article = _entry_article(scope, entry, number, len(articles))
        if article is not None:
            articles.append(article)
    if not articles:
        _raise_if_broken(parsed, data, len(entries))  # a feed cut before its first whole entry: no empty feed
        raise ParseError("feed has no entries")
    note = _feed_note(parsed, data, total, max_items, len(articles), len(entries))
    return FeedArticles(articles, note, _dropped_remarks(scope.dropped))


def _read_feed(data: bytes, content_type: str | None) -> Any:
    """feedparser's reading of the feed's bytes (every character reference left as text when one crashes it).

    Raises:
        ParseError: the references crash it either way.
    """
    try:
        return _feedparser(data, content_type)
    except (UnicodeEncodeError, ValueError, OverflowError):
        # A character reference the byte scan did not mend crashed feedparser's loose parser all the
        # same (chr() of a surrogate or of a number past U+10FFFF): read the entries with every
        # reference left as text rather than lose the feed.
        try:
            return _feedparser(literal_char_refs(data), content_type)
        except (UnicodeEncodeError, ValueError, OverflowError):
            raise ParseError("not a feed: a character reference could not be read") from None


def _kept_entries(parsed: Any, max_items: int) -> list[Any]:
    """The feed's first ``max_items`` entries.

    Raises:
        ParseError: "not a feed" when nothing feed-like was found, "feed has no entries" when empty.
    """
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            raise ParseError("not a feed")
        raise ParseError("feed has no entries")
    kept: list[Any] = entries[:max_items]
    return kept


@dataclass(slots=True)
class _Scope:
    """What the entries of one feed share while they are read: the feed's own fields, and what is gathered
    from entry to entry (ids and keys seen, dropped addresses, cleaned lines, each language's direction)."""

    origin: str
    source: str | None
    section: str | None
    language: str | None
    arabic: bool
    """The feed says it is Arabic (its dates are read as an Arabic site writes them)."""
    base: str | None
    rss: bool
    """RSS 0.9x/2.0: an entry's id is its ``<guid>``."""
    author: str | None
    """The feed's author, an Atom entry's without one of its own (RFC 4287 4.2.1)."""
    latest: str
    clean: _LineCache
    directions: dict[str | None, Direction] = field(default_factory=dict)
    by_id: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    """An entry's id -> the first such entry's link and title."""
    seen: set[tuple[str | None, str, tuple[str, ...]]] = field(default_factory=set)
    dropped: list[str] = field(default_factory=list)
    """"feed item 3: link dropped: control characters in address"."""


def _scope(parsed: Any, entries: list[Any], origin: str, base_url: str | None) -> _Scope:
    """The fields of the feed ``parsed`` that its ``entries`` share."""
    feed = parsed.get("feed") or {}
    clean = _LineCache()
    source = _title(feed, dict.get(feed, "title_detail")) or None  # a type="html" title is HTML, as an entry's
    source, section = _source_section(source, entries)
    language = clean(dict.get(feed, "language") or "") or None
    version = str(parsed.get("version") or "")
    return _Scope(
        origin=origin,
        source=source,
        section=section,
        language=language,
        arabic=(language or "").lower().startswith("ar"),
        base=_url(base_url, None) or _url(dict.get(feed, "link"), None),
        rss=version.startswith("rss") and version != "rss10",
        author=_author(feed, clean)[0] if version.startswith("atom") else None,
        latest=latest_published(),
        clean=clean,
    )


class _Entry(NamedTuple):
    """An entry's text, title and link as read, before its language and the rest of its fields."""

    given: _Text
    paragraphs: list[str]
    title: str
    url: str | None
    detail: Any
    """Its ``title_detail`` (the title's type and language)."""


def _entry_article(scope: _Scope, entry: Any, number: int, index: int) -> Article | None:
    """The article of the feed's ``number``-th entry, the ``index``-th kept; None for one with no title or text,
    or a repeat."""
    read = _entry_text(scope, entry, number)
    if read is None:
        return None
    given, paragraphs, title, url, detail = read
    language, direction = _entry_language(scope, detail, title, paragraphs)
    clean, base = scope.clean, url or scope.base
    author, author_day = _author(entry, clean)
    if author is None and _no_author(entry):
        author = _inherited_author(entry, scope.author, clean)
    author, attribution = _credited(author, scope.clean(dict.get(entry, "author") or ""))
    tags = dict.get(entry, "tags")
    related: tuple[Link, ...] = ()
    if given.read_also:
        text_base = _text_base(given.base, scope.base) or url
        related = tuple(
            Link(link_title, _url(href, text_base), kind="read-also") for link_title, href in given.read_also
        )
    links = dict.get(entry, "links")
    if links:  # feedparser resolved their xml:base: what is still relative is the feed's, as the entry's link
        related = _with_related(related, links, scope.base or url, url)
    media = _media(entry, base, dropped=scope.dropped, number=number)
    # the feed gave the story: no page to fetch for it (a teaser, "…" or "Read more", is no story)
    whole = bool(paragraphs) and _is_content(entry, given, url)
    return Article(
        id=article_id(scope.origin, index),
        title=title,
        paragraphs=tuple(paragraphs),
        source=scope.source,
        section=scope.section,
        author=author,
        attribution=attribution,
        published=_published(entry, scope.latest, arabic=scope.arabic or direction == "rtl")
        or _author_published(author_day, scope.latest),
        url=url,
        origin=scope.origin,
        language=language,
        direction=direction,
        keywords=_keywords(tags, clean) if tags else (),
        related=(*related, *media) if media else related,
        summary_only=not whole,
        feed_content=whole,
    )


def _text_base(written: str, feed_base: str | None) -> str | None:
    """The address a relative link in an entry's text is resolved against: the ``xml:base`` in force on the
    text (its own, its entry's or its feed's, as feedparser tracked it: ``written``; resolved against the
    feed's address when relative), else the feed's own base (``feed_base``: the address it was fetched from,
    else its link), as XML Base has it and as the entry's own link was resolved; None when neither gives
    an http(s) address (the caller then takes the entry's link, the one base left)."""
    if written:
        resolved = _url(written, feed_base)
        if resolved is not None:
            return resolved
    return feed_base


def _with_related(found: tuple[Link, ...], links: Any, base: str | None, url: str | None) -> tuple[Link, ...]:
    """The entry's read-also links (``found``) and its Atom ``<link rel="related">``s after them (titled by their
    ``title``, else their address), each address once and never the entry's own."""
    extra: list[Link] = []
    seen: set[str | None] | None = None  # made for an entry that has one (most have none)
    for link in links:
        if not isinstance(link, dict) or dict.get(link, "rel") != "related":
            continue
        if seen is None:
            seen = {url, *(known.url for known in found)}
        address = _url(dict.get(link, "href"), base)
        if address is None or address in seen:
            continue
        seen.add(address)
        title = sanitize_line(str(dict.get(link, "title") or "")) or address
        extra.append(Link(title, address, kind="related"))
    return (*found, *extra) if extra else found


def _author_published(day: str | None, latest: str) -> str | None:
    """The date an entry's author field held after the name (``_author``), as its publication date when it
    gives none of its own; None for none or one after ``latest`` or before 1990 (a typo, a placeholder)."""
    return day if day is not None and plausible(day, latest) else None


def _entry_text(scope: _Scope, entry: Any, number: int) -> _Entry | None:
    """An entry's text (its pictures' when it has none), title (its lead's first sentence when it has none)
    and link; None for one with neither title nor text, or a repeat of an earlier one (``_repeated``)."""
    given = _summary(entry)
    paragraphs = given.paragraphs
    detail = dict.get(entry, "title_detail")
    title = _title(entry, detail)
    url = _entry_url(entry, scope.base, rss=scope.rss)
    if url is None:
        _note_dropped(scope.dropped, number, "link", dict.get(entry, "link"))
    if not paragraphs:
        paragraphs = _picture_text(entry)
    if not title:
        if not paragraphs:
            return None
        title = lead_title(paragraphs[0])  # as an untitled text file's or page's: first sentence, whole words
    if _repeated(entry, url, title, paragraphs, scope.by_id, scope.seen):
        return None
    return _Entry(given, paragraphs, title, url, detail)


def _entry_language(scope: _Scope, detail: Any, title: str, paragraphs: list[str]) -> tuple[str | None, Direction]:
    """An entry's language and direction: as its title or the feed declares, unless its text is in another
    script (an English entry of an Arabic feed), else as its script says."""
    declared = (scope.clean(dict.get(detail, "language") or "") if isinstance(detail, dict) else "") or scope.language
    language = declared or guess_language(" ".join([title, *paragraphs[:5]]))
    sample = " ".join([title, *paragraphs[:10]])
    default = scope.directions.get(language)
    if default is None:
        default = scope.directions[language] = language_direction(language) or "ltr"
    direction = text_direction(sample, default)
    if declared and direction != default:
        # An entry in another script than the feed's xml:lang or <language> says (an English entry
        # of an Arabic feed): its language is the text's, as its direction is.
        language = guess_language(sample)
    return language, direction


def _raise_if_broken(parsed: Any, data: bytes, read: int) -> None:
    """Raise the line of a feed that gave no article because it is not well-formed in a way that may have lost
    its entries (``feed_notes.broken_note``: it ends early, a tag does not match), ``read`` entries given.

    Raises:
        ParseError: "the feed ends early (not well-formed XML): no entry read" and the like.
    """
    if parsed.get("bozo"):
        root = _root_offset(data[:_HEAD_BYTES])
        broken = broken_note(parsed.get("bozo_exception"), data, root, 0, parsed=read)
        if broken is not None:
            raise ParseError(broken)


def _feed_note(parsed: Any, data: bytes, total: int | None, max_items: int, count: int, read: int) -> str | None:
    """The feed's note: cut at ``max_items`` of ``total`` entries, or not well-formed in a way that may have lost
    or cut entries (``count`` articles of the ``read`` entries feedparser gave); None for neither."""
    notes = [cap_note(total, max_items)] if total is not None else []
    if parsed.get("bozo"):
        root = _root_offset(data[:_HEAD_BYTES])
        broken = broken_note(parsed.get("bozo_exception"), data, root, count, parsed=read)
        notes += [broken] if broken is not None else []
    return "; ".join(notes) or None


_BIDI_CONTROLS: Final = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_DROPPED_TOLD: Final = 3
"""Dropped addresses told one by one in a feed's remark; the others are counted."""


def _note_dropped(dropped: list[str], number: int, what: str, value: Any) -> None:
    """Add "feed item 3: link dropped: control characters in address" to ``dropped`` when ``value`` (an
    entry's link or media address as written) was refused for what no address holds (``tampered_address``)."""
    reason = _tampered_reason(value)
    if reason is not None:
        dropped.append(f"feed item {number}: {what} dropped: {reason}")


def _tampered_reason(value: Any) -> str | None:
    """Why an address as written is no address (a bidi control, an escape or another control character);
    None when it is none of these (or is no string)."""
    if not isinstance(value, str) or not value.strip():
        return None
    from newstui.addresses import tampered_address

    if not tampered_address(value.strip()):
        return None
    if any(char in _BIDI_CONTROLS for char in value):
        return "bidi control characters in address"
    return "control characters in address"


def _dropped_remarks(dropped: list[str]) -> tuple[str, ...]:
    """The feed's remark for its dropped addresses: the first few told, the others counted; () for none."""
    if not dropped:
        return ()
    told = "; ".join(dropped[:_DROPPED_TOLD])
    more = len(dropped) - _DROPPED_TOLD
    return (f"{told}; {more:,} more addresses dropped" if more > 0 else told,)


def _feedparser(data: bytes, content_type: str | None) -> Any:
    """``feedparser.parse`` of the bytes with newstui's options (its result, a FeedParserDict).

    feedparser's own failure on the bytes (any exception but the character-reference ones ``parse_feed``
    retries) is the feed's: a ParseError, not a bug in newstui."""
    import io

    import feedparser

    try:
        return feedparser.parse(
            io.BytesIO(data),  # a stream: feedparser opens a bytes or str argument as a path if it can
            response_headers={"content-type": content_type or "application/xml"},
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except (UnicodeEncodeError, ValueError, OverflowError):
        raise  # a character reference it could not read: ``parse_feed`` tries again with them as text
    except Exception as error:  # (re-raised as one) feedparser breaking on hostile bytes is the feed's failure
        raise ParseError(f"not a feed: the feed parser failed ({type(error).__name__})") from error


def _utf8(data: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """A UTF-16 or UTF-32 feed (by its BOM) as UTF-8 and the content type saying so; others as they are.

    The byte scans here (DOCTYPE, entries, character references) read ASCII-compatible bytes, which
    ``parse_document`` always hands over (it decodes, then encodes UTF-8); a caller with the wide
    bytes of a file gets the same.
    """
    if data[:2] not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data, content_type
    wide = data[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    text = data.decode("utf-32" if wide else "utf-16", "replace")
    return text.encode("utf-8"), "application/xml; charset=utf-8"
