"""The site's name beside a ``<title>`` headline that is the page's ``<h1>`` cut short at a word (pages41 #6)."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import title_site

_H1 = "مجلس المدينة يقر خطة جديدة لتنظيم حركة السير في الأحياء القديمة"
_CUT = "مجلس المدينة يقر خطة جديدة لتنظيم حركة السير"
_SITE = "صحيفة المرصد اليومي"
_BODY = (
    "<p>أقر مجلس المدينة في جلسته المسائية خطة تهدف إلى تخفيف الازدحام في الأحياء القديمة وتوسيع الأرصفة للمشاة.</p>"
    "<p>وقال رئيس المجلس إن تنفيذ المرحلة الأولى يبدأ مطلع الشهر المقبل ويستمر ستة أشهر بكلفة تقديرية معلنة.</p>"
    "<p>وأضاف أن الخطة تشمل مواقف جديدة للسيارات على أطراف الأحياء وخطوط حافلات صغيرة تربطها بوسط المدينة.</p>"
)


def _page(title: str, h1: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article><h1>{h1}</h1>{_BODY}</article></body></html>"


def _one(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


@pytest.mark.parametrize("separator", [" - ", " | "])
def test_site_beside_a_shortened_headline(separator: str) -> None:
    article = _one(_page(f"{_CUT}{separator}{_SITE}", _H1))
    assert (article.title, article.source) == (_H1, _SITE)


def test_site_before_a_shortened_headline() -> None:
    assert title_site(f"{_SITE} | {_CUT}", (_H1,)) == _SITE


def test_second_clause_of_the_headline_is_no_site() -> None:
    h1 = "الحكومة تقر خطة الإنقاذ الاقتصادي - والمعارضة تنتقد توقيتها"
    title = "الحكومة تقر خطة الإنقاذ - والمعارضة تنتقد"
    assert title_site(title, (h1,)) is None
    assert _one(_page(title, h1)).source is None


def test_a_clause_after_a_short_prefix_is_no_site() -> None:
    # three words only: too short to be taken for the headline cut short
    assert title_site("الحكومة تقر خطة - والمعارضة تنتقد", ("الحكومة تقر خطة الإنقاذ الاقتصادي",)) is None


def test_a_title_that_is_no_prefix_names_nothing_new() -> None:
    assert title_site("وزير النقل يفتتح جسرا جديدا - مصادر حكومية", (_H1,)) is None


def test_a_joined_clause_the_h1_leaves_out_is_no_site() -> None:
    # the <title> cut from the <h1> and a clause the <h1> does not hold: no site's name
    assert title_site("مجلس المدينة يقر خطة جديدة لتنظيم حركة السير - ويبحث كلفتها", (_H1,)) is None
    assert title_site(f"{_CUT} - وكالة أنباء المدينة", (_H1,)) == "وكالة أنباء المدينة"
