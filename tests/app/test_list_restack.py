"""The list keeps its highlighted story in sight when its pane changes size: a resize that stacks the panes,
``b`` to terminal mode (which stacks them), or a short screen showing one pane."""

from __future__ import annotations

from typing import Any

import pytest
from app_support import reader

from newstui.model import Article

STORIES = tuple(
    Article(
        id=f"story-{number}",
        title=f"خبر رقم {number} عن مشروع جديد في المدينة",
        paragraphs=(f"نص الخبر رقم {number} عن المشروع الذي أعلنته البلدية هذا الأسبوع.",),
        source="صحيفة المدينة",
    )
    for number in range(1, 13)
)


def _cursor_in_sight(app: Any) -> bool:
    """Whether the list's highlighted story is whole within the rows the list pane shows."""
    articles = reader(app).article_list
    start, height = articles.item_span(articles.cursor)
    top, rows = articles.scroll_offset.y, articles.scrollable_content_region.height
    return rows > 0 and top <= start and start + height <= top + rows


@pytest.mark.parametrize(
    ("start", "keys", "end"),
    [
        ((100, 30), [], (60, 20)),  # side by side, then stacked: the list gets 3 rows
        ((100, 30), ["b"], None),  # terminal mode stacks the panes
        ((80, 24), ["b"], None),
        ((160, 45), ["tab", "tab"], (60, 11)),  # one pane at a time, the list's
    ],
    ids=["resize-60x20", "b-100x30", "b-80x24", "resize-60x11"],
)
async def test_the_open_story_stays_in_sight_when_the_panes_restack(
    make_app: Any, start: tuple[int, int], keys: list[str], end: tuple[int, int] | None
) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=start) as pilot:
        await pilot.pause()
        await pilot.press(*["n"] * 9)
        await pilot.pause()
        screen = reader(app)
        assert screen.history.current == "story-10"
        assert _cursor_in_sight(app)
        await pilot.press(*keys)
        if end is not None:
            await pilot.resize_terminal(*end)
        if start == (160, 45):
            screen.article_list.focus()
        await pilot.pause()
        await pilot.pause()
        assert screen.article_list.highlighted_id == "story-10"
        assert _cursor_in_sight(app), (screen.article_list.scroll_offset, screen.article_list.item_span(9))
