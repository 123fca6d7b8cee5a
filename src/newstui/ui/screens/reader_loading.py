"""The reader's sources loaded: small ones before the first frame, the rest on a worker; feed entries when opened."""

from __future__ import annotations

import asyncio
import io
import re
import time
from collections.abc import Callable, Sequence
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final

from newstui.errors import FeedList, NewsError, NotText
from newstui.model import Article, Direction, LoadResult
from newstui.sources import first_frame
from newstui.text.lazy_regex import LazyRegex
from newstui.ui import messages

if TYPE_CHECKING:
    from textual.app import App
    from textual.message import Message
    from textual.notifications import SeverityLevel
    from textual.timer import Timer
    from textual.worker import WorkType

    from newstui.sources.local import PipeProgress
    from newstui.ui.screens.reader import ReaderScreen

FETCHING_TITLE: Final = "Article · fetching the full story…"
"""The article pane's title while the full page of the feed entry on screen is fetched."""
FIRST_STORY_MOVE_SECONDS: Final = 2.0
"""How long after the reader opened a story by itself at the start the story the list shows first (the first
source's in command-line order) may still take its place, if the user has done nothing meanwhile: the first
source landed after a later one (a folder or a page the helper had not answered in time for the first frame).
Later, a story the user may be reading is never taken from under them."""
FLUSH_SECONDS: Final = 0.1
"""How long loaded sources are gathered before the panes are refreshed with them."""
STDIN_PROGRESS_SECONDS: Final = 0.25
"""How often the placeholders say again how much piped stdin has sent, while the reader reads it."""


def notify_failures(
    app: App[Any], failures: Sequence[str], *, title: str = "Source failed", severity: SeverityLevel = "error"
) -> None:
    """One notification per failed source (``load_notes.failure_notes``), the rest counted in one more."""
    if not failures:
        return
    from newstui.load_notes import failure_notes

    notes, more = failure_notes(failures)
    for note in notes:
        app.notify(note, title=title, severity=severity, markup=False)
    if more is not None:
        app.notify(more, severity=severity, markup=False)


CUT_SHORT_TITLE: Final = "Not all of the source is shown"
"""The notice's title for a source that loaded but was cut (a text at its line cap, a feed at its entries')."""


def _read_once(ref: str) -> bool:
    """Whether the source ``ref`` is read once (stdin, a pipe named as a source): a reload cannot read it again."""
    if ref == "-":
        return True
    from newstui.addresses import is_url
    from newstui.sources.local import is_pipe

    return not is_url(ref) and is_pipe(ref)


def failure_lines(results: Sequence[LoadResult]) -> list[str]:
    """One ``load_notes.failure_line`` per failed source (the module is loaded only when one failed); a
    source stopped by a bug in newstui says so (``errors.bug_line``), as the command line does."""
    if not any(result.error or result.traceback for result in results):
        return []
    from newstui.errors import bug_line
    from newstui.load_notes import failure_line

    lines = []
    for result in results:
        if result.internal:
            lines.append(failure_line(result.origin, bug_line(result.error or "unexpected error")))
        elif result.error:
            lines.append(failure_line(result.origin, result.error))
    return lines


def bug_tracebacks(results: Sequence[LoadResult]) -> list[str]:
    """Under ``NEWSTUI_DEBUG``, the tracebacks of the sources a bug in newstui stopped, each after the source's
    name (told on stderr once the reader closes, with the failures); none otherwise."""
    from newstui.errors import debugging

    if not debugging():
        return []
    from newstui.errors import shown_origin

    return [f"{shown_origin(result.origin)}:\n{result.traceback}" for result in results if result.traceback]


