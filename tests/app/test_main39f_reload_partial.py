"""Pilot: after r, a folder that loaded again but left a folder out is still a partial load, not a failed source."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, reload_and_wait, settle

from newstui.ui.screens.reader_loading import CUT_SHORT_TITLE


def _story(headline: str) -> str:
    return (
        f"صوت المدينة – محليات\n\n{headline}\n\n{headline} وسط حضور كبير من السكان صباح اليوم.\n\n"
        "وقال مسؤول في البلدية إن العمل سيستمر خلال الأسابيع المقبلة.\n"
    )


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Base names of folders that cannot be listed (root lists any: the refusal is simulated)."""
    names: set[str] = set()
    real_scandir = os.scandir

    def listing(path: Any = ".") -> Any:
        if isinstance(path, (str, bytes, os.PathLike)) and os.path.basename(os.fsdecode(path)) in names:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", listing)
    return names


async def test_reload_keeps_a_partial_folder_out_of_the_failed_count(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, locked: set[str]
) -> None:
    folder = tmp_path / "archive"
    (folder / "locked-folder").mkdir(parents=True)
    (folder / "01.txt").write_text(_story("البلدية تفتتح حديقة عامة في الحي الشمالي"), encoding="utf-8")
    (folder / "locked-folder" / "x.txt").write_text(_story("خبر في مجلد مغلق"), encoding="utf-8")
    locked.add("locked-folder")
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        (folder / "02.txt").write_text(_story("مكتبة المدينة تمدد ساعات العمل في الصيف"), encoding="utf-8")
        before = len(notes)
        await reload_and_wait(pilot, notes)
        assert screen.loader.failed_sources == set()
        assert "failed" not in str(screen.list_pane.border_title)
        after = notes[before:]
        assert not [note for note in after if note.title == "Source failed"]
        assert [note.severity for note in after if note.title == CUT_SHORT_TITLE] == ["warning"]
