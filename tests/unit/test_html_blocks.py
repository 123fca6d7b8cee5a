"""HTML article bodies: data tables as rows of " | "-joined cells, layout tables unwrapped, list items bulleted."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.markers import split_list_item

_LEAD = "أعلنت اللجنة العليا للانتخابات مساء الأحد النتائج النهائية للاقتراع في الدائرة الثالثة بعد فرز جميع الصناديق."
_LAST = "وقالت اللجنة إن المجلس الجديد سيعقد جلسته الأولى خلال أسبوعين من تاريخ إعلان النتائج الرسمية."
_EN_LEAD = "The council published the winter timetable for the harbour ferries on Monday, with two extra crossings."
_EN_LAST = "The new timetable starts on the first Sunday of November and runs until the end of March."


def _article(body: str, *, lang: str = "ar", title: str = "نتائج الانتخابات") -> Article:
    direction = "rtl" if lang == "ar" else "ltr"
    page = (
        f'<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li></ul></nav>'
        f"<article><h1>{title}</h1>{body}</article><footer><p>جميع الحقوق محفوظة 2026</p></footer></body></html>"
    )
    (article,) = parse_html(page, origin="page.html")
    return article


_TABLES = [
    (
        "arabic-results",
        "ar",
        f"<p>{_LEAD}</p><p>وجاءت النتائج على النحو التالي:</p>"
        "<table><tr><th>القائمة</th><th>المقاعد</th><th>النسبة</th></tr>"
        "<tr><td>قائمة الإصلاح</td><td>14</td><td>35.2%</td></tr>"
        "<tr><td>قائمة التجديد</td><td>9</td><td>22.8%</td></tr></table>"
        f"<p>{_LAST}</p>",
        [
            _LEAD,
            "وجاءت النتائج على النحو التالي:",
            "القائمة | المقاعد | النسبة",
            "قائمة الإصلاح | 14 | 35.2%",
            "قائمة التجديد | 9 | 22.8%",
            _LAST,
        ],
    ),
    (
        "english-timetable-with-thead",
        "en",
        f"<p>{_EN_LEAD}</p><table><thead><tr><th>Departure</th><th>Arrival</th></tr></thead>"
        "<tbody><tr><td>07:15</td><td>07:50</td></tr><tr><td><b>18:40</b></td><td>19:15</td></tr></tbody></table>"
        f"<p>{_EN_LAST}</p>",
        [_EN_LEAD, "Departure | Arrival", "07:15 | 07:50", "18:40 | 19:15", _EN_LAST],
    ),
    (
        "cells-wrapped-in-paragraphs",
        "en",
        f"<p>{_EN_LEAD}</p><table><tr><td><p>Weekdays</p></td><td><p>every 40 minutes</p></td></tr>"
        f"<tr><td><p>Sundays</p></td><td><p>every hour</p></td></tr></table><p>{_EN_LAST}</p>",
        [_EN_LEAD, "Weekdays | every 40 minutes", "Sundays | every hour", _EN_LAST],
    ),
]


@pytest.mark.parametrize(("lang", "body", "expected"), [c[1:] for c in _TABLES], ids=[c[0] for c in _TABLES])
def test_table_rows_are_paragraphs(lang: str, body: str, expected: list[str]) -> None:
    """Each row of a table in the article is a paragraph, its cells joined with " | ", the header row too."""
    assert list(_article(body, lang=lang).paragraphs) == expected


def test_a_page_laid_out_in_a_table_gives_no_menu_rows() -> None:
    """A whole page in a table (menu cell, content cell) reads as its story: no menu, no " | " rows."""
    page = (
        '<html dir="rtl"><head><meta charset="utf-8"><title>جريدة الوطن</title></head><body>'
        '<table width="100%"><tr><td colspan="2"><a href="/"><img src="logo.gif" alt="جريدة الوطن"></a></td></tr>'
        '<tr><td class="menu"><a href="/">الرئيسية</a><br><a href="/a">أخبار محلية</a><br><a href="/b">رياضة</a></td>'
        f"<td><h1>نتائج الانتخابات</h1><p>{_LEAD}</p><p>{_LAST}</p></td></tr>"
        '<tr><td colspan="2"><a href="/c">اتصل بنا</a> | <a href="/d">من نحن</a></td></tr></table></body></html>'
    )
    (article,) = parse_html(page, origin="page.html")
    assert list(article.paragraphs) == [_LEAD, _LAST]


def test_a_menu_table_inside_the_article_gives_no_rows() -> None:
    """A table made of links (a section menu) is not data: it does not become " | " rows."""
    cells = "".join(f'<td><a href="/{i}">{name}</a></td>' for i, name in enumerate(("محليات", "اقتصاد", "رياضة")))
    menu = f"<table><tr>{cells}</tr></table>"
    article = _article(f"{menu}<p>{_LEAD}</p><p>{_LAST}</p>")
    assert not any(" | " in paragraph for paragraph in article.paragraphs)


_LISTS = [
    (
        "arabic-bullets",
        "ar",
        f"<p>{_LEAD}</p><p>وأبرز ما جاء في البيان:</p>"
        "<ul><li>نسبة المشاركة بلغت 61 في المئة</li><li>لم تسجل أي طعون حتى الآن</li></ul>"
        f"<p>{_LAST}</p>",
        [_LEAD, "وأبرز ما جاء في البيان:", "• نسبة المشاركة بلغت 61 في المئة", "• لم تسجل أي طعون حتى الآن", _LAST],
    ),
    (
        "ordered-and-nested",
        "en",
        f"<p>{_EN_LEAD}</p><ol><li>Buy a ticket at the pier</li>"
        "<li>Board by the north ramp<ul><li>cyclists first</li><li>cars last</li></ul></li></ol>"
        f"<p>{_EN_LAST}</p>",
        [
            _EN_LEAD,
            "1. Buy a ticket at the pier",
            "2. Board by the north ramp",
            "◦ cyclists first",
            "◦ cars last",
            _EN_LAST,
        ],
    ),
    (
        "item-with-a-break",
        "ar",
        f"<p>{_LEAD}</p><ul><li>قائمة الإصلاح<br>14 مقعداً</li><li>قائمة التجديد</li></ul><p>{_LAST}</p>",
        [_LEAD, "• قائمة الإصلاح", "14 مقعداً", "• قائمة التجديد", _LAST],
    ),
]


@pytest.mark.parametrize(("lang", "body", "expected"), [c[1:] for c in _LISTS], ids=[c[0] for c in _LISTS])
def test_list_items_keep_their_marker(lang: str, body: str, expected: list[str]) -> None:
    """A list item is "• item" (as in the plain-text format), "1. item" in an ordered list, "◦ item" one level in."""
    assert list(_article(body, lang=lang).paragraphs) == expected


def test_the_bullet_is_the_plain_text_formats() -> None:
    """The plain-text parser reads the bullet HTML items get as a list item (one vocabulary of bullets)."""
    (article,) = [_article(_LISTS[0][2])]
    items = [p for p in article.paragraphs if p.startswith("•")]
    assert [split_list_item(item) for item in items] == ["نسبة المشاركة بلغت 61 في المئة", "لم تسجل أي طعون حتى الآن"]
