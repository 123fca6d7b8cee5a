"""The reader's log of stories read: loaded on a thread after the first frame, saved soon after opens, marks
(``m``, ``A``) and on exit; and the keys that mark stories read or unread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newstui.errors import NewsError
from newstui.ui.notices import KEY_FEEDBACK

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.timer import Timer

    from newstui.model import Article
    from newstui.read_log import ReadLog
    from newstui.ui.screens.reader import ReaderScreen

SAVE_DELAY: Final = 2.0
"""Seconds between opening a story and writing the log of stories read (one write for several opens)."""


class ReadLogKeeper:
    """Loads and saves the log behind ``reader.reads`` (``settings.remember``); made after the first frame.

    The marks themselves (``ReadMarks``) belong to the reader from the start: this session's opens are
    drawn as read before the log is even loaded.
    """

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self._save_timer: Timer | None = None
        self._save_failed = False
        self.save_error: str | None = None
        """Why the last save failed (told again when the reader closes), or None when it was saved."""

    def load(self) -> None:
        """Read the log of earlier runs on a thread; the panes show the stories it knows as read."""
        self.reader.run_worker(self._load, name="load_read_log", group="read-log", thread=True, exit_on_error=False)

    def _load(self) -> None:
        from newstui.read_log import ReadLog, default_path

        try:
            log = ReadLog.load(default_path())
        except Exception:  # noqa: BLE001 - a state folder that cannot even be named: remember nothing
            return
        self.reader.app.call_from_thread(self._use, log)

    def _use(self, log: ReadLog) -> None:
        """Take the loaded log and redraw the panes that show read stories (if it knew any)."""
        reader = self.reader
        if not reader.reads.adopt(log):
            return  # a first run: what this session opened is drawn as read already
        reader.update_list_title()  # the unread count
        reader.article_list.refresh()
        current = reader.current
        if current is not None:
            reader.related.show(current, direction=reader.direction_of(current))

    def save_soon(self) -> None:
        """A story was added to the log: save it ``SAVE_DELAY`` seconds from the first such story."""
        if self._save_timer is None:
            self._save_timer = self.reader.set_timer(SAVE_DELAY, self._save)

    def _save(self) -> None:
        """The save timer: write the log on a thread (it re-reads and fsyncs the file) if stories were added."""
        self._save_timer = None
        log = self.reader.reads.log
        if log is not None and log.dirty:
            self.reader.run_worker(
                self._write, name="write_read_log", group="read-log-save", thread=True, exit_on_error=False
            )

    def _write(self) -> None:
        """Save the log; a failure is told once (reading goes on, the stories stay marked in this session)."""
        log = self.reader.reads.log
        if log is None:
            return
        try:
            log.save()
        except NewsError as error:
            self.reader.app.call_from_thread(self._tell_save_failed, str(error))
        else:
            self.save_error = None

    def _tell_save_failed(self, message: str) -> None:
        """A warning that the log could not be saved, the first time only."""
        self.save_error = message
        if not self._save_failed:
            self._save_failed = True
            self.reader.app.notify(message, title="Stories read", severity="warning", markup=False)

    def save_now(self) -> None:
        """Save before the reader goes (on the way out: nobody is waiting for a frame)."""
        if self._save_timer is not None:
            self._save_timer.stop()
        log = self.reader.reads.log
        if log is not None:
            try:
                log.save()
            except NewsError as error:
                self.save_error = str(error)  # told on stderr once the reader has closed
            else:
                self.save_error = None


MARK_NOTICE_SECONDS: Final = 3.0
"""How long the notice of ``m`` or ``A`` stays."""


class ReadKeys:
    """``m`` (the highlighted story read or unread) and ``A`` (every story listed read; ``A`` again, before
    anything else is read, undoes it). Made on the first such key; the marks are ``reader.reads``', saved with
    the log (one write for all the stories ``A`` marks) and never with ``--private``."""

    def __init__(self, reader: ReaderScreen) -> None:
        self.reader = reader
        self._last_all: tuple[tuple[str, ...], int] | None = None
        """The stories the last ``A`` marked read, and ``reads.changes`` right after: undone by ``A`` again
        while no story has been read or marked since."""

    def target(self) -> Article | None:
        """The story ``m`` marks: the one highlighted in the list from the list pane, else the open one."""
        reader = self.reader
        if reader.focused is reader.article_list:
            highlighted = reader.article_list.highlighted_id
            article = reader.corpus.get(highlighted) if highlighted is not None else None
            if article is not None:
                return article
        return reader.current

    def toggle(self) -> None:
        """Mark the highlighted story read, or unread when it is read; the notice names it and the way back."""
        reader = self.reader
        article = self.target()
        if article is None:
            self._tell("No story to mark.", severity="warning")
            return
        reads = reader.reads
        if reads.was_read(article.id):
            save = reads.unmark(article)
            title, again = "Marked unread", "m marks it read again."
        else:
            save = reads.mark(article)
            title, again = "Marked read", "m marks it unread again."
        reader.reads_changed((article.id,), save=save)
        from newstui.ui.notices import visual_notice

        app = reader.news_app
        headline = visual_notice(app, article.title, mode=app.bidi_mode, harakat=reader.harakat)
        self._tell(f"{headline}\n{again}", title=title, laid_out=True)

    def mark_all(self) -> None:
        """Mark every story the list shows now (after the filter and ``u``) read; ``A`` again right after (no
        story read or marked since, nothing left to mark, the stories it marked still listed) makes them
        unread again."""
        reader = self.reader
        reads = reader.reads
        listed = reader.article_list.articles
        unread = [article for article in listed if not reads.was_read(article.id)]
        if not unread:
            last = self._last_all
            self._last_all = None
            shown = {article.id for article in listed}
            if last is not None and last[1] == reads.changes and shown.issuperset(last[0]):  # still listed
                corpus = reader.corpus
                again = [article for article in map(corpus.get, last[0]) if article is not None]
                save = reads.unmark_many(again)
                reader.reads_changed(last[0], save=save)
                self._tell(f"{_stories(len(again))} unread again (A marks every story listed read).", title="Undone")
                return
            self._tell("Every story listed is read already." if listed else "No story in the list.")
            return
        save = reads.mark_many(unread)
        ids = tuple(article.id for article in unread)
        self._last_all = (ids, reads.changes)
        reader.reads_changed(ids, save=save)
        self._tell(f"Marked {_stories(len(unread))} read (A again undoes it).", title="Marked read")

    def _tell(
        self, message: str, *, title: str = "", severity: SeverityLevel = "information", laid_out: bool = False
    ) -> None:
        """Key feedback: the next key's notice replaces it."""
        self.reader.news_app.notify(
            message,
            title=title,
            severity=severity,
            markup=False,
            laid_out=laid_out,
            timeout=MARK_NOTICE_SECONDS,
            kind=KEY_FEEDBACK,
        )


def _stories(count: int) -> str:
    """``1 story``, ``12 stories``."""
    return f"{count} story" if count == 1 else f"{count} stories"
