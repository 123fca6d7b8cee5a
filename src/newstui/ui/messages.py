"""App-wide messages: source loading progress and fetched pages, posted by workers to the reader screen.

Plain ``Message`` subclasses with their own ``__init__`` (Textual's usual form): a dataclass per
message would generate its methods with ``exec`` when the reader starts, ~0.5 ms each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from newstui.model import Article, LoadResult

if TYPE_CHECKING:
    from textual.widget import Widget


class SourcesLoaded(Message):
    """Sources finished loading (with articles, or with errors): the reader takes them from its queue.

    One message stands for every result queued since the last one was handled, so a folder of
    10,000 files costs a few messages, not 10,000.
    """


class SourcesDone(Message):
    """Every source has been tried."""

    def __init__(self, total: int) -> None:
        super().__init__()
        self.total = total
        """How many sources there were."""


class FindStep(Message):
    """The find box asks for the next (``step`` 1) or previous (-1) match, or to close (``step`` 0, Esc)."""

    def __init__(self, box: Widget, step: int) -> None:
        super().__init__()
        self.box = box
        self.step = step

    @property
    def control(self) -> Widget:
        """The box that sent the message (what ``@on(..., "#find")`` matches)."""
        return self.box


class FilterCleared(Message):
    """The user closed the list's filter box with Esc (defined here: the box's module loads on the first /)."""

    def __init__(self, box: Widget) -> None:
        super().__init__()
        self.box = box

    @property
    def control(self) -> Widget:
        """The box that sent the message (what ``@on(..., "#filter")`` matches)."""
        return self.box


class PageFetched(Message):
    """A web page behind a related link was fetched and parsed."""

    def __init__(self, url: str, articles: tuple[Article, ...]) -> None:
        super().__init__()
        self.url = url
        """The link's URL."""
        self.articles = articles
        """The articles the page held (the first is the story)."""


class Reloaded(Message):
    """The sources were loaded again (``r``): the reader adds the stories it has not seen."""

    def __init__(self, results: list[LoadResult], *, quiet: bool = False) -> None:
        super().__init__()
        self.results = results
        """One result per source (a folder's files each), as ``load_sources`` returns them."""
        self.quiet = quiet
        """Started by the refresh timer, not by ``r``: nothing is said when nothing is new."""


class FetchFailed(Message):
    """Fetching a related link's page failed; the reader stays where it was."""

    def __init__(self, url: str, error: str, *, not_text: bool = False) -> None:
        super().__init__()
        self.url = url
        """The link's URL."""
        self.error = error
        """One-line reason, already sanitized."""
        self.not_text = not_text
        """The page is of a type newstui does not read (``errors.NotText``: a PDF, a picture): a browser can."""


class SourcesOpened(Message):
    """What a source named in the Open box (a file, a folder, a list of feeds) gave since the last one."""

    def __init__(
        self, source: str, results: tuple[LoadResult, ...], *, done: bool = False, stopped: bool = False
    ) -> None:
        super().__init__()
        self.source = source
        """The source as typed (a path, or a list's URL)."""
        self.results = results
        """The results that landed since the last message, in the order they landed."""
        self.done = done
        """The last message for this source: nothing more will come."""
        self.stopped = stopped
        """Its load was stopped before it ended (something else was opened)."""


class FeedListFetched(Message):
    """An address typed in the Open box is a list of feeds (OPML): the reader loads the feeds it names."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        """The list's URL."""


class EntryFetched(Message):
    """The full page of feed entry ``article_id`` arrived."""

    def __init__(self, article_id: str, articles: tuple[Article, ...]) -> None:
        super().__init__()
        self.article_id = article_id
        self.articles = articles


class EntryFailed(Message):
    """The full page of feed entry ``article_id`` could not be fetched; its summary stays."""

    def __init__(self, article_id: str, error: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.error = error


class IndexedParsed(Message):
    """The big file behind title-only folder entry ``article_id`` was parsed on a thread."""

    def __init__(self, article_id: str, articles: tuple[Article, ...], note: str | None = None) -> None:
        super().__init__()
        self.article_id = article_id
        self.articles = articles
        self.note = note
        """What the file's parse left out (``feed_notes.feed_note``), or None."""


class IndexedFailed(Message):
    """The file behind title-only folder entry ``article_id`` could not be read; its title stays."""

    def __init__(self, article_id: str, error: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.error = error
        """One-line reason, already sanitized."""


class EntriesDated(Message):
    """A worker read the dates of title-only folder entries (the list is sorted newest first)."""

    def __init__(self, run: int, dated: tuple[tuple[str, str, str | None, str | None], ...], *, finished: bool) -> None:
        super().__init__()
        self.run = run
        """Which run of the dating worker read them (a stopped run's are dropped)."""
        self.dated = dated
        """(id, file, date or None, the file's stamp while it was read or None) of each (``index.Dated``)."""
        self.finished = finished
        """The worker's last message: every entry it was given is in."""
