"""Title-only indexing of folder files: a listable stub per plain-text file, parsed in full when opened (or dated).

Imported only when a folder is indexed (by the reader), so its imports are at the top.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Final

from newstui.errors import ParseError
from newstui.model import Article, RawDocument
from newstui.parse import Parsed, forced_encoding_note, guessed_encoding_note, parse_document, parse_noted, sniff_kind
from newstui.parse.ids import article_id
from newstui.parse.plaintext_addresses import address_of, home_address
from newstui.parse.plaintext_cues import embed_under_lead
from newstui.parse.plaintext_head import QUICK_CHARS, QuickHead, quick_head
from newstui.parse.plaintext_lines import lead_title
from newstui.sources.local import content_type_of, read_file, read_listed_bytes
from newstui.text.decode import decode_bytes
from newstui.text.rtl import paragraph_direction
from newstui.text.sanitize import is_clean, sanitize_line
from newstui.text.script import has_rtl_letters

__all__ = ["Dated", "dated_entries", "edited_entries", "entry_date", "index_file", "index_noted", "parse_indexed"]


def index_file(path: str, *, cap: int, encoding: str | None = None, listed: bool = False) -> list[Article]:
    """``index_noted``'s articles alone."""
    return index_noted(path, cap=cap, encoding=encoding, listed=listed).articles


def index_noted(path: str, *, cap: int, encoding: str | None = None, listed: bool = False) -> Parsed:
    """What a folder listing needs of ``path``: a title-only stub, or the parsed articles; with the note on how
    it was read (``parse.parse_noted``'s: an encoding guessed), which a stub costs nothing more when the
    decoding was no guess.

    A plain-text file whose title can be read from its first lines (``parse.plaintext_head.quick_head``,
    which answers exactly what the full parse would, or nothing) becomes one ``Article`` with
    ``indexed_only=True``, the id, title, source and section the full parse gives its first article,
    its web address when an address line stands by its headline or lead (``head_url``), and no body;
    its direction is the title's (the full parse counts the letters of the whole story,
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
        One stub, or the file's articles; and the note.

    Raises:
        NotReadable: empty, binary or unreadable file (skipped silently in a folder).
        NewsError: any other reason the file gives no article.
    """
    # Most files of a big folder become a stub: only the bytes and the extension's media type are
    # needed, and a document (as read_file gives) is made for the others.
    data = read_listed_bytes(path, cap=cap) if listed else read_file(path, cap=cap).data
    content_type = content_type_of(path)
    decoded = decode_bytes(data, forced=encoding, origin=path)
    text = decoded.text
    if sniff_kind(text, content_type) == "text":
        head = quick_head(text)
        direction = paragraph_direction(head.title, "rtl") if head is not None and head.title else None
        if head is not None and direction is not None and not (direction == "ltr" and has_rtl_letters(text)):
            note = None
            if not decoded.confident or decoded.unread:  # (the usual file: UTF-8, read as such, nothing more)
                note = guessed_encoding_note(decoded)
            if note is None and encoding is not None:
                note = forced_encoding_note(decoded, encoding)
            stub = [
                Article(
                    id=article_id(path, 0),
                    title=head.title,
                    source=head.source,
                    section=head.section,
                    url=head_url(text, head),
                    origin=path,
                    direction=direction,
                    indexed_only=True,
                )
            ]
            return Parsed(stub, note)
    from newstui.sources.files import with_file_links

    parsed = parse_noted(RawDocument(origin=path, data=data, content_type=content_type), encoding=encoding)
    return with_file_links(parsed, data, encoding=encoding)  # (a page's links to its folder's files by name)


_URL_LINES: Final = 12
"""Most non-blank lines ``head_url`` reads looking for the line that gives the title."""
_TITLE_PREFIX: Final = 16
"""Characters of the title a line must start with to be the one it comes from (then checked in full)."""


