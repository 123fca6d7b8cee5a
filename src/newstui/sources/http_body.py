"""A response body read within its limits: declared and sniffed content types, bounded inflation, size cap."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from newstui.errors import FetchError, NotReadable, NotText, TooLarge
from newstui.model import RawDocument
from newstui.sources.local import human_size
from newstui.text.decode import is_binary
from newstui.text.json_feed import JSON_FEED, JSON_FEED_HEAD, is_json_feed

if TYPE_CHECKING:
    import httpx

__all__ = ["read_body"]

INFLATE_STEP: Final = 1 << 16
"""Most bytes one ``decompress`` call may produce: the gzip-bomb bound."""
MAX_CODINGS: Final = 3

READABLE_TYPES: Final = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "text/plain",
        "application/x-opml",
    }
)
SNIFFED_TYPES: Final = frozenset({"", "application/octet-stream", "binary/octet-stream", "application/unknown"})
"""Missing or generic types whose body is sniffed instead of trusted."""
_JSON_TYPES: Final = frozenset({"application/json", "text/json"})
"""JSON's types: a body served as one is read only when it is in fact an RSS or Atom feed (``_json_verdict``)."""
_XML_ROOTS: Final = (b"<rss", b"<feed", b"<rdf:rdf")
_XML_HEAD: Final = JSON_FEED_HEAD
"""Bytes of a body served as JSON in which a feed's root element is looked for, after its prolog."""
_XML_PROLOG: Final = re.compile(rb"(?:\s+|<!--.*?-->|<\?.*?\?>|<!doctype[^>\[]*>)*", re.DOTALL)
"""What may come before an XML document's root: blanks, comments, processing instructions, a doctype
(lower-cased)."""
_MAGIC: Final = (
    (b"\x89PNG", "image/png"),
    (b"GIF8", "image/gif"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"\x7fELF", "application/x-executable"),
)


def _media_type(value: str | None) -> tuple[str, str | None]:
    """(media type lower-cased, charset) from a Content-Type header."""
    if not value:
        return "", None
    media, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _readable(media: str) -> bool:
    return media in READABLE_TYPES or media.endswith(("+xml", "/xml")) or media.startswith("text/")


def _refused_type(media: str) -> bool:
    return media.startswith(("image/", "audio/", "video/", "font/", "model/")) or media in (
        "application/pdf",
        "application/zip",
        "application/gzip",
        "application/json",
        "application/javascript",
        "application/wasm",
    )


class _Inflater:
    """Content-Encoding decoding in bounded steps (gzip, deflate, stacked), counting decoded bytes."""

    def __init__(self, codings: list[str], cap: int) -> None:
        self._codings = list(reversed(codings))  # applied first is listed first; undo last first
        self._decoders = [self._decoder(c) for c in self._codings]
        self._raw = [False] * len(self._codings)
        self._cap = cap
        self.size = 0

    @staticmethod
    def _decoder(coding: str) -> zlib._Decompress:
        return zlib.decompressobj(16 + zlib.MAX_WBITS if coding in ("gzip", "x-gzip") else zlib.MAX_WBITS)

    def _through(self, level: int, data: bytes) -> Iterator[bytes]:
        """Pass data through decoder ``level`` and the ones after it, in bounded steps."""
        if level == len(self._decoders):
            yield data
            return
        gzip = self._codings[level] != "deflate"
        pending = data
        while pending:
            decoder = self._decoders[level]
            fresh = False
            if decoder.eof:
                if not gzip or not pending.strip(b"\x00"):
                    return  # padding or trailing bytes after the compressed stream
                decoder = self._decoders[level] = self._decoder(self._codings[level])  # next gzip member
                fresh = True
            try:
                out = decoder.decompress(pending, INFLATE_STEP)
            except zlib.error:
                if fresh:
                    return  # trailing garbage after a complete gzip stream, as browsers ignore it
                if not gzip and not self._raw[level] and self.size == 0:
                    self._raw[level] = True  # "deflate" sent as a raw stream without the zlib header
                    self._decoders[level] = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            pending = decoder.unused_data if decoder.eof else decoder.unconsumed_tail
            if out:
                yield from self._through(level + 1, out)

    @property
    def finished(self) -> bool:
        """Whether every compressed stream reached its end (True when nothing was compressed)."""
        return all(decoder.eof for decoder in self._decoders)

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        """Decoded pieces of one raw chunk, each at most ``INFLATE_STEP`` bytes; TooLarge past the cap."""
        for piece in self._through(0, chunk):
            self.size += len(piece)
            if self.size > self._cap:
                raise TooLarge(f"too large (over {human_size(self._cap)})")
            yield piece


