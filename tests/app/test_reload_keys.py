"""Pilot tests of r with local sources: a folder's new files join the top of the list, nothing twice."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, reload_and_wait, settle
from textual.widgets import Input

from helpers.readback import visual_words

# Original stories written for these tests, in the plain-text aggregator format.
STORIES = {
    "01.txt": "نشرة الحي – محليات\n\nافتتاح مكتبة جديدة قرب السوق\n\nافتتحت البلدية مكتبة صغيرة قرب السوق القديم.\n",
    "02.txt": "نشرة الحي – رياضة\n\nفريق المدرسة يفوز بالبطولة\n\nفاز فريق المدرسة بالبطولة بعد مباراة طويلة.\n",
}
LATER = "نشرة الحي – طقس\n\nأمطار غزيرة متوقعة غداً\n\nتتوقع الأرصاد أمطاراً غزيرة على المناطق الشمالية غداً.\n"


def _write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def _titles(app: Any) -> list[str]:
    return [article.title for article in reader(app).article_list.articles]


async def test_new_files_join_the_top_and_known_ones_stay_once(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        opened = screen.current
        assert opened is not None
        first = _titles(app)
        assert len(first) == 2

        assert await reload_and_wait(pilot, notes) == "No new stories."
        assert _titles(app) == first

        _write(tmp_path, {"03.txt": LATER})
        assert await reload_and_wait(pilot, notes) == "1 new story, at the top of the list."
        assert _titles(app) == ["أمطار غزيرة متوقعة غداً", *first]
        assert screen.current is opened or (screen.current is not None and screen.current.id == opened.id)
        assert str(screen.list_pane.border_title).startswith("Articles 3")

        await pilot.press("home", "enter")
        await pilot.pause()
        assert screen.current is not None and screen.current.title == "أمطار غزيرة متوقعة غداً"
        assert screen.current.paragraphs, "a listed file is parsed when opened, as at start"

        assert await reload_and_wait(pilot, notes) == "No new stories."
        assert len(_titles(app)) == 3


async def test_new_stories_leave_the_list_cursor_where_it_was(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """A reload that brings a new story keeps the cursor on the story you had moved it to, not the open one."""
    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        screen.article_list.focus()
        await pilot.press("down")
        await pilot.pause()
        highlighted = screen.article_list.highlighted_id
        assert highlighted is not None and screen.current is not None and highlighted != screen.current.id
        _write(tmp_path, {"03.txt": LATER})
        assert await reload_and_wait(pilot, notes) == "1 new story, at the top of the list."
        assert screen.article_list.highlighted_id == highlighted


async def test_the_filter_keeps_new_stories_on_top(make_app: Any, hook: Any, notes: list[Any], tmp_path: Path) -> None:
    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        _write(tmp_path, {"03.txt": LATER.replace("أمطار غزيرة", "مكتبة متنقلة")})
        await reload_and_wait(pilot, notes)
        await pilot.press("slash", *"مكتبة", "enter")
        await pilot.pause()
        assert _titles(app) == ["مكتبة متنقلة متوقعة غداً", "افتتاح مكتبة جديدة قرب السوق"]


async def _reload_told(pilot: Any, notes: list[Any], timeout: float = 15.0) -> list[Any]:
    """Press r and wait for what the reload tells at its end ("Reloaded", or "Reload failed: …"); returns the
    notices it gave."""
    before = len(notes)
    await pilot.press("r")
    deadline = time.monotonic() + timeout
    while not any(
        note.title == "Reloaded" or str(note.message).startswith("Reload failed:") for note in notes[before:]
    ):
        assert time.monotonic() < deadline, "the reload did not finish"
        await pilot.pause(0.05)
    await pilot.pause()
    return notes[before:]


async def test_a_source_gone_since_is_one_notification(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """The only source failing on r: one notice, "Reload failed: <source>: <reason>", no "No new stories."."""
    story = tmp_path / "01.txt"
    _write(tmp_path, {"01.txt": STORIES["01.txt"]})
    app = make_app([], refs=(str(story),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        story.unlink()
        (told,) = await _reload_told(pilot, notes)
        message = str(told.message)
        assert message.startswith(f"Reload failed: {story}: ") and told.severity == "error"
        assert len(_titles(app)) == 1, "what was loaded stays"


async def test_every_source_failing_on_r_is_one_notice(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """Two sources gone since: still one notice, the first one's reason and the other counted."""
    first, second = tmp_path / "01.txt", tmp_path / "02.txt"
    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(first), str(second)))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        first.unlink()
        second.unlink()
        (told,) = await _reload_told(pilot, notes)
        message = str(told.message)
        assert message.startswith(f"Reload failed: {first}: ") and message.endswith("(and 1 more source)")
        assert reader(app).reloader.failing.keys() == {str(first), str(second)}, "told again at the end"


