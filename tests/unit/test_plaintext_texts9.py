"""The plain-text parser on audit texts9's findings: "محدث:"/"منشور:"/"تاريخ الخبر:" datelines over the headline,
a date line written date first with the writer after a bar, a wire agency in the lead under a date line, an agency
between dashes without brackets, the headline under a byline and an address, "للمزيد:" over a list of headlines,
and credits closing the story.

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.markers import MarkerKind, match_marker
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import dateline_kind, iso_date

BYLINE: Final = "صدى الوادي - محليات"
HEADLINE: Final = "افتتاح أكبر محطة لتحلية المياه في المنطقة الشرقية"
LEAD: Final = "افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا."
SECOND: Final = "وقال مدير المشروع إن المحطة ستغطي احتياجات نحو نصف مليون نسمة في القرى المجاورة."
THIRD: Final = "ومن المنتظر أن تدخل المرحلة الثانية من المشروع حيز التشغيل العام المقبل."


def _doc(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _one(*blocks: str) -> Article:
    articles = _parse(_doc(*blocks))
    assert len(articles) == 1
    return articles[0]


# -- M1. "محدث:", "مُحدَّث:", "منشور:", "تاريخ الخبر:" over the headline -------------------------------------------

LABELLED_DATES: Final = [
    # (dateline over the headline, published)
    ("محدث: 3 مارس 2027 - 09:45 بتوقيت مكة", "2027-03-03T09:45:00+03:00"),
    ("مُحدَّث: 3 مارس 2027", "2027-03-03"),
    ("محدّث في 3 مارس 2027", "2027-03-03"),
    ("منشور: 2027/03/03", "2027-03-03"),
    ("منشور في: 3 مارس 2027 - 10:15 ص", "2027-03-03T10:15:00"),
    ("تاريخ الخبر: 03-03-2027", "2027-03-03"),
    ("تاريخ الإضافة: 3 مارس 2027", "2027-03-03"),
    ("تاريخ النشر: 3 مارس 2027", "2027-03-03"),
    ("نُشر في: 3 مارس 2027", "2027-03-03"),
]


@pytest.mark.parametrize(("dateline", "published"), LABELLED_DATES)
def test_labelled_dateline_over_the_headline_is_its_date(dateline: str, published: str) -> None:
    article = _one(BYLINE, dateline, HEADLINE, LEAD, SECOND)
    assert article.title == HEADLINE
    assert article.published == published
    assert article.paragraphs[-2:] == (LEAD, SECOND)


@pytest.mark.parametrize(("dateline", "published"), LABELLED_DATES)
def test_labelled_dateline_is_sure(dateline: str, published: str) -> None:
    assert dateline_kind(dateline) == "sure"
    assert iso_date(dateline) == published


@pytest.mark.parametrize(
    "headline",
    [
        "منشور سري يكشف خطة الشركة لتسريح الموظفين",
        "محدث الخرائط يضيف 300 قرية جديدة",
        "تاريخ الخبر الصحفي في 100 عام",
        "منشور 5 نجوم يثير الجدل",
    ],
)
def test_headline_starting_with_a_date_label_stays_the_headline(headline: str) -> None:
    assert dateline_kind(headline) is None
    article = _one(BYLINE, headline, LEAD, SECOND)
    assert article.title == headline
    assert article.published is None


# -- M2. A dateline written date first, then a bar (or dash) and the writer ----------------------------------------

DATE_FIRST: Final = [
    # (line, author, the dateline that stays, published)
    ("1 يوليو 2027 | كتب: سامر الحلبي", "سامر الحلبي", "1 يوليو 2027", "2027-07-01"),
    ("نشر في 2027/07/01 | المحرر الرياضي", "المحرر الرياضي", "نشر في 2027/07/01", "2027-07-01"),
    ("الخميس 1 يوليو 2027 - بقلم: منى حداد", "منى حداد", "الخميس 1 يوليو 2027", "2027-07-01"),
    ("2027-07-01 10:30 | فريق التحرير", "فريق التحرير", "2027-07-01 10:30", "2027-07-01T10:30:00"),
    ("1 يوليو 2027 | رانيا القاسم", "رانيا القاسم", "1 يوليو 2027", "2027-07-01"),
    ("1 يوليو 2027 · رانيا القاسم", "رانيا القاسم", "1 يوليو 2027", "2027-07-01"),  # break9 L2
]


@pytest.mark.parametrize(("line", "author", "kept", "published"), DATE_FIRST)
@pytest.mark.parametrize("where", ["under", "over", "top"])
def test_date_first_credit_line_gives_date_and_author(
    line: str, author: str, kept: str, published: str, where: str
) -> None:
    blocks = {
        "under": (BYLINE, HEADLINE, line, LEAD, SECOND),
        "over": (BYLINE, line, HEADLINE, LEAD, SECOND),
        "top": (line, HEADLINE, LEAD, SECOND),
    }[where]
    article = _one(*blocks)
    assert article.title == HEADLINE
    assert article.author == author
    assert article.published == published
    assert article.paragraphs == (kept, LEAD, SECOND)


@pytest.mark.parametrize(
    "line",
    [
        "1 يوليو 2027 | الرياضة",  # a section, not a writer
        "1 يوليو 2027 | افتتاح المحطة الجديدة",  # a headline's words
        "المنتخب يفوز 3 - المحرر الرياضي",  # no dateline before the bar
    ],
)
def test_date_and_bar_before_other_words_is_no_credit(line: str) -> None:
    article = _one(BYLINE, HEADLINE, line, LEAD, SECOND)
    assert article.author is None
    assert line in article.paragraphs


# -- L3. The wire agency of the lead under a date line ------------------------------------------------------------

AGENCY_LEAD: Final = "المكلا - (سبأ) - " + LEAD
DATE_LINE: Final = "12 مايو 2027"


@pytest.mark.parametrize(
    "blocks",
    [
        (BYLINE, HEADLINE, DATE_LINE, AGENCY_LEAD, SECOND),
        (BYLINE, DATE_LINE, HEADLINE, AGENCY_LEAD, SECOND),
        (BYLINE, HEADLINE, "كتب: رامي العطار", DATE_LINE, AGENCY_LEAD, SECOND),
        (BYLINE, HEADLINE, DATE_LINE, "https://sada-alwadi.example/local/2027/desal", AGENCY_LEAD, SECOND),
    ],
    ids=["date-under", "date-over", "author-and-date", "date-and-address"],
)
def test_agency_of_the_lead_under_a_date_line_is_the_attribution(blocks: tuple[str, ...]) -> None:
    article = _one(*blocks)
    assert article.title == HEADLINE
    assert article.attribution == "سبأ"
    assert article.published == "2027-05-12"
    assert AGENCY_LEAD in article.paragraphs


# -- L4. An agency between dashes without brackets opening the lead ------------------------------------------------

DASHED_LEADS: Final = [
    # (dateline of the lead, attribution)
    ("جدة - واس - ", "واس"),
    ("جدة – واس – ", "واس"),
    ("إربد - بترا - ", "بترا"),
    ("العين - وام - ", "وام"),
    ("أبو ظبي - وام - ", "وام"),
    ("الزرقاء - (بترا) - ", "بترا"),
]


@pytest.mark.parametrize(("dateline", "attribution"), DASHED_LEADS)
def test_agency_between_dashes_in_the_lead_is_the_attribution(dateline: str, attribution: str) -> None:
    lead = dateline + LEAD
    article = _one(BYLINE, HEADLINE, lead, SECOND)
    assert article.attribution == attribution
    assert article.paragraphs == (lead, SECOND)  # the lead stays as written


@pytest.mark.parametrize(
    "dateline",
    [
        "جدة - مصر - ",  # a country, no agency
        "جدة - رامي العطار - ",  # a person
        "الأهلي - الاتحاد - ",  # two teams
        "المياه - الكهرباء - وام - ",  # the agency after a third dash only
    ],
)
def test_words_between_dashes_that_name_no_agency_are_no_credit(dateline: str) -> None:
    article = _one(BYLINE, HEADLINE, dateline + LEAD, SECOND)
    assert article.attribution is None


# -- L5. Byline, then the page's address, then the headline ---------------------------------------------------------

ADDRESS_UNDER_BYLINE: Final = [
    # (address line, url)
    ("https://sada-alwadi.example/local/2027/desal-plant", "https://sada-alwadi.example/local/2027/desal-plant"),
    ("www.sada-alwadi.example/local/2027/desal-plant", "https://www.sada-alwadi.example/local/2027/desal-plant"),
    ("https://sada-alwadi.example/?p=8812", "https://sada-alwadi.example/?p=8812"),
    ("https://sada-alwadi.example/", "https://sada-alwadi.example/"),
]


@pytest.mark.parametrize(("address", "url"), ADDRESS_UNDER_BYLINE)
@pytest.mark.parametrize("byline", [BYLINE, "صحيفة صدى الوادي"], ids=["byline", "site-name"])
def test_headline_under_byline_and_address_is_no_paragraph(address: str, url: str, byline: str) -> None:
    article = _one(byline, address, HEADLINE, LEAD, SECOND, THIRD)
    assert article.title == HEADLINE
    assert article.url == url
    assert article.paragraphs == (LEAD, SECOND, THIRD)


# -- L6. "للمزيد:" / "المزيد:" over a list of headlines ------------------------------------------------------------

MORE_TITLES: Final = ("وزارة المياه تطلق حملة لترشيد الاستهلاك", "متى تنتهي أزمة العطش في القرى الجبلية؟")


@pytest.mark.parametrize("marker", ["للمزيد:", "المزيد:", "للمزيد :", "لمزيد من الأخبار:", "لمزيد من الأخبار"])
@pytest.mark.parametrize("bullet", ["- ", "• ", ""], ids=["dash", "dot", "bare"])
def test_more_marker_over_headlines_gives_related_links(marker: str, bullet: str) -> None:
    titles = "\n".join(bullet + title for title in MORE_TITLES)
    article = _one(BYLINE, HEADLINE, LEAD, SECOND, marker + "\n" + titles)
    assert article.paragraphs == (LEAD, SECOND)
    assert [link.title for link in article.related] == list(MORE_TITLES)


@pytest.mark.parametrize(
    "line",
    [
        "للمزيد من المعلومات يمكن زيارة موقع الوزارة أو الاتصال بالرقم المجاني.",
        "المزيد من القرى ستحصل على المياه العام المقبل",
    ],
)
def test_text_starting_with_more_stays_text(line: str) -> None:
    article = _one(BYLINE, HEADLINE, LEAD, line, SECOND)
    assert line in article.paragraphs
    assert article.related == ()


@pytest.mark.parametrize("word", ["المزيد", "للمزيد", "المزيد »"])
def test_more_without_a_colon_is_no_marker(word: str) -> None:
    assert match_marker(word) is None
    assert match_marker(word.rstrip(" »") + ":") == (MarkerKind.RELATED, "")


# -- L7. Credits closing the story -------------------------------------------------------------------------------

CLOSINGS: Final = [
    # (last line, author, attribution)
    ("تحرير: هالة منصور", "هالة منصور", None),
    ("إعداد: رامي العطار", "رامي العطار", None),
    ("وكالات", None, "وكالات"),
    ("رويترز", None, "رويترز"),
    ("AFP", None, "AFP"),
]


@pytest.mark.parametrize(("last", "author", "attribution"), CLOSINGS)
def test_closing_credit_line_is_author_or_attribution(last: str, author: str | None, attribution: str | None) -> None:
    article = _one(BYLINE, HEADLINE, LEAD, SECOND, THIRD, last)
    assert (article.author, article.attribution) == (author, attribution)
    assert article.paragraphs == (LEAD, SECOND, THIRD)


def test_closing_credit_and_top_author_are_both_kept() -> None:
    article = _one(BYLINE, HEADLINE, "كتب: سامر الحلبي", LEAD, SECOND, "تحرير: هالة منصور")
    assert article.author == "سامر الحلبي / هالة منصور"
    assert article.paragraphs == (LEAD, SECOND)


@pytest.mark.parametrize(
    "last",
    [
        "تقرير: الحكومة تقر خطة جديدة لتوزيع المياه على القرى",  # a headline after "تقرير:"
        "Map",  # a caption's word
        "المياه",  # a word, no agency
    ],
)
def test_other_closing_lines_stay_paragraphs(last: str) -> None:
    article = _one(BYLINE, HEADLINE, LEAD, SECOND, last)
    assert article.paragraphs[-1] == last
    assert (article.author, article.attribution) == (None, None)


@pytest.mark.parametrize(
    ("last", "attribution"), [("وكالات", "سبأ / وكالات"), ("(وكالات)", "سبأ / وكالات"), ("(سبأ)", "سبأ")]
)
def test_lead_agency_and_closing_agencies_are_both_kept_once(last: str, attribution: str) -> None:
    article = _one(BYLINE, HEADLINE, AGENCY_LEAD, SECOND, last)
    assert article.attribution == attribution
    assert article.paragraphs == (AGENCY_LEAD, SECOND)


def test_named_source_at_the_end_stays_the_only_attribution() -> None:
    article = _one(BYLINE, HEADLINE, AGENCY_LEAD, SECOND, "المصدر: وكالة الأنباء اليمنية")
    assert article.attribution == "وكالة الأنباء اليمنية"


# -- journey9 M2. A byline whose dateline follows a middle dot or a bullet, as pages write it ----------------------

DOTTED: Final = [
    ("كتب: سامي النجار · الاثنين 16 نوفمبر 2026", "سامي النجار", "2026-11-16"),
    ("كتب: سامي النجار • الاثنين 16 نوفمبر 2026", "سامي النجار", "2026-11-16"),
    ("By Jane Roe · Nov 16, 2026", "Jane Roe", "2026-11-16"),
]


@pytest.mark.parametrize(("line", "author", "published"), DOTTED)
def test_a_dotted_byline_gives_author_and_date(line: str, author: str, published: str) -> None:
    """The line a page's byline reads as (``bylines``) reads the same in a text file: the name and the date."""
    article = _one(HEADLINE, line, LEAD, SECOND)
    assert (article.author, article.published) == (author, published)
    assert article.title == HEADLINE


