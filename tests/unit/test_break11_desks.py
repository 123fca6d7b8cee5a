"""Desks of the break11 audit (L2): a newsroom's name in the meta author ("قسم الأخبار", "غرفة الأخبار") names no
person, so the page's named byline wins over it, as over "فريق التحرير".

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.bylines import author_field_name
from newstui.parse.html import parse_html

_HEADLINE: Final = "افتتاح مكتبة عامة جديدة في حي الزهور"
_PARAS: Final = (
    "افتتحت البلدية صباح اليوم مكتبة عامة جديدة في حي الزهور تضم أكثر من عشرين ألف كتاب وقاعة للمطالعة.",
    "وقالت مديرة المكتبة إن أبوابها ستفتح يوميا حتى التاسعة مساء، وإن الاشتراك فيها مجاني لطلاب المدارس.",
)


def _page(meta_author: str, byline: str | None) -> str:
    """A page with ``meta_author`` in its meta author and ``byline`` (if any) as a paragraph under the headline."""
    lines = "".join(f"<p>{text}</p>" for text in ((byline,) if byline else ()) + _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title>'
        f'<meta name="author" content="{meta_author}"></head><body><article><h1>{_HEADLINE}</h1>{lines}'
        "</article></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


@pytest.mark.parametrize(
    ("meta_author", "byline", "author"),
    [
        ("قسم الأخبار", "بواسطة: رنا الخوري", "رنا الخوري"),  # the audit's shape
        ("قسم الأخبار", "كتب: رنا الخوري", "رنا الخوري"),
        ("غرفة الأخبار", "بواسطة: رنا الخوري", "رنا الخوري"),
        ("فريق التحرير", "بواسطة: رنا الخوري", "رنا الخوري"),  # (always right)
        ("قسم الأخبار", None, "قسم الأخبار"),  # nothing names a person: the desk, as ever
    ],
)
def test_a_named_byline_beats_a_newsroom_desk(meta_author: str, byline: str | None, author: str) -> None:
    article = _parse(_page(meta_author, byline))
    assert article.author == author
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("الزرقاء – قسم الأخبار", "قسم الأخبار"),  # a place before the desk: the desk's part
        ("إربد - غرفة الأخبار", "غرفة الأخبار"),
        ("الزرقاء – فريق التحرير", "فريق التحرير"),  # (always right)
    ],
)
def test_a_place_before_a_newsroom_desk_in_an_author_field(field: str, name: str) -> None:
    assert author_field_name(field) == name