def head_url(text: str, head: QuickHead) -> str | None:
    """The web address the full parse gives a document's first article, when its line stands by the title.

    ``quick_head`` reads past an address line between the head and the lead (the page's address,
    ``https://…`` under the headline or above the lead); the full parse makes it the article's ``url``
    (the first address line of its body). This finds that line again among the first lines: the line
    right under the headline, or the one right above the line the title comes from (a headline, or a
    lead whose first sentence it is), when ``parse.plaintext_addresses.address_of`` takes it for an
    address, and it is not the site's name above the headline (``head.source``, ``www.example.com``, or a site's
    home alone on the first line, ``https://www.example.com/``). Anything less clear (two address lines around
    the title, a title not found in the first lines; under a title line, a social post's or media's address,
    one the title line announces, or the first of several address lines: embeds under a lead) gives None: a
    title-only entry without an address, which gets it when it is parsed. A few ``str`` operations on the
    first lines of a file.

    Args:
        text: the decoded document ``quick_head`` answered for, not yet sanitized.
        head: its answer.

    Returns:
        The address (as ``address_of`` gives it), or None.
    """
    title = head.title
    prefix = title[:_TITLE_PREFIX]
    above: str | None = None  # the address of the last non-blank line, if it was one (not the site's name)
    titled = False  # the last non-blank line was the title itself (a headline)
    start, seen, size = 0, 0, len(text)
    while start < size and seen < _URL_LINES:
        end = text.find("\n", start)
        end = size if end < 0 else end
        if end > QUICK_CHARS:
            return None  # past what quick_head reads
        line = text[start:end].strip()
        start = end + 1
        if not line:
            continue
        seen += 1
        if " " in line and not line.startswith(prefix):  # (most lines: prose, a byline) no address, not the title
            if titled:
                return above
            above = None
            continue
        if line == title and not titled:
            titled = True  # a headline: its address may be under it
            continue
        if above is None and not titled and " " in line:
            return None  # the lead (or a headline the sanitizer changes), no address above it
        if not is_clean(line):
            line = sanitize_line(line)
        address = address_of(line) if " " not in line and line != head.source else None
        if address is not None and seen == 1 and home_address(address):
            address = None  # the site's home over the headline: its name, not the story's address
        if titled:  # the line under a headline (or under a lead that is one sentence)
            if address is not None:
                return address if above is None and not _embed_under(title, address, text, start) else None
            return above
        if line.startswith(prefix):
            if line == title:
                titled = True  # its address may be under it
                continue
            # The lead: its address is the line above it, if that was one.
            return above if above is not None and lead_title(line) == title else None
        above = address
    return above if titled else None


def _embed_under(title: str, address: str, text: str, start: int) -> bool:
    """Whether the ``address`` line under the ``title`` line (the next line from ``start`` on) may be an embed the
    full parse keeps in the text when the title is a lead's (``embed_under_lead``, the parser's own rule), an
    address line under it making it one of a list of links."""
    end = text.find("\n", start)
    while end >= 0 and not text[start:end].strip() and end < QUICK_CHARS:
        start, end = end + 1, text.find("\n", end + 1)
    following = (text[start:] if end < 0 else text[start:end]).strip()
    return embed_under_lead(address, title, address_beside=" " not in following and address_of(following) is not None)


def parse_indexed(stub: Article, *, cap: int, encoding: str | None = None) -> list[Article]:
    """Read and parse the file behind an indexed stub; its first article keeps the stub's id.

    Returns:
        The file's articles (the first one replacing the stub, the others new), in a list that carries
        what the parse left out (``feed_notes.feed_note``: a text cut at its line cap, a feed at its entries').

    Raises:
        NewsError: the file is gone, changed into something unreadable, or holds no article now.
    """
    from newstui.parse.feed_notes import FeedArticles, feed_note

    articles = parse_document(read_file(stub.origin, cap=cap), encoding=encoding)
    if not articles:
        raise ParseError("no article text found")
    first = articles[0]
    if first.id != stub.id:  # the full parse numbers from the same origin, so this is a safeguard
        first = replace(first, id=stub.id)
    return FeedArticles([first, *articles[1:]], feed_note(articles))  # (what the file left out, if it was cut)


