"""Pilot test: on a 45-column screen the list's title keeps every word typed in the filter (``/``)."""

from __future__ import annotations

from typing import Any

from app_support import reader
from rich.cells import cell_len

from helpers.readback import reads_back
from newstui.model import Article

STORIES = tuple(
    Article(
        id=f"park-{number}",
        title=f"الحديقة العامة تغير مواعيد فتح أبوابها في الصيف رقم {number}",
        paragraphs=("أعلنت البلدية مواعيد جديدة للحديقة العامة خلال أشهر الصيف.",),
    )
    for number in range(1, 4)
) + (Article(id="river", title="تنظيف ضفاف النهر بمشاركة المتطوعين", paragraphs=("شارك العشرات في الحملة.",)),)


async def test_a_stacked_list_keeps_the_three_words_typed(make_app: Any) -> None:
    app = make_app(STORIES)
    async with app.run_test(size=(45, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"الحديقة العامة مواعيد")
        await pilot.pause()
        screen = reader(app)
        title = str(screen.list_pane.border_title)
        assert cell_len(title) <= screen.list_pane.size.width - 5, title
        assert title.startswith("3/4 · "), title
        shown = title.rsplit(" · ", 1)[1]
        assert "…" not in shown and reads_back("الحديقة العامة مواعيد", [shown]), title
