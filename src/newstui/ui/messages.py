"""App-wide messages: source loading progress and fetched pages, posted by workers to the reader screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from newstui.model import Article


class SourcesLoaded(Message):
    """Sources finished loading (with articles, or with errors): the reader takes them from its queue.

    One message stands for every result queued since the last one was handled, so a folder of
    10,000 files costs a few messages, not 10,000.
    """


@dataclass
class SourcesDone(Message):
    """Every source has been tried."""

    total: int
    """How many sources there were."""


@dataclass
class PageFetched(Message):
    """A web page behind a related link was fetched and parsed."""

    url: str
    """The link's URL."""
    articles: tuple[Article, ...]
    """The articles the page held (the first is the story)."""


@dataclass
class FetchFailed(Message):
    """Fetching a related link's page failed; the reader stays where it was."""

    url: str
    """The link's URL."""
    error: str
    """One-line reason, already sanitized."""


@dataclass
class EntryFetched(Message):
    """The full page of feed entry ``article_id`` arrived."""

    article_id: str
    articles: tuple[Article, ...]


@dataclass
class EntryFailed(Message):
    """The full page of feed entry ``article_id`` could not be fetched; its summary stays."""

    article_id: str
    error: str


@dataclass
class IndexedParsed(Message):
    """The big file behind title-only folder entry ``article_id`` was parsed on a thread."""

    article_id: str
    articles: tuple[Article, ...]


@dataclass
class IndexedFailed(Message):
    """The file behind title-only folder entry ``article_id`` could not be read; its title stays."""

    article_id: str
    error: str
    """One-line reason, already sanitized."""
