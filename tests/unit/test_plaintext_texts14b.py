"""The plain-text parser on regress13b's audit: today's texts13 rules kept from reading headlines, credits, quotes
and related titles that only look like what the rules were for.

Every article here is written for these tests; each test failed on the parser before the change it covers
(the guards marked as such pass on both).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

BYLINE: Final = "صحيفة الساحل – اقتصاد"
LEAD: Final = "ارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم متأثرة بصعود الأوقية عالميا."
SECOND: Final = "وقال رئيس شعبة الذهب إن الطلب على السبائك زاد خلال الأسبوع الماضي بشكل ملحوظ."
RELATED: Final = "مقالات مشابهة"


def _one(text: str) -> Article:
    articles = parse_plaintext(text, origin="x")
    assert len(articles) == 1
    return articles[0]


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks)


# -- F6. A headline of bar-separated parts closing on a date is no dated byline ----------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "تقرير | الذهب يقفز إلى مستوى قياسي | 2 ديسمبر 2026",
        "أسعار الذهب اليوم | ارتفاع جديد | الأربعاء 2 ديسمبر 2026",
        "Riyadh Book Fair | A thousand publishers take part | Dec 2, 2026",
    ],
)
def test_a_headline_with_bars_and_a_date_stays_the_headline(headline: str) -> None:
    article = _one(_blocks(headline, LEAD, SECOND))
    assert article.title == headline
    assert (article.source, article.section) == (None, None)
    assert article.paragraphs == (LEAD, SECOND)
