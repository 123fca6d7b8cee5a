"""Pilot tests of o with the real ``webbrowser``: the browser is looked for off the app's loop, told as before."""

from __future__ import annotations

import threading
import time
import webbrowser
from dataclasses import replace
from typing import Any

import pytest
from app_stories import FERRY, READING
from app_support import SIZE, reader, settle

from newstui.corpus import Corpus
from newstui.settings import Settings
from newstui.terminal import BidiSetup
from newstui.ui.app import create_app

URL = "https://news.example/ferry"
_LOOKUP_WAIT = 30.0
"""Longest a look-up waits to be released: were it on the app's loop, ``n`` would wait that long."""


def _looked_up(
    monkeypatch: pytest.MonkeyPatch, *, found: bool, release: threading.Event | None = None
) -> tuple[list[str], list[str]]:
    """``webbrowser.get`` replaced by one that waits for ``release`` (xdg-settings on a slow machine; at most
    ``_LOOKUP_WAIT`` seconds) and finds a graphical browser or none; the threads it ran on, and the addresses that
    browser opened."""
    threads: list[str] = []
    opened: list[str] = []

    class Browser:
        name = "firefox"

        def open(self, url: str) -> bool:
            opened.append(url)
            return True

    def get() -> Browser:
        threads.append(threading.current_thread().name)
        if release is not None:
            release.wait(_LOOKUP_WAIT)
        if not found:
            raise webbrowser.Error("could not locate runnable browser")
        return Browser()

    monkeypatch.setattr(webbrowser, "get", get)
    monkeypatch.setenv("DISPLAY", ":0")  # a graphical browser can run
    return threads, opened


def _app() -> Any:
    return create_app(Settings(bidi=BidiSetup(mode="app")), corpus=Corpus([replace(FERRY, url=URL), READING]))


async def test_the_browser_is_looked_for_off_the_loop(
    monkeypatch: pytest.MonkeyPatch, hook: Any, notes: list[Any]
) -> None:
    """webbrowser.get (its first call may run xdg-settings) runs on a thread: while it takes its time, n moves
    to the next story; "Opening …" is told once it is found, and the browser gets the address."""
    release = threading.Event()
    threads, opened = _looked_up(monkeypatch, found=True, release=release)
    app = _app()
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        started = time.monotonic()
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        moved = reader(app).current
        assert moved is not None and moved.id == READING.id
        # (A look-up on the loop would hold n back until released or _LOOKUP_WAIT passed: half of it is no race.)
        assert time.monotonic() - started < _LOOKUP_WAIT / 2, "n was answered while the browser was looked for"
        assert not release.is_set() and opened == [], "the look-up still waits"
        assert notes == [], "nothing told before the browser is found"
        release.set()
        await settle(pilot)
    assert threads and threading.main_thread().name not in threads, "webbrowser.get ran off the app's loop"
    assert opened == [URL]
    assert [(str(note.message), note.severity) for note in notes] == [(f"Opening {URL}", "information")]


@pytest.mark.parametrize("why", [None, "not a readable type (application/pdf)"])
async def test_no_browser_found_on_the_thread_is_told_as_before(
    monkeypatch: pytest.MonkeyPatch, hook: Any, notes: list[Any], why: str | None
) -> None:
    """No browser (the look-up failing on its thread) is the same warning, with the reason the address is not
    read here when there is one; nothing says "Opening"."""
    threads, opened = _looked_up(monkeypatch, found=False)
    app = _app()
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        app.open_in_browser(URL, why=why)
        await settle(pilot)
        assert app.is_running
    none = "No web browser was found (set the BROWSER variable to one)."
    assert [(str(note.message), note.severity) for note in notes] == [
        (f"{URL}: {why}. {none}" if why else none, "warning")
    ]
    assert threads and threading.main_thread().name not in threads and opened == []
