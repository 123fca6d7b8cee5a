"""Pilot tests of ``r`` on a folder holding one story saved twice (audit folders40 #1): the page and the text file
have the same address, headline and source, so the list shows the story once (at the page's path). Deleting the
page leaves the text file: the story stays in the list, read from it, and links still lead to it, as a fresh start
shows them; putting the page back lists the story once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import SIZE, reader, reload_and_wait, settle

ADDRESS = "https://www.example-akhbar.test/news/4401"
HEADLINE = "افتتاح محطة تحلية جديدة على الساحل الشرقي"
OTHER = "المدارس تستقبل الطلاب في العام الدراسي الجديد"
BODY = (
    "افتتحت الحكومة صباح اليوم محطة جديدة لتحلية المياه تخدم ثلاث مدن ساحلية.",
    "وقال وزير المياه إن المحطة تنتج مئة ألف متر مكعب يوميا.",
)


def _page() -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<title>{HEADLINE} - أخبار الساحل</title><meta property="og:title" content="{HEADLINE}">'
        '<meta property="og:site_name" content="أخبار الساحل">'
        f'<link rel="canonical" href="{ADDRESS}"></head><body>'
        f"<article><h1>{HEADLINE}</h1>{paragraphs}</article></body></html>"
    )


def _text() -> str:
    paragraphs = "\n\n".join(BODY)
    return f"أخبار الساحل – محليات\n\n{HEADLINE}\n\n{ADDRESS}\n\n{paragraphs}\n\nالمصدر: أخبار الساحل\n"


def _linking() -> str:
    return (
        f"أخبار الساحل – تعليم\n\n{OTHER}\n\nعاد الطلاب إلى مدارسهم صباح اليوم بعد عطلة الصيف.\n\n"
        f"مقالات ذات صلة\n\n- {ADDRESS}\n"
    )


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "01-madaris.txt").write_text(_linking(), encoding="utf-8")
    (folder / "tahliya.html").write_text(_page(), encoding="utf-8")
    (folder / "tahliya.txt").write_text(_text(), encoding="utf-8")
    return folder


def _listed(app: Any) -> list[tuple[str, str]]:
    return [(article.title, Path(article.origin).name) for article in reader(app).article_list.articles]


async def _fresh_start(make_app: Any, folder: Path) -> list[tuple[str, str]]:
    fresh = make_app([], refs=(str(folder),))
    async with fresh.run_test(size=SIZE) as pilot:
        await settle(pilot)
        return sorted(_listed(fresh))


async def test_deleting_the_listed_copy_keeps_the_story_from_the_other(
    make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    app = make_app([], refs=(str(folder),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        assert sorted(_listed(app)) == sorted([(OTHER, "01-madaris.txt"), (HEADLINE, "tahliya.html")])
        (folder / "tahliya.html").rename(tmp_path / "elsewhere.html")
        note = await reload_and_wait(pilot, notes)
        assert "1 new story" in note, note
        assert sorted(_listed(app)) == sorted([(OTHER, "01-madaris.txt"), (HEADLINE, "tahliya.txt")])
        assert sorted(_listed(app)) == await _fresh_start(make_app, folder), "the list a fresh start shows"
        screen = reader(app)
        linking = next(article for article in screen.corpus if article.title == OTHER)
        target = screen.corpus.get(linking.related[0].target or "")
        assert target is not None and Path(target.origin).name == "tahliya.txt", "the link leads to the copy kept"
        assert await reload_and_wait(pilot, notes) == "No new stories."
        assert sorted(_listed(app)) == sorted([(OTHER, "01-madaris.txt"), (HEADLINE, "tahliya.txt")])
        # The page put back: the story is still listed once (the copy that took its place).
        (tmp_path / "elsewhere.html").rename(folder / "tahliya.html")
        assert await reload_and_wait(pilot, notes) == "No new stories."
        assert [title for title, _ in _listed(app)].count(HEADLINE) == 1
