"""Pilot tests: a folder opened with g resolves its first story's related links as the rest of it lands."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from app_stories import BOOK_FAIR
from app_support import SIZE, reader, settle
from textual.widgets import Input

from newstui.sources import first_frame
from newstui.ui.screens.prompts import OpenAddressScreen

# Original stories written for these tests: each names the next two in its related list.
HEADLINES = (
    "مجلس البلدية يقر خطة لتوسيع الحدائق العامة",
    "سكان الحي يزرعون مئة شجرة في يوم واحد",
    "مدرسة القرية تفتتح مختبرا جديدا للعلوم",
    "سوق الخضار يعود إلى مكانه القديم قرب المحطة",
)


def _story(number: int) -> str:
    head = HEADLINES[number]
    related = "\n".join(f"  • {HEADLINES[(number + step) % len(HEADLINES)]}" for step in (1, 2))
    return (
        f"نشرة الوادي – محليات\n\n{head}\n\nالأحد 12 أكتوبر 2025 - 09:15 ص\n\n"
        f"{head} بحسب ما أعلنته الجهات الرسمية صباح اليوم، وسط متابعة واسعة من السكان.\n\n"
        "وقال مسؤول إن العمل سيبدأ خلال الأسابيع المقبلة بعد انتهاء الدراسات اللازمة.\n\n"
        f"مقالات مشابهة\n\n{related}\n"
    )


async def _wait_for(pilot: Any, check: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


@pytest.mark.parametrize("small", [True, False], ids=["parsed-at-once", "listed-by-title"])
async def test_the_first_storys_links_resolve_as_the_folder_lands(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small: bool
) -> None:
    """g + a folder: its first story opens alone, before the others land; once they have, its related pane
    names them (no "not loaded" line) and ``1`` opens the story it names, with no key pressed in between."""
    for number in range(len(HEADLINES)):
        (tmp_path / f"{number + 1:02d}_story.txt").write_text(_story(number), encoding="utf-8")
    if not small:
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", 64)  # every file "big": listed by its title
    app = make_app([BOOK_FAIR], layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, OpenAddressScreen)
        app.screen.query_one(Input).value = str(tmp_path)
        await pilot.press("enter")
        await _wait_for(pilot, lambda: len(screen.article_list.articles) == 1 + len(HEADLINES))
        await settle(pilot)
        await pilot.pause()
        current = screen.current
        assert current is not None and current.title == HEADLINES[0]
        for number in (1, 2):
            link = screen.related.link(number)
            assert link is not None and link.target is not None, f"link {number} still 'not loaded'"
        await pilot.press("1")
        await pilot.pause()
        await settle(pilot)
        assert screen.current is not None and screen.current.title == HEADLINES[1]
