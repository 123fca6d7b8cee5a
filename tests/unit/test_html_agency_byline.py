"""A page's byline naming only a news agency, or ``المصدر: …``, credits the story (its attribution): no author."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

_BODY = """<div class="entry-content">
<p>ارتفعت أسعار القمح في الأسواق العالمية صباح اليوم بنحو أربعة في المئة، متأثرة بتراجع المحاصيل في عدة دول منتجة.</p>
<p>وقال متعاملون إن الطلب ازداد خلال الأسبوع الماضي مع اقتراب موسم الشتاء وارتفاع تكاليف الشحن البحري.</p>
<p>وتوقع محللون أن تبقى الأسعار مرتفعة حتى نهاية الربع الأول من العام المقبل في ظل شح المعروض.</p>
</div>"""


def _page(head: str, byline: str) -> str:
    return (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>أسعار القمح ترتفع في الأسواق العالمية - موقع السنبلة</title>{head}</head><body>"
        f"<article><h1>أسعار القمح ترتفع في الأسواق العالمية</h1>{byline}{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "byline", "author", "attribution"),
    [
        ("", '<p class="byline">المصدر: وكالات</p>', None, "وكالات"),
        ('<meta name="author" content="رويترز">', "", None, "رويترز"),
        ("", '<p class="byline">كتب: وكالات</p>', None, "وكالات"),
        ("", '<p class="byline">كتب: سامر حداد و منى الخطيب</p>', "سامر حداد، منى الخطيب", None),
        ('<meta name="author" content="هالة الجمعة">', "", "هالة الجمعة", None),
    ],
)
def test_agency_byline_is_the_attribution(head: str, byline: str, author: str | None, attribution: str | None) -> None:
    (article, *_) = parse_html(_page(head, byline), origin="p.html")
    assert (article.author, article.attribution) == (author, attribution)
    assert len(article.paragraphs) == 3
