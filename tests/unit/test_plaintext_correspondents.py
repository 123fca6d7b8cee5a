"""The plain-text parser's correspondent lines under the headline and a dateline before a dash.

A correspondent's line without a byline's marker (audit textfmt4, M5): a city one knows and a name around a
colon or a dash ("بيروت: بولا أسطيح", "القاهرة - سامي النجار", "سامي النجار - القاهرة"), a correspondent's
title and a name ("مراسل الجزيرة نت: سامي النجار"), a place and a correspondent's title ("عمّان - مراسل الشرق
الأوسط") give the author and keep the place as the story's first line; none is a ``source – section`` byline.
A dateline on the left of a dash ("الرياض 21 أكتوبر 2026 - واس", M2) is no byline either.

Every article here is written for these tests (the audit's own text); each test failed before the change.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.markers import split_byline
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_credits import credit_line
from newstui.parse.plaintext_head import quick_head

HEADLINE = "الحكومة تعلن خطة جديدة لدعم المشروعات الصغيرة والمتوسطة"
LEAD = "أعلنت الحكومة اليوم خطة جديدة لدعم المشروعات الصغيرة بقيمة 5 مليارات جنيه، تشمل قروضا ميسرة وإعفاءات ضريبية."
SECOND = "وقال المتحدث الرسمي إن الخطة تستهدف مليون مشروع."


def _doc(*lines: str) -> str:
    return "\n".join([lines[0], lines[1], "", *(f"{line}\n" for line in lines[2:])])


def _first(text: str) -> Article:
    return parse_plaintext(text, origin="x")[0]


_CORRESPONDENTS = [
    # (id, line under the headline, author, first paragraph kept)
    ("place-colon-name", "بيروت: بولا أسطيح", "بولا أسطيح", "بيروت"),
    ("place-colon-name-cairo", "القاهرة: سامي النجار", "سامي النجار", "القاهرة"),
    ("place-dash-name", "القاهرة - سامي النجار", "سامي النجار", "القاهرة"),
    ("name-dash-place", "سامي النجار - القاهرة", "سامي النجار", "القاهرة"),
    ("place-en-dash-name", "الرياض – سارة العتيبي", "سارة العتيبي", "الرياض"),
    ("vowelled-place", "عمّان: ليث الحوراني", "ليث الحوراني", "عمّان"),
    ("title-colon-name", "مراسل الجزيرة نت: سامي النجار", "سامي النجار", "مراسل الجزيرة نت"),
    ("place-dash-title", "عمّان - مراسل الشرق الأوسط", "مراسل الشرق الأوسط", "عمّان"),
]


@pytest.mark.parametrize(
    ("line", "author", "kept"), [case[1:] for case in _CORRESPONDENTS], ids=[case[0] for case in _CORRESPONDENTS]
)
def test_correspondent_line_under_the_headline_is_the_author(line: str, author: str, kept: str) -> None:
    text = _doc(HEADLINE, line, LEAD, SECOND)
    article = _first(text)
    assert (article.title, article.author) == (HEADLINE, author)
    assert (article.source, article.section) == (None, None)  # never a byline of a city and a name
    assert list(article.paragraphs) == [
        kept,
        LEAD,
        SECOND,
    ]  # the place (or title) stays, as after "كتب: فلان - القاهرة"
    assert quick_head(text) in (None, (HEADLINE, None, None))


def test_the_audits_two_correspondent_stories() -> None:
    """f12: two stories under a separator, each with a correspondent's line under its headline."""
    text = "\n".join(
        [
            "جولة جديدة من المحادثات اللبنانية حول ترسيم الحدود البرية",
            "بيروت: بولا أسطيح",
            "",
            "تستعد بيروت لاستضافة جولة جديدة من المحادثات غير المباشرة حول ترسيم الحدود البرية الجنوبية، وسط"
            " تفاؤل حذر عبّر عنه مسؤولون لبنانيون.",
            "",
            "وقال مصدر وزاري إن «النقاط الخلافية باتت محصورة في ثلاث مناطق».",
            "",
            "———",
            "",
            "البرلمان الأردني يقر موازنة 2027 بعجز 2.1 مليار دينار",
            "عمّان - مراسل الشرق الأوسط",
            "",
            "أقر مجلس النواب الأردني مشروع قانون الموازنة العامة للسنة المالية 2027، بعجز مقدر بنحو 2.1 مليار دينار.",
            "",
            "وصوت لصالح المشروع 78 نائبا من أصل 115 حضروا الجلسة.",
        ]
    )
    first, second = parse_plaintext(text, origin="x")
    assert (first.author, first.source, first.paragraphs[0]) == ("بولا أسطيح", None, "بيروت")
    assert (second.author, second.source, second.section) == ("مراسل الشرق الأوسط", None, None)
    assert second.title == "البرلمان الأردني يقر موازنة 2027 بعجز 2.1 مليار دينار"


