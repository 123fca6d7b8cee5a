"""HTML pages: Dublin Core dates with their time, pages that give no story, figures' captions in the story.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.errors import ParseError
from newstui.model import Article, RawDocument
from newstui.parse import parse_document
from newstui.parse.html import parse_html

AR_LEAD: Final = "افتتحت البلدية صباح اليوم جسرا جديدا يربط ضفتي النهر بعد ثلاث سنوات من العمل المتواصل."
AR_NEXT: Final = "وقال رئيس البلدية إن الجسر سيخفف الزحام في وسط المدينة ويختصر زمن الرحلة إلى النصف تقريبا."
EN_LEAD: Final = "The town opened a new footbridge over the canal on Sunday after two years of building work."
EN_NEXT: Final = "The mayor said the bridge would cut the walk to the station by half for most people."
AR_LAST: Final = "وأضاف أن أعمال الصيانة الدورية ستبدأ بعد عام من الافتتاح وفق الخطة التي وضعها المهندسون مسبقا."
EN_LAST: Final = (
    "He added that upkeep would begin a year after the opening, as the engineers had planned from the start."
)


def _page(body: str, *, head: str = "", lang: str = "ar", title: str = "افتتاح جسر جديد") -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body>{body}</body></html>"
    )


def _story(inside: str = "", *, lang: str = "ar", h1: str = "افتتاح جسر جديد") -> str:
    lead, following, last = (AR_LEAD, AR_NEXT, AR_LAST) if lang == "ar" else (EN_LEAD, EN_NEXT, EN_LAST)
    return (
        f'<article><h1>{h1}</h1><div class="entry-content"><p>{lead}</p>{inside}<p>{following}</p>'
        f"<p>{last}</p></div></article>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html", url="https://example.org/news/1")
    return article


# 2. Dublin Core dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ('<meta name="dcterms.date" content="2026-11-28T19:00:00+03:00">', "2026-11-28T19:00:00+03:00"),
        ('<meta name="DCTERMS.date" content="2026-11-28T19:00:00+03:00">', "2026-11-28T19:00:00+03:00"),
        ('<meta name="dcterms.issued" content="2026-11-27T08:15:00Z">', "2026-11-27T08:15:00+00:00"),
        ('<meta name="dcterms.created" content="2026-11-26T21:40:00+02:00">', "2026-11-26T21:40:00+02:00"),
        ('<meta name="DC.date.issued" content="2026-11-25T06:05:00+01:00">', "2026-11-25T06:05:00+01:00"),
        ('<meta name="dcterms.date" content="2026-11-24">', "2026-11-24"),
        (
            '<meta property="article:published_time" content="2026-11-28T10:00:00+03:00">'
            '<meta name="dcterms.date" content="2026-11-28T19:00:00+03:00">',
            "2026-11-28T10:00:00+03:00",
        ),
    ],
    ids=["drupal-dcterms-date", "upper-case", "issued-utc", "created", "dc-date-issued", "date-only", "og-first"],
)
def test_dublin_core_date_keeps_its_time(meta: str, published: str) -> None:
    """A Drupal page's ``dcterms.date`` gives its time of day and offset, as ``article:published_time`` does."""
    assert _parse(_page(_story(), head=meta)).published == published


# 3. A page that gives no story ----------------------------------------------------------------------

_JS: Final = "the page shows its story only with JavaScript, which newstui does not run"
_NONE: Final = "no article text found"


@pytest.mark.parametrize(
    ("page", "message"),
    [
        (_page("", title="x"), _NONE),
        (_page("", title="Evening news", lang="en"), _NONE),
        (
            _page(
                '<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li>'
                '<li><a href="/e">اقتصاد</a></li></ul></nav>',
                title="أخبار اليوم",
            ),
            _NONE,
        ),
        (
            _page(
                '<header><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>'
                '<footer><a href="/about">About us</a></footer>',
                title="Valley Times",
                lang="en",
            ),
            _NONE,
        ),
        (_page('<div id="root"></div><script src="/static/main.js"></script>', title="Valley Times", lang="en"), _JS),
        (_page('<div id="app"></div>', head='<script src="/app.js"></script>', title="الخليج نيوز"), _JS),
    ],
    ids=["title-x-empty-body", "english-empty-body", "arabic-nav-only", "english-menus-only", "app-shell", "ar-shell"],
)
def test_a_page_with_no_story_is_an_error(page: str, message: str) -> None:
    """A title over an empty body or over navigation only is no article: the one-line error every page
    without a story gives (a page that runs scripts: the JavaScript one), through the path the reader and
    ``--print`` / ``--json`` share."""
    with pytest.raises(ParseError, match=message):
        parse_html(page, origin="page.html")
    with pytest.raises(ParseError, match=message):
        parse_document(RawDocument(origin="page.html", data=page.encode(), content_type="text/html"))


