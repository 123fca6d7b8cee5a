"""texts40b: byline forms of audit-texts40 (#2 two writers before a closing colon, #3 a site's name and its writer
under the headline, #4 a place before the marker, #5 a name and its city in brackets) and audit-pages40 (#3 the
French "Par" / "Publié par", #5 a city and a Maghreb given name under the headline).

Every text here is written for these tests; each test failed before the change it covers (the guards marked as
such pass on both, and keep the change from reaching further than it should).
"""

from __future__ import annotations

from typing import Final

import pytest

from helpers.heads import blocks as _blocks
from helpers.heads import only_article as _one
from newstui.model import Article
from newstui.parse.bylines import byline_parts, closing_colon
from newstui.parse.html import parse_html
from newstui.parse.html_meta import correspondent_name
from newstui.parse.plaintext_credits import credit_line

HEADLINE: Final = "البلدية تفتتح سوقا شعبية جديدة في الحي القديم"
LEAD: Final = "افتتحت البلدية صباح اليوم سوقا شعبية جديدة في الحي القديم تضم أكثر من ثمانين محلا للحرفيين والباعة."
SECOND: Final = "وقال رئيس البلدية إن السوق ستفتح أبوابها يوميا من الثامنة صباحا حتى العاشرة مساء."
DATE: Final = "الاثنين 7 ديسمبر 2026"


# -- texts40 #2: "كتب - أحمد فوزي وعلي حسن:", two writers before the closing colon ---------------------------------

TWO_WRITERS_COLON: Final = [
    ("كتب - سامر النجار وعلي حسن:", "سامر النجار وعلي حسن"),
    ("كتب - سامر النجار و محمود سعد:", "سامر النجار و محمود سعد"),
    ("كتبت: منى الشريف ورانيا عادل:", "منى الشريف ورانيا عادل"),
    ("كتب - سامر النجار وعلي حسن وهالة سعد:", "سامر النجار وعلي حسن وهالة سعد"),
]


@pytest.mark.parametrize(("line", "author"), TWO_WRITERS_COLON)
def test_two_writers_before_a_closing_colon(line: str, author: str) -> None:
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, author)
    assert article.paragraphs == (LEAD, SECOND)


def test_the_given_name_ali_is_a_name_in_a_credit() -> None:
    assert credit_line("كتب - سامر النجار وعلي حسن:") == ("سامر النجار وعلي حسن", None, None)
    assert credit_line("القاهرة - علي حسن") == ("علي حسن", "القاهرة", None)


@pytest.mark.parametrize(
    "name",
    [
        "الوزير على منصة إكس:",  # a sentence bringing a quote
        "الوزير والسفير بيانا مشتركا:",  # no names
        "أسعار النفط وأسعار الذهب:",  # no first name one knows
    ],
)
def test_closing_colon_guard(name: str) -> None:
    """Guard: only a name, or a list of writers' names, before the colon closing the byline."""
    assert not closing_colon("كتب - ", name)


# -- texts40 #3: a site's name and its writer under (or over) the headline -----------------------------------------


@pytest.mark.parametrize(
    ("line", "source", "author"),
    [
        ("صدى الأطلس - يوسف الإدريسي", "صدى الأطلس", "يوسف الإدريسي"),
        ("النهار الجديد - محمد السيد", "النهار الجديد", "محمد السيد"),
        ("الواحة | أمينة بلقاسم", "الواحة", "أمينة بلقاسم"),
    ],
)
def test_site_and_writer_under_the_headline(line: str, source: str, author: str) -> None:
    article = _one(_blocks(HEADLINE, line, LEAD, SECOND))
    assert (article.title, article.source, article.section, article.author) == (HEADLINE, source, None, author)
    assert article.paragraphs == (LEAD, SECOND)


def test_site_and_writer_over_the_headline() -> None:
    article = _one(_blocks("النهار الجديد - محمد السيد", HEADLINE, LEAD, SECOND))
    assert (article.title, article.source, article.section, article.author) == (
        HEADLINE,
        "النهار الجديد",
        None,
        "محمد السيد",
    )


