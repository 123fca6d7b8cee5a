"""HTML headlines without ``<h1>``: the ``<h2>``/``<h3>`` above the story, ``<title>`` parts, generic titles."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import title_site

_HEADLINE = "المجلس البلدي يقر ميزانية العام الجديد بقيمة 320 مليون دينار"
_LEAD = "أقر المجلس البلدي في جلسته الاستثنائية مساء أمس ميزانية العام المقبل بقيمة 320 مليون دينار، بزيادة 6.5%."
_SECOND = "وخصص المجلس الجزء الأكبر من الميزانية لمشاريع البنية التحتية."
_MENU = '<a href="/">الرئيسية</a><br><a href="/a">أخبار محلية</a><br><a href="/b">رياضة</a>'
_STORY = f"<p>{_LEAD}</p><p>{_SECOND}</p>"

_EN_HEADLINE = "Harbour ferry service resumes after a week of storms"
_EN_LEAD = "The harbour ferry ran again on Tuesday morning, a week after storms tore two of its moorings loose."
_EN_STORY = f"<p>{_EN_LEAD}</p><p>Crews worked through the weekend to replace the moorings and test the ramps.</p>"


def _page(title: str, body: str, *, lang: str = "ar") -> Article:
    direction = "rtl" if lang == "ar" else "ltr"
    page = (
        f'<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )
    (article,) = parse_html(page, origin="page.html")
    return article


# (id, <title>, body, expected title, expected source)
_CASES = [
    (
        "table-layout",
        "جريدة الوطن - تفاصيل الخبر",
        f'<table><tr><td class="menu">{_MENU}</td><td class="content"><h2>{_HEADLINE}</h2>{_STORY}</td></tr></table>',
        _HEADLINE,
        "جريدة الوطن",
    ),
    (
        "div-layout",
        "جريدة الوطن - تفاصيل الخبر",
        f'<div class="menu">{_MENU}</div><div class="content"><h2>{_HEADLINE}</h2>{_STORY}</div>',
        _HEADLINE,
        "جريدة الوطن",
    ),
    (
        "generic-first",
        "تفاصيل الخبر | جريدة الوطن",
        f'<div class="menu">{_MENU}</div><div class="content"><h2>{_HEADLINE}</h2>{_STORY}</div>',
        _HEADLINE,
        "جريدة الوطن",
    ),
    (
        "h3-with-byline",
        "جريدة الوطن - الرئيسية",
        f'<div class="content"><h3>{_HEADLINE}</h3><div class="by">كتب: سامي ناصر - الأحد 3 مارس</div>{_STORY}</div>',
        _HEADLINE,
        "جريدة الوطن",
    ),
    (
        "section-label-over-headline",
        "جريدة الوطن - تفاصيل الخبر",
        f"<div>{_MENU}</div><h2>محليات</h2><h3>{_HEADLINE}</h3>{_STORY}",
        _HEADLINE,
        "جريدة الوطن",
    ),
    (
        "english",
        "News details | The Harbour Courier",
        f"<div>{_MENU}</div><article><h2>{_EN_HEADLINE}</h2>{_EN_STORY}</article>",
        _EN_HEADLINE,
        "The Harbour Courier",
    ),
    (
        "title-part-beats-sidebar-heading",
        f"{_EN_HEADLINE} | The Harbour Courier",
        f"<div><h2>Weather in brief</h2><p>Sunny, light winds.</p></div><div><h2>{_EN_HEADLINE}</h2>{_EN_STORY}</div>",
        _EN_HEADLINE,
        "The Harbour Courier",
    ),
]


@pytest.mark.parametrize(("title", "body", "headline", "source"), [c[1:] for c in _CASES], ids=[c[0] for c in _CASES])
def test_heading_is_the_headline_and_the_title_names_the_site(
    title: str, body: str, headline: str, source: str
) -> None:
    """No <h1>: the h2/h3 over the first paragraph is the title, once; the <title>'s other part is the site."""
    article = _page(title, body, lang="en" if headline == _EN_HEADLINE else "ar")
    assert (article.title, article.source) == (headline, source)
    assert headline not in article.paragraphs
    assert not any(p in ("الرئيسية", "أخبار محلية", "رياضة", "Weather in brief") for p in article.paragraphs)


