"""A place before a numeric date is a dateline ("المنامة 7/12/2025 /بنا/"); a team's formation is not.

Every article here is written for these tests; the dated cases failed before the change they cover.
"""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import dateline_kind

BYLINE = "صحيفة الخليج اليوم – محليات"
HEADLINE = "البحرين تطلق مبادرة لتركيب الألواح الشمسية"
LEAD = "أعلنت وزارة الكهرباء والماء اليوم عن مبادرة لتركيب الألواح الشمسية على أسطح المباني الحكومية."
SECOND = "وقال الوزير إن المبادرة تهدف إلى خفض الانبعاثات بنسبة 30 في المئة بحلول عام 2030."


def _parse(*blocks: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    (article,) = parse_plaintext("\n\n".join(blocks) + "\n", origin="test.txt")
    return article.published, article.attribution, article.paragraphs


@pytest.mark.parametrize(
    ("line", "published", "agency"),
    [
        ("المنامة 7/12/2025 /بنا/", "2025-12-07", "بنا"),
        ("المنامة في 7/12/2025 /بنا/", "2025-12-07", "بنا"),
        ("مسقط 2026/11/29 /العمانية/", "2026-11-29", "العمانية"),
        ("الرباط 29.11.2026", "2026-11-29", None),
        ("الرباط في 12/03/2026", "2026-03-12", None),
        ("الجزائر 12-02-2026", "2026-02-12", None),
    ],
)
def test_a_place_and_a_numeric_date_over_the_lead_date_the_story(line: str, published: str, agency: str | None) -> None:
    assert dateline_kind(line) == "maybe"
    assert _parse(BYLINE, HEADLINE, line, LEAD, SECOND) == (published, agency, (line, LEAD, SECOND))


@pytest.mark.parametrize(
    ("dateline", "published", "agency"),
    [
        ("المنامة 7/12/2025 /بنا/", "2025-12-07", "بنا"),
        ("تونس 05/03/2026 (وات) -", "2026-03-05", "وات"),
        ("عمان 05/03/2026 (بترا) -", "2026-03-05", "بترا"),
    ],
)
def test_a_numeric_dateline_opening_the_lead_dates_and_credits_the_story(
    dateline: str, published: str, agency: str
) -> None:
    lead = f"{dateline} {LEAD}"
    assert _parse(BYLINE, HEADLINE, lead, SECOND) == (published, agency, (lead, SECOND))


@pytest.mark.parametrize("line", ["برشلونة 4-3-3", "خطة المدرب 4-4-2", "تشكيلة الفريق 3.5.2", "المنامة 7/12/25"])
def test_numbers_that_are_no_whole_date_make_no_dateline(line: str) -> None:
    """A formation reads as three numbers, not a date; a two-digit year gives no year to date the story by."""
    assert dateline_kind(line) is None
    assert _parse(BYLINE, HEADLINE, line, LEAD, SECOND)[0] is None
