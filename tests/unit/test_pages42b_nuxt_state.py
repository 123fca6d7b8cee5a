"""A Nuxt 2 page that shows a skeleton (its headline, a loader) gives the story its ``window.__NUXT__`` state
holds, matched to the page by its headline (audit pages42 #10)."""

from __future__ import annotations

import pytest

from newstui.errors import ParseError
from newstui.parse.html import parse_html

_TITLE = "افتتاح مكتبة عامة جديدة في وسط المدينة القديمة"
_ONE = "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في مبنى تاريخي وسط المدينة القديمة بعد ترميم استمر عامين."
_TWO = "وتضم المكتبة أكثر من أربعين ألف كتاب وقاعة للأطفال ومساحة للقراءة تفتح أبوابها حتى العاشرة مساء."


_OTHER = (
    "سجلت أسعار الخضار ارتفاعا ملحوظا في الأسواق الشعبية هذا الأسبوع بسبب موجة البرد التي أصابت المزارع.",
    "ويتوقع التجار أن تعود الأسعار إلى مستواها المعتاد مع وصول محاصيل الموسم الجديد خلال أسابيع قليلة.",
)


def _page(
    title_in_state: str,
    loader: str = '<div class="loader">جاري التحميل...</div>',
    story: tuple[str, str] = (_ONE, _TWO),
) -> str:
    body = "".join(f"<p>{text}</p>" for text in story).replace("/", "\\u002F")
    state = (
        f'window.__NUXT__={{layout:"default",data:[{{story:{{id:41,title:"{title_in_state}",'
        f'slug:"maktaba",content:"{body}"}}}}],state:{{}}}};'
    )
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE} - منصة الحي</title>'
        f'</head><body><div id="__nuxt"><div class="page"><h1>{_TITLE}</h1><div class="body">{loader}</div></div></div>'
        f'<script>{state}</script><script src="/_nuxt/app.js"></script></body></html>'
    )


@pytest.mark.parametrize("loader", ['<div class="loader">جاري التحميل...</div>', ""], ids=["loader", "empty"])
def test_the_state_story_is_read(loader: str) -> None:
    (article,) = parse_html(_page(_TITLE, loader), origin="page.html", url="https://hay.example/news/maktaba")
    assert article.title == _TITLE
    assert article.paragraphs == (_ONE, _TWO)


def test_another_story_in_the_state_is_not_taken() -> None:
    with pytest.raises(ParseError):
        parse_html(_page("ارتفاع أسعار الخضار في الأسواق الشعبية", "", _OTHER), origin="page.html")
