"""The plain-text parser on texts10's findings: a date line written date first with a place after its bar (over
the headline, or with the writer between them), and a date line closing the story under its last paragraph.

Every article here is written for these tests; each test failed on the parser before the change it covers
(the guards marked as such pass on both, and keep the change from reaching further than it should).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.markers import match_marker
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_credits import author_credit, credit_line
from newstui.parse.plaintext_dates import dateline_kind, is_date_line, iso_date

BYLINE: Final = "بوابة المدينة – محليات"
HEADLINE: Final = "افتتاح حديقة عامة جديدة على ضفاف النهر"
LEAD: Final = "افتتح محافظ المدينة صباح اليوم حديقة عامة جديدة على مساحة عشرين فدانا على ضفاف النهر في الحي الشرقي."
SECOND: Final = "وتضم الحديقة مسارات للمشي وملاعب للأطفال ومكتبة صغيرة مفتوحة طوال أيام الأسبوع."
THIRD: Final = "وقال المحافظ إن المرحلة الثانية من المشروع تشمل ممشى على طول النهر يفتتح في الربيع المقبل."


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _one(text: str) -> Article:
    articles = _parse(text)
    assert len(articles) == 1
    return articles[0]


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks)


# -- L9. "1 يوليو 2026 | الحي الشرقي" right over the headline ------------------------------------------------------

DATE_THEN_PLACE: Final = [
    # (date line, published)
    ("1 يوليو 2026 | الحي الشرقي", "2026-07-01"),
    ("1 يوليو 2026 | القاهرة", "2026-07-01"),
    ("الأربعاء 1 يوليو 2026 - الدوحة", "2026-07-01"),
    ("الأربعاء، 1 يوليو 2026، مدينة الكويت", "2026-07-01"),
    ("01/07/2026 | الحي الشرقي", "2026-07-01"),
    ("١ يوليو ٢٠٢٦ | الإسكندرية", "2026-07-01"),
    ("1 تموز 2026 – بيروت", "2026-07-01"),
]


@pytest.mark.parametrize(("line", "published"), DATE_THEN_PLACE)
@pytest.mark.parametrize("glued", [True, False], ids=["no-blank-lines", "blank-lines"])
def test_date_then_place_over_the_headline_is_the_date(line: str, published: str, glued: bool) -> None:
    lines = (BYLINE, line, HEADLINE, LEAD, SECOND)
    article = _one("\n".join(lines) if glued else _blocks(*lines))
    assert article.title == HEADLINE
    assert article.published == published
    assert (article.source, article.section) == ("بوابة المدينة", "محليات")
    assert article.paragraphs == (line, LEAD, SECOND)  # the date line stays the first line, as a dateline does


@pytest.mark.parametrize(("line", "published"), DATE_THEN_PLACE)
def test_date_then_place_under_the_headline_is_the_date(line: str, published: str) -> None:
    article = _one("\n".join((BYLINE, HEADLINE, line, LEAD, SECOND)))
    assert (article.title, article.published) == (HEADLINE, published)
    assert article.paragraphs == (line, LEAD, SECOND)


@pytest.mark.parametrize(("line", "published"), DATE_THEN_PLACE)
def test_date_then_place_is_a_text_date_line(line: str, published: str) -> None:
    assert is_date_line(line)
    assert iso_date(line) == published
    assert dateline_kind(line) is None  # not one of the HTML parser's datelines: a page leaves it as written


@pytest.mark.parametrize(
    "line",
    [
        "1 يوليو | القاهرة",  # no year
        "2026 | عام التحدي الكبير",  # a year alone
        "1 يوليو 2026 | وزارة الصحة تعلن خطة جديدة للقاحات",  # a sentence after the bar
        "1 يوليو 2026 | كتب: سامر",  # a credit after the bar (read as one elsewhere)
        "الدوحة | 1 يوليو 2026 | 12 قتيلا",  # a number after the last bar
    ],
)
def test_other_words_after_a_date_make_no_date_then_place(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "headline",
    ["2026 | عام التحدي الكبير للاقتصاد الوطني", "الحكومة تعلن موازنة 2026 | التفاصيل الكاملة"],
)
def test_headline_with_a_year_and_a_bar_stays_the_headline(headline: str) -> None:
    """Guard: a headline holding a year and a bar is no date line."""
    article = _one(_blocks(BYLINE, headline, LEAD, SECOND))
    assert (article.title, article.published) == (headline, None)


# -- L4. "1 يوليو 2026 | كتب: سامر الحلبي - القاهرة": the date, the writer and the place ------------------------------

DATED_CREDITS_WITH_PLACE: Final = [
    # (line, author, its date part, what stays as the story's first line, published)
    (
        "1 يوليو 2026 | كتب: سامر الحلبي - القاهرة",
        "سامر الحلبي",
        "1 يوليو 2026",
        "1 يوليو 2026 | القاهرة",
        "2026-07-01",
    ),
    (
        "الأحد 5 أبريل 2026 - بقلم: منى الخطيب - بيروت",
        "منى الخطيب",
        "الأحد 5 أبريل 2026",
        "الأحد 5 أبريل 2026 - بيروت",
        "2026-04-05",
    ),
    ("2026/07/01 | كتب: سامر الحلبي – الرباط", "سامر الحلبي", "2026/07/01", "2026/07/01 | الرباط", "2026-07-01"),
    (
        "30 نوفمبر 2026 | كتب: مازن العطار - الدار البيضاء",
        "مازن العطار",
        "30 نوفمبر 2026",
        "30 نوفمبر 2026 | الدار البيضاء",
        "2026-11-30",
    ),
]


@pytest.mark.parametrize(("line", "author", "date", "first", "published"), DATED_CREDITS_WITH_PLACE)
@pytest.mark.parametrize("under_headline", [True, False], ids=["under-headline", "over-headline"])
def test_date_writer_and_place_in_one_line(
    line: str, author: str, date: str, first: str, published: str, under_headline: bool
) -> None:
    lines = (BYLINE, HEADLINE, line, LEAD, SECOND) if under_headline else (BYLINE, line, HEADLINE, LEAD, SECOND)
    article = _one(_blocks(*lines))
    assert article.title == HEADLINE
    assert (article.author, article.published) == (author, published)
    assert line not in article.paragraphs
    assert article.paragraphs == (first, LEAD, SECOND)


@pytest.mark.parametrize(("line", "author", "date", "first", "published"), DATED_CREDITS_WITH_PLACE)
def test_date_writer_and_place_credit(line: str, author: str, date: str, first: str, published: str) -> None:
    assert credit_line(line) == (author, first, date)
    assert author_credit(line) == (author, date)
    assert is_date_line(first)
    assert iso_date(first) == published


@pytest.mark.parametrize(
    "line",
    [
        "1 يوليو 2026 | كتب: سامر الحلبي - رويترز",  # an agency after the name: no place
        "1 يوليو 2026 | كتب: سامر الحلبي - مراسل الموقع في مدينة الشمال",  # a title of many words
    ],
)
def test_date_writer_and_other_words_are_not_read_as_a_place(line: str) -> None:
    """Guard: only a place of a few words after the writer's name is kept beside the date; other words leave the
    line as written."""
    article = _one(_blocks(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert article.paragraphs == (line, LEAD, SECOND)


# -- L3. a date line closing the story --------------------------------------------------------------------------

CLOSING_DATES: Final = [
    # (last line, published)
    ("نشر في 3 أغسطس 2026", "2026-08-03"),
    ("3 أغسطس 2026 - 10:15", "2026-08-03T10:15:00"),
    ("تاريخ النشر: 2026/08/03", "2026-08-03"),
    ("الاثنين 3 أغسطس 2026", "2026-08-03"),
    ("القاهرة في 3 أغسطس 2026", "2026-08-03"),
    ("3 أغسطس 2026 | القاهرة", "2026-08-03"),
    ("الثلاثاء 19 صفر 1448 هـ", "2026-08-04"),
]


@pytest.mark.parametrize(("last", "published"), CLOSING_DATES)
def test_date_line_closing_the_story_dates_it(last: str, published: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, THIRD, last))
    assert article.title == HEADLINE
    assert article.published == published
    assert article.paragraphs == (LEAD, SECOND, THIRD)


@pytest.mark.parametrize(("last", "published"), CLOSING_DATES)
def test_date_line_under_the_source_line_dates_the_story(last: str, published: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, "المصدر: وكالة الأنباء الوطنية", last))
    assert article.published == published
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(("last", "published"), CLOSING_DATES)
def test_date_line_closing_the_story_without_a_headline(last: str, published: str) -> None:
    article = _one(_blocks(BYLINE, LEAD, SECOND, last))
    assert article.published == published
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(("last", "published"), CLOSING_DATES)
def test_date_over_the_text_wins_over_the_closing_one(last: str, published: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, "الخميس 30 يوليو 2026", LEAD, SECOND, last))
    assert article.published == "2026-07-30" != published
    assert article.paragraphs == ("الخميس 30 يوليو 2026", LEAD, SECOND)


def test_closing_date_of_a_read_also_story_is_its_own() -> None:
    other = "انقطاع المياه عن ثلاثة أحياء غدا للصيانة"
    other_lead = "تعلن شركة المياه عن انقطاع الخدمة عن أحياء الروضة والنخيل من التاسعة صباحا حتى الخامسة مساء."
    other_second = "وطالبت الشركة السكان بتخزين ما يكفي من المياه خلال فترة الانقطاع."
    text = _blocks(BYLINE, HEADLINE, LEAD, SECOND, "اقرأ أيضا:", other, other_lead, other_second, "نشر في 2 أغسطس 2026")
    main, story = _parse(text)
    assert (main.title, main.published) == (HEADLINE, None)
    assert (story.title, story.published) == (other, "2026-08-02")
    assert story.paragraphs == (other_lead, other_second)


@pytest.mark.parametrize(
    "last",
    [
        "وتنتهي مهلة التسجيل في 3 أغسطس 2026.",  # a sentence with a date
        "منذ ساعتين",  # a relative stamp: no date
        "مهرجان الموسيقى العربية يعود في 3 أغسطس 2026",  # a headline's words
    ],
)
def test_closing_line_that_is_no_dateline_gives_no_date(last: str) -> None:
    """Guard: only a dateline closing the story dates it."""
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, last))
    assert article.published is None


def test_closing_date_under_furniture_only_stays() -> None:
    """Guard: a date under an author line under a short line is furniture with nothing but furniture below."""
    deck = "الحديقة تضم مسارات للمشي وملاعب للأطفال"
    article = _one(_blocks(HEADLINE, deck, "بقلم: سلمى الحداد", "3 أغسطس 2026"))
    assert article.author is None
    assert "بقلم: سلمى الحداد" in article.paragraphs


# -- N1. a colon closing the author line: "كتب - أحمد فوزي:" --------------------------------------------------------

COLON_CREDITS: Final = [
    # (author line, author)
    ("كتب - أحمد فوزي:", "أحمد فوزي"),
    ("كتب: منى عبد الحميد:", "منى عبد الحميد"),
    ("كتبت - سارة الجمال:", "سارة الجمال"),
    ("بقلم: سامر الحلبي:", "سامر الحلبي"),
]


@pytest.mark.parametrize(("line", "author"), COLON_CREDITS)
def test_author_line_closed_by_a_colon(line: str, author: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, author)
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "line",
    [
        "كتب الوزير على منصة إكس:",  # a sentence bringing a quote: no separator after the marker
        "كتب: وزير الخارجية على منصة إكس مساء أمس:",  # too many words for a name
    ],
)
def test_line_ending_with_a_colon_that_is_no_credit(line: str) -> None:
    """Guard: a colon closes a credit line only after a marker's separator and a short name."""
    assert credit_line(line) is None


