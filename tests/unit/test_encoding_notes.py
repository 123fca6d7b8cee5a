"""A guessed encoding is told (``parse.parse_noted``, ``LoadResult.notes``), a sure one is not; the status stays."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newstui.model import LoadResult, RawDocument
from newstui.parse import parse_noted
from newstui.settings import Settings
from newstui.sources.files import file_result
from newstui.sources.options import LoadOptions
from newstui.write_out import report

ARABIC_1256 = "مكتبة الحي\n\nافتتحت المكتبة\n".encode("cp1256")  # a few letters: a guess
LATIN_1252 = "Café notes\n\nA résumé of the day.\n".encode("cp1252")  # a few accents: a guess
LONG_1256 = ("السوق القديم\n\n" + "افتتح السوق القديم أبوابه للزوار بعد ترميم واسع استمر عامين. " * 4).encode("cp1256")
UTF8 = "مكتبة الحي\n\nافتتحت المكتبة\n".encode()
BOM_UTF16 = "مكتبة الحي\n\nافتتحت المكتبة\n".encode("utf-16")


@pytest.mark.parametrize(
    ("data", "forced", "guessed"),
    [
        (ARABIC_1256, None, "windows-1256"),
        (LATIN_1252, None, "windows-1252"),
        (LONG_1256, None, None),  # enough Arabic letters: a sure choice
        (UTF8, None, None),
        (BOM_UTF16, None, None),
        (ARABIC_1256, "windows-1256", None),  # the user named it
    ],
    ids=["short-1256", "short-1252", "long-1256", "utf-8", "bom-utf-16", "forced"],
)
def test_a_note_names_the_guess_and_what_to_try(data: bytes, forced: str | None, guessed: str | None) -> None:
    parsed = parse_noted(RawDocument(origin="x.txt", data=data), encoding=forced)
    assert parsed.articles, "the text is still read"
    if guessed is None:
        assert parsed.note is None
        return
    assert parsed.note is not None
    assert f"encoding guessed ({guessed})" in parsed.note and "--encoding" in parsed.note
    offered = parsed.note.split("--encoding", 1)[1]
    assert guessed not in offered, "the guess itself is not offered again"
    assert "windows-1256" in offered or guessed == "windows-1256"


@pytest.mark.parametrize(
    ("data", "forced", "told"),
    [
        (b"Market notes 2026\n\n" + LONG_1256, "utf-8", True),  # every Arabic letter unreadable as UTF-8
        (LONG_1256, "windows-1256", False),
        ("A note with one \ufffd of its own.\n\nAnd a paragraph.\n".encode(), "utf-8", False),
        (b"Caf\xe9 \xe0 la carte\n\nR\xe9sum\xe9 of the day and more words to read here.\n", "utf-8", True),
    ],
    ids=["1256-as-utf-8", "right", "one-of-its-own", "1252-as-utf-8"],
)
def test_a_named_encoding_that_cannot_read_the_text_is_told(data: bytes, forced: str, told: bool) -> None:
    """--encoding utf-8 on a windows-1256 file gave replacement characters without a word (a guess is told)."""
    parsed = parse_noted(RawDocument(origin="x.txt", data=data), encoding=forced)
    assert parsed.articles, "the text is still shown"
    if told:
        assert parsed.note is not None and "could not be read as utf-8 (--encoding)" in parsed.note
    else:
        assert parsed.note is None


def test_text_a_named_encoding_reads_as_nothing_says_why() -> None:
    from newstui.errors import ParseError

    with pytest.raises(ParseError, match=r"no article text found; .* could not be read as utf-8 \(--encoding\)"):
        parse_noted(RawDocument(origin="x.txt", data=LONG_1256), encoding="utf-8")


def test_a_files_result_carries_the_note_and_is_no_failure(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(ARABIC_1256)
    result = file_result(str(path), LoadOptions())
    assert result.error is None and len(result.articles) == 1
    (note,) = result.notes
    assert "windows-1256" in note


def test_notes_go_to_stderr_and_leave_the_status() -> None:
    from newstui.model import Article

    story = Article(id="a", title="t", paragraphs=("p",), origin="a.txt")
    noted = LoadResult(origin="a.txt", articles=(story,), notes=("encoding guessed (windows-1252); …",))
    err = io.StringIO()
    articles, status = report([noted], err)
    assert (len(articles), status) == (1, 0)
    assert err.getvalue() == "newstui: a.txt: encoding guessed (windows-1252); …\n"


def test_a_note_is_sanitized_with_its_origin() -> None:
    err = io.StringIO()
    from newstui.model import Article

    story = Article(id="a", title="t", paragraphs=("p",), origin="a\x1b]0;x\x07.txt")
    report([LoadResult(origin=story.origin, articles=(story,), notes=("guessed\x1b[2J",))], err)
    assert "\x1b" not in err.getvalue() and err.getvalue().count("\n") == 1


def test_stdin_is_noted_as_a_file_is() -> None:
    import asyncio

    from newstui.sources.loader import load_sources

    options = LoadOptions.from_settings(Settings(refs=("-",)), index_folders=False)
    (result,) = asyncio.run(load_sources(["-"], options, stdin=io.BytesIO(LATIN_1252)))
    assert result.error is None and any("windows-1252" in note for note in result.notes)
