"""Pilot tests of w: the open story saved as a text file (a name from its title offered), never over a file."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from app_stories import BOOK_FAIR, READING
from app_support import SIZE, reader
from rich.cells import cell_len
from textual.widgets import Input

from helpers.readback import reads_back
from newstui.model import RawDocument
from newstui.parse import parse_document
from newstui.ui.screens.prompts import SaveScreen


async def _save(pilot: Any, name: str | None = None) -> str:
    """Press w; put ``name`` in the box (None keeps the offered one) and press Enter; the name offered.

    The name offered is found and the file written on a thread: each step waits for it."""
    await pilot.press("w")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, SaveScreen)
    box = pilot.app.screen.query_one(Input)
    offered = str(box.value)
    if name is not None:
        box.value = name
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return offered


async def test_w_saves_the_story_under_its_title(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app((BOOK_FAIR, READING))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        offered = await _save(pilot)
        assert offered == f"{BOOK_FAIR.title}.txt"
        saved = tmp_path / offered
        assert saved.is_file()
        (again,) = parse_document(RawDocument(origin=str(saved), data=saved.read_bytes(), content_type="text/plain"))
        assert (again.title, again.paragraphs) == (BOOK_FAIR.title, BOOK_FAIR.paragraphs)
        assert [note.title for note in notes] == ["Saved"]
        said = str(notes[0].message)
        # One line of the toast (Textual wraps a long message as left-to-right text, last Arabic words first),
        # as a path reads: left to right, the file name's middle cut at whole words, so its first and last
        # words and its extension stay.
        assert said.startswith("Saved to ") and said.endswith(".txt") and "…" in said, said
        assert cell_len(said) <= min(60, (SIZE[0] - 1) // 2) - 3
        words = offered.removesuffix(".txt").split()
        assert reads_back(" ".join(words[1:3]), [said]) and reads_back(" ".join(words[-4:-1]), [said]), said
        assert not reads_back(" ".join(words[2:5]), [said]), "the middle is cut"
        assert reader(app).current is not None and reader(app).current.id == BOOK_FAIR.id, "still reading"


async def test_an_existing_file_is_never_replaced(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kept.txt").write_text("mine", encoding="utf-8")
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        await _save(pilot, "kept.txt")
        await _save(pilot, str(tmp_path / "no-such-folder" / "a.txt"))
    assert (tmp_path / "kept.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt"]
    assert [note.title for note in notes] == ["Not saved", "Not saved"]
    assert "a file of that name exists already" in str(notes[0].message)
    assert "no such file or directory" in str(notes[1].message)


async def test_escape_saves_nothing(make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SaveScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SaveScreen)
    assert list(tmp_path.iterdir()) == []


async def test_no_article_is_one_warning(make_app: Any, hook: Any, notes: list[Any]) -> None:
    app = make_app(())
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert not isinstance(app.screen, SaveScreen)
    assert [str(note.message) for note in notes] == ["No article is open."]


@pytest.mark.parametrize("more", [0, 1, 2])
async def test_the_name_offered_is_shown_whole_when_the_screen_has_room(make_app: Any, more: int) -> None:
    """The box is as wide as the name offered (a long title), so none of its letters is scrolled off;
    on a screen too narrow for it the name scrolls, the caret at its end (its left) in view."""
    name = "مكتبة المدينة العامة تعيد فتح أبوابها بعد عامين من الترميم" + " والتجديد" * more + ".txt"
    for size, fits in (((100, 32), True), ((60, 24), False)):
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            app.push_screen(SaveScreen(name))
            await pilot.pause()
            box = app.screen.query_one(Input)
            if fits:
                assert box.max_scroll_x == 0
                assert box.scrollable_content_region.width >= cell_len(name) + 1
            else:
                assert box.max_scroll_x > 0 and box.scroll_offset.x == 0


async def test_a_folders_name_saves_into_that_folder(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder's name typed in the box saves the story into it under the name w offers (as ``cp file dir/``),
    with a number when that name is taken there; nothing is written beside it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "adir").mkdir()
    (tmp_path / "adir" / f"{BOOK_FAIR.title}.txt").write_text("mine", encoding="utf-8")
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        await _save(pilot, "adir")
        await _save(pilot, str(tmp_path / "adir") + "/")
        assert reader(app).current is not None, "still reading"
    assert sorted(p.name for p in (tmp_path / "adir").iterdir()) == sorted(
        [f"{BOOK_FAIR.title}.txt", f"{BOOK_FAIR.title} (2).txt", f"{BOOK_FAIR.title} (3).txt"]
    )
    assert (tmp_path / "adir" / f"{BOOK_FAIR.title}.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adir"]
    assert [note.title for note in notes] == ["Saved", "Saved"]


async def test_w_when_the_folder_newstui_started_in_is_gone(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder newstui started in removed under it: w offers a name in the home folder and says why, and
    the reader keeps running (it closed with "unexpected error: FileNotFoundError", exit 70)."""
    home, gone = tmp_path / "home", tmp_path / "gone"
    home.mkdir()
    gone.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(gone)
    gone.rmdir()
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        offered = await _save(pilot)
        assert app.is_running and reader(app).current is not None
    assert offered == f"~/{BOOK_FAIR.title}.txt"
    assert [p.name for p in home.iterdir()] == [f"{BOOK_FAIR.title}.txt"]
    assert [str(note.message) for note in notes][0] == (
        "The folder newstui started in is gone: a name in your home folder is offered."
    )
    assert [note.title for note in notes][1:] == ["Saved"]


