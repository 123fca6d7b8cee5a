"""The related link whose page is loading is scrolled into view on a short pane (its line says it loads)."""

from __future__ import annotations

from typing import Any

from app_support import reader

from newstui.model import Article, Link

LINKS = tuple(Link(f"قصة مرتبطة رقم {n} عن أسواق المدينة القديمة", f"https://souq.example/{n}") for n in range(1, 9))
STORY = Article(id="souq", title="أسواق المدينة القديمة", paragraphs=("فقرة عن الأسواق.",), related=LINKS)


async def test_the_link_loading_is_shown_on_a_short_pane(make_app: Any) -> None:
    """At 60x24 the related pane shows two or three links: following the eighth scrolls it into view, with
    the loading line under it, and leaves the cursor where it was."""
    app = make_app([STORY])
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        related = reader(app).related
        rows = related.scrollable_content_region.height
        assert rows < related.total_rows, "the pane is too short for every link"
        cursor = related.cursor
        related.waiting = LINKS[-1].url
        await pilot.pause()
        start, height = related.item_span(len(LINKS) - 1)
        top = related.scroll_offset.y
        assert top <= start and start + height <= top + rows, (top, start, height, rows)
        assert related.cursor == cursor
