"""A file of stories separated by ``---`` (audit break9, M2): a story whose headline stands over a credit line
(its source, author or date) and then its lead is a story of its own, with that credit; a ``---`` over a
paragraph (no headline) stays a rule inside one story.

Every article here is written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

_TOP: Final = """مجلة الوادي – محليات

افتتاح معرض الكتاب السنوي في العاصمة

افتتح المعرض أبوابه صباح اليوم بمشاركة عشرات دور النشر من مختلف البلدان.

---

ارتفاع درجات الحرارة خلال الأسبوع

توقعت هيئة الأرصاد ارتفاعا ملحوظا في درجات الحرارة بدءا من يوم الثلاثاء.

---

بلدية المدينة تطلق حملة لتشجير الشوارع

"""
_HEADLINE: Final = "بلدية المدينة تطلق حملة لتشجير الشوارع"
_LEAD: Final = "أطلقت البلدية حملة واسعة لزراعة ألف شجرة في الأحياء الجديدة خلال الشهر المقبل."
_SECOND_LEAD: Final = "توقعت هيئة الأرصاد ارتفاعا ملحوظا في درجات الحرارة بدءا من يوم الثلاثاء."
_AGENCY: Final = "وكالة الأنباء الرسمية"
_WRITER: Final = "سامر الخطيب"


def _parsed(credit: str) -> list[Article]:
    """The three stories, the third with ``credit`` (one or more lines) between its headline and its lead."""
    return parse_plaintext(f"{_TOP}{credit}\n\n{_LEAD}\n", origin="stories.txt")


@pytest.mark.parametrize(
    ("credit", "attribution", "author", "published"),
    [
        (f"المصدر: {_AGENCY}", _AGENCY, None, None),
        (f"مصدر: {_AGENCY}", _AGENCY, None, None),
        (f"المصدر:\n{_AGENCY}", _AGENCY, None, None),
        (f"المصدر: {_AGENCY}\n\nكتب: {_WRITER}", _AGENCY, _WRITER, None),
        (f"كتب: {_WRITER}\n\nالمصدر: {_AGENCY}", _AGENCY, _WRITER, None),
        (f"المصدر: {_AGENCY}\n\nالأحد 12 أكتوبر 2025", _AGENCY, None, "2025-10-12"),
        (f"الأحد 12 أكتوبر 2025\n\nالمصدر: {_AGENCY}", _AGENCY, None, "2025-10-12"),
        (f"https://example.com/news/4411\n\nالمصدر: {_AGENCY}", _AGENCY, None, None),
        (f"كتب: {_WRITER}", None, _WRITER, None),
        (f"بقلم {_WRITER}", None, _WRITER, None),
        (f"بقلم: {_WRITER}", None, _WRITER, None),
        ("الأحد 12 أكتوبر 2025", None, None, "2025-10-12"),
        ("القاهرة – 12 أكتوبر 2025", None, None, "2025-10-12"),
    ],
)
def test_a_credit_under_the_headline_starts_the_next_story(
    credit: str, attribution: str | None, author: str | None, published: str | None
) -> None:
    """Three stories; the third keeps its headline, lead and credit, and the second keeps none of them."""
    articles = _parsed(credit)
    assert [article.title for article in articles][2:] == [_HEADLINE]
    assert len(articles) == 3
    second, third = articles[1], articles[2]
    assert second.paragraphs == (_SECOND_LEAD,)
    assert second.attribution is None and second.author is None and second.published is None
    assert third.paragraphs[-1] == _LEAD
    assert _HEADLINE not in third.paragraphs
    assert third.attribution == attribution
    assert third.author == author
    assert (third.published or "")[:10] == (published or "")


_STORY: Final = """مجلة الوادي – محليات

افتتاح معرض الكتاب السنوي في العاصمة

افتتح المعرض أبوابه صباح اليوم بمشاركة عشرات دور النشر من مختلف البلدان.

---

{below}
"""


@pytest.mark.parametrize(
    "below",
    [
        "وتستمر فعاليات المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية.",
        "وتستمر فعاليات المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية.\n\nالمصدر: وكالة الأنباء الرسمية",
        "المصدر: وكالة الأنباء الرسمية\n\nوتستمر فعاليات المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية.",
        "ندوات وأمسيات\n\nالمصدر: وكالة الأنباء الرسمية",
        "ندوات وأمسيات\n\nالمصدر: وكالة الأنباء الرسمية\n\nوأضاف المنظمون أن الدخول مجاني طوال أيام المعرض.",
    ],
)
def test_a_rule_over_a_paragraph_stays_inside_the_story(below: str) -> None:
    """A ``---`` over text, a source line alone, or a credit over text that reads on: one story."""
    articles = parse_plaintext(_STORY.format(below=below), origin="story.txt")
    assert len(articles) == 1
    assert articles[0].paragraphs[0] == "افتتح المعرض أبوابه صباح اليوم بمشاركة عشرات دور النشر من مختلف البلدان."


@pytest.mark.parametrize(
    "top",
    [
        f"{_HEADLINE}\n\nالمصدر: {_AGENCY}",
        f"{_HEADLINE}\n\nالمصدر:\n{_AGENCY}",
        f"مجلة الوادي – محليات\n\n{_HEADLINE}\n\nالمصدر: {_AGENCY}",
        f"{_HEADLINE}\n\nالمصدر: {_AGENCY}\n\nالأحد 12 أكتوبر 2025",
    ],
)
def test_a_source_line_under_the_headline_leaves_the_headline_out_of_the_text(top: str) -> None:
    """One story's headline over its source line is its headline, not also its first paragraph."""
    (article,) = parse_plaintext(f"{top}\n\n{_LEAD}\n", origin="story.txt")
    assert article.title == _HEADLINE
    assert _HEADLINE not in article.paragraphs
    assert article.paragraphs[-1] == _LEAD
    assert article.attribution == _AGENCY
