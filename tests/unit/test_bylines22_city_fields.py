"""A city one knows, a dash and what is no person's full name in an author field (audit regress21a #5): the city is
never the author, nor part of it. An agency after it is the attribution, a label or an office names no one, a first
name one knows alone is the writer. In a page's byline element, its meta author and a feed entry's author alike.

Original pages and feeds written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.bylines import author_field_name
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html

_HEADLINE: Final = "تدشين خط حافلات جديد يربط الأحياء الشرقية بوسط المدينة"
_PARAS: Final = (
    "دشنت هيئة النقل صباح اليوم خط حافلات جديدا يربط الأحياء الشرقية بوسط المدينة بعشرين حافلة حديثة.",
    "وقال مدير الهيئة إن الخط سيعمل من السادسة صباحا حتى منتصف الليل بأجرة مخفضة لطلاب الجامعات.",
)

# (field, author, attribution)
_CASES: Final = [
    ("الرياض - وكالة الأنباء السعودية", None, "وكالة الأنباء السعودية"),  # an agency: the attribution
    ("القاهرة - أحمد", "أحمد", None),  # a first name one knows alone: the writer
    ("غزة - خاص", None, None),  # a label: no one
    ("غزة - مكتب الموقع", None, None),  # an office: no one
    ("لندن - Middle East Eye", None, None),  # an outlet: no writer
    ("واشنطن - جون", "جون", None),
]


def _page(*, meta: str = "", byline: str = "") -> str:
    head = f'<meta name="author" content="{meta}">' if meta else ""
    under = f'<div class="byline">{byline}</div>' if byline else ""
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>x</title>{head}</head>'
        f"<body><article><h1>{_HEADLINE}</h1>{under}\n{body}</article></body></html>"
    )


def _one(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


@pytest.mark.parametrize(("field", "author", "attribution"), _CASES)
def test_a_byline_element_of_a_city_and_no_full_name(field: str, author: str | None, attribution: str | None) -> None:
    article = _one(_page(byline=field))
    assert (article.author, article.attribution) == (author, attribution)
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(("field", "author", "attribution"), _CASES)
def test_a_meta_author_of_a_city_and_no_full_name(field: str, author: str | None, attribution: str | None) -> None:
    article = _one(_page(meta=field))
    assert (article.author, article.attribution) == (author, attribution)


@pytest.mark.parametrize(
    ("field", "author", "attribution"),
    [*_CASES, ("دمشق - سانا", None, "سانا"), ("حلب - خاص", None, None)],
)
def test_a_feed_author_of_a_city_and_no_full_name(field: str, author: str | None, attribution: str | None) -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>'
        "<id>urn:f</id><updated>2026-03-01T10:00:00Z</updated><entry><title>خط حافلات جديد</title><id>urn:1</id>"
        '<link href="https://news.example/1"/><updated>2026-03-01T10:00:00Z</updated>'
        f"<author><name>{field}</name></author><summary>{_PARAS[0]}</summary></entry></feed>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.atom")
    assert (article.author, article.attribution) == (author, attribution)


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("القاهرة - أحمد سامي", "أحمد سامي"),  # (always right)
        ("لندن - John Smith", "John Smith"),
        ("الزرقاء – فريق التحرير", "فريق التحرير"),  # a desk newstui knows: its part, as ever
        ("القاهرة - أحمد سامي محمد عبد الله", "أحمد سامي محمد عبد الله"),  # a long name: without the city
        ("ريم حداد - سامر خليل", "ريم حداد - سامر خليل"),  # no city: as written
        ("محمود عبد الرحيم – القاهرة", "محمود عبد الرحيم – القاهرة"),
    ],
)
def test_names_beside_a_city_in_a_field(field: str, name: str) -> None:
    assert author_field_name(field) == name
