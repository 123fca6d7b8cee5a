"""RSS 0.9x/1.0/2.0 and Atom feeds to Articles (summary-only) via feedparser, fed bytes, never a path or URL."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime
from typing import Any, Final

from newstui.errors import ParseError
from newstui.model import Article
from newstui.parse import first_element, guess_language, language_direction, text_direction
from newstui.text.sanitize import sanitize_line

__all__ = ["MAX_ITEMS", "parse_feed"]

MAX_ITEMS: Final = 2000
"""Entries kept from one feed; the XML is cut before the next one so feedparser never sees more."""
MAX_TITLE: Final = 80
"""Characters of the first paragraph used as the title of an untitled entry."""
_HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})
_NAME_END: Final = b" \t\r\n/>"
_HEAD_BYTES: Final = 65536


def _strip_doctype(data: bytes) -> bytes:
    """Remove a DOCTYPE (and its internal subset of entity declarations) from the feed's prolog.

    Feeds have no use for DTDs; dropping them before parsing means no entity is ever expanded
    (billion laughs, quadratic blowup) and no external entity is ever resolved, whatever the parser.
    """
    head = data[:_HEAD_BYTES].lower()
    start = head.find(b"<!doctype")
    if start < 0:
        return data
    root = _root_offset(head)
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


def _root_offset(head: bytes) -> int | None:
    """Offset of the first element's ``<`` in (lower-cased) bytes, skipping ``<?``, ``<!`` constructs."""
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


def _item_starts(data: bytes, limit: int) -> list[int]:
    """Offsets of the first ``limit`` ``<item``/``<entry`` start tags (a cheap byte scan)."""
    found: list[int] = []
    for tag in (b"<item", b"<entry"):
        position = 0
        while len(found) < limit * 2:
            position = data.find(tag, position)
            if position < 0:
                break
            after = position + len(tag)
            if after < len(data) and data[after] in _NAME_END:
                found.append(position)
            position = after
    found.sort()
    return found[:limit]


def _cap_items(data: bytes, max_items: int) -> bytes:
    """Cut the feed before its (max_items+1)-th entry and close the root, so parsing stays bounded."""
    starts = _item_starts(data, max_items + 1)
    if len(starts) <= max_items:
        return data
    cut = data[: starts[max_items]]
    name, _ = first_element(data[:_HEAD_BYTES].decode("utf-8", "replace"))
    if name == "rss":
        return cut + b"</channel></rss>"
    if name is not None:
        head = data[:_HEAD_BYTES].decode("utf-8", "replace")
        index = head.lower().find("<" + name)
        original = head[index + 1 : index + 1 + len(name)] if index >= 0 else name
        return cut + f"</{original}>".encode()
    return cut


# FeedParserDict lookups go through an alias table (and warn for "updated"); the canonical keys used
# here are read with plain ``dict.get``, which is also several times faster.


def _published(entry: Any) -> str | None:
    """The entry's publication (else update) time as ISO 8601 UTC, or None if absent or absurd."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, key)
        if isinstance(value, time.struct_time):
            try:
                stamp = calendar.timegm(value)
                return datetime.fromtimestamp(stamp, tz=UTC).isoformat()
            except (ValueError, OverflowError, OSError):
                continue
    return None


def _is_html(detail: Any) -> bool:
    return isinstance(detail, dict) and str(dict.get(detail, "type", "")).lower() in _HTML_TYPES


def _plain(value: str, html: bool) -> list[str]:
    """Paragraphs of a feed text construct, converting HTML to text."""
    if html and ("<" in value or "&" in value):  # markup or entities to resolve; plain text skips the HTML parser
        from newstui.parse.html import fragment_paragraphs

        return fragment_paragraphs(value)
    return [p for p in (sanitize_line(part) for part in value.split("\n\n")) if p]


def _summary(entry: Any) -> list[str]:
    """The entry's longest text: full ``content`` when present, else the summary."""
    best: tuple[str, bool] = ("", False)
    for content in dict.get(entry, "content") or ():
        value = dict.get(content, "value") or ""
        if len(value) > len(best[0]):
            best = (value, _is_html(content))
    summary = dict.get(entry, "summary") or ""
    if len(summary) > len(best[0]):
        best = (summary, _is_html(dict.get(entry, "summary_detail")) or "<" in summary)
    return _plain(*best) if best[0] else []


