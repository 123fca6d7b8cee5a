"""Pilot tests: a story's path or address, shown as its source line in the list, reads as written in a mirrored
row (a left-to-right run on the headline's side), and a byline keeps its right-to-left layout."""

from __future__ import annotations

from typing import Any

import pytest
from app_support import SIZE, reader
from rich.cells import cell_len

from newstui.model import Article
from newstui.terminal import BidiSetup

TITLE = "تقرير الطرق السنوي يكشف ارتفاع الحوادث"
PARAGRAPH = "كشف التقرير السنوي لإدارة الطرق أن عدد الحوادث ارتفع خلال العام الماضي."


def _story(origin: str, **fields: Any) -> Article:
    return Article(id=origin, title=TITLE, paragraphs=(PARAGRAPH,), origin=origin, direction="rtl", **fields)


def _source_row(screen: Any, index: int = 0) -> str:
    article_list = screen.article_list
    return str(article_list.item_row(index, 1, article_list.line_width)[0])


@pytest.mark.parametrize("mode", ["app", "terminal"])
@pytest.mark.parametrize("origin", ["/tmp/ux4/www/page2.html", "https://ex.org/roads/", "www/page.html"], ids=str)
async def test_a_path_or_address_reads_as_written_on_the_rows_right(make_app: Any, origin: str, mode: str) -> None:
    app = make_app([_story(origin)], layout="rtl", bidi=BidiSetup(mode=mode))  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        row = _source_row(screen)
        assert row.rstrip().endswith(origin), row
        assert row.strip() == origin, "the path whole, in its own order"
        title_row = str(screen.article_list.item_row(0, 0, screen.article_list.line_width)[0])
        assert cell_len(row) == cell_len(title_row), "as wide as the headline's row"
        # Flush on the headline's side: right after the gutter, as the headline's text ends.
        assert len(row) - len(row.rstrip()) == len(title_row) - len(title_row.rstrip(" ●"))


async def test_a_long_path_keeps_its_file_name(make_app: Any) -> None:
    """Two long paths of one folder differ in their files' names: the start of the path gives way."""
    origin = "/tmp/" + "/".join(f"folder{n}" for n in range(40)) + "/page.html"
    app = make_app([_story(origin)], layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        row = _source_row(reader(app))
        shown = row.strip()
        assert shown.startswith("…") and shown.endswith("/folder39/page.html"), row


@pytest.mark.parametrize("mode", ["app", "terminal"])
async def test_arabic_folder_names_keep_the_paths_order(make_app: Any, mode: str) -> None:
    """Arabic names between slashes are not one right-to-left run: folders first, the file's name last."""
    from newstui.text import rtl

    origin = "/tmp/أخبار/محلي/صفحة.html"
    app = make_app([_story(origin)], layout="rtl", bidi=BidiSetup(mode=mode))  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # Terminal mode writes the path's LRMs (zero cells wide) for the terminal's bidi to keep its order.
        shown = _unmarked(_source_row(reader(app))).strip()
        parts = [rtl.fit_line(part, 20, mode=mode, default="rtl").strip() for part in ("أخبار", "محلي", "صفحة")]
        assert shown == f"/tmp/{parts[0]}/{parts[1]}/{parts[2]}.html", shown


async def test_a_byline_keeps_its_right_to_left_layout(make_app: Any) -> None:
    """Not a path: the source and section (and date) are a right-to-left label as before."""
    from newstui.text import rtl

    story = _story("/tmp/news/1.txt", source="وكالة الواحة", section="محليات", published="2025-10-13")
    app = make_app([story], layout="rtl")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        row = _source_row(screen)
        inner = screen.article_list.line_width - 3
        expected = rtl.fit_line("وكالة الواحة – محليات · 2025/10/13", inner, direction="rtl", default="rtl")
        assert expected in row, row


@pytest.mark.parametrize("mode", ["app", "terminal"])
async def test_paths_differing_by_an_invisible_character_are_shown_apart(make_app: Any, mode: str) -> None:
    """Two files whose names differ only by a bidi control, a mark or a line break (``تقرير.txt`` and
    ``تقرير<RLO>.txt``) are listed with different source lines: the character shows as its escape."""
    hidden = ["", "\u202e", "\u2066", "\u200e", "\n", "\u2028"]
    stories = [_story(f"/tmp/news/تقرير{char}.txt") for char in hidden]
    app = make_app(stories, layout="rtl", bidi=BidiSetup(mode=mode))  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        rows = [_unmarked(_source_row(screen, index)).strip() for index in range(len(stories))]
    assert len(set(rows)) == len(stories), rows
    escapes = ["", "\\u202e", "\\u2066", "\\u200e", "␊", "\\u2028"]
    assert all(escape in row for escape, row in zip(escapes, rows, strict=True)), rows
    assert all(row.isprintable() for row in rows), rows


def _unmarked(row: str) -> str:
    """``row`` without the LRMs terminal mode writes around a path's slashes (the file name's own is escaped)."""
    return row.replace("\u200e", "")