_NOT_CORRESPONDENTS = [
    # a place and an agency or a site: the attribution or source, as before
    "القاهرة - أ ش أ",
    "الرياض - واس",
    "دبي - العربية نت",
    "القاهرة - بوابة الأهرام",
    # a site's byline with a section
    "الرياض – محليات",
    "صوت الخليج – محليات",
    # a headline with a place before its colon (more than a name after it, a particle, the article first)
    "السودان: الأمم المتحدة تحذر من مجاعة وشيكة في دارفور",
    "غزة: قصف عنيف على رفح",
    "القاهرة: الحكومة تعلن خطة جديدة",
    # a place one does not know, or no name
    "المدينة: سامي النجار",
    "القاهرة: 30 نوفمبر",
    "Cairo: Jane Roe",
]


@pytest.mark.parametrize("line", _NOT_CORRESPONDENTS)
def test_other_lines_are_no_correspondents(line: str) -> None:
    assert credit_line(line) is None


def test_byline_of_a_place_agency_under_the_headline_is_unchanged() -> None:
    article = _first(_doc(HEADLINE, "القاهرة - أ ش أ", LEAD, SECOND))
    assert (article.author, article.attribution, article.source) == (None, "أ ش أ", None)
    assert article.paragraphs[0] == "القاهرة - أ ش أ"


# -- a dateline on the left of a dash (M2) ------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["الرياض 21 أكتوبر 2026 - واس", "القاهرة 30 نوفمبر 2026 - أ ش أ", "الأحد 29 نوفمبر 2026 - الأهرام"]
)
def test_dateline_before_a_dash_is_no_byline(line: str) -> None:
    assert split_byline(line) is None
    article = _first(_doc(HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.source, article.section) == (HEADLINE, None, None)
    assert article.paragraphs[0] == line  # the dateline stays the story's first line


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("فرانس 24 - أخبار", ("فرانس 24", "أخبار")),
        ("القاهرة 24 – حوادث", ("القاهرة 24", "حوادث")),
        ("صوت الخليج – محليات", ("صوت الخليج", "محليات")),
    ],
)
def test_site_with_a_number_is_still_a_byline(line: str, parts: tuple[str, str]) -> None:
    assert split_byline(line) == parts


# -- a city's short headline is no correspondent's line (audit vparse, H1) ------------------------------

_CITY_HEADLINES = [
    "غزة: قصف جديد",
    "تونس: ارتفاع التضخم",
    "بيروت: انفجار ضخم",
    "دمشق: حريق هائل",
    "الخرطوم: اشتباكات عنيفة",
    "عمّان: مظاهرات حاشدة",
    "بغداد: انقطاع الكهرباء",
    "دبي: معرض جيتكس",
    "القاهرة - زحام شديد",
    "غزة: أمل جديد",
    "القاهرة: كريم جديد",
    "حريق هائل - دمشق",
]


@pytest.mark.parametrize("line", _CITY_HEADLINES)
def test_city_and_a_short_phrase_is_no_correspondent(line: str) -> None:
    assert credit_line(line) is None


_GAZA_LEAD = "شهد قطاع غزة الليلة الماضية قصفا جديدا طال عدة مناطق في الشمال والوسط بحسب شهود عيان ومصادر طبية محلية."
_GAZA_SECOND = "وأفادت المصادر بسقوط عدد من الضحايا."


@pytest.mark.parametrize("headline", [line for line in _CITY_HEADLINES if ":" in line])
@pytest.mark.parametrize("site", [None, "صحيفة المساء"], ids=["first-line", "under-a-site-line"])
def test_city_headline_stays_the_headline(headline: str, site: str | None) -> None:
    """The file's first line (or the first under a site's name) "City: phrase" is the headline, no byline."""
    lines = [headline, _GAZA_LEAD, _GAZA_SECOND] if site is None else [site, headline, _GAZA_LEAD, _GAZA_SECOND]
    text = "\n\n".join(lines) + "\n"
    article = _first(text)
    assert (article.title, article.author, article.source) == (headline, None, site)
    assert list(article.paragraphs) == [_GAZA_LEAD, _GAZA_SECOND]
    assert quick_head(text) in (None, (headline, site, None))  # the listing's first-lines reader agrees


_NAMES_BESIDE_A_CITY = [
    ("بيروت: سلمى حداد", "سلمى حداد"),
    ("القاهرة: محمد عبد الله", "محمد عبد الله"),
    ("القاهرة: عبد الله النجار", "عبد الله النجار"),
    ("الرياض - عبدالرحمن يوسف", "عبدالرحمن يوسف"),
    ("الرياض: أبو بكر سالم", "أبو بكر سالم"),
    ("ليلى حسن - دبي", "ليلى حسن"),
]


@pytest.mark.parametrize(("line", "name"), _NAMES_BESIDE_A_CITY)
def test_a_first_name_beside_a_city_is_a_correspondent(line: str, name: str) -> None:
    found = credit_line(line)
    assert found is not None and found[0] == name
    article = _first(_doc(HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, name)
