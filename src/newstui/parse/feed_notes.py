"""What a feed that loaded left out (entries past the cap, a document cut short), carried to the source's result."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Final

from newstui.model import Article

__all__ = ["FeedArticles", "broken_note", "cap_note", "count_entries", "entry_tags", "feed_note", "feed_remarks"]

_ENTRY_TAG: Final = re.compile(rb"<(?:item|entry)[ \t\r\n/>]")
"""An entry's start tag, as ``feed._item_starts`` finds them (a feed whose entries carry no prefix)."""
_FEED_NAMESPACES: Final = frozenset(
    {
        b"http://www.w3.org/2005/Atom",
        b"http://purl.org/atom/ns#",  # Atom 0.3
        b"http://purl.org/rss/1.0/",
        b"http://my.netscape.com/rdf/simple/0.9/",  # RSS 0.90
        b"http://backend.userland.com/rss2",
    }
)
"""Namespaces whose ``item``/``entry`` elements are a feed's entries."""
_PREFIX_DECLARATION: Final = re.compile(rb"""xmlns:([A-Za-z_][-A-Za-z0-9_.]*)[ \t\r\n]*=[ \t\r\n]*["']([^"']*)["']""")
_HEAD_BYTES: Final = 65536
"""Where the prefixes of a feed's namespaces are looked for (the root's start tag, in practice)."""
_ENTRY_NAMES: Final = (b"item", b"entry")


def entry_tags(data: bytes) -> tuple[bytes, ...]:
    """How an entry's start tag begins in this feed: ``<item`` and ``<entry``, and ``<atom:entry``,
    ``<rss:item`` and the like for each prefix the feed's head binds to Atom's or RSS's namespace."""
    prefixes = _feed_prefixes(data[:_HEAD_BYTES]) if b"xmlns:" in data[:_HEAD_BYTES] else ()
    return tuple(b"<" + prefix + name for prefix in (b"", *prefixes) for name in _ENTRY_NAMES)


def _feed_prefixes(head: bytes) -> tuple[bytes, ...]:
    found = dict.fromkeys(
        match.group(1) + b":"
        for match in _PREFIX_DECLARATION.finditer(head)
        if match.group(2).strip() in _FEED_NAMESPACES
    )
    return tuple(found)


@functools.cache
def _entry_pattern(tags: tuple[bytes, ...]) -> re.Pattern[bytes]:
    return re.compile(b"(?:" + b"|".join(map(re.escape, tags)) + rb")[ \t\r\n/>]")


_LAST_END_TAG: Final = re.compile(rb"</\s*([^\s>]+)\s*>\s*(?:(?:<!--.*?-->|<\?.*?\?>)\s*)*\Z", re.DOTALL)
_TAIL_BYTES: Final = 4096
_ROOT_NAME: Final = re.compile(rb"<([^\s/>]+)")
_READ_ALL_THE_SAME: Final = frozenset({"undefined entity"})
"""What the strict parser refuses and the loose one reads in full: an HTML entity such as ``&nbsp;``."""


class FeedArticles(list[Article]):
    """A source's articles (a feed's, ``parse_feed``; a text's cut at its line cap) with what was left out, as one
    line, or None."""

    __slots__ = ("note", "remarks")

    def __init__(self, articles: Iterable[Article] = (), note: str | None = None, remarks: Sequence[str] = ()) -> None:
        super().__init__(articles)
        self.note = note
        self.remarks: tuple[str, ...] = tuple(remarks)
        """What the user should know of entries kept with something left out (a link dropped), not a failure:
        the source's ``LoadResult.notes``."""


def feed_note(articles: Sequence[Article]) -> str | None:
    """What a source's articles left out (``FeedArticles.note``), for its ``LoadResult.error``; None for others.

    A source that loaded with a note is a result with articles and an error, told as a failed one
    (stderr, ``--json``'s ``errors``, the reader's notice, exit status 1) while its articles are shown,
    as a list of feeds' refused addresses and its cap are.
    """
    return articles.note if isinstance(articles, FeedArticles) else None