# -- N2. a city after the writer's comma, then the date: "By Sarah Collins, Dubai | Nov 17, 2026" ------------------

CITY_AFTER_COMMA: Final = [
    # (line, author, what stays as the story's first line, published)
    (
        "By Sarah Collins, Dubai | Nov 17, 2026 10:00 AM GMT",
        "Sarah Collins",
        "Dubai | Nov 17, 2026 10:00 AM GMT",
        "2026-11-17T10:00:00+00:00",
    ),
    ("كتب: سامر الحلبي، القاهرة | 30 نوفمبر 2026", "سامر الحلبي", "القاهرة | 30 نوفمبر 2026", "2026-11-30"),
    ("بقلم: منى الخطيب، بيروت - الأحد 29 نوفمبر 2026", "منى الخطيب", "بيروت - الأحد 29 نوفمبر 2026", "2026-11-29"),
    ("كتب: مازن العطار، رام الله | 30 نوفمبر 2026", "مازن العطار", "رام الله | 30 نوفمبر 2026", "2026-11-30"),
]


@pytest.mark.parametrize(("line", "author", "first", "published"), CITY_AFTER_COMMA)
def test_city_after_the_writers_comma_then_a_date(line: str, author: str, first: str, published: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.author, article.published) == (HEADLINE, author, published)
    assert article.paragraphs == (first, LEAD, SECOND)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Doe, John Roe", "Jane Doe, John Roe"),  # two writers
        ("By Jane Doe, Reuters", "Jane Doe"),  # an agency
    ],
)
def test_comma_credits_without_a_date_are_unchanged(line: str, author: str) -> None:
    """Guard: without a date after the city the comma reads as before."""
    found = credit_line(line)
    assert found is not None and found[0] == author


