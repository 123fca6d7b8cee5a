"""Pilot test: many sources read with a guessed encoding tell a few notes one by one and count the others, not one
notice each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import SIZE, reader, settle

NOTES_SHOWN = 3
"""``reader_loading.NOTES_SHOWN``."""


async def test_many_guessed_encodings_make_a_few_notices(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """Seven short files in windows-1256 (each a guess): three notices name their files, one counts the other four."""
    refs = []
    for number in range(1, 8):
        path = tmp_path / f"khabar{number}.txt"
        path.write_bytes(f"خبر قصير {number}\n\nوصل الوفد صباح اليوم\n".encode("cp1256"))
        refs.append(str(path))
    app = make_app([], refs=tuple(refs))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert len(reader(app).corpus) == 7
    told = [str(note.message) for note in notes if note.title == "Note"]
    assert len(told) == NOTES_SHOWN + 1
    assert all("encoding guessed (windows-1256)" in line for line in told[:NOTES_SHOWN])
    assert [line.partition(":")[0] for line in told[:NOTES_SHOWN]] == refs[:NOTES_SHOWN]
    assert told[-1] == "… and 4 more notes like these."
    assert not [note for note in notes if note.severity == "error"]
