"""HTML pages of the pages7 audit: a closing agency credit in brackets or between dashes, a place + "في" +
date dateline in a date-classed element, a meta line's time of day after a byline, a lead picture's
caption above the body, a breadcrumb in a plain ``<nav>``.

Original pages written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import byline_line

_HEADLINE: Final = "افتتاح خط جديد للحافلات بين الميناء والمطار"
_PARAS: Final = (
    "أطلقت هيئة النقل صباح اليوم خطاً جديداً للحافلات يربط الميناء التجاري بالمطار الدولي مروراً بوسط المدينة.",
    "وقال مدير الهيئة إن الخط يضم عشرين حافلة كهربائية تعمل من الخامسة صباحاً حتى منتصف الليل طوال أيام الأسبوع.",
    "وينتظر أن يخفف الخط الجديد الزحام على الطريق الساحلي الذي يشهد اختناقات يومية في ساعات الذروة.",
)


def _page(*, top: str = "", after: str = "", body_top: str = "", paras: tuple[str, ...] = _PARAS) -> str:
    """An Arabic story page: ``top`` between the headline and the body's ``<div>``, ``body_top`` at the top
    of that ``<div>``, ``after`` under its paragraphs (inside it)."""
    paragraphs = "".join(f"<p>{text}</p>" for text in paras)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_HEADLINE}</title></head><body>'
        f'<article><h1>{_HEADLINE}</h1>{top}<div class="article-body">{body_top}{paragraphs}{after}</div>'
        "</article></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html")
    return article


# M1. A closing agency credit alone in the last paragraph ------------------------------------------------

_CLOSING_AGENCIES: Final = [
    ("(ومع)", "ومع"),
    ("(وكالات)", "وكالات"),
    ("(أ ف ب)", "أ ف ب"),
    ("(رويترز)", "رويترز"),
    ("- وام -", "وام"),
    ("-وام-", "وام"),
    ("– قنا", "قنا"),
]


@pytest.mark.parametrize(("line", "agency"), _CLOSING_AGENCIES)
def test_a_closing_agency_paragraph_is_the_attribution(line: str, agency: str) -> None:
    """As in a text file: the credit leaves the text and becomes the attribution."""
    article = _parse(_page(after=f"<p>{line}</p>"))
    assert article.attribution == agency
    assert article.paragraphs == _PARAS


_GLUED: Final = [
    (_PARAS[2][:-1] + " (ومع).", "ومع"),
    (_PARAS[2] + " (أ ف ب)", "أ ف ب"),
    (_PARAS[2] + "وام", "وام"),
]


@pytest.mark.parametrize(("last", "agency"), _GLUED)
def test_an_agency_glued_to_the_last_paragraph_is_the_attribution(last: str, agency: str) -> None:
    article = _parse(_page(paras=(*_PARAS[:2], last)))
    assert article.attribution == agency
    assert article.paragraphs == _PARAS


def test_a_closing_agency_under_a_source_line_reads_in_order() -> None:
    """An agency glued to the text above a "المصدر:" line: both credits, in reading order."""
    last = _PARAS[2] + " (ومع)"
    article = _parse(_page(paras=(*_PARAS[:2], last, "المصدر: صحيفة الساحل")))
    assert article.attribution == "ومع / صحيفة الساحل"
    assert article.paragraphs == _PARAS


_NOT_AGENCIES: Final = [
    # an agency in brackets in the middle of the story
    (_PARAS[0], "(رويترز)", _PARAS[1]),
    # a bracketed word that names no agency
    (_PARAS[0], _PARAS[1], "(يتبع)"),
    (_PARAS[0], _PARAS[1], "(صور)"),
    # an agency the sentence names ("لوكالة (رويترز)")
    (_PARAS[0], "وقال المتحدث في تصريح خاص لوكالة (رويترز)."),
]


@pytest.mark.parametrize("paragraphs", _NOT_AGENCIES)
def test_brackets_that_are_no_closing_credit_stay_text(paragraphs: tuple[str, ...]) -> None:
    article = _parse(_page(paras=paragraphs))
    assert article.attribution is None
    assert article.paragraphs == paragraphs


def test_a_closing_agency_alone_stays_the_story() -> None:
    """A page whose only paragraph is the credit keeps it as its text."""
    article = _parse(_page(paras=("(وكالات)",)))
    assert article.paragraphs == ("(وكالات)",)


# L1. A place + "في" + date in an element named for a date -------------------------------------------------

_BYLINE: Final = '<div class="meta">بواسطة <a rel="author" href="/writers/ahmad">أحمد الساعدي</a>'
_MARKED_DATELINES: Final = [
    # beside a byline in a meta line
    (_BYLINE + ' · <span class="post-date">الرباط في 24 نونبر 2026</span></div>', "2026-11-24"),
    (_BYLINE + ' · <span class="entry_date">وهران في 3 مارس 2026</span></div>', "2026-03-03"),
    (_BYLINE + ' | <time itemprop="datePublished">صفاقس في 12 يناير 2026</time></div>', "2026-01-12"),
    # alone in its own element, which becomes no paragraph
    (_BYLINE + '</div><div class="post-date">الرباط في 24 نونبر 2026</div>', "2026-11-24"),
    ('<div id="post_date">الدار البيضاء في 8 أكتوبر 2026</div>', "2026-10-08"),
]


@pytest.mark.parametrize(("top", "day"), _MARKED_DATELINES)
def test_a_place_and_date_in_a_date_element_is_the_date(top: str, day: str) -> None:
    article = _parse(_page(top=top))
    assert article.published == day
    assert article.paragraphs == _PARAS


_UNMARKED: Final = [
    # "date" inside another word: a candidate's card, a live blog's updates
    '<div class="candidate">الرباط في 24 نونبر 2026</div>',
    '<div class="updates">الرباط في 24 نونبر 2026</div>',
    # a meta line's class says nothing of a date: a headline's words may read as a place and a date
    '<div class="post-meta">الانتخابات في 7 أكتوبر 2026</div>',
]


@pytest.mark.parametrize("top", _UNMARKED)
def test_a_place_and_date_elsewhere_gives_no_date(top: str) -> None:
    article = _parse(_page(top=top))
    assert article.published is None


# L2. A meta line's time of day after a byline and its date ------------------------------------------------

_TIMED: Final = [
    (_BYLINE + ' · <span class="post-date">الاثنين 24 نوفمبر 2026 - 07:30 ص</span></div>', "2026-11-24T07:30:00"),
    (_BYLINE + ' | <span class="time">الأحد 29 نوفمبر 2026 – 9:15 م</span></div>', "2026-11-29T21:15:00"),
    ('<div class="post-meta">كتب: أحمد الساعدي · الاثنين 24 نوفمبر 2026 - 07:30 ص</div>', "2026-11-24T07:30:00"),
    ('<div class="entry-meta">بقلم أحمد الساعدي | الأحد 29 نوفمبر 2026 - 9:15 م</div>', "2026-11-29T21:15:00"),
]


@pytest.mark.parametrize(("top", "stamp"), _TIMED)
def test_a_meta_lines_time_of_day_is_kept(top: str, stamp: str) -> None:
    article = _parse(_page(top=top))
    assert article.published == stamp
    assert article.author == "أحمد الساعدي"
    assert article.paragraphs == _PARAS


_TIMED_LINES: Final = [
    ("كتب: أحمد الساعدي · الاثنين 24 نوفمبر 2026 - 07:30 ص", ("أحمد الساعدي", "2026-11-24T07:30:00")),
    ("بقلم أحمد الساعدي | 29 نوفمبر 2026 – 21:15", ("أحمد الساعدي", "2026-11-29T21:15:00")),
]


@pytest.mark.parametrize(("line", "credits"), _TIMED_LINES)
def test_a_byline_paragraphs_time_of_day_is_kept(line: str, credits: tuple[str, str]) -> None:
    assert byline_line(line) == credits


@pytest.mark.parametrize(
    ("top", "day"),
    [
        ('<div class="meta">بقلم أحمد الساعدي - 24 نوفمبر 2026</div>', "2026-11-24"),
        ('<div class="meta">بقلم أحمد الساعدي - 10:30</div>', None),
    ],
)
def test_a_meta_line_still_parts_at_a_dash_after_the_byline(top: str, day: str | None) -> None:
    """Only a time of day right after its date's dash stays with it: after a name the dash parts the line."""
    article = _parse(_page(top=top))
    assert article.published == day
    assert article.author == "أحمد الساعدي"


