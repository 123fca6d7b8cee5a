"""Audit regress16b #4–#8: a family name that is a weekday stays before a date without its own weekday; "AST" is
read by the dateline's script; a writer's initials and "كتبت: سبأ" are authors, not agencies; a page's archive date
of 1985 is its date (only placeholders are passed over)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Final

import pytest
import trafilatura
from lxml import html

from newstui.model import Article
from newstui.parse.bylines import author_credit, author_without_date
from newstui.parse.feed import parse_feed
from newstui.parse.html import parse_html
from newstui.parse.html_byline import credited_byline, headline_line
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import is_agency, iso_date
from newstui.parse.published import placeholder

_PARAS: Final = (
    "بدأت البلدية صباح اليوم حملة لزراعة ألف شجرة على جانبي الطريق الدائري بمشاركة طلاب المدارس والمتطوعين.",
    "وقال مدير الحدائق إن الأشجار اختيرت من أنواع تتحمل الحر وقلة الماء وإن ريها سيجري بالتنقيط طوال الصيف.",
    "وأضاف أن الحملة ستمتد إلى الأحياء الغربية في الربيع المقبل بعد تقييم نتائج المرحلة الأولى منها.",
)
_HEADLINE: Final = "حملة لزراعة ألف شجرة على الطريق الدائري"
_EN_PARAS: Final = (
    "The harbour authority said on Monday that the north pier will reopen to fishing boats after repairs.",
    "Crews replaced the damaged planks and lights over two weeks, the authority said in a statement.",
    "Boats that moored at the south pier during the work may return from Tuesday morning.",
)


def _page(top: str = "", *, head: str = "", body: tuple[str, ...] = _PARAS, lang: str = "ar") -> str:
    """A story page: the headline, ``top`` under it (a byline, a dateline), the story's paragraphs."""
    paragraphs = "".join(f"<p>{text}</p>" for text in body)
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        f'<html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"><title>{_HEADLINE}</title>{head}</head>'
        f'<body><article><h1>{_HEADLINE}</h1>{top}<div class="entry-content">{paragraphs}</div></article>'
        "</body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="x.html")
    return article


def _feed(*creators: str) -> list[Article]:
    items = "".join(
        f"<item><title>خبر {number}</title><link>https://city.example/n/{number}</link>"
        f"<dc:creator>{creator}</dc:creator><description>{_PARAS[0]}</description></item>"
        for number, creator in enumerate(creators)
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>صحيفة المدينة</title><language>ar</language>{items}</channel></rss>"
    )
    return parse_feed(feed.encode(), origin="f.xml")


# #4: a weekday that ends a family name, before a date that has no weekday of its own.


@pytest.mark.parametrize(
    ("top", "author", "published"),
    [
        pytest.param(
            '<div class="meta"><span class="author">نادر الجمعة <span class="date">26 نوفمبر 2026</span></span></div>',
            "نادر الجمعة",
            "2026-11-26",
            id="family-name-before-a-day-month-date",
        ),
        pytest.param(
            '<p class="byline">بقلم نادر الجمعة 26 نوفمبر 2026</p>', "نادر الجمعة", "2026-11-26", id="byline-line"
        ),
        pytest.param(
            '<div class="author"><a href="/w/3">رامي الخطيب</a> <span class="date-post">الخميس 26 نوفمبر 2026'
            " - 18:40</span></div>",
            "رامي الخطيب",
            "2026-11-26T18:40:00",
            id="the-dates-own-weekday-is-still-cut",
        ),
        pytest.param(
            '<div class="post-author"><a href="/w/4" rel="author">فهد السبت</a> '
            '<span class="date-post">السبت 28 نوفمبر 2026</span></div>',
            "فهد السبت",
            "2026-11-28",
            id="family-weekday-then-the-dates",
        ),
    ],
)
def test_a_weekday_family_name_stays_before_a_date_without_its_own_weekday(
    top: str, author: str, published: str
) -> None:
    article = _parse(_page(top))
    assert (article.author, article.published) == (author, published)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        # 26 November 2026 is a Thursday: "الجمعة" before it is a family name's, "الخميس" the date's.
        ("نادر الجمعة 26 نوفمبر 2026", ("نادر الجمعة", "2026-11-26")),
        ("رامي الخطيب الجمعة 26 نوفمبر 2026", ("رامي الخطيب الجمعة", "2026-11-26")),
        ("رامي الخطيب الخميس 26 نوفمبر 2026", ("رامي الخطيب", "2026-11-26")),
        ("كتب: نادر الجمعة 26 نوفمبر 2026", ("كتب: نادر الجمعة", "2026-11-26")),
        # a name of one word and the date's own weekday (28 November 2026 is a Saturday)
        ("admin السبت 28 نوفمبر 2026", ("admin", "2026-11-28")),
        ("فهد السبت السبت 28 نوفمبر 2026", ("فهد السبت", "2026-11-28")),
        ("عمر الجمعة الجمعة 27 نوفمبر 2026", ("عمر الجمعة", "2026-11-27")),
        # no year, no weekday to check: a name is not left one word
        ("فهد السبت 28 نوفمبر", ("فهد السبت", None)),
        ("فهد العلي السبت 28 نوفمبر", ("فهد العلي", None)),
    ],
)
def test_a_weekday_before_a_date_is_the_names_when_the_date_says_so(
    field: str, expected: tuple[str, str | None]
) -> None:
    assert author_without_date(field) == expected


