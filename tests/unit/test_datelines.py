"""Datelines told from headlines (parse/plaintext_dates.py): a dateline is date material, not any line with a date.

A short headline holding a month name and a number ("التضخم يتراجع إلى 7.4% في أكتوبر") was read
as a dateline, so the story got its lead sentence for a title. Every headline and dateline here was
written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstui.errors import ParseError
from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import dateline_kind, is_date_line, iso_date
from newstui.parse.plaintext_head import QuickHead, quick_head
from newstui.parse.plaintext_lines import headline_in_place, headline_like, lead_title
from newstui.text.sanitize import sanitize_text

BYLINE = "صحيفة الوادي – محليات"
HEADLINE = "البلدية تفتتح جسرا جديدا فوق النهر"
LEAD = "افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر يربط الحي الشرقي بوسط المدينة، بعد عامين من العمل."
SECOND = "وقال رئيس البلدية إن الجسر سيخفف الزحام في ساعات الذروة ويختصر الطريق إلى المستشفى."
EN_BYLINE = "Valley Post – Business"
EN_LEAD = "Shipments from the port grew faster than expected last month, the trade office said on Monday."
EN_SECOND = "Officials said new cranes at the container terminal had shortened waiting times for ships."

HEADLINES: list[str] = [
    # The audit's cases.
    "التضخم يتراجع إلى 7.4% في أكتوبر",
    "انطلاق معرض الكتاب في 15 مارس",
    "Exports rose 5% in October",
    "التضخم يتراجع إلى 7 بالمئة في أكتوبر",
    "الانتخابات المحلية تجرى في 12 مايو",
    # More: a date phrase (day, month, year, weekday, time) inside ordinary words.
    "موسم الحصاد يبدأ في 3 يونيو",
    "افتتاح الجسر الجديد الأحد 14 أبريل",
    "الحكومة تقر موازنة 2025 في ديسمبر",
    "أسعار الذهب ترتفع 2% في تشرين الأول",
    "مباراة القمة السبت 20:30 بتوقيت القاهرة",
    "البنك المركزي يثبت الفائدة حتى 30 يونيو 2025",
    "الجمعة 13 ديسمبر موعد عودة القطارات",
    "Ferry timetable changes on 1 June",
    "Library reopens Saturday, 12 October 2024",
    "Council to vote on March 3 budget",
    "Heat wave expected until 15 August",
    "Port traffic up 12% since May 2024",
    "Elections set for Tuesday 5 November",
    "Markets close early on 24 December at 1 pm",
]
"""Headlines with a date or numbers inside: never datelines, whatever their length."""

DATELINES: list[tuple[str, str | None]] = [
    ("الأربعاء 11 سبتمبر 2024", "2024-09-11"),
    ("11 September 2024 10:30", "2024-09-11T10:30:00"),
    ("2024/09/11", "2024-09-11"),
    ("الأحد، 14 أبريل 2024", "2024-04-14"),
    ("Wednesday, September 11, 2024 10:30 AM", "2024-09-11T10:30:00"),
    ("Sept. 11, 2024", "2024-09-11"),
    ("11th September 2024", "2024-09-11"),
    ("Posted on September 11, 2024", "2024-09-11"),
    ("Last updated: 11/09/2024 10:30", "2024-09-11T10:30:00"),
    ("2024-09-11T10:30:00+03:00", "2024-09-11T10:30:00+03:00"),
    ("Published: 11 Sep 2024, 10:30 GMT", "2024-09-11T10:30:00+00:00"),
    ("Mon, 02 Nov 2026 09:00:00 GMT", "2026-11-02T09:00:00+00:00"),
    ("آخر تحديث: الأحد 14 أبريل 2024 - 10:30 ص", "2024-04-14T10:30:00"),
    ("نشرت في: 2024-09-11 10:30", "2024-09-11T10:30:00"),
    ("تاريخ النشر: ١٢/١٠/٢٠٢٤", "2024-10-12"),
    ("السبت 12 أكتوبر 2024 | 10:30 صباحاً", "2024-10-12T10:30:00"),
    ("يوم الجمعة 13 ديسمبر 2024 الساعة 5:45 م", "2024-12-13T17:45:00"),
    ("الخميس، 7 تشرين الأول 2023 - 09:15 بتوقيت مكة المكرمة", "2023-10-07T09:15:00+03:00"),
    ("الأربعاء 8 ربيع الأول 1446 هـ - 11 سبتمبر 2024 م", "2024-09-11"),
    ("8 ربيع الأول 1446هـ", "2024-09-12"),
    ("الأربعاء 8 ربيع الأول 1446 هـ", "2024-09-11"),
    ("3 ذو القعدة 1447 هـ", "2026-04-20"),
    ("الأحد 3 ذو القعدة 1447 هـ", "2026-04-19"),
    ("Nov 30, 2026 8:15 PM UTC", "2026-11-30T20:15:00+00:00"),
    ("30 نوفمبر 2026 - 09:40 بتوقيت غرينتش", "2026-11-30T09:40:00+00:00"),
    ("30/11/2026 18:05 +0200", "2026-11-30T18:05:00+02:00"),
    ("القاهرة – 11 سبتمبر 2024", "2024-09-11"),
    ("LONDON, Sept. 11, 2024", "2024-09-11"),
    ("Sun 29 Nov 2026 10.05 GMT", "2026-11-29T10:05:00+00:00"),
    ("الأحد 29 نوفمبر 2026 - 10.05 بتوقيت غرينتش", "2026-11-29T10:05:00+00:00"),
    ("29 Nov 2026 9.30 pm", "2026-11-29T21:30:00"),
    ("الأحد 29 نوفمبر 2026 الساعة 8.15 مساء", "2026-11-29T20:15:00"),
    ("Updated 10:30 a.m.", None),
]
"""Datelines of many styles and what ``iso_date`` reads in them (None: no whole date to read)."""

MAYBE_DATELINES: list[tuple[str, str]] = [
    ("Abu Dhabi – 11 September 2024", "2024-09-11"),
    ("أبو ظبي - 11 سبتمبر 2024", "2024-09-11"),
    ("مهرجان الموسيقى – 5 مارس 2025", "2025-03-05"),
    ("Budget Day – 5 March 2025", "2025-03-05"),
]
"""A few words, a dash and a whole date: a place's dateline or a headline, as the line's place says."""

NOT_DATELINES: list[str] = [
    "رمضان 2025",
    "2024",
    "10:30",
    "Updated 12345",
    "كأس العالم 2026",
    "Exports rose – 5 October 2024",
    "Election day: 5 November 2024",
]
"""Short lines with numbers and no (or not only) date material."""

NOT_TIMES: list[tuple[str, str]] = [
    ("29 Nov 2026, 3.25", "2026-11-29"),
    ("29 نوفمبر 2026 - 3.25 في المئة", "2026-11-29"),
    ("29 Nov 2026 1.234.56 GMT", "2026-11-29"),
    ("2026 - 10.05.2026", "2026-05-10"),
]
"""A number with a dot after a date is a time only with a zone or AM/PM after it; a numeric date keeps one
separator (the last row's ``2026 - 10.05`` is no year-month-day)."""


def _doc(*lines: str) -> str:
    return "\n\n".join(lines)


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _full_head(text: str) -> QuickHead | None:
    try:
        first = parse_plaintext(sanitize_text(text), origin="x")[0]
    except ParseError:
        return None
    return QuickHead(first.title, first.source, first.section)


def _agrees(text: str) -> None:
    """The title-only listing gives the full parse's head, or defers to it."""
    head = quick_head(text)
    assert head is None or head == _full_head(text)


def _is_english(line: str) -> bool:
    return line[0].isascii()


class TestHeadlinesWithDates:
    @pytest.mark.parametrize("headline", HEADLINES)
    def test_not_a_dateline(self, headline: str) -> None:
        """A headline holding a date among ordinary words is headline-like, not a dateline."""
        assert not is_date_line(headline)
        assert dateline_kind(headline) is None
        assert headline_like(headline) and headline_in_place(headline)

    @pytest.mark.parametrize("headline", HEADLINES)
    def test_is_the_title_under_the_byline(self, headline: str) -> None:
        """Byline, headline, text: the headline is the title, not the first paragraph, and dates nothing."""
        byline, lead, second = (EN_BYLINE, EN_LEAD, EN_SECOND) if _is_english(headline) else (BYLINE, LEAD, SECOND)
        text = _doc(byline, headline, lead, second)
        (article,) = _parse(text)
        assert article.title == headline
        assert article.paragraphs == (lead, second)
        assert article.published is None
        assert quick_head(text) == QuickHead(headline, *byline.split(" – "))

    @pytest.mark.parametrize("headline", HEADLINES)
    def test_is_the_title_at_the_top(self, headline: str) -> None:
        """Without a byline too (the first line of the file)."""
        lead, second = (EN_LEAD, EN_SECOND) if _is_english(headline) else (LEAD, SECOND)
        text = _doc(headline, lead, second)
        (article,) = _parse(text)
        assert (article.title, article.paragraphs) == (headline, (lead, second))
        _agrees(text)

    @pytest.mark.parametrize("headline", HEADLINES)
    def test_over_a_dateline(self, headline: str) -> None:
        """Headline, dateline, text: the headline is the title and the dateline dates the story."""
        lead, second = (EN_LEAD, EN_SECOND) if _is_english(headline) else (LEAD, SECOND)
        dateline = "11 September 2024 10:30" if _is_english(headline) else "الأربعاء 11 سبتمبر 2024"
        text = _doc(headline, dateline, lead, second)
        (article,) = _parse(text)
        assert (article.title, article.paragraphs) == (headline, (dateline, lead, second))
        assert article.published is not None and article.published.startswith("2024-09-11")
        _agrees(text)

    def test_the_audit_page(self) -> None:
        """The audit's page: its headline is the title; the lead sentence stays the first paragraph."""
        lead = (
            "تراجع معدل التضخم السنوي في المدن إلى 7.4% خلال شهر أكتوبر، مقارنة بـ 8.1% في سبتمبر، وفقاً لبيانات الجهاز."
        )
        second = "وأرجع الجهاز التراجع إلى انخفاض أسعار الخضروات بنسبة 3.6%."
        (article,) = _parse(_doc("الوطن الاقتصادي – اقتصاد", "التضخم يتراجع إلى 7.4% في أكتوبر", lead, second))
        assert article.title == "التضخم يتراجع إلى 7.4% في أكتوبر"
        assert article.paragraphs == (lead, second)

    @pytest.mark.parametrize(
        ("marker", "headline", "related"),
        [
            ("إقرأ أيضاً:", "الانتخابات المحلية تجرى في 12 مايو", "مقالات مشابهة"),
            ("إقرأ أيضاً:", "انطلاق معرض الكتاب في 15 مارس", "مقالات مشابهة"),
            ("Read also:", "Exports rose 5% in October", "Related articles"),
        ],
    )
    def test_embedded_story_headline(self, marker: str, headline: str, related: str) -> None:
        """Under the read-also marker the line is the embedded story's title, and the page's link of
        that title (the read-also link and the related bullet, one link) leads to the story."""
        english = _is_english(headline)
        byline, lead, second = (EN_BYLINE, EN_LEAD, EN_SECOND) if english else (BYLINE, LEAD, SECOND)
        page_headline = "Port cranes cut waiting times" if english else HEADLINE
        page, story = _parse(_doc(byline, page_headline, lead, marker, headline, second, related, f"• {headline}"))
        assert story.title == headline and story.paragraphs == (second,)
        assert [link.target for link in page.related if link.title == headline] == [story.id]


class TestDatelines:
    @pytest.mark.parametrize(("line", "published"), DATELINES)
    def test_is_a_sure_dateline(self, line: str, published: str | None) -> None:
        """Date material only (or one place word and a dash before a date): a dateline, never a headline."""
        assert is_date_line(line) and dateline_kind(line) == "sure"
        assert not headline_like(line) and not headline_in_place(line)
        assert iso_date(line) == published

    @pytest.mark.parametrize(("line", "published"), DATELINES)
    def test_under_the_headline(self, line: str, published: str | None) -> None:
        """Byline, headline, dateline, text: the dateline stays a paragraph and gives ``published``."""
        text = _doc(BYLINE, HEADLINE, line, LEAD, SECOND)
        (article,) = _parse(text)
        assert (article.title, article.paragraphs, article.published) == (HEADLINE, (line, LEAD, SECOND), published)
        assert quick_head(text) == QuickHead(HEADLINE, "صحيفة الوادي", "محليات")

    @pytest.mark.parametrize(("line", "published"), DATELINES)
    def test_in_the_headline_place(self, line: str, published: str | None) -> None:
        """Byline, dateline, text: the dateline is not the title; the lead sentence is."""
        text = _doc(BYLINE, line, LEAD, SECOND)
        (article,) = _parse(text)
        assert article.title == lead_title(LEAD)
        assert (article.paragraphs, article.published) == ((line, LEAD, SECOND), published)
        _agrees(text)

    @pytest.mark.parametrize(("line", "published"), DATELINES)
    def test_under_an_embedded_headline(self, line: str, published: str | None) -> None:
        """The dateline under an embedded story's headline dates that story."""
        page, story = _parse(_doc(BYLINE, HEADLINE, LEAD, "إقرأ أيضاً:", "افتتاح حديقة في الضاحية", line, SECOND))
        assert (page.published, story.title, story.published) == (None, "افتتاح حديقة في الضاحية", published)
        assert story.paragraphs == (line, SECOND)

    @pytest.mark.parametrize(("line", "published"), NOT_TIMES)
    def test_a_dot_is_no_time_without_a_zone(self, line: str, published: str) -> None:
        assert iso_date(line) == published

    @pytest.mark.parametrize("line", NOT_DATELINES)
    def test_not_datelines(self, line: str) -> None:
        """Numbers without date words, or date words beside other words: not datelines."""
        assert not is_date_line(line)


class TestMaybeDatelines:
    """ "X – 5 مارس 2025": a place's dateline under a headline, a headline in the headline's place."""

    @pytest.mark.parametrize(("line", "published"), MAYBE_DATELINES)
    def test_kind(self, line: str, published: str) -> None:
        """A dateline, but maybe a headline: not ``headline_like``, yet ``headline_in_place``."""
        assert dateline_kind(line) == "maybe" and is_date_line(line)
        assert not headline_like(line) and headline_in_place(line)
        assert iso_date(line) == published

    @pytest.mark.parametrize(("line", "published"), MAYBE_DATELINES)
    def test_under_a_headline_it_is_the_dateline(self, line: str, published: str) -> None:
        """Below the headline it is furniture: a paragraph that gives ``published``."""
        (article,) = _parse(_doc(BYLINE, HEADLINE, line, LEAD, SECOND))
        assert (article.title, article.paragraphs, article.published) == (HEADLINE, (line, LEAD, SECOND), published)

    @pytest.mark.parametrize(("line", "published"), MAYBE_DATELINES)
    def test_in_the_headline_place_it_is_the_headline(self, line: str, published: str) -> None:
        """Directly under the byline and above the text it is the headline (and dates nothing)."""
        text = _doc(BYLINE, line, LEAD, SECOND)
        (article,) = _parse(text)
        assert (article.title, article.paragraphs, article.published) == (line, (LEAD, SECOND), None)
        assert quick_head(text) == QuickHead(line, "صحيفة الوادي", "محليات")

    @pytest.mark.parametrize(("line", "published"), MAYBE_DATELINES)
    def test_under_the_read_also_marker_it_is_the_headline(self, line: str, published: str) -> None:
        """Directly under the read-also marker and above the story's text: the embedded story's headline."""
        _, story = _parse(_doc(BYLINE, HEADLINE, LEAD, "إقرأ أيضاً:", line, SECOND))
        assert (story.title, story.paragraphs) == (line, (SECOND,))


LAYOUT_LINES = [
    BYLINE,
    EN_BYLINE,
    HEADLINE,
    LEAD,
    SECOND,
    EN_LEAD,
    "إقرأ أيضاً:",
    "كتب: سامر الحلبي",
    "https://example.com/story",
    *HEADLINES[:6],
    *(line for line, _ in DATELINES[:6]),
    *(line for line, _ in MAYBE_DATELINES[:2]),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LAYOUT_LINES), max_size=7), st.sampled_from(["\n", "\n\n"]))
def test_title_only_listing_agrees_with_the_full_parse(lines: list[str], separator: str) -> None:
    """Headlines with dates, datelines and maybe-datelines in any order: quick_head is the full parse's head or None."""
    _agrees(separator.join(lines))
