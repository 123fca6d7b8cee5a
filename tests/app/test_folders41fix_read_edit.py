"""folders41fix #1: a story without an address read before an edit changed its headline (then r) is read in this
session and at the next start alike, whether it was read in this session or in an earlier one."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, reload_and_wait, settle

# Original stories written for this test: no web address, so the log knows them by title and source.
STORIES = {
    "01.txt": "نشرة القرية – محليات\n\nترميم المسجد القديم في الساحة\n\nبدأ ترميم المسجد القديم في ساحة القرية.\n",
    "02.txt": "نشرة القرية – زراعة\n\nموسم الزيتون يبدأ مبكراً\n\nبدأ المزارعون قطف الزيتون قبل موعده بأسبوع.\n",
    "03.txt": "نشرة القرية – تعليم\n\nمدرسة القرية تفتح فصلاً جديداً\n\nافتتحت المدرسة فصلاً جديداً لتلاميذ الصف الأول.\n",
}


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state"


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


async def _run(make_app: Any, hook: Any, notes: list[Any], folder: Path, steps: Any) -> dict[str, bool]:
    """Run the reader on ``folder`` with the log, do ``steps(pilot, screen)``, and say what reads as read by title."""
    app = make_app([], refs=(str(folder),), remember=True)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        await steps(pilot, screen)
        return {article.title: screen.reads.was_read(article.id) for article in screen.article_list.articles}


async def test_an_edited_headline_keeps_the_read_mark_in_this_session_and_the_next(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, state: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    titles = {name: text.split("\n\n")[1] for name, text in STORIES.items()}

    async def first(pilot: Any, screen: Any) -> None:
        for _ in range(2):  # open the two other stories: all three read
            await pilot.press("n")
            await pilot.pause()
        assert screen.current is not None
        read = {article.title for article in screen.article_list.articles if screen.reads.was_read(article.id)}
        assert read == set(titles.values())
        _edit(folder / "02.txt", "يبدأ مبكراً", "يتأخر هذا العام")
        assert await reload_and_wait(pilot, notes) == "1 edited story read again."

    marks = await _run(make_app, hook, notes, folder, first)
    assert marks["موسم الزيتون يتأخر هذا العام"], "read now"

    async def second(pilot: Any, screen: Any) -> None:
        # Read in the earlier run (not opened in this one), edited now: read as it was.
        assert screen.current is not None and screen.current.title != titles["03.txt"]
        _edit(folder / "03.txt", "فصلاً جديداً\n\nافتتحت", "فصلين جديدين\n\nافتتحت")
        assert await reload_and_wait(pilot, notes) == "1 edited story read again."

    marks = await _run(make_app, hook, notes, folder, second)
    assert marks["موسم الزيتون يتأخر هذا العام"], "read at the next start too"
    assert marks["مدرسة القرية تفتح فصلين جديدين"], "a story read in an earlier run, edited: still read"

    async def nothing(pilot: Any, screen: Any) -> None:
        return None

    marks = await _run(make_app, hook, notes, folder, nothing)
    assert marks["مدرسة القرية تفتح فصلين جديدين"], "and at the start after"
    assert os.path.isfile(state / "newstui" / "read.txt")
