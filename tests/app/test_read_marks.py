"""Pilot tests of m (a story read or unread), A (every story listed read, A again undoes it), the unread count in
the list's title, the notices of back, forward, n and p with nowhere to go, and ctrl+f / ctrl+b paging."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from app_stories import BOOK_FAIR, STORIES, long_article
from app_support import SIZE, reader, settle

from newstui.read_log import ReadLog

README = Path(__file__).resolve().parents[2] / "README.md"


def _title(app: Any) -> str:
    return str(reader(app).list_pane.border_title)


def _ids(app: Any) -> list[str]:
    return [article.id for article in reader(app).article_list.articles]


def _messages(notes: list[Any]) -> list[str]:
    return [str(note.message) for note in notes]


def _shown_notices(app: Any) -> list[str]:
    """The notifications on screen now (``NewsApp.notify`` replaces those of the same kind)."""
    return [str(note.message) for note in app._notifications]


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A state folder of the test's own: the log of stories read is ``state / "newstui" / "read.txt"``."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    return tmp_path


class TestToggle:
    """m marks the highlighted story read, or unread when it is read; the list's title counts the unread ones."""

    async def test_m_on_the_open_story_reads_and_unreads_it(self, make_app: Any, hook: Any, notes: list[Any]) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            screen = reader(app)
            first = _ids(app)[0]
            assert screen.history.current == first and not screen.reads.was_read(first)
            assert _title(app) == "Articles 4 · 4 unread"
            screen.article_view.focus()
            await pilot.press("m")
            await pilot.pause()
            assert screen.reads.was_read(first)
            assert _title(app) == "Articles 4 · 3 unread"
            await pilot.press("m")
            await pilot.pause()
            assert not screen.reads.was_read(first)
            assert _title(app) == "Articles 4 · 4 unread"
        titles = [note.title for note in notes if note.title.startswith("Marked")]
        assert titles == ["Marked read", "Marked unread"]
        told = [message for message in _messages(notes) if "m marks" in message]
        assert told[0].endswith("\nm marks it unread again.") and told[1].endswith("\nm marks it read again.")

    async def test_m_in_the_list_marks_the_highlighted_row_not_the_open_story(self, make_app: Any) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            first, second = _ids(app)[:2]
            screen.article_list.focus()
            await pilot.press("down", "m")
            await pilot.pause()
            assert screen.reads.was_read(second) and not screen.reads.was_read(first)
            assert screen.history.current == first, "m opens nothing"
            assert screen.article_list.item_row(1, 0, 40)[1] == "visited"

    async def test_a_story_opened_and_marked_unread_stays_unread(self, make_app: Any) -> None:
        """Reading on with n after m leaves it unread, and u lists it again."""
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            first, second = _ids(app)[:2]
            await pilot.press("n")  # reads the first (gone on from) and the second
            await pilot.pause()
            assert screen.reads.was_read(first) and screen.reads.was_read(second)
            screen.article_view.focus()
            await pilot.press("m")  # the open one, the second: unread again
            await pilot.pause()
            assert not screen.reads.was_read(second)
            await pilot.press("n")
            await pilot.pause()
            assert not screen.reads.was_read(second)
            await pilot.press("u")
            await pilot.pause()
            assert second in _ids(app) and first not in _ids(app)

    async def test_m_on_the_first_story_shown_is_not_undone_by_scrolling(self, make_app: Any) -> None:
        """The story the reader opens by itself counts as read once scrolled; marked unread by hand, it stays so."""
        app = make_app((long_article(), *STORIES))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.article_view.focus()
            await pilot.press("m", "m")  # read, then unread again
            await pilot.press("pagedown")
            await pilot.pause()
            assert not screen.reads.was_read("long")