def _title(entry: Any) -> str:
    title = dict.get(entry, "title") or ""
    if _is_html(dict.get(entry, "title_detail")):
        return " ".join(_plain(title, True))
    return sanitize_line(title)


def _url(value: Any, base: str | None) -> str | None:
    """An absolute http(s) URL from a feed field, or None."""
    from newstui.parse.html import http_url

    return http_url(value, base) if isinstance(value, str) else None


def parse_feed(
    data: bytes,
    *,
    origin: str,
    content_type: str | None = None,
    base_url: str | None = None,
    max_items: int = MAX_ITEMS,
) -> list[Article]:
    """Parse an RSS or Atom feed's bytes into summary-only articles.

    feedparser gets the bytes and a ``content-type`` header (so it honours the transport charset),
    with its browser-oriented HTML sanitizing and URI resolution off: summaries are turned into
    plain paragraphs here and every string is sanitized for the terminal. The DOCTYPE is removed
    first (no entity expansion, no external entities) and the XML is cut after ``max_items`` entries.
    A pure function of its arguments: the caller runs it in a worker thread.

    Args:
        data: the feed document.
        origin: where it came from; becomes ``Article.origin`` and the ids' base.
        content_type: the transport ``Content-Type`` (with charset), default "application/xml".
        base_url: the feed's final URL, for resolving relative entry links.
        max_items: entries kept.

    Returns:
        One Article per entry (``summary_only=True``), in feed order.

    Raises:
        ParseError: "not a feed" when nothing feed-like was found, "feed has no entries" when empty.
    """
    import feedparser

    from newstui.parse.ids import article_id

    data = _cap_items(_strip_doctype(data), max_items)
    parsed = feedparser.parse(
        data,
        response_headers={"content-type": content_type or "application/xml"},
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    entries = parsed.get("entries") or []
    feed = parsed.get("feed") or {}
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            raise ParseError("not a feed")
        raise ParseError("feed has no entries")

    source = sanitize_line(dict.get(feed, "title") or "") or None
    feed_language = sanitize_line(dict.get(feed, "language") or "") or None
    base = _url(base_url, None) or _url(dict.get(feed, "link"), None)
    articles: list[Article] = []
    for entry in entries[:max_items]:
        paragraphs = _summary(entry)
        title = _title(entry)
        url = _url(dict.get(entry, "link"), base)
        if url is None:
            url = _url(dict.get(entry, "id"), None)
        if not title:
            if not paragraphs:
                continue
            title = paragraphs[0] if len(paragraphs[0]) <= MAX_TITLE else paragraphs[0][: MAX_TITLE - 1] + "…"
        detail = dict.get(entry, "title_detail")
        language = (
            (sanitize_line(dict.get(detail, "language") or "") if isinstance(detail, dict) else "")
            or feed_language
            or guess_language(" ".join([title, *paragraphs[:5]]))
        )
        sample = " ".join([title, *paragraphs[:10]])
        author = sanitize_line(dict.get(entry, "author") or "") or None
        keywords = tuple(
            dict.fromkeys(
                term
                for tag in (dict.get(entry, "tags") or ())
                if isinstance(tag, dict)
                for term in [sanitize_line(dict.get(tag, "term") or dict.get(tag, "label") or "")]
                if term and len(term) <= 60
            )
        )[:30]
        articles.append(
            Article(
                id=article_id(origin, len(articles)),
                title=title,
                paragraphs=tuple(paragraphs),
                source=source,
                attribution=author,
                published=_published(entry),
                url=url,
                origin=origin,
                language=language,
                direction=text_direction(sample, language_direction(language) or "ltr"),
                keywords=keywords,
                summary_only=True,
            )
        )
    if not articles:
        raise ParseError("feed has no entries")
    return articles
