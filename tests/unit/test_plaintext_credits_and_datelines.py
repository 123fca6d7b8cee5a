"""The plain-text parser's credits and datelines: opinion credits with a title, Maghrebi months and "في"
datelines, a wire dateline at the start of the lead, interview credits, closing agency and hashtag lines,
a breadcrumb that starts with the site's name.

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse import plaintext_dates
from newstui.parse.html import parse_html
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_credits import credit_line
from newstui.parse.plaintext_dates import dateline_kind, iso_date
from newstui.parse.plaintext_head import quick_head
from newstui.save import article_text

BYLINE = "جريدة الساحل – رأي"
HEADLINE = "كيف تتنفس المدن في صيف طويل؟"
LEAD = "تمتد موجات الحر كل عام أسابيع أطول، وتدفع الأحياء المكتظة ثمنها قبل غيرها من شوارع المدينة."
SECOND = "ولا يكفي أن نزرع أشجارا على الأرصفة إذا بقيت الأسطح سوداء تمتص الشمس طوال النهار."

EN_BYLINE = "Harbor Times – Opinion"
EN_HEADLINE = "Can our cities breathe through longer summers"
EN_LEAD = "Heat waves last weeks longer every year, and the most crowded districts pay for them first."
EN_SECOND = "Planting trees on pavements is not enough while the roofs stay black and soak up the sun."


def _doc(*lines: str) -> str:
    return "\n\n".join(lines)


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _again(article: Article) -> Article:
    """The article written back by ``w`` and read again."""
    return parse_plaintext(article_text(article), origin="x")[0]


# -- 1. an opinion writer's credit with a title -------------------------------------------------------

_CREDITS = [
    (
        "pen-doctor-comma-title",
        "بقلم: د. هالة الدباغ، أستاذة الهندسة المعمارية في جامعة الساحل",
        ("د. هالة الدباغ", "أستاذة الهندسة المعمارية في جامعة الساحل", None),
    ),
    (
        "pen-comma-title-ellipsis",
        "بقلم: د. هالة الدباغ، أستاذة الهندسة المعمارية في جامعة …",
        ("د. هالة الدباغ", "أستاذة الهندسة المعمارية في جامعة …", None),
    ),
    (
        "pen-comma-short-title",
        "بقلم: هالة الدباغ، أستاذة الهندسة المعمارية",
        ("هالة الدباغ", "أستاذة الهندسة المعمارية", None),
    ),
    (
        "pen-dash-title",
        "بقلم: هالة الدباغ - باحثة في شؤون المياه بمركز الدراسات الإقليمية",
        ("هالة الدباغ", "باحثة في شؤون المياه بمركز الدراسات الإقليمية", None),
    ),
    (
        "by-doctor-comma-professor",
        "By Dr. Nora Vance, professor of civil engineering at Lakeside University",
        ("Dr. Nora Vance", "professor of civil engineering at Lakeside University", None),
    ),
    (
        "by-comma-a-senior-fellow",
        "By Nora Vance, a senior fellow at the Coastal Policy Institute",
        ("Nora Vance", "a senior fellow at the Coastal Policy Institute", None),
    ),
    ("arabic-list-of-names", "بقلم: حسن الراوي، ومنى الشامي", ("حسن الراوي، ومنى الشامي", None, None)),
    ("english-list-of-names", "By Nora Vance, Omar Haddad", ("Nora Vance, Omar Haddad", None, None)),
    ("title-and-a-sentence", "بقلم: هالة الدباغ، أستاذة الهندسة في الجامعة منذ عشرين عاما.", None),
    ("bar-then-a-sentence", "By Nora Vance | the tram line reopened on Monday after the flood", None),
]


@pytest.mark.parametrize(("line", "credit"), [case[1:] for case in _CREDITS], ids=[case[0] for case in _CREDITS])
def test_credit_line_with_a_title(line: str, credit: tuple[str, str | None, str | None] | None) -> None:
    """The name ends where the writer's title starts; a list of names stays a list, a sentence no credit."""
    assert credit_line(line) == credit


@pytest.mark.parametrize(
    ("byline", "headline", "credit", "lead", "second", "author", "title"),
    [
        (
            BYLINE,
            HEADLINE,
            "بقلم: د. هالة الدباغ، أستاذة الهندسة المعمارية في جامعة الساحل",
            LEAD,
            SECOND,
            "د. هالة الدباغ",
            "أستاذة الهندسة المعمارية في جامعة الساحل",
        ),
        (
            EN_BYLINE,
            EN_HEADLINE,
            "By Dr. Nora Vance, professor of civil engineering at Lakeside University",
            EN_LEAD,
            EN_SECOND,
            "Dr. Nora Vance",
            "professor of civil engineering at Lakeside University",
        ),
    ],
    ids=["arabic", "english"],
)
def test_an_opinion_credit_gives_the_author_and_keeps_the_title(
    byline: str, headline: str, credit: str, lead: str, second: str, author: str, title: str
) -> None:
    """The author is the name; the writer's title stays the story's first line (as a place after a dash does)
    and ``w`` writes it back on the credit line, so the story reads again the same."""
    (article,) = _parse(_doc(byline, headline, credit, lead, second))
    assert (article.title, article.author) == (headline, author)
    assert article.paragraphs == (title, lead, second)
    again = _again(article)
    assert (again.title, again.author, again.paragraphs) == (article.title, article.author, article.paragraphs)


