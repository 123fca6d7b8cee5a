"""Pilot tests: a notice never covers the find box (f) while it is open, whatever the layout; closed, the
notices sit where Textual puts them again."""

from __future__ import annotations

from typing import Any

import pytest
from app_support import reader

from newstui.model import Article

STORY = Article(
    id="river",
    title="حملة لتنظيف ضفاف النهر بمشاركة مئات المتطوعين",
    paragraphs=tuple(f"شارك المتطوعون في تنظيف الضفة رقم {n} وجمعوا أكياسا كثيرة من النفايات." for n in range(30)),
)
SECOND = Article(id="bridge", title="إغلاق الجسر القديم للصيانة", paragraphs=("يغلق الجسر أسبوعين.",))


async def _toasts(pilot: Any) -> list[Any]:
    await pilot.pause(0.2)
    await pilot.pause()
    return list(pilot.app.query("Toast"))


def _overlaps(one: Any, other: Any) -> bool:
    return bool(one.region.intersection(other.region).area)


@pytest.mark.parametrize(
    ("size", "lifted"),
    [((120, 30), True), ((80, 30), False), ((50, 30), True)],
    ids=["wide", "narrow", "stacked"],
)
async def test_a_notice_never_covers_the_open_find_box(make_app: Any, size: tuple[int, int], lifted: bool) -> None:
    """Above the box where it is the article pane's bottom row (wide) or the toast is taller than the related
    pane under it (stacked); over the related pane, as always, where it fits there (narrow: the article's text
    and its marked matches stay clear)."""
    app = make_app([STORY, SECOND])
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("f", *"النهر")
        await pilot.pause()
        box = reader(app).query_one("#find")
        assert box.display and box.region.height == 1
        app.notify("Could not read news/nosuch.txt: no such file", title="Source failed", severity="error")
        (toast,) = await _toasts(pilot)
        assert not _overlaps(toast, box), (toast.region, box.region)
        if lifted:
            assert toast.region.bottom <= box.region.y, "above the box"
        else:
            assert toast.region.y >= box.region.bottom and toast.region.bottom == size[1] - 1, "under it, in place"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert not box.display
        assert toast.region.bottom == size[1] - 1, "closed: back on the key bar's row above"


async def test_a_notice_shown_before_f_moves_up_and_a_resize_keeps_it_clear(make_app: Any) -> None:
    """The audit's way: a source's failure is up (12 s), f pressed at once; then the screen narrows."""
    app = make_app([STORY, SECOND])
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Could not read news/nosuch.txt: no such file", title="Source failed", severity="error")
        await _toasts(pilot)
        await pilot.press("f", *"النهر")
        (toast,) = await _toasts(pilot)
        box = reader(app).query_one("#find")
        assert not _overlaps(toast, box), (toast.region, box.region)
        await pilot.resize_terminal(84, 30)  # the related pane moves under the article: the box moves up
        (toast,) = await _toasts(pilot)
        assert not _overlaps(toast, box), (toast.region, box.region)