def test_second_writer_before_a_date_is_no_city() -> None:
    """Guard: two capitalised words after the comma may be a second writer: not taken for the city."""
    found = credit_line("By Jane Doe, John Roe | Nov 30, 2026")
    assert found is None or found[0] != "Jane Doe"


# -- N3. publication and update dates in one long line --------------------------------------------------------------

LONG_LABELLED: Final = [
    # (line, published)
    (
        "نشر في: الإثنين 30 نوفمبر 2026 - 1:15 م | آخر تحديث: الإثنين 30 نوفمبر 2026 - 3:40 م",
        "2026-11-30T13:15:00",
    ),
    (
        "آخر تحديث: الإثنين 30 نوفمبر 2026 - 3:40 م | نشر في: الإثنين 30 نوفمبر 2026 - 1:15 م",
        "2026-11-30T13:15:00",
    ),
    (
        "Published: Monday, November 30, 2026 - 1:15 PM | Updated: Monday, November 30, 2026 - 3:40 PM",
        "2026-11-30T13:15:00",
    ),
]


@pytest.mark.parametrize(("line", "published"), LONG_LABELLED)
def test_long_line_of_publication_and_update(line: str, published: str) -> None:
    assert is_date_line(line)
    assert iso_date(line) == published
    article = _one(_blocks(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.published) == (HEADLINE, published)
    assert article.paragraphs == (line, LEAD, SECOND)


@pytest.mark.parametrize(
    "line",
    [
        "نشر في: الإثنين 30 نوفمبر 2026 - 1:15 م | آخر تحديث: وزارة الصحة تعلن تعديل مواعيد العمل في المستشفيات",
        "الاجتماع يعقد يوم الإثنين 30 نوفمبر 2026 - 1:15 م | ويستمر حتى يوم الثلاثاء 1 ديسمبر 2026 - 3:40 م",
    ],
)
def test_long_line_with_other_words_is_no_date_line(line: str) -> None:
    """Guard: every part of such a line must be a dateline with its label."""
    assert not is_date_line(line)


# -- N4. the site and agencies closing the story: "فرانس 24/ أ ف ب" ------------------------------------------------

CLOSING_CREDITS: Final = [
    # (last line, attribution)
    ("بوابة المدينة/ أ ف ب", "بوابة المدينة / أ ف ب"),
    ("بوابة المدينة + وكالات", "بوابة المدينة / وكالات"),
    ("رويترز/ أ ف ب", "رويترز / أ ف ب"),
    ("وكالات/بوابة المدينة", "وكالات / بوابة المدينة"),
]


@pytest.mark.parametrize(("last", "attribution"), CLOSING_CREDITS)
def test_site_and_agencies_closing_the_story(last: str, attribution: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, last))
    assert article.attribution == attribution
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "last",
    [
        "صحيفة النهر/ أ ف ب",  # another outlet than the page's own
        "بوابة المدينة/ مراسلنا",  # no agency
        "الدولار/ الجنيه",  # a rate's pair
    ],
)
def test_other_slashed_closing_lines_stay(last: str) -> None:
    """Guard: only the page's own site and agencies make the closing credit."""
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, last))
    assert article.attribution is None
    assert article.paragraphs == (LEAD, SECOND, last)