# -- 2. Maghrebi month names and "<place> في <date>" ----------------------------------------------------

_MAGHREBI = [
    ("السبت 28 نونبر 2026", "2026-11-28"),
    ("الأحد 6 شتنبر 2026", "2026-09-06"),
    ("14 يوليوز 2026", "2026-07-14"),
    ("3 غشت 2026", "2026-08-03"),
    ("السبت 9 ماي 2026", "2026-05-09"),
    ("1 دجنبر 2026", "2026-12-01"),
    ("الجزائر – 12 جانفي 2026", "2026-01-12"),
    ("20 فيفري 2026", "2026-02-20"),
    ("تونس – 7 أفريل 2026", "2026-04-07"),
    ("الأربعاء 17 جوان 2026", "2026-06-17"),
    ("5 جويلية 2026", "2026-07-05"),
    ("تونس – 28 أوت 2026", "2026-08-28"),
    ("الرباط في 29 نونبر 2026", "2026-11-29"),
    ("الدار البيضاء في 28 نونبر 2026", "2026-11-28"),
    ("وهران في 2 ديسمبر 2026 - 10:30", "2026-12-02T10:30:00"),
]


@pytest.mark.parametrize(("line", "published"), _MAGHREBI, ids=[line for line, _ in _MAGHREBI])
def test_a_maghrebi_dateline_dates_the_story(line: str, published: str) -> None:
    """Moroccan, Algerian and Tunisian month names, and a place before "في" and a date, are a dateline."""
    assert dateline_kind(line) is not None
    assert iso_date(line) == published
    (article,) = _parse(_doc(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.published) == (HEADLINE, published)
    assert article.paragraphs == (line, LEAD, SECOND)


@pytest.mark.parametrize(
    "headline", ["الانتخابات البلدية في 7 أكتوبر 2026", "اجتماع المجلس في 28 نونبر"], ids=["with-year", "no-year"]
)
def test_a_headline_with_fi_and_a_date_stays_the_headline(headline: str) -> None:
    """ "في" and a date after a word may be a headline's too: in a headline's place it is the headline."""
    (article,) = _parse(_doc(BYLINE, headline, LEAD, SECOND))
    assert article.title == headline
    assert article.paragraphs == (LEAD, SECOND)


# -- 3. a wire dateline at the start of the lead ---------------------------------------------------------

_WIRE = [
    (
        "english-city-country-reuters",
        "Reuters – World",
        "Floods cut roads across the southern marshes",
        "BASRA, Iraq, Nov 29, 2026 (Reuters) - Heavy rains cut roads to a dozen villages, officials said on Sunday.",
        "2026-11-29",
    ),
    (
        "english-city-afp",
        "Harbor Times – World",
        "Port strike enters its second week",
        "MARSEILLE, Dec 2, 2026 (AFP) - Dock workers kept the container terminals closed for an eighth day.",
        "2026-12-02",
    ),
    (
        "arabic-comma-reuters",
        "رويترز – العالم",
        "أمطار غزيرة تقطع طرقا في جنوب العراق",
        "بغداد، 29 نوفمبر 2026 (رويترز) - قطعت أمطار غزيرة الطرق إلى عشرات القرى في الجنوب، وفق مسؤولين محليين.",
        "2026-11-29",
    ),
    (
        "arabic-dash-initials",
        "وكالة الأنباء – محليات",
        "افتتاح معرض الكتاب في دورته الجديدة",
        "القاهرة – 2 ديسمبر 2026 (أ ش أ) – افتتح وزير الثقافة معرض الكتاب بمشاركة مئات الناشرين من عشرين بلدا.",
        "2026-12-02",
    ),
]


@pytest.mark.parametrize(
    ("byline", "headline", "lead", "published"), [case[1:] for case in _WIRE], ids=[case[0] for case in _WIRE]
)
def test_a_wire_dateline_in_the_lead_dates_the_story(byline: str, headline: str, lead: str, published: str) -> None:
    """The lead's wire dateline sets the date; the lead keeps its text as written."""
    second = "The story goes on in a second paragraph." if lead.isascii() else SECOND
    (article,) = _parse(_doc(byline, headline, lead, second))
    assert (article.title, article.published) == (headline, published)
    assert article.paragraphs == (lead, second)


@pytest.mark.parametrize(
    "lead",
    [
        "BASRA, Nov 29 (Reuters) - Heavy rains cut roads to a dozen villages.",  # no year: no date
        "بيروت - أعلن الجيش اليوم أن 12 جنديا أصيبوا في انفجار قرب الحدود.",
        "The 2026 budget - the largest in a decade - passed on Monday.",
        "x" * 300 + " 29 نوفمبر 2026 - نص",  # a date past the lead's head is not looked for
    ],
    ids=["no-year", "place-only", "a-sentence", "far-in"],
)
def test_a_lead_without_a_wire_dateline_gives_no_date(lead: str) -> None:
    assert plaintext_dates.lead_dateline(lead) is None
    (article,) = _parse(_doc(BYLINE, HEADLINE, lead, SECOND))
    assert article.published is None


def test_a_dateline_above_the_lead_comes_first() -> None:
    """A dateline line dates the story; the lead's own is not read over it."""
    lead = "بغداد، 29 نوفمبر 2026 (رويترز) - قطعت أمطار غزيرة الطرق إلى عشرات القرى في الجنوب."
    (article,) = _parse(_doc(BYLINE, HEADLINE, "الاثنين 30 نوفمبر 2026 - 10:30 ص", lead, SECOND))
    assert article.published == "2026-11-30T10:30:00"


# -- 4. interview credits --------------------------------------------------------------------------------

_INTERVIEWS = [
    ("hawarahu", "حاوره: ماجد السراج", "ماجد السراج"),
    ("hawarathu", "حاورته: ليان الخوري", "ليان الخوري"),
    ("hawaraha-dash", "حاورها - ماجد السراج", "ماجد السراج"),
    ("ajra-al-hiwar", "أجرى الحوار: ماجد السراج", "ماجد السراج"),
    ("ajrat-al-hiwar", "أجرت الحوار: ليان الخوري", "ليان الخوري"),
    ("hiwar", "حوار: ماجد السراج", "ماجد السراج"),
]


@pytest.mark.parametrize(("line", "author"), [case[1:] for case in _INTERVIEWS], ids=[case[0] for case in _INTERVIEWS])
def test_an_interview_credit_gives_the_author(line: str, author: str) -> None:
    (article,) = _parse(_doc(BYLINE, HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, author)
    assert article.paragraphs == (LEAD, SECOND)


def test_a_hiwar_headline_is_no_credit() -> None:
    """ "حوار:" before more than a name's few words is a headline's label, not a credit."""
    headline = "حوار: وزير المالية يكشف خطة الموازنة الجديدة"
    (article,) = _parse(_doc(BYLINE, headline, LEAD, SECOND))
    assert (article.title, article.author) == (headline, None)


_HTML_STORY = (
    "<p>أقر مجلس المدينة صباح الثلاثاء زيادة طفيفة في تعرفة المياه للمنازل تبدأ مطلع الشهر المقبل.</p>"
    "<p>وقال رئيس المجلس إن الزيادة لا تتجاوز ريالين لكل عشرة أمتار مكعبة وتشمل الاستهلاك المرتفع فقط.</p>"
    "<p>وتعهدت الشركة بتحسين ضغط المياه في الأحياء الشرقية قبل حلول الصيف.</p>"
)


@pytest.mark.parametrize(
    ("line", "author"),
    [("حاوره: ماجد السراج", "ماجد السراج"), ("أجرى الحوار: ليان الخوري", "ليان الخوري")],
    ids=["hawarahu", "ajra-al-hiwar"],
)
def test_an_interview_byline_in_html_gives_the_author(line: str, author: str) -> None:
    page = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>حوار مع مدير المياه</title>'
        f"</head><body><article><h1>مدير المياه: لا انقطاع هذا الصيف</h1><p>{line}</p>{_HTML_STORY}</article>"
        "</body></html>"
    )
    article = parse_html(page, origin="a.html", url="https://akhbar.example/a.html")[0]
    assert article.author == author
    assert all(line not in paragraph for paragraph in article.paragraphs)


# -- 5. closing agency credits and hashtag lines -----------------------------------------------------

_CLOSINGS = [
    ("agencies", ("(وكالات)",), "وكالات", ()),
    ("reuters", ("(رويترز)",), "رويترز", ()),
    ("afp-initials", ("(أ ف ب)",), "أ ف ب", ()),
    ("english-reuters", ("(Reuters)",), "Reuters", ()),
    ("hashtag-heading", ("هاشتاغ: #السودان #النيل",), None, ("السودان", "النيل")),  # without "#" (audit textfmt L2)
    ("hashtag-heading-jeem", ("هاشتاج: السودان، النيل",), None, ("السودان", "النيل")),
    ("wusum-heading", ("وسوم: السودان - النيل",), None, ("السودان", "النيل")),
    ("hashtags-alone", ("#السودان #الخرطوم #فيضانات",), None, ("السودان", "الخرطوم", "فيضانات")),
    ("agency-then-hashtags", ("(وكالات)", "#السودان #الخرطوم"), "وكالات", ("السودان", "الخرطوم")),
    (
        "agency-then-source",
        ("(وكالات)", "المصدر: صحيفة النيل", "كلمات دلالية: السودان"),
        "وكالات / صحيفة النيل",
        ("السودان",),
    ),
]


@pytest.mark.parametrize(
    ("last", "attribution", "keywords"), [case[1:] for case in _CLOSINGS], ids=[case[0] for case in _CLOSINGS]
)
def test_closing_lines_are_the_attribution_and_keywords(
    last: tuple[str, ...], attribution: str | None, keywords: tuple[str, ...]
) -> None:
    (article,) = _parse(_doc(BYLINE, HEADLINE, LEAD, SECOND, *last))
    assert (article.attribution, article.keywords) == (attribution, keywords)
    assert article.paragraphs == (LEAD, SECOND)
    again = _again(article)
    assert (again.attribution, again.keywords, again.paragraphs) == (attribution, keywords, (LEAD, SECOND))


@pytest.mark.parametrize(
    "last",
    ["(تصوير: سامي الحداد)", "(انظر الصورة أعلاه)", "#السودان", "#السودان يستحق الأفضل"],
    ids=["photo-credit", "a-bracketed-note", "one-hashtag", "hashtag-in-a-sentence"],
)
def test_other_closing_lines_stay_paragraphs(last: str) -> None:
    (article,) = _parse(_doc(BYLINE, HEADLINE, LEAD, SECOND, last))
    assert article.paragraphs == (LEAD, SECOND, last)
    assert (article.attribution, article.keywords) == (None, ())


def test_a_story_of_one_agency_line_keeps_it() -> None:
    (article,) = _parse(_doc(BYLINE, "(وكالات)"))
    assert (article.paragraphs, article.attribution) == (("(وكالات)",), None)


# -- 6. a breadcrumb that starts with the site's name ----------------------------------------------------

_CRUMBS = [
    ("arabic-site", "النهار الجديد » أخبار » محافظات", "النهار الجديد", "محافظات"),
    ("site-word", "بوابة الوادي › أخبار › اقتصاد", "بوابة الوادي", "اقتصاد"),
    ("latin-site", "Harbor Times > News > Business", "Harbor Times", "Business"),
    ("home-first", "الرئيسية » أخبار » محافظات", None, "محافظات"),
    ("section-first", "العالم العربي » لبنان » سياسة", None, "سياسة"),
    ("one-word-first", "أخبار » محافظات » الفيوم", None, "الفيوم"),
    ("site-and-section", "النهار الجديد » محافظات", "النهار الجديد", "محافظات"),
    ("latin-site-and-section", "Harbor Times > Business", "Harbor Times", "Business"),
    ("site-word-and-section", "بوابة الوادي › العالم العربي", "بوابة الوادي", "العالم العربي"),
]

_NOT_CRUMBS = [
    ("two-nouns", "الذهب » الفضة"),
    ("price", "سعر الذهب » 3000 دولار"),
    ("long-second", "النهار الجديد » افتتاح مستشفى جديد في الفيوم"),
    ("latin-pair", "Apple > Google"),
]
"""Two crumbs not a site's name and a short section: a headline with an arrow in it, kept as the title."""


@pytest.mark.parametrize(
    ("crumbs", "source", "section"), [case[1:] for case in _CRUMBS], ids=[case[0] for case in _CRUMBS]
)
def test_a_breadcrumb_starting_with_the_site_names_the_source(crumbs: str, source: str | None, section: str) -> None:
    text = _doc(crumbs, HEADLINE, LEAD, SECOND)
    (article,) = _parse(text)
    assert (article.title, article.source, article.section) == (HEADLINE, source, section)
    assert article.paragraphs == (LEAD, SECOND)
    head = quick_head(text)
    assert head is not None and (head.title, head.source) == (HEADLINE, source)


@pytest.mark.parametrize("line", [case[1] for case in _NOT_CRUMBS], ids=[case[0] for case in _NOT_CRUMBS])
def test_two_crumbs_without_a_site_are_a_headline(line: str) -> None:
    (article,) = _parse(_doc(line, LEAD, SECOND))
    assert (article.title, article.source, article.section) == (line, None, None)
    assert article.paragraphs == (LEAD, SECOND)


def test_a_breadcrumb_under_a_byline_leaves_the_byline_source() -> None:
    (article,) = _parse(_doc(BYLINE, "النهار الجديد » أخبار » محافظات", HEADLINE, LEAD, SECOND))
    assert (article.source, article.section) == ("جريدة الساحل", "رأي")
