"""Pilot tests of g: open a file, a folder or a web address typed in the Open box; bad ones are one message."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from app_stories import BOOK_FAIR
from app_support import SIZE, reader, settle
from textual.widgets import Input

from newstui.ui.screens.prompts import OpenAddressScreen

# Original stories written for these tests.
STORY = "مكتبة المدرسة تفتح أبوابها صباح السبت\n\nتفتح مكتبة المدرسة أبوابها للطلاب صباح السبت بعد تجديد رفوفها.\n"
OTHER = "ملعب الحي يستقبل دوري الصغار\n\nيستقبل ملعب الحي مباريات دوري الصغار طوال الأسبوع المقبل.\n"


async def _open(pilot: Any, address: str) -> None:
    """Press g, put ``address`` in the box (typing a long path key by key is slow under Pilot) and press Enter."""
    await pilot.press("g")
    await pilot.pause()
    assert isinstance(pilot.app.screen, OpenAddressScreen)
    pilot.app.screen.query_one(Input).value = address
    await pilot.press("enter")
    await pilot.pause()


async def _wait_for(pilot: Any, check: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


class TestOpenAddress:
    async def test_a_file_name_with_brackets_is_shown_as_written_and_the_title_comes_back(
        self, make_app: Any, tmp_path: Path
    ) -> None:
        """A file's name is not markup: "[b]…[$accent]" is shown as typed while it opens, then "Article"."""
        path = tmp_path / "[b]story[$accent].txt"
        path.write_text(STORY, encoding="utf-8")
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            view = screen.article_view
            # A local file opens within a frame or two: the title it shows meanwhile is read where it is set.
            screen.web._show_opening(str(path))
            assert view._border_title is not None
            assert view._border_title.plain == "Article · opening [b]story[$accent].txt… (esc stops)"
            assert view._border_title.spans == []
            await _open(pilot, str(path))
            await _wait_for(pilot, lambda: screen.current is not None and screen.current.origin == str(path))
            await _wait_for(pilot, lambda: view.border_title == "Article")

    async def test_a_file_opens_as_a_visit(self, make_app: Any, tmp_path: Path) -> None:
        path = tmp_path / "school.txt"
        path.write_text(STORY, encoding="utf-8")
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await _open(pilot, str(path))
            await _wait_for(pilot, lambda: screen.current is not None and screen.current.origin == str(path))
            assert screen.current is not None and screen.current.title == "مكتبة المدرسة تفتح أبوابها صباح السبت"
            assert len(screen.article_list.articles) == 2
            await pilot.press("backspace")
            await pilot.pause()
            assert screen.current is not None and screen.current.id == BOOK_FAIR.id, "back to where we were"

    async def test_the_panes_mirror_once_most_stories_are_right_to_left(self, make_app: Any, tmp_path: Path) -> None:
        """--layout auto after g as at start: an English reader that opens two Arabic stories mirrors its panes."""
        from app_stories import FERRY

        (tmp_path / "1.txt").write_text(STORY, encoding="utf-8")
        (tmp_path / "2.txt").write_text(OTHER, encoding="utf-8")
        app = make_app([FERRY])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert not screen.has_class("-mirrored")
            await _open(pilot, str(tmp_path))
            await _wait_for(pilot, lambda: len(screen.article_list.articles) == 3)
            await pilot.pause()
            assert screen.has_class("-mirrored")

    async def test_an_arabic_reader_keeps_its_layout_for_as_many_english_stories(
        self, make_app: Any, tmp_path: Path
    ) -> None:
        """--layout auto: an Arabic reader that opens one English story keeps its panes mirrored (a tie keeps the
        layout; half the stories right to left turned the list to the left), and a second English one turns it."""
        english = "Harbour ferry returns\n\nThe harbour ferry returns to service on Monday after repairs.\n"
        (tmp_path / "ferry.txt").write_text(english, encoding="utf-8")
        (tmp_path / "bridge.txt").write_text(english.replace("ferry", "bridge"), encoding="utf-8")
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert screen.has_class("-mirrored")
            await _open(pilot, str(tmp_path / "ferry.txt"))
            await _wait_for(pilot, lambda: len(screen.article_list.articles) == 2)
            await pilot.pause()
            assert screen.has_class("-mirrored"), "one of two stories is Arabic: the panes stay"
            await _open(pilot, str(tmp_path / "bridge.txt"))
            await _wait_for(pilot, lambda: len(screen.article_list.articles) == 3)
            await pilot.pause()
            assert not screen.has_class("-mirrored"), "most stories are English now"

    async def test_a_folder_is_listed_and_its_first_file_opened(
        self, make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (tmp_path / "1.txt").write_text(STORY, encoding="utf-8")
        (tmp_path / "2.txt").write_text(OTHER, encoding="utf-8")
        monkeypatch.setenv("HOME", str(tmp_path.parent))
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await _open(pilot, f"~/{tmp_path.name}")  # a leading ~ is the home folder
            await _wait_for(pilot, lambda: len(screen.article_list.articles) == 3)
            await _wait_for(pilot, lambda: screen.current is not None and screen.current.id != BOOK_FAIR.id)
            assert screen.current is not None and screen.current.origin.endswith("1.txt")

    @pytest.mark.parametrize("typed", ["./news/2.txt", "{root}/news/2.txt", "news/../news/2.txt", "./news"])
    async def test_a_story_loaded_already_opens_once(
        self, make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str
    ) -> None:
        """A file or folder loaded already, typed under another spelling, opens its stories: no copies."""
        news = tmp_path / "news"
        news.mkdir()
        (news / "1.txt").write_text(STORY, encoding="utf-8")
        (news / "2.txt").write_text(OTHER, encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        app = make_app([], refs=("news",))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            await _wait_for(pilot, lambda: len(screen.article_list.articles) == 2)
            first = screen.current
            assert first is not None and first.origin == "news/1.txt"
            await pilot.press("down", "enter")
            await _wait_for(pilot, lambda: screen.current is not None and screen.current.origin == "news/2.txt")
            await _open(pilot, typed.format(root=tmp_path))
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            assert len(screen.article_list.articles) == 2
            assert [article.origin for article in screen.article_list.articles] == ["news/1.txt", "news/2.txt"]
            assert screen.current is not None and screen.current.origin.startswith("news/")

    @pytest.mark.parametrize(
        ("address", "says"),
        [
            ("/no/such/folder/story.txt", "Could not open"),
            ("ftp://news.example/story.txt", "Only http and https"),
            ("file:///etc/passwd", "Only http and https"),
            ("http://[::1", "invalid URL"),  # the reader quit with Textual's traceback
            ("http://[evil]/", "invalid URL"),
            ("https://", "no host name"),
        ],
        ids=["missing-file", "ftp", "file-url", "open-bracket", "not-an-ip", "no-host"],
    )
    async def test_what_cannot_open_is_one_message(
        self, make_app: Any, hook: Any, notes: list[Any], address: str, says: str
    ) -> None:
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            screen = reader(app)
            await _open(pilot, address)
            await _wait_for(pilot, lambda: any(says in f"{note.title} {note.message}" for note in notes))
            await app.workers.wait_for_complete()
            told = [note for note in notes if says in f"{note.title} {note.message}"]
            assert len(told) == 1 and "\n" not in str(told[0].message)
            assert screen.current is not None and screen.current.id == BOOK_FAIR.id
            assert len(screen.article_list.articles) == 1

    async def test_a_password_in_an_address_is_never_shown(self, make_app: Any, hook: Any, notes: list[Any]) -> None:
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await _open(pilot, "ftp://reader:s3cret@news.example/story.txt")
            await _wait_for(pilot, lambda: bool(notes))
            assert "reader:***@news.example" in str(notes[0].message)
            assert all("s3cret" not in f"{note.title} {note.message}" for note in notes)

    async def test_escape_opens_nothing(self, make_app: Any) -> None:
        app = make_app([BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("g")
            await pilot.pause()
            await pilot.press(*"/tmp", "escape")
            await pilot.pause()
            screen = reader(app)
            assert app.screen is screen
            assert screen.current is not None and screen.current.id == BOOK_FAIR.id
            assert not [worker for worker in app.workers if worker.group == "fetch"]


@pytest.mark.parametrize("typed", [False, True], ids=["pasted", "typed-as-shown"])
async def test_a_path_with_a_bidi_control_opens_its_own_file(make_app: Any, tmp_path: Path, typed: bool) -> None:
    """A file named ``abc\\u202edef.txt`` beside ``abcdef.txt``: pasted, the override is kept as the escape newstui
    shows it (dropping it named the other file), and that escape typed back opens the same file."""
    from textual import events

    (tmp_path / "abc\u202edef.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "abcdef.txt").write_text(OTHER, encoding="utf-8")
    shown = f"{tmp_path}/abc\\u202edef.txt"
    app = make_app([BOOK_FAIR])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("g")
        await pilot.pause()
        box = pilot.app.screen.query_one(Input)
        if typed:
            box.value = shown
        else:
            box.post_message(events.Paste(f"{tmp_path}/abc\u202edef.txt\n"))
            await pilot.pause()
            assert box.value == shown
        await pilot.press("enter")
        await pilot.pause()
        await _wait_for(pilot, lambda: screen.current is not None and screen.current.id != BOOK_FAIR.id)
        assert screen.current is not None and screen.current.title == "مكتبة المدرسة تفتح أبوابها صباح السبت"


async def test_a_pasted_web_address_drops_its_bidi_controls(make_app: Any) -> None:
    """An address pasted is taken as a browser's address bar takes it: controls dropped, not escaped."""
    from textual import events

    app = make_app([BOOK_FAIR])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        box = pilot.app.screen.query_one(Input)
        box.post_message(events.Paste("https://news.example/\u202eabc"))
        await pilot.pause()
        assert box.value == "https://news.example/abc"