# -- N5. a town, a dash and the correspondent's name, a colon closing the line: "بنها – عبد الله محمود:" --------------

TOWN_CORRESPONDENTS: Final = [
    # (line, author, the town, kept as the story's first line)
    ("بنها – عبد الله محمود:", "عبد الله محمود", "بنها"),
    ("كفر الشيخ - سامي النجار:", "سامي النجار", "كفر الشيخ"),
    ("القاهرة - منى عبد الحميد:", "منى عبد الحميد", "القاهرة"),
]


@pytest.mark.parametrize(("line", "author", "town"), TOWN_CORRESPONDENTS)
def test_town_dash_name_closed_by_a_colon(line: str, author: str, town: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, author)
    assert article.paragraphs == (town, LEAD, SECOND)


@pytest.mark.parametrize(
    "line",
    [
        "غزة – قصف جديد:",  # no person's name
        "مصر – محمد صلاح: لن أعتزل",  # words after the colon: a headline's quote
        "بنها: عبد الله محمود:",  # a colon, not a dash, between them
    ],
)
def test_other_town_lines_are_no_correspondent(line: str) -> None:
    """Guard: only a dash and a person's name before the closing colon."""
    assert credit_line(line) is None


# -- N6. the writer's name alone between the headline and its dateline ----------------------------------------------