def test_a_section_heading_inside_the_story_is_not_the_headline() -> None:
    """An h2 between paragraphs is a section of the story: it stays in the body; the title is the lead's sentence."""
    body = (
        f'<div class="menu">{_MENU}</div><div class="content"><p>{_LEAD}</p><h2>خلفية القرار</h2>'
        f"<p>{_SECOND}</p><p>وكان المجلس قد ناقش مشروع الميزانية على مدى ثلاث جلسات متتالية الشهر الماضي.</p></div>"
    )
    article = _page("جريدة الوطن - تفاصيل الخبر", body)
    assert article.title != "خلفية القرار"
    assert "خلفية القرار" in article.paragraphs
    assert article.title == _LEAD.removesuffix(".")
    assert article.source == "جريدة الوطن"


def test_a_heading_far_above_the_story_is_not_the_headline() -> None:
    """A heading with a page's worth of other text (menus, a ticker) before the story is not its headline."""
    ticker = "".join(f'<li><a href="/n/{i}">خبر عاجل رقم {i} عن أحداث اليوم في المدينة</a></li>' for i in range(12))
    body = f"<div><h2>شريط الأخبار العاجلة اليوم</h2><ul>{ticker}</ul></div><div>{_STORY}</div>"
    article = _page("تفاصيل الخبر", body)
    assert article.title != "شريط الأخبار العاجلة اليوم"


@pytest.mark.parametrize(
    "title",
    ["تفاصيل الخبر", "الرئيسية", "News details", "Home", "جريدة الوطن - تفاصيل الخبر", "Home | The Harbour Courier"],
)
def test_a_generic_title_is_never_the_headline(title: str) -> None:
    """Without any heading, a generic <title> (or its generic part) is not the title: the lead's first sentence is."""
    article = _page(title, f"<div>{_STORY}</div>")
    assert article.title not in (title, "تفاصيل الخبر", "الرئيسية", "News details", "Home", "جريدة الوطن")
    assert article.title == _LEAD.removesuffix(".")
    assert article.paragraphs[0] == _LEAD


def test_a_heading_over_a_list_of_links_is_not_the_headline() -> None:
    """A sidebar's "Most read" heading over a few links, just before the story, heads those links."""
    links = "".join(f'<li><a href="/m/{i}">Ferry fares rise again {i}</a></li>' for i in range(3))
    body = f"<div><h3>Most read stories this week</h3><ul>{links}</ul></div><div>{_EN_STORY}</div>"
    article = _page(f"{_EN_HEADLINE} | The Harbour Courier", body, lang="en")
    assert (article.title, article.source) == (_EN_HEADLINE, "The Harbour Courier")


def test_a_section_label_does_not_replace_the_titles_headline() -> None:
    """A short h2 over the story ("محليات") is a section label: the <title>'s headline part stays the title."""
    body = f'<div class="menu">{_MENU}</div><div class="content"><h2>محليات</h2>{_STORY}</div>'
    article = _page(f"{_HEADLINE} - جريدة الوطن", body)
    assert (article.title, article.source) == (_HEADLINE, "جريدة الوطن")


def test_an_h1_still_wins() -> None:
    body = f"<article><h1>{_HEADLINE}</h1><h2>محليات اليوم في المدينة</h2>{_STORY}</article>"
    assert _page("جريدة الوطن - تفاصيل الخبر", body).title == _HEADLINE


@pytest.mark.parametrize(
    ("document_title", "headlines", "expected"),
    [
        ("جريدة الوطن - تفاصيل الخبر", [], "جريدة الوطن"),
        ("تفاصيل الخبر | جريدة الوطن", [_HEADLINE], "جريدة الوطن"),
        ("News details - The Harbour Courier", [None], "The Harbour Courier"),
        (f"{_HEADLINE} - تفاصيل الخبر - جريدة الوطن", [_HEADLINE], "جريدة الوطن"),
        ("جريدة الوطن - تفاصيل الخبر", ["جريدة الوطن"], "جريدة الوطن"),
        ("تفاصيل الخبر", [], None),
        ("الرئيسية - تفاصيل الخبر", [], None),
    ],
    ids=["generic-suffix", "generic-prefix", "english", "three-parts", "extractor-took-site", "alone", "all-generic"],
)
def test_title_site_beside_a_generic_part(
    document_title: str, headlines: list[str | None], expected: str | None
) -> None:
    """A generic part is never the site; the part beside it is."""
    assert title_site(document_title, headlines) == expected
