"""Pilot: a folder opened with g that gave stories and left a folder out is a partial load, not "Could not open"."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from app_stories import BOOK_FAIR
from app_support import SIZE, reader
from textual.widgets import Input

from newstui.ui.screens.prompts import OpenAddressScreen
from newstui.ui.screens.reader_loading import CUT_SHORT_TITLE

STORY = "مكتبة المدرسة تفتح أبوابها صباح السبت\n\nتفتح مكتبة المدرسة أبوابها للطلاب صباح السبت بعد تجديد رفوفها.\n"


async def test_a_folder_left_out_is_a_warning_not_could_not_open(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: Any
) -> None:
    folder = tmp_path / "archive"
    (folder / "locked-folder").mkdir(parents=True)
    (folder / "1.txt").write_text(STORY, encoding="utf-8")
    real_scandir = os.scandir

    def listing(path: Any = ".") -> Any:
        if isinstance(path, (str, os.PathLike)) and os.path.basename(os.fsdecode(path)) == "locked-folder":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", listing)
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, OpenAddressScreen)
        app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        deadline = time.monotonic() + 30
        while not any("could not be read" in str(note.message) for note in notes):
            assert time.monotonic() < deadline, "no note came"
            await pilot.pause(0.05)
        await pilot.pause()
        assert len(screen.article_list.articles) == 2
    told = [(note.title, note.severity) for note in notes if "could not be read" in str(note.message)]
    assert told == [(CUT_SHORT_TITLE, "warning")]
    assert not [note for note in notes if note.title == "Could not open"]
