"""Pilot test: the list pane's title is fitted on the first frame too, before the pane is laid out (its width 0):
a big folder's first title was drawn whole and cut mid-word by the border ('Articles 1 · loading · 1 u…')."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_support import settle
from rich.cells import cell_len
from textual.widget import Widget

from newstui.ui.widgets.panes import ListPane

PLACES = ("حي الميناء", "السوق القديم", "الحي الشرقي", "ضفة الوادي")


def _folder(folder: Path, count: int) -> None:
    """``count`` small stories, in the plain-text aggregator format (original text written for this test)."""
    for number in range(count):
        place = PLACES[number % len(PLACES)]
        text = (
            f"صوت الساحل – محليات\n\nحملة تنظيف جديدة في {place} رقم {number}\n\nبدأت البلدية حملة تنظيف في {place}.\n"
        )
        (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("size", [(70, 30), (84, 30)])
async def test_no_title_is_longer_than_the_list_pane_lets_it_be(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Files read before the first frame: the list's title is set before the pane has a width, then fitted."""
    titles: list[tuple[str, int]] = []
    drawn = Widget.__dict__["border_title"]

    class Recorded:
        """The list pane's border title, each one set noted with the pane's width then."""

        def __set__(self, pane: Widget, title: object) -> None:
            drawn.__set__(pane, title)
            titles.append((str(pane.border_title), pane.size.width))

        def __get__(self, pane: Widget, owner: type[Widget] | None = None) -> str | None:
            return drawn.__get__(pane, owner)  # type: ignore[no-any-return]

    monkeypatch.setattr(ListPane, "border_title", Recorded(), raising=False)
    _folder(tmp_path, 12)
    app = make_app([], refs=tuple(str(path) for path in sorted(tmp_path.iterdir())))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        width = app.screen.query_one(ListPane).size.width
        assert width > 0
        assert any(seen == 0 and "12" in title for title, seen in titles), "the stories were listed before the layout"
        too_long = [title for title, _ in titles if cell_len(title) > width - 5]
        assert too_long == [], f"cut by the border of a {width}-cell pane"
        assert titles[-1] == ("Articles 12 · 12 unread" if width - 5 >= 23 else "12 · 12 unread", width), titles
