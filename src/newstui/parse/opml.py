"""OPML subscription lists to the feed addresses they name (defused XML, read as a stream, each address once)."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from newstui.addresses import MAX_URL_LENGTH
from newstui.errors import BrokenFeedList, FeedList, ParseError
from newstui.parse.html_links import http_url

__all__ = ["feed_list"]

_UNSAFE: Final = frozenset(
    [*map(chr, range(0x20)), *map(chr, range(0x7F, 0xA0)), "\u200e", "\u200f", "\u061c"]
    + [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
)
"""Characters no feed address may hold: controls (a line break, an escape), direction marks and overrides.
The command line refuses them in a URL; an address holding one is not opened rather than cleaned up
into another address."""


def _address(value: str, base: str | None) -> str | None:
    """The http(s) address an outline's ``xmlUrl`` names, without its fragment; None when it is not one
    (another scheme, a relative path without a base, control characters, over ``MAX_URL_LENGTH``)."""
    value = value.strip()
    if len(value) > MAX_URL_LENGTH or not _UNSAFE.isdisjoint(value):
        return None
    lowered = value[:14].lower()
    if lowered.startswith("feed:http"):
        value = value[5:]
    elif lowered.startswith("feed://"):
        value = "http://" + value[7:]
    address = http_url(value, base)
    if address is None or "#" not in address:
        return address
    return address.partition("#")[0]  # a fragment is never sent


def _key(address: str) -> tuple[str, str, str, str]:
    """What makes two addresses one feed: the scheme and host in any letter case, the path and query."""
    parts = urlsplit(address)
    return parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query


def _feed_attribute(attributes: dict[str, str]) -> str | None:
    """The outline's feed address as written (``xmlUrl``, in any letter case), or None."""
    for name, value in attributes.items():
        if name.lower() == "xmlurl":
            return value
    return None


_SCHEME: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_NAME_SHOWN: Final = 80
_ADDRESS_SHOWN: Final = 120
_NO_BASE: Final = "a list read from a file has no address to resolve it against"


def _relative(value: str) -> bool:
    """Whether an ``xmlUrl`` as written is a relative address ("feeds/local.xml", "/rss.xml", "//host/rss")."""
    value = value.strip()
    return bool(value) and _UNSAFE.isdisjoint(value) and _SCHEME.match(value) is None


def _relative_reason(attributes: dict[str, str], written: str, number: int) -> str:
    """Why an outline's relative address is not opened, naming the outline by its ``text`` (else ``title``,
    else its place among the feed outlines): ``outline "Local news": relative feed address "feeds/local.xml"
    not opened (a list read from a file has no address to resolve it against)``."""
    from newstui.text.sanitize import sanitize_line

    named = {name.lower(): value for name, value in attributes.items()}
    name = sanitize_line(named.get("text") or named.get("title") or "")
    outline = f'outline "{_shortened(name, _NAME_SHOWN)}"' if name else f"outline {number:,}"
    address = _shortened(sanitize_line(written.strip()), _ADDRESS_SHOWN)
    return f'{outline}: relative feed address "{address}" not opened ({_NO_BASE})'


def _shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, "…" ending it when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Outlines:
    """Parser target: each outline's feed address as the elements stream past (no tree is built)."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.found: dict[tuple[str, str, str, str], str] = {}
        self.named = 0
        self.refused = 0
        self.relative: list[str] = []
        """Why each outline with a relative address was not opened (``_relative_reason``), in order."""

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        """An element opens: an ``outline`` (with or without a namespace, in any letter case) may name a feed."""
        if tag.rpartition("}")[2].lower() != "outline":
            return
        written = _feed_attribute(attributes)
        if written is None:
            return
        self.named += 1
        address = _address(written, self.base)
        if address is None and self.base is None and _relative(written):
            self.relative.append(_relative_reason(attributes, written, self.named))
        elif address is None:
            self.refused += 1
        else:
            self.found.setdefault(_key(address), address)

    def close(self) -> None:
        """The document ended."""


def feed_list(text: str, *, base_url: str | None = None) -> FeedList:
    """The feeds an OPML document names, as the ``FeedList`` the loader opens in its place.

    Every ``<outline>`` with an ``xmlUrl`` counts, however deeply its folders nest (and with a
    namespace or in capitals); addresses are resolved against ``base_url`` (the list's own address,
    for one fetched from the web), taken only when http or https (``feed:`` ones as the address they
    stand for) and free of control characters and direction marks, and kept once each, in document
    order. The XML is parsed defused and as a stream: entity declarations and external references
    are refused, so an entity bomb or an external entity costs nothing and reads nothing, and no
    tree is built however many outlines there are.

    Args:
        text: the decoded document.
        base_url: the list's address when it came from the web.

    Raises:
        BrokenFeedList: not well-formed XML.
        ParseError: entity declarations, or no feed address it would open.
    """
    import xml.etree.ElementTree as ElementTree

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    outlines = _Outlines(base_url)
    parser = DefusedXMLParser(target=outlines)
    try:
        parser.feed(text)
        parser.close()
    except DefusedXmlException:
        raise ParseError("OPML list refused: it declares entities or refers outside itself") from None
    except ElementTree.ParseError as error:
        raise BrokenFeedList(f"not a well-formed OPML list ({error})") from None
    named = outlines.named
    if not named:
        raise ParseError("OPML list with no feed address")
    if not outlines.found:
        plural = "es" if named != 1 else ""
        why = f": {outlines.relative[0]}" if outlines.relative else " (http or https only)"
        raise ParseError(f"OPML list with {named:,} feed address{plural}, none it can open{why}")
    return FeedList(tuple(outlines.found.values()), refused=outlines.refused, relative=tuple(outlines.relative))
