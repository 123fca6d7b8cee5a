"""A page's author without the byline's marker: "كتب", "بقلم", "الكاتب", "إعداد", a place before a desk."""

from __future__ import annotations

import pytest

from newstui.parse.bylines import author_field_name
from newstui.parse.html import parse_html

_LEAD = "فتحت البلدية صباح اليوم سوقاً مسقوفاً للخضار في وسط المدينة بعد أشهر من أعمال البناء والتجهيز."
_SECOND = "وقال رئيس البلدية إن السوق يضم مئة وعشرين محلاً وموقفاً للسيارات، ويفتح أبوابه يومياً من السابعة صباحاً."


def _page(head: str, byline: str) -> str:
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8">{head}<title>افتتاح سوق الخضار</title></head>'
        f"<body><article><h1>افتتاح سوق الخضار</h1>{byline}<p>{_LEAD}</p><p>{_SECOND}</p></article></body></html>"
    )


_FIELDS = [
    ("كتب: محمود عبد الرحيم", "محمود عبد الرحيم"),
    ("كتب محمود عبد الرحيم", "محمود عبد الرحيم"),
    ("كتب - محمود عبد الرحيم", "محمود عبد الرحيم"),
    ("كتب – محمود عبد الرحيم", "محمود عبد الرحيم"),
    ("كتبت: ريم الحسيني", "ريم الحسيني"),
    ("بقلم: د. هالة منصور", "د. هالة منصور"),
    ("الكاتب: سامر النجار", "سامر النجار"),
    ("إعداد: ريم الحسيني", "ريم الحسيني"),
    ("القاهرة - كتب: محمود عبد الرحيم", "محمود عبد الرحيم"),
    ("الزرقاء – فريق التحرير", "فريق التحرير"),
    ("محمود عبد الرحيم", "محمود عبد الرحيم"),
]


@pytest.mark.parametrize(("byline", "author"), _FIELDS)
def test_trafilatura_author_loses_the_marker(byline: str, author: str) -> None:
    """An author element ("كتب - محمود", which trafilatura cuts to "كتب") gives the name alone."""
    page = _page("", f'<div class="meta"><span class="author">{byline}</span></div>')
    assert parse_html(page, origin="p.html")[0].author == author


@pytest.mark.parametrize(("byline", "author"), _FIELDS)
def test_meta_author_loses_the_marker(byline: str, author: str) -> None:
    page = _page(f'<meta name="author" content="{byline}">', "")
    assert parse_html(page, origin="p.html")[0].author == author


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("كتب", None),
        ("بقلم", None),
        ("بقلم سارة علي", "سارة علي"),
        ("محمود عبد الرحيم – القاهرة", "محمود عبد الرحيم – القاهرة"),
        ("Ann Miller", "Ann Miller"),
        ("كتبية المدينة", "كتبية المدينة"),
    ],
)
def test_author_name(field: str, name: str | None) -> None:
    """Only a marker as a whole word goes; a field without one is given back as it is."""
    assert author_field_name(field) == name


def test_a_body_byline_with_a_dash_names_the_author() -> None:
    page = _page("", "<p>السبت 3 مايو 2025 - كتب - محمود عبد الرحيم</p>")
    assert parse_html(page, origin="p.html")[0].author == "محمود عبد الرحيم"