# -- break9 M1. "للمزيد:" with words after it is a sentence or a headline, not a marker ------------------------------


@pytest.mark.parametrize(
    "line",
    ["للمزيد: على الحكومة أن تفعل أكثر", "المزيد: قال محللون إن الأسعار سترتفع، وإن الأجور لن تلحق بها"],
)
def test_more_with_words_after_its_colon_is_text(line: str) -> None:
    article = _one(BYLINE, HEADLINE, LEAD, line, SECOND)
    assert line in article.paragraphs
    assert not article.related


def test_more_with_words_after_its_colon_can_be_the_headline() -> None:
    article = _one("للمزيد: على الحكومة أن تفعل أكثر", LEAD, SECOND)
    assert article.title == "للمزيد: على الحكومة أن تفعل أكثر"


# -- break9 M4. A line giving the update and the publication: the story is dated by its publication --------------


@pytest.mark.parametrize(
    "line",
    [
        "محدث: 2 يوليو 2026 | منشور: 1 يوليو 2026",
        "منشور: 1 يوليو 2026 - محدث: 2 يوليو 2026",
        "Updated: July 2, 2026 | Published: July 1, 2026",
        "آخر تحديث: 2 يوليو 2026 · نشر في: 1 يوليو 2026",
    ],
)
def test_the_publication_dates_the_story_not_the_update(line: str) -> None:
    article = _one(HEADLINE, line, LEAD, SECOND)
    assert article.published == "2026-07-01"
