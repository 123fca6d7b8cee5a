"""Audit regress16b #7 on a whole page: "كتبت: سبأ" (she wrote) names a writer, which html.py's own check of the
author it settles on leaves as ``credited_byline`` judged it; an agency alone still is the attribution."""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.html import parse_html

_PARAS: Final = (
    "بدأت البلدية صباح اليوم حملة لزراعة ألف شجرة على جانبي الطريق الدائري بمشاركة طلاب المدارس والمتطوعين.",
    "وقال مدير الحدائق إن الأشجار اختيرت من أنواع تتحمل الحر وقلة الماء وإن ريها سيجري بالتنقيط طوال الصيف.",
    "وأضاف أن الحملة ستمتد إلى الأحياء الغربية في الربيع المقبل بعد تقييم نتائج المرحلة الأولى منها.",
)
_HEADLINE: Final = "حملة لزراعة ألف شجرة على الطريق الدائري"


def _page(top: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title>{head}</head>'
        f'<body><article><h1>{_HEADLINE}</h1>{top}<div class="entry-content">{paragraphs}</div></article>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("top", "head", "author", "attribution"),
    [
        pytest.param('<p class="byline">كتبت: سبأ</p>', "", "سبأ", None, id="she-wrote"),
        pytest.param('<p class="byline">بقلم: نينا</p>', "", "نينا", None, id="by-the-pen-of"),
        pytest.param("", '<meta name="author" content="كتبت: سبأ">', "سبأ", None, id="meta-she-wrote"),
        pytest.param("", '<meta name="author" content="سبأ">', None, "سبأ", id="agency-alone"),
        pytest.param('<p class="byline">كتب: رويترز</p>', "", None, "رويترز", id="he-wrote-reuters"),
    ],
)
def test_a_given_name_after_she_wrote_is_the_pages_author(
    top: str, head: str, author: str | None, attribution: str | None
) -> None:
    (article,) = parse_html(_page(top, head), origin="x.html")
    assert (article.author, article.attribution) == (author, attribution)
