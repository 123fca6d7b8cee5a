"""A page's date element in any case, a byline's date in its author field, a byline's place (our own pages)."""

from __future__ import annotations

from typing import Final

import pytest
from lxml import html

from newstui.model import Article
from newstui.parse.html import parse_html
from newstui.parse.html_meta import body_dateline

_PARAS: Final = (
    "افتتح وزير الثقافة صباح اليوم الدورة الجديدة من معرض الكتاب بمشاركة أكثر من ثلاثمئة دار نشر من عشرين دولة.",
    "وقال مدير المعرض إن الدورة الحالية تضم جناحا خاصا لكتب الأطفال وبرنامجا ثقافيا يشمل ندوات وأمسيات شعرية يومية.",
    "ويستمر المعرض عشرة أيام، وتفتح أبوابه للزوار من العاشرة صباحا حتى التاسعة مساء، مع تخصيص يوم للمدارس.",
)


def _page(top: str, *, head: str = "") -> str:
    """A story page: a menu, the headline, ``top`` under it (a byline, a date), the story's paragraphs."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _PARAS)
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح معرض الكتاب</title>{head}</head><body>'
        "<div class='menu'><a href='/'>الرئيسية</a> <a href='/culture'>ثقافة</a></div>"
        f"<article><h1>افتتاح معرض الكتاب في دورته الجديدة بمشاركة واسعة</h1>{top}{paragraphs}</article>"
        "</body></html>"
    )


def _parse(page: str) -> Article:
    (article,) = parse_html(page, origin="x")
    return article


# Finding 1: a date element's class, id or itemprop in any case.

_CASINGS: Final = (
    'id="postDate"',
    'id="PostDate"',
    'class="post-Date"',
    'class="POST_DATE"',
    'itemprop="DatePublished"',
    'class="entryDate"',
    'class="TimeStamp"',
)


@pytest.mark.parametrize("attribute", _CASINGS)
@pytest.mark.parametrize("text", ["الأحد 15 نوفمبر 2026", "المنصورة في 15 نوفمبر 2026"], ids=["date", "place-and-date"])
def test_a_date_element_is_found_in_any_case(attribute: str, text: str) -> None:
    root = html.fromstring(f"<html><body><div><span {attribute}>{text}</span></div><p>نص الخبر</p></body></html>")
    assert body_dateline(root) == "2026-11-15"


@pytest.mark.parametrize("attribute", ['id="updatedBy"', 'id="UpdatedBy"', 'class="candidateName"', 'id="Sidebar"'])
def test_words_that_only_hold_date_name_no_date_element(attribute: str) -> None:
    """ "updatedBy" holds "date" but names no date: a place before a date (a headline's words too) is not read."""
    root = html.fromstring(
        f"<html><body><div><span {attribute}>المنصورة في 15 نوفمبر 2026</span></div><p>نص الخبر</p></body></html>"
    )
    assert body_dateline(root) is None


@pytest.mark.parametrize("attribute", ['id="postDate"', 'class="PostDate"', 'itemprop="DatePublished"'])
def test_a_pages_only_date_in_a_camel_cased_element_is_its_date(attribute: str) -> None:
    top = f"<div class='info'><span {attribute}>المنصورة في 15 نوفمبر 2026</span> <a href='/share'>مشاركة</a></div>"
    assert _parse(_page(top)).published == "2026-11-15"


# Finding 2: a byline's date in trafilatura's author (or the meta author) is no part of the name.


@pytest.mark.parametrize(
    ("field", "name", "day"),
    [
        ("سامر الخطيب · الاثنين 16 نوفمبر 2026", "سامر الخطيب", "2026-11-16"),
        ("كتب: سامر الخطيب | الاثنين 16 نوفمبر 2026", "كتب: سامر الخطيب", "2026-11-16"),
        ("سامر الخطيب - 16 نوفمبر 2026 - 10:15 ص", "سامر الخطيب", "2026-11-16T10:15:00"),
        ("سامر الخطيب، الاثنين 16 نوفمبر 2026", "سامر الخطيب", "2026-11-16"),
        ("سامر الخطيب – القاهرة – 16 نوفمبر 2026", "سامر الخطيب", "2026-11-16"),
        ("By Jane Doe | Monday, Nov 16, 2026", "By Jane Doe", "2026-11-16"),
        ("Jane Doe, 16 November 2026 10:15 GMT", "Jane Doe", "2026-11-16T10:15:00+00:00"),
        # trafilatura cuts a byline at its first digit: the weekday is left, no date.
        ("كتب سامر الخطيب · الاثنين", "كتب سامر الخطيب", None),
        ("Jane Doe; Monday; Nov", "Jane Doe", None),
        ("سامر الخطيب · منذ ساعتين", "سامر الخطيب", None),
        ("Jane Doe | 2 hours ago", "Jane Doe", None),
        ("Jane Doe ·", "Jane Doe", None),
        ("كتب سامر الخطيب; Nov", "كتب سامر الخطيب", None),
    ],
)
def test_a_date_after_the_name_is_cut_from_an_author_field(field: str, name: str, day: str | None) -> None:
    from newstui.parse.bylines import author_without_date

    assert author_without_date(field) == (name, day)


@pytest.mark.parametrize(
    "field",
    [
        "Anna Schmidt, Reuters",
        "Anna Schmidt; Reuters",
        "سامر الخطيب · نادية حسن",
        "كتب: سامر الخطيب – القاهرة",
        "Jane Roe; Local Democracy Reporter",
        "Ann Miller; Bob Stone",
        "Jane Doe, May Ali",
        "Jane Doe; May; Bob Stone",
        "سامر الخطيب",
    ],
)
def test_an_author_field_without_a_date_stays(field: str) -> None:
    from newstui.parse.bylines import author_without_date

    assert author_without_date(field) == (field, None)


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("كتب: سامر الخطيب · الاثنين 16 نوفمبر 2026", "سامر الخطيب", "2026-11-16"),
        ("كتب: سامر الخطيب | الاثنين 16 نوفمبر 2026", "سامر الخطيب", "2026-11-16"),
        ("كتب: سامر الخطيب - 16 نوفمبر 2026 - 10:15 ص", "سامر الخطيب", "2026-11-16T10:15:00"),
        ("كتب: سامر الخطيب، الاثنين 16 نوفمبر 2026", "سامر الخطيب", "2026-11-16"),
        ("By Jane Doe | Monday, Nov 16, 2026", "Jane Doe", "2026-11-16"),
        ("كتب: سامر الخطيب · منذ ساعتين", "سامر الخطيب", None),
        ("By Jane Doe - Monday, Nov 16, 2026", "Jane Doe", "2026-11-16"),
        ("By Jane Doe · 16/11/2026", "Jane Doe", "2026-11-16"),
    ],
    ids=["dot", "bar", "dash-time", "arabic-comma", "latin", "relative", "latin-dash", "numeric"],
)
def test_a_bylines_date_is_the_date_not_the_authors(line: str, author: str, published: str | None) -> None:
    article = _parse(_page(f"<div class='author'>{line}</div>"))
    assert (article.author, article.published) == (author, published)


