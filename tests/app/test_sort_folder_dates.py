"""Pilot tests of s on a folder listed by title: the entries' dates read on a thread, then the list sorted by them."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, settle

from newstui.render_blocks import byline
from newstui.sources import index
from newstui.ui.screens import reader_indexed

# Original headlines written for this test; each file's dateline is its publication date.
HEADS = (
    ("محطة تحلية جديدة تبدأ العمل في الساحل", "الأحد 12 أكتوبر 2025 - 09:15 ص"),
    ("معرض الكتاب يستقبل زواره في يومه الأول", "الاثنين 13 أكتوبر 2025 - 11:00 ص"),
    ("حملة لزراعة الأشجار في الأحياء القديمة", "الثلاثاء 14 أكتوبر 2025 - 08:30 ص"),
    ("افتتاح مكتبة عامة في وسط البلدة", "الأحد 5 أكتوبر 2025 - 07:45 ص"),
    ("فريق المدرسة يفوز ببطولة الشطرنج", "الأربعاء 15 أكتوبر 2025 - 10:00 م"),
    ("تجديد السوق الشعبي قبل موسم الأعياد", "الجمعة 24 أكتوبر 2025 - 04:00 م"),
    ("دورة تدريبية للصيادين على السلامة البحرية", "السبت 11 أكتوبر 2025 - 09:00 ص"),
)
DAYS = (12, 13, 14, 5, 15, 24, 11)
"""The day of October of each of ``HEADS``."""


def _write_folder(folder: Path, count: int = len(HEADS)) -> list[Path]:
    """``count`` stories (``HEADS`` in turn, numbered past the first round), one file each, in that order."""
    files = []
    for number in range(count):
        title, dateline = HEADS[number % len(HEADS)]
        if number >= len(HEADS):
            title = f"{title} {number}"
        text = "\n".join(
            (
                "وكالة الشاطئ – محليات",
                "",
                title,
                "",
                dateline,
                "",
                f"{title} في خطوة رحب بها السكان، بحسب ما أعلنته البلدية صباح اليوم.",
                "",
                "وقال مسؤول في البلدية إن العمل سيستمر خلال الأسابيع المقبلة وفق الخطة المعلنة.",
                "",
            )
        )
        path = folder / f"{number + 1:03d}_story.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    return files


def _titles(app: Any) -> list[str]:
    return [article.title for article in reader(app).article_list.articles]


def _newest_first() -> list[str]:
    return [title for _, (title, _) in sorted(zip(DAYS, HEADS, strict=True), key=lambda item: -item[0])]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose date was read (``index.entry_date`` counted)."""
    calls: list[str] = []
    original = getattr(index, "entry_date", None)

    def counting(origin: str, **options: Any) -> str | None:
        calls.append(origin)
        assert original is not None
        return original(origin, **options)

    monkeypatch.setattr(index, "entry_date", counting, raising=False)
    return calls


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the title-only index, or opening an entry, parsed in full (``index.parse_document`` counted)."""
    calls: list[str] = []
    original = index.parse_document

    def counting(document: Any, **options: Any) -> Any:
        calls.append(document.origin)
        return original(document, **options)

    monkeypatch.setattr(index, "parse_document", counting)
    return calls


async def test_s_on_a_folder_dates_unopened_stories_and_sorts_them(
    make_app: Any, tmp_path: Path, counted: list[str], parsed: list[str]
) -> None:
    """As loaded no date is read; s reads the unopened entries' dates and lists every story newest first,
    the open story still open and highlighted, and each row showing its date."""
    _write_folder(tmp_path)
    app = make_app([], refs=(str(tmp_path),), layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert _titles(app) == [title for title, _ in HEADS]
        await pilot.press("down", "enter")  # the second story opened (the first was opened at the start)
        await settle(pilot)
        opened = screen.current
        assert opened is not None and opened.title == HEADS[1][0] and not opened.indexed_only
        unopened = [article for article in screen.corpus if article.indexed_only]
        assert len(unopened) == len(HEADS) - 2 and all(article.published is None for article in unopened)
        assert counted == [], "the as-loaded listing reads no date"
        assert sorted(parsed) == sorted({str(tmp_path / "001_story.txt"), opened.origin}), "only the opened parsed"
        assert not any(worker.group == "dating" for worker in app.workers)
        await pilot.press("s")
        await settle(pilot)
        assert _titles(app) == _newest_first(), "unopened stories sorted by their datelines too"
        assert sorted(counted) == sorted(article.origin for article in unopened), "only unopened entries dated"
        current = screen.current
        assert current is not None and current.id == opened.id, "the open story stays open"
        assert screen.article_view.article is current
        assert screen.article_list.highlighted_id == opened.id, "the cursor stays on it"
        assert screen.article_list.open_id == opened.id
        for article in screen.article_list.articles:
            assert article.published is not None and article.published.startswith("2025-10-"), article.title
            assert byline(article).endswith(f"2025/10/{article.published[8:10]}"), "the row shows the date"
        listed = [article for article in screen.article_list.articles if article.indexed_only]
        assert len(listed) == len(unopened), "dated entries stay title-only: opened, they are parsed"
        title = str(screen.list_pane.border_title)
        assert re.fullmatch(rf"(Articles )?{len(HEADS)} · \d+ unr(ead|\.) · newest( first)?", title), title
        # Back to as loaded: the file order again; sorted again, nothing is read twice.
        await pilot.press("s")
        await settle(pilot)
        assert _titles(app) == [title for title, _ in HEADS]
        await pilot.press("s")
        await settle(pilot)
        assert _titles(app) == _newest_first()
        assert len(counted) == len(unopened)


async def test_the_sort_setting_dates_a_folder_at_start(make_app: Any, tmp_path: Path) -> None:
    """``--sort newest`` (or the config file's sort): the folder is listed newest first once its dates are in."""
    _write_folder(tmp_path)
    app = make_app([], refs=(str(tmp_path),), layout="rtl", sort="newest")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert _titles(app) == _newest_first()
        assert screen.current is not None and not screen.current.indexed_only


async def test_s_back_stops_the_dating_and_a_big_folder_shows_progress(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big folder tells its progress in the list's title while its dates are read, and s back to as loaded
    stops the worker before it reads them all (the list is then in file order, nothing re-sorted)."""
    count = 40
    _write_folder(tmp_path, count)
    monkeypatch.setattr(reader_indexed, "DATING_SHOWN", 10)
    monkeypatch.setattr(reader_indexed, "DATING_BATCH_SECONDS", 0.0)
    gate = threading.Event()
    calls: list[str] = []
    original = index.entry_date

    def slow(origin: str, **options: Any) -> str | None:
        calls.append(origin)
        gate.wait(5)
        return original(origin, **options)

    monkeypatch.setattr(index, "entry_date", slow)
    app = make_app([], refs=(str(tmp_path),), layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        loaded = _titles(app)
        await pilot.press("s")
        await _until(pilot, lambda: bool(calls))
        gate.set()
        await _until(pilot, lambda: "dating" in str(screen.list_pane.border_title))
        title = str(screen.list_pane.border_title)
        assert re.fullmatch(
            rf"(Articles )?{count} · dating \d+%( · {count} unr(ead|\.))?( · newest( first)?)?", title
        ), title
        gate.clear()  # the worker waits on its next file
        await pilot.press("s")
        gate.set()
        await settle(pilot)
        assert len(calls) < count - 1, "stopped before the end"
        assert _titles(app) == loaded
        assert "dating" not in str(screen.list_pane.border_title)
        assert not any(worker.name == "date_indexed_entries" and worker.is_running for worker in app.workers)


async def _until(pilot: Any, condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.02)


async def test_dates_are_kept_in_the_folder_cache(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: list[str]
) -> None:
    """A big folder's dates, read once for newest first, come from its cache the next time: listed with
    their dates (shown in the rows, sorted at once), no file read for them."""
    from newstui.sources import folder_cache

    monkeypatch.setattr(folder_cache, "MIN_FILES", 5)
    monkeypatch.setattr(folder_cache, "SETTLE_NS", 0)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    news = tmp_path / "news"
    news.mkdir()
    _write_folder(news)
    for run in range(2):
        app = make_app([], refs=(str(news),), layout="rtl", sort="newest", remember=True)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await settle(pilot)  # (the dates are written after the reading)
            assert _titles(app) == _newest_first(), run
            stubs = [article for article in reader(app).corpus if article.indexed_only]
            assert stubs and all(article.published for article in stubs), run
        if run == 0:
            assert len(counted) >= len(stubs)  # (the first story too, if it was queued before it was opened)
            counted.clear()
    # (the folder's first file is read for the first frame, without the cache: its date is read again)
    assert counted in ([], [str(news / "001_story.txt")]), "the second run read no other date"
