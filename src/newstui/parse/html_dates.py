"""An HTML page's dates: its publication time (meta, JSON-LD, trafilatura's day and its hour), live updates' times."""

from __future__ import annotations

import itertools
import re
from datetime import datetime
from typing import TYPE_CHECKING, Final

from newstui.parse.html_meta import body_dateline, page_day
from newstui.parse.published import latest_published, not_in_future, placeholder, rfc822_time

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["DATE_KEYS", "published", "stamp_updates"]


def _iso_date(*candidates: str | None, arabic: bool = False) -> str | None:
    """The first candidate that parses as an ISO 8601 date/date-time, normalised, unless it is absurdly in
    the future (``not_in_future``: year 9999 would top "newest first" for ever): then none.

    The later candidates are not tried then: a page that declares a time days ahead has no date to trust,
    and trafilatura's own reading of it may be that time cut to its month (``2026-12-03T12:00`` read as
    ``2026-12-01``, a date that passes on the first days of the month). A placeholder (``published.placeholder``:
    ``1970-01-01``, ``0001-01-01``, which declare no date) is passed over for the next; an early date that is none
    stays (an archive's story of 1985: its page's tags give it, while the next candidate, trafilatura's day, may
    be the day the archive was put online). A feed's form (RFC 822) is read as a feed's date is (``rfc822_time``:
    "AST" is Arabia's in an ``arabic`` page).
    """
    for value in candidates:
        if not value:
            continue
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            rfc822 = rfc822_time(value, arabic=arabic)  # a feed's form in a meta tag: "Sun, 29 Nov 2026 10:30:00 +0300"
            if rfc822 is None:
                continue
            parsed = rfc822
        text = parsed.date().isoformat() if len(value.strip()) <= 10 else parsed.isoformat()
        if placeholder(text):
            continue
        return text if not_in_future(text, latest_published()) else None
    return None


_TIMES_LOOKED_AT: Final = 8


def _with_time(root: HtmlElement, day: str | None) -> str | None:
    """trafilatura's date with the time of day a ``<time datetime>`` of that day gives (it keeps the day
    only: ``2024-11-29`` for ``<time datetime="2024-11-29T22:05:00+03:00">``), else the date as it is."""
    if not day or len(day) != 10:
        return day
    for element in itertools.islice(root.iter("time"), _TIMES_LOOKED_AT):
        value = (element.get("datetime") or "").strip()
        if len(value) > 10 and value[:10] == day and value[10] in "T ":
            return value
    return day


_DAY_CHARS: Final = len("2026-11-30")


def published(
    root: HtmlElement,
    declared: list[str],
    day: str | None,
    line_date: str | None,
    url: str | None = None,
    *,
    arabic: bool = False,
) -> str | None:
    """The publication time: the first date among the page's declared ones, trafilatura's ``day`` (with its
    ``<time>``'s time of day) and a byline's ``line_date``; else the dateline in the body's. A day without a
    time of day takes the body's dateline's when that dateline is of the same day ("2026/11/30 - 11:00 ص",
    "Published 29 November 2026, 18:20": trafilatura reads the day only).

    A ``day`` that is only a list's date (``page_day``: a sidebar's cards, a timeline's events, which
    trafilatura's date search takes as the page's) gives way to a byline's ``<time>``'s, else to none."""
    head = None
    if day and len(day) == _DAY_CHARS and _iso_date(*declared, arabic=arabic) is None:
        day = page_day(root, day, url)
        # The story's own <time> may be taken for a list's with the others' (two <article>s, a story and cards
        # after it, each with a <time> in like wrappers): the one right under the <h1> is the story's.
        head = None if day else _headline_time(root)
    found = _iso_date(*declared, _with_time(root, day), line_date, head, arabic=arabic)
    if found is not None and len(found) > _DAY_CHARS:
        return found
    own = _iso_date(body_dateline(root))
    if found is None or (own is not None and len(own) > _DAY_CHARS and own[:_DAY_CHARS] == found):
        return own
    if own is not None and found == day and not line_date and _updated_on(root, found):
        return own  # "Mis à jour le 29/11/2026 … Publié le 28/11/2026 à 10h30": trafilatura took the update's day
    return found


