"""Documents to Articles: decode, sanitize, sniff (feed / HTML / plain text) and dispatch to a parser."""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

from newstui.errors import NotReadable, ParseError
from newstui.model import Article, RawDocument
from newstui.parse.plaintext import parse_sanitized
from newstui.text.decode import MIXED, DecodedText, decode_bytes
from newstui.text.json_feed import JSON_FEED, is_json_feed
from newstui.text.sanitize import sanitize_text
from newstui.text.script import guess_language, language_direction, text_direction

__all__ = [
    "DocumentKind",
    "forced_encoding_note",
    "Parsed",
    "guess_language",
    "guessed_encoding_note",
    "language_direction",
    "parse_document",
    "parse_noted",
    "sniff_kind",
    "text_direction",
]

GUESS_ALTERNATIVES: Final = ("windows-1256", "iso-8859-6", "utf-8", "windows-1252", "mac-arabic", "cp720")
"""The encodings a guessed one's note offers (Arabic texts' usual ones first), the guess left out."""

DocumentKind = Literal["feed", "html", "opml", "text"]
"""Which parser a document goes to."""

FEED_TYPES: Final = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
XML_TYPES: Final = frozenset({"text/xml", "application/xml"})
OPML_TYPES: Final = frozenset({"text/x-opml", "application/x-opml", "text/x-opml+xml"})
HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})
FEED_ROOTS: Final = frozenset({"rss", "feed", "rdf:rdf", "channel"})
"""Root element names of RSS 0.9x/2.0, Atom, RSS 1.0 (RDF) and Userland-style channel documents."""
HTML_ELEMENTS: Final = frozenset(
    {
        "html", "head", "body", "meta", "title", "link", "script", "style", "base", "p", "div", "span",
        "article", "section", "main", "header", "footer", "nav", "aside", "table", "ul", "ol", "a", "br",
        "img", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "form",
    }
)  # fmt: skip
"""First elements that mark a document without a content type as HTML."""
SNIFF_CHARS: Final = 65536
"""How far into the text the prolog skipper may look for the first element."""


def _skip_markup(text: str, start: int, end_marker: str) -> int:
    found = text.find(end_marker, start)
    return len(text) if found < 0 else found + len(end_marker)


def _skip_doctype(text: str, start: int) -> int:
    """Index just past a ``<!DOCTYPE ...>`` starting at ``start``, internal subset included."""
    position = start + 2
    depth = 0
    while position < len(text):
        char = text[position]
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == ">" and depth == 0:
            return position + 1
        position += 1
    return len(text)


def first_element(text: str) -> tuple[str | None, str | None]:
    """The first element's lower-cased name and the DOCTYPE name, skipping the XML prolog.

    Whitespace, the XML declaration, processing instructions, comments and the DOCTYPE are skipped.
    Returns ``(None, doctype)`` when the text does not start with markup.
    """
    text = text[:SNIFF_CHARS]
    position = 0
    doctype: str | None = None
    while True:
        while position < len(text) and text[position] in " \t\r\n\f\ufeff":
            position += 1
        if text.startswith("<?", position):
            position = _skip_markup(text, position, "?>")
        elif text.startswith("<!--", position):
            position = _skip_markup(text, position, "-->")
        elif text[position : position + 9].lower() == "<!doctype":
            words = text[position + 9 : position + 80].replace(">", " ").replace("[", " ").split()
            doctype = words[0].lower() if words else ""  # "<!DOCTYPE html><p>" too
            position = _skip_doctype(text, position)
        else:
            break
    if not text.startswith("<", position):
        return None, doctype
    name_end = position + 1
    while name_end < len(text) and text[name_end] not in " \t\r\n\f/>":
        name_end += 1
    return text[position + 1 : name_end].lower() or None, doctype


def _is_feed_root(name: str | None) -> bool:
    return name is not None and (name in FEED_ROOTS or name.endswith((":rdf", ":feed")))


