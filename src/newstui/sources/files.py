"""Local sources to articles: one file, one folder file, piped input (read and parsed in the calling thread)."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, BinaryIO, Final

from newstui.errors import (
    FeedList,
    NewsError,
    NotReadable,
    SiteMap,
    SourceNotFound,
    UsageError,
    error_line,
    traceback_text,
)
from newstui.model import Article, Link, LoadResult

if TYPE_CHECKING:
    from newstui.parse import Parsed
    from newstui.sources.options import LoadOptions

__all__ = [
    "bug_result",
    "file_articles",
    "file_parsed",
    "file_result",
    "folder_file_result",
    "is_folder",
    "parsed_result",
    "stdin_parsed",
    "with_file_links",
]


def file_articles(path: str, options: LoadOptions, *, listed: bool = False) -> list[Article]:
    """The articles of one file (``file_parsed``'s, without its note: a folder's files)."""
    return file_parsed(path, options, listed=listed).articles


def file_parsed(path: str, options: LoadOptions, *, listed: bool = False) -> Parsed:
    """The articles of one file, with a note when its encoding was guessed (``parse.parse_noted``).

    Args:
        path: the file as named (a ``javascript:``-like name that is no file is an unsupported address).
        options: size cap and forced encoding.
        listed: a folder listing has just shown it to be a regular file (no link is followed).

    Raises:
        NewsError: any subclass (SourceNotFound, NotReadable, TooLarge, ParseError, UsageError ...).
    """
    from newstui.parse import parse_noted
    from newstui.sources.local import read_file, read_listed_file

    cap = options.max_file_bytes
    piped = None if listed or not options.piped_files else dict(options.piped_files).get(path)
    if piped is not None:  # a pipe named on the command line, read by it once
        if not isinstance(piped, bytes):
            raise piped
        from newstui.model import RawDocument

        return parse_noted(RawDocument(origin=path, data=piped), encoding=options.encoding)
    try:
        document = read_listed_file(path, cap=cap) if listed else read_file(path, cap=cap)
    except SourceNotFound:
        from newstui.addresses import opaque_scheme

        scheme = None if listed else opaque_scheme(path)
        if scheme is not None:  # "javascript:alert(1)", "data:,x": an address, not a missing file
            raise UsageError(f"unsupported URL scheme ({scheme[:20]}:); use http:// or https://") from None
        if not listed and path.endswith(("/", os.sep)):
            raise SourceNotFound("no such folder") from None
        raise
    return with_file_links(parse_noted(document, encoding=options.encoding), document.data, encoding=options.encoding)


def stdin_parsed(stream: BinaryIO, options: LoadOptions) -> Parsed:
    """The articles of piped input (``-``), read from ``stream`` up to the file size cap, with their note.

    Raises:
        NewsError: any subclass, as for a file.
    """
    from newstui.parse import parse_noted
    from newstui.sources.local import read_stdin

    document = read_stdin(stream, cap=options.max_file_bytes)
    return parse_noted(document, encoding=options.encoding)


_PAGE_ENDINGS: Final = (".html", ".htm", ".xhtml")
"""How a local HTML page's name ends (``link_match.PAGE_EXTENSIONS``), told before anything is imported."""
_FILE_HREF: Final = re.compile(rb"""(?i)href\s*=\s*["']?\s*file:""")
"""An anchor's ``file:`` address in a page's bytes (looked for once ``b"file:"`` is there at all)."""


def with_file_links(parsed: Parsed, data: bytes, *, encoding: str | None = None) -> Parsed:
    """``parsed``, a local HTML page's articles (``link_match.is_page_file``), with the links of its own story that
    name a story file by a relative path (``b.html``, ``sub/c.txt``) or a ``file:`` URL given that address, which a
    page without a base address (no ``<base>``, canonical or ``og:url``) leaves them without, or drops (``file:``).

    The parser keeps only web addresses; a page saved in a folder links its neighbours by their names, as a browser
    opening it follows them. The address given is the relative path (unescaped, without its fragment) or the
    ``file:`` URL as written; ``link_match.linked_file`` finds the story loaded from that file (only one loaded
    from the sources given: never another file). Other pages and links are returned as they are, at the cost of a
    look at the page's links only when one is without an address or the page holds a ``file:`` one.
    """
    articles = parsed.articles
    if not articles or not articles[0].origin.lower().endswith(_PAGE_ENDINGS):
        return parsed  # (a text file: nothing more imported, as a folder's helper process reads thousands)
    from newstui.link_match import is_page_file

    if not is_page_file(articles[0].origin):
        return parsed
    page = articles[0]
    if not any(link.url is None for link in page.related) and (b"file:" not in data or not _FILE_HREF.search(data)):
        return parsed
    try:
        related = _page_file_links(page, data, encoding)
    except Exception:  # noqa: BLE001 - a second look at the links: the parser's reading stands if it fails
        return parsed
    if related == page.related:
        return parsed
    return parsed._replace(articles=[page.with_related(related), *articles[1:]])


