"""Helpers shared by the app tests: the reader screen, drawn rows, waiting for workers."""

from __future__ import annotations

import time
from typing import Any

from newstui.ui.screens.reader import ReaderScreen
from newstui.ui.widgets.article_view import ArticleView

SIZE = (120, 40)
"""The terminal size most tests run at."""


def reader(app: Any) -> ReaderScreen:
    """The app's reader screen."""
    screen = app.get_screen("_default") if not isinstance(app.screen, ReaderScreen) else app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def screen_lines(view: ArticleView) -> list[str]:
    """The article pane's rows as drawn."""
    return [view.render_line(y).text for y in range(view.scrollable_content_region.height)]


async def settle(pilot: Any, timeout: float = 10.0) -> None:
    """Wait until sources have loaded and no worker runs, then for the screen to catch up."""
    deadline = time.monotonic() + timeout
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        busy = reader(pilot.app).loading_sources or any(worker.is_running for worker in pilot.app.workers)
        if not busy:
            return
        assert time.monotonic() < deadline, "the app did not settle"
        await pilot.pause(0.05)
