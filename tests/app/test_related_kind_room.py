"""A read-also link in a pane too narrow for its kind still says it leads to the web (``ويب: host``), dropping the
kind first and the words only when even they do not fit."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from app_support import SIZE, reader, screen_lines

from newstui.model import Article, Link
from newstui.text import rtl


def _story(host: str) -> Article:
    return Article(
        id="kinds",
        title="الميناء يستقبل أول سفينة حاويات بعد التوسعة",
        paragraphs=("استقبل الميناء صباح اليوم أول سفينة حاويات منذ انتهاء أعمال التوسعة في الرصيف الشمالي.",),
        related=(Link("أمطار غزيرة تغلق طريق الميناء", f"https://{host}/news/rain", kind="read-also"),),
        direction="rtl",
    )


def _folded(row: str) -> str:
    return "".join(unicodedata.normalize("NFKC", char) if "\ufb50" <= char <= "\ufeff" else char for char in row)


async def _status_row(make_app: Any, host: str) -> tuple[str, int]:
    """The dimmed row under the link, folded, and the pane's line width."""
    app = make_app([_story(host)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = reader(app).related
        rows = [_folded(row).strip() for row in screen_lines(pane) if host[-6:] in row]
        assert len(rows) == 1, rows
        return rows[0], pane.line_width


@pytest.mark.parametrize("spare", [0, 3])
async def test_the_kind_goes_before_the_web_words(make_app: Any, spare: int) -> None:
    """``اقرأ أيضا · ويب: host`` does not fit, ``ويب: host`` does: the line keeps ``ويب``."""
    _, width = await _status_row(make_app, "a.example")
    room = width - 4  # beside the link number's hang ("1. ") and a cell to spare
    host = "n" * (room - len("ويب: ") - spare - len(".example")) + ".example"
    assert rtl.cell_width(f"اقرأ أيضا · ويب: {host}") > room >= rtl.cell_width(f"ويب: {host}")
    row, _ = await _status_row(make_app, host)
    assert "بيو" in row and host in row, row  # "ويب" drawn right to left, the host as it is
    assert "أرقا" not in row, row  # no "اقرأ أيضا"


async def test_a_host_that_leaves_no_room_for_the_words_is_shown_alone(make_app: Any) -> None:
    _, width = await _status_row(make_app, "a.example")
    host = "n" * (width - 6 - len(".example")) + ".example"
    row, _ = await _status_row(make_app, host)
    assert "بيو" not in row and row.endswith("example"), row