def test_a_meta_authors_date_is_the_date_not_the_authors() -> None:
    article = _parse(_page("", head='<meta name="author" content="سامر الخطيب · الاثنين 16 نوفمبر 2026">'))
    assert (article.author, article.published) == ("سامر الخطيب", "2026-11-16")


def test_the_pages_own_date_comes_before_the_bylines() -> None:
    head = '<meta property="article:published_time" content="2026-11-17T08:00:00+00:00">'
    article = _parse(_page("<div class='author'>كتب: سامر الخطيب · الاثنين 16 نوفمبر 2026</div>", head=head))
    assert (article.author, article.published) == ("سامر الخطيب", "2026-11-17T08:00:00+00:00")


@pytest.mark.parametrize(
    ("line", "author", "attribution"),
    [
        ("By Anna Schmidt, Reuters", "Anna Schmidt", "Reuters"),
        ("كتب: سامر الخطيب · نادية حسن", "سامر الخطيب · نادية حسن", None),
    ],
    ids=["agency", "second-name"],
)
def test_a_second_name_or_an_agency_after_the_separator_stays(line: str, author: str, attribution: str | None) -> None:
    article = _parse(_page(f"<div class='author'>{line}</div>"))
    assert (article.author, article.attribution, article.published) == (author, attribution, None)


# Finding 3: a byline with its place ("كتب: فلان – القاهرة") beside a <time>.


