"""Helpers shared by the app tests: the reader screen, drawn rows, waiting for workers."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from newstui.model import Article
from newstui.ui.screens.reader import ReaderScreen
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.line_list import LineList

SIZE = (120, 40)
"""The terminal size most tests run at."""


def reader(app: Any) -> ReaderScreen:
    """The app's reader screen."""
    screen = app.get_screen("_default") if not isinstance(app.screen, ReaderScreen) else app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def screen_lines(view: ArticleView | LineList) -> list[str]:
    """A pane's rows as drawn (the article's or a list's), without the blank gap before the scrollbar."""
    width = view.text_width if isinstance(view, ArticleView) else view.line_width
    return [view.render_line(y).crop(0, width).text for y in range(view.scrollable_content_region.height)]


async def settle(pilot: Any, timeout: float = 30.0) -> None:
    """Wait until sources have loaded and no worker runs, then for the screen to catch up (up to 30 s: a loaded
    machine)."""
    deadline = time.monotonic() + timeout
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        busy = reader(pilot.app).loading_sources or any(worker.is_running for worker in pilot.app.workers)
        if not busy:
            return
        assert time.monotonic() < deadline, "the app did not settle"
        await pilot.pause(0.05)


def long_story(title: str, paragraphs: Sequence[str], count: int = 300) -> Article:
    """A story of ``count`` numbered paragraphs taken in turn from ``paragraphs`` (for reading-position tests)."""
    numbered = tuple(f"[{n}] {paragraphs[n % len(paragraphs)]}" for n in range(count))  # ("3. …" is a list item)
    return Article(id="long", title=title, paragraphs=numbered, direction="rtl")


async def top_block_kept(pilot: Any, key: str, pages: int = 20) -> ArticleView:
    """Page down ``pages`` times in the article, press ``key``: it must lay the article out again with the
    same paragraph at the top. Returns the article pane for more checks."""
    view = reader(pilot.app).article_view
    view.focus()
    for _ in range(pages):
        await pilot.press("pagedown")
    await pilot.pause()
    layout = view.article_layout
    assert layout is not None
    block = layout.block_at(int(view.scroll_y))[0]
    assert block > 40, "deep in the story"
    await pilot.press(key)
    await pilot.pause()
    assert view.article_layout is not None and view.article_layout is not layout, "laid out again"
    assert view.article_layout.block_at(int(view.scroll_y))[0] == block, "the same paragraph at the top"
    return view


async def reload_and_wait(pilot: Any, notes: list[Any], timeout: float = 15.0) -> str:
    """Press r and wait for the reload's notification (``notes``: the app's notifications, recorded); its text."""
    before = len(notes)
    await pilot.press("r")
    deadline = time.monotonic() + timeout
    while not any(note.title == "Reloaded" for note in notes[before:]):
        assert time.monotonic() < deadline, "the reload did not finish"
        await pilot.pause(0.05)
    await pilot.pause()
    return next(str(note.message) for note in notes[before:] if note.title == "Reloaded")