def _media(content_type: str | None) -> str:
    """The media type of a content type, lower case, without its parameters ("" for none)."""
    return (content_type or "").split(";")[0].strip().lower()


def sniff_kind(text: str, content_type: str | None) -> DocumentKind:
    """Which parser a decoded document goes to.

    An ``<opml>`` root element, or an OPML content type on anything but HTML or a feed, makes a list
    of feeds. A feed root
    element (``<rss>``, ``<feed>``, ``<rdf:RDF>``) makes a feed whatever the content type
    says (feeds are often served as text/html or text/plain). HTML content types, a DOCTYPE html, or
    (without a content type) a first element that is an HTML element make HTML. Plain text otherwise.
    """
    name, doctype = first_element(text)
    media = _media(content_type)
    if _is_feed_root(name):
        return "feed"
    if name == "opml" or (media in OPML_TYPES and name != "html" and doctype != "html"):
        return "opml"
    if media in FEED_TYPES or media in XML_TYPES:
        return "html" if name == "html" or doctype == "html" else "feed"
    if media in HTML_TYPES:
        return "html"
    if doctype == "html" or name == "html":
        return "html"
    if media == "" and name in HTML_ELEMENTS:
        return "html"
    return "text"


class Parsed(NamedTuple):
    """A document's articles, and what its reader should be told about how it was read (``parse_noted``)."""

    articles: list[Article]
    note: str | None
    """``guessed_encoding_note`` when the encoding was guessed from too little evidence, else None."""


def guessed_encoding_note(decoded: DecodedText) -> str | None:
    """What to tell about a decoding that is a guess (``DecodedText.confident`` false), or that left bytes
    no encoding could read (``DecodedText.unread``: shown as U+FFFD, where a line of them would vanish
    from a plain text), else None."""
    others = ", ".join(name for name in GUESS_ALTERNATIVES if name not in decoded.encoding)
    if decoded.unread >= (1 if decoded.encoding == MIXED else _MISFIT_MIN):
        unread = f"{_characters(decoded.unread)} could not be read as {decoded.encoding}"
        return f"{unread}; if the text reads wrong, name its own: --encoding {others}, ..."
    if decoded.confident:
        return None
    return f"encoding guessed ({decoded.encoding}); if the text reads wrong, name its own: --encoding {others}, ..."


def _characters(count: int) -> str:
    """``1 character``, ``2 characters``, ``1,234 characters``."""
    return f"{count:,} character" + ("" if count == 1 else "s")


_MISFIT_MIN: Final = 3
"""Characters a forced encoding must fail to read (and one in a hundred) before the reader is told; as many
unreadable bytes in UTF-8 (a stray byte or two is not told)."""


