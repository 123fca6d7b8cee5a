"""A page whose only date is the wire dateline its first paragraph opens with is dated by it; any date the page
declares comes first.

Every page here is written for these tests; the dated cases failed before the change they cover.
"""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

HEADLINE = "انطلاق مهرجان التراث بمشاركة فرق شعبية من دول عدة"
SECOND = "وقال رئيس اللجنة المنظمة إن المهرجان يستمر عشرة أيام ويضم معارض للحرف اليدوية وعروضا فنية يومية."
THIRD = "وأضاف أن الدورة الحالية تشهد مشاركة أكثر من مئتي حرفي من مختلف المدن ودول الجوار هذا العام."
BODY = "انطلقت مساء اليوم فعاليات مهرجان التراث في دورته الجديدة بمشاركة فرق شعبية من دول عدة."


def _page(lead: str, head: str = "") -> str:
    return (
        f'<html><head><meta charset="utf-8">{head}<title>الموقع</title></head><body><article>'
        f"<h1>{HEADLINE}</h1><p>{lead}</p><p>{SECOND}</p><p>{THIRD}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("الشارقة في 6 مارس 2026 - وام -", "2026-03-06"),
        ("بغداد، 29 نوفمبر 2026 (رويترز) -", "2026-11-29"),
        ("المنامة 7/12/2025 /بنا/", "2025-12-07"),
    ],
)
def test_the_lead_s_wire_dateline_dates_an_undated_page(dateline: str, published: str) -> None:
    (article,) = parse_html(_page(f"{dateline} {BODY}"), origin="test.html")
    assert article.published == published
    assert article.paragraphs[0] == f"{dateline} {BODY}"


def test_a_declared_date_comes_before_the_lead_s() -> None:
    meta = '<meta property="article:published_time" content="2026-03-07T09:00:00+04:00">'
    (article,) = parse_html(_page(f"الشارقة في 6 مارس 2026 - وام - {BODY}", meta), origin="test.html")
    assert article.published == "2026-03-07T09:00:00+04:00"


def test_a_lead_without_a_dateline_leaves_the_page_undated() -> None:
    (article,) = parse_html(_page(f"الشارقة - {BODY}"), origin="test.html")
    assert article.published is None