_UPDATE_STAMP: Final = re.compile(
    r"(?:mise?\s+à\s+jour|actualisée?|updated|last\s+modified|آخر\s+تحديث|تم\s+التحديث|تحديث)"
    r"\s*(?:le|on|في|بتاريخ)?\s*[:：]?\s*(?P<date>[^\n|·•—–]{6,40})",
    re.IGNORECASE,
)
"""An update's stamp and what follows it ("Mis à jour le 29/11/2026 à 12h00", "آخر تحديث: 29 نوفمبر 2026")."""


def _updated_on(root: HtmlElement, day: str) -> bool:
    """Whether the page's text dates an update ``day`` (an ISO day): trafilatura's date search may take an update's
    stamp for the page's date, which a publication stamp in the text (``body_dateline``) then wins over. Read only
    when the two differ (rare: one walk of the page's text)."""
    from newstui.parse.plaintext_dates import iso_date

    text = root.text_content()
    return any((read := iso_date(found["date"])) and read[:_DAY_CHARS] == day for found in _UPDATE_STAMP.finditer(text))


_HEAD_ELEMENTS: Final = 4
_HEAD_LEVELS: Final = 3
_CARD_HEADINGS: Final = ("h2", "h3", "h4", "h5", "h6")


def _headline_time(root: HtmlElement) -> str | None:
    """The ``datetime`` of the ``<time>`` in the story's head: among the few elements right after the page's
    first ``<h1>`` (``<h1>…</h1><p class="byline">…</p><time datetime="…">``), out of a wrapper the ``<h1>``
    ends (``<header><h1>…</h1></header><div class="meta"><time …>``); not in an element with a heading of its
    own (a card's). None without one."""
    node = next(root.iter("h1"), None)
    for _ in range(_HEAD_LEVELS):
        if node is None:
            return None
        following = [sibling for sibling in node.itersiblings() if isinstance(sibling.tag, str)][:_HEAD_ELEMENTS]
        if following:
            return next(filter(None, map(_head_time, following)), None)
        node = node.getparent()
    return None


def _head_time(element: HtmlElement) -> str | None:
    """The ``datetime`` (with a day) of an element that is or holds a ``<time>``, unless it holds a heading."""
    if element.tag != "time" and next(element.iter(*_CARD_HEADINGS), None) is not None:
        return None
    for time in element.iter("time"):
        value = (time.get("datetime") or "").strip()
        if _ISO_DAY.match(value):
            return value
    return None


_ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


DATE_KEYS: Final = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    # Other sites' and tools' names for it (Parse.ly's, Sailthru's, CMSs'): trafilatura reads some, the day only.
    "publish-date",
    "publish_date",
    "publishdate",
    "published-date",
    "published_date",
    "publication-date",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "pub_date",
    # Dublin Core, as Drupal writes it: trafilatura reads these too, but keeps the day only.
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "dc.date.issued",
    "dc.date",
    "date",
)
"""The ``<meta>`` names and properties that give a page's publication time, the surest first."""