def forced_encoding_note(decoded: DecodedText, forced: str | None) -> str | None:
    """What to tell when the encoding the user named could not read the bytes (many U+FFFD) or plainly
    does not fit them (``DecodedText.misfit``: another encoding's byte-order mark, valid UTF-8 forced to
    a one-byte code page, byte-swapped UTF-16), else None."""
    if forced is None:
        return None
    failed = decoded.text.count("\ufffd")
    if failed < max(_MISFIT_MIN, len(decoded.text) // 100):
        if decoded.misfit is None:
            return None
        return f"the text does not read as {decoded.encoding} (--encoding): {decoded.misfit}"
    others = ", ".join(name for name in GUESS_ALTERNATIVES if name != decoded.encoding)
    read_as = f"{_characters(failed)} could not be read as {decoded.encoding} (--encoding)"
    if decoded.misfit is not None:
        return f"{read_as}: {decoded.misfit}"
    return f"{read_as}: the text is in another encoding ({others}, ...?)"


def parse_document(doc: RawDocument, *, encoding: str | None = None) -> list[Article]:
    """``parse_noted``'s articles alone."""
    return parse_noted(doc, encoding=encoding).articles


def parse_noted(doc: RawDocument, *, encoding: str | None = None) -> Parsed:
    """Turn a fetched or read document into articles, with a note when its encoding was guessed.

    The bytes are decoded (``text.decode``: forced encoding, BOM, transport charset, ``<meta>``,
    UTF-8, detection), sanitized, sniffed and handed to the feed, HTML or plain-text parser. Every
    article's ``origin`` is ``doc.origin``.

    Args:
        doc: the raw document.
        encoding: the user's ``--encoding``, overriding every declaration.

    Returns:
        The articles, in document order (one for a page, one per entry for a feed), and the note.

    Raises:
        UsageError: ``encoding`` is not a known text encoding.
        NotReadable: binary or empty data, or a JSON Feed.
        ParseError: the document holds no article (e.g. "not a feed").
        FeedList: the document is a list of feeds (OPML); its ``feeds`` are what to load instead.
        BrokenFeedList: a list of feeds (by its root or its content type) that is not well-formed
            XML; plain text that only starts with ``<opml`` is read as text.
    """
    if is_json_feed(doc.data):  # a file or stdin; the web's are refused by their first bytes
        raise NotReadable(JSON_FEED)
    decoded = decode_bytes(doc.data, declared=doc.charset, forced=encoding, origin=doc.origin)
    note = guessed_encoding_note(decoded) or forced_encoding_note(decoded, encoding)
    try:
        return Parsed(_without_site_authors(_parse_decoded(doc, decoded)), note)
    except ParseError as error:
        if note is None or type(error) is not ParseError:
            raise
        raise ParseError(f"{error}; {note}") from None  # (text that read as nothing may be why)


def _without_site_authors(articles: list[Article]) -> list[Article]:
    """``articles`` without an author that only names the story's own source (``bylines.author_beside_source``),
    changed in place: the same list (a feed's carries its notes, ``feed_notes.FeedArticles``)."""
    from dataclasses import replace

    from newstui.parse.bylines import author_beside_source

    for index, article in enumerate(articles):
        if article.author and author_beside_source(article.author, article.source) is None:
            articles[index] = replace(article, author=None)
    return articles


def _utf8_bytes(data: bytes, decoded: DecodedText) -> bytes:
    """The decoded text as UTF-8 bytes: ``data`` itself when it was valid UTF-8 without a byte-order mark (the
    same bytes, not a copy of a feed of megabytes made again), else the text encoded."""
    if decoded.encoding == "utf-8" and not decoded.unread and not data.startswith(b"\xef\xbb\xbf"):
        return data
    return decoded.text.encode("utf-8")


def _parse_decoded(doc: RawDocument, decoded: DecodedText) -> list[Article]:
    """``parse_noted`` once the bytes are text: sniff the kind and hand the text to its parser."""
    kind = sniff_kind(decoded.text, doc.content_type)
    if kind == "html":
        from newstui.parse.html import parse_html

        # Entities are decoded by the HTML parser, so sanitizing the markup first would not be enough:
        # parse_html sanitizes every field it extracts instead (and skips a costly pass over the page).
        return parse_html(decoded.text, origin=doc.origin, url=doc.url)
    if kind == "opml":
        from newstui.errors import BrokenFeedList
        from newstui.parse.opml import feed_list

        try:
            raise feed_list(decoded.text, base_url=doc.url)
        except BrokenFeedList:
            if _media(doc.content_type) not in ("", "text/plain"):
                raise
            # Only the start looked like a list ("<opml> is the root element of ..." in a note).
    if kind == "feed":
        from newstui.parse.feed import parse_feed

        # As for HTML, the XML parser decodes entities, so parse_feed sanitizes every field it takes
        # (a pass over the whole feed first would be a second, costly one).
        return parse_feed(
            _utf8_bytes(doc.data, decoded),
            origin=doc.origin,
            content_type="application/xml; charset=utf-8",
            base_url=doc.url,
        )
    return parse_sanitized(sanitize_text(decoded.text), origin=doc.origin)
