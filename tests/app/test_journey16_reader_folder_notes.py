"""Pilot test: a folder file whose encoding was guessed gives the reader a note naming the file when it is listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import SIZE, reader, settle

# Original text written for this test.
GUESSED = "باب الحديد\n\nوصل القطار صباح اليوم\n"
PLAIN = "افتتاح حديقة عامة في الحي الشرقي\n\nافتتحت البلدية الحديقة بحضور السكان.\n"


async def test_a_guessed_folder_file_is_noted(make_app: Any, hook: Any, notes: list[Any], tmp_path: Path) -> None:
    (tmp_path / "a_plain.txt").write_bytes(PLAIN.encode())
    (tmp_path / "b_souq.txt").write_bytes(GUESSED.encode("cp1256"))
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert len(reader(app).corpus) == 2
    (note,) = [str(note.message) for note in notes if note.title == "Note"]
    assert note.startswith(f"{tmp_path / 'b_souq.txt'}: encoding guessed (windows-1256)")
    assert not [note for note in notes if note.severity == "error"]
