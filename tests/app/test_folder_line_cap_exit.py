"""A folder's text past the line cap, opened in the reader: told at quit with the sources' failures (status 1)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, settle

from newstui.sources import first_frame

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("big", [False, True], ids=["small-file", "big-file"])
async def test_a_folder_file_cut_at_the_line_cap_is_told_at_quit(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, big: bool
) -> None:
    """Opened from a folder (parsed at once, or on a thread), the file cut at the cap is one of the lines the
    command line writes on stderr when the reader closes, and the run's status is 1, as ``--json`` of the folder."""
    import newstui.parse.plaintext as plaintext

    shutil.copy(FIXTURES / "english.txt", tmp_path / "english.txt")
    lines = "\n\n".join(f"line {number} of a long text." for number in range(40))
    (tmp_path / "long.txt").write_text(f"A long text of forty lines\n\n{lines}\n", encoding="utf-8")
    monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.load_failures() == []
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1 if big else 1 << 20)
        monkeypatch.setattr(plaintext, "MAX_LINES", 10)
        screen = reader(app)
        stub = next(article for article in screen.corpus if article.origin.endswith("long.txt"))
        assert screen.open_article(stub.id)
        await settle(pilot)
        screen.open_article(next(a.id for a in screen.corpus if a.origin.endswith("english.txt")))
        await settle(pilot)
        assert screen.open_article(stub.id)  # opened twice: told once
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    failures = app.load_failures()
    assert len(failures) == 1, failures
    assert failures[0].startswith(str(tmp_path / "long.txt")) and "only the first 10 are shown" in failures[0]


async def test_a_named_file_cut_at_the_line_cap_is_a_warning_not_a_failure(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file named on the command line that loaded but was cut says so under its own title, as a warning
    (its story is shown), not as a source that failed."""
    import newstui.parse.plaintext as plaintext
    from newstui.ui.screens.reader_loading import CUT_SHORT_TITLE

    monkeypatch.setattr(plaintext, "MAX_LINES", 10)
    lines = "\n\n".join(f"السطر رقم {number} من نص طويل جدا." for number in range(40))
    story = tmp_path / "long.txt"
    story.write_text(f"نص طويل من أربعين سطرا\n\n{lines}\n", encoding="utf-8")
    app = make_app([], refs=(str(story),))
    seen: list[Any] = []
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        seen = list(app._notifications)
        assert reader(app).current is not None and len(reader(app).current.paragraphs) == 9
    told = [(note.title, note.severity) for note in seen if "only the first 10 are shown" in note.message]
    assert told == [(CUT_SHORT_TITLE, "warning")], [(note.title, note.message) for note in seen]
