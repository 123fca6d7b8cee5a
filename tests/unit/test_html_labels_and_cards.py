"""HTML pages: plain-text read-also labels, related headings, live blogs' times and
viewers, pagers with a previous link, tweets' credit lines, homepages of story cards.

Original pages written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.html import parse_html

URL: Final = "https://wadi.example/local/2026/bridge.html"
AR_PARAGRAPHS: Final = [
    "افتتحت البلدية صباح اليوم جسرا جديدا للمشاة فوق الوادي بعد عامين من العمل في الموقع.",
    "وقال رئيس البلدية إن الجسر يختصر طريق التلاميذ إلى المدرسة من نصف ساعة إلى عشر دقائق.",
    "ويبلغ طول الجسر مئة وعشرين مترا، وقد صمم ليتحمل السيول التي تضرب المنطقة كل شتاء.",
]
EN_PARAGRAPHS: Final = [
    "The council opened a footbridge over the wadi on Sunday after two years of work on the site.",
    "The mayor said the bridge cuts the children's walk to school from half an hour to ten minutes.",
    "The bridge is 120 metres long and was built to withstand the floods that reach the valley each winter.",
]


def _page(body: str, *, lang: str = "ar", title: str = "افتتاح جسر للمشاة فوق الوادي") -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body>{body}</body></html>"
    )


def _story(inside: str, *, lang: str = "ar", after: str = "", h1: str = "افتتاح جسر للمشاة فوق الوادي") -> str:
    """An article with ``inside`` between its first and second paragraph and ``after`` under its last."""
    first, second, third = AR_PARAGRAPHS if lang == "ar" else EN_PARAGRAPHS
    return _page(
        f"<article><h1>{h1}</h1><p>{first}</p>{inside}<p>{second}</p><p>{third}</p>{after}</article>", lang=lang
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin=URL, url=URL)
    return article


# 1. A read-also label written as the paragraph's own text, then its link ---------------------------------

_LABELS = [
    ("colon", "اقرأ أيضاً: ", "ar"),
    ("two-dots", "اقرأ أيضا.. ", "ar"),
    ("browse-two-dots", "طالع أيضا.. ", "ar"),
    ("dash", "إقرأ أيضا - ", "ar"),
    ("bar", "اقرأ أيضًا | ", "ar"),
    ("ellipsis", "اقرأ أيضا…", "ar"),
    ("space", "اقرأ أيضا ", "ar"),
    ("see-also", "شاهد أيضا: ", "ar"),
    ("english", "Read also: ", "en"),
]


@pytest.mark.parametrize(("label", "lang"), [case[1:] for case in _LABELS], ids=[case[0] for case in _LABELS])
@pytest.mark.parametrize("wrap", ["p", "div", "p-bold-link"])
def test_a_plain_read_also_label_before_a_link_is_a_read_also_link(label: str, lang: str, wrap: str) -> None:
    anchor = '<a href="/local/school.html">مدرسة جديدة في حي الوادي الشرقي</a>'
    line = {
        "p": f"<p>{label}{anchor}</p>",
        "div": f"<div>{label}{anchor}</div>",
        "p-bold-link": f"<p>{label}<strong>{anchor}</strong></p>",
    }[wrap]
    article = _parse(_story(line, lang=lang))
    assert list(article.paragraphs) == (AR_PARAGRAPHS if lang == "ar" else EN_PARAGRAPHS)
    assert [(link.title, link.url, link.kind) for link in article.related] == [
        ("مدرسة جديدة في حي الوادي الشرقي", "https://wadi.example/local/school.html", "read-also")
    ]


_NOT_READ_ALSO = [
    (
        "a-sentence-ending-with-a-link",
        '<p>وقالت البلدية في بيانها إن التفاصيل منشورة على <a href="/local/plan.html">موقعها الرسمي</a></p>',
        "وقالت البلدية في بيانها إن التفاصيل منشورة على موقعها الرسمي",
    ),
    (
        "marker-then-words-then-a-link",
        '<p>اقرأ أيضا تقرير <a href="/local/plan.html">البلدية عن الجسر</a></p>',
        "اقرأ أيضا تقرير البلدية عن الجسر",
    ),
    (
        "two-links-with-words-between",
        '<p>اقرأ أيضا: <a href="/a.html">مدرسة جديدة</a> وكذلك تقرير <a href="/b.html">حديقة جديدة</a></p>',
        "اقرأ أيضا: مدرسة جديدة وكذلك تقرير حديقة جديدة",
    ),
    (
        "words-after-a-full-stop",
        '<p>اقرأ أيضا: <a href="/a.html">مدرسة جديدة في الحي</a>. وقد افتتحت أمس.</p>',
        "اقرأ أيضا: مدرسة جديدة في الحي. وقد افتتحت أمس.",
    ),
    (
        "text-after-the-link",
        '<p>اقرأ أيضا: <a href="/a.html">مدرسة جديدة في الحي</a> التي افتتحت أمس.</p>',
        "اقرأ أيضا: مدرسة جديدة في الحي التي افتتحت أمس.",
    ),
    (
        "a-related-heading-is-no-read-also-label",
        '<p>ذات صلة بالموضوع ما نشرته <a href="/a.html">الصحيفة أمس</a></p>',
        "ذات صلة بالموضوع ما نشرته الصحيفة أمس",
    ),
]


_SCHOOL: Final = ("مدرسة جديدة في حي الوادي الشرقي", "https://wadi.example/local/school.html")
_PARK: Final = ("حديقة جديدة على ضفة الوادي", "https://wadi.example/local/park.html")
_SCHOOL_A: Final = '<a href="/local/school.html">مدرسة جديدة في حي الوادي الشرقي</a>'
_PARK_A: Final = '<a href="/local/park.html">حديقة جديدة على ضفة الوادي</a>'


@pytest.mark.parametrize(
    ("line", "lang", "links"),
    [
        (f"<p>اقرأ أيضاً: {_SCHOOL_A} و{_PARK_A}</p>", "ar", [(*_SCHOOL, "read-also"), (*_PARK, "read-also")]),
        (f"<p>اقرأ أيضا: {_SCHOOL_A}، {_PARK_A}</p>", "ar", [(*_SCHOOL, "read-also"), (*_PARK, "read-also")]),
        (f"<p>اقرأ أيضا: {_SCHOOL_A} | <b>{_PARK_A}</b></p>", "ar", [(*_SCHOOL, "read-also"), (*_PARK, "read-also")]),
        (f"<p>اقرأ أيضاً: {_SCHOOL_A}.</p>", "ar", [(*_SCHOOL, "read-also")]),
        (f"<div>طالع أيضا.. {_SCHOOL_A} و {_PARK_A}.</div>", "ar", [(*_SCHOOL, "read-also"), (*_PARK, "read-also")]),
        (f"<p>Related: {_SCHOOL_A}</p>", "en", [(*_SCHOOL, "related")]),
        ("<p>اقرأ أيضاً <a href='/local/school.html'><img src='school.jpg'></a></p>", "ar", []),
        (f"<p>Read more: {_SCHOOL_A} and {_PARK_A}</p>", "en", [(*_SCHOOL, "read-also"), (*_PARK, "read-also")]),
    ],
    ids=["two-links-and", "two-links-comma", "bar-and-bold", "full-stop-after", "div-spaced-and", "english-related",
         "picture-link", "english-two"],
)  # fmt: skip
def test_a_read_also_label_before_links_gives_each_link(
    line: str, lang: str, links: list[tuple[str, str, str]]
) -> None:
    article = _parse(_story(line, lang=lang))
    assert list(article.paragraphs) == (AR_PARAGRAPHS if lang == "ar" else EN_PARAGRAPHS)
    assert [(link.title, link.url, link.kind) for link in article.related] == links


@pytest.mark.parametrize(
    ("line", "text"), [case[1:] for case in _NOT_READ_ALSO], ids=[case[0] for case in _NOT_READ_ALSO]
)
def test_a_paragraph_that_mentions_a_link_stays(line: str, text: str) -> None:
    article = _parse(_story(line))
    assert text in article.paragraphs
    assert [link for link in article.related if link.kind == "read-also"] == []


@pytest.mark.parametrize(
    "block",
    [
        '<div class="related-inline"><span>اقرأ أيضاً</span><a href="/local/school.html">مدرسة جديدة في الحي</a></div>',
        '<div class="related-inline"><strong>اقرأ أيضاً:</strong><ul><li><a href="/local/school.html">'
        'مدرسة جديدة في الحي</a></li><li><a href="/local/park.html">حديقة جديدة في الحي</a></li></ul></div>',
        '<aside><b>طالع أيضا</b><ul><li><a href="/local/school.html">مدرسة جديدة في الحي</a></li>'
        '<li><a href="/local/park.html">حديقة جديدة في الحي</a></li></ul></aside>',
    ],
    ids=["span-label-one-link", "bold-label-list", "aside-label-list"],
)
def test_a_related_classed_block_under_a_read_also_label_is_read_also(block: str) -> None:
    article = _parse(_story(block))
    assert list(article.paragraphs) == AR_PARAGRAPHS
    assert article.related
    assert {link.kind for link in article.related} == {"read-also"}


def test_a_related_classed_block_with_a_related_heading_stays_related() -> None:
    block = (
        '<div class="related-box"><h3>أخبار ذات صلة</h3><ul><li><a href="/a.html">مدرسة جديدة في الحي</a></li>'
        '</ul><strong>اقرأ أيضاً:</strong><ul><li><a href="/b.html">حديقة جديدة في الحي</a></li></ul></div>'
    )
    article = _parse(_story("", after=block))
    assert [link.kind for link in article.related] == ["related", "related"]


# 4. Related-block headings ---------------------------------------------------------------------------

_CARDS: Final = (
    '<div class="card"><a href="/eco/port.html"><img src="/i/port.jpg" alt=""><span class="cat">اقتصاد</span>'
    "<h3>الميناء يستقبل ثلاثين سفينة في يوم واحد</h3><p class='teaser'>رقم قياسي جديد لحركة الملاحة في الميناء "
    "منذ افتتاح الرصيف الثالث قبل عامين.</p><time>منذ يومين</time></a></div>"
    '<div class="card"><a href="/culture/library.html"><img src="/i/lib.jpg" alt=""><span class="cat">ثقافة</span>'
    "<h3>المكتبة العامة تفتح أبوابها مساء الجمعة</h3><p class='teaser'>تجربة لثلاثة أشهر تبدأ الأسبوع المقبل "
    "استجابة لطلبات الطلاب والعاملين.</p><time>منذ 3 أيام</time></a></div>"
)
_CARD_LINKS: Final = [
    ("الميناء يستقبل ثلاثين سفينة في يوم واحد", "https://wadi.example/eco/port.html", "related"),
    ("المكتبة العامة تفتح أبوابها مساء الجمعة", "https://wadi.example/culture/library.html", "related"),
]


@pytest.mark.parametrize(
    "heading",
    [
        "موضوعات متعلقة",
        "الموضوعات المتعلقة",
        "أخبار متصلة",
        "الأخبار المتصلة",
        "موضوعات متصلة",
        "أخبار مرتبطة",
        "مقالات مرتبطة",
        "اقرأ المزيد من",
        "إقرأ المزيد من:",
        # already known: kept working
        "أخبار متعلقة",
        "مقالات متعلقة",
        "قد يهمك أيضا",
        "ذات صلة",
        "المزيد من الأخبار",
    ],
)
def test_a_related_heading_over_story_cards(heading: str) -> None:
    block = f'<section class="more-stories"><h2>{heading}</h2>{_CARDS}</section>'
    article = _parse(_story("", after=block))
    assert list(article.paragraphs) == AR_PARAGRAPHS
    assert [(link.title, link.url, link.kind) for link in article.related] == _CARD_LINKS


@pytest.mark.parametrize(
    "subheading",
    [
        "موضوعات متعلقة بالصحة العامة",
        "أخبار متصلة بالانتخابات تتصدر المشهد",
        "اقرأ المزيد من التفاصيل في التقرير",
        "مقالات مرتبطة بالجسر الجديد",
    ],
)
def test_a_subheading_beginning_with_a_heading_word_stays(subheading: str) -> None:
    first, second, third = AR_PARAGRAPHS
    page = _page(
        f"<article><h1>افتتاح جسر للمشاة فوق الوادي</h1><p>{first}</p><h2>{subheading}</h2><p>{second}</p>"
        f"<p>{third}</p></article>"
    )
    article = _parse(page)
    assert list(article.paragraphs) == [first, subheading, second, third]
    assert article.related == ()


# 5. Pagers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pager", "following"),
    [
        (
            '<div class="pagination"><a href="bridge-1.html" rel="prev">« الصفحة السابقة</a> '
            "<span>صفحة 2 من 2</span></div>",
            None,
        ),
        (
            '<div class="pagination"><a href="bridge-1.html" rel="prev">« السابق</a> <span>الصفحة 2 من 3</span> '
            '<a href="bridge-3.html" rel="next">التالي »</a></div>',
            ("التالي", "https://wadi.example/local/2026/bridge-3.html"),
        ),
        (
            '<div class="pagination"><span>صفحة 1 من 2</span> '
            '<a href="bridge-2.html" rel="next">الصفحة التالية »</a></div>',
            ("الصفحة التالية", "https://wadi.example/local/2026/bridge-2.html"),
        ),
        (
            '<p><a href="bridge-2.html" rel="next">« الصفحة التالية</a></p>',
            ("الصفحة التالية", "https://wadi.example/local/2026/bridge-2.html"),
        ),
    ],
    ids=["previous-then-count", "previous-count-next", "count-then-next", "next-alone-guillemet-first"],
)
def test_a_pager_is_no_paragraph_and_its_next_link_has_no_arrow(pager: str, following: tuple[str, str] | None) -> None:
    article = _parse(_story("", after=pager))
    assert list(article.paragraphs) == AR_PARAGRAPHS
    assert [(link.title, link.url) for link in article.related] == ([following] if following else [])


@pytest.mark.parametrize(
    ("line", "pager"),
    [
        ("« الصفحة السابقة صفحة 2 من 2", True),
        ("‹ Previous page Page 3 of 3", True),
        ("السابق الصفحة 2 من 4 التالي", True),
        ("الصفحة السابقة تناولت 3 من 5 قضايا رئيسية في التقرير", False),
        ("السابقة", False),
        ("« الصفحة السابقة صفحة 2 من 3 الصفحة التالية »", True),
        ("Page 1 of 3 | Next ›", True),
        ("صفحة 2 من 3 صفحات في التقرير السنوي تناولت المياه، وقال الخبراء إنها الأخطر.", False),
        ("الصفحة 2 من 3 مخصصة للمياه", False),
        ("Page 2 of 3 covers the water crisis.", False),
    ],
)
def test_pager_lines_with_a_previous_link(line: str, pager: bool) -> None:
    from newstui.parse.html_links import is_pager_line

    assert is_pager_line(line) is pager


@pytest.mark.parametrize(
    "sentence",
    ["صفحة 2 من 3 صفحات في التقرير السنوي تناولت المياه، وقال الخبراء إنها الأخطر.", "الصفحة 2 من 3 مخصصة للمياه"],
    ids=["sentence", "short-sentence"],
)
def test_a_sentence_beginning_with_a_page_count_stays(sentence: str) -> None:
    article = _parse(_story(f"<p>{sentence}</p>"))
    assert list(article.paragraphs) == [AR_PARAGRAPHS[0], sentence, *AR_PARAGRAPHS[1:]]


# 3. Live blogs: each update's time, and no counter of viewers ----------------------------------------

_UPDATES: Final = [
    ("20:15", "إعادة فتح الطريق", "أعادت الشرطة فتح الطريق الساحلي أمام السيارات بعد انحسار المياه عن الجسر القديم."),
    ("17:40", "وصول فرق الإنقاذ", "وصلت فرق الإنقاذ إلى القرى المعزولة شرق الوادي ومعها مولدات ومياه للشرب."),
    ("13:05", "بدء الأمطار", "بدأت الأمطار الغزيرة بالهطول على المرتفعات ظهر اليوم وارتفع منسوب الوادي بسرعة."),
]


def _live(update: str, *, counter: str = "") -> Article:
    body = "".join(update.format(time=time, heading=heading, text=text) for time, heading, text in _UPDATES)
    page = (
        "<nav><a href='/'>الرئيسية</a></nav><main><h1>مباشر: السيول في الوادي</h1>"
        f"<div class='badge'>مباشر</div>{counter}<div class='live-blog'>{body}</div></main>"
        "<footer>صحيفة الوادي</footer>"
    )
    return _parse(_page(page, title="مباشر: السيول في الوادي"))


_WITH_HEADINGS = [(f"{time} — {heading}", text) for time, heading, text in _UPDATES]
_WITHOUT_HEADINGS = [f"{time} — {text}" for time, _, text in _UPDATES]


@pytest.mark.parametrize(
    ("update", "paragraphs"),
    [
        (
            "<div class='live-update'><time datetime='2026-11-30T{time}'>{time}</time><h3>{heading}</h3>"
            "<p>{text}</p></div>",
            [line for pair in _WITH_HEADINGS for line in pair],
        ),
        (
            "<div class='entry'><span class='time'>{time}</span><p>{text}</p></div>",
            _WITHOUT_HEADINGS,
        ),
        (
            "<div class='update'><div class='stamp'><span class='update-time'>{time}</span></div>"
            "<h4>{heading}</h4><p>{text}</p></div>",
            [line for pair in _WITH_HEADINGS for line in pair],
        ),
        (
            "<div class='entry'><small class='update-time'>{time}</small><p>{text}</p></div>",
            _WITHOUT_HEADINGS,
        ),
        (
            "<div class='update'><time>{time}</time><h3><a href='/live/{time}.html'>{heading}</a></h3><p>{text}</p>"
            "</div>",
            [line for time, heading, text in _UPDATES for line in (heading, f"{time} — {text}")],
        ),
    ],
    ids=[
        "time-heading-paragraph",
        "span-time-paragraph",
        "wrapped-time-heading",
        "small-update-time",
        "time-linked-heading-paragraph",
    ],
)
def test_each_live_update_keeps_its_time(update: str, paragraphs: list[str]) -> None:
    assert list(_live(update).paragraphs) == paragraphs


def test_a_lone_time_classed_stamp_above_an_articles_lead_is_left_alone() -> None:
    first, second, third = AR_PARAGRAPHS
    page = _page(
        "<article><h1>افتتاح جسر للمشاة فوق الوادي</h1><div class='meta'><span class='time'>10:30</span></div>"
        f"<h2>جسر طال انتظاره</h2><p>{first}</p><p>{second}</p><p>{third}</p></article>"
    )
    article = _parse(page)
    assert not any(paragraph.startswith("10:30 —") for paragraph in article.paragraphs)
    assert article.paragraphs[-3:] == (first, second, third)


@pytest.mark.parametrize(
    ("counter", "lang"),
    [
        ("<div class='live-counter'>12,430 يتابعون الآن</div>", "ar"),
        ("<div class='viewers'><span>٨٤٥</span> متابع الآن</div>", "ar"),
        ("<p>يشاهدون الآن: 2,051</p>", "ar"),
        ("<div class='live-counter'>1,204 watching now</div>", "en"),
        ("<span class='viewers'>Watching now: 318</span>", "en"),
    ],
)
def test_a_live_viewers_counter_is_no_paragraph(counter: str, lang: str) -> None:
    update = "<div class='entry'><time>{time}</time><p>{text}</p></div>"
    assert list(_live(update, counter=counter).paragraphs) == _WITHOUT_HEADINGS


@pytest.mark.parametrize(
    "line",
    [
        "12 متابعا الآن في المستشفى بعد الحادث بحسب وزارة الصحة.",
        "Watching now is the best way to follow the count, officials said.",
    ],
)
def test_a_sentence_about_viewers_stays(line: str) -> None:
    first, second, third = AR_PARAGRAPHS
    article = _parse(_page(f"<article><h1>افتتاح جسر للمشاة</h1><p>{first}</p><p>{line}</p><p>{second}</p></article>"))
    assert line in article.paragraphs


# 7. An embedded tweet's credit line stays with the tweet ---------------------------------------------


@pytest.mark.parametrize(
    ("tweet", "line"),
    [
        (
            '<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">افتتاح الجسر اليوم بحضور الأهالي 🎉</p>'
            '&mdash; بلدية الوادي (@wadi_town) <a href="https://twitter.com/wadi_town/status/7">November 29, 2026'
            "</a></blockquote>",
            "افتتاح الجسر اليوم بحضور الأهالي 🎉 — بلدية الوادي (@wadi_town) November 29, 2026",
        ),
        (
            '<blockquote class="twitter-tweet" data-lang="ar"><p>الجسر مفتوح للمشاة من السادسة صباحا '
            '<a href="https://t.co/x1">pic.twitter.com/x1</a></p>— إذاعة الوادي (@wadi_radio) '
            '<a href="https://twitter.com/wadi_radio/status/9">29 نوفمبر 2026</a></blockquote>',
            "الجسر مفتوح للمشاة من السادسة صباحا pic.twitter.com/x1 — إذاعة الوادي (@wadi_radio) 29 نوفمبر 2026",
        ),
    ],
    ids=["arabic-tweet", "tweet-ending-with-a-link"],
)
def test_a_tweets_credit_line_is_part_of_its_paragraph(tweet: str, line: str) -> None:
    article = _parse(_story(tweet))
    assert list(article.paragraphs) == [AR_PARAGRAPHS[0], line, *AR_PARAGRAPHS[1:]]


def test_a_quote_that_is_no_tweet_is_left_as_it_is() -> None:
    quote = "<blockquote><p>«الجسر حلم تحقق بعد عشرين عاما من الانتظار»</p>قال أحد سكان الحي القديم.</blockquote>"
    article = _parse(_story(quote))
    assert "«الجسر حلم تحقق بعد عشرين عاما من الانتظار»" in article.paragraphs


# 2. A homepage of story cards is an index page: its cards are its links ------------------------------

_HEADLINES: Final = [
    ("/local/bridge.html", "افتتاح جسر للمشاة فوق الوادي"),
    ("/eco/dates.html", "موسم التمور يبدأ مبكرا هذا العام"),
    ("/sport/final.html", "نادي الوادي إلى نهائي الكأس"),
    ("/culture/fair.html", "معرض الكتاب يستقبل زواره غدا"),
    ("/local/rain.html", "أمطار غزيرة متوقعة نهاية الأسبوع"),
]
_MENU: Final = (
    "<header><a href='/'>صحيفة الوادي</a><nav><a href='/'>الرئيسية</a> <a href='/eco'>اقتصاد</a></nav></header>"
)
_FOOTER: Final = "<footer><a href='/about'>من نحن</a> © 2026 صحيفة الوادي</footer>"


def _home(card: str, *, extra: str = "", title: str = "الرئيسية - صحيفة الوادي", lang: str = "ar") -> str:
    cards = "".join(card.format(href=href, headline=headline, n=n + 1) for n, (href, headline) in enumerate(_HEADLINES))
    return _page(f"{_MENU}<main><h2>أهم الأخبار</h2>{cards}{extra}</main>{_FOOTER}", title=title, lang=lang)


_HOME_LINKS: Final = [(headline, f"https://wadi.example{href}", "related") for href, headline in _HEADLINES]


@pytest.mark.parametrize(
    "card",
    [
        "<div class='card'><span class='kicker'>خاص</span><h3><a href='{href}'>{headline}</a></h3>"
        "<time>منذ {n} ساعات</time></div>",
        "<article class='teaser'><a href='{href}'><img src='/i/{n}.jpg' alt=''><span>عاجل</span>"
        "<h4>{headline}</h4><small>منذ {n} ساعات</small></a></article>",
        "<li><h2><a href='{href}'>{headline}</a></h2><span class='date'>30 نوفمبر 2026</span></li>",
    ],
    ids=["kicker-heading-time", "anchor-around-heading", "list-of-headings"],
)
def test_a_homepage_of_story_cards_is_an_index_of_links(card: str) -> None:
    extra = (
        "<section class='most-read'><h2>الأكثر قراءة</h2><ol><li><a href='/local/bridge.html'>جسر</a></li></ol>"
        "</section>"
    )
    article = _parse(_home(card, extra=extra))
    assert article.title == "صحيفة الوادي"
    assert article.paragraphs == ("5 قصص",)
    assert [(link.title, link.url, link.kind) for link in article.related] == _HOME_LINKS
    assert article.direction == "rtl"


@pytest.mark.parametrize(
    ("title", "lang", "expected_title", "summary"),
    [
        ("اقتصاد | صحيفة الوادي", "ar", "اقتصاد", "5 قصص"),
        ("Valley Times - Home", "en", "Valley Times", "5 stories"),
    ],
)
def test_an_index_page_is_titled_by_its_own_title(title: str, lang: str, expected_title: str, summary: str) -> None:
    card = "<div class='card'><h3><a href='{href}'>{headline}</a></h3><time>منذ {n} ساعات</time></div>"
    page = _home(card, title=title, lang=lang).replace(
        "<head>", "<head><meta property='og:site_name' content='صحيفة الوادي'>"
    )
    article = _parse(page)
    assert (article.title, article.paragraphs) == (expected_title, (summary,))
    assert len(article.related) == 5


def test_an_article_among_cards_is_no_index_page() -> None:
    """A page without ``<h1>`` whose story is prose under an ``<h2>`` stays that story, its cards aside."""
    card = "<div class='card'><h3><a href='{href}'>{headline}</a></h3><time>منذ {n} ساعات</time></div>"
    first, second, third = AR_PARAGRAPHS
    story = f"<div class='story'><h2>افتتاح جسر للمشاة فوق الوادي</h2><p>{first}</p><p>{second}</p><p>{third}</p></div>"
    article = _parse(_home(card, extra=story))
    assert article.title == "افتتاح جسر للمشاة فوق الوادي"
    assert list(article.paragraphs) == AR_PARAGRAPHS


def test_a_headline_over_cards_is_no_index_page() -> None:
    """An ``<h1>`` that is a story's headline: the page is that story (or no story), never an index."""
    card = "<div class='card'><h3><a href='{href}'>{headline}</a></h3><time>منذ {n} ساعات</time></div>"
    first, second, third = AR_PARAGRAPHS
    page = _home(card, extra=f"<h1>افتتاح جسر للمشاة</h1><p>{first}</p><p>{second}</p><p>{third}</p>")
    article = _parse(page)
    assert article.title == "افتتاح جسر للمشاة"
    assert list(article.paragraphs) == AR_PARAGRAPHS


