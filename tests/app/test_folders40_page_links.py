"""Pilot test of a folder's HTML page with no address of its own (audit folders40 #2): its related link to a file
of the folder by a relative path opens that file's story, as a browser opening the saved page follows it; a link
to a file outside the folder given opens nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import SIZE, reader, settle

HEADLINES = ("مهرجان المسرح يعلن برنامج دورته الجديدة", "فرقة شابة تفوز بجائزة العرض الأول", "خبر في ملف خارج المجلد")


def _page(headline: str, links: str = "") -> str:
    body = "".join(
        f"<p>{text}</p>"
        for text in (
            f"{headline}، وسط اهتمام واسع من جمهور المدينة والنقاد.",
            "وقالت إدارة المهرجان إن العروض ستقام على ثلاثة مسارح طوال الأسبوع.",
            "وتشارك في الدورة فرق من عشر دول عربية.",
        )
    )
    aside = f"<aside><h2>اقرأ أيضا</h2><ul>{links}</ul></aside>" if links else ""
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{headline}</title></head><body><article><h1>{headline}</h1>{body}</article>{aside}</body></html>"
    )


async def test_a_pages_relative_link_opens_the_folders_file(make_app: Any, notes: list[Any], tmp_path: Path) -> None:
    folder = tmp_path / "theatre"
    folder.mkdir()
    links = '<li><a href="b.html">الجائزة الأولى</a></li><li><a href="../outside.html">ملف بعيد</a></li>'
    (folder / "a.html").write_text(_page(HEADLINES[0], links), encoding="utf-8")
    (folder / "b.html").write_text(_page(HEADLINES[1]), encoding="utf-8")
    (tmp_path / "outside.html").write_text(_page(HEADLINES[2]), encoding="utf-8")
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        page = next(article for article in screen.corpus if article.title == HEADLINES[0])
        target = next(article for article in screen.corpus if article.title == HEADLINES[1])
        screen.open_article(page.id)
        await pilot.pause()
        first = screen.related.link(1)
        assert first is not None and screen.file_story(first, page.origin) == target.id  # (what the pane shows)
        await pilot.press("2")
        await pilot.pause()
        await settle(pilot)
        current = screen.current
        assert current is not None and current.title == HEADLINES[0], "a file outside the folder given is not opened"
        await pilot.press("1")
        await pilot.pause()
        await settle(pilot)
        current = screen.current
        assert current is not None and current.title == HEADLINES[1], current
