"""collector: start-up pauses automatic garbage collection; resume restarts it once, freezing start-up objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from newstui import collector


@pytest.fixture(autouse=True)
def restore_gc(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record freezes instead of freezing the test process; leave the collector as it was."""
    calls: list[str] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(collector, "_paused", False)
    was = gc.isenabled()
    yield calls
    if was:
        gc.enable()
    else:
        gc.disable()


class TestPauseResume:
    def test_pause_stops_collection_and_resume_restarts_it_after_a_freeze(self, restore_gc: list[str]) -> None:
        gc.enable()
        collector.pause()
        assert not gc.isenabled()
        assert collector.paused()
        collector.resume()
        assert gc.isenabled()
        assert not collector.paused()
        assert restore_gc == ["freeze"]

    def test_resume_is_idempotent(self, restore_gc: list[str]) -> None:
        gc.enable()
        collector.pause()
        collector.resume()
        collector.resume()
        assert restore_gc == ["freeze"]

    def test_resume_without_freeze_at_the_end_of_a_run(self, restore_gc: list[str]) -> None:
        gc.enable()
        collector.pause()
        collector.resume(freeze=False)
        assert gc.isenabled()
        assert restore_gc == []

    def test_collection_someone_else_turned_off_stays_off(self, restore_gc: list[str]) -> None:
        gc.disable()
        collector.pause()
        assert not collector.paused()
        collector.resume()
        assert not gc.isenabled()
        assert restore_gc == []

    def test_resume_alone_does_nothing(self, restore_gc: list[str]) -> None:
        gc.enable()
        collector.resume()
        assert gc.isenabled()
        assert restore_gc == []
