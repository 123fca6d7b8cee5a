"""HTML pages: the kind-of-story kicker a page's og:title opens with (``بالصور | ``, ``فيديو | ``) is no part of the
headline when its ``<h1>`` writes the headline without it (audit pages21, finding 7); a kicker the ``<h1>`` keeps,
and an og:title whose rest is no ``<h1>``, stay as written.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.html import parse_html

URL: Final = "https://wadi-tv.example/media/5521"
_HEADLINE: Final = "أمطار غزيرة تغمر شوارع المدينة الساحلية"


def _page(og_title: str, h1: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{og_title}"><title>{og_title} - قناة الوادي</title></head>'
        f"<body><main><article><h1>{h1}</h1>"
        "<p>غمرت الأمطار الغزيرة التي هطلت منذ فجر الخميس شوارع المدينة الساحلية وأغلقت عددا من الطرق الرئيسية.</p>"
        "<p>ودعت البلدية السكان إلى تجنب التنقل إلا للضرورة حتى انحسار المياه عن الأحياء المنخفضة.</p>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    "og_title", [f"بالصور | {_HEADLINE}", f"فيديو | {_HEADLINE}", f"بالفيديو: {_HEADLINE}", f"Video - {_HEADLINE}"]
)
def test_a_kicker_the_h1_leaves_out_is_no_part_of_the_headline(og_title: str) -> None:
    (article,) = parse_html(_page(og_title, _HEADLINE), origin=URL, url=URL)
    assert article.title == _HEADLINE


@pytest.mark.parametrize(
    ("og_title", "h1"),
    [
        (f"بالصور | {_HEADLINE}", f"بالصور | {_HEADLINE}"),  # the <h1> keeps it
        (f"الإسكندرية: {_HEADLINE}", _HEADLINE),  # a place, no kind of story
        (f"بالصور | {_HEADLINE}", "عنوان آخر مختلف تماما عن الخبر"),  # the rest is no <h1>
    ],
)
def test_other_og_titles_stay(og_title: str, h1: str) -> None:
    (article,) = parse_html(_page(og_title, h1), origin=URL, url=URL)
    assert article.title == og_title