@pytest.mark.parametrize(
    ("top", "published"),
    [
        (
            "<p class='byline'>كتب: سامر الخطيب – القاهرة</p><time>الاثنين 16 نوفمبر 2026 - 09:30 ص</time>",
            "2026-11-16T09:30:00",
        ),
        (
            "<p class='byline'>كتب - سامر الخطيب – القاهرة</p>"
            "<time datetime='2026-11-16T09:30:00+02:00'>منذ ساعتين</time>",
            "2026-11-16T09:30:00+02:00",
        ),
    ],
    ids=["time-text-only", "dash-after-marker"],
)
def test_a_bylines_place_is_no_part_of_the_author_and_the_time_is_the_date(top: str, published: str) -> None:
    article = _parse(_page(top))
    assert (article.author, article.published) == ("سامر الخطيب", published)


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("كتب - سامر الخطيب – القاهرة", "سامر الخطيب"),
        ("By - Jane Doe - London", "Jane Doe"),
        ("القاهرة - كتب - سامر الخطيب", "سامر الخطيب"),
    ],
)
def test_a_marker_split_from_its_name_by_its_dash_still_marks_it(field: str, name: str) -> None:
    from newstui.parse.bylines import author_field_name

    assert author_field_name(field) == name


def test_a_time_elements_text_is_a_date_element() -> None:
    root = html.fromstring("<html><body><div><time>المنصورة في 15 نوفمبر 2026</time></div><p>نص</p></body></html>")
    assert body_dateline(root) == "2026-11-15"
    clock = html.fromstring("<html><body><div><time>11:45</time></div><p>نص</p></body></html>")
    assert body_dateline(clock) is None


def test_the_times_of_a_list_of_cards_are_no_date_of_the_page() -> None:
    """A ``<time>`` of its own is the page's date; those of other stories' cards, over and over, are not."""
    cards = "".join(
        f"<div class='card'><a href='/n/{day}'>خبر ثقافي آخر عن المعارض</a><time>{day} نوفمبر 2026</time></div>"
        for day in (10, 9, 8)
    )
    page = _page("").replace("</article>", f"</article><div class='more-news'>{cards}</div>")
    assert _parse(page).published is None
    dated = _page("<div class='info'><time>المنصورة في 15 نوفمبر 2026</time></div>")
    assert (
        _parse(dated.replace("</article>", f"</article><div class='more-news'>{cards}</div>")).published == "2026-11-15"
    )


# docs9: a byline that a place follows after a spaced dash, alone in a paragraph under the headline.


@pytest.mark.parametrize(
    "line",
    ["كتب: سامي النجار - القاهرة", "كتب - سامي النجار – القاهرة", "بقلم سامي النجار — القاهرة"],
)
def test_a_byline_and_its_place_under_the_headline_give_the_author(line: str) -> None:
    article = _parse(_page(f"<p>{line}</p>"))
    assert article.author == "سامي النجار"
    assert article.paragraphs[0] == _PARAS[0]


@pytest.mark.parametrize("line", ["كتب الرئيس رسالة إلى البرلمان - القاهرة", "افتتح الوزير المعرض - القاهرة"])
def test_a_sentence_and_a_place_is_no_byline(line: str) -> None:
    article = _parse(_page(f"<p>{line}</p>"))
    assert article.author is None
    assert article.paragraphs[0] == line


# break9 H1: a <time> in the middle of a sentence is the sentence's words, not the page's date.


@pytest.mark.parametrize(
    ("time", "day"),
    [
        ('<time datetime="2027-03-15">15 مارس 2027</time>', "15 مارس 2027"),
        ("<time>15 مارس 2019</time>", "15 مارس 2019"),
        ('<span><time datetime="2019-03-15T10:00">الجمعة 15 مارس 2019</time></span>', "الجمعة 15 مارس 2019"),
    ],
)
def test_a_time_in_a_sentence_stays_in_it_and_dates_nothing(time: str, day: str) -> None:
    sentence = f"وستجرى الانتخابات في {time} وفق القرار الذي صوت عليه النواب بالإجماع بعد نقاش قصير."
    article = _parse(_page(f"<p>{_PARAS[0]}</p><p>{sentence}</p>"))
    assert f"وستجرى الانتخابات في {day} وفق القرار الذي صوت عليه النواب بالإجماع بعد نقاش قصير." in article.paragraphs
    assert article.published is None


def test_a_bylines_time_still_dates_the_page() -> None:
    article = _parse(
        _page('<p class="byline">كتب: سامي النجار، نشر في <time datetime="2026-11-16">16 نوفمبر 2026</time></p>')
    )
    assert article.published is not None and article.published.startswith("2026-11-16")