@pytest.mark.parametrize(
    ("page", "paragraphs"),
    [
        (_page(f"<p>{AR_LEAD}</p>", title="جسر"), (AR_LEAD,)),
        (
            _page(f'<nav><a href="/">Home</a></nav><p>{EN_LEAD}</p><script src="/a.js"></script>', lang="en"),
            (EN_LEAD,),
        ),
        (_page("<main><p>Short note.</p></main>", title="Notes", lang="en"), ("Short note.",)),
    ],
    ids=["arabic-one-paragraph", "english-with-menu-and-script", "a-short-paragraph-of-its-own"],
)
def test_a_page_with_text_of_its_own_is_a_story(page: str, paragraphs: tuple[str, ...]) -> None:
    assert _parse(page).paragraphs == paragraphs


# 4. Figures' captions ------------------------------------------------------------------------------

_IMG: Final = '<img src="/wp-content/uploads/2026/11/bridge.jpg" alt="">'


@pytest.mark.parametrize(
    ("inside", "lang", "caption"),
    [
        (
            f'<figure class="wp-block-image size-large">{_IMG}'
            "<figcaption>الجسر الجديد عند افتتاحه</figcaption></figure>",
            "ar",
            "الجسر الجديد عند افتتاحه",
        ),
        (
            f'<figure id="attachment_12" class="wp-caption aligncenter">{_IMG}'
            '<figcaption class="wp-caption-text">The footbridge at dawn (Photo: R. Lane)</figcaption></figure>',
            "en",
            "The footbridge at dawn (Photo: R. Lane)",
        ),
        (
            f'<div class="wp-block-image"><figure class="aligncenter">{_IMG}'
            "<figcaption>صورة من موقع الجسر</figcaption></figure></div>",
            "ar",
            "صورة من موقع الجسر",
        ),
        (
            f"<figure><picture><source srcset='/b.webp'>{_IMG}</picture>"
            "<figcaption>Walkers cross the canal</figcaption></figure>",
            "en",
            "Walkers cross the canal",
        ),
    ],
    ids=["wordpress-block", "wordpress-classic", "wrapped-figure", "picture"],
)
def test_a_figure_in_the_story_keeps_its_caption(inside: str, lang: str, caption: str) -> None:
    """The caption is its own short paragraph where the figure stood, between the paragraphs around it."""
    lead, following, last = (AR_LEAD, AR_NEXT, AR_LAST) if lang == "ar" else (EN_LEAD, EN_NEXT, EN_LAST)
    article = _parse(_page(_story(inside, lang=lang), lang=lang))
    assert article.paragraphs == (lead, caption, following, last)


_GALLERY: Final = (
    '<figure class="wp-block-gallery has-nested-images">'
    f"<figure class='wp-block-image'>{_IMG}<figcaption>صورة أولى من المعرض</figcaption></figure>"
    f"<figure class='wp-block-image'>{_IMG}<figcaption>صورة ثانية من المعرض</figcaption></figure>"
    "<figcaption>معرض صور الافتتاح</figcaption></figure>"
)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (_story(_GALLERY), "ar"),
        (
            _story(f'<div class="ad-slot">{_IMG.join(["<figure>", "<figcaption>إعلان</figcaption></figure>"])}</div>'),
            "ar",
        ),
        (
            _story(lang="en")
            + f"<aside><figure>{_IMG}<figcaption>Subscribe to our weekly letter</figcaption></figure></aside>",
            "en",
        ),
        (
            _story(lang="en")
            + f'<div class="sidebar"><figure>{_IMG}<figcaption>Our newest podcast episode</figcaption></figure></div>',
            "en",
        ),
        (_story(f"<figure>{_IMG}</figure>"), "ar"),
        (_story(f'<a href="/gallery/5"><figure>{_IMG}<figcaption>ألبوم الصور</figcaption></figure></a>'), "ar"),
    ],
    ids=["gallery", "ad", "aside", "sidebar-without-story-text", "no-caption", "linked-card"],
)
def test_other_figures_give_no_paragraph(body: str, lang: str) -> None:
    """A gallery's, an ad's, an aside's or a sidebar's figure, or a picture without caption, adds nothing."""
    lead, following, last = (AR_LEAD, AR_NEXT, AR_LAST) if lang == "ar" else (EN_LEAD, EN_NEXT, EN_LAST)
    assert _parse(_page(body, lang=lang)).paragraphs == (lead, following, last)