def test_a_feed_creator_ending_on_a_weekday_keeps_it() -> None:
    articles = _feed("نادر الجمعة 26 نوفمبر 2026", "عمر الجمعة الجمعة 27 نوفمبر 2026")
    assert [(a.author, a.published) for a in articles] == [("نادر الجمعة", "2026-11-26"), ("عمر الجمعة", "2026-11-27")]


# #5: "AST" is Arabia's in a dateline written in Arabic, Atlantic time in one written in Latin letters.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published Nov 30, 2026 10:30 AST", "2026-11-30T10:30:00-04:00"),
        ("By Jane Roe | Nov 30, 2026 10:30 AM AST", "2026-11-30T10:30:00-04:00"),
        ("SYDNEY, Nova Scotia, Nov 30, 2026 10:30 AST", "2026-11-30T10:30:00-04:00"),
        ("الاثنين 30 نوفمبر 2026 10:30 AST", "2026-11-30T10:30:00+03:00"),
        ("الرياض، 30/11/2026 10:30 AST", "2026-11-30T10:30:00+03:00"),
        ("30/11/2026 10:30 AST", "2026-11-30T10:30:00+03:00"),
        ("Nov 30, 2026 10:30 GST", "2026-11-30T10:30:00+04:00"),
    ],
)
def test_ast_is_read_by_the_datelines_script(line: str, expected: str) -> None:
    assert iso_date(line) == expected


def test_a_callers_language_still_decides_ast() -> None:
    """A feed tells its language: an Arabic feed's "AST" is Arabia's whatever the date's script."""
    assert iso_date("Mon, 30 Nov 2026 10:30:00 AST", arabic=True) == "2026-11-30T10:30:00+03:00"
    assert iso_date("30/11/2026 10:30 AST", arabic=False) == "2026-11-30T10:30:00-04:00"


@pytest.mark.parametrize(
    "top",
    [
        pytest.param('<p class="dateline">Published Nov 30, 2026 10:30 AST</p>', id="dateline"),
        pytest.param('<p class="byline">By Jane Roe | Nov 30, 2026 10:30 AM AST</p>', id="byline"),
    ],
)
def test_an_english_pages_ast_is_atlantic_time(top: str) -> None:
    article = _parse(_page(top, body=_EN_PARAS, lang="en"))
    assert article.published == "2026-11-30T10:30:00-04:00"


def test_an_english_text_files_ast_is_atlantic_time() -> None:
    text = f"North pier reopens\n\nHALIFAX, Nov 30, 2026 10:30 AST - {_EN_PARAS[0]}\n\n{_EN_PARAS[1]}\n"
    (article,) = parse_plaintext(text, origin="t.txt")
    assert article.published == "2026-11-30T10:30:00-04:00"


