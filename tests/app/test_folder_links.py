"""Pilot tests: a related link naming a folder file only by its web address opens that file, never the web,
and the related pane says so (no ``web: host`` line) whether the file was opened yet or not."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, settle

from helpers.readback import visual_words
from newstui.sources import first_frame
from newstui.ui.screens import reader_web

ADDRESS = "https://valley.test/ar/olive-harvest"
INTRO = "صدى الريف – محليات\n\nافتتحت البلدة سوقها الأسبوعي الجديد قرب المحطة. وقال التجار إن الإقبال فاق التوقعات.\n"
FESTIVAL = (
    "صدى الريف – ثقافة\n\n"
    "مهرجان الموسيقى يعود إلى ساحة البلدة بعد غياب\n\n"
    "عاد مهرجان الموسيقى إلى ساحة البلدة بعد غياب ثلاث سنوات، وحضره المئات من الأهالي.\n\n"
    "مقالات مشابهة\n\n"
    f"• خبر عاجل عن موضوع لا يحمل العنوان نفسه - {ADDRESS}\n"
)
OLIVES_TOP = (
    "صدى الريف – زراعة\n\n"
    "مزارعو الزيتون يتوقعون موسما وفيرا هذا العام\n\n"
    f"{ADDRESS}\n\n"
    "قال مزارعون في الوادي إن أشجار الزيتون حملت هذا العام أكثر من أي موسم مضى.\n"
)
OLIVES_BELOW = (  # the address under the lead: the listing cannot tell it, the file's parse does
    "صدى الريف – زراعة\n\n"
    "مزارعو الزيتون يتوقعون موسما وفيرا هذا العام\n\n"
    "قال مزارعون في الوادي إن أشجار الزيتون حملت هذا العام أكثر من أي موسم مضى.\n\n"
    f"{ADDRESS}\n\n"
    "وأضافوا أن الأسعار قد تنخفض في الخريف.\n"
)


@pytest.fixture
def web_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every link handed to the reader's web follower, and every page it was asked to fetch (none may be)."""
    calls: list[str] = []
    monkeypatch.setattr(reader_web.WebOpener, "follow", lambda self, link: calls.append(f"follow {link.url}"))
    monkeypatch.setattr(reader_web.WebOpener, "fetch_page", lambda self, url: calls.append(f"fetch {url}"))
    return calls


def _status_rows(screen: Any, number: int) -> list[str]:
    """The rows drawn for related link ``number`` (its title, then its dimmed line)."""
    related = screen.related
    start, height = related.item_span(number - 1)
    return [related.item_row(number - 1, offset, related.line_width)[0] for offset in range(height)]


def _says_web(rows: list[str]) -> bool:
    return any("web:" in row or "ويب" in visual_words([row]) or "valley.test" in row for row in rows)


