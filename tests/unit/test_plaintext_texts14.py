"""The plain-text parser on texts13's audit: invisible marks at line edges, a photo caption or a day-word time
stamp over the headline, a marker word starting a wrapped line mid-sentence, a top byline carrying the date.

Every article here is written for these tests; each test failed on the parser before the change it covers
(the guards marked as such pass on both, and keep the change from reaching further than it should).
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_head import QuickHead, quick_head
from newstui.parse.plaintext_lines import edge_marks_dropped, line_core

BYLINE: Final = "صحيفة الساحل – اقتصاد"
HEADLINE: Final = "الميناء الجديد يستقبل أول سفينة حاويات عملاقة"
DATE: Final = "الخميس 3 ديسمبر 2026 - 10:40 ص"
AUTHOR: Final = "كتب: سامر الحداد"
LEAD: Final = "استقبل الميناء الجديد في المدينة الساحلية صباح اليوم أول سفينة حاويات عملاقة منذ افتتاحه الشهر الماضي."
SECOND: Final = "وقال مدير الميناء إن الأرصفة الجديدة قادرة على استقبال ثلاث سفن من هذا الحجم في وقت واحد."
THIRD: Final = "وأضاف أن حركة الشحن ستتضاعف خلال العام المقبل بعد ربط الميناء بالسكة الحديدية."
SOURCE_LINE: Final = "المصدر: وكالة الأنباء المحلية"
TAGS: Final = "كلمات دلالية: الميناء، الشحن، التجارة"
RELATED: Final = "مقالات مشابهة"
ITEMS: Final = ("• افتتاح خط بحري جديد نحو موانئ آسيا", "• ارتفاع صادرات المنطقة الحرة")


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _one(text: str) -> Article:
    articles = _parse(text)
    assert len(articles) == 1
    return articles[0]


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks)


# -- #7. Invisible marks at line edges ------------------------------------------------------------------------------

_FULL: Final = (BYLINE, HEADLINE, DATE, AUTHOR, LEAD, SECOND, THIRD, SOURCE_LINE, TAGS, RELATED, *ITEMS)

MARKS: Final = [
    pytest.param("\u200f", id="rlm"),
    pytest.param("\u200e", id="lrm"),
    pytest.param("\u061c", id="alm"),
    pytest.param("\u200b", id="zwsp"),
    pytest.param("\u200f\u200f", id="two-rlm"),
    pytest.param("\u200c", id="zwnj"),
]
PLACES: Final = ["start", "end", "both"]


def _marked(line: str, mark: str, place: str) -> str:
    return (mark if place != "end" else "") + line + (mark if place != "start" else "")


def _fields(article: Article) -> tuple[object, ...]:
    return (
        article.title,
        article.source,
        article.section,
        article.published,
        article.author,
        article.attribution,
        article.keywords,
        tuple(link.title for link in article.related),
        article.paragraphs,
    )


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("glued", [True, False], ids=["no-blank-lines", "blank-lines"])
def test_marks_on_every_line_leave_the_structure(mark: str, place: str, glued: bool) -> None:
    join = ("\n" if glued else "\n\n").join
    clean = _one(join(_FULL))
    marked = _one(join(tuple(_marked(line, mark, place) for line in _FULL)))
    assert _fields(marked) == _fields(clean)
    assert clean.published == "2026-12-03T10:40:00" and clean.author == "سامر الحداد"  # (the clean text's reading)


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("line", [SOURCE_LINE, TAGS, RELATED, BYLINE, DATE, AUTHOR, ITEMS[0]])
def test_a_mark_before_one_marker_or_head_line(mark: str, line: str) -> None:
    clean = _one(_blocks(*_FULL))
    marked = _one(_blocks(*(mark + each if each == line else each for each in _FULL)))
    assert _fields(marked) == _fields(clean)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("\u200fPhotos: the new port at dawn, seen from the old lighthouse", id="rlm-before-english"),
        pytest.param("The port director was quoted by the paper (صحيفة).\u200f", id="rlm-after-neutral-in-english"),
        pytest.param("قال المدير: الأرصفة جاهزة (Port Authority).\u200e", id="lrm-after-neutral-in-arabic"),
        pytest.param("\u200f2026", id="rlm-before-digits-alone"),
    ],
)
def test_guard_a_mark_that_sets_the_direction_stays(line: str) -> None:
    """(Guard) A mark that decides how the line is drawn is kept: before a Latin line, after a closing neutral."""
    assert line_core(line) == line
    assert line in _one(_blocks(BYLINE, HEADLINE, LEAD, line, SECOND)).paragraphs


@pytest.mark.parametrize(
    ("line", "core"),
    [
        ("\u200f" + LEAD, LEAD),
        (LEAD + "\u200f", LEAD),
        ("\u200b  " + LEAD + " \u200b", LEAD),
        ("\u200eGulf Ledger reports.\u200e", "Gulf Ledger reports."),
        ("  \u200f\u200f" + SECOND, SECOND),
        ("وقال \u200fالمدير\u200f إن", "وقال \u200fالمدير\u200f إن"),
        ("\u200f", "\u200f"),
        ("Le port a accueilli le navire.\u200e", "Le port a accueilli le navire."),
        ("The port received the ship.\u200f", "The port received the ship."),
        ("وقال المدير إن الأرصفة جاهزة.\u200e", "وقال المدير إن الأرصفة جاهزة."),
    ],
)
def test_line_core(line: str, core: str) -> None:
    assert line_core(line) == core


def test_guard_marks_inside_a_paragraph_stay() -> None:
    """(Guard) Marks inside a line are text: kept as written."""
    inner = "وقال مدير الميناء\u200f إن الأرصفة \u200bالجديدة جاهزة."
    assert inner in _one(_blocks(BYLINE, HEADLINE, LEAD, inner)).paragraphs


def test_edge_marks_dropped_is_the_text_itself_without_marks() -> None:
    text = _blocks(*_FULL)
    assert edge_marks_dropped(text) is text


@pytest.mark.parametrize("mark", MARKS)
def test_quick_head_reads_marked_lines_as_the_full_parse(mark: str) -> None:
    text = _blocks(*(mark + line for line in _FULL))
    article = _one(text)
    assert quick_head(text) == QuickHead(article.title, article.source, article.section)
    assert (article.source, article.section) == ("صحيفة الساحل", "اقتصاد")


# -- #9. A day word and a time over the headline ----------------------------------------------------------------------

DAY_STAMPS: Final = [
    "أمس 10:30 م",
    "اليوم 08:15 ص",
    "اليوم، الساعة 08:15 ص",
    "أمس في الساعة 10:30 مساءً",
    "آخر تحديث: أمس 10:30 م",
    "الساعة 10:30 صباحاً",
    "الساعة 9 مساءً",
    "Yesterday at 5:30 PM",
    "Today, 9:05 a.m.",
    "البارحة ١٠:٣٠ م",
]


@pytest.mark.parametrize("stamp", DAY_STAMPS)
@pytest.mark.parametrize("byline", [True, False], ids=["under-byline", "first-line"])
def test_a_day_word_stamp_over_the_headline_is_no_headline(stamp: str, byline: bool) -> None:
    lines = (BYLINE, stamp, HEADLINE, LEAD, SECOND) if byline else (stamp, HEADLINE, LEAD, SECOND)
    article = _one(_blocks(*lines))
    assert article.title == HEADLINE
    assert article.published is None
    assert HEADLINE not in article.paragraphs
    assert article.paragraphs.count(stamp) <= 1


@pytest.mark.parametrize(
    "headline",
    [
        "اليوم العالمي للغة العربية يحتفي بالخط",
        "أمس واليوم: حكاية مدينة على البحر",
        "الساعة الخامسة والعشرون",
        "Today at the Museum: a new wing opens",
        "اليوم 10 آلاف زائر للمعرض",
    ],
)
def test_guard_a_headline_opening_on_a_day_word_stays_the_headline(headline: str) -> None:
    """(Guard) A headline that opens on "اليوم" or "Today" is a headline: only a day word and a time is a stamp."""
    assert _one(_blocks(BYLINE, headline, LEAD, SECOND)).title == headline


# -- #1. A photo caption over the headline --------------------------------------------------------------------------

CAPTIONS: Final = [
    "صورة أرشيفية للميناء القديم (رويترز)",
    "الصورة: سفينة الحاويات عند الرصيف الجديد",
    "صورة: سفينة الحاويات عند الرصيف الجديد",
    "سفينة الحاويات عند الرصيف الجديد في الميناء (أ ف ب)",
    "سفينة الحاويات عند الرصيف الجديد - تصوير: مروان علي",
    "تصوير: مروان علي",
    "سفينة الحاويات عند الرصيف (رويترز/ أ ف ب)",
    "The container ship at the new quay (AFP)",
    "Photo: The container ship at the new quay. (Reuters)",
]


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("byline", [True, False], ids=["under-byline", "first-line"])
def test_a_photo_caption_over_the_headline_is_a_paragraph(caption: str, byline: bool) -> None:
    lines = (BYLINE, caption, HEADLINE, LEAD, SECOND) if byline else (caption, HEADLINE, LEAD, SECOND)
    article = _one(_blocks(*lines))
    assert article.title == HEADLINE
    assert article.paragraphs[0] == caption
    assert HEADLINE not in article.paragraphs


@pytest.mark.parametrize(
    "headline",
    [
        "الحكومة تقر موازنة العام المقبل (تحليل)",
        "الميناء الجديد يستقبل أول سفينة (فيديو)",
        "صورة الميناء الجديد تتصدر المسابقة الدولية",
    ],
)
def test_guard_a_headline_with_brackets_stays_the_headline(headline: str) -> None:
    """(Guard) Brackets that name no agency, and a headline about a photo, are a headline's."""
    assert _one(_blocks(BYLINE, headline, LEAD, SECOND)).title == headline