def test_site_over_the_headline_and_site_with_writer_under_it() -> None:
    article = _one(_blocks("صدى الأطلس", HEADLINE, "صدى الأطلس - يوسف الإدريسي\n" + DATE, LEAD, SECOND))
    assert (article.title, article.source, article.author) == (HEADLINE, "صدى الأطلس", "يوسف الإدريسي")
    assert article.published == "2026-12-07"
    assert "صدى الأطلس - يوسف الإدريسي" not in article.paragraphs
    assert article.paragraphs[-2:] == (LEAD, SECOND)


@pytest.mark.parametrize("section", ["اقتصاد", "أخبار محلية", "مقالات الرأي"])
def test_site_and_section_stay_source_and_section(section: str) -> None:
    """Guard: a section's name is no writer's."""
    article = _one(_blocks(HEADLINE, f"صدى الأطلس - {section}", LEAD, SECOND))
    assert (article.source, article.author) == ("صدى الأطلس", None)


# -- texts40 #4: a place before the marker, "القاهرة - كتب: محمد حسن" ----------------------------------------------

PLACE_FIRST: Final = [
    ("القاهرة - كتب: هشام فاروق", "هشام فاروق", "القاهرة"),
    ("وهران - كتب: سمير بلقاسم", "سمير بلقاسم", "وهران"),
    ("بني سويف – كتبت: منى الشريف", "منى الشريف", "بني سويف"),
    ("أوسيم | بقلم: هشام فاروق", "هشام فاروق", "أوسيم"),
]


@pytest.mark.parametrize(("line", "author", "place"), PLACE_FIRST)
@pytest.mark.parametrize("dated", [False, True], ids=["alone", "over-a-date"])
def test_place_before_the_marker(line: str, author: str, place: str, dated: bool) -> None:
    article = _one(_blocks(HEADLINE, f"{line}\n{DATE}" if dated else line, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, author)
    assert article.paragraphs == ((place, DATE) if dated else (place,)) + (LEAD, SECOND)
    assert article.published == ("2026-12-07" if dated else None)


def test_place_before_a_byline_with_its_date() -> None:
    assert credit_line("القاهرة - كتب: هشام فاروق - 7 ديسمبر 2026") == (
        "هشام فاروق",
        "القاهرة - 7 ديسمبر 2026",
        "7 ديسمبر 2026",
    )


@pytest.mark.parametrize(
    "line",
    [
        "القاهرة - كتب الوزير رسالة إلى البرلمان",  # "كتب" without its separator: a sentence
        "القاهرة - كتب: الوزير على منصة إكس أن الاتفاق وشيك وسيوقع الأسبوع المقبل",  # a long sentence after it
        "غزة - قصف جديد",
    ],
)
def test_place_before_marker_guard(line: str) -> None:
    """Guard: what follows the place's dash must be a credit line with its marker."""
    assert credit_line(line) is None


# -- texts40 #5: Okaz's "محمد الغامدي (جدة)" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "place"),
    [
        ("فهد الغامدي (جدة)", "فهد الغامدي", "جدة"),
        ("عبدالله الحربي (أبها)", "عبدالله الحربي", "أبها"),
        ("نورة القحطاني (الرياض)", "نورة القحطاني", "الرياض"),
    ],
)
@pytest.mark.parametrize("dated", [False, True], ids=["alone", "over-a-date"])
def test_name_and_city_in_brackets(line: str, author: str, place: str, dated: bool) -> None:
    article = _one(_blocks(HEADLINE, f"{line}\n{DATE}" if dated else line, LEAD, SECOND))
    assert (article.title, article.author) == (HEADLINE, author)
    assert article.paragraphs == ((place, DATE) if dated else (place,)) + (LEAD, SECOND)