def stdin_direction(start: bytes, forced: str | None = None) -> Direction | None:
    """The base direction of plain text that starts with ``start`` (piped stdin's first bytes, cut anywhere),
    as ``sources.peek`` guesses a file's: None for markup, no letters, or bytes that cannot be read."""
    from newstui.parse import sniff_kind
    from newstui.text.decode import decode_bytes
    from newstui.text.script import text_direction

    end = len(start)  # a UTF-8 sequence the cut split is left out
    while end > 0 and start[end - 1] & 0xC0 == 0x80 and len(start) - end < 3:
        end -= 1
    if end > 0 and start[end - 1] >= 0xC0:
        end -= 1
    try:
        text = decode_bytes(start[:end], forced=forced).text if end else ""
    except (NewsError, ValueError, LookupError):
        return None
    if not text.strip():
        return None
    if sniff_kind(text, None) != "text":
        return _declared_direction(text)
    found = text_direction(text, "ltr")
    return found if found == "rtl" or any(char.isalpha() for char in text) else None


_DECLARED: Final = LazyRegex(
    r"""\bdir\s*=\s*["']?(?P<dir>rtl|ltr)\b|\b(?:xml:)?lang\s*=\s*["']?(?P<lang>[a-z]{2,3})\b"""
    r"|<(?:dc:)?language>\s*(?P<language>[a-z]{2,3})\b",
    re.IGNORECASE,
)
"""Where a page or feed says its direction or language: ``dir="rtl"``, ``lang="ar"``, ``<language>ar``."""


def _declared_direction(markup: str) -> Direction | None:
    """The direction a page's or feed's first bytes declare (its first ``dir``, else its first language), or None."""
    from newstui.text.script import language_direction

    found = _DECLARED.search(markup)
    if found is None:
        return None
    if found["dir"]:
        return "rtl" if found["dir"].lower() == "rtl" else "ltr"
    return language_direction(found["lang"] or found["language"])


NOTES_SHOWN: Final = 3
"""Notes of the sources that loaded (``LoadResult.notes``) told one by one while the command line's sources load;
the others are counted, and the count told once they have all landed (``SourceLoader.finish``)."""
NOTE_SECONDS: Final = 10
"""How long a note's notice stays."""


def notify_notes(app: App[Any], results: Sequence[LoadResult], *, room: int | None = None) -> int:
    """A warning per note of a source that loaded (``LoadResult.notes``: an encoding guessed), at most ``room``
    of them (None: every one); returns how many were left untold."""
    if not any(result.notes for result in results):
        return 0
    from newstui.load_notes import failure_line

    lines = [failure_line(result.origin, note) for result in results for note in result.notes]
    told = lines if room is None else lines[: max(0, room)]
    for line in told:
        app.notify(line, title="Note", severity="warning", markup=False, timeout=NOTE_SECONDS)
    return len(lines) - len(told)


def more_notes_line(count: int) -> str:
    """The notice counting the notes not told one by one (``NOTES_SHOWN``)."""
    return f"… and {count:,} more note{'s' if count != 1 else ''} like these."


async def fetch_and_post(
    reader: ReaderScreen,
    url: str,
    fetched: Callable[[tuple[Article, ...]], Message],
    failed: Callable[[str], Message],
    listed: Message | None = None,
    not_text: Callable[[str], Message] | None = None,
) -> None:
    """Fetch and parse the page at ``url`` with the app's shared client; post ``fetched(articles)`` to the
    reader, or ``failed(reason)`` when the page could not be had (or ``listed``, when given, for a list of
    feeds, which is otherwise a failure: no story; or ``not_text(reason)``, when given, for a page of a type
    newstui does not read, ``errors.NotText``)."""
    from newstui.sources.web import fetch_article

    app = reader.news_app
    try:
        client = await app.http_client()
        articles = await fetch_article(url, app.load_options(), client=client)
    except FeedList as error:
        reader.post_message(listed or failed(str(error)))
    except NotText as error:
        reader.post_message((not_text or failed)(str(error)))
    except NewsError as error:
        reader.post_message(failed(str(error)))
    else:
        from newstui.load_notes import failure_line
        from newstui.parse.feed_notes import feed_note

        note = feed_note(articles)
        if note is not None:  # a feed cut short or past its cap: what it gave is shown, and what it did not said
            app.notify(failure_line(url, note), title="Feed", severity="warning", markup=False)
        reader.post_message(fetched(tuple(articles)))