@pytest.mark.parametrize(
    ("olives", "open_olives_first"),
    [(OLIVES_TOP, False), (OLIVES_BELOW, True)],
    ids=["address-in-the-listing", "address-learned-when-opened"],
)
async def test_a_link_by_address_opens_the_folder_story(
    make_app: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    web_calls: list[str],
    olives: str,
    open_olives_first: bool,
) -> None:
    """The festival story's link names the olives story by its address only: ``1`` opens the local story (no
    fetch), and the link's dimmed line is no ``ويب: valley.test``, before and after the olives file is read."""
    for name, text in (("1_intro.txt", INTRO), ("2_festival.txt", FESTIVAL), ("3_olives.txt", olives)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", 1 << 20)  # small files: parsed when opened
    app = make_app([], refs=(str(tmp_path),), layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        by_name = {Path(article.origin).name: article for article in screen.corpus}
        festival, olives_entry = by_name["2_festival.txt"], by_name["3_olives.txt"]
        assert olives_entry.indexed_only, "listed by title, not opened"
        if open_olives_first:  # its address is learned now; then the festival story is shown again
            screen.open_article(festival.id)
            await pilot.pause()
            screen.open_article(olives_entry.id)
            await pilot.pause()
        screen.open_article(festival.id)
        await pilot.pause()
        link = screen.related.link(1)
        assert link is not None and link.url == ADDRESS
        assert link.target == olives_entry.id
        assert not _says_web(_status_rows(screen, 1)), _status_rows(screen, 1)
        await pilot.press("1")
        await pilot.pause()
        await settle(pilot)
        current = screen.current
        assert current is not None and current.id == olives_entry.id and current.paragraphs
        assert current.url == ADDRESS
        assert web_calls == []
        assert len(screen.corpus) == 3, "no second copy of the story"
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.history.current == festival.id
        assert not _says_web(_status_rows(screen, 1)), _status_rows(screen, 1)


async def test_a_file_parsed_on_a_thread_reaches_the_open_storys_links(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, web_calls: list[str]
) -> None:
    """The olives file is big (parsed on a thread) and gives its address only under its lead. Opened, then
    left for the festival story before its parse ends: when the parse ends, the festival story's link by
    that address finds the local story, and its pane says so without a key pressed."""
    import threading

    from newstui.ui.screens import reader_indexed

    for name, text in (("1_intro.txt", INTRO), ("2_festival.txt", FESTIVAL), ("3_olives.txt", OLIVES_BELOW)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", 64)  # every story file is "big": parsed on a thread
    release = threading.Event()
    release.set()  # the first story and the festival story are parsed at once
    parse = reader_indexed.IndexedEntries._parsed

    def held(self: Any, stub: Any) -> Any:
        assert release.wait(10), "the test never released the parse"
        return parse(self, stub)

    monkeypatch.setattr(reader_indexed.IndexedEntries, "_parsed", held)
    app = make_app([], refs=(str(tmp_path),), layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        by_name = {Path(article.origin).name: article for article in screen.corpus}
        festival, olives_entry = by_name["2_festival.txt"], by_name["3_olives.txt"]
        screen.open_article(festival.id)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            await pilot.pause(0.02)
            if screen.current is not None and screen.current.paragraphs:
                break
        assert screen.current is not None and screen.current.id == festival.id and screen.current.paragraphs
        release.clear()  # the olives file's parse waits
        screen.open_article(olives_entry.id)
        await pilot.pause()
        assert screen.article_view.border_title == reader_indexed.READING_TITLE
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.history.current == festival.id
        link = screen.related.link(1)
        assert link is not None and link.target != olives_entry.id, "the address is not known yet"
        assert _says_web(_status_rows(screen, 1)), _status_rows(screen, 1)
        release.set()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            await pilot.pause(0.02)
            link = screen.related.link(1)
            if link is not None and link.target == olives_entry.id:
                break
        assert link is not None and link.target == olives_entry.id
        assert not _says_web(_status_rows(screen, 1)), _status_rows(screen, 1)
        assert screen.history.current == festival.id, "the reader stays on the festival story"
        assert web_calls == []


MARKET = (  # its related list names the other files of its folder by their bare names
    "صدى الريف – محليات\n\n"
    "سوق البلدة الأسبوعي يفتح أبوابه قرب المحطة\n\n"
    "افتتحت البلدة سوقها الأسبوعي الجديد قرب المحطة. وقال التجار إن الإقبال فاق التوقعات.\n\n"
    "مقالات ذات صلة\n\n"
    "2_festival.txt\n"
    "3_olives.txt\n"
)
FESTIVAL_ALONE = (
    "صدى الريف – ثقافة\n\n"
    "مهرجان الموسيقى يعود إلى ساحة البلدة بعد غياب\n\n"
    "عاد مهرجان الموسيقى إلى ساحة البلدة بعد غياب ثلاث سنوات، وحضره المئات من الأهالي.\n"
)


def _market_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The market story (its related list names ``2_festival.txt`` and ``3_olives.txt``) and those two files, all
    read before the first frame; their texts by file name."""
    texts = {"1_market.txt": MARKET, "2_festival.txt": FESTIVAL_ALONE, "3_olives.txt": OLIVES_TOP}
    for file_name, text in texts.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", 1 << 20)
    return texts


@pytest.mark.parametrize(("number", "name"), [(1, "2_festival.txt"), (2, "3_olives.txt")])
@pytest.mark.parametrize("whole_folder", [True, False], ids=["folder-loaded", "one-file-opened"])
async def test_a_link_by_bare_file_name_opens_that_file(
    make_app: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    web_calls: list[str],
    number: int,
    name: str,
    whole_folder: bool,
) -> None:
    """The market story's related list gives ``2_festival.txt`` and ``3_olives.txt``: the link's number opens
    the story of that file of the same folder (loaded with the folder, or opened as g opens a file when only
    the market file was given), never the web."""
    texts = _market_folder(tmp_path, monkeypatch)
    app = make_app([], refs=(str(tmp_path) if whole_folder else str(tmp_path / "1_market.txt"),), layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        market = next(article for article in screen.corpus if Path(article.origin).name == "1_market.txt")
        screen.open_article(market.id)
        await pilot.pause()
        link = screen.related.link(number)
        assert link is not None and link.title == name
        await pilot.press(str(number))
        await pilot.pause()
        await settle(pilot)
        current = screen.current
        assert current is not None and Path(current.origin).name == name, current
        assert current.paragraphs and current.title == texts[name].split("\n\n")[1]
        assert web_calls == []
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.history.current == market.id


def _says_not_loaded(rows: list[str]) -> bool:
    return any("not loaded" in row or "غير محمل" in visual_words([row]) for row in rows)


@pytest.mark.parametrize("whole_folder", [True, False], ids=["folder-loaded", "one-file-opened"])
async def test_a_file_name_link_reads_as_loaded_once_its_file_is(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, web_calls: list[str], whole_folder: bool
) -> None:
    """A link naming a file of the folder by its bare name reads as a story of the list (not dimmed, no "not
    loaded" line) when that file's story is loaded: with the folder, or once the link opened it; until then (the
    market file alone given) it says "not loaded"."""
    _market_folder(tmp_path, monkeypatch)
    app = make_app([], refs=(str(tmp_path) if whole_folder else str(tmp_path / "1_market.txt"),), layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        market = next(article for article in screen.corpus if Path(article.origin).name == "1_market.txt")
        screen.open_article(market.id)
        await pilot.pause()
        for number in (1, 2):
            rows = _status_rows(screen, number)
            assert _says_not_loaded(rows) != whole_folder, rows
        await pilot.press("1")
        await pilot.pause()
        await settle(pilot)
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.history.current == market.id
        rows = _status_rows(screen, 1)
        assert not _says_not_loaded(rows), rows
        related = screen.related
        assert related.item_row(0, 0, related.line_width)[1] != "dim", "the title reads as a story's"
        assert _says_not_loaded(_status_rows(screen, 2)) != whole_folder, "the olives file is not opened yet"
        assert web_calls == []