# L3. A lead picture's caption above the story's body ------------------------------------------------------

_IMG: Final = '<img src="/img/bus.jpg" alt="">'
_CAPTION: Final = "حافلة كهربائية عند محطة الميناء"


@pytest.mark.parametrize(
    "top",
    [
        f"<figure>{_IMG}<figcaption>{_CAPTION}</figcaption></figure>",
        f'<div class="featured-image"><figure>{_IMG}<figcaption>{_CAPTION}</figcaption></figure></div>',
        f'<div class="share"><a href="#">فيسبوك</a></div><figure class="lead">{_IMG}'
        f"<figcaption>{_CAPTION}</figcaption></figure><!-- body -->",
    ],
    ids=["figure", "wrapped", "after-share-bar"],
)
def test_a_lead_pictures_caption_is_the_first_paragraph(top: str) -> None:
    """As a figure at the top of the body is: its caption a short paragraph where it stood."""
    above = _parse(_page(top=top))
    inside = _parse(_page(body_top=f"<figure>{_IMG}<figcaption>{_CAPTION}</figcaption></figure>"))
    assert above.paragraphs == inside.paragraphs == (_CAPTION, *_PARAS)


def _outside_article(top: str) -> str:
    return _page(top=top).replace("<article>", "<div>").replace("</article>", "</div>")