_ZONE: Final = (
    r"(?:GMT|UTC|Z)(?:\s*[+\-−]\s*[0-9]{1,2}(?::?[0-9]{2})?)?"  # "GMT", "UTC+3", "GMT +03:00"
    r"|[+\-−][0-9]{2}:?[0-9]{2}"  # "+03:00", "+0300"
    r"|[A-Z]{1,3}T"  # "BST", "CET", "EEST", "AEDT"
    r"|ت\.\s?غ\.?"  # توقيت غرينتش
    r"|ب(?:ال)?توقيت\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"  # "بتوقيت مكة", "بتوقيت مكة المكرمة", "بالتوقيت المحلي"
)
_CLOCK: Final = re.compile(rf"[0-9٠-٩]{{1,2}}[:：][0-9٠-٩]{{2}}(?:\s*(?:ص|م|[AaPp]\.?[Mm]\.?))?(?:\s*(?:{_ZONE}))?")
"""A time of day as a live blog stamps its updates: "11:45", "9:05 م", "10:30 AM", with its zone or not
("09:40 GMT", "10:15 بتوقيت مكة", "11:00 UTC+3", "12:20 +03:00")."""
_CLOCK_MAX_CHARS: Final = 32
_DATETIME_CLOCK: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]([0-9]{2}:[0-9]{2})")
"""A ``<time datetime>`` with a time of day: its hour and minute ("2026-11-30T09:40:00Z" gives "09:40")."""
_DATETIME_TEXT_MAX_CHARS: Final = 40
_STAMP_SEPARATOR: Final = " — "


_STAMPED_TAGS: Final = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
"""What an update's time goes on: its paragraph, or the heading between the time and the paragraph."""
_TIME_CLASS: Final = re.compile(r"time", re.IGNORECASE)
_STAMP_TAGS: Final = ("time", "span", "div", "small", "strong", "b", "p")


def _update_time(element: HtmlElement) -> str | None:
    """The time of day a live update's stamp shows: a ``<time>``, or an element whose class says "time"
    (``<span class="time">``, ``<div class="update-time">``), holding a clock ("11:45", "09:40 GMT") and
    nothing else, or an inline element holding it alone (``<div class="entry-time"><span>11:40</span></div>``);
    None for any other element."""
    if element.tag != "time" and not _TIME_CLASS.search(element.get("class") or ""):
        return None
    if (inner := _alone_inside(element)) is not None:
        element = inner  # ``<div class="entry-time"><span>11:40</span></div>``
    text = " ".join((element.text or "").split())
    if len(text) > _CLOCK_MAX_CHARS or len(element) or (element.tail or "").strip() or not _CLOCK.fullmatch(text):
        return None
    return text


_CLOCK_WRAPPERS: Final = frozenset({"span", "strong", "b", "small", "em"})


def _alone_inside(element: HtmlElement) -> HtmlElement | None:
    """The inline element a stamp's element holds alone, with no text beside it (``<div class="entry-time">
    <span>11:40</span></div>``), else None."""
    if len(element) != 1 or (element.text or "").strip():
        return None
    inner = element[0]
    if inner.tag not in _CLOCK_WRAPPERS or (inner.tail or "").strip():
        return None
    return inner


def _attribute_time(element: HtmlElement) -> str | None:
    """The hour and minute of a ``<time datetime>`` whose text is no clock ("Updated 2 hours ago", "منذ
    ساعتين", "30 Nov, 09:40"): "09:40" for ``datetime="2026-11-30T09:40:00Z"``; None for any other element,
    a date without a time, or a long text."""
    if element.tag != "time" or len(element) or (element.tail or "").strip():
        return None
    text = (element.text or "").strip()
    found = _DATETIME_CLOCK.match((element.get("datetime") or "").strip())
    if found is None or not text or len(text) > _DATETIME_TEXT_MAX_CHARS:
        return None
    return found.group(1)


_HEADLINE_TAGS: Final = ("h1", "h2", "h3", "h4", "h5", "h6")


def _under_headline(element: HtmlElement) -> bool:
    """Whether a ``<time>`` (or the wrapper it stands alone in) comes after a heading in its wrapper: a story's
    head (``<article><h1>…</h1><p>كتب: …</p><time …>``) or a card's (``<h3>…</h3><time …>``), which gives its
    publication time, not a live update's (whose time stands first: ``<time …></time><h3>…</h3><p>…</p>``)."""
    block = element
    parent = element.getparent()
    if parent is not None and len(parent) == 1 and not (parent.text or "").strip():
        block = parent  # ``<div class="meta"><time …></time></div>``
    for sibling in block.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in _HEADLINE_TAGS or next(sibling.iter(*_HEADLINE_TAGS), None) is not None:
            return True
    return False


