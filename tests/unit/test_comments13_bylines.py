"""Bylines: a photographer's or an editor's credit joined to the writer's name with "و", or an editor's "تحرير:"
after a dash, is cut from the author (audit regress12, "Bylines"), in a text file and an HTML page alike.

Original texts written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.bylines import without_crew
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext

_TITLE: Final = "ارتفاع صادرات التمور إلى أعلى مستوى في عشر سنوات"
_LEAD: Final = (
    "أعلنت هيئة الصادرات أن صادرات التمور ارتفعت خلال الموسم الحالي بنسبة ثلاثين في المئة مقارنة بالموسم الماضي."
)
_NEXT: Final = "وقال رئيس الهيئة إن الأسواق الآسيوية استوعبت معظم الزيادة، وإن الطلب الأوروبي بقي مستقرا."


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("كتب: ماهر السعدي وتصوير: رنا خليل", "كتب: ماهر السعدي"),
        ("ماهر السعدي وعدسة: رنا خليل", "ماهر السعدي"),
        ("كتبت: هالة منصور وإشراف - سامي حداد", "كتبت: هالة منصور"),
        ("كتب: ماهر السعدي - تصوير: رنا خليل", "كتب: ماهر السعدي"),
        ("كتبت: هالة منصور - تحرير: سامي حداد", "كتبت: هالة منصور"),
        ("تحرير: سامي حداد", "تحرير: سامي حداد"),  # the editor's credit alone
        ("كتب: ماهر السعدي ورنا خليل", "كتب: ماهر السعدي ورنا خليل"),  # two writers
        ("تصوير وكتابة: رنا خليل", "تصوير وكتابة: رنا خليل"),  # the photographer wrote it too
        ("كتب: وليد تصميم", "كتب: وليد تصميم"),
    ],
)
def test_a_crew_credit_joined_with_and(byline: str, expected: str) -> None:
    assert without_crew(byline) == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("كتب: ماهر السعدي وتصوير: رنا خليل", "ماهر السعدي"), ("كتبت: هالة منصور - تحرير: سامي حداد", "هالة منصور")],
)
def test_a_text_files_author(byline: str, expected: str) -> None:
    text = f"{_TITLE}\n\n{byline}\n\n{_LEAD}\n\n{_NEXT}\n"
    (article,) = parse_plaintext(text, origin="tamr.txt")
    assert article.author == expected


def test_an_html_pages_author() -> None:
    page = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>' + _TITLE + "</title></head><body><article>"
        f"<h1>{_TITLE}</h1><p class='byline'>كتب: ماهر السعدي وتصوير: رنا خليل</p><p>{_LEAD}</p><p>{_NEXT}</p>"
        "</article></body></html>"
    )
    (article, *_) = parse_html(page, origin="tamr.html")
    assert article.author == "ماهر السعدي"