@pytest.mark.parametrize(
    "page",
    [
        # a gallery's picture above the body
        _page(top=f'<div class="gallery"><figure>{_IMG}<figcaption>{_CAPTION}</figcaption></figure></div>'),
        # a figure with no <article> around it (a site's banner)
        _outside_article(f"<figure>{_IMG}<figcaption>{_CAPTION}</figcaption></figure>"),
        # a figure far above the body, another block between them
        _page(top=f'<figure>{_IMG}<figcaption>{_CAPTION}</figcaption></figure><div class="tags">وسوم</div>'),
    ],
    ids=["gallery", "no-article", "not-right-above"],
)
def test_other_pictures_above_the_body_give_no_paragraph(page: str) -> None:
    assert _CAPTION not in _parse(page).paragraphs


# L4. A breadcrumb in a plain <nav> -----------------------------------------------------------------------


def _with(block: str) -> str:
    """The story page with ``block`` at the top of its ``<body>``, above the ``<article>``."""
    return _page().replace("<body>", f"<body>{block}", 1)


_NAV_TRAILS: Final = [
    ('<nav><a href="/">Home</a> › <a href="/economy">Economy</a></nav>', "Economy"),
    ('<nav><a href="/">الرئيسية</a> » <a href="/transport">نقل</a> » <span>' + _HEADLINE + "</span></nav>", "نقل"),
    (
        '<nav><a href="/">الرئيسية</a> &gt; <a href="/local">محليات</a> &gt; <a href="/local/ports">موانئ</a></nav>',
        "موانئ",
    ),
    ('<nav>‹ <a href="/">الرئيسية</a> ‹ <a href="/cities">مدن</a></nav>', "مدن"),
]


@pytest.mark.parametrize(("nav", "section"), _NAV_TRAILS)
def test_a_trail_in_a_plain_nav_gives_the_section(nav: str, section: str) -> None:
    assert _parse(_with(nav)).section == section


_NOT_TRAILS: Final = [
    # a menu: links side by side, or with bars between them
    '<nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a></nav>',
    '<nav><a href="/">الرئيسية</a> | <a href="/politics">سياسة</a> | <a href="/economy">اقتصاد</a></nav>',
    # a pager's arrows around its links
    '<nav>« <a href="/a">الخبر السابق</a> <a href="/b">الخبر التالي</a> »</nav>',
    # a trail of long titles is no trail of sections
    '<nav><a href="/">الرئيسية</a> › <a href="/x">تقرير مطول عن حركة النقل البحري في موانئ المنطقة</a></nav>',
    '<nav><a href="/">الرئيسية</a> › <a href="/x">تقرير مطول عن حركة النقل البحري</a> › <a href="/y">موانئ</a></nav>',
    # a trail in the footer
    '<footer><nav><a href="/">الرئيسية</a> › <a href="/economy">اقتصاد</a></nav></footer>',
]


@pytest.mark.parametrize("nav", _NOT_TRAILS)
def test_other_navs_give_no_section(nav: str) -> None:
    assert _parse(_with(nav)).section is None
