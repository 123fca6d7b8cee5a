"""Bylines of the texts13 and pages13 audits: a writer's title before the colon ("بقلم الكاتب الصحفي: فلان", "بقلم
الدكتور: فلان"), "By …, Staff Writer(s)", WordPress's "by NAME on DATE" and "Posted on DATE by NAME", a bare
writer's name under a page's headline, and a site's own name as the author.

Original pages, feeds and texts written for these tests (their text is our own).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article, RawDocument
from newstui.parse import parse_document
from newstui.parse.bylines import author_beside_source, author_field_name, author_without_date
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_credits import credit_line, writer_name

_TITLE: Final = "تراجع الإصابات بالإنفلونزا الموسمية بنسبة الثلث خلال أسبوع واحد"
_PARAS: Final = (
    "أعلنت وزارة الصحة تسجيل انخفاض واضح في عدد الإصابات بالإنفلونزا الموسمية خلال الأسبوع الماضي مقارنة بما قبله.",
    "وقالت الوزارة إن حملة التطعيم في المدارس والمراكز الصحية ساهمت في الحد من انتشار الفيروس بين الأطفال.",
)
_EN_TITLE: Final = "Flu cases fall by a third as the school vaccination drive expands"
_EN_PARAS: Final = (
    "Flu cases fell by almost a third last week compared with the week before, the health ministry said on Monday.",
    "Officials credited the vaccination drive in schools and clinics, which has reached more than half of pupils.",
)


def _text(byline: str) -> Article:
    text = f"نشرة الوادي – صحة\n\n{_TITLE}\n\n{byline}\n\n{_PARAS[0]}\n\n{_PARAS[1]}\n"
    (article,) = parse_plaintext(text, origin="story.txt")
    return article


def _english_text(byline: str) -> Article:
    text = f"Valley Bulletin – Health\n\n{_EN_TITLE}\n\n{byline}\n\n{_EN_PARAS[0]}\n\n{_EN_PARAS[1]}\n"
    (article,) = parse_plaintext(text, origin="story.txt")
    return article


def _page(meta_line: str, head: str = "") -> Article:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    page = (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{_TITLE} - نشرة الوادي</title>{head}</head>'
        f'<body><article><h1 class="entry-title">{_TITLE}</h1>{meta_line}<div class="entry-content">{body}</div>'
        "</article></body></html>"
    )
    (article,) = parse_html(page, origin="page.html")
    return article


def _feed(creator: str, channel: str = "نشرة الوادي") -> Article:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{channel}</title><link>https://wadi.example/</link>"
        f"<item><title>{_TITLE}</title><link>https://wadi.example/n/7</link><dc:creator>{creator}</dc:creator>"
        f"<description>{_PARAS[0]}</description></item></channel></rss>"
    )
    (article,) = parse_feed(feed.encode(), origin="feed.xml")
    return article


# texts13 #8: a writer's title before the name ---------------------------------------------------------------------

_TITLED: Final = [
    ("بقلم الكاتب الصحفي: هشام عبد العزيز", "هشام عبد العزيز"),
    ("بقلم الكاتبة الصحفية: منى الشاذلي", "منى الشاذلي"),
    ("بقلم الكاتب الصحفي هشام عبد العزيز", "هشام عبد العزيز"),
    ("بقلم الإعلامية: رنا الحسيني", "رنا الحسيني"),
    ("بقلم الدكتور: أحمد زكي", "الدكتور أحمد زكي"),
    ("بقلم الدكتورة: هالة السعدي", "الدكتورة هالة السعدي"),
    ("بقلم الأستاذ الدكتور: أحمد زكي", "الأستاذ الدكتور أحمد زكي"),
    ("بقلم الكاتب الصحفي الدكتور: أحمد زكي", "الدكتور أحمد زكي"),
    ("بقلم المحلل الاقتصادي: سامر حداد", "سامر حداد"),
]


@pytest.mark.parametrize(("byline", "author"), _TITLED)
def test_a_writers_title_before_the_name_in_a_text(byline: str, author: str) -> None:
    article = _text(byline)
    assert article.author == author  # not "الصحفي: هشام عبد العزيز", "الدكتور: أحمد زكي"
    assert article.paragraphs == _PARAS


@pytest.mark.parametrize(("byline", "author"), _TITLED)
def test_a_writers_title_before_the_name_in_a_credit_line(byline: str, author: str) -> None:
    found = credit_line(byline)
    assert found is not None
    assert found[0] == author


@pytest.mark.parametrize(("byline", "author"), _TITLED)
def test_a_writers_title_before_the_name_in_a_feeds_creator(byline: str, author: str) -> None:
    assert author_field_name(byline) == author
    assert _feed(byline).author == author


@pytest.mark.parametrize(("byline", "author"), _TITLED)
def test_a_writers_title_before_the_name_in_a_pages_byline(byline: str, author: str) -> None:
    article = _page(f"<p>{byline}</p>")
    assert article.author == author  # not none, the byline left as the first paragraph
    assert article.paragraphs == _PARAS


_UNTITLED: Final = [
    ("بقلم: د. خالد عمر", "د. خالد عمر"),
    ("بقلم الدكتور أحمد زكي", "الدكتور أحمد زكي"),  # an honorific without a colon: as written
    ("بقلم الكاتبة: منى الشاذلي", "منى الشاذلي"),
    ("كتب: هشام عبد العزيز", "هشام عبد العزيز"),
    ("كتب: المحلل الاقتصادي سامر حداد", "المحلل الاقتصادي سامر حداد"),  # no colon: the title's second word stays
]


@pytest.mark.parametrize(("byline", "author"), _UNTITLED)
def test_names_without_a_title_word_before_a_colon_stay_as_they_were(byline: str, author: str) -> None:
    assert _text(byline).author == author


def test_a_title_word_alone_is_no_writer_left_out() -> None:
    found = credit_line("بقلم الكاتب الصحفي")
    assert found is not None
    assert found[0] == "الصحفي"  # nothing after the title: it is not cut to nothing


# texts13 #8: "By …, Staff Writer(s)" ------------------------------------------------------------------------------

_STAFF: Final = [
    ("By Sarah Collins, Staff Writer", "Sarah Collins", "Staff Writer"),
    ("By Sarah Collins and Omar Saleh, Staff Writers", "Sarah Collins and Omar Saleh", "Staff Writers"),
    ("By Sarah Collins, Special Correspondent", "Sarah Collins", "Special Correspondent"),
    ("By Sarah Collins, Contributing Writer", "Sarah Collins", "Contributing Writer"),
]


@pytest.mark.parametrize(("byline", "author", "title"), _STAFF)
def test_a_staff_writers_title_after_the_comma(byline: str, author: str, title: str) -> None:
    article = _english_text(byline)
    assert article.author == author  # not "Sarah Collins, Staff Writer" (two writers), nor none
    assert article.paragraphs == (title, *_EN_PARAS)  # kept as "Senior Correspondent" is


def test_two_writers_after_a_comma_stay_two() -> None:
    assert _english_text("By Sarah Collins, Omar Saleh").author == "Sarah Collins, Omar Saleh"


# pages13 #11: WordPress's "by NAME on DATE" and "Posted on DATE by NAME" ------------------------------------------

_TIME: Final = '<time datetime="2026-11-28T12:00:00+02:00">28 نوفمبر 2026</time>'
_WORDPRESS: Final = [
    (f'نشر في <a href="#">{_TIME}</a> بواسطة <a href="/author/s">سلمى عيسى</a>', "سلمى عيسى", "2026-11-28T12:00"),
    (f'بواسطة <a href="/author/s">سلمى عيسى</a> في {_TIME}', "سلمى عيسى", "2026-11-28T12:00"),
    ("نشر في 28 نوفمبر 2026 بواسطة سلمى عيسى", "سلمى عيسى", "2026-11-28"),
    ("بواسطة سلمى عيسى في 28 نوفمبر 2026", "سلمى عيسى", "2026-11-28"),
    (f'By <a href="/author/j">Jane Roe</a> on {_TIME}', "Jane Roe", "2026-11-28T12:00"),
    (f'Posted on {_TIME} by <a href="/author/j">Jane Roe</a>', "Jane Roe", "2026-11-28T12:00"),
]


@pytest.mark.parametrize(("meta_line", "author", "day"), _WORDPRESS)
def test_a_wordpress_meta_line_under_the_headline(meta_line: str, author: str, day: str) -> None:
    article = _page(f'<div class="entry-meta">{meta_line}</div>')
    assert article.author == author  # not "سلمى عيسى في", "Jane Roe on", nor none
    assert (article.published or "").startswith(day)
    assert article.paragraphs == _PARAS


_NAME_ON_DATE: Final = [
    ("هند العلوي في 28 نوفمبر 2026", ("هند العلوي", "2026-11-28")),
    ("بواسطة هند العلوي في 28 نوفمبر 2026", ("بواسطة هند العلوي", "2026-11-28")),
    ("Jane Roe on 28 November 2026", ("Jane Roe", "2026-11-28")),
    ("نشر في 28 نوفمبر 2026 بواسطة هند العلوي", ("بواسطة هند العلوي", "2026-11-28")),
    ("هند العلوي في منذ ساعتين", ("هند العلوي", None)),
    ("هند العلوي 28 نوفمبر 2026", ("هند العلوي", "2026-11-28")),
    ("هند العلوي في القاهرة", ("هند العلوي في القاهرة", None)),  # no date: as written
]


@pytest.mark.parametrize(("field", "expected"), _NAME_ON_DATE)
def test_an_author_field_without_the_word_joining_its_date(field: str, expected: tuple[str, str | None]) -> None:
    assert author_without_date(field) == expected


def test_a_feeds_creator_with_its_date_after_fi() -> None:
    assert _feed("هند العلوي في 28 نوفمبر 2026").author == "هند العلوي"


_TEXT_WORDPRESS: Final = [
    ("بواسطة سلمى عيسى في 28 نوفمبر 2026", "سلمى عيسى", "28 نوفمبر 2026"),
    ("نشر في 28 نوفمبر 2026 بواسطة سلمى عيسى", "سلمى عيسى", "نشر في 28 نوفمبر 2026"),
]


@pytest.mark.parametrize(("line", "author", "dateline"), _TEXT_WORDPRESS)
def test_a_wordpress_meta_line_in_a_text(line: str, author: str, dateline: str) -> None:
    article = _text(line)
    assert article.author == author
    assert (article.published or "").startswith("2026-11-28")
    assert article.paragraphs == (dateline, *_PARAS)  # the date stays, as after "كتب: فلان | …"


_ENGLISH_CREDITS: Final = [
    ("By Jane Roe on November 28, 2026", ("Jane Roe", "November 28, 2026", "November 28, 2026")),
    (
        "Posted on November 28, 2026 by Jane Roe",
        ("Jane Roe", "Posted on November 28, 2026", "Posted on November 28, 2026"),
    ),
]


@pytest.mark.parametrize(("line", "expected"), _ENGLISH_CREDITS)
def test_an_english_wordpress_credit_line(line: str, expected: tuple[str, str, str]) -> None:
    assert credit_line(line) == expected


# pages13 #3: a writer's name alone under the <h1> -------------------------------------------------------------------

_BARE_NAMES: Final = [
    ("<p>د. عمر الخطيب</p>", "د. عمر الخطيب"),
    ("<p>سامر حداد</p>", "سامر حداد"),
    ("<p>الدكتورة هالة السعدي</p>", "الدكتورة هالة السعدي"),
    (
        '<div class="writer"><img src="/w.jpg" alt=""><a class="writer-name" href="/w/12">د. منى الخطيب</a></div>',
        "د. منى الخطيب",
    ),
]


@pytest.mark.parametrize(("line", "author"), _BARE_NAMES)
@pytest.mark.parametrize("wrapped", [False, True])
def test_a_writers_name_alone_under_the_headline(line: str, author: str, wrapped: bool) -> None:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    body = f'<div class="post-body">{body}</div>' if wrapped else body
    page = (
        f'<html lang="ar"><head><meta charset="utf-8"><title>{_TITLE}</title></head>'
        f'<body><div class="col-main"><h1 class="title">{_TITLE}</h1>{line}{body}</div></body></html>'
    )
    (article,) = parse_html(page, origin="page.html")
    assert article.author == author  # not lost (nor left as a paragraph too)
    assert article.paragraphs == _PARAS


_NOT_NAMES: Final = [
    "محمد صلاح يتألق",  # a subtitle: a verb after the name
    "أسعار الذهب",
    "غزة قصف جديد",
    "الحكومة تقر الموازنة",
]


@pytest.mark.parametrize("line", _NOT_NAMES)
def test_a_short_subtitle_under_the_headline_is_no_writer(line: str) -> None:
    assert writer_name(line) is None
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    page = (
        f'<html lang="ar"><head><meta charset="utf-8"><title>{_TITLE}</title></head>'
        f'<body><div class="col-main"><h1 class="title">{_TITLE}</h1><p>{line}</p>{body}</div></body></html>'
    )
    (article,) = parse_html(page, origin="page.html")
    assert article.author is None


@pytest.mark.parametrize(
    ("line", "name"), [("د. عمر الخطيب", "د. عمر الخطيب"), ("سامر حداد", "سامر حداد"), ("يوسف النجار", "يوسف النجار")]
)
def test_writer_names(line: str, name: str) -> None:
    assert writer_name(line) == name


# pages13 #6: the site's own name as the author ---------------------------------------------------------------------


def _site_page(author: str, site: str, under: str = "") -> bytes:
    body = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar"><head><meta charset="utf-8"><title>{_TITLE} - {site}</title>'
        f'<meta name="author" content="{author}"><meta property="og:site_name" content="{site}"></head>'
        f"<body><article><h1>{_TITLE}</h1>{under}{body}</article></body></html>"
    ).encode()


_SITE_AUTHORS: Final = [("المدار", "المدار"), ("Al Madar News", "Al Madar News"), ("al madar news", "Al Madar News")]


@pytest.mark.parametrize(("author", "site"), _SITE_AUTHORS)
def test_a_meta_author_that_is_the_sites_name_is_no_author(author: str, site: str) -> None:
    (article,) = parse_document(RawDocument("page.html", _site_page(author, site), content_type="text/html"))
    assert article.source == site
    assert article.author is None  # not drawn "بقلم المدار"


def test_a_byline_under_the_headline_wins_over_the_sites_name() -> None:
    data = _site_page("المدار", "المدار", "<p>كتب: سامر حداد</p>")
    (article,) = parse_document(RawDocument("page.html", data, content_type="text/html"))
    assert article.author == "سامر حداد"


def test_a_writer_beside_the_site_stays_the_author() -> None:
    (article,) = parse_document(RawDocument("page.html", _site_page("سامر حداد", "المدار"), content_type="text/html"))
    assert article.author == "سامر حداد"


@pytest.mark.parametrize(
    ("creator", "channel"), [("موقع الخبر اليقين", "موقع الخبر اليقين"), ("الخبر اليقين", "موقع الخبر اليقين")]
)
def test_a_feeds_creator_that_is_its_channels_title_is_no_author(creator: str, channel: str) -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{channel}</title><link>https://yaqeen.example/</link>"
        f"<item><title>{_TITLE}</title><link>https://yaqeen.example/n/7</link><dc:creator>{creator}</dc:creator>"
        f"<description>{_PARAS[0]}</description></item></channel></rss>"
    ).encode()
    (article,) = parse_document(RawDocument("feed.xml", feed, content_type="application/rss+xml"))
    assert article.source == channel
    assert article.author is None


@pytest.mark.parametrize(
    ("author", "source", "kept"),
    [
        ("المدار", "المدار", None),
        ("الخبر اليقين", "موقع الخبر اليقين", None),
        ("AL MADAR NEWS", "Al Madar News", None),
        ("سامر حداد", "المدار", "سامر حداد"),
        ("المدار", None, "المدار"),
        (None, "المدار", None),
    ],
)
def test_author_beside_source(author: str | None, source: str | None, kept: str | None) -> None:
    assert author_beside_source(author, source) == kept
