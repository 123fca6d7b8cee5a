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

        def run(self) -> None:
            seen.append(gc.isenabled())

    import newstui.ui.app as ui_app

    monkeypatch.setattr(ui_app, "create_app", lambda settings, prefetch=None: FakeApp())
    gc.enable()
    assert cli._run_app(Settings(refs=("-",), bidi=BidiSetup(mode="app"))) == 0
    assert seen == [False]
    assert gc.isenabled()
    assert not collector.paused()
    assert freezes == []
