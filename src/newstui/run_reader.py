"""The interactive reader's run: signals, stderr on the terminal, the bidi escapes around it, its exit status."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final, Protocol

from newstui.cli_args import PROG
from newstui.errors import error_line

if TYPE_CHECKING:
    from newstui.settings import Settings
    from newstui.sources.prefetch import Prefetch

__all__ = [
    "FORCED_EXIT_SECONDS",
    "INTERNAL_ERROR",
    "ReaderApp",
    "draw_on_the_terminal",
    "end_after",
    "hint_once",
    "remember_hint",
    "restore_stderr",
    "run_app",
    "start_prefetch",
]

FORCED_EXIT_SECONDS: Final = 5.0
"""How long the reader may take to wind down after a hang-up or a termination signal."""
INTERNAL_ERROR: Final = 70
"""Exit status of a failure newstui did not expect (a bug): sysexits' EX_SOFTWARE."""


class ReaderApp(Protocol):
    """What ``run_app`` asks of the reader app (``newstui.ui.app``, which only the command line imports)."""

    @property
    def is_running(self) -> bool:
        """The app's loop runs (a signal then asks it to exit)."""
        ...

    @property
    def return_code(self) -> int | None:
        """The status the app exited with."""
        ...

    @property
    def unexpected_error(self) -> Exception | None:
        """A failure the app did not expect, told in one line after it ends."""
        ...

    def run(self) -> object:
        """Run the app until it exits."""
        ...

    def exit(self, *, return_code: int) -> None:
        """Ask the app to wind down with ``return_code``."""
        ...

    def load_failures(self) -> list[str]:
        """The sources that failed, one line each."""
        ...

    def state_failures(self) -> list[str]:
        """What the app could not keep (read log, theme), one line each."""
        ...

    def loaded_nothing(self) -> bool:
        """No source gave a story."""
        ...


AppMaker = Callable[["Settings", "Prefetch | None"], ReaderApp]
"""Makes the reader app for the settings and the prefetch helper (imports Textual)."""


HINT_MARKER: Final = "bidi-hint-shown"
"""The file in the state folder saying the one-time bidi hint was shown on this machine."""
_HINT_TEMP_PREFIX: Final = ".bidi-hint-"
"""The marker's temporary files (``.bidi-hint-*.tmp``) while it is written."""


def _hint_marker() -> Path:
    from platformdirs import user_state_path

    return user_state_path(PROG) / HINT_MARKER


def hint_once(hint: str | None) -> str | None:
    """The hint unless it was shown on this machine already (``remember_hint`` keeps that once it is)."""
    if not hint:
        return None
    try:
        if _hint_marker().exists():
            return None
    except (OSError, ValueError):
        pass
    return hint


def remember_hint(hint: str) -> None:
    """Keep, in the state folder, that ``hint`` was shown: written whole or not at all (a full disk leaves no
    empty marker that would count as shown), and temporary files a write killed before its rename left are
    removed, as the other state files' are; never fails."""
    from newstui.atomic_file import remove_stale_temps, synced_temp

    try:
        marker = _hint_marker()
        marker.parent.mkdir(parents=True, exist_ok=True)
        with synced_temp(marker.parent, hint + "\n", prefix=_HINT_TEMP_PREFIX) as temp:
            os.replace(temp, marker)
    except (OSError, ValueError):
        return
    remove_stale_temps(marker.parent, (_HINT_TEMP_PREFIX,))


def start_prefetch(settings: Settings) -> Prefetch | None:
    """The helper loading the run's files, URLs and folders' first articles (None if none, or it cannot start)."""
    if all(ref == "-" for ref in settings.refs):
        return None
    from newstui.sources.options import reader_options
    from newstui.sources.prefetch import Prefetch

    return Prefetch.start(settings.refs, reader_options(settings))


def run_app(settings: Settings, make_app: AppMaker) -> int:
    """Run the interactive reader ``make_app`` makes; the terminal's bidi mode is restored however it ends.

    Returns the exit status: the app's own, else 70 for a failure it did not expect, 2 when no source
    gave a story, 1 when some failed, 0 when all loaded.
    """
    from newstui import collector
    from newstui.cli import utf8_stream
    from newstui.terminal import wait_for_foreground

    collector.pause()  # until the first frame is drawn (the reader resumes it): start-up makes no garbage
    signals = _Signals()
    signals.install()
    wait_for_foreground(0)  # a background job is stopped here, before any thread: see there
    for name in ("COLUMNS", "LINES"):  # the --print width; Textual would take them as the terminal's size for good
        os.environ.pop(name, None)
    # Files, URLs and folders start loading in a helper process now, on another core, while Textual is imported.
    prefetch = start_prefetch(settings)
    saved_stderr = draw_on_the_terminal()
    if sys.__stderr__ is not None:
        utf8_stream(sys.__stderr__)  # Textual draws through it
    term = sys.__stdout__
    bidi = settings.bidi
    try:
        if bidi.enter and term is not None:
            term.write(bidi.enter)
            term.flush()
        app = make_app(settings, prefetch)
        signals.app = app
        try:
            app.run()
        except Exception:
            if not signals.received:
                raise
            return signals.received[0]  # Textual failed while winding down after the signal: see below
        restore_stderr(saved_stderr)
        saved_stderr = None
        return _status_after(app, settings, signals.received)
    finally:
        restore_stderr(saved_stderr)
        collector.resume(freeze=False)
        if prefetch is not None:
            prefetch.close()
        if bidi.leave and term is not None:
            try:
                term.write(bidi.leave)
                term.flush()
            except OSError:
                pass


