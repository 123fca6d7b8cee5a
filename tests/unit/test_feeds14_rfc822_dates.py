"""A date written as a feed writes it (RFC 822, "Sun, 29 Nov 2026 10:30:00 +0300") in a page's meta tags keeps its
time and offset (audit pages13 #10); ``published.rfc822_time`` reads it."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html
from newstui.parse.published import rfc822_time

_TITLE = "ارتفاع حركة المسافرين في مطار المدينة"
_LEAD = "قالت هيئة الطيران المدني إن حركة المسافرين في مطار المدينة ارتفعت بنسبة كبيرة خلال الشهر الماضي."
_NEXT = "وأضافت الهيئة أن شركات طيران جديدة بدأت تسيير رحلات منتظمة إلى المطار هذا الخريف."


def _page(date: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE}</title>'
        f'<meta property="article:published_time" content="{date}"></head>'
        f"<body><article><h1>{_TITLE}</h1><p>{_LEAD}</p><p>{_NEXT}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("date", "published"),
    [
        pytest.param("Sun, 29 Nov 2026 10:30:00 +0300", "2026-11-29T10:30:00+03:00", id="offset"),
        pytest.param("Sun, 29 Nov 2026 07:30:00 GMT", "2026-11-29T07:30:00+00:00", id="gmt"),
        pytest.param("29 Nov 2026 10:30 +0200", "2026-11-29T10:30:00+02:00", id="no-day-name"),
        pytest.param("2026-11-29T10:30:00+0300", "2026-11-29T10:30:00+03:00", id="iso-as-before"),
    ],
)
def test_a_meta_date_in_the_feed_form_keeps_its_time(date: str, published: str) -> None:
    (article,) = parse_html(_page(date), origin="page.html", url="https://madina.example/news/1")
    assert article.published == published


@pytest.mark.parametrize(
    "value",
    ["Sun, 29 Nov 2026", "Sun, 29 Nov 2026 10:30 PM", "29/11/2026 10:30", "الأحد 29 نوفمبر 2026 10:30", ""],
)
def test_only_an_rfc822_date_and_time_is_read(value: str) -> None:
    assert rfc822_time(value) is None
