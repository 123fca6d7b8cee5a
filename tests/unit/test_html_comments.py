"""Readers' comments under a comments heading are no part of the story (our own pages, written for these tests)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newstui.parse.html import parse_html
from newstui.parse.html_comments import drop_comments, is_comments_heading

STORY = [
    "سجلت المدن الساحلية اليوم درجات حرارة تجاوزت الأربعين درجة مئوية في موجة حر وصفها خبراء الأرصاد بأنها غير مألوفة.",
    "وأصدرت هيئة الأرصاد تحذيراً من التعرض المباشر لأشعة الشمس بين الحادية عشرة صباحاً والرابعة عصراً.",
    "وقال مدير مستشفى المدينة إن قسم الطوارئ استقبل منذ الصباح أكثر من ثلاثين حالة إجهاد حراري.",
]
COMMENTS = [
    "الحر هذا العام لا يطاق فعلاً، الله يعين العمال في الشوارع.",
    "لماذا لا توقف البلدية أعمال البناء في الظهيرة؟",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التعليقات", True),
        ("تعليقات القراء", True),
        ("تعليقات (5)", True),
        ("أضف تعليقاً", True),
        ("آراء القراء", True),
        ("3 Comments", True),
        ("Comments (12)", True),
        ("Leave a Reply", True),
        ("2 Responses to “Heat wave in the city”", True),
        ("التعليق على الحدث", False),  # a story's own subheading
        ("Responses to the plan were mixed", False),
        ("Discussion", False),
        ("Comments are closed for the summit", False),
        ("أخبار", False),
    ],
)
def test_comments_headings(text: str, expected: bool) -> None:
    assert is_comments_heading(text) is expected


def _page(comments: str) -> str:
    story = "".join(f"<p>{paragraph}</p>" for paragraph in STORY)
    return (
        '<html lang="ar"><head><meta charset="utf-8"><title>موجة حر مبكرة تضرب المدن الساحلية</title></head><body>'
        f"<main><article><h1>موجة حر مبكرة تضرب المدن الساحلية</h1><div class='body'>{story}</div>{comments}"
        "</article></main></body></html>"
    )


_WRAPPED = "<div class='user-responses'><h3>التعليقات</h3>" + "".join(
    f"<div class='r'><span>قارئ</span><p>{comment}</p></div>" for comment in COMMENTS
)
_LOOSE = "<h3>3 Comments</h3>" + "".join(f"<p>{comment}</p>" for comment in COMMENTS)


@pytest.mark.parametrize("comments", [_WRAPPED + "</div>", _LOOSE], ids=["in-their-own-box", "after-the-story"])
def test_a_page_without_its_comments(comments: str) -> None:
    (article,) = parse_html(_page(comments), origin="x")
    assert list(article.paragraphs) == STORY
    assert not any(comment in " ".join(article.paragraphs) for comment in COMMENTS)


def test_only_the_comments_go() -> None:
    """The box is dropped with its heading; a heading that opens no box takes what follows it only."""
    root = lxml_html.fromstring(
        "<div><p>قبل</p><section><h2>التعليقات</h2><p>تعليق</p></section><p>بعد</p>"
        "<div><p>نص</p><h4>Leave a Reply</h4><form>x</form></div></div>"
    )
    assert drop_comments(root) == 2
    assert [p.text for p in root.iter("p")] == ["قبل", "بعد", "نص"]
    assert root.find(".//form") is None