def test_an_index_summary_counts_in_arabic_and_english() -> None:
    from newstui.parse.html_index import index_summary

    assert [index_summary(n, arabic=True) for n in (1, 2, 3, 10, 11, 50)] == [
        "قصة واحدة",
        "قصتان",
        "3 قصص",
        "10 قصص",
        "11 قصة",
        "50 قصة",
    ]
    assert [index_summary(n, arabic=False) for n in (1, 4)] == ["1 story", "4 stories"]


def test_a_list_of_the_latest_headlines_with_their_times_is_no_live_blog() -> None:
    latest = "".join(
        f"<li><span class='time'>{time}</span><h4><a href='/n/{n}.html'>{heading}</a></h4></li>"
        for n, (time, heading, _) in enumerate(_UPDATES)
    )
    page = _story("", after=f"<div class='latest'><h3>آخر الأخبار</h3><ul>{latest}</ul></div>")
    article = _parse(page)
    assert not any(" — " in paragraph for paragraph in article.paragraphs)
    assert all(" — " not in link.title for link in article.related)


def test_a_page_that_says_it_is_an_article_is_no_index_page() -> None:
    card = "<div class='card'><h3><a href='{href}'>{headline}</a></h3><time>منذ {n} ساعات</time></div>"
    page = _home(card).replace("<head>", "<head><meta property='og:type' content='article'>")
    article = _parse(page)
    assert article.paragraphs != ("5 قصص",)
