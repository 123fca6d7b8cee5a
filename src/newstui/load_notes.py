"""What the reader tells about loading: failed sources in a few notifications, and what a reload found."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Final, NamedTuple

from newstui.model import Article, LoadResult
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from newstui.corpus import Corpus
    from newstui.ordering import Order

__all__ = [
    "MAX_FAILURE_NOTES",
    "ReloadNews",
    "failure_line",
    "failure_notes",
    "files_gone",
    "no_story_file",
    "reload_failed",
    "reload_news",
    "reload_note",
    "stories_dropped",
    "taken_over",
]

MAX_FAILURE_NOTES: Final = 3
"""Failed sources notified one by one per batch; the rest are counted in one notification."""


ORIGIN_SHOWN: Final = 160
"""Characters of a failed source's name told before it is cut in the middle ("…"): a 10,000-character
address made a 10 KB line of its error."""


def failure_line(origin: str, reason: str) -> str:
    """How a failed source is told, by the command line and the reader alike: ``origin: reason``, one line.

    The origin is shown by ``errors.shown_origin`` (sanitized, a URL's password masked, a path's invisible
    characters escaped), cut in the middle past ``ORIGIN_SHOWN`` characters (its start and its end stay).
    """
    from newstui.errors import shown_origin

    shown = shown_origin(origin)
    if len(shown) > ORIGIN_SHOWN:
        shown = f"{shown[: ORIGIN_SHOWN - 41]}…{shown[-40:]}"
    return f"{shown}: {sanitize_line(reason)}"


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
    gone: set[str]
    """Ids of loaded stories whose file, in a folder loaded again, is no longer there, or no longer a story
    (``files_gone``)."""
    back: set[str]
    """Ids of loaded stories the reload listed again (a file that was gone may be back), but those whose copy in
    another file took their place when they left (``Corpus.superseded``: a fresh start lists the story once)."""
    dropped: set[str]
    """Ids of loaded stories of a file read again whole that no longer holds them (``stories_dropped``)."""


def reload_news(
    corpus: Corpus,
    results: Sequence[LoadResult],
    *,
    tag: str,
    told: Collection[str],
    quiet: bool,
    folders: Sequence[str] = (),
    reread: Sequence[Article] = (),
) -> ReloadNews:
    """What a reload brings: the stories not loaded yet, the loaded ones edited since, those that left with their
    files or an edit, the failures to tell.

    Args:
        corpus: the articles loaded so far (left unchanged).
        results: what loading the sources again gave.
        tag: added to the id of a new story whose id is taken (one per reload).
        told: origins whose failure was told before.
        quiet: a timed reload, which tells each failing origin once (``r`` tells every failure).
        folders: the folders loaded again (their files deleted since, or no longer stories, are ``gone``).
        reread: every story of the files of a folder's opened stories, read again whole (the folder lists
            each file by its first story's headline): they come before the listing's (their edits win).
    """
    articles = [*reread, *(article for result in results for article in result.articles)]
    listed = {article.id for article in articles}
    # A file that failed to read now (no permission, too large) gives no story, as on a fresh start: gone.
    unread = {result.origin for result in results if result.error and not result.articles}
    answered = {result.origin for result in results if result.origin not in unread}
    answered.update(article.origin for article in reread)
    gone = files_gone(corpus.articles, folders, listed=listed, answered=answered, failed=unread) if folders else set()
    dropped = stories_dropped(corpus.articles, articles)
    fresh = corpus.unseen(articles, tag=tag, leaving=gone | dropped)
    edited = corpus.edited(articles)
    failed = [result for result in results if result.error]
    if quiet:
        failed = [result for result in failed if result.origin not in told]
    returning = [article.id for article in articles]
    back = listed - corpus.superseded(leaving=gone | dropped, returning=returning) if listed else listed
    return ReloadNews(fresh, edited, failed, gone, back, dropped)


def taken_over(corpus: Corpus, fresh: Iterable[Article], leaving: Collection[str]) -> list[tuple[str, str]]:
    """(id of a story leaving the list, id of the copy that takes its place) for each ``fresh`` file story with the
    address, headline and source (``corpus.story_key``) of one of the ``leaving`` stories: the same story, listed
    from another file now (its read mark goes with it)."""
    from newstui.corpus import file_story, story_key, url_key

    def key(article: Article) -> object:
        return story_key(article, url_key(article.url) if article.url else None)

    left: dict[object, str] = {}
    for article_id in leaving:
        article = corpus.get(article_id)
        if article is not None and article.url:
            found = key(article)
            if found is not None:
                left.setdefault(found, article_id)
    if not left:
        return []
    pairs: list[tuple[str, str]] = []
    for article in fresh:
        if article.url and file_story(article):
            old = left.get(key(article))
            if old is not None:
                pairs.append((old, article.id))
    return pairs


def stories_dropped(loaded: Iterable[Article], read: Iterable[Article]) -> set[str]:
    """Ids of the ``loaded`` stories of a local file that a reload ``read`` again whole without them (an edit took
    an embedded story out, or its headline away so the parser reads it as the text above it): they leave the
    list, as a fresh start leaves them out. A file listed by its first headline only (``indexed_only``) tells
    nothing of the stories under it; a feed's entries are not a file's stories (``corpus.file_story``).
    """
    from newstui.corpus import file_story

    holds: dict[str, set[str]] = {}
    for article in read:
        if not article.indexed_only and file_story(article):
            holds.setdefault(article.origin, set()).add(article.id)
    if not holds:
        return set()
    return {
        article.id
        for article in loaded
        if article.origin in holds and article.id not in holds[article.origin] and file_story(article)
    }


def files_gone(
    articles: Iterable[Article],
    folders: Sequence[str],
    *,
    listed: Collection[str],
    answered: Collection[str] = (),
    failed: Collection[str] = (),
) -> set[str]:
    """Ids of ``articles`` read from a file under one of ``folders`` that no longer holds a story there.

    Only a story a reload of its folder did not list (``listed``) is asked about, and only when its file gave
    the reload no story (``answered``: the origins of the reload's results that are stories, or were read again
    whole; a file whose embedded stories a listing leaves out still stands). Gone is what a fresh start would
    leave out: a file deleted or renamed, one that is now a folder, a dangling link or another kind of file, a
    regular file the folder skips (emptied, overwritten with binary bytes: ``no_story_file``), and a file that
    failed to read now (``failed``: the origins of the reload's errors, a file made unreadable). A file the walk
    passed over (a cap, a folder it could not list) still holds its story, and stands.
    """
    import os

    prefixes = tuple(os.path.join(folder, "") for folder in folders)
    gone: set[str] = set()
    missing: dict[str, bool] = {}
    for article in articles:
        origin = article.origin
        if article.id in listed or origin in answered or not origin.startswith(prefixes):
            continue
        if origin in failed:
            gone.add(article.id)
            continue
        if origin not in missing:
            missing[origin] = no_story_file(origin)
        if missing[origin]:
            gone.add(article.id)
    return gone


def no_story_file(path: str) -> bool:
    """Whether a folder's walk would list no story for ``path`` now: it is not there, not a regular file (nor a
    link to one), or a regular file the folder skips (empty, binary, a list of feeds: ``folder_file_result``).

    A regular file is read only when it is not empty (a story file's stat says so at no cost); a file that
    fails to read (too large, no permission) is no skipped file (``files_gone`` takes the reload's word on it).
    """
    import os
    import stat

    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return True  # deleted, renamed, a dangling link, or its folder cannot be entered
    if not stat.S_ISREG(info.st_mode):
        return True  # a folder, a pipe, a device
    if info.st_size == 0:
        return True
    from newstui.sources.files import folder_file_result
    from newstui.sources.options import LoadOptions

    return folder_file_result(path, LoadOptions(index_folders=True)) is None


def reload_failed(results: Sequence[LoadResult]) -> str | None:
    """The one line of a reload in which every source failed (none gave a story): "Reload failed: <source>:
    <reason>", the first failure's (``failure_line``), the others counted; None when any source loaded."""
    if not results or any(result.articles or not result.error for result in results):
        return None
    first = results[0]
    more = len(results) - 1
    counted = f" (and {more:,} more {'source' if more == 1 else 'sources'})" if more else ""
    return f"Reload failed: {failure_line(first.origin, first.error or '')}{counted}"


def reload_note(
    fresh: int,
    order: Order,
    *,
    quiet: bool,
    edited: int = 0,
    gone: int = 0,
    back: int = 0,
    dropped: int = 0,
    restored: int = 0,
) -> str | None:
    """What a reload says: how many stories are new and where, how many were edited, how many left the list
    with their files (``gone``) or with an edit to their file (``dropped``), and how many came back with their
    files (``back``) or with an edit (``restored``); None for a timed one with none of these."""
    parts = []
    if fresh:
        count = f"{fresh:,} new {'story' if fresh == 1 else 'stories'}"
        where = "at the top of the list" if order == "loaded" else "in the list by date"
        parts.append(f"{count}, {where}.")
    if edited:
        stories = "1 edited story" if edited == 1 else f"{edited:,} edited stories"
        parts.append(f"{stories} read again.")
    if gone:
        stories = "1 story" if gone == 1 else f"{gone:,} stories"
        parts.append(f"{stories} whose file was deleted left the list.")
    if dropped:
        stories = "1 story" if dropped == 1 else f"{dropped:,} stories"
        parts.append(f"{stories} no longer in {'its file' if dropped == 1 else 'their files'} left the list.")
    if back:
        stories = "1 story" if back == 1 else f"{back:,} stories"
        parts.append(f"{stories} whose file is back returned to the list.")
    if restored:
        stories = "1 story" if restored == 1 else f"{restored:,} stories"
        parts.append(f"{stories} back in {'its file' if restored == 1 else 'their files'} returned to the list.")
    if parts:
        return " ".join(parts)
    return None if quiet else "No new stories."
