"""The reader's log of stories read: loaded on a thread after the first frame, saved soon after opens and on exit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newstui.errors import NewsError

if TYPE_CHECKING:
    from textual.timer import Timer

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
