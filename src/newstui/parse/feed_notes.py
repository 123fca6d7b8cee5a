"""What a feed that loaded left out (entries past the cap, a document cut short), carried to the source's result."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from newstui.model import Article

__all__ = ["FeedArticles", "broken_note", "cap_note", "count_entries", "feed_note"]

_ENTRY_TAG: Final = re.compile(rb"<(?:item|entry)[ \t\r\n/>]")
"""An entry's start tag, as ``feed._item_starts`` finds them."""
_LAST_END_TAG: Final = re.compile(rb"</\s*([^\s>]+)\s*>\s*(?:(?:<!--.*?-->|<\?.*?\?>)\s*)*\Z", re.DOTALL)
_TAIL_BYTES: Final = 4096
_ROOT_NAME: Final = re.compile(rb"<([^\s/>]+)")
_READ_ALL_THE_SAME: Final = frozenset({"undefined entity"})
"""What the strict parser refuses and the loose one reads in full: an HTML entity such as ``&nbsp;``."""


class FeedArticles(list[Article]):
    """A feed's articles (``parse_feed``) with what the feed left out, as one line, or None."""

    __slots__ = ("note",)

    def __init__(self, articles: Iterable[Article] = (), note: str | None = None) -> None:
        super().__init__(articles)
        self.note = note


def feed_note(articles: Sequence[Article]) -> str | None:
    """What a source's articles left out (``FeedArticles.note``), for its ``LoadResult.error``; None for others.

    A source that loaded with a note is a result with articles and an error, told as a failed one
    (stderr, ``--json``'s ``errors``, the reader's notice, exit status 1) while its articles are shown,
    as a list of feeds' refused addresses and its cap are.
    """
    return articles.note if isinstance(articles, FeedArticles) else None


def count_entries(data: bytes) -> int:
    """``<item>`` and ``<entry>`` start tags in a feed's bytes (one scan, no parse)."""
    return sum(1 for _ in _ENTRY_TAG.finditer(data))


def cap_note(total: int, kept: int) -> str:
    """The line for a feed cut at ``kept`` entries (as a list of feeds' cap: "only the first ... are opened")."""
    return f"a feed of {total:,} entries: only the first {kept:,} are shown"


def _root_closed(data: bytes, root: int | None) -> bool:
    """Whether the document ends with the end tag of its root element (at ``root``), then only comments,
    processing instructions and space."""
    name = _ROOT_NAME.match(data, root) if root is not None else None
    last = _LAST_END_TAG.search(data[-_TAIL_BYTES:])
    return name is not None and last is not None and last.group(1) == name.group(1)


def broken_note(error: object, data: bytes, root: int | None, read: int) -> str | None:
    """The line for a feed the strict XML parser refused (``error``, feedparser's ``bozo_exception``); None
    when that loses nothing (an encoding declared twice, an HTML entity), so the usual sloppy feed says nothing.

    Args:
        error: why the feed is "bozo".
        data: the bytes parsed.
        root: the offset of the root element's ``<`` in ``data``, if found.
        read: the entries kept from it.
    """
    import xml.sax

    if not isinstance(error, xml.sax.SAXParseException):
        return None  # CharacterEncodingOverride and the like: the document itself was read
    entries = "1 entry" if read == 1 else f"{read:,} entries"
    if not _root_closed(data, root):
        return f"the feed ends early (not well-formed XML): {entries} read, the last may be incomplete"
    reason = str(error.getMessage())
    if reason in _READ_ALL_THE_SAME:
        return None
    total = count_entries(data)
    where = f"{reason}, line {error.getLineNumber()}"
    if total > read:
        return f"the feed is not well-formed XML ({where}): {read:,} of {total:,} entries read"
    return None  # every entry read all the same: the sloppy feed most readers never notice says nothing