class _Signals:
    """SIGTERM, SIGHUP and SIGINT while the reader runs: the app asked to exit with 128 + the signal's number."""

    def __init__(self) -> None:
        self.app: ReaderApp | None = None
        """The app, once made: a signal asks it to exit."""
        self.received: list[int] = []
        """The exit status of the termination signals received (128 + the signal's number), first first."""

    def install(self) -> None:
        """Handle the three signals (from now until the process ends)."""
        import signal

        # SIGINT too (``kill -INT``; the ctrl+c key is the reader's own): asyncio's handler for it would cancel
        # Textual's loop, which then ends as if the user had quit, with status 0.
        for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(sig, self._terminate)

    def _terminate(self, signum: int, _frame: object) -> None:
        import signal

        if signum == signal.SIGINT and self.app is None:
            raise KeyboardInterrupt  # before the reader: as Python's own handler (the command line says 130)
        # A terminal closed under its shell also sends SIGCONT, as does `kill %1` to a stopped job: Textual's
        # handler for it would run after its event loop has closed (a RuntimeError instead of this exit).
        # Nothing is to be resumed now; but a handler, not SIG_DFL: a SIGCONT already received and waiting
        # for its Python handler would find none and raise "Signal 18 ignored due to race condition".
        signal.signal(signal.SIGCONT, _ignore_signal)
        code = 128 + signum
        self.received.append(code)
        # Whatever happens next, the process ends: Textual's input thread, left reading a terminal that has
        # hung up, would keep the interpreter from exiting (at half a core, unseen).
        end_after(code, FORCED_EXIT_SECONDS)
        if self.app is not None and self.app.is_running:
            self.app.exit(return_code=code)  # the app winds down and stops its driver (on this thread)
            return
        raise SystemExit(code)


def _ignore_signal(_signum: int, _frame: object) -> None:
    """A signal handler that does nothing."""


def _status_after(app: ReaderApp, settings: Settings, signalled: list[int]) -> int:
    """The exit status once the reader has closed, what failed told again on the terminal."""
    if app.unexpected_error is not None and signalled:
        # A reader stopped by job control before its first frame and then hung up: Textual winds down a
        # driver that never started and fails. The signal's status, as for any hang-up; no error line (the
        # terminal is gone, and the user did not meet a bug but ended the reader).
        return signalled[0]
    if app.unexpected_error is not None:
        sys.stderr.write(f"{PROG}: {error_line(app.unexpected_error)} (NEWSTUI_DEBUG=1 shows where)\n")
        return INTERNAL_ERROR
    if settings.bidi.hint and settings.remember:
        remember_hint(settings.bidi.hint)  # shown with the reader's first frame; kept only now (--private: never)
    # What failed was told in the reader; said again on the terminal, it outlives the reader's screen.
    # However the reader closed: after ctrl+c or a signal too (its status is then the signal's).
    failures = app.load_failures()
    _tell([*failures, *app.state_failures()])  # the second kind leaves the status as it is
    code = app.return_code
    if code is not None and code != 0:
        return int(code)
    if failures and app.loaded_nothing():
        return 2  # as --print: nothing could be shown
    return 1 if failures else 0


def _tell(lines: list[str]) -> None:
    """Each line on stderr after the program's name; a terminal that has gone away (a hang-up) takes none."""
    try:
        for line in lines:
            sys.stderr.write(f"{PROG}: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def end_after(code: int, seconds: float) -> None:
    """End the process with ``code`` in ``seconds`` unless it has ended by then (a daemon timer)."""
    import threading

    def end() -> None:
        try:
            sys.stderr.flush()
        except (OSError, ValueError, AttributeError):
            pass
        os._exit(code)

    timer = threading.Timer(seconds, end)
    timer.daemon = True
    timer.start()


def draw_on_the_terminal() -> int | None:
    """Point fd 2 at the terminal while the reader runs when ``2> file`` sent it elsewhere.

    Textual draws through stderr: with stderr in a file and stdout on the terminal the screen would go
    into the file. Returns a copy of the old fd 2 for ``restore_stderr`` (None when nothing moved), so
    the lines told after the reader still go where the user sent them.
    """
    try:
        if os.isatty(2) or not os.isatty(1):
            return None
        saved = os.dup(2)
        os.dup2(1, 2)
    except OSError:
        return None
    return saved


def restore_stderr(saved: int | None) -> None:
    """Give fd 2 back what ``draw_on_the_terminal`` took from it."""
    if saved is None:
        return
    try:
        if sys.__stderr__ is not None:
            sys.__stderr__.flush()
        os.dup2(saved, 2)
        os.close(saved)
    except (OSError, ValueError):
        pass