def edited_entries(
    listed: Iterable[Article],
    loaded: Callable[[str], Article | None],
    stamps: Mapping[str, str | None],
    *,
    known: Collection[str] = (),
    sync_bytes: int,
) -> tuple[list[Article], dict[str, str]]:
    """Which folder entries a reload lists that must be read again, their story having been opened.

    A folder is listed by headline, so an edit that keeps the headline is not in the listing: the file
    of each story opened from it (``loaded(id)`` is parsed, from the same file) is compared by its
    stamp (``folder_cache.file_stamp``) with the one taken when it was parsed (``stamps``; a story with
    none, such as the folder's first, which the helper process parsed, counts as changed).

    Args:
        listed: the entries the reload listed.
        loaded: the story of an id as the reader has it, or None.
        stamps: each parsed entry's stamp.
        known: ids found edited already.
        sync_bytes: a file bigger than this is not read now.

    Returns:
        The entries to parse now, and the stamps to note for big files seen for the first time
        (their next edit will tell).
    """
    from newstui.sources.folder_cache import file_stamp

    again: list[Article] = []
    noted: dict[str, str] = {}
    for article in listed:
        if not article.indexed_only or article.id in known:
            continue
        story = loaded(article.id)
        if story is None or story.indexed_only or story.origin != article.origin:
            continue
        stamp = file_stamp(article.origin)
        if stamp is None or stamps.get(article.id, "") == stamp:
            continue
        try:
            big = os.stat(article.origin).st_size > sync_bytes
        except (OSError, ValueError):
            continue
        if big and article.id not in stamps:
            noted[article.id] = stamp
            continue
        again.append(article)
    return again, noted


Dated = tuple[str, str, str | None, str | None]
"""A title-only entry's (id, file, publication date or None, the file's stamp while it was read or None)."""


def entry_date(origin: str, *, cap: int, encoding: str | None = None) -> str | None:
    """The publication date the full parse gives the first story of the file behind a title-only entry, or None.

    A title-only listing reads a file's first lines for its title, never its date (``index_file``): the
    date is read, when the list is sorted by it, with the parse that opening the story makes, so the
    date a row shows is the one the opened story has.

    Raises:
        NewsError, OSError: the file cannot be read or holds no article now.
    """
    articles = parse_document(read_file(origin, cap=cap), encoding=encoding)
    return articles[0].published if articles else None


def dated_entries(
    entries: Iterable[tuple[str, str]],
    *,
    cap: int,
    encoding: str | None = None,
    stopped: Callable[[], bool] = lambda: False,
) -> Iterator[Dated]:
    """The publication date of each ``(id, file)`` title-only entry (``entry_date``), one file at a time.

    Meant for a worker thread, which takes the answers in batches. A file the folder cache knows to have
    no date under its current stamp (``folder_cache.known_undated``) is not read; a file that cannot be
    read, or that the parser fails on, has no date (opening it tells why). The stamp is the file's
    (``folder_cache.file_stamp``) when it was the same before and after the read (None otherwise): what the
    folder cache may remember the date under. Stops before the next file once ``stopped()``.
    """
    from newstui.sources.folder_cache import file_stamp, known_undated

    for entry, origin in entries:
        if stopped():
            return
        before = file_stamp(origin)
        if before is not None and known_undated(origin, before):
            yield entry, origin, None, None
            continue
        try:
            published = entry_date(origin, cap=cap, encoding=encoding)
        except Exception:  # noqa: BLE001 - an unreadable file (or a parser bug) is told when it is opened
            published = None
        stamp = before if before is not None and file_stamp(origin) == before else None
        yield entry, origin, published, stamp