@pytest.mark.parametrize(
    "line",
    [
        "محمد صلاح يتألق (ليفربول)",  # a verb: a headline
        "اجتماع طارئ (جنيف)",  # no person's name
        "سامي حداد (يمين)",  # a photo's caption
        "فهد الغامدي (أرشيفية)",
        "سامي حداد (رويترز)",  # an agency's credit
        "محمد بن سلمان (ولي العهد)",  # a title
    ],
)
def test_name_and_brackets_guard(line: str) -> None:
    """Guard: only a person's name and a city in brackets."""
    assert credit_line(line) is None


# -- a verb after the name keeps a city's line a headline (texts40b, met on the way) ---------------------------------


@pytest.mark.parametrize(
    "line",
    ["الرياض: فهد العتيبي يفوز", "الرياض: نورة القحطاني تتوج", "جدة: عبدالله الحربي يستقيل"],
)
def test_a_verb_after_the_name_is_a_headline(line: str) -> None:
    assert credit_line(line) is None
    article = _one(_blocks(line, LEAD, SECOND))
    assert (article.title, article.author) == (line, None)


# -- pages40 #3: the French "Par" and "Publié par" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Par يوسف بنعلي", "يوسف بنعلي"),
        ("Par Youssef Benali", "Youssef Benali"),  # (read before too: a guard)
        ("Publié par Youssef Benali", "Youssef Benali"),
        ("Publiée par أمينة بلقاسم", "أمينة بلقاسم"),
    ],
)
def test_french_markers(line: str, name: str) -> None:
    parts = byline_parts(line)
    assert parts is not None and parts[1] == name


@pytest.mark.parametrize("line", ["Par ailleurs, le ministre a annoncé", "par la suite", "Parmi les invités"])
def test_french_marker_guard(line: str) -> None:
    """Guard: a small letter after "Par" is a sentence's ("Par ailleurs")."""
    assert byline_parts(line) is None


def _page(under: str) -> str:
    return (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} - Le Courrier du Sahel</title>"
        '<meta property="og:site_name" content="Le Courrier du Sahel"></head><body>'
        '<div class="page"><div class="article">'
        f'<h1 class="titre">{HEADLINE}</h1>{under}'
        f'<div class="contenu"><p>{LEAD}</p><p>{SECOND}</p>'
        "<p>وأضاف أن البلدية ستخصص جزءا من المحلات للحرفيين الشباب بأسعار رمزية خلال السنة الأولى.</p></div>"
        "</div></div></body></html>"
    )


def _page_one(html: str) -> Article:
    articles = parse_html(html, origin="page.html")
    assert articles
    return articles[0]


@pytest.mark.parametrize(
    ("under", "author"),
    [
        (
            '<div class="infos"><span class="auteur">Par يوسف بنعلي</span> — '
            '<span class="date">Publié le 07/12/2026 à 10h30</span></div>',
            "يوسف بنعلي",
        ),
        (
            '<div class="infos"><span class="auteur">Par Youssef Benali</span> — '
            '<span class="date">Publié le 07/12/2026 à 10h30</span></div>',
            "Youssef Benali",
        ),
        ('<div class="infos">Publié par Youssef Benali</div>', "Youssef Benali"),
    ],
)
def test_french_byline_under_the_headline(under: str, author: str) -> None:
    article = _page_one(_page(under))
    assert article.author == author
    assert not any(paragraph.startswith(("Par ", "Publié")) for paragraph in article.paragraphs)


# -- pages40 #5: a city and a Maghreb given name under the headline ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("الجزائر - أمينة بلقاسم", "أمينة بلقاسم"),
        ("وهران - نعيمة العربي", "نعيمة العربي"),
        ("عمّان - بشار العمري", "بشار العمري"),
        ("الرباط - إدريس الفاسي", "إدريس الفاسي"),
    ],
)
def test_city_and_maghreb_name_under_the_headline(line: str, author: str) -> None:
    assert correspondent_name(line) == author
    article = _page_one(_page(f"<div>{line}</div>"))
    assert article.author == author
    assert line not in article.paragraphs


def test_treasurer_is_no_name() -> None:
    """Guard: "أمينة" opens an office's name too."""
    assert correspondent_name("الجزائر - أمينة الصندوق") is None
    assert credit_line("تونس: أمينة المال تستقيل") is None
