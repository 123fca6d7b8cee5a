"""OPML subscription lists to the feed addresses they name (defused XML, each address once)."""

from __future__ import annotations

from newstui.errors import ParseError
from newstui.parse.html_links import http_url

__all__ = ["feed_addresses"]


def _address(value: str, base: str | None) -> str | None:
    """The http(s) address an outline's ``xmlUrl`` names, or None (another scheme, a relative path without a base)."""
    value = value.strip()
    lowered = value[:14].lower()
    if lowered.startswith("feed:http"):
        value = value[5:]
    elif lowered.startswith("feed://"):
        value = "http://" + value[7:]
    return http_url(value, base)


def _feed_attribute(attributes: dict[str, str]) -> str | None:
    """The outline's feed address as written (``xmlUrl``, in any letter case), or None."""
    for name, value in attributes.items():
        if name.lower() == "xmlurl":
            return value
    return None


def feed_addresses(text: str, *, base_url: str | None = None) -> tuple[str, ...]:
    """The feed addresses an OPML document names, each once, in document order.

    Every ``<outline>`` with an ``xmlUrl`` counts, however deeply its folders nest; addresses are
    resolved against ``base_url`` (the list's own address, for one fetched from the web), taken only
    when http or https (``feed:`` ones as the address they stand for) and sanitized. The XML is
    parsed defused: entity declarations and external references are refused, so an entity bomb or
    an external entity costs nothing and reads nothing.

    Args:
        text: the decoded document.
        base_url: the list's address when it came from the web.

    Raises:
        ParseError: not well-formed XML, entity declarations, or no feed address in it.
    """
    import xml.etree.ElementTree as ElementTree

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text)
    except DefusedXmlException:
        raise ParseError("OPML list refused: it declares entities or refers outside itself") from None
    except ElementTree.ParseError as error:
        raise ParseError(f"not a well-formed OPML list ({error})") from None
    found: dict[str, None] = {}
    named = 0
    for outline in root.iter("outline"):
        written = _feed_attribute(outline.attrib)
        if written is None:
            continue
        named += 1
        address = _address(written, base_url)
        if address is not None:
            found.setdefault(address, None)
    if not found:
        detail = f"{named:,} feed address{'es' if named != 1 else ''}, none http(s)" if named else "no feed address"
        raise ParseError(f"OPML list with {detail}")
    return tuple(found)
