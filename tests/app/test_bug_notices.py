"""Pilot tests: a bug in newstui on one source is told in the reader as a bug (its traceback kept under
NEWSTUI_DEBUG), the other sources still listed; a worker's bug is told as one too; notify's markup is off."""

from __future__ import annotations

import inspect
import time
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, settle

from newstui.errors import DEBUG_HINT

STORIES = {
    "1_rain.txt": "خبر عن المطر في المدينة\n\nهطلت أمطار غزيرة على المدينة طوال الليل.\n",
    "2_bug.txt": "خبر يكسر المحلل\n\nنص الخبر.\n",
    "3_market.txt": "سوق أسبوعي جديد قرب المحطة\n\nافتتحت البلدة سوقها الأسبوعي الجديد.\n",
}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of three stories; reading ``2_bug.txt`` for the list raises TypeError (a bug in newstui)."""
    from newstui.sources import index

    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    listed = index.index_noted

    def broken(path: str, **kwargs: Any) -> Any:
        if path.endswith("2_bug.txt"):
            raise TypeError("an injected bug")
        return listed(path, **kwargs)

    monkeypatch.setattr(index, "index_noted", broken)  # (index_file, its articles alone, calls it too)
    return tmp_path


async def test_a_bug_on_one_file_lists_the_others_and_says_it_is_a_bug(
    make_app: Any, hook: Any, notes: list[Any], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder's other two stories are listed; one error notice says the file hit an unexpected error and how
    to see where; the line told after the reader is the same, with no traceback."""
    monkeypatch.delenv("NEWSTUI_DEBUG", raising=False)
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        listed = [article.title for article in reader(app).article_list.articles]
        assert listed == ["خبر عن المطر في المدينة", "سوق أسبوعي جديد قرب المحطة"]
        errors = [note.message for note in notes if note.severity == "error"]
        assert len(errors) == 1
        assert "2_bug.txt" in errors[0] and "unexpected error: TypeError: an injected bug" in errors[0]
        assert DEBUG_HINT in errors[0]
    assert app.load_failures() == [
        f"{folder / '2_bug.txt'}: unexpected error: TypeError: an injected bug ({DEBUG_HINT})"
    ]


async def test_debug_keeps_the_bug_s_traceback(
    make_app: Any, hook: Any, notes: list[Any], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEWSTUI_DEBUG=1: the bug's traceback is told after the reader, after its line (not in a notice)."""
    monkeypatch.setenv("NEWSTUI_DEBUG", "1")
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert len(reader(app).article_list.articles) == 2
        assert not any("Traceback" in note.message for note in notes)
    line, traceback = app.load_failures()
    assert line.endswith(f"unexpected error: TypeError: an injected bug ({DEBUG_HINT})")
    assert traceback.startswith(f"{folder / '2_bug.txt'}:\nTraceback (most recent call last):")
    assert "in broken" in traceback and traceback.endswith("TypeError: an injected bug")


async def test_a_worker_s_bug_is_told_as_a_bug(
    make_app: Any, hook: Any, notes: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that fails on a bug (not a NewsError): its notice says it is unexpected and how to see where,
    and NEWSTUI_DEBUG keeps its traceback for after the reader; a NewsError's notice is its message alone."""
    from newstui.errors import FetchError

    monkeypatch.setenv("NEWSTUI_DEBUG", "1")
    app = make_app()
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)

        async def broken() -> None:
            raise KeyError("an injected bug")

        async def refused() -> None:
            raise FetchError("HTTP 404 Not Found")

        for work, name in ((broken, "broken"), (refused, "refused")):
            worker = screen.run_worker(work, name=name, group="test", exit_on_error=False)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # (the app's wait_for_complete would raise the worker's error here)
                await pilot.pause(0.01)
                if worker.is_finished:
                    break
            await pilot.pause()
        errors = [note.message for note in notes if note.severity == "error"]
        assert errors == [f"unexpected error: KeyError: 'an injected bug' ({DEBUG_HINT})", "HTTP 404 Not Found"]
    (traceback,) = app.load_failures()
    assert traceback.startswith("broken:\nTraceback") and traceback.endswith("KeyError: 'an injected bug'")


async def test_a_bug_in_the_corpus_reaches_the_app_s_handler(
    make_app: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding loaded stories to the corpus is newstui's own work: a bug there is not turned into a source's
    failure but reaches the app's handler (the reader closes; the command line says it with exit status 70)."""
    from newstui.corpus import Corpus

    monkeypatch.delenv("NEWSTUI_DEBUG", raising=False)

    app = make_app([], refs=(str(folder / "1_rain.txt"),))

    def broken(self: Any, articles: Any) -> Any:
        raise TypeError("a bug in the corpus")

    monkeypatch.setattr(Corpus, "add", broken)
    with pytest.raises(TypeError, match="a bug in the corpus"):
        async with app.run_test(size=SIZE) as pilot:
            deadline = time.monotonic() + 30
            while app.is_running and time.monotonic() < deadline:  # the app's handler closes it (not settle: it
                await pilot.pause(0.05)  # would wait out its deadline)
    assert isinstance(app.unexpected_error, TypeError)


def test_notify_s_markup_is_off_by_default() -> None:
    """NewsApp.notify shows untrusted text: markup is off unless a caller turns it on."""
    from newstui.ui.app import NewsApp

    assert inspect.signature(NewsApp.notify).parameters["markup"].default is False