def _page_file_links(page: Article, data: bytes, encoding: str | None) -> tuple[Link, ...]:
    """``page``'s related links, those naming a story file by a relative path or a ``file:`` URL given it as their
    address (``with_file_links``), in the order of the page's anchors: the related blocks read again
    (``html_links.related_blocks``), each anchor taken as ``html_links.related_links`` takes it."""
    import lxml.html

    from newstui.link_match import file_key, page_link_path
    from newstui.parse.html_links import MAX_LINKS, link_title, related_blocks
    from newstui.parse.markers import match_marker
    from newstui.text.decode import decode_bytes
    from newstui.text.sanitize import sanitize_line

    text = decode_bytes(data, forced=encoding, origin=page.origin).text
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    links = page.related
    found: list[Link] = []
    taken = 0
    named: set[str] = set()
    for block, kind in related_blocks(root):
        for anchor in [block] if block.tag == "a" else block.iter("a"):
            href = (anchor.get("href") or "").strip()
            title = link_title(anchor) or sanitize_line(anchor.get("title") or "")
            if kind == "read-also" and (marked := match_marker(title)) is not None and marked[1]:
                title = marked[1]
            path = page_link_path(href, page.origin) if href else None
            if href[:5].lower() == "file:":  # the parser dropped it: it joins the links, once per file
                if path is None or len(title) < 3 or file_key(path) in named:
                    continue
                if len(found) + len(links) - taken >= MAX_LINKS:
                    continue
                named.add(file_key(path))
                found.append(Link(title, sanitize_line(href), None, kind))
            elif taken < len(links) and links[taken].title == title:
                link = links[taken]
                taken += 1
                if link.url is None and path is not None:
                    link = Link(link.title, sanitize_line(_relative(href)), link.target, link.kind)
                    named.add(file_key(path))
                found.append(link)
    return (*found, *links[taken:])


def _relative(href: str) -> str:
    """A relative link's path as it names a file: unescaped, without its query and fragment."""
    from urllib.parse import unquote

    return unquote(href.split("#", 1)[0].split("?", 1)[0])


def parsed_result(origin: str, parsed: Parsed) -> LoadResult:
    """A source's result from its parsed document: its articles, what a feed left out, how it was read."""
    from newstui.parse.feed_notes import feed_note, feed_remarks

    return LoadResult(
        origin=origin,
        articles=tuple(parsed.articles),
        error=feed_note(parsed.articles),  # a feed's list carries its note (``FeedArticles``), a tuple does not
        notes=((parsed.note,) if parsed.note else ()) + feed_remarks(parsed.articles),
    )


def file_result(path: str, options: LoadOptions) -> LoadResult:
    """One file named on the command line as ``load_sources`` reports it: its articles, or its error.

    A list of feeds (OPML) is reported with neither, as ``load_sources`` does without
    ``open_feed_lists``: the caller opens its feeds.
    """
    try:
        parsed = file_parsed(path, options)
    except FeedList:
        return LoadResult(origin=path)
    except NewsError as error:
        return LoadResult(origin=path, error=error.message)
    except OSError as error:  # (``local`` turns the file's own failures into NewsErrors; one it missed)
        from newstui.sources.local import os_error

        return LoadResult(origin=path, error=os_error(error).message)
    except Exception as error:  # noqa: BLE001 - a bug on one source: told as one (``bug_result``), the others load
        return bug_result(path, error)
    return parsed_result(path, parsed)


def bug_result(origin: str, error: Exception) -> LoadResult:
    """A source stopped by a bug in newstui (not a NewsError): its ``unexpected error`` line and traceback.

    Only the loops over sources make one (a bad file of 10,000 in a folder must not cost the others);
    ``--print`` and ``--json`` exit 70 on it, the reader tells it as a bug.
    """
    return LoadResult(origin=origin, error=error_line(error), traceback=traceback_text(error))


def folder_file_result(path: str, options: LoadOptions) -> LoadResult | None:
    """One file of a folder as ``load_sources`` reports it; None when it is skipped.

    Binary, empty and device files, lists of feeds (OPML) and sites' maps are skipped silently in a folder; any
    other failure is the file's error. With ``index_folders`` a plain-text file is a title-only entry. A file
    whose encoding was guessed carries the note (``LoadResult.notes``), as a file named on the command line.
    """
    try:
        if options.index_folders:
            from newstui.sources.index import index_noted

            parsed = index_noted(path, cap=options.max_file_bytes, encoding=options.encoding, listed=True)
        else:
            parsed = file_parsed(path, options, listed=True)
    except (NotReadable, FeedList, SiteMap):
        return None
    except NewsError as error:
        return LoadResult(origin=path, error=error.message)
    except OSError as error:  # (``local`` turns the file's own failures into NewsErrors; one it missed)
        from newstui.sources.local import os_error

        return LoadResult(origin=path, error=os_error(error).message)
    except Exception as error:  # noqa: BLE001 - a bug on one file must not stop the folder: told as a bug
        return bug_result(path, error)
    from newstui.parse.feed_notes import feed_note

    articles, note = parsed
    # Its note (an encoding guessed) names the file, as for a file named on the command line.
    return LoadResult(origin=path, articles=tuple(articles), error=feed_note(articles), notes=(note,) if note else ())


def is_folder(ref: str) -> bool:
    """Whether a path names a folder (following symbolic links); False for anything that fails."""
    try:
        return os.path.isdir(ref)
    except (OSError, ValueError):
        return False
