"""The layout guess before loading: the direction of the text at the start of a file, or of one of a folder's files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hang_guard import guarded
from newstui.sources.peek import PEEK_BYTES, peek_direction

ARABIC = (
    "افتتحت البلدية حديقة جديدة في الحي الشمالي بعد عامين من العمل.\n\nوقال رئيس البلدية إن الحديقة مفتوحة للجميع.\n"
)
ENGLISH = "The council opened a new park in the north district after two years of work.\n"


def _make(kind: str, root: Path) -> Path:
    """The source of one case under ``root``."""
    path = root / "story.txt"
    if kind == "arabic-file":
        path.write_text(ARABIC, encoding="utf-8")
    elif kind == "english-file":
        path.write_text(ENGLISH, encoding="utf-8")
    elif kind == "cp1256-file":
        path.write_bytes(ARABIC.encode("cp1256"))
    elif kind == "big-file-cut-mid-letter":
        path.write_bytes(b"a" + ARABIC.encode() * (PEEK_BYTES // len(ARABIC.encode()) + 2))
    elif kind == "arabic-folder":
        for name, text in (("1.txt", ARABIC), ("2.txt", ARABIC), ("3.md", ENGLISH)):
            (root / name).write_text(text, encoding="utf-8")
        return root
    elif kind == "folder-after-markup-and-noise":
        (root / ".hidden.txt").write_text(ENGLISH)
        (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")
        (root / "feed.xml").write_text("<rss><channel><title>t</title></channel></rss>")
        (root / "sub").mkdir()
        (root / "z.txt").write_text(ARABIC, encoding="utf-8")
        return root
    elif kind == "html-file":
        path = root / "page.html"
        path.write_text(f"<html><body><p>{ARABIC}</p></body></html>", encoding="utf-8")
    elif kind == "digits-only":
        path.write_text("2024 - 11 - 29\n")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)))
    elif kind == "empty-folder":
        return root
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "missing":
        return root / "missing.txt"
    return path


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("arabic-file", "rtl"),
        ("english-file", "ltr"),
        ("cp1256-file", "rtl"),
        ("big-file-cut-mid-letter", "rtl"),
        ("arabic-folder", "rtl"),
        ("folder-after-markup-and-noise", "rtl"),
        ("html-file", None),
        ("digits-only", None),
        ("binary", None),
        ("empty-folder", None),
        ("fifo", None),
        ("missing", None),
    ],
)
def test_peek_direction(tmp_path: Path, kind: str, expected: str | None) -> None:
    """Plain text gives its direction; markup, no letters, binary, pipes and missing paths give none, without
    waiting (a FIFO nobody writes to would block an open past the hang guard)."""
    source = _make(kind, tmp_path)
    assert guarded(lambda: peek_direction(str(source))) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ((ENGLISH, ARABIC, ARABIC, ARABIC, ARABIC), "rtl"),  # one English story first among Arabic ones
        ((ARABIC, ENGLISH, ENGLISH, ENGLISH), "ltr"),
        ((ENGLISH, ARABIC), "ltr"),  # a tie: the first file's
        ((ARABIC, ENGLISH), "rtl"),
        (("2024 - 11 - 29\n", ENGLISH, ARABIC, ARABIC), "rtl"),  # a file without letters says nothing
    ],
    ids=["english-first-of-five", "arabic-first-of-four", "tie-english-first", "tie-arabic-first", "no-letters"],
)
def test_a_folder_goes_by_most_of_its_first_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: tuple[str, ...], expected: str
) -> None:
    """The directory order is the file system's: the test gives it (peek's ``_some_files``) to pin the first file."""
    import newstui.sources.peek as peek

    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    monkeypatch.setattr(peek, "_some_files", lambda folder: paths)
    assert peek_direction(str(tmp_path)) == expected


@pytest.mark.parametrize(
    "names",
    [
        ("README.txt",),
        ("readme.md", "LICENSE"),
        ("README", "License.txt", "CHANGELOG.md"),
        ("changelog.txt", "LICENCE.md", "ReadMe.MD"),
    ],
    ids=["readme", "readme-and-license", "three-uppercase", "mixed-case"],
)
def test_a_folders_readme_license_and_changelog_are_not_peeked(tmp_path: Path, names: tuple[str, ...]) -> None:
    """An English README (LICENSE, CHANGELOG: any case, any extension) beside one Arabic story is no story: the
    folder goes by the story, whatever the directory order."""
    for name in names:
        (tmp_path / name).write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "readme_notes_on_the_vote.txt").write_text(ARABIC, encoding="utf-8")  # a story's name, peeked
    import newstui.sources.peek as peek

    assert sorted(os.path.basename(path) for path in peek._some_files(str(tmp_path))) == [
        "a.txt",
        "readme_notes_on_the_vote.txt",
    ]
    assert peek_direction(str(tmp_path)) == "rtl"


def test_folder_directions_gives_each_first_file_that_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One direction per peeked file with letters (the first reader frame counts them); none for a file."""
    import newstui.sources.peek as peek
    from newstui.sources.peek import folder_directions

    paths = []
    for number, text in enumerate((ENGLISH, "2024 - 11 - 29\n", ARABIC, ARABIC)):
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    monkeypatch.setattr(peek, "_some_files", lambda folder: paths)
    assert folder_directions(str(tmp_path)) == ["ltr", "rtl", "rtl"]
    assert folder_directions(paths[0]) == []
    assert folder_directions(str(tmp_path / "missing")) == []
