"""Bulleted titles under a read-also marker inside the text are read-also links (audit texts12, finding 3).

The same titles under "إقرأ أيضاً:" between two paragraphs of the page's text are read-also links whether they are
written with bullets ("• title", "- title", "1. title") or without; at the page's end, bulleted titles stay its
related list. The articles are our own text.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

BYLINE = "صحيفة الوادي – اقتصاد"
HEADLINE = "البرلمان يقر قانونا جديدا لحماية المستهلك"
LEAD = "أقر البرلمان في جلسته اليوم قانونا جديدا لحماية المستهلك يفرض غرامات تصل إلى مليون جنيه على المخالفين."
ADDED = "وأضاف رئيس لجنة الاقتصاد أن القانون يدخل حيز التنفيذ مطلع العام المقبل."
SAID = "وقال رئيس لجنة الاقتصاد إن القانون يدخل حيز التنفيذ مطلع العام المقبل."
LAST = "ويمنح القانون جهاز حماية المستهلك صلاحية إغلاق المتاجر المخالفة."
SOURCE = "المصدر: صحيفة الوادي"
FUEL = "الحكومة تثبت أسعار الوقود حتى نهاية العام"
BREAD = "وزارة التموين تطلق منظومة جديدة لصرف الخبز"
FUEL_URL = "https://alwadi.example/news/5512"


def _articles(*lines: str) -> list[Article]:
    return parse_plaintext("\n\n".join(lines), origin="embedded12")


def _links(article: Article) -> list[tuple[str, str | None, str]]:
    return [(link.title, link.url, link.kind) for link in article.related]


@pytest.mark.parametrize(
    "titles",
    [
        f"• {FUEL}\n• {BREAD}",
        f"- {FUEL}\n- {BREAD}",
        f"1. {FUEL}\n2. {BREAD}",
        f"{FUEL}\n{BREAD}",
    ],
    ids=["bullets", "dashes", "numbered", "unbulleted"],
)
@pytest.mark.parametrize("going_on", [ADDED, SAID], ids=["wa-adafa", "wa-qala"])
@pytest.mark.parametrize("marker", ["إقرأ أيضاً:", "اقرأ أيضا", "شاهد أيضا:"])
def test_titles_under_a_read_also_marker_inside_the_text_are_read_also_links(
    marker: str, titles: str, going_on: str
) -> None:
    (article,) = _articles(BYLINE, HEADLINE, LEAD, marker, titles, going_on, LAST, SOURCE)
    assert article.paragraphs == (LEAD, going_on, LAST)
    assert _links(article) == [(FUEL, None, "read-also"), (BREAD, None, "read-also")]
    assert article.attribution == "صحيفة الوادي"


@pytest.mark.parametrize(
    "titles",
    [f"• {FUEL}\n{FUEL_URL}\n• {BREAD}", f"• {FUEL} - {FUEL_URL}\n• {BREAD}"],
    ids=["address-line", "address-on-the-line"],
)
def test_a_bulleted_title_inside_the_text_keeps_its_address(titles: str) -> None:
    (article,) = _articles(BYLINE, HEADLINE, LEAD, "إقرأ أيضاً:", titles, ADDED, SOURCE)
    assert article.paragraphs == (LEAD, ADDED)
    assert _links(article) == [(FUEL, FUEL_URL, "read-also"), (BREAD, None, "read-also")]


def test_the_text_going_on_without_a_source_still_makes_read_also_links() -> None:
    """No source or tags under it: the paragraph that goes on tells the list stands inside the text."""
    (article,) = _articles(BYLINE, HEADLINE, LEAD, "إقرأ أيضاً:", f"• {FUEL}\n• {BREAD}", ADDED)
    assert article.paragraphs == (LEAD, ADDED)
    assert [link.kind for link in article.related] == ["read-also", "read-also"]


@pytest.mark.parametrize(
    "closing",
    [(), (SOURCE,), ("جميع الحقوق محفوظة © 2026 صحيفة الوادي",)],
    ids=["end", "source", "footer"],
)
def test_bulleted_titles_at_the_pages_end_stay_its_related_list(closing: tuple[str, ...]) -> None:
    """Nothing of the page's text under them: the list at its end is its related list, as ever."""
    (article,) = _articles(BYLINE, HEADLINE, LEAD, ADDED, "إقرأ أيضاً:", f"• {FUEL}\n• {BREAD}", *closing)
    assert article.paragraphs == (LEAD, ADDED)
    assert _links(article) == [(FUEL, None, "related"), (BREAD, None, "related")]