def _codings(header: str | None) -> list[str]:
    codings = [c.strip().lower() for c in (header or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    for coding in codings:
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise FetchError(f"unsupported content encoding ({coding[:30]})")
    if len(codings) > MAX_CODINGS:
        raise FetchError("too many content encodings")
    return codings


def _json_verdict(data: bytes, media: str) -> None:
    """Refuse a body served as JSON unless it is XML: it starts with ``<?xml``, or its root (``<rss``, ``<feed``,
    ``<rdf:RDF``) comes after nothing but a prolog (blanks, comments, processing instructions, a doctype). An RSS
    or Atom feed a misconfigured server calls ``application/json`` is read as the feed it is.

    Raises:
        NotText: a JSON Feed (``JSON_FEED``), or any other body (``not a readable type (application/json)``).
    """
    if is_json_feed(data):
        raise NotText(JSON_FEED)
    head = data[:_XML_HEAD].removeprefix(b"\xef\xbb\xbf").lower()
    prolog = _XML_PROLOG.match(head)
    root = prolog.end() if prolog is not None else 0
    if not head.lstrip().startswith(b"<?xml") and not head.startswith(_XML_ROOTS, root):
        raise NotText(f"not a readable type ({media[:60]})")


def _magic(data: bytes) -> str | None:
    """The media type of a binary format recognised by its first bytes (PNG, PDF, ZIP ...), or None."""
    for magic, media in _MAGIC:
        if data.startswith(magic):
            return media
    return None


async def read_body(response: httpx.Response, url: str, max_bytes: int) -> RawDocument:
    """Read and decode the body within the cap; check the content type (declared, then sniffed).

    A JSON Feed (``application/feed+json``, or JSON whose ``version`` is jsonfeed.org's, whatever the type) is
    refused in one line that says so (``JSON_FEED``), as other JSON is as a type newstui does not read; an
    RSS or Atom feed served as ``application/json`` is read as a feed (``_json_verdict``).
    """
    media, charset = _media_type(response.headers.get("content-type"))
    if media == "application/feed+json":
        raise NotText(JSON_FEED)
    json = media in _JSON_TYPES
    if _refused_type(media) and not json:
        raise NotText(f"not a readable type ({media[:60]})")
    if not _readable(media) and media not in SNIFFED_TYPES and not json:
        raise NotText(f"not a readable type ({media[:60]})")
    length = response.headers.get("content-length", "")
    if length.strip().isdigit() and int(length) > max_bytes:
        raise TooLarge(f"too large (over {human_size(max_bytes)})")
    inflater = _Inflater(_codings(response.headers.get("content-encoding")), max_bytes)
    parts: list[bytes] = []
    raw_size = 0
    if response.is_stream_consumed:  # an in-memory response (httpx.MockTransport) is decoded already
        if len(response.content) > max_bytes:
            raise TooLarge(f"too large (over {human_size(max_bytes)})")
        return _document(response, response.content, media, charset, url)
    try:
        async for chunk in response.aiter_raw():
            raw_size += len(chunk)
            if raw_size > max_bytes:
                raise TooLarge(f"too large (over {human_size(max_bytes)})")
            parts.extend(inflater.feed(chunk))
            if json and inflater.size >= JSON_FEED_HEAD:
                _json_verdict(b"".join(parts), media)  # JSON indeed: refused without reading the rest
                json = False
    except zlib.error:
        raise FetchError("corrupt compressed body") from None
    if raw_size and not inflater.finished:
        if not inflater.size:
            raise FetchError("corrupt compressed body")  # bytes came, none decoded, and the stream never ended
        # Decoded in part, then the stream stopped: the page would be shown cut mid-word, as if whole.
        raise FetchError("compressed body cut short")
    return _document(response, b"".join(parts), media, charset, url)


def _document(response: httpx.Response, data: bytes, media: str, charset: str | None, url: str) -> RawDocument:
    """Check a body's type by its first bytes and wrap it as a RawDocument."""
    if not data or data.isspace():  # (no stripped copy of a large body)
        raise NotReadable("empty response")
    if media in _JSON_TYPES:
        _json_verdict(data, media)
        media = ""  # an RSS or Atom feed a misconfigured server calls JSON: its root element tells what it is
    magic = _magic(data)
    if magic is not None:
        raise NotText(f"not a readable type ({magic})")
    if is_json_feed(data):  # served as text/plain, application/octet-stream …
        raise NotText(JSON_FEED)
    if not _readable(media) and is_binary(data):
        raise NotText(f"not a readable type ({media or 'binary data'})")
    kept = {k: response.headers[k] for k in ("content-type", "content-location") if k in response.headers}
    return RawDocument(
        origin=url,
        data=data,
        content_type=media if _readable(media) else None,
        charset=charset,
        url=str(response.url),
        headers=kept,
    )
