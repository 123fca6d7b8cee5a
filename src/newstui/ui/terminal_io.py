"""Raw writes to the terminal, between Textual's own: the bidi mode escapes at suspend, resume and switch."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

    from newstui.ui.app import NewsApp

__all__ = ["bidi_around_suspend", "write_raw", "write_suspended"]


def write_raw(sequence: str) -> None:
    """Write a mode escape straight to the terminal (between Textual's own writes: at suspend and resume)."""
    stream = sys.__stdout__
    if stream is None:
        return
    try:
        stream.write(sequence)
        stream.flush()
    except (OSError, ValueError):
        pass


def write_suspended(app: App[Any], sequence: str) -> None:
    """Write a mode escape while ``app`` is suspended, so it never lands inside a frame being drawn.

    Textual offers no public way to write raw bytes to its driver; ``App.suspend`` (public) stops the
    output thread and restores the terminal, we write, and Textual redraws on resume. Headless runs
    (tests) cannot suspend, and have no terminal to tell anyway.
    """
    from textual.app import SuspendNotSupported

    if sys.__stdout__ is None:
        return
    try:
        with app.suspend():
            write_raw(sequence)
    except SuspendNotSupported:
        pass


def bidi_around_suspend(app: NewsApp) -> None:
    """Have ctrl+z give the shell the terminal's own bidi back (it reorders the shell's Arabic itself), and
    ``fg`` set the bidi mode as the reader draws it again and draw the whole screen again.

    The callbacks run at once, not after pending messages: the suspend (SIGTSTP) follows its signal right
    away. After ``fg`` the terminal's alternate screen was left and entered again, so it is blank; Textual
    redraws after ``App.suspend`` but not after a suspend by signal.
    """

    def before_suspend(_app: App[None]) -> None:
        if app.bidi_mode == "app" and app.settings.bidi.leave:
            write_raw(app.settings.bidi.leave)

    def after_resume(_app: App[None]) -> None:
        if app.bidi_mode == "app" and app.settings.bidi.enter:
            write_raw(app.settings.bidi.enter)
        app.refresh(layout=True)

    app.app_suspend_signal.subscribe(app, before_suspend, immediate=True)
    app.app_resume_signal.subscribe(app, after_resume, immediate=True)
