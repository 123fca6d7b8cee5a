"""Keys that come quickly with w: w q quits without a warning, w w opens one box and says nothing of a save, and q
right after a save waits for its file."""

from __future__ import annotations

import gc
import threading
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
from app_stories import BOOK_FAIR, READING
from app_support import SIZE
from textual import events
from textual.widgets import Input

from newstui.ui.screens.prompts import SaveScreen


def _send_together(app: Any, *keys: str) -> None:
    """Give ``keys`` to the driver in one go, as one read of the terminal brings them."""
    for key in keys:
        character = {"space": " ", "enter": "\r"}.get(key, key if len(key) == 1 else None)
        event = events.Key(key, character)
        event.set_sender(app)
        app._driver.send_message(event)


def _slow_name(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Looking for the name to offer takes until the returned event is set (a slow disk; 30 s at most): keys typed
    with w come while it runs, however slowly a loaded machine answers them."""
    import newstui.save

    named = newstui.save.default_name
    release = threading.Event()

    def default_name(article: Any, folder: Path | None = None) -> str:
        release.wait(30)
        return named(article, folder)

    monkeypatch.setattr(newstui.save, "default_name", default_name)
    return release


async def test_w_then_q_together_quits_without_a_warning(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``q`` right behind ``w`` closes the reader before the worker looking for the name starts: no coroutine
    is left un-awaited (Python would print a RuntimeWarning on the terminal at exit)."""
    monkeypatch.chdir(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        app = make_app((BOOK_FAIR, READING))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            _send_together(app, "w", "q")
            await pilot.pause()
            await pilot.pause()
        del app, pilot
        gc.collect()
    unawaited = [str(w.message) for w in caught if "never awaited" in str(w.message)]
    assert unawaited == []
    assert list(tmp_path.iterdir()) == []


async def test_w_twice_together_opens_one_box_and_says_nothing_of_saving(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second ``w`` while the name is still looked for is not a second save: no "Still saving" (nothing is
    being saved), one Save box, the name offered as it was."""
    release = _slow_name(monkeypatch)
    monkeypatch.chdir(tmp_path)
    app = make_app((BOOK_FAIR, READING))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        _send_together(app, "w", "w")
        await pilot.pause()
        await pilot.pause()  # (both keys answered while the name is still looked for)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SaveScreen)
        assert str(app.screen.query_one(Input).value) == f"{BOOK_FAIR.title}.txt"
        assert [str(note.message) for note in notes] == []
        assert sum(isinstance(screen, SaveScreen) for screen in app.screen_stack) == 1


async def test_q_right_after_a_save_waits_for_the_file(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story being written when q comes (a slow disk) is written before the reader closes: q quit
    while the write went on, on a thread of a closing app, and the file was lost."""
    import newstui.save

    monkeypatch.chdir(tmp_path)
    save_new = newstui.save.save_new

    def slow_save(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.5)
        return save_new(*args, **kwargs)

    monkeypatch.setattr(newstui.save, "save_new", slow_save)
    app = make_app((BOOK_FAIR, READING))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SaveScreen)
        offered = str(app.screen.query_one(Input).value)
        await pilot.press("enter")
        await pilot.press("q")
        deadline = time.monotonic() + 30
        while app.is_running and time.monotonic() < deadline:
            await pilot.pause(0.05)
        assert not app.is_running, "q quit the reader"
    assert sorted(p.name for p in tmp_path.iterdir()) == [offered]
