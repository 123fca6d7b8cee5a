"""Pilot tests: the dimmed line under a related link speaks the story's language, not the link title's alone.

Arabic (``غير محمل``) under an Arabic title while the story reads right to left; in an English story, or one
``d`` turned left to right, English (``read also · not loaded``) under an Arabic title too.
"""

from __future__ import annotations

from typing import Any

from app_support import SIZE, reader

from helpers.readback import reads_back
from newstui.model import Article, Link

ARABIC_LINK = "حافلات كهربائية جديدة تبدأ العمل على خط الميناء"
WEB_LINK = "سوق السمك يفتح أبوابه مبكرا في رمضان"

ENGLISH = Article(
    id="english",
    title="Town council approves new bus shelters",
    paragraphs=("The council voted on Tuesday to replace the old shelters along the harbour road.",),
    direction="ltr",
    related=(
        Link(ARABIC_LINK, kind="read-also"),
        Link(WEB_LINK, "https://souq.example/fish"),
    ),
)
"""An English story whose links have Arabic titles: one not loaded (read-also), one on the web."""

ARABIC = Article(
    id="arabic",
    title="المجلس البلدي يقر مظلات جديدة لمواقف الحافلات",
    paragraphs=("صوت المجلس يوم الثلاثاء على استبدال المظلات القديمة على طريق الميناء.",),
    related=(Link(ARABIC_LINK, kind="read-also"),),
)


def _status_rows(app: Any) -> list[str]:
    related = reader(app).related
    rows = []
    for index in range(related.item_count):
        start, height = related.item_span(index)
        rows.append(related.item_row(index, height - 1, related.line_width)[0])
    return rows


async def test_an_english_story_says_not_loaded_in_english_under_an_arabic_title(make_app: Any) -> None:
    app = make_app([ENGLISH])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        first, second = _status_rows(app)
        assert first.strip() == "read also · not loaded", first
        assert second.strip() == "web: souq.example", second
        assert len(second) == reader(app).related.line_width
        assert second.startswith(" ") and second.endswith(" "), "flush right under its Arabic title, a hang in"


async def test_an_arabic_story_says_it_in_arabic(make_app: Any) -> None:
    app = make_app([ARABIC])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        (row,) = _status_rows(app)
        assert reads_back("اقرأ أيضا · غير محمل", [row]) and "not loaded" not in row, row
        await pilot.press("d")  # left to right, as d forces it: English, as in an English story
        await pilot.pause()
        (row,) = _status_rows(app)
        assert row.strip() == "read also · not loaded", row