def test_guard_a_wire_lead_closing_on_its_agency_is_text() -> None:
    """(Guard) A sentence ended before the bracketed agency is a lead, not a caption."""
    lead = "استقبل الميناء الجديد أول سفينة حاويات عملاقة. (رويترز)"
    article = _one(_blocks(BYLINE, HEADLINE, lead, SECOND))
    assert article.title == HEADLINE and article.paragraphs[0] == lead


# -- #2. "المصدر:" starting a wrapped line in the middle of a sentence -------------------------------------------

_QUOTED: Final = (
    "وقال مسؤول في إدارة الميناء طلب عدم ذكر اسمه في حديث خاص إن هذه الأرقام مشجعة جداً، وأضاف المصدر: «نتوقع أن"
    " تتضاعف حركة السفن خلال الربع الأول من العام المقبل إذا بقيت أسعار الشحن عند مستوياتها الحالية في الأسواق»."
)
_WRAP_PARAGRAPHS: Final = (LEAD + " " + SECOND, _QUOTED, THIRD + " " + LEAD)


def _wrapped_at(width: int, *closing: str) -> str:
    import textwrap

    wrapped = ["\n".join(textwrap.wrap(paragraph, width)) for paragraph in _WRAP_PARAGRAPHS]
    return _blocks(BYLINE, HEADLINE, *wrapped, *closing)


