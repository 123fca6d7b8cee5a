"""Pilot tests: after r, the related links agree with a fresh start: a link to a story whose headline an edit
changed to another story's, or whose file was deleted, says "not loaded" and no longer opens it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import SIZE, reader, reload_and_wait, settle

from helpers.readback import visual_words

GARDEN = "الحديقة العامة تمدد ساعات الزيارة في فصل الصيف"
GARDEN_EDITED = "الحديقة العامة تقلص ساعات الزيارة في فصل الصيف"
"""Another verb: another story to the matcher, as a fresh start reads the edited file."""
LIBRARY = "مكتبة الحي تفتح قاعة جديدة للمطالعة المسائية"

OPENED = f"""نشرة المدينة – محليات

مجلس الحي يعرض خطته لتحسين المرافق العامة

عرض مجلس الحي مساء الخميس خطته لتحسين المرافق العامة خلال العام المقبل.

إقرأ أيضاً:

  • {GARDEN}
  • {LIBRARY}
"""


def _story(title: str) -> str:
    return f"نشرة المدينة – محليات\n\n{title}\n\nتفاصيل الخبر كما نشرتها البلدية صباح اليوم.\n"


def _write(folder: Path) -> None:
    (folder / "01_plan.txt").write_text(OPENED, encoding="utf-8")
    (folder / "02_garden.txt").write_text(_story(GARDEN), encoding="utf-8")
    (folder / "03_library.txt").write_text(_story(LIBRARY), encoding="utf-8")


def _status(app: Any, index: int) -> str | None:
    """The dimmed line under link ``index`` (0-based), or None when it has none (a story of the list)."""
    related = reader(app).related
    start, height = related.item_span(index)
    text, role = related.item_row(index, height - 1, related.line_width)
    return text if role == "dim" and height > 1 and not reader(app).related.links[index].target else None


async def _opened_plan(app: Any, pilot: Any) -> None:
    await settle(pilot)
    screen = reader(app)
    plan = next(article for article in screen.corpus.articles if article.origin.endswith("01_plan.txt"))
    if screen.history.current != plan.id:
        screen.open_article(plan.id)
        await pilot.pause()
    assert [link.target is not None for link in screen.related.links] == [True, True]


async def test_a_link_to_a_headline_edited_away_is_not_loaded_after_r(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    _write(tmp_path)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await _opened_plan(app, pilot)
        screen = reader(app)
        plan = screen.history.current
        (tmp_path / "02_garden.txt").write_text(_story(GARDEN_EDITED), encoding="utf-8")
        assert "1 edited story" in await reload_and_wait(pilot, notes)
        links = screen.related.links
        assert links[0].target is None and links[1].target is not None
        status = _status(app, 0)
        assert status is not None and "غير" in " ".join(visual_words([status])), status
        await pilot.press("1")
        await pilot.pause()
        assert screen.history.current == plan, "the retitled story is not opened from the old headline's link"


async def test_a_link_to_a_deleted_file_is_not_loaded_after_r(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    _write(tmp_path)
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await _opened_plan(app, pilot)
        screen = reader(app)
        plan = screen.history.current
        (tmp_path / "03_library.txt").unlink()
        assert "left the list" in await reload_and_wait(pilot, notes)
        assert [link.target is not None for link in screen.related.links] == [True, False]
        assert _status(app, 1) is not None
        await pilot.press("2")
        await pilot.pause()
        assert screen.history.current == plan
        (tmp_path / "03_library.txt").write_text(_story(LIBRARY), encoding="utf-8")
        await reload_and_wait(pilot, notes)
        assert [link.target is not None for link in screen.related.links] == [True, True], "back with its file"