@pytest.mark.parametrize("name", ["nosuchdir/", "realdir/x/", "kept.txt/"])
async def test_a_name_ending_in_a_slash_is_a_folders(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A trailing slash names a folder (as ``cp file dir/``): one that does not exist is said in one line and
    nothing is written (a file named like the folder was saved); an existing folder saves into it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "realdir").mkdir()
    (tmp_path / "kept.txt").write_text("mine", encoding="utf-8")
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        await _save(pilot, name)
        await _save(pilot, "realdir/")
        assert reader(app).current is not None, "still reading"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt", "realdir"]
    assert [p.name for p in (tmp_path / "realdir").iterdir()] == [f"{BOOK_FAIR.title}.txt"]
    assert (tmp_path / "kept.txt").read_text(encoding="utf-8") == "mine"
    assert [note.title for note in notes] == ["Not saved", "Saved"]
    reason = "not a folder" if name == "kept.txt/" else "no such folder"
    assert str(notes[0].message) == f"{reason}: {name}"


async def test_saved_to_shows_the_folder_it_went_into(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Saved to …" cut to one line of the toast still says where the story went: the folder typed (``sub/``,
    ``~/``) stays, and the file name's middle is cut, its first words, number and extension kept (its start
    was cut, the folder with it, once the name grew by a "(2)")."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        for name in ("sub", "sub", "sub/", "~", "~/"):
            await _save(pilot, name)
    assert [note.title for note in notes] == ["Saved"] * 5
    said = [str(note.message).removeprefix("Saved to ") for note in notes]
    limit = min(60, (SIZE[0] - 1) // 2) - 3 - len("Saved to ")
    assert all(cell_len(line) <= limit and "\n" not in line for line in said), said
    assert [line[:4] for line in said] == ["sub/", "sub/", "sub/", "~/" + said[3][2:4], "~/" + said[4][2:4]]
    # The number is drawn where a right-to-left name ends: at its left, after the folder.
    assert all(line.endswith(".txt") and "…" in line for line in said), said
    assert [next((n for n in ("(2)", "(3)") if n in line), "") for line in said] == ["", "(2)", "(3)", "", "(2)"]
    first = BOOK_FAIR.title.split()[1]  # its first word is glued to ".txt", drawn at its right
    assert all(reads_back(first, [line]) for line in said), said
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == sorted(
        f"{BOOK_FAIR.title}{number}.txt" for number in ("", " (2)", " (3)")
    )
    assert sorted(p.name for p in home.iterdir()) == [f"{BOOK_FAIR.title} (2).txt", f"{BOOK_FAIR.title}.txt"]


def _slow_writer(monkeypatch: pytest.MonkeyPatch, *, fails: bool = False) -> tuple[list[str], threading.Event]:
    """``save_new`` taking until the returned event is set (a slow disk, a network share: as long as the test needs,
    not a fixed time a loaded machine's keys can outlast; 30 s at most), then writing or failing with a full disk;
    the names of the threads it ran on."""
    import newstui.save
    from newstui.errors import OutputError

    real = newstui.save.save_new
    threads: list[str] = []
    release = threading.Event()

    def slow(path: Path, text: str) -> Path:
        threads.append(threading.current_thread().name)
        release.wait(30)
        if fails:
            raise OutputError("cannot save: no space left on device", origin=str(path))
        return real(path, text)

    monkeypatch.setattr(newstui.save, "save_new", slow)
    return threads, release


async def test_a_slow_save_leaves_the_reader_answering_keys(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is written on a thread: while it is (until the test lets it end), n moves to the next story and a
    second w only says a save is still going (no second box, no race for the same name); "Saved to" comes when it is
    done."""
    import time

    import newstui.save
    from newstui.ui.screens.reader_actions import STILL_SAVING

    threads, release = _slow_writer(monkeypatch)
    named = newstui.save.default_name
    probed: list[str] = []

    def default_name(article: Any, folder: Path | None = None) -> str:
        probed.append(threading.current_thread().name)
        return named(article, folder)

    monkeypatch.setattr(newstui.save, "default_name", default_name)
    monkeypatch.chdir(tmp_path)
    app = make_app((BOOK_FAIR, READING))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SaveScreen)
        offered = str(app.screen.query_one(Input).value)
        started = time.monotonic()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        moved = reader(app).current
        assert moved is not None and moved.id == READING.id, "n moved to the next story while the file was written"
        await pilot.press("w")
        await pilot.pause()
        assert time.monotonic() - started < 20, "the keys were answered before the write ended (it waits 30 s)"
        assert not isinstance(app.screen, SaveScreen), "no second box while saving"
        assert not (tmp_path / offered).exists() and [note.title for note in notes] == [""]
        assert str(notes[0].message) == STILL_SAVING and notes[0].severity == "warning"
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert (tmp_path / offered).is_file()
        assert [note.title for note in notes] == ["", "Saved"]
        assert str(notes[1].message).startswith("Saved to ")
        assert threads and probed and threading.main_thread().name not in threads + probed, "off the app's loop"
        await pilot.press("w")  # done: w asks again
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SaveScreen)
    (again,) = parse_document(
        RawDocument(origin=offered, data=(tmp_path / offered).read_bytes(), content_type="text/plain")
    )
    assert again.title == BOOK_FAIR.title, "the story saved is the one open when w was pressed"


async def test_a_slow_save_that_fails_says_so_as_before(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails on its thread is the same "Not saved" error as ever, naming the file as typed."""
    _slow_writer(monkeypatch, fails=True)[1].set()  # (slow or not, it fails on its thread)
    monkeypatch.chdir(tmp_path)
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        await _save(pilot, "story.txt")
        assert reader(app).current is not None, "still reading"
    assert list(tmp_path.iterdir()) == []
    assert [(note.title, note.severity) for note in notes] == [("Not saved", "error")]
    assert str(notes[0].message) == "cannot save: no space left on device: story.txt"


@pytest.mark.parametrize(
    ("title", "offered"),
    [
        ("~ مقال عن الطقس في العاصمة اليوم", "مقال عن الطقس في العاصمة اليوم.txt"),
        ("~user/x", "user x.txt"),
        ("-~ تحذير من موجة حر", "تحذير من موجة حر.txt"),
    ],
)
async def test_a_headline_starting_with_a_tilde_saves_in_the_folder(
    make_app: Any,
    hook: Any,
    notes: list[Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    title: str,
    offered: str,
) -> None:
    """A headline starting with ``~`` offers a name without it: w then Enter saves there (it closed the reader
    with a RuntimeError: ``expanduser`` took the name for a user's home folder)."""
    monkeypatch.chdir(tmp_path)
    app = make_app((replace(BOOK_FAIR, title=title),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        assert await _save(pilot) == offered
        assert app.is_running and reader(app).current is not None, "still reading"
    assert [p.name for p in tmp_path.iterdir()] == [offered]
    assert [note.title for note in notes] == ["Saved"]


@pytest.mark.parametrize(("name", "said"), [("~nosuchuser/x.txt", "~nosuchuser"), ("~nosuchuser", "~nosuchuser")])
async def test_a_home_folder_of_no_user_is_told(
    make_app: Any,
    hook: Any,
    notes: list[Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    said: str,
) -> None:
    """``~nosuchuser/…`` typed in the box is one "Not saved" line naming it; the reader keeps running."""
    monkeypatch.chdir(tmp_path)
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        await _save(pilot, name)
        assert app.is_running and reader(app).current is not None, "still reading"
    assert list(tmp_path.iterdir()) == []
    assert [(note.title, note.severity) for note in notes] == [("Not saved", "error")]
    assert str(notes[0].message) == f"no such user: {said}"


@pytest.mark.parametrize(("hidden", "escape"), [("\u202e", "\\u202e"), ("\u200f", "\\u200f"), ("\u2066", "\\u2066")])
async def test_saved_to_shows_a_names_invisible_character(
    make_app: Any,
    hook: Any,
    notes: list[Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    hidden: str,
    escape: str,
) -> None:
    """A name holding a bidi control or mark is told with the character as its escape: "Saved to" never names
    a file that looks like another one."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    app = make_app((BOOK_FAIR,))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        await _save(pilot, f"sub/a{hidden}b.txt")
        await _save(pilot, f"sub/a{hidden}b.txt")
    assert [p.name for p in (tmp_path / "sub").iterdir()] == [f"a{hidden}b.txt"], "the name as typed"
    assert [note.title for note in notes] == ["Saved", "Not saved"]
    said = [str(note.message) for note in notes]
    assert said == [f"Saved to sub/a{escape}b.txt", f"a file of that name exists already: sub/a{escape}b.txt"]
