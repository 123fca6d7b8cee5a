"""A page whose meta author is a photographer's credit names no writer (trafilatura drops its colon)."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

_BODY = (
    "<p>خرج آلاف المواطنين إلى الساحات العامة للاحتفال بالعيد وسط أجواء من الفرح والبهجة في مختلف المدن.</p>"
    "<p>وشهدت الحدائق إقبالا كبيرا من العائلات التي قضت ساعات طويلة في اللعب والتنزه رغم برودة الطقس.</p>"
)


def _page(meta: str) -> str:
    return (
        '<html lang="ar"><head><meta charset="utf-8"><title>احتفالات العيد</title>'
        f'<meta name="author" content="{meta}">'
        f"</head><body><article><h1>احتفالات العيد تعم المدن</h1>{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize("meta", ["صور: حسن عسل", "تصوير: وليد حسن", "عدسة: سامي علي"])
def test_a_photographer_in_the_meta_author_is_no_writer(meta: str) -> None:
    assert parse_html(_page(meta), origin="p.html")[0].author is None


def test_a_writer_in_the_meta_author_stays() -> None:
    assert parse_html(_page("كتبت: نادين خوري"), origin="p.html")[0].author == "نادين خوري"