# #6: a writer's initials are the author; only known agencies' initials are a credit.


def test_a_writers_initials_in_the_meta_author_are_the_author() -> None:
    article = _parse(_page(head='<meta name="author" content="ن. ق">'))
    assert (article.author, article.attribution) == ("ن. ق", None)


def test_a_writers_initials_in_a_creator_are_the_author_an_agencys_the_attribution() -> None:
    articles = _feed("ن. ق", "ع م", "أ ف ب", "د.ب.أ", "أ ش أ")
    assert [(a.author, a.attribution) for a in articles] == [
        ("ن. ق", None),
        ("ع م", None),
        (None, "أ ف ب"),
        (None, "د.ب.أ"),
        (None, "أ ش أ"),
    ]


def test_known_initials_only_in_an_author_field() -> None:
    assert is_agency("ن. ق") and not is_agency("ن. ق", initials=False)
    assert all(is_agency(name, initials=False) for name in ("أ ف ب", "ا ف ب", "د ب أ", "أ.ش.أ", "أ ب", "ق ن أ"))


# #7: "كتبت: سبأ" (she wrote) names a writer; an agency named alone stays the attribution.


def test_she_wrote_names_a_writer_in_a_creator() -> None:
    articles = _feed("كتبت: سبأ", "بقلم: نينا", "سبأ", "كتب: رويترز")
    assert [(a.author, a.attribution) for a in articles] == [
        ("سبأ", None),
        ("نينا", None),
        (None, "سبأ"),
        (None, "رويترز"),
    ]


def test_she_wrote_names_a_writer_in_a_pages_byline() -> None:
    page = _page('<p class="byline">كتبت: سبأ</p>')
    root = html.fromstring(page)
    extracted = trafilatura.bare_extraction(page, with_metadata=True)
    assert credited_byline(None, extracted, root) == ("سبأ", None, None)
    assert credited_byline(None, SimpleNamespace(author="كتبت سبأ", sitename=None), root) == ("سبأ", None, None)
    assert headline_line(root, _HEADLINE) == ("سبأ", None)
    assert credited_byline("كتبت: سبأ", SimpleNamespace(author=None, sitename=None), root) == ("سبأ", None, None)


@pytest.mark.parametrize(
    ("name", "field", "credit"),
    [
        ("سبأ", "كتبت: سبأ", None),
        ("وفا", "بقلم وفا", None),
        ("سبأ", None, "سبأ"),
        ("وفا", "وفا", "وفا"),
        ("رويترز", "كتبت: رويترز", "رويترز"),
        ("وكالات", "بقلم: وكالات", "وكالات"),
    ],
)
def test_an_agency_that_is_a_given_name_is_a_writer_after_a_persons_marker(
    name: str, field: str | None, credit: str | None
) -> None:
    assert author_credit(name, field=field) == credit


# #8: a page's declared date of 1985 is its date; only a placeholder is passed over.


def test_an_archive_pages_early_date_is_its_date() -> None:
    head = (
        '<meta property="article:published_time" content="1985-03-12T09:00:00+02:00">'
        '<meta property="article:modified_time" content="2024-06-02T11:00:00+03:00">'
    )
    assert _parse(_page(head=head)).published == "1985-03-12T09:00:00+02:00"


@pytest.mark.parametrize("stamp", ["1970-01-01T00:00:00Z", "1969-12-31T19:00:00-05:00", "0001-01-01T00:00:00"])
def test_a_placeholder_date_is_still_passed_over(stamp: str) -> None:
    head = f'<meta property="article:published_time" content="{stamp}">'
    article = _parse(_page('<div class="date">الأحد 29 نوفمبر 2026 - 10:30 ص</div>', head=head))
    assert article.published == "2026-11-29T10:30:00"


def test_placeholder_days() -> None:
    assert all(map(placeholder, ("1970-01-01", "1969-12-31T19:00:00-05:00", "0001-01-01", "1899-12-30", "1900-01-01")))
    assert not any(map(placeholder, ("1985-03-12T09:00:00+02:00", "1900-01-02", "1971-05-01", "2026-11-30")))
