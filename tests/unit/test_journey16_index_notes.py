"""A folder file listed by title (``index.index_noted``) carries the note of a guessed encoding, and only then."""

from __future__ import annotations

from pathlib import Path

from newstui.sources.files import folder_file_result
from newstui.sources.index import index_noted
from newstui.sources.options import LoadOptions

# Original text written for this test.
STORY = "باب الحديد\n\nوصل القطار صباح اليوم\n"


def test_a_stub_of_a_guessed_file_has_the_note(tmp_path: Path) -> None:
    path = tmp_path / "souq.txt"
    path.write_bytes(STORY.encode("cp1256"))
    articles, note = index_noted(str(path), cap=1 << 20, listed=True)
    assert len(articles) == 1 and articles[0].indexed_only and articles[0].title == "باب الحديد"
    assert note is not None and note.startswith("encoding guessed (windows-1256)")


def test_a_utf8_stub_has_none(tmp_path: Path) -> None:
    path = tmp_path / "souq.txt"
    path.write_bytes(STORY.encode())
    articles, note = index_noted(str(path), cap=1 << 20, listed=True)
    assert articles[0].indexed_only and note is None


def test_a_folder_file_result_carries_it(tmp_path: Path) -> None:
    path = tmp_path / "souq.txt"
    path.write_bytes(STORY.encode("cp1256"))
    for index_folders in (True, False):
        result = folder_file_result(str(path), LoadOptions(index_folders=index_folders))
        assert result is not None and result.error is None
        assert len(result.notes) == 1 and result.notes[0].startswith("encoding guessed (windows-1256)")
