"""A page's section from a trail classed ``path`` (pages11 audit: ``<div class="path">الرئيسية » حوادث</div>``).

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.html import parse_html

_TITLE: Final = "ضبط مخزن للمواد الغذائية منتهية الصلاحية في الحي الصناعي"
_PARAS: Final = (
    "ضبطت أجهزة الرقابة التموينية مخزناً يحتوي على أطنان من المواد الغذائية منتهية الصلاحية في الحي الصناعي.",
    "وقال مصدر في المديرية إن صاحب المخزن كان يعيد تغليف البضائع وبيعها للمحلات الصغيرة بأسعار منخفضة.",
    "وأحيل المتهم إلى النيابة العامة التي أمرت بحبسه أربعة أيام على ذمة التحقيق.",
)


def _page(trail: str, footer: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE} - بوابة النيل</title></head><body>'
        f'<div id="wrapper"><div class="col">{trail}<div class="news-title"><h2>{_TITLE}</h2></div>'
        f'<div class="news-body">{body}</div></div></div>{footer}</body></html>'
    )


_CRUMBS: Final = '<a href="/">الرئيسية</a> » <a href="/cat/7">حوادث</a>'


@pytest.mark.parametrize(
    ("trail", "footer", "section"),
    [
        (f'<div class="path">{_CRUMBS}</div>', "", "حوادث"),
        (f'<div class="pathway">{_CRUMBS}</div>', "", "حوادث"),
        (f'<span class="site-path">{_CRUMBS} › <a href="/cat/7/2">الجيزة</a></span>', "", "الجيزة"),
        (f'<div class="path">{_CRUMBS} » {_TITLE}</div>', "", "حوادث"),  # the headline as the last crumb
        ('<div class="path"><a href="/">الرئيسية</a> | <a href="/cat/7">حوادث</a></div>', "", None),  # a menu's bars
        ("", f'<footer><div class="path">{_CRUMBS}</div></footer>', None),  # in the footer
        (f'<div class="pathfinder">{_CRUMBS}</div>', "", None),  # not a trail's name
        (f'<div class="breadcrumb">{_CRUMBS}</div>', "", "حوادث"),  # (always so)
    ],
)
def test_section_from_a_path_trail(trail: str, footer: str, section: str | None) -> None:
    (article,) = parse_html(_page(trail, footer), origin="page.html")
    assert article.section == section
    assert article.paragraphs == _PARAS