_MARKER_STARTS: Final = [
    width for width in range(36, 101) if any(line.startswith("المصدر:") for line in _wrapped_at(width).split("\n"))
]


def test_some_widths_start_a_line_with_the_marker() -> None:
    assert len(_MARKER_STARTS) >= 3


@pytest.mark.parametrize("width", _MARKER_STARTS)
def test_a_marker_word_starting_a_wrapped_line_reads_on(width: int) -> None:
    article = _one(_wrapped_at(width))
    assert article.attribution is None
    assert article.paragraphs == _WRAP_PARAGRAPHS


@pytest.mark.parametrize("width", _MARKER_STARTS)
@pytest.mark.parametrize("glued", [True, False], ids=["glued", "blank-line"])
def test_guard_the_closing_source_line_of_a_wrapped_text_stays_the_attribution(width: int, glued: bool) -> None:
    """ "المصدر: …" on its own line under the wrapped text, glued to it or not, is the attribution (and the
    paragraph with the marker word inside stays whole)."""
    text = _wrapped_at(width, SOURCE_LINE)
    if glued:
        text = text.replace("\n\n" + SOURCE_LINE, "\n" + SOURCE_LINE)
    article = _one(text)
    assert article.attribution == "وكالة الأنباء المحلية"
    assert article.paragraphs == _WRAP_PARAGRAPHS


