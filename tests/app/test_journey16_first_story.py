"""Pilot tests: with several sources, the reader opens the first story of the first source named, even when a later
source lands first (and the failures told after quit come in command-line order, whatever order they landed in)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, settle

from newstui.model import LoadResult
from newstui.sources import loader
from newstui.ui.screens import reader_loading

FOLDER_STORIES = (
    ("01_maa.txt", "انقطاع المياه عن أحياء المدينة القديمة", "أعلنت مصلحة المياه أن الانقطاع يستمر يومين."),
    ("02_sooq.txt", "افتتاح سوق السمك الجديد قرب الميناء", "افتتح المحافظ صباح اليوم السوق الجديد."),
    ("03_tareeq.txt", "بدء أعمال توسعة الطريق الدائري", "قالت البلدية إن الأعمال تنتهي قبل الصيف."),
)
LONE = ("توسعة رصيف الميناء التجاري", "وقعت هيئة الموانئ عقد التوسعة أمس بحضور الوزير.")
OTHER = ("مهرجان الصيف يعود إلى الكورنيش", "تبدأ العروض مساء الخميس وتستمر أسبوعا.")


def _write(path: Path, title: str, body: str) -> None:
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def _sources(tmp_path: Path) -> tuple[str, str, str]:
    """A folder of three stories, then two files: the command line ``newstui folder lone.txt other.txt``."""
    folder = tmp_path / "folder"
    folder.mkdir()
    for name, title, body in FOLDER_STORIES:
        _write(folder / name, title, body)
    lone = tmp_path / "lone.txt"
    _write(lone, *LONE)
    other = tmp_path / "other.txt"
    _write(other, *OTHER)
    return str(folder), str(lone), str(other)


def _hold_back(monkeypatch: pytest.MonkeyPatch, held: set[int], release: asyncio.Event) -> None:
    """The loader reports the sources at positions ``held`` only once ``release`` is set: they land last (as a
    folder the helper had not answered for the first frame lands after a small file read at once)."""
    real = loader.load_sources

    async def load_sources(
        refs: Any,
        options: Any,
        *,
        on_result: Callable[[int, LoadResult], None],
        on_done: Callable[[int], None],
        **rest: Any,
    ) -> list[LoadResult]:
        later: list[tuple[int, LoadResult]] = []
        finished: list[int] = []

        def result(index: int, found: LoadResult) -> None:
            (later.append((index, found)) if index in held else on_result(index, found))

        def done(index: int) -> None:
            (finished.append(index) if index in held else on_done(index))

        results = await real(refs, options, on_result=result, on_done=done, **rest)
        await release.wait()
        for index, found in later:
            on_result(index, found)
        for index in finished:
            on_done(index)
        return results

    monkeypatch.setattr(loader, "load_sources", load_sources)


async def _wait_for(pilot: Any, condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("timed out")


async def test_the_first_source_landing_last_still_opens_first(
    make_app: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``newstui folder lone.txt other.txt``, the files landing first: a file's story opens at once; the folder
    lands, and its first story, the list's first row, takes the open story's place (the file's story stays
    unread, and the history holds the folder's story alone)."""
    release = asyncio.Event()
    _hold_back(monkeypatch, {0}, release)
    app = make_app([], refs=_sources(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await _wait_for(pilot, lambda: screen.current is not None)
        assert screen.current is not None and screen.current.title in {LONE[0], OTHER[0]}, "shown at once"
        shown_id = screen.current.id
        release.set()
        await settle(pilot)
        listed = [article.title for article in screen.article_list.articles]
        assert listed == [title for _, title, _ in FOLDER_STORIES] + [LONE[0], OTHER[0]]
        current = screen.current
        assert current is not None and current.title == FOLDER_STORIES[0][1]
        assert list(screen.history) == [current.id]
        assert screen.article_list.highlighted_id == current.id
        assert not screen.reads.was_read(shown_id) and not screen.reads.was_read(current.id)


@pytest.mark.parametrize("key", ["j", "tab", "s", "z"])
async def test_the_open_story_stays_once_the_user_did_something(
    make_app: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, key: str
) -> None:
    """A key pressed before the first source lands (the cursor moved, the focus moved, the list sorted, a pane
    maximized): the story open stays open."""
    release = asyncio.Event()
    _hold_back(monkeypatch, {0}, release)
    app = make_app([], refs=_sources(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await _wait_for(pilot, lambda: len(screen.article_list.articles) == 2)
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        release.set()
        await settle(pilot)
        current = screen.current
        assert current is not None and current.title == LONE[0]
        assert len(screen.corpus) == 5


async def test_a_story_shown_for_a_while_is_never_taken_away(
    make_app: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The first source landing after ``FIRST_STORY_MOVE_SECONDS`` (a slow page): the story the user may be
    reading stays; the list still has the first source's stories first."""
    monkeypatch.setattr(reader_loading, "FIRST_STORY_MOVE_SECONDS", 0.0)
    release = asyncio.Event()
    _hold_back(monkeypatch, {0}, release)
    app = make_app([], refs=_sources(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await _wait_for(pilot, lambda: screen.current is not None)
        release.set()
        await settle(pilot)
        current = screen.current
        assert current is not None and current.title in {LONE[0], OTHER[0]}
        assert screen.article_list.articles[0].title == FOLDER_STORIES[0][1]


async def test_sources_loading_side_by_side_open_the_first(make_app: Any, tmp_path: Path) -> None:
    """Nothing held back (the files usually land before the folder's first story): the folder's first opens."""
    app = make_app([], refs=_sources(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        current = reader(app).current
        assert current is not None and current.title == FOLDER_STORIES[0][1]


async def test_failures_after_quit_are_in_command_line_order(
    make_app: Any, hook: Any, notes: list[Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``newstui missing.txt bin.dat empty/ story.txt``, the binary file and the story landing first: after quit
    the failures are told as the command line names the sources (as --print tells them)."""
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "bin.dat"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "empty"
    empty.mkdir()
    story = tmp_path / "story.txt"
    _write(story, *LONE)
    release = asyncio.Event()
    _hold_back(monkeypatch, {0, 2}, release)
    app = make_app([], refs=(str(missing), str(binary), str(empty), str(story)))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        screen = reader(app)
        await _wait_for(pilot, lambda: screen.current is not None and bool(screen.loader.failures))
        release.set()
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    failures = app.load_failures()
    assert [line.partition(": ")[0] for line in failures] == [str(missing), str(binary), str(empty)]
    assert failures[0].endswith("no such file") and failures[1].endswith("binary file, not text")
