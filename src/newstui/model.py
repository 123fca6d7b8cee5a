"""Plain frozen data: Article, Link, RawDocument and LoadResult; no I/O, no Rich, no Textual."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import Any, Literal, TypeVar

Direction = Literal["rtl", "ltr"]
"""Base direction of an article or paragraph."""

LinkKind = Literal["read-also", "related", "parent", "media"]
"""How a link relates to its article: an embedded read-also story, a related title, the parent story, or a
feed entry's media (a podcast's audio, a video: an enclosure, ``media:content``), which is no story."""

_Model = TypeVar("_Model", bound=type)


def _pickled_by_fields(cls: _Model) -> _Model:
    """Pickle instances as the class called with their field values (helper processes send results).

    The ``__getstate__``/``__setstate__`` dataclasses generate for slotted classes look each field up
    and set it one by one in Python; this halves the cost of sending and receiving a folder's results.
    """
    names = [item.name for item in fields(cls)]
    values = attrgetter(*names) if len(names) > 1 else (lambda self: (getattr(self, names[0]),))

    def __reduce__(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Link:
    """A link from one article to another story."""

    title: str
    """The link's text as the source wrote it (sanitized, logical order)."""
    url: str | None = None
    """Absolute http(s) URL when the source gave one; a site path (``/archives/7``) as written when a text file
    gave one under a link's title and no address of its own to resolve it against."""
    target: str | None = None
    """Id of a loaded article this link resolves to, else None."""
    kind: LinkKind = "related"

    def to_json(self) -> dict[str, Any]:
        """The link as the JSON contract's dict (a URL's password masked: ``addresses.without_password``)."""
        return {"title": self.title, "url": _shown_url(self.url), "target": self.target, "kind": self.kind}


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One news story, as parsed from a source. Text is sanitized and in logical order."""

    id: str
    title: str
    paragraphs: tuple[str, ...] = ()
    source: str | None = None
    section: str | None = None
    attribution: str | None = None
    """Who the story is credited to at its end (``المصدر: …``: an agency, another paper)."""
    author: str | None = None
    """Who wrote it: a feed entry's author, a page's byline, a ``كتب: …`` / ``By …`` line above the text."""
    published: str | None = None
    """ISO 8601 date or date-time."""
    url: str | None = None
    origin: str = "-"
    """Where it came from: a path, a URL or "-" for stdin."""
    language: str | None = None
    direction: Direction = "rtl"
    keywords: tuple[str, ...] = ()
    related: tuple[Link, ...] = ()
    summary_only: bool = False
    """True for a feed entry whose full page has not been fetched yet."""
    feed_content: bool = False
    """True for a feed entry whose text is its full ``<content>`` (``content:encoded``), not a summary."""
    indexed_only: bool = False
    """True for a folder file listed by its title only; ``origin`` is parsed when the article is opened."""
    listing: bool = False
    """True for a page that lists stories (a homepage of story cards): its related links are the stories, it has
    none of its own (a feed entry that links to it keeps its summary)."""

    def with_related(self, related: tuple[Link, ...]) -> Article:
        """A copy with other related links."""
        return replace(self, related=related)

    def to_json(self) -> dict[str, Any]:
        """The article as the JSON contract's dict (the origin as ``addresses.display_origin`` shows it, a URL's
        password masked)."""
        from newstui.addresses import display_origin

        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "section": self.section,
            "attribution": self.attribution,
            "author": self.author,
            "published": self.published,
            "url": _shown_url(self.url),
            "origin": display_origin(self.origin),
            "language": self.language,
            "direction": self.direction,
            "paragraphs": list(self.paragraphs),
            "keywords": list(self.keywords),
            "related": [link.to_json() for link in self.related],
        }


def _shown_url(url: str | None) -> str | None:
    """A URL as ``--json`` writes it: with its password masked (``addresses`` is loaded only for one)."""
    if url is None or "@" not in url:
        return url
    from newstui.addresses import without_password

    return without_password(url)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes from a source, before decoding and parsing."""

    origin: str
    """Path, URL or "-" as the user named it."""
    data: bytes
    content_type: str | None = None
    """Media type without parameters (e.g. "text/html"), when known."""
    charset: str | None = None
    """Charset declared by the transport (HTTP header), when any."""
    url: str | None = None
    """Final URL after redirects, for fetched documents."""
    headers: dict[str, str] = field(default_factory=dict)
    """Transport headers worth keeping (lower-case names), e.g. for feedparser."""


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class LoadResult:
    """What one source gave: its articles, or the error that stopped it, or both (the articles and what the
    source left out: a feed past its cap or cut short, ``parse.feed_notes``)."""

    origin: str
    articles: tuple[Article, ...] = ()
    error: str | None = None
    notes: tuple[str, ...] = ()
    """What the user should know of a source that loaded, not a failure: its encoding guessed
    (``parse.guessed_encoding_note``). Told on stderr and in a notice; the exit status is not changed."""
    traceback: str | None = None
    """Set when what stopped the source is a bug (an exception newstui did not expect, ``error`` its
    ``unexpected error`` line): its traceback. ``--print`` and ``--json`` then exit 70 and show it under
    ``NEWSTUI_DEBUG``; the reader tells it as a bug. The other sources still load."""

    @property
    def internal(self) -> bool:
        """Whether the source failed on a bug in newstui (``traceback``), not on the source itself."""
        return self.traceback is not None
