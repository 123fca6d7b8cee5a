"""The plain-text parser's links, stamps and dates: a read-also headline over its address line, site
paths under related titles, relative-time stamps above the headline, Maghreb and Levant agencies in a
wire dateline, numeric Hijri dates, keywords split on "/".

Every article here is written for these tests; each test failed on the parser before the change it covers.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import iso_date
from newstui.parse.plaintext_head import quick_head

BYLINE = "الغد – محليات"
HEADLINE = "افتتاح محطة جديدة للحافلات في وسط المدينة"
LEAD = "افتتحت البلدية صباح اليوم محطة جديدة للحافلات في وسط المدينة تتسع لأربعين حافلة في وقت واحد."
OTHER_TITLE = "البلدية تزرع ألف شجرة في الحدائق العامة"
LINK_TITLE = "تعديل مواعيد القطارات بين المدينتين ابتداء من الأسبوع المقبل"
SOURCE = "المصدر: الغد"
TAGS = "كلمات دلالية: الحافلات، النقل، البلدية"


def _doc(*lines: str) -> str:
    return "\n\n".join(lines)


def _articles(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _first(text: str) -> Article:
    return _articles(text)[0]


# -- H1. a read-also headline over its address line is a link; the story goes on -----------------------

_GOES_ON = (
    "وتضم المحطة قاعة انتظار مكيفة ومكتبا لبيع التذاكر يعمل على مدار الساعة.",  # ordinary و-verb
    "ويعمل في المحطة ثلاثون موظفا موزعين على ثلاث ورديات يومية.",
    "تضم المحطة قاعة انتظار مكيفة ومكتبا لبيع التذاكر يعمل على مدار الساعة.",  # no conjunction at all
    "المحطة مجهزة بقاعة انتظار مكيفة ومكتب لبيع التذاكر يعمل على مدار الساعة.",
)
_ADDRESSES = (
    ("/news/local/2027/03/train-times", "/news/local/2027/03/train-times"),
    ("../archives/55012", "../archives/55012"),
    ("https://alghad.example/news/local/55012", "https://alghad.example/news/local/55012"),
    ("www.alghad.com/news/local/55012", "https://www.alghad.com/news/local/55012"),
)


@pytest.mark.parametrize("address,url", _ADDRESSES)
@pytest.mark.parametrize("after", _GOES_ON)
def test_read_also_headline_over_its_address_is_a_link(address: str, url: str, after: str) -> None:
    marker_block = f"إقرأ أيضاً:\n{LINK_TITLE}\n{address}"
    articles = _articles(_doc(BYLINE, HEADLINE, LEAD, marker_block, after, SOURCE, TAGS))
    assert len(articles) == 1
    article = articles[0]
    assert article.paragraphs == (LEAD, after)
    assert [(link.title, link.url, link.kind, link.target) for link in article.related] == [
        (LINK_TITLE, url, "read-also", None)
    ]
    assert article.attribution == "الغد"
    assert article.keywords == ("الحافلات", "النقل", "البلدية")


@pytest.mark.parametrize("address", ["https://alghad.example/news/local/55012", "/news/local/55012"])
def test_read_also_headline_over_its_address_after_the_tags_is_a_link_too(address: str) -> None:
    text = _doc(BYLINE, HEADLINE, LEAD, SOURCE, TAGS, f"اقرأ أيضا:\n{LINK_TITLE}\n{address}")
    articles = _articles(text)
    assert len(articles) == 1
    assert [(link.title, link.url) for link in articles[0].related] == [(LINK_TITLE, address)]


def test_a_site_path_under_a_read_also_headline_resolves_against_the_pages_address() -> None:
    text = _doc(
        BYLINE,
        HEADLINE,
        "https://alghad.example/news/local/1",
        LEAD,
        f"إقرأ أيضاً:\n{LINK_TITLE}\n../2",
        _GOES_ON[0],
        SOURCE,
    )
    article = _first(text)
    assert article.url == "https://alghad.example/news/local/1"
    assert [(link.title, link.url) for link in article.related] == [(LINK_TITLE, "https://alghad.example/news/2")]


@pytest.mark.parametrize("after", [_GOES_ON[0], _GOES_ON[1], "وأشار مدير المحطة إلى أن الرحلة تستغرق نصف ساعة فقط."])
def test_read_also_headline_without_address_over_an_and_verb_paragraph_is_a_link_mid_story(after: str) -> None:
    articles = _articles(_doc(BYLINE, HEADLINE, LEAD, f"إقرأ أيضاً:\n{LINK_TITLE}", after, SOURCE, TAGS))
    assert len(articles) == 1
    assert articles[0].paragraphs == (LEAD, after)
    assert [(link.title, link.url, link.target) for link in articles[0].related] == [(LINK_TITLE, None, None)]
    assert articles[0].attribution == "الغد"


@pytest.mark.parametrize(
    "lead",
    [
        "أعلنت وزارة النقل تعديل مواعيد القطارات بين المدينتين ابتداء من الأسبوع المقبل بسبب أعمال الصيانة.",
        "وتبدأ وزارة النقل الأسبوع المقبل العمل بمواعيد جديدة للقطارات بين المدينتين بسبب أعمال الصيانة.",
    ],
)
def test_a_read_also_story_after_the_pages_tags_stays_embedded(lead: str) -> None:
    articles = _articles(_doc(BYLINE, HEADLINE, LEAD, SOURCE, TAGS, f"إقرأ أيضاً:\n{LINK_TITLE}", lead))
    assert len(articles) == 2
    assert articles[1].title == LINK_TITLE
    assert articles[1].paragraphs == (lead,)
    assert articles[0].related[0].target == articles[1].id


def test_a_read_also_story_mid_page_whose_lead_names_no_and_verb_stays_embedded() -> None:
    lead = "أعلنت وزارة النقل تعديل مواعيد القطارات بين المدينتين ابتداء من الأسبوع المقبل بسبب أعمال الصيانة."
    articles = _articles(_doc(BYLINE, HEADLINE, LEAD, f"إقرأ أيضاً:\n{LINK_TITLE}", lead, "المصدر: وزارة النقل"))
    assert len(articles) == 2
    assert articles[1].paragraphs[0] == lead


# -- M2. a site path under a related title is its address ------------------------------------------------

_RELATED = (
    ("/archives/712347", "/archives/712347"),
    ("../archives/712351", "../archives/712351"),
    ("./archives/712352", "./archives/712352"),
    ("/اقتصاد/رواتب-الموظفين", "/اقتصاد/رواتب-الموظفين"),
)


@pytest.mark.parametrize("bullet", ["• ", "- ", "1. "])
@pytest.mark.parametrize("path,url", _RELATED)
def test_a_site_path_under_a_related_title_is_its_address(bullet: str, path: str, url: str) -> None:
    related = f"مقالات ذات صلة\n{bullet}{LINK_TITLE}\n  {path}\n{bullet}{OTHER_TITLE}\n  https://alghad.example/a/1"
    article = _first(_doc(BYLINE, HEADLINE, LEAD, SOURCE, related))
    assert [(link.title, link.url) for link in article.related] == [
        (LINK_TITLE, url),
        (OTHER_TITLE, "https://alghad.example/a/1"),
    ]


def test_a_site_path_under_a_related_title_resolves_against_the_pages_address() -> None:
    related = f"مقالات ذات صلة\n• {LINK_TITLE}\n  ../archives/9\n• {OTHER_TITLE}\n  /a/1"
    article = _first(_doc(BYLINE, HEADLINE, "https://alghad.example/news/local/1", LEAD, SOURCE, related))
    assert [link.url for link in article.related] == [
        "https://alghad.example/news/archives/9",
        "https://alghad.example/a/1",
    ]


@pytest.mark.parametrize("line", ["24/7", "//cdn.example/a", "/archives/7."])
def test_what_is_no_site_path_under_a_related_title_stays_an_item(line: str) -> None:
    related = f"مقالات ذات صلة\n• {LINK_TITLE}\n{line}"
    article = _first(_doc(BYLINE, HEADLINE, LEAD, SOURCE, related))
    assert [link.title for link in article.related] == [LINK_TITLE, line]


def test_a_hijri_date_under_a_related_title_is_that_cards_date() -> None:
    """No site path, and no link either: the date of the story above it."""
    related = f"مقالات ذات صلة\n• {LINK_TITLE}\n1448/5/30"
    article = _first(_doc(BYLINE, HEADLINE, LEAD, SOURCE, related))
    assert [link.title for link in article.related] == [LINK_TITLE]
    assert article.published is None


# -- M4. Maghreb and Levant agencies in a wire dateline ----------------------------------------------------

_AGENCY_NAMES = ("وات", "بترا", "ومع", "واج", "سبأ", "بنا", "العمانية", "TAP", "MAP", "APS", "Petra")
_WIRE_LEAD = "ارتفعت صادرات البلاد من التمور خلال الأشهر الأولى من الموسم بنسبة 12% لتبلغ 300 مليون دينار."


@pytest.mark.parametrize("agency", _AGENCY_NAMES)
@pytest.mark.parametrize(
    "form",
    [
        "{lead_place} – 14 مارس 2027 ({agency}) - {lead}",
        "{lead_place}، 14 مارس 2027 ({agency}) – {lead}",
        "{lead_place}، 14-03-2027 ({agency}) - {lead}",
    ],
)
def test_a_wire_dateline_with_a_regional_agency_gives_the_date(agency: str, form: str) -> None:
    lead = form.format(lead_place="الرباط", agency=agency, lead=_WIRE_LEAD)
    article = _first(_doc(BYLINE, HEADLINE, lead, SOURCE))
    assert article.published is not None
    assert article.published.startswith("2027-03-14")
    assert article.paragraphs[0] == lead


@pytest.mark.parametrize("agency", ["وات", "بترا", "Petra"])
def test_a_dateline_line_with_a_regional_agency_gives_the_date(agency: str) -> None:
    article = _first(_doc(BYLINE, HEADLINE, f"عمان – 14 مارس 2027 ({agency})", _WIRE_LEAD, SOURCE))
    assert article.published is not None
    assert article.published.startswith("2027-03-14")


# -- M1. a relative-time stamp above the headline is a dateline, not the title ------------------------

_STAMPS = (
    "منذ ساعتين",
    "منذ 35 دقيقة",
    "منذ ٣ ساعات",
    "آخر تحديث: منذ 35 دقيقة",
    "تم التحديث منذ ساعة و20 دقيقة",
    "قبل 3 ساعات",
    "منذ قليل",
    "2 hours ago",
    "Updated 5 mins ago",
)


@pytest.mark.parametrize("stamp", _STAMPS)
@pytest.mark.parametrize("byline", [True, False])
def test_a_relative_stamp_above_the_headline_is_a_dateline(stamp: str, byline: bool) -> None:
    text = _doc(*([BYLINE] if byline else []), stamp, HEADLINE, LEAD, SOURCE)
    article = _first(text)
    assert article.title == HEADLINE
    assert article.published is None
    assert article.paragraphs == (stamp, LEAD)
    head = quick_head(text)
    assert head is not None
    assert head.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "منذ عامين والحرب مستمرة في المدينة",  # a headline that starts like a stamp
        "قبل الانتخابات المقبلة بأسبوعين",
        "Three years ago the river flooded",
    ],
)
def test_a_headline_that_only_starts_like_a_stamp_stays_the_title(line: str) -> None:
    assert _first(_doc(BYLINE, line, LEAD, SOURCE)).title == line


# -- L1. numeric Hijri dates marked "هـ" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,day",
    [
        ("1448/5/30هـ", "2026-11-11"),
        ("1448/5/30 هـ", "2026-11-11"),
        ("30/5/1448هـ", "2026-11-11"),
        ("30-05-1448 هـ", "2026-11-11"),
        ("١٤٤٨/٥/٣٠هـ", "2026-11-11"),
        ("الخميس 30/5/1448 هـ", "2026-11-12"),  # the weekday named settles a day off
        ("1448/5/30 هـ - 10:30 ص", "2026-11-11T10:30:00"),
        ("1448-05-30 هجري", "2026-11-11"),
        ("1446/9/1هـ", "2025-03-01"),
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_a_numeric_hijri_date_gives_the_date(line: str, day: str, above: bool) -> None:
    lines = [BYLINE, line, HEADLINE, LEAD, SOURCE] if above else [BYLINE, HEADLINE, line, LEAD, SOURCE]
    article = _first(_doc(*lines))
    assert article.title == HEADLINE
    assert article.published == day
    assert article.paragraphs == (line, LEAD)


@pytest.mark.parametrize("line", ["1448/5/30", "30/5/1448", "1448/13/1هـ", "1448/5/31هـ", "2026/5/30هـ"])
def test_what_is_no_numeric_hijri_date_gives_no_hijri_day(line: str) -> None:
    assert iso_date(line) in (None, "2026-05-30")


# -- L2. keywords separated by "/" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line,keywords",
    [
        (
            "الكلمات المفتاحية: دبي / التجارة الخارجية / الصادرات غير النفطية",
            ("دبي", "التجارة الخارجية", "الصادرات غير النفطية"),
        ),
        ("الكلمات المفتاحية: غزة/التهدئة/معبر رفح/مصر", ("غزة", "التهدئة", "معبر رفح", "مصر")),
        ("كلمات دلالية: الحافلات /النقل/ البلدية", ("الحافلات", "النقل", "البلدية")),
        ("كلمات دلالية: الكويت، الصحة/التطعيم", ("الكويت", "الصحة", "التطعيم")),
        ("Tags: trade / exports / Dubai", ("trade", "exports", "Dubai")),
        # a keyword holding a date or an address keeps its "/"
        ("كلمات دلالية: خدمة 24/7 / النقل", ("خدمة 24/7", "النقل")),
        ("كلمات دلالية: 30/11/2026، الانتخابات", ("30/11/2026", "الانتخابات")),
        ("كلمات دلالية: 30 نوفمبر/تشرين الثاني 2026، الانتخابات", ("30 نوفمبر/تشرين الثاني 2026", "الانتخابات")),
        (
            "كلمات دلالية: https://alghad.example/tags/transport، النقل",
            ("https://alghad.example/tags/transport", "النقل"),
        ),
        ("كلمات دلالية: alghad.com/tags/transport، النقل", ("alghad.com/tags/transport", "النقل")),
    ],
)
def test_keywords_split_on_a_slash(line: str, keywords: tuple[str, ...]) -> None:
    assert _first(_doc(BYLINE, HEADLINE, LEAD, SOURCE, line)).keywords == keywords


# -- M3. a headline as wide as the wrap over a hard-wrapped lead, no blank lines ------------------------------

_WRAP_BYLINE = "القبس – صحة"
_WIDE_HEADLINE = "تراجع حالات الإنفلونزا الموسمية في الكويت بعد حملة التطعيم"  # 59 characters
_WRAPPED_BODY = (
    "{verb} وزارة الصحة الكويتية تسجيل انخفاض ملحوظ في حالات الإنفلونزا الموسمية خلال الأسبوعين الأخيرين،"
    " بعد حملة التطعيم التي شملت أكثر من 350 ألف شخص في مختلف المحافظات.",
    "وقالت الوزارة في بيان إن نسبة الإشغال في أقسام الطوارئ تراجعت إلى 61% مقارنة بـ 78% في بداية الشهر،"
    " داعية كبار السن والحوامل إلى استكمال جرعاتهم قبل نهاية الموسم.",
    "وأضافت أن مراكز الرعاية الأولية ستواصل تقديم اللقاح مجانا حتى نهاية شهر فبراير المقبل في جميع المحافظات.",
)


def _wrapped(*lines: str, width: int = 60) -> str:
    import textwrap

    out: list[str] = []
    for line in lines:
        out.extend(textwrap.wrap(line, width) if len(line) > width else [line])
    return "\n".join(out)


@pytest.mark.parametrize("verb", ["أعلنت", "أكدت", "كشفت", "سجلت"])
def test_a_wide_headline_under_a_byline_over_a_wrapped_lead_stays_the_title(verb: str) -> None:
    lead, *rest = _WRAPPED_BODY
    body = [lead.format(verb=verb), *rest]
    text = _wrapped(_WRAP_BYLINE, _WIDE_HEADLINE, *body, "المصدر: كونا")
    assert len(text.split("\n")[1]) == len(_WIDE_HEADLINE)
    article = _first(text)
    assert article.title == _WIDE_HEADLINE
    assert article.paragraphs == tuple(body)
    assert article.attribution == "كونا"
    head = quick_head(text)
    assert head is None or head.title == _WIDE_HEADLINE  # (None: the listing parses the file whole)


def test_a_wrapped_lead_under_a_byline_without_a_headline_stays_joined() -> None:
    """No verb opening the second line: the first line is the lead's, as before."""
    lead = (
        "في خطوة لافتة على صعيد العلاقات الصحية بين البلدين الجارين وقعت"
        " وزارة الصحة الكويتية اتفاقا مع نظيرتها السعودية لتبادل اللقاحات والخبرات الطبية خلال الموسم."
    )
    body = [lead, *_WRAPPED_BODY[1:]]
    article = _first(_wrapped(_WRAP_BYLINE, *body))
    assert article.paragraphs == tuple(body)


@pytest.mark.parametrize("place", ["عمّان", "عَمّان", "الدوحة"])
@pytest.mark.parametrize("agency", ["بترا", "رويترز"])
def test_a_wire_dateline_whose_place_has_vowel_marks_gives_the_date(place: str, agency: str) -> None:
    lead = f"{place} – 14 مارس 2027 ({agency}) - {_WIRE_LEAD}"
    article = _first(_doc(BYLINE, HEADLINE, lead, SOURCE))
    assert article.published == "2027-03-14"
    assert article.paragraphs == (lead,)
