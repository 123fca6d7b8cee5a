"""A place and a correspondent's word alone under the headline ("غزة - مراسلنا", audit regress17, older defect 3).

"مراسلنا" (our correspondent) names no person: the line is a staff dateline, kept whole as the text's first line
as "القاهرة - خاص" is, and gives no author. A place and a correspondent's title with an outlet or a name ("عمّان -
مراسل الصحيفة", "غزة - مراسلنا سامر يوسف") still give the credit, as before. The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

SITE = "موقع المدينة – اقتصاد"
HEADLINE = "خطة رسمية لدعم المصانع الصغيرة في الأحياء الشرقية"
LEAD = "أعلنت وزارة الصناعة اليوم خطة لدعم المصانع الصغيرة في الأحياء الشرقية تشمل قروضا بلا فوائد لمدة عامين."
SECOND = "وأضافت الوزارة أن الخطة تبدأ مطلع الشهر المقبل."


def _article(line: str) -> Article:
    text = "\n\n".join([SITE, HEADLINE, line, LEAD, SECOND]) + "\n"
    return parse_plaintext(text, origin="x")[0]


@pytest.mark.parametrize(
    "line",
    ["غزة - مراسلنا", "غزة – مراسلتنا", "نابلس - مراسل", "الخليل - مراسلة", "رام الله - مراسلنا"],
)
def test_place_and_a_lone_correspondent_word_is_a_dateline(line: str) -> None:
    article = _article(line)
    assert article.title == HEADLINE
    assert article.author is None
    assert list(article.paragraphs) == [line, LEAD, SECOND]


def test_lone_correspondent_line_matches_the_exclusive_dateline() -> None:
    """Guard: "القاهرة - خاص" is kept whole and names no one; "غزة - مراسلنا" now reads the same way."""
    exclusive = _article("القاهرة - خاص")
    assert (exclusive.author, exclusive.paragraphs[0]) == (None, "القاهرة - خاص")


@pytest.mark.parametrize(
    ("line", "author", "kept"),
    [
        ("غزة - مراسلنا سامر يوسف", "سامر يوسف", "غزة"),  # (the word is a title: round 38)
        ("عمّان - مراسل الصحيفة", "مراسل الصحيفة", "عمّان"),
        ("القاهرة - سامي النجار", "سامي النجار", "القاهرة"),
    ],
)
def test_place_and_a_correspondent_with_a_name_keeps_the_credit(line: str, author: str, kept: str) -> None:
    article = _article(line)
    assert (article.author, article.paragraphs[0]) == (author, kept)


def test_written_by_our_correspondent_with_a_name_keeps_the_name() -> None:
    article = _article("كتب: مراسلنا سامر يوسف")
    assert article.author == "سامر يوسف"  # (without "مراسلنا", a title: round 38)
    assert list(article.paragraphs) == [LEAD, SECOND]
