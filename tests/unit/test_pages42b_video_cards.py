"""A video card's thumbnail anchor, titled only by the video's length, yields to the card's headline anchor
(audit pages42 #6)."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

_TITLE = "انهيار جزء من سور قلعة أثرية بعد العاصفة"
_ONE = "انهار جزء من السور الشرقي لقلعة أثرية قديمة مساء أمس بعد عاصفة مطرية استمرت عدة ساعات دون إصابات."
_TWO = "وقالت مديرية الآثار إن فرقها بدأت توثيق الأضرار تمهيدا لوضع خطة ترميم عاجلة للسور والأبراج المجاورة."


def _card(path: str, length: str, headline: str, span: str) -> str:
    return (
        f'<div class="card"><a href="{path}"><img src="t.jpg" alt="">{span.format(length)}</a>'
        f'<h4><a href="{path}">{headline}</a></h4></div>'
    )


def _page(span: str) -> str:
    cards = _card("/video/rain-1", "03:40", "أمطار غزيرة تغلق طرقا جبلية في الشمال", span) + _card(
        "/video/market-2", "1:05", "افتتاح سوق شعبي جديد وسط المدينة", span
    )
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE}</title></head>'
        f"<body><article><h1>{_TITLE}</h1><p>{_ONE}</p><p>{_TWO}</p></article>"
        f'<section class="related-videos"><h3>فيديوهات ذات صلة</h3>{cards}</section></body></html>'
    )


_SPANS = [
    pytest.param('<span class="dur">{}</span>', id="dur-class"),
    pytest.param('<span class="video-duration">{}</span>', id="duration-class"),
    pytest.param("<span>{}</span>", id="bare-span"),
]
_HEADLINES = ["أمطار غزيرة تغلق طرقا جبلية في الشمال", "افتتاح سوق شعبي جديد وسط المدينة"]


@pytest.mark.parametrize("span", _SPANS)
def test_the_headlines_title_the_cards_over_http(span: str) -> None:
    (article,) = parse_html(_page(span), origin="page.html", url="https://qalaa.example/news/wall")
    assert [link.title for link in article.related] == _HEADLINES
    assert [link.url for link in article.related] == [
        "https://qalaa.example/video/rain-1",
        "https://qalaa.example/video/market-2",
    ]


@pytest.mark.parametrize("span", _SPANS)
def test_the_headlines_title_the_cards_in_a_file(span: str) -> None:
    (article,) = parse_html(_page(span), origin="page.html")
    assert [link.title for link in article.related] == _HEADLINES
