"""A site's promo for its channel under a plain-text story is dropped, as on a page; the story's own sentences stay.

Every article here is written for these tests; the dropped cases failed before the change they cover.
"""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext

BYLINE = "صحيفة الساحل – محليات"
HEADLINE = "افتتاح جسر جديد يربط ضفتي النهر"
LEAD = "افتتح المحافظ اليوم جسرا جديدا يربط ضفتي النهر بطول 400 متر بعد عامين من العمل."
SECOND = "وقال المحافظ إن الجسر سيخفف الزحام في وسط المدينة خلال ساعات الذروة."


def _article(*tail: str) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
    text = "\n\n".join((BYLINE, HEADLINE, LEAD, SECOND, *tail)) + "\n"
    (article,) = parse_plaintext(text, origin="test.txt")
    return article.paragraphs, article.attribution, tuple(article.keywords)


@pytest.mark.parametrize(
    "promo",
    [
        "تابعوا آخر الأخبار عبر قناتنا على تيليجرام",
        "للاشتراك في قناة الساحل على واتساب اضغط هنا",
        "انضموا إلى قناتنا على يوتيوب",
        "Follow our channel on Telegram",
    ],
)
def test_a_channel_promo_closing_the_story_is_dropped(promo: str) -> None:
    assert _article(promo) == ((LEAD, SECOND), None, ())


def test_a_promo_under_the_agency_and_tags_leaves_them_to_the_story() -> None:
    assert _article("(وكالات)", "#الجسر #النهر", "تابعوا آخر الأخبار عبر قناتنا على تيليجرام") == (
        (LEAD, SECOND),
        "وكالات",
        ("الجسر", "النهر"),
    )


@pytest.mark.parametrize(
    "last",
    [
        "«تابعوا قناتنا على تيليجرام»، بهذه الجملة ختمت الجماعة منشورها الأخير قبل إغلاق الحساب.",
        "تابعوا المباراة عبر قناة الرياضة التي نقلتها مباشرة من الملعب.",
        "وتابع المحافظ جولته في الأحياء الشرقية على قناة المياه القديمة.",
    ],
)
def test_the_story_s_own_last_sentence_stays(last: str) -> None:
    assert _article(last)[0] == (LEAD, SECOND, last)
