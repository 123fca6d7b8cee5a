"""Local sources to articles: one file, one folder file, piped input (read and parsed in the calling thread)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, BinaryIO

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
from newstui.model import Article, LoadResult

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
    return parse_noted(document, encoding=options.encoding)


def stdin_parsed(stream: BinaryIO, options: LoadOptions) -> Parsed:
    """The articles of piped input (``-``), read from ``stream`` up to the file size cap, with their note.

    Raises:
        NewsError: any subclass, as for a file.
    """
    from newstui.parse import parse_noted
    from newstui.sources.local import read_stdin

    document = read_stdin(stream, cap=options.max_file_bytes)
    return parse_noted(document, encoding=options.encoding)


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