def feed_remarks(articles: Sequence[Article]) -> tuple[str, ...]:
    """What a feed's entries left out that is no failure (``FeedArticles.remarks``: a link dropped), for its
    ``LoadResult.notes``; () for other sources."""
    return articles.remarks if isinstance(articles, FeedArticles) else ()


def count_entries(data: bytes, tags: tuple[bytes, ...] | None = None) -> int:
    """Entries' start tags (``<item>``, ``<entry>``, ``<atom:entry>``: ``entry_tags``) in a feed's bytes
    (one scan, no parse); ``tags`` when the caller has them."""
    if tags is None:
        tags = entry_tags(data)
    pattern = _ENTRY_TAG if len(tags) == len(_ENTRY_NAMES) else _entry_pattern(tags)
    return sum(1 for _ in pattern.finditer(data))


def cap_note(total: int, kept: int) -> str:
    """The line for a feed cut at ``kept`` entries (as a list of feeds' cap: "only the first ... are opened")."""
    return f"a feed of {total:,} entries: only the first {kept:,} are shown"


def _root_closed(data: bytes, root: int | None) -> bool:
    """Whether the document ends with the end tag of its root element (at ``root``), then only comments,
    processing instructions and space."""
    name = _ROOT_NAME.match(data, root) if root is not None else None
    last = _LAST_END_TAG.search(data[-_TAIL_BYTES:])
    return name is not None and last is not None and last.group(1) == name.group(1)


def _entries_whole(data: bytes, parsed: int) -> bool:
    """Whether every entry's start tag in the bytes has its end tag and the parser read each of them,
    and the document does not stop inside a tag ("...</rs")."""
    if data.rfind(b"<") > data.rfind(b">"):
        return False
    tags = entry_tags(data)
    starts = count_entries(data, tags)
    if starts != parsed:
        return False
    ends = _entry_end_pattern(tuple(b"</" + tag[1:] for tag in tags))
    return sum(1 for _ in ends.finditer(data)) == starts


@functools.cache
def _entry_end_pattern(tags: tuple[bytes, ...]) -> re.Pattern[bytes]:
    return re.compile(b"(?:" + b"|".join(map(re.escape, tags)) + rb")[ \t\r\n]*>")


def broken_note(error: object, data: bytes, root: int | None, read: int, parsed: int | None = None) -> str | None:
    """The line for a feed the strict XML parser refused (``error``, feedparser's ``bozo_exception``); None
    when that loses nothing (an encoding declared twice, an HTML entity), so the usual sloppy feed says nothing.

    A document that does not end with its root's end tag (none, or markup after it such as a script a
    host injected) is said to end early only when an entry may be lost: an entry start tag without its
    end tag, more start tags than entries parsed, or the bytes stopping inside a tag. (A download cut
    exactly between two entries cannot be told from a feed that never closed its root, and says nothing.)

    Args:
        error: why the feed is "bozo".
        data: the bytes parsed.
        root: the offset of the root element's ``<`` in ``data``, if found.
        read: the entries kept from it.
        parsed: the entries the parser gave (``read`` and those without title or text), default ``read``.
    """
    import xml.sax

    if not isinstance(error, xml.sax.SAXParseException):
        return None  # CharacterEncodingOverride and the like: the document itself was read
    entries = "1 entry" if read == 1 else f"{read:,} entries"
    if not _root_closed(data, root):
        if _entries_whole(data, read if parsed is None else parsed):
            return None  # "</rss>" missing or followed by a script, every entry whole: nothing lost
        if not read:  # (cut before its first whole entry)
            return "the feed ends early (not well-formed XML): no entry read"
        return f"the feed ends early (not well-formed XML): {entries} read, the last may be incomplete"
    reason = str(error.getMessage())
    if reason in _READ_ALL_THE_SAME:
        return None
    total = count_entries(data)
    where = f"{reason}, line {error.getLineNumber()}"
    if total > read:
        return f"the feed is not well-formed XML ({where}): {read:,} of {total:,} entries read"
    return None  # every entry read all the same: the sloppy feed most readers never notice says nothing
