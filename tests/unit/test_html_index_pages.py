"""Index pages against short stories: a brief, a gallery or a video over a block of story cards stays a
story; a section's front, a homepage with a lead teaser, a category of teasers, a ticker over cards is an
index page.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html

URL: Final = "https://nahr.example/news/2026/11/30/brief-77.html"
SITE: Final = "جريدة النهر"
_HEADLINES: Final = [
    ("/news/a1.html", "البرلمان يقر موازنة العام المقبل بالأغلبية"),
    ("/news/a2.html", "افتتاح معرض الكتاب الدولي بمشاركة واسعة"),
    ("/news/a3.html", "المنتخب الوطني يفوز في مباراته الودية"),
    ("/news/a4.html", "ارتفاع درجات الحرارة خلال الأيام المقبلة"),
    ("/news/a5.html", "وزارة التعليم تعلن موعد الامتحانات النهائية"),
]
_LINKS: Final = [(headline, f"https://nahr.example{href}") for href, headline in _HEADLINES]
_CARD: Final = "<div class='card'><span class='kicker'>محليات</span><h3><a href='{href}'>{headline}</a></h3>" + (
    "<time>منذ {n} ساعات</time></div>"
)


def _cards(card: str = _CARD) -> str:
    return "".join(card.format(href=href, headline=headline, n=n + 1) for n, (href, headline) in enumerate(_HEADLINES))


def _page(body: str, *, title: str, head: str = "", lang: str = "ar") -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body><header><a href='/'>{SITE}</a><nav><a href='/'>الرئيسية</a> "
        f"<a href='/eco'>اقتصاد</a></nav></header>{body}<footer>© 2026 {SITE}</footer></body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin=URL, url=URL)
    return article


# 1. A short story of its own over a block of story cards stays that story ----------------------------

_BRIEF_TITLE: Final = "انقطاع الكهرباء عن أحياء العاصمة"
_BRIEF: Final = "انقطعت الكهرباء مساء اليوم عن عدة أحياء."
_LATEST: Final = f"<div class='latest'><h2>آخر الأخبار</h2>{_cards()}</div>"

_STORIES: Final = [
    pytest.param(
        _page(
            f"<div class='story'><h2 class='title'>{_BRIEF_TITLE}</h2><p>{_BRIEF}</p></div>{_LATEST}",
            title=f"عاجل | {_BRIEF_TITLE}",
        ),
        _BRIEF_TITLE,
        [_BRIEF],
        id="brief-under-a-title-heading",
    ),
    pytest.param(
        _page(f"<div class='story'><h2>{_BRIEF_TITLE}</h2><p>{_BRIEF}</p></div>{_LATEST}", title=SITE),
        _BRIEF_TITLE,
        [_BRIEF],
        id="brief-in-a-page-titled-by-its-site",
    ),
    pytest.param(
        _page(
            f"<div class='story'><h2><a href='/news/brief-77.html'>{_BRIEF_TITLE}</a></h2><p>{_BRIEF}</p></div>"
            f"{_LATEST}",
            title=f"{_BRIEF_TITLE} - {SITE}",
        ),
        _BRIEF_TITLE,
        [_BRIEF],
        id="brief-with-a-linked-headline-its-title",
    ),
    pytest.param(
        _page(
            f"<div class='story'><h2>{_BRIEF_TITLE}</h2><div class='summary'>{_BRIEF}</div></div>{_LATEST}",
            title=SITE,
        ),
        _BRIEF_TITLE,
        [_BRIEF],
        id="brief-in-a-div-ending-with-a-full-stop",
    ),
    pytest.param(
        _page(
            f"<div class='breaking-news'><h2>{_BRIEF_TITLE}</h2><p>{_BRIEF}</p></div>{_LATEST}",
            title=f"عاجل | {_BRIEF_TITLE}",
        ),
        _BRIEF_TITLE,
        [_BRIEF],
        id="brief-in-a-breaking-block",
    ),
    pytest.param(
        _page(
            "<div class='gallery'><figure><img src='1.jpg'><figcaption>مياه الأمطار تغمر السوق القديم</figcaption>"
            "</figure><figure><img src='2.jpg'><figcaption>متطوعون يساعدون أصحاب المحلات</figcaption></figure>"
            "<figure><img src='3.jpg'><figcaption>آليات البلدية تفتح الطرق</figcaption></figure></div>"
            f"<div class='more'><h2>معارض صور أخرى</h2>{_cards()}</div>",
            title=f"بالصور: أمطار غزيرة في المدينة - {SITE}",
            head="<meta property='og:title' content='بالصور: أمطار غزيرة في المدينة'>",
        ),
        "بالصور: أمطار غزيرة في المدينة",
        ["مياه الأمطار تغمر السوق القديم"],
        id="gallery-of-captions",
    ),
    pytest.param(
        _page(
            "<div class='video'><video src='v.mp4'></video><p>لحظة سقوط الرافعة في الميناء.</p></div>"
            f"<div class='more'><h2>فيديوهات أخرى</h2>{_cards()}</div>",
            title="فيديو: سقوط رافعة في الميناء",
            head=f"<meta property='og:site_name' content='{SITE}'>",
        ),
        "فيديو: سقوط رافعة في الميناء",
        ["لحظة سقوط الرافعة في الميناء."],
        id="video-with-a-one-line-description",
    ),
    pytest.param(
        _page(
            "<div class='story'><h2>Power cut hits the capital</h2><p>Power went out in several districts.</p></div>"
            f"<div class='latest'><h2>Latest</h2>{_cards()}</div>",
            title="Valley Times",
            lang="en",
        ),
        "Power cut hits the capital",
        ["Power went out in several districts."],
        id="english-brief",
    ),
    pytest.param(
        _page(
            f"<div class='story'><h4><a href='/local'>أخبار محلية</a></h4><h2>{_BRIEF_TITLE}</h2><p>{_BRIEF}</p>"
            f"</div>{_LATEST}",
            title=SITE,
        ),
        _BRIEF_TITLE,
        [_BRIEF],
        id="brief-under-a-linked-section-label",
    ),
    pytest.param(
        _page(
            "<div class='story'><h2>أهم نقاط الاتفاق بين البلدين</h2><ul><li>وقف إطلاق النار فورا</li>"
            f"<li>تبادل الأسرى خلال أسبوع</li><li>فتح المعابر أمام المساعدات</li></ul></div>{_LATEST}",
            title=SITE,
        ),
        "أهم نقاط الاتفاق بين البلدين",
        ["وقف إطلاق النار فورا", "تبادل الأسرى خلال أسبوع"],
        id="list-of-points-under-its-headline",
    ),
    pytest.param(
        _page(
            "<div class='story'><div class='headline'>انقطاع الكهرباء عن أحياء العاصمة</div>"
            f"<div class='text'>انقطعت الكهرباء مساء اليوم عن عدة أحياء</div></div>{_LATEST}",
            title=SITE,
        ),
        None,
        ["انقطعت الكهرباء مساء اليوم عن عدة أحياء"],
        id="lines-in-divs-without-headings",
    ),
    pytest.param(
        _page(
            f"<div class='video'><h2>لحظة سقوط الرافعة في الميناء</h2><video src='v.mp4'></video></div>{_LATEST}",
            title=SITE,
        ),
        None,  # titled as before index pages (by its site: its heading is above no text)
        [],
        id="video-under-its-headline-without-text",
    ),
    pytest.param(
        _page(
            f"<div class='post'><h2><a href='/news/b.html'>{_BRIEF_TITLE}</a></h2>"
            "<p>انقطعت الكهرباء مساء اليوم عن عدة أحياء في العاصمة بعد عطل في محطة التحويل الرئيسية شمال المدينة.</p>"
            "<p>وقالت شركة الكهرباء إن فرقها تعمل على إصلاح العطل وإن التيار سيعود تدريجيا خلال ساعات الليل.</p>"
            "<p>ودعت الشركة المواطنين إلى ترشيد الاستهلاك بعد عودة التيار لتفادي الضغط على الشبكة في ساعات الذروة.</p>"
            f"</div>{_LATEST}",
            title=SITE,
        ),
        _BRIEF_TITLE,
        ["انقطعت الكهرباء مساء اليوم عن عدة أحياء في العاصمة بعد عطل في محطة التحويل الرئيسية شمال المدينة."],
        id="story-whose-linked-headline-is-no-card",
    ),
]


@pytest.mark.parametrize(("page", "title", "paragraphs"), _STORIES)
def test_a_short_story_over_story_cards_stays_a_story(page: str, title: str | None, paragraphs: list[str]) -> None:
    """Its own text is among its paragraphs (the cards' words may be glued to it, as before index pages)."""
    article = _parse(page)
    assert not article.listing
    assert title is None or article.title == title
    text = "\n".join(article.paragraphs)
    assert all(paragraph in text for paragraph in paragraphs)


@pytest.mark.parametrize(
    "heading",
    ["أخبار ذات صلة", "اقرأ أيضا", "فيديوهات أخرى", "معارض صور أخرى", "More videos"],
    ids=["related", "read-also", "other-videos", "other-galleries", "more-videos"],
)
def test_a_briefs_cards_under_a_related_heading_are_its_links(heading: str) -> None:
    page = _page(
        f"<div class='story'><h2 class='title'>{_BRIEF_TITLE}</h2><p>{_BRIEF}</p></div>"
        f"<div class='more'><h2>{heading}</h2>{_cards()}</div>",
        title=f"عاجل | {_BRIEF_TITLE}",
    )
    article = _parse(page)
    assert not article.listing
    assert (article.title, article.paragraphs) == (_BRIEF_TITLE, (_BRIEF,))
    assert [(link.title, link.url) for link in article.related] == _LINKS


# 2. A section's front, a homepage with a lead teaser, a category of teasers, a ticker: index pages -------

_TEASER: Final = "سجلت الأسواق المحلية اليوم ارتفاعا في أسعار الخضار والفواكه مع بداية موسم الشتاء في البلاد."
_WRAPPED: Final = (
    "<div class='card'><a href='{href}'><h3>{headline}</h3></a><span class='date'>30 نوفمبر 2026</span></div>"
)

_SITE_NAME: Final = f"<meta property='og:site_name' content='{SITE}'>"
_TEASED: Final = "<div class='card'><h3><a href='{href}'>{headline}</a></h3><p>" + _TEASER + "</p></div>"

_INDEXES: Final = [
    pytest.param(
        _page(f"<main><h1>اقتصاد</h1>{_cards(_WRAPPED)}</main>", title=f"اقتصاد - {SITE}", head=_SITE_NAME),
        "اقتصاد",
        _LINKS,
        id="section-front-with-its-name-in-h1",
    ),
    pytest.param(
        _page(
            "<main><div class='lead'><h2><a href='/news/lead.html'>قمة عربية في العاصمة اليوم</a></h2>"
            f"<p>يجتمع القادة العرب اليوم في العاصمة لبحث الأوضاع الإقليمية والاقتصادية.</p></div>{_cards()}</main>",
            title=SITE,
        ),
        SITE,
        [("قمة عربية في العاصمة اليوم", "https://nahr.example/news/lead.html"), *_LINKS],
        id="homepage-with-a-lead-teaser",
    ),
    pytest.param(
        _page(
            f"<main>{_cards(_TEASED)}</main>",
            title=f"اقتصاد - {SITE}",
            head=_SITE_NAME,
        ),
        "اقتصاد",
        _LINKS,
        id="category-of-cards-with-teasers",
    ),
    pytest.param(
        _page(
            "<div class='breaking'><span>عاجل:</span> <span>وزير الخارجية يصل إلى القاهرة في زيارة رسمية تستمر "
            f"يومين لبحث الأوضاع</span></div><main>{_cards()}</main>",
            title=f"{SITE} | الرئيسية",
        ),
        SITE,
        _LINKS,
        id="breaking-ticker-over-cards",
    ),
    pytest.param(
        _page(
            f"<main>{_cards()}</main><div class='newsletter-box'><p>احصل على أهم الأخبار في بريدك</p></div>"
            "<div class='site-footer'><p>تصميم وتطوير شركة النهر الرقمية</p></div>",
            title=f"{SITE} | الرئيسية",
        ),
        SITE,
        _LINKS,
        id="short-lines-in-a-footer-block",
    ),
    pytest.param(
        _page(
            "<marquee>عاجل: الأرصاد تحذر من عاصفة رملية تضرب المناطق الجنوبية مساء اليوم وغدا.</marquee>"
            f"<main>{_cards()}</main>",
            title=f"{SITE} | الرئيسية",
        ),
        SITE,
        _LINKS,
        id="marquee-ticker-over-cards",
    ),
]


@pytest.mark.parametrize(("page", "title", "links"), _INDEXES)
def test_a_page_of_story_cards_is_an_index_page(page: str, title: str, links: list[tuple[str, str]]) -> None:
    article = _parse(page)
    assert article.listing
    assert article.title == title
    assert article.paragraphs == (f"{len(links)} قصص",)
    assert [(link.title, link.url) for link in article.related] == links


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("اقتصاد", "اقتصاد - جريدة النهر"),
        ("أخبار محلية", f"{SITE} | أخبار محلية"),
    ],
    ids=["first-part", "last-part-two-words"],
)
def test_a_short_h1_that_is_a_title_part_names_a_section(text: str, title: str) -> None:
    from newstui.parse.html_index import is_section_heading

    assert is_section_heading(text, title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("اقتصاد", "اقتصاد"),  # a title of one part: the page may be about it
        ("البرلمان يقر موازنة العام المقبل", "البرلمان يقر موازنة العام المقبل - جريدة النهر"),
        ("اقتصاد", "رياضة - جريدة النهر"),
    ],
    ids=["one-part-title", "long-headline", "not-a-part"],
)
def test_other_h1s_name_no_section(text: str, title: str) -> None:
    from newstui.parse.html_index import is_section_heading

    assert not is_section_heading(text, title)


def test_a_short_headline_h1_over_a_short_story_and_cards_stays_the_story() -> None:
    """A two-word headline that is a ``<title>`` part is looked at as a section's name, but the page's
    paragraph of its own keeps it a story."""
    page = _page(f"<main><h1>زلزال قوي</h1><p>{_BRIEF}</p>{_cards()}</main>", title=f"زلزال قوي - {SITE}")
    article = _parse(page)
    assert not article.listing
    assert (article.title, article.paragraphs[0]) == ("زلزال قوي", _BRIEF)
