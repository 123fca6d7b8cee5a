"""Pilot tests: a related link's "Not loaded" notice answers a key, so the next key's notice replaces it."""

from __future__ import annotations

from typing import Any

from app_support import SIZE

from newstui.model import Article, Link

LONELY = Article(
    id="lonely",
    title="مجلس الحي يناقش إصلاح الأرصفة قبل موسم الأمطار",
    paragraphs=("اجتمع أعضاء مجلس الحي مساء الأحد لمناقشة حال الأرصفة في الشوارع الفرعية.",),
    related=(
        Link("أصحاب المحلات يطالبون بإنارة أفضل للسوق الشعبي"),
        Link("المدرسة الابتدائية تفتح مكتبتها للأهالي في العطلة"),
    ),
)
"""A story whose two related links name stories not loaded, with no web address (``Not loaded: …``)."""


async def _toasts(pilot: Any) -> list[str]:
    await pilot.pause(0.2)
    return [str(toast.render()) for toast in pilot.app.query("Toast")]  # (Textual's Toast is not public)


async def test_not_loaded_notices_replace_each_other(make_app: Any) -> None:
    """1, 2 and then a number beyond the links leave one toast, the last key's (the audit saw three stacked)."""
    app = make_app([LONELY])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("1")
        shown = await _toasts(pilot)
        assert len(shown) == 1 and "Not loaded" in shown[0], shown
        await pilot.press("2")
        shown = await _toasts(pilot)
        assert len(shown) == 1 and "Not loaded" in shown[0], shown
        await pilot.press("5")
        shown = await _toasts(pilot)
        assert len(shown) == 1 and "No link 5" in shown[0], shown
        await pilot.press("1")
        shown = await _toasts(pilot)
        assert len(shown) == 1 and "Not loaded" in shown[0], shown


async def test_a_not_loaded_notice_gives_way_to_the_next_keys(make_app: Any) -> None:
    """``1`` then ``p`` (nothing before the first story): the "Not loaded" notice goes, the list's answer stays."""
    app = make_app([LONELY])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("1", "p")
        shown = await _toasts(pilot)
        assert len(shown) == 1 and "Not loaded" not in shown[0], shown