# -- #4. A top byline that carries the date ------------------------------------------------------------------------

BYLINES_WITH_DATES: Final = [
    # (line, source, section, published)
    ("الشروق | صحة | 30 نوفمبر 2026", "الشروق", "صحة", "2026-11-30"),
    ("الشروق | صحة | الإثنين 30 نوفمبر 2026 - 10:15 ص", "الشروق", "صحة", "2026-11-30T10:15:00"),
    ("الشروق – صحة | 30 نوفمبر 2026", "الشروق", "صحة", "2026-11-30"),
    ("الشروق – صحة – الإثنين 30 نوفمبر 2026 - 10:15 ص", "الشروق", "صحة", "2026-11-30T10:15:00"),
    ("الشروق / صحة / 30 نوفمبر 2026", "الشروق", "صحة", "2026-11-30"),
    ("الشروق | 30 نوفمبر 2026", "الشروق", None, "2026-11-30"),
    ("Gulf Ledger | Business | Nov 30, 2026", "Gulf Ledger", "Business", "2026-11-30"),
    ("صحيفة الساحل – اقتصاد | 30/11/2026", "صحيفة الساحل", "اقتصاد", "2026-11-30"),
]


@pytest.mark.parametrize(("line", "source", "section", "published"), BYLINES_WITH_DATES)
def test_a_top_byline_carrying_the_date(line: str, source: str, section: str | None, published: str) -> None:
    text = _blocks(line, HEADLINE, LEAD, SECOND)
    article = _one(text)
    assert (article.title, article.source, article.section, article.published) == (
        HEADLINE,
        source,
        section,
        published,
    )
    assert quick_head(text) in (None, QuickHead(HEADLINE, source, section))


@pytest.mark.parametrize(
    "line",
    [
        "القاهرة – 30 نوفمبر 2026",
        "الأحد 29 نوفمبر 2026 | القاهرة",
        "الشروق – صحة",
        "مهرجان الموسيقى – 5 مارس 2026",
    ],
)
def test_guard_lines_without_a_byline_before_the_date_read_as_before(line: str) -> None:
    """(Guard) A place's dateline, a date before a place, a byline without a date: not split."""
    from newstui.parse.plaintext_lines import byline_and_date

    assert byline_and_date(line) is None


# -- #3 and #10. "كلمات دالة:" as a tags label; left-pointing bullets ------------------------------------------------


@pytest.mark.parametrize("label", ["كلمات دالة:", "كلمات دالة :", "كلمات دالة -"])
def test_kalimat_dalla_is_a_tags_label(label: str) -> None:
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, f"{label} الميناء، الشحن"))
    assert article.keywords == ("الميناء", "الشحن")
    assert article.paragraphs == (LEAD, SECOND)


def test_guard_kalimat_dalla_in_a_sentence_is_text() -> None:
    """(Guard) The words in prose, with no separator after them, are text."""
    line = "كلمات دالة على التفاؤل ترددت في خطاب مدير الميناء أمام العمال."
    assert _one(_blocks(BYLINE, HEADLINE, LEAD, line)).paragraphs == (LEAD, line)


@pytest.mark.parametrize("bullet", ["◄ ", "◀ ", "◄", "◂ ", "← ", "» "])
def test_left_pointing_bullets_of_related_titles(bullet: str) -> None:
    titles = ("افتتاح خط بحري جديد نحو موانئ آسيا", "ارتفاع صادرات المنطقة الحرة")
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, RELATED, "\n".join(bullet + title for title in titles)))
    assert tuple(link.title for link in article.related) == titles