async def test_a_partial_failure_on_r_keeps_its_notices(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """One source of two failing: its "Source failed" notice and the "Reloaded" one, as before."""
    first, second = tmp_path / "01.txt", tmp_path / "02.txt"
    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(first), str(second)))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        first.unlink()
        told = await _reload_told(pilot, notes)
        assert [note.title for note in told] == ["Source failed", "Reloaded"]
        assert not any(str(note.message).startswith("Reload failed") for note in told)


async def test_a_file_deleted_from_a_folder_leaves_the_list(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """The story of a file deleted from a folder leaves the list on r (history keeps it); back when the file is."""
    _write(tmp_path, {**STORIES, "03.txt": LATER})
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert len(_titles(app)) == 3
        (tmp_path / "02.txt").unlink()
        assert await reload_and_wait(pilot, notes) == "1 story whose file was deleted left the list."
        assert _titles(app) == ["افتتاح مكتبة جديدة قرب السوق", "أمطار غزيرة متوقعة غداً"]
        assert str(screen.list_pane.border_title) == "Articles 2 · 2 unread"
        assert await reload_and_wait(pilot, notes) == "No new stories.", "told once"
        _write(tmp_path, {"02.txt": STORIES["02.txt"]})
        assert await reload_and_wait(pilot, notes) == "1 story whose file is back returned to the list."
        assert len(_titles(app)) == 3 and str(screen.list_pane.border_title) == "Articles 3 · 3 unread"
        assert await reload_and_wait(pilot, notes) == "No new stories.", "told once"


async def test_a_deleted_file_written_again_with_changes_is_told_back_not_edited(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """A story that left the list with its file and comes back with it (edited meanwhile or not) is told as back
    in the list, not as an edited story read again (it was not in the list to be edited)."""
    _write(tmp_path, {**STORIES, "03.txt": LATER})
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        (tmp_path / "02.txt").unlink()
        assert await reload_and_wait(pilot, notes) == "1 story whose file was deleted left the list."
        _write(tmp_path, {"02.txt": STORIES["02.txt"].replace("بعد مباراة طويلة", "بعد مباراة طويلة ومثيرة")})
        later = time.time() + 5
        os.utime(tmp_path / "02.txt", (later, later))
        assert await reload_and_wait(pilot, notes) == "1 story whose file is back returned to the list."
        assert len(_titles(app)) == 3


@pytest.mark.parametrize(("key", "expected"), [("n", "أمطار غزيرة متوقعة غداً"), ("p", "افتتاح مكتبة جديدة قرب السوق")])
async def test_n_and_p_from_a_story_whose_file_was_deleted_open_its_neighbours(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, key: str, expected: str
) -> None:
    """The open story left the list: n / p open the stories after / before where it stood, not the top."""
    _write(tmp_path, {**STORIES, "03.txt": LATER})
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("n")
        await pilot.pause()
        assert screen.current is not None and screen.current.title == "فريق المدرسة يفوز بالبطولة"
        (tmp_path / "02.txt").unlink()
        assert await reload_and_wait(pilot, notes) == "1 story whose file was deleted left the list."
        assert screen.article_list.highlighted_id == screen.article_list.articles[1].id, "the cursor stays near"
        await pilot.press(key)
        await pilot.pause()
        assert screen.current is not None and screen.current.title == expected


async def test_a_story_whose_file_was_missing_when_opened_gets_its_text_when_the_file_is_back(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """A folder entry opened while its file was gone shows its title only; r with the file back shows the text."""
    _write(tmp_path, {**STORIES, "03.txt": LATER})
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        entry = screen.article_list.articles[1]
        assert entry.indexed_only
        (tmp_path / "02.txt").unlink()
        screen.open_article(entry.id)
        await pilot.pause()
        assert any(str(note.message).endswith("02.txt: no such file") for note in notes)
        assert screen.article_view.article is not None and screen.article_view.article.paragraphs == ()
        told = len(notes)
        assert await reload_and_wait(pilot, notes) == "1 story whose file was deleted left the list."
        assert not any(note.severity == "error" for note in notes[told:]), "a file still gone is not retried"
        _write(tmp_path, {"02.txt": STORIES["02.txt"]})
        assert await reload_and_wait(pilot, notes) == "1 story whose file is back returned to the list."
        assert screen.article_view.article is not None
        assert screen.article_view.article.paragraphs == ("فاز فريق المدرسة بالبطولة بعد مباراة طويلة.",)


async def test_piped_input_is_not_read_again(make_app: Any, hook: Any, notes: list[Any]) -> None:
    app = make_app([], refs=("-",), stdin_data=STORIES["01.txt"].encode())
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert [str(note.message) for note in notes] == ["Nothing to reload: piped input is read once."]


async def test_a_folder_opened_with_g_is_reloaded_too(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    from newstui.ui.screens.prompts import OpenAddressScreen

    start, watched = tmp_path / "start", tmp_path / "watched"
    start.mkdir()
    watched.mkdir()
    _write(start, {"01.txt": STORIES["01.txt"]})
    _write(watched, {"02.txt": STORIES["02.txt"]})
    app = make_app([], refs=(str(start),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, OpenAddressScreen)
        app.screen.query_one(Input).value = str(watched)  # typing a long path key by key is slow under Pilot
        await pilot.press("enter")
        await settle(pilot)
        assert len(_titles(app)) == 2
        _write(watched, {"03.txt": LATER})
        assert await reload_and_wait(pilot, notes) == "1 new story, at the top of the list."
        assert _titles(app)[0] == "أمطار غزيرة متوقعة غداً"


async def test_timed_reloads_tell_only_new_stories_and_each_failure_once(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """The config file's refresh: the reader reloads by itself; silence when nothing is new."""
    folder, single = tmp_path / "folder", tmp_path / "single.txt"
    folder.mkdir()
    _write(folder, STORIES)
    single.write_text(LATER.replace("أمطار غزيرة", "رياح قوية"), encoding="utf-8")
    app = make_app([], refs=(str(folder), str(single)), refresh=0.005)  # every 0.3 s
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        start = screen.reloader.count
        deadline = time.monotonic() + 30
        while screen.reloader.count < start + 2:
            assert time.monotonic() < deadline, "no timed reload happened"
            await pilot.pause(0.05)
        assert not [note for note in notes if note.title == "Reloaded"], "nothing new: nothing said"

        _write(folder, {"03.txt": LATER})
        single.unlink()
        deadline = time.monotonic() + 30
        while not any(note.title == "Reloaded" for note in notes):
            assert time.monotonic() < deadline, "the new file was not found by a timed reload"
            await pilot.pause(0.05)
        assert _titles(app)[0] == "أمطار غزيرة متوقعة غداً"
        seen = screen.reloader.count
        while screen.reloader.count < seen + 2:
            assert time.monotonic() < deadline + 30, "timed reloads stopped"
            await pilot.pause(0.05)
        failed = [note for note in notes if note.title == "Source failed"]
        assert len(failed) == 1 and "single.txt" in str(failed[0].message), "a failing source is told once"
        assert [str(note.message) for note in notes if note.title == "Reloaded"] == [
            "1 new story, at the top of the list."
        ]


async def test_no_timer_without_refresh(make_app: Any, tmp_path: Path) -> None:
    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause(0.5)
        assert reader(app)._reloader is None, "no reload, not even the reloader"


async def test_a_reload_that_breaks_is_told_and_r_works_again(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: Any
) -> None:
    """An unexpected error in the reload worker is a notification saying it is a bug; the list stops saying it
    reloads."""
    import newstui.sources.loader

    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        real = newstui.sources.loader.load_sources

        async def broken(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("the loader broke")

        monkeypatch.setattr(newstui.sources.loader, "load_sources", broken)
        await pilot.press("r")
        await settle(pilot)
        errors = [note for note in notes if note.title == "Error"]
        told = "unexpected error: RuntimeError: the loader broke (NEWSTUI_DEBUG=1 shows where)"  # a bug, told as one
        assert [str(note.message) for note in errors] == [told]
        screen = reader(app)
        assert "reloading" not in str(screen.list_pane.border_title)

        monkeypatch.setattr(newstui.sources.loader, "load_sources", real)
        _write(tmp_path, {"03.txt": LATER})
        assert await reload_and_wait(pilot, notes) == "1 new story, at the top of the list."


async def test_an_address_that_failed_to_open_is_not_reloaded(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """g with a path that does not exist says so once; r then reloads only what opened, with no failure."""
    start = tmp_path / "start"
    start.mkdir()
    _write(start, {"01.txt": STORIES["01.txt"]})
    app = make_app([], refs=(str(start),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        await pilot.press("g")
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path / "nope.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert [note.title for note in notes] == ["Could not open"]
        notes.clear()
        assert await reload_and_wait(pilot, notes) == "No new stories."
        assert [note.severity for note in notes] == ["information"], "the failed address is not loaded again"
        assert reader(app).reloader.opened == []


async def test_a_file_edited_since_is_shown_as_it_is_now_not_twice(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """r: a folder file whose headline changed takes its entry's place; the open one shows its new text."""
    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        opened = screen.current
        assert opened is not None and opened.title == "افتتاح مكتبة جديدة قرب السوق"
        ids = [article.id for article in screen.article_list.articles]

        _write(tmp_path, {"02.txt": STORIES["02.txt"].replace("يفوز بالبطولة", "يخسر النهائي")})
        assert await reload_and_wait(pilot, notes) == "1 edited story read again."
        assert _titles(app) == ["افتتاح مكتبة جديدة قرب السوق", "فريق المدرسة يخسر النهائي"]
        assert [article.id for article in screen.article_list.articles] == ids

        edited = STORIES["01.txt"].replace("مكتبة جديدة", "مكتبة الحي").replace("مكتبة صغيرة", "مكتبة للأطفال")
        _write(tmp_path, {"01.txt": edited})
        assert await reload_and_wait(pilot, notes) == "1 edited story read again."
        current = screen.current
        assert current is not None and current.id == opened.id
        assert current.title == "افتتاح مكتبة الحي قرب السوق"
        assert current.paragraphs == ("افتتحت البلدية مكتبة للأطفال قرب السوق القديم.",)
        assert screen.article_view.article is current
        assert len(_titles(app)) == 2

        assert await reload_and_wait(pilot, notes) == "No new stories."


async def test_a_file_named_on_the_command_line_edited_in_its_text_only(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORIES["02.txt"], encoding="utf-8")
    app = make_app([], refs=(str(story),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        story.write_text(STORIES["02.txt"].replace("مباراة طويلة", "مباراة قصيرة"), encoding="utf-8")
        assert await reload_and_wait(pilot, notes) == "1 edited story read again."
        current = screen.current
        assert current is not None and current.paragraphs == ("فاز فريق المدرسة بالبطولة بعد مباراة قصيرة.",)
        assert screen.article_view.article is current


async def test_a_folder_file_edited_in_its_text_under_the_same_headline(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """A folder's listing shows headlines only: the files of the stories opened are checked on r."""
    _write(tmp_path, STORIES)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        first = screen.current
        assert first is not None and first.paragraphs

        _write(tmp_path, {"01.txt": STORIES["01.txt"].replace("مكتبة صغيرة", "مكتبة كبيرة")})
        assert await reload_and_wait(pilot, notes) == "1 edited story read again."
        current = screen.current
        assert current is not None and current.paragraphs == ("افتتحت البلدية مكتبة كبيرة قرب السوق القديم.",)
        assert screen.article_view.article is current

        await pilot.press("n")  # the second story, parsed as it is opened
        await pilot.pause()
        second = screen.current
        assert second is not None and second.title == "فريق المدرسة يفوز بالبطولة" and second.paragraphs
        assert await reload_and_wait(pilot, notes) == "No new stories.", "nothing changed: nothing read again"
        before = (tmp_path / "02.txt").stat().st_mtime_ns
        _write(tmp_path, {"02.txt": STORIES["02.txt"].replace("مباراة طويلة", "مباراة قصيرة")})
        later = before + 2_000_000_000  # the same size: only the time tells (a coarse clock would not)
        os.utime(tmp_path / "02.txt", ns=(later, later))
        assert await reload_and_wait(pilot, notes) == "1 edited story read again."
        current = screen.current
        assert current is not None and current.paragraphs == ("فاز فريق المدرسة بالبطولة بعد مباراة قصيرة.",)
        assert _titles(app) == ["افتتاح مكتبة جديدة قرب السوق", "فريق المدرسة يفوز بالبطولة"]


async def test_the_list_title_counts_failed_sources_until_they_load(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """A source that failed stays told in the list's title after its notice goes ('· 1 failed', a folder or a file
    alike), stays longer on screen than a notice, and leaves the title once ``r`` loads it."""
    from newstui.ui.app import ERROR_NOTICE_SECONDS

    good, missing, folder = tmp_path / "01.txt", tmp_path / "later.txt", tmp_path / "news"
    _write(tmp_path, {"01.txt": STORIES["01.txt"]})
    app = make_app([], refs=(str(good), str(missing), str(folder)))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert str(screen.list_pane.border_title) == "1 · 1 unread · 2 failed"  # (short forms: a narrow pane)
        failed = [note for note in notes if note.title == "Source failed"]
        assert len(failed) == 2 and all(note.timeout == ERROR_NOTICE_SECONDS for note in failed)
        assert sum("later.txt" in line for line in app.load_failures()) == 1
        missing.write_text(LATER, encoding="utf-8")
        await reload_and_wait(pilot, notes)
        assert str(screen.list_pane.border_title) == "2 · 2 unread · 1 failed"
        assert not any("later.txt" in line for line in app.load_failures()), "loaded on r: no failure at the end"
        folder.mkdir()
        _write(folder, {"02.txt": STORIES["02.txt"]})
        await reload_and_wait(pilot, notes)
        assert str(screen.list_pane.border_title) == "Articles 3 · 3 unread"
        missing.unlink()
        await reload_and_wait(pilot, notes)
        assert str(screen.list_pane.border_title) == "3 · 3 unread · 1 failed", "failing again"
        assert sum("later.txt" in line for line in app.load_failures()) == 1


async def test_a_reload_that_breaks_keeps_the_failure_marks_and_tells_only_the_error(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reload that fails on a bug is that bug's one notice: no "No new stories.", the '· 1 failed' stays, r works."""
    import newstui.sources.loader as loader

    good, missing = tmp_path / "01.txt", tmp_path / "later.txt"
    _write(tmp_path, {"01.txt": STORIES["01.txt"]})
    app = make_app([], refs=(str(good), str(missing)))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert str(screen.list_pane.border_title) == "1 · 1 unread · 1 failed"  # (short forms: a narrow pane)
        real = loader.load_sources

        async def broken(*_args: Any, **_kwargs: Any) -> Any:
            raise RuntimeError("a bug in loading")

        monkeypatch.setattr(loader, "load_sources", broken)
        notes.clear()
        await pilot.press("r")
        deadline = time.monotonic() + 30
        while not any(note.severity == "error" for note in notes):
            assert time.monotonic() < deadline, "the failed reload was not told"
            await pilot.pause(0.05)
        await settle(pilot)
        assert [note.title for note in notes] == ["Error"]
        assert "a bug in loading" in str(notes[0].message)
        assert str(screen.list_pane.border_title) == "1 · 1 unread · 1 failed"  # (short forms: a narrow pane)
        monkeypatch.setattr(loader, "load_sources", real)
        missing.write_text(LATER, encoding="utf-8")
        await reload_and_wait(pilot, notes)
        assert str(screen.list_pane.border_title) == "Articles 2 · 2 unread"


async def test_a_folder_emptied_on_r_says_its_stories_left(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """The one source a folder whose files were all deleted since (it fails: no story in it): the one "Reload
    failed" notice also says its stories left the list."""
    folder = tmp_path / "news"
    folder.mkdir()
    _write(folder, STORIES)
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert len(_titles(app)) == len(STORIES)
        for name in STORIES:
            (folder / name).unlink()
        (told,) = await _reload_told(pilot, notes)
        message = str(told.message)
        assert message.startswith("Reload failed: "), message
        assert message.endswith(f"{len(STORIES)} stories whose file was deleted left the list."), message


LINKING = (
    "نشرة الحي – محليات\n\nافتتاح مكتبة جديدة قرب السوق\n\nافتتحت البلدية مكتبة صغيرة قرب السوق القديم.\n\n"
    "اقرأ أيضا\n\n• 02.txt\n"
)


async def test_a_file_name_link_to_a_deleted_file_is_not_loaded_and_opens_nothing(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """A related link naming a folder file by its bare name reads as a story of the list while the file's story
    is in it; once the file is deleted and r has taken its story off the list, the link is "not loaded" again,
    and its number opens no hollow visit of the story the file held (a notice says the file is gone)."""
    _write(tmp_path, {"01.txt": LINKING, "02.txt": STORIES["02.txt"]})
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.current is not None and screen.current.title == "افتتاح مكتبة جديدة قرب السوق"
        assert not _not_loaded(screen), "the file's story is loaded: the link reads as a story of the list"
        (tmp_path / "02.txt").unlink()
        assert await reload_and_wait(pilot, notes) == "1 story whose file was deleted left the list."
        assert _not_loaded(screen), "the file's story left the list"
        visits = len(screen.history)
        before = len(notes)
        await pilot.press("1")
        await pilot.pause()
        assert len(screen.history) == visits, "no visit of a story whose file is gone"
        assert screen.current is not None and screen.current.title == "افتتاح مكتبة جديدة قرب السوق"
        assert any("02.txt" in str(note.message) for note in notes[before:]), [str(n.message) for n in notes[before:]]


def _not_loaded(screen: Any) -> bool:
    """Whether related link 1 has its "not loaded" line."""
    related = screen.related
    _, height = related.item_span(0)
    rows = [related.item_row(0, offset, related.line_width)[0] for offset in range(height)]
    return any("not loaded" in row or "غير محمل" in visual_words([row]) for row in rows)
