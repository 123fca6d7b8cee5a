"""HTML pages (audit A): related blocks of story cards with teasers, titled bylines, author boxes,
JSON-LD bodies, inline read-also links, counters and live-blog badges."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html

_URL = "https://akhbar.example/local/2026/water-prices.html"
_AR_STORY = (
    "<p>أقر مجلس المدينة صباح الثلاثاء زيادة طفيفة في تعرفة المياه للمنازل تبدأ مطلع الشهر المقبل.</p>"
    "<p>وقال رئيس المجلس إن الزيادة لا تتجاوز ريالين لكل عشرة أمتار مكعبة وتشمل الاستهلاك المرتفع فقط.</p>"
    "<p>وتعهدت الشركة بتحسين ضغط المياه في الأحياء الشرقية قبل حلول الصيف.</p>"
)
_AR_PARAGRAPHS = [
    "أقر مجلس المدينة صباح الثلاثاء زيادة طفيفة في تعرفة المياه للمنازل تبدأ مطلع الشهر المقبل.",
    "وقال رئيس المجلس إن الزيادة لا تتجاوز ريالين لكل عشرة أمتار مكعبة وتشمل الاستهلاك المرتفع فقط.",
    "وتعهدت الشركة بتحسين ضغط المياه في الأحياء الشرقية قبل حلول الصيف.",
]
_EN_STORY = (
    "<p>The harbour board agreed on Tuesday to extend the night ferry service until the end of January.</p>"
    "<p>Board members said the late crossings had carried twice as many passengers as expected.</p>"
    "<p>The extra sailings will leave the north pier every ninety minutes after ten at night.</p>"
)
_EN_PARAGRAPHS = [
    "The harbour board agreed on Tuesday to extend the night ferry service until the end of January.",
    "Board members said the late crossings had carried twice as many passengers as expected.",
    "The extra sailings will leave the north pier every ninety minutes after ten at night.",
]


def _page(body: str, *, lang: str = "ar", head: str = "", title: str = "زيادة تعرفة المياه") -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8">'
        f'<title>{title} - صحيفة الساحل</title><meta property="og:site_name" content="صحيفة الساحل">{head}'
        f"</head><body>{body}</body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="page.html", url=_URL)
    return article


def _ar_card(tag: str, heading: str, href: str, headline: str, teaser: str) -> str:
    return f'<{tag} class="card"><{heading}><a href="{href}">{headline}</a></{heading}><p>{teaser}</p></{tag}>'


_CARD_ONE = ("/local/park.html", "افتتاح منتزه الشاطئ", "منتزه جديد على الكورنيش يستقبل العائلات مجانا طوال الأسبوع.")
_CARD_TWO = ("/local/bus.html", "خطوط حافلات جديدة", "ست حافلات إضافية تربط الجامعة بوسط المدينة كل ربع ساعة.")
_EN_ONE = ("/news/pier.html", "North pier reopens", "The repaired pier welcomes anglers again after a summer of works.")
_EN_TWO = (
    "/news/tide.html",
    "Spring tides ahead",
    "Coastal roads may flood briefly at high water on Saturday morning.",
)
_AR_LINKS = [
    ("افتتاح منتزه الشاطئ", "https://akhbar.example/local/park.html"),
    ("خطوط حافلات جديدة", "https://akhbar.example/local/bus.html"),
]
_EN_LINKS = [
    ("North pier reopens", "https://akhbar.example/news/pier.html"),
    ("Spring tides ahead", "https://akhbar.example/news/tide.html"),
]

_CARD_BLOCKS = [
    (
        "div-cards-after-the-story",
        "ar",
        f"<main><article><h1>زيادة تعرفة المياه</h1>{_AR_STORY}"
        f'<section class="more"><h2>أخبار ذات صلة</h2>{_ar_card("div", "h3", *_CARD_ONE)}'
        f"{_ar_card('div', 'h3', *_CARD_TWO)}</section></article></main>",
        _AR_PARAGRAPHS,
        _AR_LINKS,
    ),
    (
        "article-cards-after-the-story",
        "ar",
        f"<main><article><h1>زيادة تعرفة المياه</h1>{_AR_STORY}</article>"
        f'<section class="more"><h2>أخبار ذات صلة</h2>{_ar_card("article", "h3", *_CARD_ONE)}'
        f"{_ar_card('article', 'h3', *_CARD_TWO)}</section></main>",
        _AR_PARAGRAPHS,
        _AR_LINKS,
    ),
    (
        "article-cards-in-the-story-wrapper",
        "ar",
        f'<div class="page"><div class="story"><h1>زيادة تعرفة المياه</h1><div class="text">{_AR_STORY}</div>'
        f'<div class="more-news"><h4>المزيد من الأخبار</h4>{_ar_card("article", "h5", *_CARD_ONE)}'
        f"{_ar_card('article', 'h5', *_CARD_TWO)}</div></div></div>",
        _AR_PARAGRAPHS,
        _AR_LINKS,
    ),
    (
        "a-grid-of-cards",
        "ar",
        f"<article><h1>زيادة تعرفة المياه</h1>{_AR_STORY}</article>"
        f'<div class="box"><h3>اخترنا لك</h3><div class="grid">{_ar_card("div", "h4", *_CARD_ONE)}'
        f"{_ar_card('div', 'h4', *_CARD_TWO)}</div></div>",
        _AR_PARAGRAPHS,
        _AR_LINKS,
    ),
    (
        "english-list-of-cards",
        "en",
        f"<article><h1>Night ferries extended</h1>{_EN_STORY}<h2>Related stories</h2><ul>"
        f'<li><h3><a href="{_EN_ONE[0]}">{_EN_ONE[1]}</a></h3><p>{_EN_ONE[2]}</p></li>'
        f'<li><h3><a href="{_EN_TWO[0]}">{_EN_TWO[1]}</a></h3><p>{_EN_TWO[2]}</p></li></ul></article>',
        _EN_PARAGRAPHS,
        _EN_LINKS,
    ),
    (
        "english-cards-whose-anchor-wraps-picture-and-headline",
        "en",
        f"<article><h1>Night ferries extended</h1>{_EN_STORY}</article><div><h2>Related</h2>"
        f'<div class="item"><a href="{_EN_ONE[0]}"><img src="p.jpg"><span>{_EN_ONE[1]}</span></a>'
        f"<p>{_EN_ONE[2]}</p></div>"
        f'<div class="item"><a href="{_EN_TWO[0]}"><img src="t.jpg"><span>{_EN_TWO[1]}</span></a>'
        f"<p>{_EN_TWO[2]}</p></div></div>",
        _EN_PARAGRAPHS,
        _EN_LINKS,
    ),
]


@pytest.mark.parametrize(
    ("lang", "body", "paragraphs", "links"), [case[1:] for case in _CARD_BLOCKS], ids=[case[0] for case in _CARD_BLOCKS]
)
def test_story_cards_with_teasers_are_related_links(
    lang: str, body: str, paragraphs: list[str], links: list[tuple[str, str]]
) -> None:
    article = _parse(_page(body, lang=lang))
    assert list(article.paragraphs) == paragraphs
    assert [(link.title, link.url, link.kind) for link in article.related] == [(t, u, "related") for t, u in links]


def test_sidebar_article_cards_under_another_heading_are_not_the_story() -> None:
    sidebar = (
        f'<div class="box"><div class="hd">من أرشيفنا</div>{_ar_card("article", "h5", *_CARD_ONE)}'
        f"{_ar_card('article', 'h5', *_CARD_TWO)}</div>"
    )
    body = (
        f'<div class="page"><div class="story"><h1>زيادة تعرفة المياه</h1><div class="text">{_AR_STORY}</div>'
        f"{sidebar}</div></div>"
    )
    article = _parse(_page(body))
    assert list(article.paragraphs[:3]) == _AR_PARAGRAPHS


_NOT_CARDS = [
    (
        "prose-that-begins-with-a-link",
        "<h2>Related</h2><div><p><a href='/x.html'>The board</a> said on Monday that the ferries would run"
        " late again next winter if the passengers keep coming in such numbers.</p></div>",
        "said on Monday that the ferries would run",
    ),
    (
        "a-section-whose-heading-is-no-link",
        "<h2>Related</h2><div><h3>Timetable</h3><p>Ferries leave at <a href='/t.html'>the times</a> shown on"
        " the pier board.</p></div>",
        "Ferries leave at the times shown",
    ),
]


@pytest.mark.parametrize(("body", "kept"), [case[1:] for case in _NOT_CARDS], ids=[case[0] for case in _NOT_CARDS])
def test_text_that_is_no_card_stays_in_the_body(body: str, kept: str) -> None:
    article = _parse(_page(f"<article><h1>Night ferries extended</h1>{_EN_STORY}{body}</article>", lang="en"))
    assert any(kept in paragraph for paragraph in article.paragraphs)


_BYLINES = [
    ("colon-and-doctor", "بقلم: د. سلمى الحارثي", "د. سلمى الحارثي"),
    ("no-colon-and-doctor", "بقلم د. سلمى الحارثي", "د. سلمى الحارثي"),
    ("kataba-dash-doctor", "كتب - د. ياسر العمري", "د. ياسر العمري"),
    ("katabat-engineer", "كتبت: م. ريم الشهري", "م. ريم الشهري"),
    ("professor-doctor", "بقلم: أ.د. خالد المطيري", "أ.د. خالد المطيري"),
    ("editing", "تحرير: نوال القحطاني", "نوال القحطاني"),
    ("editing-dash", "تحرير - نوال القحطاني", "نوال القحطاني"),
    ("plain-name-still", "بقلم: سلمى الحارثي", "سلمى الحارثي"),
]


@pytest.mark.parametrize(("line", "author"), [case[1:] for case in _BYLINES], ids=[case[0] for case in _BYLINES])
def test_an_arabic_byline_with_a_title_is_the_author(line: str, author: str) -> None:
    article = _parse(_page(f"<article><h1>زيادة تعرفة المياه</h1><p>{line}</p>{_AR_STORY}</article>"))
    assert article.author == author
    assert list(article.paragraphs) == _AR_PARAGRAPHS


def test_an_editing_credit_under_the_text_is_the_author() -> None:
    article = _parse(_page(f"<article><h1>زيادة تعرفة المياه</h1>{_AR_STORY}<p>تحرير: نوال القحطاني</p></article>"))
    assert article.author == "نوال القحطاني"
    assert list(article.paragraphs) == _AR_PARAGRAPHS


_NO_BYLINES = [
    ("a-sentence-starting-with-kataba", "كتب الوزير رسالة إلى المجلس يطلب فيها تأجيل القرار."),
    ("liberation-square", "تحرير الأسعار: خطوة تدرسها الحكومة منذ سنوات طويلة."),
    ("a-title-and-a-sentence", "بقلم: د. سلمى الحارثي، أستاذة الاقتصاد في الجامعة منذ عشرين عاما."),
]


@pytest.mark.parametrize("line", [case[1] for case in _NO_BYLINES], ids=[case[0] for case in _NO_BYLINES])
def test_a_sentence_is_no_byline(line: str) -> None:
    article = _parse(_page(f"<article><h1>زيادة تعرفة المياه</h1><p>{line}</p>{_AR_STORY}<p>{line}</p></article>"))
    assert article.paragraphs[0] == line
    assert article.paragraphs[-1] == line


_AUTHOR_BOXES = [
    (
        "arabic-about-the-writer",
        "ar",
        "",
        '<div class="author-box">عن الكاتب: صحفي يتابع شؤون البلديات والخدمات العامة منذ خمسة عشر عاما.</div>',
        None,
    ),
    (
        "english-about-the-author",
        "en",
        "",
        '<div class="author-box">About the author: a reporter who has covered the coast and its ferries'
        " for twelve years.</div>",
        None,
    ),
    (
        "meta-author-that-is-a-sentence",
        "en",
        '<meta name="author" content="Our reporter who has followed the harbour board for many long years">',
        "",
        None,
    ),
    (
        "meta-author-a-long-name",
        "ar",
        '<meta name="author" content="د. عبد الله بن سالم آل حمدان">',
        "",
        "د. عبد الله بن سالم آل حمدان",
    ),
    ("meta-authors-two", "en", '<meta name="author" content="Lina Haddad; Omar Saleh">', "", "Lina Haddad; Omar Saleh"),
]


@pytest.mark.parametrize(
    ("lang", "head", "box", "author"), [case[1:] for case in _AUTHOR_BOXES], ids=[case[0] for case in _AUTHOR_BOXES]
)
def test_an_author_box_is_no_author(lang: str, head: str, box: str, author: str | None) -> None:
    story = _AR_STORY if lang == "ar" else _EN_STORY
    body = f'<div class="article-text"><h1>زيادة تعرفة المياه</h1>{story}</div>{box}'
    article = _parse(
        _page(body, lang=lang, head='<meta property="article:author" content="https://x.example/me">' + head)
    )
    assert article.author == author


def _jsonld_page(data: str, lang: str = "ar") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>صحيفة الساحل</title>'
        f'<script type="application/ld+json">{data}</script></head><body><div id="app">'
        '<div class="spinner">...</div></div><script src="/app.js"></script></body></html>'
    )


_JSONLD_BODIES = [
    (
        "arabic-blank-lines",
        "ar",
        '{"@type": "NewsArticle", "headline": "زيادة تعرفة المياه", "articleBody": "'
        + "\\n\\n".join(_AR_PARAGRAPHS)
        + '"}',
        _AR_PARAGRAPHS,
    ),
    (
        "english-line-breaks-in-a-graph",
        "en",
        '{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "headline": "Night ferries extended",'
        ' "articleBody": "' + "\\r\\n".join(_EN_PARAGRAPHS) + '"}]}',
        _EN_PARAGRAPHS,
    ),
    (
        "blank-lines-with-spaces",
        "en",
        '{"@type": "NewsArticle", "headline": "Night ferries extended", "articleBody": "'
        + "  \\n  \\n".join(_EN_PARAGRAPHS)
        + '"}',
        _EN_PARAGRAPHS,
    ),
]


@pytest.mark.parametrize(
    ("lang", "data", "paragraphs"), [case[1:] for case in _JSONLD_BODIES], ids=[case[0] for case in _JSONLD_BODIES]
)
def test_a_jsonld_article_body_keeps_its_paragraphs(lang: str, data: str, paragraphs: list[str]) -> None:
    article = _parse(_jsonld_page(data, lang))
    assert list(article.paragraphs) == paragraphs


def test_a_jsonld_body_that_is_not_the_extracted_text_is_not_used() -> None:
    data = (
        '{"@type": "NewsArticle", "headline": "Night ferries extended", "articleBody": "A teaser.\\n\\nAnother one."}'
    )
    page = _page(f"<article><h1>Night ferries extended</h1>{_EN_STORY}</article>", lang="en").replace(
        "</head>", f'<script type="application/ld+json">{data}</script></head>'
    )
    assert list(_parse(page).paragraphs) == _EN_PARAGRAPHS


_AR_TAIL = "وقال رئيس المجلس إن الزيادة لا تتجاوز ريالين لكل عشرة أمتار مكعبة وتشمل الاستهلاك المرتفع فقط."
_INLINE = [
    (
        "arabic-link-ends-the-paragraph",
        "ar",
        f'<p>{_AR_TAIL} <a href="/local/park.html">اقرأ أيضا: افتتاح منتزه الشاطئ</a></p>',
        _AR_TAIL,
        [("افتتاح منتزه الشاطئ", "https://akhbar.example/local/park.html")],
    ),
    (
        "arabic-link-in-bold",
        "ar",
        f'<p>{_AR_TAIL} <strong><a href="/local/bus.html">اقرأ أيضاً - خطوط حافلات جديدة</a></strong></p>',
        _AR_TAIL,
        [("خطوط حافلات جديدة", "https://akhbar.example/local/bus.html")],
    ),
    (
        "english-see-also",
        "en",
        f'<p>{_EN_PARAGRAPHS[1]} <a href="/news/pier.html">See also: North pier reopens</a></p>',
        _EN_PARAGRAPHS[1],
        [("North pier reopens", "https://akhbar.example/news/pier.html")],
    ),
    (
        "a-link-inside-the-sentence-stays",
        "en",
        '<p>Board members said <a href="/news/pier.html">see also: the pier report</a> for the numbers.</p>',
        "Board members said see also: the pier report for the numbers.",
        [],
    ),
    (
        "read-more-alone-stays",
        "en",
        f'<p>{_EN_PARAGRAPHS[1]} <a href="/news/pier.html">Read more</a></p>',
        f"{_EN_PARAGRAPHS[1]} Read more",
        [],
    ),
    (
        "a-plain-link-at-the-end-stays",
        "ar",
        f'<p>{_AR_TAIL} <a href="/local/park.html">منتزه الشاطئ</a></p>',
        f"{_AR_TAIL} منتزه الشاطئ",
        [],
    ),
]


@pytest.mark.parametrize(
    ("lang", "paragraph", "text", "links"), [case[1:] for case in _INLINE], ids=[case[0] for case in _INLINE]
)
def test_a_read_also_link_ending_a_paragraph_leaves_it(
    lang: str, paragraph: str, text: str, links: list[tuple[str, str]]
) -> None:
    story = _AR_STORY if lang == "ar" else _EN_STORY
    article = _parse(_page(f"<article><h1>عنوان</h1>{story}{paragraph}<p>خاتمة الخبر هنا.</p></article>", lang=lang))
    assert text in article.paragraphs
    assert [(link.title, link.url, link.kind) for link in article.related] == [(t, u, "read-also") for t, u in links]


_COUNTERS = [
    (
        "drupal-statistics",
        "ar",
        '<ul class="links inline"><li class="statistics_counter"><span>عدد القراءات: 2,318</span></li></ul>',
    ),
    ("arabic-views", "ar", "<p>المشاهدات: ٥٤٠</p>"),
    ("english-reads", "en", "<p>Reads: 1,870</p>"),
    ("english-views-after", "en", '<div class="counter">3,402 views</div>'),
]


@pytest.mark.parametrize(("lang", "counter"), [case[1:] for case in _COUNTERS], ids=[case[0] for case in _COUNTERS])
def test_a_readers_counter_is_no_paragraph(lang: str, counter: str) -> None:
    story, paragraphs = (_AR_STORY, _AR_PARAGRAPHS) if lang == "ar" else (_EN_STORY, _EN_PARAGRAPHS)
    article = _parse(_page(f"<article><h1>عنوان الخبر</h1>{story}{counter}</article>", lang=lang))
    assert list(article.paragraphs) == paragraphs


def test_a_sentence_about_views_stays() -> None:
    line = "Views: 1,204 residents answered the survey, most of them in favour."
    article = _parse(_page(f"<article><h1>Night ferries extended</h1>{_EN_STORY}<p>{line}</p></article>", lang="en"))
    assert article.paragraphs[-1] == line


_LIVE_AR = (
    "<nav><a href='/'>الرئيسية</a></nav><main><h1>مباشر: افتتاح منتزه الشاطئ</h1>{badges}<div class='feed'>"
    "<div class='post'><time>13:10</time><p>المحافظ يصل إلى المنتزه ويبدأ جولته في الممرات الجديدة.</p>"
    "<div class='share'><a href='#'>شارك</a></div></div>"
    "<div class='post'><time>12:40</time><p>فرقة موسيقية تعزف عند المدخل والعائلات تتوافد على المكان.</p>"
    "<div class='share'><a href='#'>شارك</a></div></div>"
    "<div class='post'><time>12:05</time><p>بدء التغطية: الاستعدادات مكتملة والطرق المؤدية مزدحمة منذ الصباح.</p>"
    "<div class='share'><a href='#'>شارك</a></div></div>"
    "</div></main><footer>صحيفة الساحل</footer>"
)
_LIVE_AR_PARAGRAPHS = [
    "13:10 — المحافظ يصل إلى المنتزه ويبدأ جولته في الممرات الجديدة.",
    "12:40 — فرقة موسيقية تعزف عند المدخل والعائلات تتوافد على المكان.",
    "12:05 — بدء التغطية: الاستعدادات مكتملة والطرق المؤدية مزدحمة منذ الصباح.",
]
_LIVE = [
    ("arabic-badge-and-update", "ar", "<div class='badge'>مباشر</div><p class='upd'>آخر تحديث: 13:10</p>"),
    ("arabic-live-coverage-badge", "ar", "<span class='badge'>بث مباشر</span>"),
    ("english-badges", "en", "<div class='badge'>Live</div><p>Last updated: 13:10 GMT</p>"),
    ("updated-at-a-time", "en", "<p>Updated 13:10</p>"),
]


@pytest.mark.parametrize(("lang", "badges"), [case[1:] for case in _LIVE], ids=[case[0] for case in _LIVE])
def test_a_live_blog_loses_its_badges_and_keeps_its_times(lang: str, badges: str) -> None:
    article = _parse(_page(_LIVE_AR.format(badges=badges), lang=lang))
    assert list(article.paragraphs) == _LIVE_AR_PARAGRAPHS


_NOT_BADGES = [
    "Updated figures show 40% growth in the ferry traffic since 2024.",
    "تحديث البيانات: خطوة أعلنتها البلدية الأسبوع الماضي لتسهيل الدفع.",
    "مباشرة بعد الجلسة، أعلن رئيس المجلس موعد التطبيق.",
]


@pytest.mark.parametrize("line", _NOT_BADGES)
def test_a_first_sentence_is_no_badge(line: str) -> None:
    article = _parse(_page(f"<article><h1>Night ferries extended</h1><p>{line}</p>{_EN_STORY}</article>", lang="en"))
    assert article.paragraphs[0] == line


def test_a_date_in_a_time_element_is_no_stamp() -> None:
    body = f"<article><h1>Night ferries extended</h1><time>30 November 2026</time>{_EN_STORY}</article>"
    assert list(_parse(_page(body, lang="en")).paragraphs) == _EN_PARAGRAPHS