class TestMarkAll:
    """A marks every story the list shows read (after the filter and u); A again right after undoes it."""

    async def test_a_marks_every_story_listed_and_a_again_undoes_it(
        self, make_app: Any, hook: Any, notes: list[Any]
    ) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("A")
            await pilot.pause()
            assert all(screen.reads.was_read(article.id) for article in STORIES)
            assert _title(app) == "Articles 4 · all read"
            await pilot.press("A")
            await pilot.pause()
            assert not any(screen.reads.was_read(article.id) for article in STORIES)
            assert _title(app) == "Articles 4 · 4 unread"
            await pilot.press("A", "n")  # read on: A has nothing to undo any more
            await pilot.pause()
            await pilot.press("A")
            await pilot.pause()
            assert all(screen.reads.was_read(article.id) for article in STORIES)
        assert _messages(notes)[:2] == [
            "Marked 4 stories read (A again undoes it).",
            "4 stories unread again (A marks every story listed read).",
        ]
        assert _messages(notes)[-1] == "Every story listed is read already."

    async def test_a_marks_only_what_the_filter_lists(self, make_app: Any) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("slash", *"معرض", "enter")
            await pilot.pause()
            listed = _ids(app)
            assert 0 < len(listed) < len(STORIES)
            await pilot.press("A")
            await pilot.pause()
            for article in STORIES:
                assert screen.reads.was_read(article.id) is (article.id in listed), article.id
            # (the list pane's title in its short form: the filter's query keeps its room: ``reader_view.fit_title``)
            assert re.match(rf"{len(listed)}/4 · all read · ", _title(app)), _title(app)

    async def test_a_undoes_nothing_once_the_stories_it_marked_left_the_list(
        self, make_app: Any, hook: Any, notes: list[Any]
    ) -> None:
        """A under one filter, then A with another filter whose stories are all read: nothing hidden is undone."""
        app = make_app(STORIES)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("A")  # every story read
            await pilot.pause()
            await pilot.press("slash", *"معرض", "enter")
            await pilot.pause()
            assert 0 < len(_ids(app)) < len(STORIES)
            await pilot.press("A")
            await pilot.pause()
            assert all(screen.reads.was_read(article.id) for article in STORIES), "none hidden made unread"
        assert _messages(notes)[-1] == "Every story listed is read already."

    async def test_a_with_u_marks_the_unread_listed(self, make_app: Any) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("n", "u")
            await pilot.pause()
            assert _title(app) == "3/4 · 2 unr. · unread only"  # (short forms: the pane is narrow)
            await pilot.press("A")
            await pilot.pause()
            assert _title(app) == "3/4 · all read · unr. only", "the list does not shrink under you"
            await pilot.press("u", "u")
            await pilot.pause()
            assert _ids(app) == [reader(app).history.current]

    async def test_a_on_a_big_list_is_one_write(
        self, make_app: Any, state: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from newstui.ui.screens import reader_read_log

        monkeypatch.setattr(reader_read_log, "SAVE_DELAY", 0.05)
        writes: list[int] = []
        replace_file = ReadLog._replace

        def counted(self: ReadLog, *args: Any, **kwargs: Any) -> None:
            writes.append(len(self))
            replace_file(self, *args, **kwargs)

        monkeypatch.setattr(ReadLog, "_replace", counted)
        stories = [
            replace(BOOK_FAIR, id=f"s{n}", title=f"خبر رقم {n}", url=f"https://news.example/{n}", related=())
            for n in range(300)
        ]
        app = make_app(stories, remember=True)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("A")
            await pilot.pause(0.2)
            await settle(pilot)
            assert writes == [600], "one write, with both keys of every story"
            assert _title(app) == "Articles 300 · all read"
        assert writes == [600], "nothing more to write at exit"


async def test_a_long_list_is_counted_between_frames(
    make_app: Any, state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a log to look stories up in, a long list's count is made a slice at a time, and then told."""
    from newstui.read_log import default_path
    from newstui.ui.screens import reader as reader_module

    monkeypatch.setattr(reader_module, "UNREAD_LOOKUPS", 40)
    stories = [
        replace(BOOK_FAIR, id=f"s{n}", title=f"خبر رقم {n}", url=f"https://news.example/{n}", related=())
        for n in range(300)
    ]
    log = ReadLog(default_path())
    log.add_many(stories[:100])
    log.save()
    app = make_app(stories, remember=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        deadline = time.monotonic() + 30
        while "unread" not in _title(app) and time.monotonic() < deadline:
            await pilot.pause(0.02)
        assert _title(app) == "Articles 300 · 200 unread"


class TestRemembered:
    """m and A go through the log of stories read: kept across runs, never with --private."""

    @staticmethod
    async def _run(make_app: Any, keys: tuple[str, ...] = (), **settings: Any) -> dict[str, bool]:
        """Run the reader (list focused), press ``keys``, and say which stories read as read at the end."""
        app = make_app(STORIES, **settings)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            return {article.id: screen.reads.was_read(article.id) for article in STORIES}

    async def test_m_is_kept_across_runs_and_so_is_unread_again(self, make_app: Any, state: Path) -> None:
        # The list is focused at the start: m marks its highlighted row, the first story.
        first = await self._run(make_app, ("down", "m"), remember=True)
        assert first == {"book-fair": False, "reading": True, "library": False, "ferry": False}
        assert (state / "newstui" / "read.txt").is_file()
        again = await self._run(make_app, remember=True)
        assert again == first, "read in the next run"
        unread = await self._run(make_app, ("down", "m"), remember=True)
        assert not unread["reading"]
        after = await self._run(make_app, remember=True)
        assert after == dict.fromkeys(after, False), "unread again in the run after"

    async def test_a_is_kept_across_runs(self, make_app: Any, state: Path) -> None:
        await self._run(make_app, ("A",), remember=True)
        assert await self._run(make_app, remember=True) == dict.fromkeys(
            ("book-fair", "reading", "library", "ferry"), True
        )

    async def test_unread_again_wins_over_another_reader_having_it(self, state: Path) -> None:
        """A story marked unread leaves the file too, though another reader saved it there meanwhile."""
        path = state / "log.txt"
        ours = ReadLog.load(path)
        ours.add(BOOK_FAIR)
        ours.save()
        theirs = ReadLog.load(path)
        ours.remove(BOOK_FAIR)
        theirs.add(BOOK_FAIR)
        theirs.save()
        ours.save()
        assert not ReadLog.load(path).has(BOOK_FAIR)

    async def test_private_marks_for_the_session_only(self, make_app: Any, state: Path) -> None:
        await self._run(make_app, ("down", "m"), remember=True)
        log = state / "newstui" / "read.txt"
        written = log.read_bytes()
        private = await self._run(make_app, ("A",), remember=False)
        assert all(private.values()), "marked in the session"
        assert log.read_bytes() == written, "nothing written"
        later = await self._run(make_app, remember=True)
        assert later == {"book-fair": False, "reading": True, "library": False, "ferry": False}

    async def test_m_before_the_log_has_loaded_is_kept(self, make_app: Any, state: Path) -> None:
        """Unread again in a run before its log was loaded: the log loaded later does not make it read again."""
        await self._run(make_app, ("down", "m"), remember=True)
        app = make_app(STORIES, remember=True)
        async with app.run_test(size=SIZE) as pilot:
            screen = reader(app)
            assert screen.reads.log is None, "the log loads after the first frame"
            article = screen.corpus.get("reading")
            assert article is not None
            screen.reads.unmark(article)
            await settle(pilot)
            assert screen.reads.log is not None
            assert not screen.reads.was_read("reading")
            assert _title(app) == "Articles 4 · 4 unread"
        assert await self._run(make_app, remember=True) == dict.fromkeys(
            ("book-fair", "reading", "library", "ferry"), False
        )


class TestNowhereToGo:
    """⌫, alt+→, p and n with nowhere to go say so in a short notice (still dimmed in the key bar)."""

    async def test_each_end_says_so(self, make_app: Any, hook: Any, notes: list[Any]) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert screen.check_action("back", ()) is None, "still greyed out"
            await pilot.press("backspace")
            await pilot.pause()
            await pilot.press("alt+left", "alt+right", "p")
            await pilot.pause()
            for _ in range(len(STORIES) - 1):
                await pilot.press("n")
            await pilot.pause()
            assert screen.history.current == _ids(app)[-1]
            await pilot.press("n")
            await pilot.pause()
            assert screen.history.current == _ids(app)[-1]
        assert _messages(notes) == [
            "Already at the first story you opened: nothing to go back to.",
            "Already at the first story you opened: nothing to go back to.",
            "Nothing to go forward to (alt+→ goes forward again after going back).",
            "Already on the first story in the list.",
            "Already on the last story in the list.",
        ]

    async def test_the_keys_still_work_where_there_is_somewhere_to_go(self, make_app: Any) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            first, second = _ids(app)[:2]
            await pilot.press("n")
            await pilot.pause()
            assert screen.history.current == second
            await pilot.press("backspace")
            await pilot.pause()
            assert screen.history.current == first
            await pilot.press("alt+right")
            await pilot.pause()
            assert screen.history.current == second
            await pilot.press("p")
            await pilot.pause()
            assert screen.history.current == first

    async def test_in_the_filter_box_backspace_and_n_are_the_box_s(
        self, make_app: Any, notes: list[Any], hook: Any
    ) -> None:
        app = make_app(STORIES)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await pilot.press("slash", "n", "p", "backspace")
            await pilot.pause()
            assert reader(app).filter_input is not None and reader(app).filter_input.value == "n"
        assert not notes

    async def test_key_notices_replace_each_other(self, make_app: Any) -> None:
        """Notices answering keys (these, and m's) do not stack over the article: the last one stays."""
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("backspace", "p", "alt+right", "m")
            await pilot.pause()
            shown = _shown_notices(app)
            assert len(shown) == 1 and shown[0].endswith("m marks it unread again."), shown

    async def test_y_s_notice_gives_way_to_the_next_key_s(self, make_app: Any) -> None:
        """y's "Sent … to the clipboard" is key feedback too: p's notice right after replaces it."""
        app = make_app(STORIES)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
            assert len(_shown_notices(app)) == 1
            await pilot.press("p")
            await pilot.pause()
            assert _shown_notices(app) == ["Already on the first story in the list."]


class TestPaging:
    """ctrl+f and ctrl+b page down and up (less and vim), as PgDn and PgUp."""

    async def test_ctrl_f_and_ctrl_b_page_the_article(self, make_app: Any) -> None:
        app = make_app((long_article(), *STORIES))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            view.focus()
            await pilot.press("pagedown")
            await pilot.pause()
            page = view.scroll_y
            assert page > 0
            await pilot.press("ctrl+b")
            await pilot.pause()
            assert view.scroll_y == 0
            await pilot.press("ctrl+f", "ctrl+f")
            await pilot.pause()
            assert view.scroll_y == 2 * page
            assert reader(app).reads.was_read("long"), "paged: read, as for PgDn"

    async def test_ctrl_f_pages_the_list_from_the_list(self, make_app: Any) -> None:
        stories = [replace(BOOK_FAIR, id=f"s{n}", title=f"خبر رقم {n}", url=None, related=()) for n in range(80)]
        app = make_app(stories)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            listed = reader(app).article_list
            listed.focus()
            await pilot.press("pagedown")
            await pilot.pause()
            paged = listed.cursor
            assert paged > 0
            await pilot.press("ctrl+b")
            await pilot.pause()
            assert listed.cursor == 0
            await pilot.press("ctrl+f")
            await pilot.pause()
            assert listed.cursor == paged
            assert reader(app).article_view.scroll_y == 0


async def test_help_and_readme_list_the_new_keys(make_app: Any) -> None:
    """m, A, ctrl+f and ctrl+b are in the help's table and in README's key table."""
    from newstui.ui.screens.help import binding_rows

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = binding_rows(app.help_groups(), app.get_key_display)
    keys = {keys: description for _, keys, description in rows}
    assert "m" in keys and "read" in keys["m"]
    assert "A" in keys and "read" in keys["A"]
    assert "^f" in keys and "^b" in keys
    assert not any(description == "" for description in keys.values())
    table = README.read_text(encoding="utf-8").split("## Keys", 1)[1].split("\n## ", 1)[0]
    for key in ("`m`", "`A`", "`ctrl+f`", "`ctrl+b`"):
        assert key in table, key
