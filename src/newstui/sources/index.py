"""Title-only indexing of folder files: a listable stub per plain-text file, parsed in full when opened.

Imported only when a folder is indexed (by the reader), so its imports are at the top.
"""

from __future__ import annotations

from dataclasses import replace

from newstui.errors import ParseError
from newstui.model import Article, RawDocument
from newstui.parse import parse_document, sniff_kind
from newstui.parse.ids import article_id
from newstui.parse.plaintext_head import quick_head
from newstui.sources.local import content_type_of, read_file, read_listed_bytes
from newstui.text.decode import decode_bytes
from newstui.text.rtl import paragraph_direction
from newstui.text.script import has_rtl_letters

__all__ = ["index_file", "parse_indexed"]


def index_file(path: str, *, cap: int, encoding: str | None = None, listed: bool = False) -> list[Article]:
    """What a folder listing needs of ``path``: a title-only stub, or the parsed articles.

    A plain-text file whose title can be read from its first lines (``parse.plaintext_head.quick_head``,
    which answers exactly what the full parse would, or nothing) becomes one ``Article`` with
    ``indexed_only=True``, the id, title, source and section the full parse gives its first article,
    and no body; its direction is the title's (the full parse counts the letters of the whole story,
    which the title of a right-to-left story agrees with when it starts with an Arabic letter; a
    title that starts with a Latin word in a file holding Arabic letters, ``Google تطلق …``, is
    parsed in full instead). Anything else
    (HTML, feeds, unusual text) is parsed in full, as ``load_sources`` does without indexing.

    Args:
        path: a regular file found by the folder walk.
        cap: byte cap on the file.
        encoding: the user's ``--encoding``, if any.
        listed: a folder listing has just shown ``path`` to be a regular file (``read_listed_bytes``).

    Returns:
        One stub, or the file's articles.

    Raises:
        NotReadable: empty, binary or unreadable file (skipped silently in a folder).
        NewsError: any other reason the file gives no article.
    """
    # Most files of a big folder become a stub: only the bytes and the extension's media type are
    # needed, and a document (as read_file gives) is made for the others.
    data = read_listed_bytes(path, cap=cap) if listed else read_file(path, cap=cap).data
    content_type = content_type_of(path)
    text = decode_bytes(data, forced=encoding, origin=path).text
    if sniff_kind(text, content_type) == "text":
        head = quick_head(text)
        direction = paragraph_direction(head.title, "rtl") if head is not None and head.title else None
        if head is not None and direction is not None and not (direction == "ltr" and has_rtl_letters(text)):
            return [
                Article(
                    id=article_id(path, 0),
                    title=head.title,
                    source=head.source,
                    section=head.section,
                    origin=path,
                    direction=direction,
                    indexed_only=True,
                )
            ]
    return parse_document(RawDocument(origin=path, data=data, content_type=content_type), encoding=encoding)


def parse_indexed(stub: Article, *, cap: int, encoding: str | None = None) -> list[Article]:
    """Read and parse the file behind an indexed stub; its first article keeps the stub's id.

    Returns:
        The file's articles (the first one replacing the stub, the others new).

    Raises:
        NewsError: the file is gone, changed into something unreadable, or holds no article now.
    """
    articles = parse_document(read_file(stub.origin, cap=cap), encoding=encoding)
    if not articles:
        raise ParseError("no article text found")
    first = articles[0]
    if first.id != stub.id:  # the full parse numbers from the same origin, so this is a safeguard
        first = replace(first, id=stub.id)
    return [first, *articles[1:]]
