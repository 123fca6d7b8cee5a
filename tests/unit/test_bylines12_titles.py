"""The site's name and the headline from a ``<title>`` of three parts (audit pages12 #9): a site's tagline after its
name, a kicker before the headline, a section's label after the headline's own dash.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse import html_meta
from newstui.parse.html import parse_html
from newstui.parse.html_meta import title_site

_HEADLINE: Final = "استئناف الملاحة في ميناء الصيادين بعد انتهاء أعمال التعميق"
_SITE: Final = "صدى الشاطئ"
_PARAS: Final = (
    "استأنفت قوارب الصيد صباح الخميس رحلاتها من ميناء الصيادين، بعد شهرين من أعمال تعميق الممر المائي وإزالة الرواسب.",
    "وقالت هيئة الموانئ إن عمق الممر بلغ ستة أمتار، ما يسمح للقوارب الكبيرة بالدخول في أوقات الجزر دون انتظار.",
)


def _page(title: str, *, h1: bool) -> Article:
    heading = f"<h1>{_HEADLINE}</h1>" if h1 else ""
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>'
        f'<body><div class="story">{heading}{body}</div></body></html>'
    )
    (article,) = parse_html(page, origin="page.html")
    return article


@pytest.mark.parametrize("h1", [True, False])
@pytest.mark.parametrize(
    "title",
    [
        f"{_HEADLINE} | {_SITE} | أخبار الساحل والبحر",  # a tagline after the site's name
        f"{_HEADLINE} | {_SITE} | كل أخبار المدينة على مدار الساعة",
        f"فيديو | {_HEADLINE} | {_SITE}",  # a kicker before the headline
        f"عاجل | {_HEADLINE} | {_SITE}",
        f"{_HEADLINE} - محليات | {_SITE}",  # a section's label after the headline's own dash
        f"{_HEADLINE} | محليات | {_SITE}",  # (as before: headline, section, site)
    ],
)
def test_the_sites_name_from_a_title_of_three_parts(title: str, h1: bool) -> None:
    article = _page(title, h1=h1)
    assert (article.title, article.source) == (_HEADLINE, _SITE)


@pytest.mark.parametrize(
    ("document_title", "expected"),
    [
        (f"{_HEADLINE} | {_SITE} | أخبار الساحل والبحر", _SITE),
        (f"أخبار الساحل والبحر | {_SITE} | {_HEADLINE}", _SITE),
        (f"فيديو | {_HEADLINE} | {_SITE}", _SITE),
        (f"{_HEADLINE} - محليات | {_SITE}", _SITE),
        # as before
        (f"{_HEADLINE} - محليات - {_SITE}", _SITE),
        (f"{_SITE} :: محليات :: {_HEADLINE}", _SITE),
        (f"محليات | {_HEADLINE} | {_SITE}", None),  # a section before the headline: which is the site is unknown
    ],
)
def test_title_site(document_title: str, expected: str | None) -> None:
    assert title_site(document_title, [_HEADLINE]) == expected


@pytest.mark.parametrize(
    ("part", "kept"),
    [
        (f"{_HEADLINE} - محليات", _HEADLINE),
        (f"{_HEADLINE} - أخبار المغرب", _HEADLINE),
        ("مصر - السودان: اتفاق جديد على تقاسم مياه النهر", "مصر - السودان: اتفاق جديد على تقاسم مياه النهر"),
        ("الأهلي يهزم الزمالك في نهائي الكأس 2 - 1", "الأهلي يهزم الزمالك في نهائي الكأس 2 - 1"),
        ("افتتاح الطريق - صور", "افتتاح الطريق - صور"),  # too short a headline to tell
        (f"{_HEADLINE} - تقرير من الميناء القديم", f"{_HEADLINE} - تقرير من الميناء القديم"),
    ],
)
def test_without_section(part: str, kept: str) -> None:
    assert html_meta.without_section(part) == kept


@pytest.mark.parametrize(
    ("part", "tagline"),
    [
        ("أخبار الساحل والبحر", True),
        ("كل أخبار المدينة على مدار الساعة", True),
        ("News and views", True),
        (_SITE, False),
        ("محليات", False),
        ("سكاي نيوز عربية", False),
        ("عرب وعالم", False),  # a section of two words
    ],
)
def test_is_tagline(part: str, tagline: bool) -> None:
    assert html_meta.is_tagline(part) is tagline
