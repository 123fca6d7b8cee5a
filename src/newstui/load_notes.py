"""What the reader tells about loading: failed sources in a few notifications, and what a reload found."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

from newstui.model import Article, LoadResult
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from newstui.corpus import Corpus
    from newstui.ordering import Order

__all__ = ["MAX_FAILURE_NOTES", "ReloadNews", "failure_line", "failure_notes", "reload_news", "reload_note"]

MAX_FAILURE_NOTES: Final = 3
"""Failed sources notified one by one per batch; the rest are counted in one notification."""


def failure_line(origin: str, reason: str) -> str:
    """How a failed source is told, by the command line and the reader alike: ``origin: reason``, one line.

    The origin is shown by ``addresses.display_origin`` (sanitized, a URL's password masked).
    """
    from newstui.addresses import display_origin

    return f"{display_origin(origin)}: {sanitize_line(reason)}"


def failure_notes(failures: Sequence[str]) -> tuple[list[str], str | None]:
    """The failures told one by one (each one sanitized line), and the line counting the others (or None).

    Args:
        failures: 'origin: reason' per failed source; origins are names as given, untrusted.
    """
    notes = [sanitize_line(failure) for failure in failures[:MAX_FAILURE_NOTES]]
    more = len(failures) - MAX_FAILURE_NOTES
    return notes, (f"… and {more} more sources failed." if more > 0 else None)


class ReloadNews(NamedTuple):
    """What a reload brings (``reload_news``)."""

    fresh: list[Article]
    """Stories not loaded yet (``Corpus.unseen``), each with an id no loaded story has."""
    edited: list[Article]
    """New versions of loaded stories whose file was edited (``Corpus.edited``), to take their places."""
    failed: list[LoadResult]
    """The failures to tell."""


def reload_news(
    corpus: Corpus, results: Sequence[LoadResult], *, tag: str, told: Collection[str], quiet: bool
) -> ReloadNews:
    """What a reload brings: the stories not loaded yet, the loaded ones edited since, the failures to tell.

    Args:
        corpus: the articles loaded so far (left unchanged).
        results: what loading the sources again gave.
        tag: added to the id of a new story whose id is taken (one per reload).
        told: origins whose failure was told before.
        quiet: a timed reload, which tells each failing origin once (``r`` tells every failure).
    """
    articles = [article for result in results for article in result.articles]
    fresh = corpus.unseen(articles, tag=tag)
    edited = corpus.edited(articles)
    failed = [result for result in results if result.error]
    if quiet:
        failed = [result for result in failed if result.origin not in told]
    return ReloadNews(fresh, edited, failed)


def reload_note(fresh: int, order: Order, *, quiet: bool, edited: int = 0) -> str | None:
    """What a reload says: how many stories are new and where, how many were edited; None for a timed
    one with neither."""
    parts = []
    if fresh:
        count = f"{fresh:,} new {'story' if fresh == 1 else 'stories'}"
        where = "at the top of the list" if order == "loaded" else "in the list by date"
        parts.append(f"{count}, {where}.")
    if edited:
        stories = "1 edited story" if edited == 1 else f"{edited:,} edited stories"
        parts.append(f"{stories} read again.")
    if parts:
        return " ".join(parts)
    return None if quiet else "No new stories."
