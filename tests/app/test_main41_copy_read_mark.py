"""Pilot test of ``r`` when the listed copy of a story saved twice is deleted (audit regress40f #2): the other copy
takes its place in the list, and a story the user read stays read (it is the same story: address, headline and
source), rather than coming back as an unread one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import SIZE, reader, reload_and_wait, settle

ADDRESS = "https://www.example-akhbar.test/news/5102"
HEADLINE = "جسر جديد يربط ضفتي النهر في المدينة القديمة"
OTHER = "مهرجان الكتاب يفتح أبوابه للزوار"
BODY = ("افتتح المحافظ اليوم جسرا جديدا للمشاة فوق النهر.", "ويختصر الجسر الطريق بين السوقين نصف ساعة.")


def _page() -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{HEADLINE}"><meta property="og:site_name" content="أخبار النهر">'
        f'<link rel="canonical" href="{ADDRESS}"></head><body><article><h1>{HEADLINE}</h1>{paragraphs}</article>'
        "</body></html>"
    )


def _text() -> str:
    return f"أخبار النهر – محليات\n\n{HEADLINE}\n\n{ADDRESS}\n\n" + "\n\n".join(BODY) + "\n\nالمصدر: أخبار النهر\n"


async def test_the_copy_that_takes_a_read_storys_place_stays_read(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "01-kitab.txt").write_text(f"أخبار النهر – ثقافة\n\n{OTHER}\n\nبدأ المهرجان صباح اليوم.\n", "utf-8")
    (folder / "jisr.html").write_text(_page(), encoding="utf-8")
    (folder / "jisr.txt").write_text(_text(), encoding="utf-8")
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        listed = {article.title: article.id for article in screen.article_list.articles}
        assert set(listed) == {HEADLINE, OTHER}
        screen.open_article(listed[HEADLINE])  # chosen: read
        await pilot.pause()
        assert screen.reads.was_read(listed[HEADLINE])
        before = str(screen.list_pane.border_title)
        assert before == "Articles 2 · all read"
        (folder / "jisr.html").unlink()
        await reload_and_wait(pilot, notes)
        copy = next(article for article in screen.article_list.articles if article.title == HEADLINE)
        assert Path(copy.origin).name == "jisr.txt"
        assert screen.reads.was_read(copy.id), "the story read stays read"
        assert str(screen.list_pane.border_title) == before