def test_guard_a_closing_guillemet_without_a_space_is_text() -> None:
    """(Guard) "»" glued to a word is a quotation's end, not a bullet."""
    line = "»، وأضاف المدير أن العمل سيستمر طوال الليل."
    assert _one(_blocks(BYLINE, HEADLINE, LEAD, line)).paragraphs[-1] == line


# -- #5. An hour alone with its part of the day -----------------------------------------------------------------------

HOUR_ONLY: Final = [
    ("نُشر في 29 نوفمبر 2026 الساعة 9 مساءً", "2026-11-29T21:00:00"),
    ("الأحد 29 نوفمبر 2026 - 9 م", "2026-11-29T21:00:00"),
    ("الأحد 29 نوفمبر 2026 - 9 ص", "2026-11-29T09:00:00"),
    ("الأحد 29 نوفمبر 2026 الساعة 9 مساء", "2026-11-29T21:00:00"),
    ("Nov 29, 2026, 9 pm", "2026-11-29T21:00:00"),
    # guards: an era after the year, no hour
    ("الأحد 29 نوفمبر 2026 م", "2026-11-29"),
    ("29/11/2026 م", "2026-11-29"),
]


@pytest.mark.parametrize(("line", "published"), HOUR_ONLY)
def test_an_hour_alone_is_the_time(line: str, published: str) -> None:
    assert _one(_blocks(BYLINE, HEADLINE, line, LEAD, SECOND)).published == published


# -- #11. A related title with a scheme-less "www." address on its line ------------------------------------------------


@pytest.mark.parametrize("separator", [" ", " - ", " | ", " — "])
def test_a_www_address_after_a_related_title(separator: str) -> None:
    titles = ("افتتاح خط بحري جديد نحو موانئ آسيا", "ارتفاع صادرات المنطقة الحرة")
    items = "\n".join(f"• {title}{separator}www.sahil-example.com/a/{number}" for number, title in enumerate(titles))
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, RELATED, items))
    assert [(link.title, link.url) for link in article.related] == [
        (title, f"https://www.sahil-example.com/a/{number}") for number, title in enumerate(titles)
    ]


@pytest.mark.parametrize("title", ["تقرير جديد عن متاجر Amazon.com في المنطقة", "موقع www. في عشرين عاماً"])
def test_guard_a_title_naming_a_site_keeps_it(title: str) -> None:
    """(Guard) A site's name without "www." closing a title, or no address after "www.", is the title's."""
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, RELATED, f"• {title}"))
    assert [(link.title, link.url) for link in article.related] == [(title, None)]


# -- #6. A card's date on the same line as its related title -----------------------------------------------------------


@pytest.mark.parametrize(
    "date", ["28 نوفمبر 2026", "الأحد 28 نوفمبر 2026", "28/11/2026", "Nov 28, 2026", "28 نوفمبر 2026 - 10:15 ص"]
)
@pytest.mark.parametrize("separator", [" - ", " – ", " | "])
def test_a_card_date_after_a_related_title_is_no_part_of_it(date: str, separator: str) -> None:
    titles = ("افتتاح خط بحري جديد نحو موانئ آسيا", "ارتفاع صادرات المنطقة الحرة")
    items = "\n".join(f"• {title}{separator}{date}" for title in titles)
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, RELATED, items))
    assert tuple(link.title for link in article.related) == titles
    assert article.published is None


@pytest.mark.parametrize(
    "title", ["مؤتمر المناخ – القاهرة 2026", "الميناء يستقبل 30 سفينة – 12 منها للحاويات", "حصاد عام 2026"]
)
def test_guard_a_related_title_with_numbers_keeps_them(title: str) -> None:
    """(Guard) Numbers after a dash that are no date alone stay in the title."""
    article = _one(_blocks(BYLINE, HEADLINE, LEAD, SECOND, RELATED, f"• {title}"))
    assert [link.title for link in article.related] == [title]