NAMES_OVER_DATES: Final = [
    # (name line, date line, published)
    ("محمد عبد الرحمن", "نشر في: الإثنين 30 نوفمبر 2026 - 1:15 م", "2026-11-30T13:15:00"),
    ("سارة الجمال", "الخميس 3 ديسمبر 2026", "2026-12-03"),
    ("أحمد فوزي", "03/12/2026 - 10:30", "2026-12-03T10:30:00"),
]


@pytest.mark.parametrize(("name", "dateline", "published"), NAMES_OVER_DATES)
def test_name_alone_over_the_dateline_is_the_author(name: str, dateline: str, published: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, name, dateline, LEAD, SECOND))
    assert (article.title, article.author, article.published) == (HEADLINE, name, published)
    assert article.paragraphs == (dateline, LEAD, SECOND)


@pytest.mark.parametrize(
    "lines",
    [
        ("الحديقة مفتوحة مجانا", "الخميس 3 ديسمبر 2026", LEAD),  # a subtitle that says something
        ("محمد عبد الرحمن", LEAD, SECOND),  # no dateline under the name
        ("الخميس 3 ديسمبر 2026", "محمد عبد الرحمن", LEAD),  # the name under the dateline, over the text
        ("مهرجان الربيع", "الخميس 3 ديسمبر 2026", LEAD),  # no first name one knows
    ],
)
def test_other_lines_over_a_dateline_are_no_author(lines: tuple[str, ...]) -> None:
    """Guard: only a person's name right under the headline and right over a dateline is the writer."""
    article = _one(_blocks(BYLINE, HEADLINE, *lines, SECOND))
    assert article.author is None


# -- N7. "للمزيد:" and one web address on its line -------------------------------------------------------------------

MORE_ADDRESSES: Final = [
    # (line, the link's address)
    ("للمزيد: https://www.madina.example/news/48213", "https://www.madina.example/news/48213"),
    ("المزيد: https://madina.example/?p=48213", "https://madina.example/?p=48213"),
    ("للمزيد : www.madina.example/news/48213", "www.madina.example/news/48213"),
]


@pytest.mark.parametrize(("line", "address"), MORE_ADDRESSES)
def test_more_marker_and_an_address_is_a_related_link(line: str, address: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, line))
    assert article.paragraphs == (LEAD, SECOND)
    assert len(article.related) == 1
    assert address.removeprefix("https://").rstrip("/") in (article.related[0].url or "")


@pytest.mark.parametrize(
    "line",
    [
        "للمزيد: تابعونا على https://www.madina.example",  # words before the address: a sentence
        "للمزيد: على الحكومة أن تفعل أكثر",  # a headline
    ],
)
def test_more_marker_with_words_is_no_marker(line: str) -> None:
    """Guard: "للمزيد:" is a marker before a lone address or alone, as before."""
    assert match_marker(line) is None