def _repeated(stamps: list[tuple[HtmlElement, HtmlElement, str]]) -> list[tuple[HtmlElement, HtmlElement, str]]:
    """The stamps whose element stands in a wrapper like at least one other stamp's (the same tag and class:
    ``<div class="update"><time …>`` over and over, a live blog's updates), not one ``<time>`` alone (a story's
    publication time above its lead), nor one under a heading in its wrapper (``_under_headline``: two
    ``<article>``s each with its headline and date, a story and the cards of the latest news after it)."""
    stamps = [stamp for stamp in stamps if not _under_headline(stamp[0])]

    def key(element: HtmlElement) -> tuple[str, str]:
        parent = element.getparent()
        return ("", "") if parent is None else (str(parent.tag), parent.get("class") or "")

    counts: dict[tuple[str, str], int] = {}
    for element, _, _ in stamps:
        counts[key(element)] = counts.get(key(element), 0) + 1
    return [stamp for stamp in stamps if counts[key(stamp[0])] >= 2]


def _stamped(element: HtmlElement) -> HtmlElement | None:
    """The paragraph or heading (not a linked one) a stamp stands right above: its next sibling, or the
    next sibling of the wrapper it is alone in (``<div class="meta"><time>11:45</time></div><h3>…</h3>``).
    Over a linked heading, the paragraph right under that heading (``<time>12:40</time><h3><a>…</a></h3>
    <p>…</p>``: the heading, a link, cannot take the time); a linked heading with no paragraph under it is
    a card's in a list of the latest news, no update."""
    following = element.getnext()
    if following is None:
        parent = element.getparent()
        if parent is not None and len(parent) == 1 and not (parent.text or "").strip():
            following = parent.getnext()
    if following is None or following.tag not in _STAMPED_TAGS:
        return None
    if following.tag != "p" and following.find(".//a") is not None:
        following = following.getnext()
        return following if following is not None and following.tag == "p" else None
    return following


def stamp_updates(root: HtmlElement) -> None:
    """Put the time of a live blog's update (``<time>11:45</time><p>…</p>``) at the start of its
    paragraph ("11:45 — …"): trafilatura keeps the paragraph and drops the ``<time>`` beside it.

    The time may be in an element whose class says so (``<span class="time">``) and the update may begin
    with its heading (``<time>…</time><h3>…</h3><p>…</p>``: the heading takes the time); these, less sure
    signs, count on a page of two updates or more. A ``<time>`` right above a paragraph always does.
    A ``<time datetime>`` whose text is no clock ("2 hours ago") gives its attribute's hour and minute, on
    a page where two or more such stamps stand in like wrappers (``_repeated``).
    """
    stamps: list[tuple[HtmlElement, HtmlElement, str]] = []
    by_attribute: list[tuple[HtmlElement, HtmlElement, str]] = []
    for element in root.iter(*_STAMP_TAGS):
        if element.tag != "time" and not _TIME_CLASS.search(element.get("class") or ""):
            continue  # neither a stamp (``_update_time``) nor a ``<time datetime>`` (``_attribute_time``)
        text = _update_time(element)
        found = stamps
        if text is None:
            text, found = _attribute_time(element), by_attribute
        if text is None:
            continue
        target = _stamped(element)
        if target is not None:
            found.append((element, target, text))
    stamps += _repeated(by_attribute)
    stamped: set[HtmlElement] = set()
    for element, target, text in stamps:
        sure = element.tag == "time" and target.tag == "p" and target is element.getnext()
        if (not sure and len(stamps) < 2) or target in stamped:
            continue
        stamped.add(target)
        target.text = f"{text}{_STAMP_SEPARATOR}{(target.text or '').lstrip()}"
        element.text = ""
        if (inner := _alone_inside(element)) is not None:
            inner.text = ""
