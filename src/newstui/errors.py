"""The one exception tree of newstui; the UI and the CLI catch only these.

    NewsError                    anything newstui reports to the user as one line
    ├── UsageError               bad command-line arguments or option values
    ├── SourceError              a source could not be read
    │   ├── SourceNotFound       no such file, folder or stdin
    │   ├── NotReadable          binary, empty, a device, or an unsupported content type
    │   │   └── NotText          a web address of a type newstui does not read (a PDF, a picture)
    │   ├── TooLarge             over the size cap (file, HTTP body, decompressed body)
    │   └── FetchError           HTTP/network failure (status, timeout, TLS, DNS, redirects)
    ├── ParseError               text that holds no article (e.g. not a feed, no paragraphs)
    │   ├── FeedList             a list of feeds (OPML): the loader opens the feeds in its place
    │   ├── SiteMap              a site's map (sitemaps.org): a list of pages, left out of a folder
    │   └── BrokenFeedList       a list of feeds that is not well-formed XML
    └── OutputError              the output could not be written (closed, disk full, I/O error)

Every error carries a message that is already sanitized and fits on one line; ``error_line`` gives
the same line for anything else that reaches the user (a bug: newstui's own, or a library's that newstui
did not wrap), and ``bug_line`` adds where to see its traceback (exit status 70).
"""

from __future__ import annotations

import os
from typing import Final


class NewsError(Exception):
    """Base class: a failure the user sees as ``newstui: <origin>: <message>``."""

    def __init__(self, message: str, *, origin: str | None = None) -> None:
        from newstui.text.sanitize import sanitize_line

        self.message = sanitize_line(message)
        self.origin = shown_origin(origin) if origin is not None else None
        super().__init__(self.message)

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}" if self.origin else self.message


class UsageError(NewsError):
    """Bad command-line arguments or option values."""


class SourceError(NewsError):
    """A source could not be read."""


class SourceNotFound(SourceError):
    """No such file, folder or input."""


class NotReadable(SourceError):
    """Binary, empty, a device, or a content type newstui cannot show."""


class NotText(NotReadable):
    """A web address whose content is of a type newstui does not read (a PDF, a picture, audio): a browser can
    open it (the reader hands a related link's such page to the browser)."""


class TooLarge(SourceError):
    """Over the size cap."""


class FetchError(SourceError):
    """An HTTP or network failure: status, timeout, TLS, DNS, redirects."""


class ParseError(NewsError):
    """Text that holds no article."""


class FeedList(ParseError):
    """A list of feeds (OPML), not a story: ``load_sources`` opens the feeds it names in its place.

    Anywhere else (a folder's file, a related link, a page opened with ``g``) it is what it says: a
    source that holds no article.
    """

    def __init__(self, feeds: tuple[str, ...], *, refused: int = 0, relative: tuple[str, ...] = ()) -> None:
        count = len(feeds)
        super().__init__(f"a list of {count:,} feed{'s' if count != 1 else ''} (OPML), not a story")
        self.feeds = feeds
        """The http(s) addresses it names, each once, in its order."""
        self.refused = refused
        """Feed addresses in it that are not opened: another scheme, control characters, too long."""
        self.relative = relative
        """Why each outline whose address is relative was not opened (a list read from a file has no address
        to resolve it against), one line naming the outline, in order."""

    def relative_reason(self) -> str | None:
        """The line telling the outlines with a relative address: the first one's reason, the others counted;
        None when there are none."""
        if not self.relative:
            return None
        more = len(self.relative) - 1
        return self.relative[0] + (f"; {more:,} more relative address{'es' if more != 1 else ''}" if more else "")


class SiteMap(ParseError):
    """A site's map (sitemaps.org ``<urlset>``, ``<sitemapindex>``): a list of a site's pages, no story and no feed.
    A folder's file of this kind is left out silently, as a list of feeds is."""

    def __init__(self) -> None:
        super().__init__("a sitemap (a list of a site's pages), not a feed")


class BrokenFeedList(ParseError):
    """A list of feeds (OPML) that is not well-formed XML (a text that only starts like one is read as text)."""


class OutputError(NewsError):
    """The output could not be written: standard output closed, the disk full, an I/O error."""


def shown_origin(origin: str) -> str:
    """Where a story or a failure came from, as the user is shown it: a file's path as ``sanitize.visible_path``
    shows it (a bidi control, a line break or another invisible character written as its escape, so two paths
    never look the same), an address so too, its password masked and a look-alike host in ASCII
    (``addresses.shown_address``), an empty path as ``''`` (``newstui ''``, an unset variable's).
    ``--json`` keeps ``addresses.display_origin``'s form."""
    if not origin:
        return "''"
    from newstui.addresses import is_url, shown_address
    from newstui.text.sanitize import visible_path

    return shown_address(origin) if is_url(origin) else visible_path(origin)


def quoted(value: str) -> str:
    """A value the user gave, quoted as ``repr`` quotes it for an error line; a byte of the command line that
    is not UTF-8 (a lone surrogate, U+DC80 to U+DCFF) shows as U+FFFD, not as the escape ``'\\udc9b'``."""
    return repr("".join("\ufffd" if "\udc80" <= char <= "\udcff" else char for char in value))


def os_reason(error: OSError) -> str:
    """The system's words for a failed call, without the path it names ("no space left on device"); the
    error's type when it has none."""
    reason = error.strerror
    return reason[:1].lower() + reason[1:] if reason else type(error).__name__


MAX_UNEXPECTED: int = 200
"""Characters of an unexpected error's line (its repr may quote a whole document)."""


def error_line(error: BaseException) -> str:
    """What the user is told of a failure: a NewsError's message, or ``unexpected error: Type: text``.

    Both are one sanitized line; an unexpected error's is cut to ``MAX_UNEXPECTED`` characters.
    """
    if isinstance(error, NewsError):
        return error.message
    from newstui.text.sanitize import sanitize_line

    return sanitize_line(f"unexpected error: {type(error).__name__}: {error}")[:MAX_UNEXPECTED]


DEBUG_HINT: Final = "NEWSTUI_DEBUG=1 shows where"
"""What a bug's line says after its error (the command line's top-level handler's words)."""


def bug_line(error: BaseException | str) -> str:
    """A bug's one line: ``unexpected error: Type: text (NEWSTUI_DEBUG=1 shows where)`` (``error`` may be the
    ``error_line`` already made)."""
    line = error if isinstance(error, str) else error_line(error)
    return f"{line} ({DEBUG_HINT})"


def debugging() -> bool:
    """Whether ``NEWSTUI_DEBUG`` is set: a bug's traceback is shown, not only its line."""
    return bool(os.environ.get("NEWSTUI_DEBUG"))


def traceback_text(error: BaseException) -> str:
    """``error``'s traceback as Python prints it, each line sanitized (its message may quote a hostile page)."""
    import traceback

    from newstui.text.sanitize import sanitize_text

    return sanitize_text("".join(traceback.format_exception(error)).rstrip("\n"))