# -- N8. a dateline closing the page under its related list --------------------------------------------------------

RELATED_TITLES: Final = ("اكتشاف ثلاثة أنواع جديدة من العناكب", "دراسة: النحل يتعرف على الوجوه البشرية")
LIST_CLOSING_DATES: Final = [
    # (last line, published)
    ("الاثنين 30 نوفمبر 2026 - 12:10", "2026-11-30T12:10:00"),
    ("نشر في 30 نوفمبر 2026", "2026-11-30"),
    ("2026/11/30", "2026-11-30"),
]


@pytest.mark.parametrize(("last", "published"), LIST_CLOSING_DATES)
@pytest.mark.parametrize(
    ("marker", "bullet"),
    [("اقرأ أيضا:", "- "), ("اقرأ أيضا:", "  • "), ("مقالات مشابهة", "- "), ("مقالات مشابهة", "")],
)
def test_dateline_under_the_related_list_dates_the_page(last: str, published: str, marker: str, bullet: str) -> None:
    items = "\n".join(bullet + title for title in RELATED_TITLES)
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, marker, items, last))
    assert article.published == published
    assert tuple(link.title for link in article.related) == RELATED_TITLES
    assert article.paragraphs == (LEAD, SECOND)


def test_dateline_under_the_list_and_over_hashtags() -> None:
    items = "\n".join("- " + title for title in RELATED_TITLES)
    article = _one(
        _blocks(BYLINE, HEADLINE, LEAD, SECOND, "مقالات مشابهة", items, "نشر في 30 نوفمبر 2026", "#النحل #العلوم")
    )
    assert (article.published, article.keywords) == ("2026-11-30", ("النحل", "العلوم"))
    assert tuple(link.title for link in article.related) == RELATED_TITLES


def test_dateline_over_the_text_wins_over_the_list_closing_one() -> None:
    items = "\n".join("- " + title for title in RELATED_TITLES)
    article = _one(
        _blocks(BYLINE, HEADLINE, "الخميس 26 نوفمبر 2026", LEAD, SECOND, "مقالات مشابهة", items, "2026/11/30")
    )
    assert article.published == "2026-11-26"


@pytest.mark.parametrize(
    "titles",
    [
        ("مهرجان الموسيقى – 5 مارس 2027",),  # a title's words before a date: a "maybe" dateline
        ("30 نوفمبر 2026", "علماء يرصدون سربا من الطيور المهاجرة"),  # a card's date, a title under it
    ],
)
def test_dates_among_the_related_titles_do_not_date_the_page(titles: tuple[str, ...]) -> None:
    """Guard: only a sure dateline with nothing but closing lines under it closes the page; a title's words
    before a date stay a title, and a card's date right under its title is that story's, no link (a link
    titled "30 نوفمبر 2026" would lead nowhere)."""
    items = "\n".join((*RELATED_TITLES, *titles))
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, "مقالات مشابهة", items))
    assert article.published is None
    kept = tuple(title for title in titles if title != "30 نوفمبر 2026")
    assert tuple(link.title for link in article.related) == (*RELATED_TITLES, *kept)


@pytest.mark.parametrize("last_date", ["29 نوفمبر 2026", "الأحد 29 نوفمبر 2026 - 10:15", "2026/11/29"])
def test_each_cards_date_under_its_title_is_no_link_and_the_last_no_page_date(last_date: str) -> None:
    """A list of cards, each title with its date right under it: no date is a link, and the last card's date,
    the last line, does not date the page (docs10: it took the last card's date as the page's)."""
    items = "\n".join((RELATED_TITLES[0], "30 نوفمبر 2026", RELATED_TITLES[1], last_date))
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, "مقالات مشابهة", items))
    assert article.published is None
    assert tuple(link.title for link in article.related) == RELATED_TITLES[:2]


# -- N9. a place and its agency or site, a bar, the date: "طرابلس – بوابة الوسط | الأحد 29 نوفمبر 2026" -------------

CREDITED_DATELINES: Final = [
    # (line, published, attribution, source when the file names none)
    ("طرابلس – بوابة الوسط | الأحد 29 نوفمبر 2026، 10:30 صباحا", "2026-11-29T10:30:00", None, "بوابة الوسط"),
    ("القاهرة - أ ش أ | 29 نوفمبر 2026", "2026-11-29", "أ ش أ", None),
    ("عمّان – بترا | 2026/11/29 - 14:05", "2026-11-29T14:05:00", "بترا", None),
]


