"""Pilot tests of a folder archive (audit folders21): a folder that loaded but left a folder out is a partial load,
not a failed source (#4); ``r`` drops a story whose file can no longer be read, as a fresh start leaves it out
(#5); a file-name link finds the file macOS named in decomposed form, listed or not (#3)."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, reload_and_wait, settle

from newstui.sources import first_frame
from newstui.ui.screens.reader_loading import CUT_SHORT_TITLE

# Original stories written for these tests, in the plain-text aggregator format.
HEADLINES = (
    "البلدية تفتتح حديقة عامة في الحي الشمالي",
    "مكتبة المدينة تمدد ساعات العمل في الصيف",
    "انطلاق ماراثون الشباب على الكورنيش",
)


def _story(headline: str, related: str = "") -> str:
    text = (
        f"صوت المدينة – محليات\n\n{headline}\n\n{headline} وسط حضور كبير من السكان صباح اليوم.\n\n"
        "وقال مسؤول في البلدية إن العمل سيستمر خلال الأسابيع المقبلة.\n"
    )
    return f"{text}\nمقالات ذات صلة\n\n{related}\n" if related else text


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    for number, headline in enumerate(HEADLINES, 1):
        (folder / f"0{number}-khabar.txt").write_text(_story(headline), encoding="utf-8")
    return folder


def _titles(app: Any) -> list[str]:
    return [article.title for article in reader(app).article_list.articles]


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Base names of files and folders that cannot be opened or listed (root reads any: the refusal is
    simulated where the reader's process opens them)."""
    names: set[str] = set()
    real_open, real_scandir = os.open, os.scandir

    def refused(path: Any) -> bool:
        return isinstance(path, (str, bytes, os.PathLike)) and os.path.basename(os.fsdecode(path)) in names

    def opening(path: Any, *args: Any, **kwargs: Any) -> int:
        if refused(path):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_open(path, *args, **kwargs)

    def listing(path: Any = ".") -> Any:
        if refused(path):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", opening)
    monkeypatch.setattr(os, "scandir", listing)
    return names


async def test_a_folder_left_out_is_a_partial_load_not_a_failure(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, locked: set[str]
) -> None:
    """The folder gave its stories and could not list one subfolder: a warning under the cut source's title,
    naming that subfolder, no "Source failed" and no failed source in the list's title; the line is still
    told when the reader closes, as the command line tells it."""
    folder = _folder(tmp_path)
    (folder / "locked-folder").mkdir()
    (folder / "locked-folder" / "x.txt").write_text(_story("خبر في مجلد مغلق"), encoding="utf-8")
    locked.add("locked-folder")
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert _titles(app) == list(HEADLINES)
        assert screen.loader.failed_sources == set()
        assert "failed" not in str(screen.list_pane.border_title)
    told = [
        (note.title, note.severity, str(note.message)) for note in notes if "could not be read" in str(note.message)
    ]
    assert told == [
        (CUT_SHORT_TITLE, "warning", f"{folder}: 1 folder could not be read: locked-folder (permission denied)")
    ]
    assert not [note for note in notes if note.title == "Source failed"]
    assert app.load_failures() == [f"{folder}: 1 folder could not be read: locked-folder (permission denied)"]


async def test_a_folder_that_failed_is_still_a_failed_source(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, locked: set[str]
) -> None:
    """A folder of nothing readable is a failed source, as before."""
    folder = tmp_path / "empty"
    (folder / "locked-folder").mkdir(parents=True)
    locked.add("locked-folder")
    story = tmp_path / "one.txt"
    story.write_text(_story(HEADLINES[0]), encoding="utf-8")
    app = make_app([], refs=(str(story), str(folder)))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert reader(app).loader.failed_sources == {str(folder)}
    assert [note.title for note in notes if "could not be read" in str(note.message)] == ["Source failed"]


async def test_reload_drops_a_story_whose_file_cannot_be_read(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, locked: set[str]
) -> None:
    """A folder's file made unreadable: ``r`` says why it failed and takes its story off the list, which is then
    the list a fresh start shows; readable again, the story comes back."""
    folder = _folder(tmp_path)
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert _titles(app) == list(HEADLINES)
        locked.add("02-khabar.txt")
        note = await reload_and_wait(pilot, notes)
        assert note == "1 story whose file was deleted left the list."
        assert HEADLINES[1] not in _titles(app)
        assert any("02-khabar.txt: permission denied" in str(told.message) for told in notes)
        reloaded = sorted(_titles(app))
        fresh = make_app([], refs=(str(folder),))
        async with fresh.run_test(size=SIZE) as fresh_pilot:
            await settle(fresh_pilot)
            assert sorted(_titles(fresh)) == reloaded, "the list a fresh start shows"
        locked.clear()
        assert await reload_and_wait(pilot, notes) == "1 story whose file is back returned to the list."
        assert HEADLINES[1] in _titles(app)


NAME = "أخبار الإمارات-ماك.txt"


@pytest.mark.parametrize("whole_folder", [True, False], ids=["folder-loaded", "one-file-opened"])
async def test_a_file_name_link_opens_the_file_named_in_decomposed_form(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole_folder: bool
) -> None:
    """The link is typed (NFC), the file beside it was named on a Mac (NFD): ``1`` opens its story, loaded with
    the folder, or opened as ``g`` opens a file when only the linking file was given."""
    folder = tmp_path / "nfc"
    folder.mkdir()
    (folder / "روابط.txt").write_text(_story(HEADLINES[0], unicodedata.normalize("NFC", NAME)), encoding="utf-8")
    (folder / unicodedata.normalize("NFD", NAME)).write_text(_story(HEADLINES[2]), encoding="utf-8")
    monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", 1 << 20)
    app = make_app([], refs=(str(folder) if whole_folder else str(folder / "روابط.txt"),), layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        links = next(article for article in screen.corpus if Path(article.origin).name == "روابط.txt")
        screen.open_article(links.id)
        await pilot.pause()
        link = screen.related.link(1)
        assert link is not None
        if whole_folder:
            target = next(article for article in screen.corpus if article.title == HEADLINES[2])
            assert screen.file_story(link, links.origin) == target.id  # (the target the related pane shows)
        await pilot.press("1")
        await pilot.pause()
        await settle(pilot)
        current = screen.current
        assert current is not None and current.title == HEADLINES[2], current
        assert current.paragraphs
