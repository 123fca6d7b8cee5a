"""HTML pages: a blog's home page of full posts, each an ``<article>`` under its linked ``<h2>`` headline (its
permalink), gives one story per post as the same page with unlinked headlines does, never the first post's headline
over every post's text with the site's tagline glued in (audit pages21, finding 1); cards stay cards.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

from newstui.model import Article
from newstui.parse.html import parse_html

URL: Final = "https://wadi-notes.example/"

_POSTS: Final = (
    (
        "/2026/10/02/bees/",
        "مربو النحل يعودون إلى سفوح الوادي",
        (
            "عاد عدد من مربي النحل إلى سفوح الوادي بعد موسم أمطار جيد أعاد الزهور البرية إلى المراعي.",
            "ويقول المربون إن إنتاج العسل هذا العام قد يتضاعف إذا استمر الطقس معتدلا حتى نهاية الخريف.",
            "وتنظم البلدية سوقا أسبوعيا لبيع العسل المحلي في ساحة القرية كل يوم جمعة.",
        ),
    ),
    (
        "/2026/09/27/mill/",
        "ترميم الطاحونة القديمة على ضفة النهر",
        (
            "بدأ متطوعون من أبناء القرية ترميم الطاحونة الحجرية القديمة على ضفة النهر الشرقية.",
            "وتأمل لجنة الترميم أن تعود الطاحونة إلى العمل قبل موسم حصاد القمح المقبل.",
        ),
    ),
    (
        "/2026/09/20/library/",
        "مكتبة متنقلة تجوب قرى الوادي كل أسبوع",
        (
            "انطلقت حافلة صغيرة محملة بالكتب في جولتها الأولى على قرى الوادي النائية هذا الأسبوع.",
            "واستعار الأطفال في اليوم الأول أكثر من مئتي كتاب من قصص المغامرات والعلوم المبسطة.",
        ),
    ),
)
_TAGLINE: Final = "حكايات صغيرة من الوادي"


def _home(linked: bool, posts_given: tuple[tuple[str, str, tuple[str, ...]], ...] = _POSTS) -> list[Article]:
    posts = "".join(
        "<article class='post'><header><h2 class='entry-title'>"
        + (f"<a href='{path}' rel='bookmark'>{title}</a>" if linked else title)
        + "</h2><span class='byline'>بواسطة <a href='/author/salma/'>سلمى داود</a></span></header>"
        + "<div class='entry-content'>"
        + "".join(f"<p>{text}</p>" for text in texts)
        + f"</div><footer><a href='{path}#respond'>أضف تعليقاً</a></footer></article>"
        for path, title, texts in posts_given
    )
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>دفتر الوادي – {_TAGLINE}</title>"
        '<meta property="og:site_name" content="دفتر الوادي"></head>'
        "<body class='home blog'><header><p class='site-title'><a href='/'>دفتر الوادي</a></p>"
        f"<p class='site-description'>{_TAGLINE}</p></header><main>{posts}"
        "<nav class='pagination'><a href='/page/2/'>المقالات الأقدم</a></nav></main></body></html>"
    )
    return parse_html(page, origin=URL, url=URL)


def test_full_posts_under_linked_headlines_are_one_story_each() -> None:
    articles = _home(linked=True)
    assert [(a.title, a.paragraphs) for a in articles] == [(title, texts) for _, title, texts in _POSTS]
    assert all(_TAGLINE not in a.paragraphs for a in articles)


def test_linked_headlines_read_as_the_unlinked_ones() -> None:
    linked, unlinked = _home(linked=True), _home(linked=False)
    assert [(a.title, a.paragraphs, a.author) for a in linked] == [(a.title, a.paragraphs, a.author) for a in unlinked]
    main = linked[0]
    assert [(link.title, link.kind) for link in main.related] == [(title, "read-also") for _, title, _ in _POSTS[1:]]


def test_each_other_post_keeps_its_permalink() -> None:
    main, *others = _home(linked=True)
    assert main.url == URL
    assert [story.url for story in others] == [URL.rstrip("/") + path for path, _, _ in _POSTS[1:]]


def test_cards_of_one_teaser_stay_cards() -> None:
    """Cards (a linked headline over one teaser) beside a story: no embedded story, as before."""
    cards = "".join(
        f"<article class='card'><h2><a href='{path}'>{title}</a></h2><p>{texts[0]}</p></article>"
        for path, title, texts in _POSTS[1:]
    )
    story = "<article><h1>مربو النحل يعودون إلى سفوح الوادي</h1>" + "".join(f"<p>{text}</p>" for text in _POSTS[0][2])
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>دفتر الوادي</title></head>'
        f"<body><main>{story}</article>{cards}</main></body></html>"
    )
    (article,) = parse_html(page, origin=URL, url=URL)
    assert article.paragraphs == _POSTS[0][2]


def test_long_full_posts_too() -> None:
    """Posts too long for a card are stories under their linked headlines as well."""
    longer = tuple((path, title, texts * 3) for path, title, texts in _POSTS)
    articles = _home(linked=True, posts_given=longer)
    assert [(a.title, len(a.paragraphs)) for a in articles] == [(title, len(texts)) for _, title, texts in longer]


def test_headlines_linking_to_one_page_give_no_story_its_address() -> None:
    """Posts whose headlines all link to one page (a section's) are stories all the same, with no address."""
    shared = tuple(("/section/", title, texts) for _, title, texts in _POSTS)
    main, *others = _home(linked=True, posts_given=shared)
    assert [story.title for story in others] == [title for _, title, _ in _POSTS[1:]]
    assert [story.url for story in others] == [None, None]
