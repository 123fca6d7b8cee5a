"""Start-up: the command line pauses garbage collection before Textual loads; the reader resumes it after a frame."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from newstui import cli, collector
from newstui.settings import Settings
from newstui.terminal import BidiSetup


@pytest.fixture
def freezes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[bool, int]]]:
    """Record each freeze (whether collection was on, rows the article list had drawn) instead of freezing."""
    calls: list[tuple[bool, int]] = []
    monkeypatch.setattr(collector, "_paused", False)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append((gc.isenabled(), _drawn[0])))
    was = gc.isenabled()
    yield calls
    if was:
        gc.enable()


_drawn = [0]
"""Rows the article list has drawn so far in the test."""


async def test_reader_resumes_collection_after_its_first_frame(
    make_app: Callable[..., Any], freezes: list[tuple[bool, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paused as the command line leaves it, collection restarts once the panes have been drawn, not before."""
    from newstui.ui.widgets.article_list import ArticleList

    original = ArticleList.render_line

    def counting(self: ArticleList, y: int) -> Any:
        _drawn[0] += 1
        return original(self, y)

    monkeypatch.setattr(ArticleList, "render_line", counting)
    _drawn[0] = 0
    app = make_app()
    gc.enable()
    collector.pause()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert gc.isenabled()
        assert not collector.paused()
    assert len(freezes) == 1
    enabled_then, rows_then = freezes[0]
    assert not enabled_then  # frozen just before collection restarts
    assert rows_then > 0  # the list was on screen by then


def test_cli_pauses_collection_until_the_app_is_done(monkeypatch: pytest.MonkeyPatch, freezes: list[Any]) -> None:
    """``_run_app`` stops collection before Textual is imported and restarts it (unfrozen) when the app ends."""
    seen: list[bool] = []

    class FakeApp:
        return_code = 0
        unexpected_error = None

        def run(self) -> None:
            seen.append(gc.isenabled())

        def load_failures(self) -> list[str]:
            return []

        def state_failures(self) -> list[str]:
            return []

    import newstui.ui.app as ui_app

    monkeypatch.setattr(ui_app, "create_app", lambda settings, prefetch=None: FakeApp())
    gc.enable()
    assert cli._run_app(Settings(refs=("-",), bidi=BidiSetup(mode="app"))) == 0
    assert seen == [False]
    assert gc.isenabled()
    assert not collector.paused()
    assert freezes == []


ON_KEY_MODULES = (
    "newstui.load_notes",
    "newstui.ui.screens.reader_actions",
    "newstui.ui.screens.reader_filter",
    "newstui.ui.screens.reader_find",
    "newstui.ui.screens.reader_indexed",
    "newstui.ui.screens.reader_navigation",
    "newstui.ui.screens.reader_reload",
    "newstui.ui.screens.reader_switches",
    "newstui.ui.screens.reader_web",
)
"""What the reader imports only when a key (or a source that needs it) asks for it."""
AFTER_FIRST_FRAME_MODULES = ("newstui.ui.screens.reader_prefetch", "newstui.ui.screens.reader_read_log")
"""What the reader imports right after its first frame (the log of stories read, related stories laid out)."""

_FIRST_FRAME_SCRIPT = """
import asyncio, sys
from newstui.settings import Settings
from newstui.terminal import BidiSetup
from newstui.ui.app import create_app
from newstui.ui.screens.reader import ReaderScreen

at_first_frame = []
load_read_log = ReaderScreen._load_read_log  # the first thing the reader does after its first frame

def loading_read_log(screen):
    at_first_frame.extend(sys.modules)
    load_read_log(screen)

ReaderScreen._load_read_log = loading_read_log

async def main():
    app = create_app(Settings(refs=(sys.argv[1],), bidi=BidiSetup(mode="app"), remember=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        after = set(sys.modules)
    print(" ".join(sorted(at_first_frame)))
    print(" ".join(sorted(after)))

asyncio.run(main())
"""


def test_reader_modules_for_keys_load_on_demand(tmp_path: Any) -> None:
    """The first frame needs none of the reader's helper modules for keys; after it, only the read log and
    the related stories' layout are loaded, and keys' modules still are not."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    story = Path(__file__).parent / "fixtures" / "souq.txt"
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_FRAME_SCRIPT, str(story)], capture_output=True, text=True, check=True, env=env
    )
    first, after = (set(line.split()) for line in out.stdout.splitlines()[-2:])
    assert "newstui.ui.screens.reader" in first
    assert not first & {*ON_KEY_MODULES, *AFTER_FIRST_FRAME_MODULES}
    assert set(AFTER_FIRST_FRAME_MODULES) <= after
    assert not after & set(ON_KEY_MODULES)
