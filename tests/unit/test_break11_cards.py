"""Related cards of the break11 audit (L3): a relative stamp right under a card's title ("منذ 3 ساعات") is that card's
time, neither a link nor the page's date, as a card's date is.

Texts written for these tests (their words are our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

_HEAD: Final = (
    "كتب: هالة يوسف\nانطلاق مهرجان الربيع للفنون الشعبية في الحديقة الوطنية",
    "انطلقت مساء أمس فعاليات مهرجان الربيع للفنون الشعبية في الحديقة الوطنية بمشاركة ثلاثين فرقة من مختلف المحافظات.",
    "وقال مدير المهرجان إن الفعاليات ستستمر أسبوعا كاملا، وتشمل عروضا للأطفال ومعارض للحرف اليدوية.",
)
_TITLES: Final = ("افتتاح معرض للحرف اليدوية في المدينة القديمة", "فرقة الجنوب تفوز بجائزة أفضل عرض راقص")


def _parse(items: str) -> Article:
    (article,) = parse_plaintext("\n\n".join((*_HEAD, "مقالات ذات صلة", items)), origin="page.txt")
    return article


@pytest.mark.parametrize(
    "stamps",
    [
        ("Nov 28, 2026", "منذ 3 ساعات"),  # the audit's shape: a date, then a stamp under the last title
        ("منذ ساعتين", "منذ 3 ساعات"),
        ("قبل 5 دقائق", "منذ يومين"),
        ("2 hours ago", "5 hours ago"),
        ("29 نوفمبر 2026", "30 نوفمبر 2026"),  # dates (always right)
    ],
)
def test_a_relative_stamp_under_a_card_is_no_link(stamps: tuple[str, str]) -> None:
    items = "\n".join(f"{title}\n{stamp}" for title, stamp in zip(_TITLES, stamps, strict=True))
    article = _parse(items)
    assert tuple(link.title for link in article.related) == _TITLES
    assert article.published is None
    assert article.paragraphs == _HEAD[1:]


def test_bulleted_cards_with_relative_stamps() -> None:
    article = _parse("\n".join(f"• {title}\nمنذ 4 ساعات" for title in _TITLES))
    assert tuple(link.title for link in article.related) == _TITLES


def test_a_title_opening_on_since_stays_a_link() -> None:
    """Guard: a headline that opens on "منذ" is no stamp."""
    titles = (_TITLES[0], "منذ سنوات والقرية تنتظر افتتاح الطريق الجديد")
    assert tuple(link.title for link in _parse("\n".join(titles)).related) == titles
