"""Pilot tests of r on a folder: a renamed file's story stays listed, a copy and a second bulletin under the same
headline join the list, and a story an edit cut out of its file leaves the list and link resolution."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from app_support import SIZE, reader, reload_and_wait, settle

# Original stories written for these tests, in the plain-text aggregator format.
DETOUR = "تحويل السير إلى الطريق الساحلي طوال أسبوعين"
POWER = "انقطاع الكهرباء عن أحياء الميناء لمدة ليلتين"
HOSPITAL = "مستشفى الحي يفتتح قسما جديدا لطب الأطفال"
BULLETIN = "نشرة الأخبار الصباحية"

EMBEDDED_POWER = f"""
إقرأ أيضاً:

{POWER}

الساحل – أعلنت شركة الكهرباء اليوم انقطاع التيار عن أحياء الميناء لمدة ليلتين بسبب تبديل المحولات.

ودعت الشركة السكان إلى إطفاء الأجهزة قبل الانقطاع.
"""

BRIDGE_PAGE = f"""صوت الساحل – محليات

البلدية تفتتح جسرا للمشاة فوق الوادي الكبير

افتتحت البلدية صباح اليوم جسرا للمشاة فوق الوادي الكبير يصل الحي الشرقي بالسوق.

وقال رئيس البلدية إن الجسر سيختصر طريق التلاميذ إلى المدارس.

إقرأ أيضاً:

{DETOUR}

الساحل – أعلنت شرطة المرور اليوم تحويل السير إلى الطريق الساحلي طوال أسبوعين بسبب أعمال الصيانة.

وقالت الشرطة إن دورياتها ستنتشر عند المداخل.

"""
"""The file's first story and one story embedded under its read-also marker (``EMBEDDED_POWER`` may follow)."""

HOSPITAL_PAGE = f"""أخبار الوادي – صحة

{HOSPITAL}

افتتح مستشفى الحي قسما جديدا لطب الأطفال يضم عشرين سريرا.

وقال مدير المستشفى إن القسم يستقبل المرضى على مدار الساعة.

مقالات مشابهة

  • {POWER}
"""


def _bulletin(day: str) -> str:
    return f"صوت الساحل – اقتصاد\n\n{BULLETIN}\n\nافتتحت أسواق المدينة {day} على ارتفاع في أسعار الخضار والفواكه.\n"


def _listed(app: Any) -> list[tuple[str, str]]:
    """(file name, headline) of each story listed."""
    return [(os.path.basename(article.origin), article.title) for article in reader(app).article_list.articles]


def _story_of(app: Any, name: str) -> Any:
    return next(article for article in reader(app).corpus.articles if article.origin.endswith(name))


async def test_a_renamed_file_stays_listed_under_its_new_name(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """``mv`` a file, then r: its story leaves with the old name and joins with the new one, and a link to its
    headline leads to it, as after a fresh start (it was gone from the list until a restart)."""
    (tmp_path / "a.txt").write_text(HOSPITAL_PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"صوت الساحل – محليات\n\n{EMBEDDED_POWER}", encoding="utf-8")
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert screen.current is not None and screen.current.title == HOSPITAL
        assert screen.related.links[0].target == _story_of(app, "b.txt").id
        (tmp_path / "b.txt").rename(tmp_path / "b_renamed.txt")
        note = await reload_and_wait(pilot, notes)
        assert note == "1 new story, at the top of the list. 1 story whose file was deleted left the list."
        assert _listed(app) == [("b_renamed.txt", POWER), ("a.txt", HOSPITAL)]
        renamed = _story_of(app, "b_renamed.txt")
        assert screen.related.links[0].target == renamed.id, "the link leads to the renamed file's story"
        await pilot.press("1")
        await pilot.pause()
        assert screen.history.current == renamed.id
        assert await reload_and_wait(pilot, notes) == "No new stories."


async def test_a_copy_and_a_second_bulletin_under_one_headline_join_the_list(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(HOSPITAL_PAGE, encoding="utf-8")
    (tmp_path / "bulletin_mon.txt").write_text(_bulletin("يوم الاثنين"), encoding="utf-8")
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        (tmp_path / "bulletin_tue.txt").write_text(_bulletin("يوم الثلاثاء"), encoding="utf-8")
        assert await reload_and_wait(pilot, notes) == "1 new story, at the top of the list."
        assert _listed(app)[0] == ("bulletin_tue.txt", BULLETIN)
        (tmp_path / "a_copy.txt").write_text(HOSPITAL_PAGE, encoding="utf-8")
        assert await reload_and_wait(pilot, notes) == "1 new story, at the top of the list."
        assert _listed(app)[0] == ("a_copy.txt", HOSPITAL)
        assert len(_listed(app)) == 4
        assert await reload_and_wait(pilot, notes) == "No new stories."


async def test_a_story_cut_out_of_its_file_leaves_the_list_and_its_links(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    """An edit that drops a story embedded in a file: after r it is not listed, not found by the filter, and a
    link to its headline is not loaded (it opened the story no file held); back when the edit is undone."""
    (tmp_path / "a.txt").write_text(BRIDGE_PAGE + EMBEDDED_POWER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(HOSPITAL_PAGE, encoding="utf-8")
    app = make_app([], refs=(str(tmp_path),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert [title for _, title in _listed(app)].count(POWER) == 1, "a.txt opened first: its stories listed"
        power = next(article.id for article in screen.corpus.articles if article.title == POWER)
        hospital = _story_of(app, "b.txt").id
        screen.open_article(hospital)
        await pilot.pause()
        assert screen.related.links[0].target == power

        (tmp_path / "a.txt").write_text(BRIDGE_PAGE, encoding="utf-8")
        assert (
            await reload_and_wait(pilot, notes)
            == "1 edited story read again. 1 story no longer in its file left the list."
        )
        assert POWER not in [title for _, title in _listed(app)]
        assert len(_listed(app)) == 3 and str(screen.list_pane.border_title).startswith("Articles 3")
        assert screen.related.links[0].target is None, "not loaded, as after a fresh start"
        await pilot.press("1")
        await pilot.pause()
        assert screen.history.current == hospital, "the story no file holds is not opened"
        await pilot.press("slash", *"انقطاع", "enter")
        await pilot.pause()
        assert _listed(app) == []
        await pilot.press("slash", "escape")
        await pilot.pause()

        (tmp_path / "a.txt").write_text(BRIDGE_PAGE + EMBEDDED_POWER, encoding="utf-8")
        later = time.time() + 5
        os.utime(tmp_path / "a.txt", (later, later))
        note = await reload_and_wait(pilot, notes)
        assert note == "1 edited story read again. 1 story back in its file returned to the list.", note
        assert len(_listed(app)) == 4
        assert screen.related.links[0].target == power
