"""Pilot test: paging down a long story (its height estimated) reaches its last line, as End does."""

from __future__ import annotations

import random
from typing import Any

from app_support import reader

from newstui.model import Article

# Our own words; a story long enough to be laid out with estimated heights (render.EXACT_CHARS).
WORDS = "الفقرة تقرير طويل عن أسواق المدينة القديمة وحرفييها الذين يعملون منذ عقود في الأزقة الضيقة".split()


def _story() -> Article:
    """Long paragraphs, then many a little over a line long: the estimate of the end falls short of the
    real height by less than the slack the pane allows an estimate (it once stopped paging there)."""
    rng = random.Random(1)
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 60) if n < 750 else rng.randint(9, 11))) + f" {n}."
        for n in range(1500)
    ]
    paragraphs.append("الفقرة الأخيرة END")
    return Article(id="big", title="تقرير", paragraphs=tuple(paragraphs), attribution="وكالة", direction="rtl")


async def test_page_down_reaches_the_end(make_app: Any) -> None:
    app = make_app((_story(),))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = reader(app).article_view
        view.focus()
        # Most of the way down at once (paging all of it took 20 s): the last screens are what is paged.
        view.scroll_to(y=int(view.max_scroll_y * 0.85), animate=False, immediate=True)
        await pilot.pause()
        last = -1.0
        for presses in range(1, 4000):
            await pilot.press("pagedown")
            if presses % 25 == 0:
                await pilot.pause()
                if view.scroll_y == last:
                    break
                last = view.scroll_y
        await pilot.pause()
        rows = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
        assert any("END" in row for row in rows), "the last paragraph is on screen"
        assert view.scroll_y == view.max_scroll_y
