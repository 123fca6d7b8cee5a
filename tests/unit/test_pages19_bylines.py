"""pages19: a city before the writer's name with a dash ("حلب - ريم حداد") names the writer, not the city."""

from __future__ import annotations

import pytest

from newstui.model import RawDocument
from newstui.parse import parse_document
from newstui.parse.bylines import author_field_name
from newstui.parse.feed import parse_feed

# Text written for these tests.
_PAGE = (
    '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح سوق الحرفيين</title></head>'
    "<body><article><h1>افتتاح سوق الحرفيين في المدينة القديمة</h1>"
    '<div class="meta"><span class="byline">{byline}</span> '
    '<time datetime="2026-11-28T14:00:00+03:00">28 تشرين الثاني 2026</time></div>'
    '<div class="entry-content"><p>افتتح سوق الحرفيين أبوابه أمس في المدينة القديمة بعد ترميم استمر ثلاث سنوات، '
    "وعادت إليه عشرات الورش التي أغلقت خلال الأعوام الماضية.</p>"
    "<p>وقال رئيس جمعية الحرفيين إن الإقبال في اليوم الأول فاق التوقعات، وإن الورش ستفتح حتى المساء.</p>"
    "</div></article></body></html>"
)


def _author(byline: str) -> str | None:
    doc = RawDocument("souq.html", _PAGE.format(byline=byline).encode(), "text/html")
    (article,) = parse_document(doc)
    return article.author


@pytest.mark.parametrize(
    "byline",
    [
        'حلب - <a href="/author/r-h">ريم حداد</a>',
        "حلب - ريم حداد",
        "حلب – ريم حداد",
        '<a href="/author/r-h">ريم حداد</a> - حلب',
        "ريم حداد - حلب",
        "حلب: ريم حداد",
        'حلب: <a href="/author/r-h">ريم حداد</a>',
    ],
    ids=["place-dash-link", "place-dash", "place-en-dash", "link-dash-place", "name-dash-place", "colon", "colon-link"],
)
def test_page_byline_with_a_place(byline: str) -> None:
    assert _author(byline) == "ريم حداد"


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("حلب - ريم حداد", "ريم حداد"),
        ("ريم حداد - حلب", "ريم حداد - حلب"),  # opens on the name: a field without a marker stays as it is
        ("ريم حداد - سامر خليل", "ريم حداد - سامر خليل"),  # two names: neither is a place, none is dropped
        ("الزرقاء - فريق التحرير", "فريق التحرير"),
        ("القاهرة – كتب: محمود عبد الرحيم", "محمود عبد الرحيم"),
        ("غزة - مراسلنا", None),  # "our correspondent" names no one (test_our_correspondent_names_no_one)
    ],
)
def test_author_field(field: str, name: str | None) -> None:
    assert author_field_name(field) == name


def test_feed_creator_with_a_place() -> None:
    data = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>الشهباء</title><link>https://shahba.example/</link><item><title>افتتاح سوق الحرفيين</title>"
        "<link>https://shahba.example/souq</link><dc:creator>حلب - ريم حداد</dc:creator>"
        "<description>افتتح السوق أمس.</description></item></channel></rss>"
    ).encode()
    (article,) = parse_feed(data, origin="feed.xml")
    assert article.author == "ريم حداد"
