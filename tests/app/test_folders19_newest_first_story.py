"""Pilot tests of ``--sort newest`` on a folder: the reader opens a story at once (the walk's first, before any
date is known), then, once the list's order is known, the newest, the list's top, with the list at its top, as a
feed sorted so does; unless the user has touched the reader meanwhile (audit folders19 #2)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, settle

from newstui.sources import index

# Original stories written for these tests: (headline, dateline); the walk's order is the files' numbers.
OLD = ("خبر قديم عن افتتاح سوق الخضار", "الأحد 3 يناير 2021 - 09:00 ص")
MIDDLE = ("خبر عن تجديد ملعب الحي", "الاثنين 7 فبراير 2022 - 10:30 ص")
NEWEST = ("أحدث خبر عن موسم الأمطار", "الثلاثاء 14 مارس 2023 - 08:15 ص")


MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")


def _write(path: Path, title: str, dateline: str) -> None:
    path.write_text(
        f"صوت البلدة – محليات\n\n{title}\n\n{dateline}\n\n{title} بحسب ما أعلنته البلدية صباح اليوم.\n\n"
        "وقال مسؤول إن السكان سيتابعون التفاصيل في الأيام المقبلة.\n",
        encoding="utf-8",
    )


def _small(tmp_path: Path) -> Path:
    """Three stories, the oldest first in the walk and the newest last (the audit's ``small/``)."""
    folder = tmp_path / "small"
    folder.mkdir()
    for number, (title, dateline) in enumerate((OLD, MIDDLE, NEWEST), start=1):
        _write(folder / f"{number}.txt", title, dateline)
    return folder


def _long(tmp_path: Path, count: int = 40) -> Path:
    """``count`` stories, a day apart, the oldest first in the walk: the newest is the last file."""
    folder = tmp_path / "long"
    folder.mkdir()
    for number in range(count):
        day = date(2024, 1, 1) + timedelta(days=number)
        dateline = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        _write(folder / f"{number + 1:03d}.txt", f"خبر رقم {number + 1} عن شؤون البلدة", dateline)
    return folder


def _titles(app: Any) -> list[str]:
    return [article.title for article in reader(app).article_list.articles]


async def _until(pilot: Any, condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.02)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Folder entries' dates are read only once the event is set (the order is not known until then)."""
    event = threading.Event()
    original = index.entry_date

    def held(origin: str, **options: Any) -> str | None:
        event.wait(10)
        return original(origin, **options)

    monkeypatch.setattr(index, "entry_date", held)
    return event


async def test_the_newest_opens_at_the_top(make_app: Any, tmp_path: Path) -> None:
    """``newstui --sort newest small``: the newest (2023) is open, the list's first row, history holds it alone."""
    app = make_app([], refs=(str(_small(tmp_path)),), sort="newest")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert _titles(app) == [NEWEST[0], MIDDLE[0], OLD[0]]
        current = screen.current
        assert current is not None and current.title == NEWEST[0]
        assert list(screen.history) == [current.id]
        assert screen.article_list.highlighted_id == current.id and screen.article_list.cursor == 0
        assert not screen.reads.was_read(current.id), "opened by the reader, not read yet"


async def test_a_long_list_is_left_at_its_top(make_app: Any, tmp_path: Path) -> None:
    """40 stories, the newest last in the walk: it opens, and the list shows its top (not the walk's first row,
    at the bottom of the sorted list)."""
    app = make_app([], refs=(str(_long(tmp_path)),), sort="newest")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        titles = _titles(app)
        assert titles[0] == "خبر رقم 40 عن شؤون البلدة" and titles[-1] == "خبر رقم 1 عن شؤون البلدة"
        current = screen.current
        assert current is not None and current.title == titles[0]
        assert screen.article_list.scroll_y == 0 and screen.article_list.cursor == 0


async def test_a_story_opens_at_once_while_the_dates_are_read(
    make_app: Any, tmp_path: Path, gate: threading.Event
) -> None:
    """The promise of a story open at once stands: while no date is known, the walk's first story is open; once
    they are in, the newest takes its place."""
    app = make_app([], refs=(str(_small(tmp_path)),), sort="newest")
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await _until(pilot, lambda: screen.current is not None and not screen.loading_sources)
        await pilot.pause(0.1)
        current = screen.current
        assert current is not None and current.title == OLD[0], "the walk's first, at once"
        gate.set()
        await settle(pilot)
        current = screen.current
        assert current is not None and current.title == NEWEST[0]
        assert list(screen.history) == [current.id]


@pytest.mark.parametrize("key", ["j", "tab", "s", "z"])
async def test_a_key_pressed_before_the_order_is_known_keeps_the_story(
    make_app: Any, tmp_path: Path, gate: threading.Event, key: str
) -> None:
    """The user did something while the dates were read (cursor, focus, order, a pane maximized): the story open
    stays open."""
    app = make_app([], refs=(str(_small(tmp_path)),), sort="newest")
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await _until(pilot, lambda: screen.current is not None and not screen.loading_sources)
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        gate.set()
        await settle(pilot)
        current = screen.current
        assert current is not None and current.title == OLD[0]


async def test_as_loaded_the_first_story_stays(make_app: Any, tmp_path: Path) -> None:
    """Without ``--sort newest`` nothing changes: the walk's first story is open, at the top."""
    app = make_app([], refs=(str(_small(tmp_path)),))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        current = reader(app).current
        assert _titles(app) == [OLD[0], MIDDLE[0], NEWEST[0]]
        assert current is not None and current.title == OLD[0]


async def test_dates_from_the_folder_index_open_the_newest_too(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second run on a folder whose index holds its dates (no date to read: the audit's ``arch2``): the
    stories land dated, in batches; the newest opens once they are all in, the list at its top."""
    from newstui.sources import folder_cache

    monkeypatch.setattr(folder_cache, "MIN_FILES", 5)
    monkeypatch.setattr(folder_cache, "SETTLE_NS", 0)  # (files written just now are remembered)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = _long(tmp_path, 30)
    first = make_app([], refs=(str(folder),), sort="newest", remember=True)
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)  # (the dates are written after the reading)
    dated: list[str] = []
    original = index.entry_date

    def counting(origin: str, **options: Any) -> str | None:
        dated.append(origin)
        return original(origin, **options)

    monkeypatch.setattr(index, "entry_date", counting)
    second = make_app([], refs=(str(folder),), sort="newest", remember=True)
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(second)
        assert len(dated) <= 1, "the dates came from the folder index"
        titles = _titles(second)
        assert titles[0] == "خبر رقم 30 عن شؤون البلدة"
        current = screen.current
        assert current is not None and current.title == titles[0]
        assert screen.article_list.scroll_y == 0 and screen.article_list.cursor == 0