class SourceLoader:
    """Loads the command line's sources into the reader's corpus and reports the failures.

    Sources small enough are read before the first frame (``sources.first_frame``); the others load on
    the ``load`` worker after it, each result queued as it lands and merged with the others in batches
    (``SourcesLoaded``), then ``SourcesDone``. A feed gives summaries: an entry's full story is fetched when
    it is opened (``EntryFetched``, ``EntryFailed``). The reader hands these messages back here.
    """

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self.total = len(reader.settings.refs)
        """Sources on the command line."""
        self.done = 0
        """Sources loaded (or failed) so far."""
        self.active = bool(reader.settings.refs)
        """Sources are still loading."""
        self._reported: set[int] = set()
        """Sources that told a result (a folder or a list of feeds may tell more)."""
        self._finished: set[int] = set()
        """Sources that told their last result: the count in the list's title, and what ``unfinished`` leaves out."""
        self._incoming: list[tuple[int, LoadResult]] = []
        """Results reported by the loader and not yet taken (see ``take``), with their source's index."""
        self._arrived: list[tuple[int, LoadResult]] = []
        """Results taken from the loader and not merged yet, with their source's index."""
        self._flush_timer: Timer | None = None
        self._preloaded: list[tuple[int, LoadResult]] | None = None
        """Sources read before the first frame (``sources.first_frame``), merged at mount."""
        self._still_loading: list[int] = []
        """Positions of the sources the worker still loads after the first frame: folders (their first
        article was in it) and sources the helper had not answered in time."""
        self._gave: set[int] = set()
        """Sources that gave a story so far (a folder's note after its stories is no failure: ``_partial``)."""
        self.failed_sources: set[str] = set()
        """Sources whose last load failed (the command line's, or a reload's): counted in the list's title."""
        self.failure_origins: dict[str, str] = {}
        """The source each line of ``failures`` is about (a source a reload loaded is no failure at the end)."""
        self.failures: list[str] = []
        """The command line's sources that failed to load, one ``load_notes.failure_line`` each (and a folder's
        file opened and found past its line cap, ``reader_indexed``): the command line repeats them on stderr
        when the reader closes (and exits with status 1). In command-line order, as ``--print`` tells them,
        whatever order the sources landed in (``_add_failures``)."""
        self._failure_places: dict[str, int] = {}
        """The command-line position of the source each line of ``failures`` is about (a line added by another
        helper has none: it stays after them)."""
        self.piped_feeds: list[str] = []
        """The feeds of a list of feeds read from stdin (read once): what a reload loads in its place."""
        self.entries_tried: set[str] = set()
        """Feed entries whose full page was asked for (once per session; a failure keeps the summary)."""
        self.entries_fetching: set[str] = set()
        """Feed entries whose full page is being fetched now."""
        self.cut_short = False
        """The load was cancelled (the reader closed) before every source landed."""
        self._first_opened: tuple[str, float] | None = None
        self._notes_told = 0
        """Notes of the sources that loaded told one by one so far (``NOTES_SHOWN`` at most)."""
        self._notes_untold = 0
        """Notes past ``NOTES_SHOWN``, told as one count once every source has landed."""
        """The story the reader opened by itself when the sources' first stories landed, and when (monotonic)."""
        self.stdin_progress: PipeProgress | None = None
        """How much piped stdin left to the reader has sent (``sources.local.watch_pipe``), while it is read."""
        self._stdin_timer: Timer | None = None
        self._stdin_layout = False
        """The panes' order was looked at for stdin's first bytes (``_stdin_mirror``)."""
        self._article_placeholder = ""
        """What ``_tell_stdin_progress`` last put in the article pane."""

    @property
    def read_before_first_frame(self) -> bool:
        """Some sources were read before the first frame and wait to be merged at mount."""
        return self._preloaded is not None

    def read_first_frame(self) -> None:
        """Read the sources the first frame can show, before the panes exist; mirror the panes for them.

        Without any, a peek at a few local sources guesses the layout (``--layout auto``).
        """
        reader = self.reader
        settings, app = reader.settings, reader.news_app
        if settings.stdin_pipe is not None and "-" in settings.refs:
            from newstui.sources.local import watch_pipe

            self.stdin_progress = watch_pipe(*settings.stdin_pipe)
        ready = first_frame.ready_for_first_frame(
            settings.refs,
            stdin_data=settings.stdin_data,
            prefetch=app.prefetch,
            options=app.load_options(),
            shaping_here=app.bidi_mode == "app",
        )
        if ready is not None:
            self._preloaded, self._still_loading = ready.results, ready.still_loading
            articles = [article for _, result in ready.results for article in result.articles]
            reader.set_class(first_frame.first_mirrored(articles, settings.refs, settings.layout), "-mirrored")
        elif settings.layout == "auto":
            reader.set_class(first_frame.peek_mirrored(settings.refs), "-mirrored")
            self._stdin_mirror()

    def apply_layout(self, *, asked: bool = False) -> None:
        """Mirror the panes (list on the right) for --layout rtl, or auto with mostly RTL articles loaded.

        ``auto`` decides while no story is open yet, and again when the user opens more (``asked``: a
        page, a feed, a folder with ``g``); a feed landing late never swaps the panes under the reader.
        With no story loaded yet, ``auto`` keeps the order the first frame guessed (a peek at the sources,
        stdin's first bytes): the first stories to land correct it if they must, a folder among the sources
        counted by most of its first files (``first_frame.first_mirrored``), not by its first story alone.
        """
        reader = self.reader
        if (
            reader.settings.layout == "auto"
            and not asked
            and (reader.history.current is not None or not len(reader.corpus))
        ):
            return
        now, articles, layout = reader.has_class("-mirrored"), reader.corpus.articles, reader.settings.layout
        if asked:
            reader.set_class(first_frame.mirrored(articles, layout, tie=now), "-mirrored")
        else:  # the first stories to land: a folder still loading goes by its first files
            reader.set_class(first_frame.first_mirrored(articles, reader.settings.refs, layout, tie=now), "-mirrored")

    def _stdin_mirror(self) -> None:
        """``--layout auto`` with piped stdin the reader reads: once stdin has sent its first bytes, and while
        no story is loaded, the panes take the order its text wants (with a peek at the other local sources,
        as ``first_frame.peek_mirrored``), so that they do not swap sides when the story lands. Decided once,
        when stdin's first bytes say (its letters, or a page's or feed's declared direction or language;
        they are usually there for the first frame already, ``stdin_input.take_stdin_pipe``), or once 4 KB
        came without saying."""
        reader, progress = self.reader, self.stdin_progress
        if self._stdin_layout or progress is None or not progress.start or reader.settings.layout != "auto":
            return
        if len(reader.corpus) or reader.history.current is not None:
            self._stdin_layout = True
            return  # the stories loaded chose already (``apply_layout``)
        mine = stdin_direction(progress.start, reader.settings.encoding)
        from newstui.sources.local import PROGRESS_START_BYTES

        if mine is None and not progress.ended and len(progress.start) < PROGRESS_START_BYTES:
            return  # no letters or declaration yet (a dateline, a page's head): looked at again as more comes
        self._stdin_layout = True
        from newstui.addresses import is_url
        from newstui.sources.peek import peek_direction

        refs = reader.settings.refs
        local = [ref for ref in refs if ref != "-" and not is_url(ref)][: first_frame.PEEK_SOURCES]
        found = [*map(peek_direction, local), mine]
        directions = [direction for direction in found if direction is not None]
        if directions:
            reader.set_class(sum(direction == "rtl" for direction in directions) * 2 > len(directions), "-mirrored")

    def stdin_placeholders(self) -> tuple[str, str] | None:
        """What the list and the article pane say while piped stdin is read (the bytes it has sent so far,
        and that the story comes once it ends); None when no pipe is being read."""
        progress = self.stdin_progress
        if progress is None or progress.ended or not self.active:
            return None
        from newstui.sources.local import PIPE_IDLE_SECONDS, human_size

        if not progress.size:
            limit = f"given up after {PIPE_IDLE_SECONDS:g} s without a byte"
            return "Reading stdin…", f"Loading… waiting for stdin ({limit})."
        size = human_size(progress.size)
        return (
            f"Reading stdin… {size}",
            f"Loading… stdin has sent {size} so far: the story shows once it ends, or has been quiet for"
            f" {PIPE_IDLE_SECONDS:g} s.",
        )

    def _tell_stdin_progress(self) -> None:
        """Say again how much stdin has sent, in the placeholders still on screen (a few times a second)."""
        reader = self.reader
        self._stdin_mirror()
        texts = self.stdin_placeholders()
        if texts is None:
            if self._stdin_timer is not None:
                self._stdin_timer.stop()
                self._stdin_timer = None
            texts = ("Loading…", "Loading…") if self.active else None
            if texts is None:
                return
        listed, article = texts
        article_list, view = reader.article_list, reader.article_view
        if not article_list.item_count and article_list.empty_text != listed:
            article_list.empty_text = listed
            article_list.refresh()
        if reader.history.current is None and view.article is None and self._article_placeholder != article:
            self._article_placeholder = article
            view.show(None, placeholder=article)

    def start(self) -> None:
        """At mount: merge what was read before the first frame; load the rest after that frame."""
        if self.stdin_progress is not None:
            self._tell_stdin_progress()
            self._stdin_timer = self.reader.set_interval(STDIN_PROGRESS_SECONDS, self._tell_stdin_progress)
        preloaded, self._preloaded = self._preloaded, None
        if preloaded is not None and self._still_loading:
            self._arrived.extend(preloaded)
            self._finished.update(set(range(self.total)) - set(self._still_loading))
            # A source still loading that gave the first frame a story (a big folder's first file) has given
            # some: quitting now says "not all loaded", not "not loaded".
            self._reported.update(self._finished, (index for index, result in preloaded if result.articles))
            self.done = len(self._finished)
            self.merge()
            self.reader.call_after_refresh(self.load)
        elif preloaded is not None:
            self._arrived.extend(preloaded)
            self.done = len(preloaded)
            self.finish()
        else:
            self.reader.call_after_refresh(self.load)

    def load(self) -> None:
        """Start the worker loading the sources not read before the first frame."""
        work: WorkType[None] = self._load
        self.reader.run_worker(work, name="load_sources", group="load", exclusive=True, exit_on_error=False)

    async def _load(self) -> None:
        """Load every source (local ones and, with a shared client, URLs), reporting each as it lands."""
        from newstui.sources.loader import load_sources

        reader = self.reader
        positions = self._still_loading or list(range(self.total))
        refs = [reader.settings.refs[position] for position in positions]
        app = reader.news_app
        data = reader.settings.stdin_data
        stdin: io.BytesIO | tuple[int, bytes] | None = (
            io.BytesIO(data) if data is not None else reader.settings.stdin_pipe
        )

        def on_result(index: int, result: LoadResult) -> None:
            # Called on the event loop (the loader reports between its awaits): queue the result and
            # post one message for everything queued until the reader takes it.
            if not self._incoming:
                reader.post_message(messages.SourcesLoaded())
            self._incoming.append((positions[index], result))

        def on_done(index: int) -> None:
            self._finished.add(positions[index])
            if not self._incoming:  # the count in the list's title moves on (``take``)
                reader.post_message(messages.SourcesLoaded())

        try:
            options = app.load_options()
            await load_sources(
                refs,
                options,
                client_factory=app.http_client,
                stdin=stdin,
                on_result=on_result,
                prefetch=app.prefetch,
                on_done=on_done,
            )
        except asyncio.CancelledError:
            self.cut_short = True  # the reader is closing: what did not land is told (``unfinished``)
            raise
        finally:
            reader.post_message(messages.SourcesDone(len(refs)))

    def take(self) -> None:
        """``SourcesLoaded``: take the queued results, merged in batches so a 10,000-file folder stays linear."""
        batch, self._incoming = self._incoming, []
        for index, _ in batch:
            self._reported.add(index)
        self._arrived.extend(batch)
        self.done = len(self._finished)
        if self.reader.history.current is None and any(result.articles for _, result in batch):
            self.merge()  # nothing on screen yet: show the first article at once
        elif self._flush_timer is None:
            self._flush_timer = self.reader.set_timer(FLUSH_SECONDS, self.merge)

    def merge(self) -> None:
        """Add the queued results to the corpus, report failures, refresh the panes once."""
        if self._flush_timer is not None:
            self._flush_timer.stop()
            self._flush_timer = None
        reader = self.reader
        arrived, self._arrived = self._arrived, []
        # In command-line order: sources loaded side by side land in any order (a folder's own files
        # share its index and keep their walk order).
        ordered = sorted(arrived, key=itemgetter(0))
        results = [result for _, result in ordered]
        refs = reader.settings.refs
        once: dict[str, bool] = {}  # one look per source and batch (a folder's results are many)
        for index, result in arrived:
            ref = refs[index]
            if result.origin == ref or result.origin in self.piped_feeds:
                continue
            if ref not in once:
                once[ref] = _read_once(ref)
            if once[ref]:
                self.piped_feeds.append(result.origin)  # a list of feeds piped in: r reloads its feeds
        # Origins are names as given (a file name may hold an escape sequence): one sanitized line each.
        failures = failure_lines(results)
        self._add_failures(failures, [index for index, result in ordered if result.error or result.internal])
        self._gave.update(index for index, result in ordered if result.articles)
        erred = [(index, result) for index, result in ordered if result.error or result.internal]
        failed = [result.origin for _, result in erred]
        # A source that loaded stories and then says what it left out (a folder's files it could not read, a
        # list's feeds past its cap) is shown, though not whole: a warning, and no failed source in the title.
        # (Its line is told again when the reader closes, as the command line tells it: no origin keeps it
        # from that, ``NewsApp.load_failures``.)
        partial = [self._partial(index, result) for index, result in erred]
        failing = [(line, origin) for line, origin, cut in zip(failures, failed, partial, strict=True) if not cut]
        self.failed_sources.update(origin for _, origin in failing)
        self.failure_origins.update(failing)
        tracebacks = bug_tracebacks(results)
        if tracebacks:
            self.tell_tracebacks(tracebacks, places=[index for index, result in ordered if result.traceback])
        articles = [article for result in results for article in result.articles]
        if articles:
            first = len(reader.corpus)
            reader.corpus.add(articles)  # (in memory: only a bug raises here, and it reaches the app's handler)
            self._place(ordered, first)
        # (Before the list is refreshed: that puts the cursor back on the open story.)
        moving = bool(articles) and self._may_move_first()
        cut = {line for line, is_cut in zip(failures, partial, strict=True) if is_cut}
        notify_failures(reader.app, [line for line in failures if line not in cut])
        shown = [line for line in failures if line in cut]
        notify_failures(reader.app, shown, title=CUT_SHORT_TITLE, severity="warning")
        untold = notify_notes(reader.app, results, room=NOTES_SHOWN - self._notes_told)
        self._notes_told += sum(map(len, (result.notes for result in results))) - untold
        self._notes_untold += untold
        if articles:
            self.apply_layout()
            # The cursor stays where the user put it while the rest lands (a story open: it was on that one, or
            # the user moved it); with none open yet, it goes onto the story about to open.
            reader.refresh_list(keep_cursor=reader.history.current is not None)
            reader.refresh_current()
            if reader.history.current is None:  # the list's first row: the first source's that landed
                listed = reader.article_list.articles
                reader.open_first(prefer=listed[0].id if listed else articles[0].id)
                if reader.history.current is not None:
                    self._first_opened = (reader.history.current, time.monotonic())
            elif moving and self._first_opened is not None:
                reader.open_first_listed()
                self._first_opened = (reader.history.current or "", self._first_opened[1])  # (the same deadline)
        reader.update_list_title()

    def _partial(self, index: int, result: LoadResult) -> bool:
        """Whether ``result``, an error, tells what a source that was shown left out: it came with stories (a feed
        cut short), or is the note of a source whose stories came before it (a folder's, a list of feeds'),
        ``index`` its source's position. A bug in newstui is never one."""
        if result.internal:
            return False
        return bool(result.articles) or (index in self._gave and result.origin == self.reader.settings.refs[index])

    def _may_move_first(self) -> bool:
        """Whether the story the reader opened by itself may give way to the list's first, should an earlier
        source land now: opened by this loader under ``FIRST_STORY_MOVE_SECONDS`` ago, and untouched
        (``ReaderScreen.first_untouched``), the list as loaded."""
        opened = self._first_opened
        if opened is None or self.reader.listing.order != "loaded":
            return False  # (newest first: the newest opens once the order is known, ``open_newest_once_ordered``)
        article_id, when = opened
        if time.monotonic() - when >= FIRST_STORY_MOVE_SECONDS or self.reader.history.current != article_id:
            self._first_opened = None  # never again
            return False
        return self.reader.first_untouched()

    def tell_tracebacks(self, tracebacks: Sequence[str], *, places: Sequence[int] | None = None) -> None:
        """Keep bugs' tracebacks (``NEWSTUI_DEBUG``) to be told with the failures once the reader closes, and
        write them to Textual's log (``textual console``) now; ``places``: the command-line position of the
        source each is about (after that source's failure line), else they come after every failure."""
        for text in tracebacks:
            self.reader.log.error(text)
        if places is None:
            self.failures.extend(tracebacks)
        else:
            self._add_failures(tracebacks, places)

    def _add_failures(self, lines: Sequence[str], places: Sequence[int]) -> None:
        """Put ``lines`` among ``failures`` in command-line order: each after the lines of the sources given
        before its source (``places``: their positions) and of its own, and before those given after it.

        Sources land in any order (the helper process answers a file before this process finds another one
        missing), and ``--print`` tells them in command-line order: so does the reader once it closes. The
        list stays sorted by position (a line added by another helper, appended, counts as after every source),
        so each line's place is found by bisection, however many files of a folder failed.
        """
        from bisect import bisect_right

        failures, known = self.failures, self._failure_places
        last = self.total

        def place_of(told: str) -> int:
            return known.get(told, last)

        for line, place in zip(lines, places, strict=True):
            failures.insert(bisect_right(failures, place, key=place_of), line)
            known.setdefault(line, place)

    def _place(self, ordered: list[tuple[int, LoadResult]], first: int) -> None:
        """Tell the list which source gave each story the corpus took from position ``first`` on (the
        ``ordered`` results', in their order; a story loaded before is not added again)."""
        corpus, listing = self.reader.corpus, self.reader.listing
        position = first
        for index, result in ordered:
            start = position
            for article in result.articles:
                if position < len(corpus) and corpus.id_at(position) == article.id:
                    position += 1
            listing.placed(index, start, position)

    def finish(self) -> None:
        """``SourcesDone``: merge what is left, drop the progress, say so when nothing could be shown."""
        self.merge()
        self.active = False
        reader = self.reader
        reader.open_newest_once_ordered()  # (newest first: every source is in; unless folder entries are dated)
        if self._notes_untold:
            untold, self._notes_untold = self._notes_untold, 0
            reader.app.notify(
                more_notes_line(untold), title="Note", severity="warning", markup=False, timeout=NOTE_SECONDS
            )
        reader.article_list.empty_text = reader.listing.empty_text(loading=False)
        reader.article_list.refresh()
        if reader.history.current is None:
            from newstui.addresses import is_url

            if self.failures and not reader.corpus.articles and not any(map(is_url, reader.settings.refs)):
                # Files, folders or stdin that gave nothing (binary, empty, no article in them): the
                # reader closes and the command line says why (exit status 2), as --print does. An
                # address that failed keeps the reader open: ``r`` tries it again.
                reader.app.exit()
                return
            # The notices fade: the first reason stays where the story would be.
            reason = f" {self.failures[0]}" if self.failures else ""
            reader.article_view.show(None, placeholder=f"No article could be loaded.{reason}")
        reader.update_list_title()

    def unfinished(self) -> list[str]:
        """The command line's sources that gave nothing yet, one ``source: reason`` line each (for when
        the reader closes while they load)."""
        if not (self.active or self.cut_short):
            return []
        from newstui.load_notes import failure_line

        refs = self.reader.settings.refs
        reported = self._reported | {index for index, _ in self._incoming}
        return [
            failure_line(
                refs[index],
                "not all loaded: the reader closed while it was loading"
                if index in reported
                else "not loaded: the reader closed while it was loading",
            )
            for index in range(self.total)
            if index not in self._finished
        ]

    # -- feed entries' full stories ---------------------------------------------------------------

    def entry_opened(self, article: Article) -> None:
        """A feed entry (its summary only) was opened: fetch its full page, once per session."""
        from newstui.addresses import is_web_url  # feeds only: a file read at start never needs it

        if is_web_url(article.url) and article.id not in self.entries_tried:
            from newstui.sources.web import links_own_media

            if links_own_media(article):  # its link is its own audio or video: no page to read
                return
            self.entries_tried.add(article.id)
            self.entries_fetching.add(article.id)
            self.title_story(article.id)
            work: WorkType[None] = partial(self._fetch_entry, article.id, article.url or "")
            self.reader.run_worker(work, name="fetch_entry", group="entry", exit_on_error=False)

    def title_story(self, article_id: str | None) -> None:
        """The article pane says "fetching the full story…" while, and only while, the story on screen waits
        for its page (another title, such as the find box's, is left as it is)."""
        view = self.reader.article_view
        fetching = article_id is not None and article_id in self.entries_fetching
        if fetching and view.border_title == "Article":
            view.border_title = FETCHING_TITLE
        elif not fetching and view.border_title == FETCHING_TITLE:
            view.border_title = "Article"

    async def _fetch_entry(self, article_id: str, url: str) -> None:
        """Fetch the full page of a feed entry; its summary stays on screen meanwhile."""
        reader = self.reader
        try:
            fetched, failed = partial(messages.EntryFetched, article_id), partial(messages.EntryFailed, article_id)
            await fetch_and_post(reader, url, fetched, failed)
        finally:
            self.entries_fetching.discard(article_id)
            shown = reader.article_view.article
            self.title_story(shown.id if shown is not None else None)

    def entry_fetched(self, event: messages.EntryFetched) -> None:
        """Put the full story in place of the entry (same id, same list row) and show it if still open."""
        from newstui.sources.web import full_entry, sharing

        reader = self.reader
        entry = reader.corpus.get(event.article_id)
        if entry is None:
            return
        full = full_entry(entry, event.articles, shared=sharing(entry, reader.corpus.articles))
        if full is None:  # the link led to a feed, or to no story: the summary stays
            return
        reader.corpus.upgrade(full)
        reader.refresh_list(keep_cursor=True)  # (a page fetched in the background: the cursor stays where it is)
        if reader.history.current == entry.id:
            reader.refresh_current()

    def entry_failed(self, event: messages.EntryFailed) -> None:
        """The summary stays; say why the full story is missing, and on which site it was looked for.

        The site, not the page: entries of one feed opened one after another while the site cannot be
        reached (``n`` pressed offline) say the same thing, so they make one notice, not a stack of them.
        """
        from urllib.parse import urlsplit

        from newstui.load_notes import failure_line

        entry = self.reader.corpus.get(event.article_id)
        site = urlsplit(entry.url).hostname if entry is not None and entry.url else None
        message = failure_line(site, event.error) if site else event.error
        self.reader.app.notify(message, title="Full story not available", severity="warning", markup=False)