@pytest.mark.parametrize(("line", "published", "attribution", "source"), CREDITED_DATELINES)
def test_place_credit_bar_and_date_under_the_headline(
    line: str, published: str, attribution: str | None, source: str | None
) -> None:
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.published) == (HEADLINE, published)
    assert (article.attribution, article.source) == (attribution, source)
    assert article.paragraphs == (line, LEAD, SECOND)


@pytest.mark.parametrize(("line", "published", "attribution", "source"), CREDITED_DATELINES)
def test_place_credit_bar_and_date_under_a_byline(
    line: str, published: str, attribution: str | None, source: str | None
) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert (article.published, article.attribution) == (published, attribution)
    assert article.source == "بوابة المدينة"


@pytest.mark.parametrize(
    "line",
    [
        "الحكومة تعلن خطة جديدة | 29 نوفمبر 2026",  # a sentence before the bar
        "طرابلس – بوابة الوسط | العدد 4521",  # no date after it
    ],
)
def test_other_lines_with_a_bar_give_no_date(line: str) -> None:
    """Guard: only a place and its credit before the bar and a whole date after it."""
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert article.published is None


# -- N10. a doctor's title and a name alone over an opinion piece: "د. عمر الخطيب" ------------------------------------

TITLED_NAMES: Final = ["د. عمر الخطيب", "أ.د. هالة السعدي", "الدكتور سامر الحلبي", "د.منى الخطيب"]


@pytest.mark.parametrize("name", TITLED_NAMES)
def test_doctor_and_name_over_the_text_is_the_author(name: str) -> None:
    article = _one(_blocks("رأي المدينة – مقالات", HEADLINE, name, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, name)
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "lines",
    [
        ("عمر الخطيب", LEAD),  # no title, no dateline: may be the story's subject
        ("د. الاقتصاد ينمو", LEAD),  # no person's name after the title
        ("د. عمر الخطيب", "الحديقة تضم مسارات للمشي"),  # over a short line, not text that ends like a sentence
    ],
)
def test_other_lines_over_the_text_are_no_author(lines: tuple[str, ...]) -> None:
    """Guard: a name alone right over the text is the writer only after a doctor's title."""
    article = _one(_blocks(BYLINE, HEADLINE, *lines, SECOND))
    assert article.author is None


# -- break11: the closing rules' near misses ------------------------------------------------------------------


@pytest.mark.parametrize(
    "last",
    [
        "الموعد النهائي للتسجيل 3 أغسطس 2026",
        "آخر موعد للتسجيل 3 أغسطس 2026",
        "امتحانات الثانوية العامة 3 أغسطس 2026",
        "عطلة رسمية يوم 3 أغسطس 2026",
    ],
)
def test_a_last_sentence_ending_in_a_date_stays_text(last: str) -> None:
    """A sentence's words before the date: text, not a closing dateline (break11 H1: deleted, and the date
    taken for the story's)."""
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, last))
    assert article.published is None
    assert article.paragraphs == (LEAD, SECOND, last)


@pytest.mark.parametrize(
    ("last", "published"),
    [("القاهرة في 3 أغسطس 2026", "2026-08-03"), ("أبو ظبي في 3 أغسطس 2026", "2026-08-03")],
)
def test_a_place_and_a_date_still_close_the_story(last: str, published: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, last))
    assert (article.published, article.paragraphs) == (published, (LEAD, SECOND))


@pytest.mark.parametrize("closing", ["الأحد 29 نوفمبر 2026 - 10:15", "نشر في: الأحد 29 نوفمبر 2026 - 10:15"])
def test_the_pages_dateline_right_under_an_undated_list_dates_the_page(closing: str) -> None:
    """No card of the list has a date: a dateline glued under its last title is the page's (break11 M1)."""
    items = "\n".join("• " + title for title in RELATED_TITLES)
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, "اقرأ أيضا\n" + items + "\n" + closing))
    assert article.published == "2026-11-29T10:15:00"
    assert tuple(link.title for link in article.related) == RELATED_TITLES
