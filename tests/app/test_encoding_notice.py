"""Pilot test: a file whose encoding was guessed opens as read, with a warning naming the guess."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, settle

from newstui.sources import first_frame

SHORT_1256 = "سوق الكتب\n\nافتتح السوق صباح اليوم\n".encode("cp1256")


@pytest.mark.parametrize("first_frame_reads", [True, False], ids=["first-frame", "worker"])
async def test_a_guessed_encoding_is_a_warning_not_a_failure(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: Any, first_frame_reads: bool
) -> None:
    """Read before the first frame or by the loading worker, the story opens and one warning says the
    encoding was guessed and what to try; no error is told."""
    if not first_frame_reads:
        monkeypatch.setattr(first_frame, "read_here", lambda *args, **kwargs: None)
    path = tmp_path / "souq.txt"
    path.write_bytes(SHORT_1256)
    app = make_app([], refs=(str(path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        current = reader(app).current
        assert current is not None and current.title == "سوق الكتب"
        assert not [note for note in notes if note.severity == "error"]
        (warning,) = [note for note in notes if note.severity == "warning"]
        assert "souq.txt: encoding guessed (windows-1256)" in warning.message and "--encoding" in warning.message
        assert not warning.markup
