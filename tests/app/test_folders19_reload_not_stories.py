"""Pilot tests of r on a folder whose files stop being stories without being deleted (replaced by a folder,
emptied, overwritten with binary bytes, replaced by a dangling link): their stories leave the list, as a fresh
start leaves them out, and the reload says so as for a deleted file (audit folders19 #1)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, reload_and_wait, settle

from newstui import load_notes
from newstui.sources.options import MAX_FILE_BYTES

# Original stories written for these tests, in the plain-text aggregator format.
HEADLINES = (
    "افتتاح معرض للخط العربي في دار الثقافة",
    "البلدية تزرع ألف شجرة على ضفتي النهر",
    "فريق الحي يفوز بكأس الدوري المحلي",
    "افتتاح مخبز خيري يوزع الخبز مجانا",
    "إغلاق الجسر القديم أسبوعا للصيانة",
    "مدرسة القرية تحتفل بتخريج أول دفعة",
)
NAMES = tuple(f"{number + 1:02d}_khabar.txt" for number in range(len(HEADLINES)))


def _story(headline: str) -> str:
    return (
        f"صوت المدينة – محليات\n\n{headline}\n\n{headline} وسط حضور كبير من السكان صباح اليوم.\n\n"
        "وقال مسؤول في البلدية إن العمل سيستمر خلال الأسابيع المقبلة.\n"
    )


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "akhbar"
    folder.mkdir()
    for name, headline in zip(NAMES, HEADLINES, strict=True):
        (folder / name).write_text(_story(headline), encoding="utf-8")
    return folder


def _to_folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "in.txt").write_text(_story("خبر داخل المجلد الجديد عن السوق"), encoding="utf-8")


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


def _junk(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 12)


def _dangling(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.parent / "gone" / "nowhere.txt")


CHANGES: list[tuple[str, Callable[[Path], None]]] = [
    ("folder", _to_folder),
    ("emptied", _emptied),
    ("binary", _junk),
    ("dangling-link", _dangling),
]


def _titles(app: Any) -> list[str]:
    return [article.title for article in reader(app).article_list.articles]


@pytest.mark.parametrize("change", [case[1] for case in CHANGES], ids=[case[0] for case in CHANGES])
async def test_a_file_no_longer_a_story_leaves_the_list(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, change: Callable[[Path], None]
) -> None:
    folder = _folder(tmp_path)
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert _titles(app) == list(HEADLINES)
        change(folder / NAMES[2])
        note = await reload_and_wait(pilot, notes)
        assert "1 story whose file was deleted left the list." in note
        assert HEADLINES[2] not in _titles(app)
        assert await reload_and_wait(pilot, notes) == "No new stories."
        reloaded = sorted(_titles(app))
    fresh = make_app([], refs=(str(folder),))
    async with fresh.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert sorted(_titles(fresh)) == reloaded, "the list a fresh start shows"


async def test_the_audit_changes_together(make_app: Any, hook: Any, notes: list[Any], tmp_path: Path) -> None:
    """A file replaced by a folder (r), then one emptied, one made binary and one a dangling link (r): each
    reload counts them; the first file's story stays open and listed."""
    folder = _folder(tmp_path)
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        _to_folder(folder / NAMES[1])
        note = await reload_and_wait(pilot, notes)
        assert note == "1 new story, at the top of the list. 1 story whose file was deleted left the list."
        _emptied(folder / NAMES[2])
        _junk(folder / NAMES[3])
        _dangling(folder / NAMES[4])
        assert await reload_and_wait(pilot, notes) == "3 stories whose file was deleted left the list."
        titles = _titles(app)
        assert [title for title in HEADLINES if title in titles] == [HEADLINES[0], HEADLINES[5]]
        screen = reader(app)
        assert screen.current is not None and screen.current.title == HEADLINES[0]
        # The file comes back a story: its story returns, as for a file put back.
        (folder / NAMES[4]).unlink()
        (folder / NAMES[4]).write_text(_story(HEADLINES[4]), encoding="utf-8")
        assert await reload_and_wait(pilot, notes) == "1 story whose file is back returned to the list."
        assert HEADLINES[4] in _titles(app)


EMBEDDED = "تحويل السير إلى الطريق الساحلي طوال أسبوعين"


async def test_a_file_that_fails_to_read_or_holds_embedded_stories_stays(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the reload answered (listed, or failing to read) is not read again to decide: only a file that gave
    the reload nothing is. The story embedded in the open file (not listed by a folder's listing) stays, and the
    story of a file grown past the size cap (an error now) leaves, as a fresh start leaves it out (audit
    folders21 #5)."""
    folder = _folder(tmp_path)
    first = folder / NAMES[0]
    first.write_text(
        _story(HEADLINES[0])
        + f"\nإقرأ أيضاً:\n\n{EMBEDDED}\n\nأعلنت شرطة المرور اليوم تحويل السير إلى الطريق الساحلي.\n",
        encoding="utf-8",
    )
    read: list[str] = []
    real = load_notes.no_story_file

    def counting(path: str) -> bool:
        read.append(os.path.basename(path))
        return real(path)

    monkeypatch.setattr(load_notes, "no_story_file", counting)
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert any(article.title == EMBEDDED for article in screen.corpus.articles), "the open file read whole"
        assert await reload_and_wait(pilot, notes) == "No new stories."
        with open(folder / NAMES[3], "r+b") as grown:  # (sparse: past the 20 MB cap at no cost)
            grown.truncate(MAX_FILE_BYTES + 1)
        note = await reload_and_wait(pilot, notes)
        assert note == "1 story whose file was deleted left the list."
        assert HEADLINES[3] not in _titles(app)
        assert any(article.title == EMBEDDED for article in screen.corpus.articles)
        assert read == []
    shutil.rmtree(folder)
