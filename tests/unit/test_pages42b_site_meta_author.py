"""A meta author that only names the site hides no byline the page shows (audit pages42 #4)."""

from __future__ import annotations

import pytest

from newstui.parse.html import parse_html

_SITE = "جريدة الشروق الجديد"
_TITLE = "هل تنجح المدن الصغيرة في جذب المستثمرين؟"
_ONE = "تتنافس المدن الصغيرة منذ سنوات على جذب رؤوس الأموال عبر حوافز ضريبية وأراض بأسعار رمزية للمصانع."
_TWO = "لكن المستثمرين يبحثون قبل كل شيء عن طرق جيدة وكهرباء مستقرة وعمالة مدربة، وهي أمور لا تصنعها الحوافز وحدها."


def _page(box: str, *, meta: bool = True) -> str:
    author = f'<meta name="author" content="{_SITE}">' if meta else ""
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE}</title>'
        f'<meta property="og:site_name" content="{_SITE}">{author}</head><body><article>'
        f'{box}<h1>{_TITLE}</h1><div class="entry-content"><p>{_ONE}</p><p>{_TWO}</p></div></article></body></html>'
    )


_BOX = '<div class="writer-head"><a class="author-name" href="/writers/hala">هالة المصري</a></div>'


@pytest.mark.parametrize("meta", [True, False], ids=["site-meta", "no-meta"])
def test_the_visible_byline_names_the_author(meta: bool) -> None:
    (article,) = parse_html(_page(_BOX, meta=meta), origin="page.html", url="https://shorouk.example/opinion/7")
    assert article.author == "هالة المصري"
    assert article.source == _SITE


def test_the_site_alone_still_names_no_author() -> None:
    (article,) = parse_html(_page(""), origin="page.html", url="https://shorouk.example/opinion/7")
    assert article.author is None
