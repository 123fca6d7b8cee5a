"""Datelines above the headline (plaintext_byline.read_header): furniture, not a byline or the headline twice.

Byline, dateline, headline, text gave the headline twice (the title from the lead line, and again as
the second paragraph); a dateline with a dash on the first line ("القاهرة – 11 سبتمبر 2024") was read
as a byline (source "القاهرة", section the date, no date). A dateline above the headline is now what
it is under it: the first paragraph, as written, and the story's date; so it is above the byline, and
above an embedded story's headline under a read-also marker. Every line here was written for these tests.
"""

from __future__ import annotations

import pytest

from newstui.errors import ParseError
from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import dateline_kind, iso_date
from newstui.parse.plaintext_head import QuickHead, quick_head
from newstui.parse.plaintext_lines import headline_in_place, headline_like, lead_title
from newstui.text.sanitize import sanitize_text

AR_BYLINE = ("مرصد الواحة", "اقتصاد")
AR_HEADLINE = "تجار القطن يتوقعون موسما أفضل في الدلتا"
AR_LEAD = "توقع تجار القطن في مدن الدلتا أن يكون الموسم الحالي أفضل من سابقه، بعد أن ارتفع سعر القنطار إلى 9,400 جنيه."
AR_SECOND = "وأضاف أحدهم أن المحالج بدأت تستقبل الشحنات الأولى قبل موعدها بأسبوع."
EN_BYLINE = ("Riverside Ledger", "Farming")
EN_HEADLINE = "Cotton traders expect a better season in the delta"
EN_LEAD = (
    "Cotton traders across the delta expect this season to beat the last one after the price per bale rose sharply."
)
EN_SECOND = "One ginning mill said the first loads had arrived a week earlier than usual."

DATELINES: list[tuple[str, str | None]] = [
    ("أسيوط – 11 سبتمبر 2024", "2024-09-11"),
    ("أسيوط - 3 مارس 2025", "2025-03-03"),
    ("الأحد 30 نوفمبر 2025 - 10:30 ص", "2025-11-30T10:30:00"),
    ("الخميس، 4 ديسمبر 2025 | 7:15 م", "2025-12-04T19:15:00"),
    ("أسيوط – ٢٢ يونيو ٢٠٢٤", "2024-06-22"),
    ("٢٢/٠٦/٢٠٢٤", "2024-06-22"),
    ("أسيوط - الأحد 30 نوفمبر", None),
    ("المنيا – 3 رجب 1446 هـ", "2025-01-03"),
    ("3 رجب 1446 هـ - 3 يناير 2025 م", "2025-01-03"),
    ("المنيا، 5 تشرين الأول 2023", "2023-10-05"),
    ("نشر في: 2024/06/22 - 08:05", "2024-06-22T08:05:00"),
    ("بني سويف – 22 يونيو 2024", "2024-06-22"),
]
"""Arabic datelines: a place and a dash, a weekday and a time, Arabic-Indic digits, Hijri dates (tabular calendar)."""

EN_DATELINES: list[tuple[str, str | None]] = [
    ("Leeds – 22 June 2024", "2024-06-22"),
    ("LEEDS, June 22, 2024", "2024-06-22"),
    ("Leeds - 3rd March 2025", "2025-03-03"),
    ("Port Said – 22 June 2024", "2024-06-22"),
    ("Saturday, June 22, 2024 8:05 AM", "2024-06-22T08:05:00"),
    ("Updated: Jun 22, 2024 at 8:05 pm", "2024-06-22T20:05:00"),
]
"""Latin datelines (one with two place words: maybe a headline, but not over a headline)."""

WIRE_DATELINES: list[tuple[str, str | None, bool]] = [
    ("LEEDS, June 22 (Reuters) -", None, True),
    ("Leeds, 22 June 2024 (AFP)", "2024-06-22", True),
    ("أسيوط (أ ش أ) - 22 يونيو 2024", "2024-06-22", False),
    ("أسيوط (رويترز) – 22 يونيو 2024", "2024-06-22", False),
    ("22 يونيو 2024 (د.ب.أ)", "2024-06-22", False),
]
"""Wire datelines: a news agency in parentheses beside the place or the date."""

CASES: list[tuple[str, str | None, bool]] = [
    *((line, published, False) for line, published in DATELINES),
    *((line, published, True) for line, published in EN_DATELINES),
    *WIRE_DATELINES,
]
SEPARATORS = ["\n\n", "\n"]
"""Blank lines between the lines, or none."""


def _texts(english: bool) -> tuple[tuple[str, str], str, str, str]:
    if english:
        return EN_BYLINE, EN_HEADLINE, EN_LEAD, EN_SECOND
    return AR_BYLINE, AR_HEADLINE, AR_LEAD, AR_SECOND


def _byline(parts: tuple[str, str]) -> str:
    return f"{parts[0]} – {parts[1]}"


def _parse(text: str) -> Article:
    (article,) = parse_plaintext(text, origin="x")
    return article


def _full_head(text: str) -> QuickHead | None:
    try:
        first = parse_plaintext(sanitize_text(text), origin="x")[0]
    except ParseError:
        return None
    return QuickHead(first.title, first.source, first.section)


def _fields(article: Article) -> tuple[object, ...]:
    return article.title, article.source, article.section, article.paragraphs, article.published


@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize(("dateline", "published", "english"), CASES)
class TestDatelineAboveTheHeadline:
    def test_under_the_byline(self, dateline: str, published: str | None, english: bool, separator: str) -> None:
        """Byline, dateline, headline, text: the headline is the title once; the dateline dates the story."""
        byline, headline, lead, second = _texts(english)
        text = separator.join([_byline(byline), dateline, headline, lead, second])
        article = _parse(text)
        assert _fields(article) == (headline, *byline, (dateline, lead, second), published)
        assert headline not in article.paragraphs
        assert quick_head(text) == QuickHead(headline, *byline)

    def test_same_as_under_the_headline(
        self, dateline: str, published: str | None, english: bool, separator: str
    ) -> None:
        """Above the headline or under it, the dateline gives the same article."""
        byline, headline, lead, second = _texts(english)
        above = _parse(separator.join([_byline(byline), dateline, headline, lead, second]))
        under = _parse(separator.join([_byline(byline), headline, dateline, lead, second]))
        assert _fields(above) == _fields(under)

    def test_first_line_without_byline(
        self, dateline: str, published: str | None, english: bool, separator: str
    ) -> None:
        """Dateline on the first line, then the headline: no source or section, the date read."""
        _, headline, lead, second = _texts(english)
        text = separator.join([dateline, headline, lead, second])
        article = _parse(text)
        assert _fields(article) == (headline, None, None, (dateline, lead, second), published)
        assert quick_head(text) in (None, QuickHead(headline, None, None))

    def test_first_line_over_the_text(
        self, dateline: str, published: str | None, english: bool, separator: str
    ) -> None:
        """Dateline on the first line over the text (no headline): not a byline; the lead sentence is the
        title. A place of two words or more may be a headline's words, and there it is the headline."""
        _, _, lead, second = _texts(english)
        text = separator.join([dateline, lead, second])
        article = _parse(text)
        if dateline_kind(dateline) == "maybe":
            assert _fields(article) == (dateline, None, None, (lead, second), None)
        else:
            assert _fields(article) == (lead_title(lead), None, None, (dateline, lead, second), published)
        head = quick_head(text)
        assert head is None or head == _full_head(text)

    def test_under_a_site_name(self, dateline: str, published: str | None, english: bool, separator: str) -> None:
        """A site's name alone, a dateline, the headline: the site is the source."""
        _, headline, lead, second = _texts(english)
        site = "Riverside News" if english else "الواحة نيوز"
        text = separator.join([site, dateline, headline, lead, second])
        article = _parse(text)
        assert _fields(article) == (headline, site, None, (dateline, lead, second), published)
        assert quick_head(text) == QuickHead(headline, site, None)

    def test_above_the_byline(self, dateline: str, published: str | None, english: bool, separator: str) -> None:
        """Dateline, byline, headline, text: the byline is still the byline, the dateline a paragraph."""
        byline, headline, lead, second = _texts(english)
        text = separator.join([dateline, _byline(byline), headline, lead, second])
        article = _parse(text)
        assert _fields(article) == (headline, *byline, (dateline, lead, second), published)
        assert quick_head(text) == QuickHead(headline, *byline)

    def test_above_an_embedded_headline(
        self, dateline: str, published: str | None, english: bool, separator: str
    ) -> None:
        """Read-also marker, dateline, the story's headline, its text: the headline once, the story dated."""
        byline, headline, lead, second = _texts(english)
        marker = "Read also:" if english else "إقرأ أيضاً:"
        story_headline = "Ginning mills hire seasonal workers" if english else "المحالج تستعين بعمال موسميين"
        text = separator.join([_byline(byline), headline, lead, marker, dateline, story_headline, second])
        page, story = parse_plaintext(text, origin="x")
        assert (page.title, page.paragraphs, page.published) == (headline, (lead,), None)
        assert (story.title, story.paragraphs, story.published) == (story_headline, (dateline, second), published)
        assert [link.target for link in page.related] == [story.id]


@pytest.mark.parametrize(
    ("dateline", "published"),
    [("أسيوط – 11 سبتمبر 2024", "2024-09-11"), ("بني سويف - 22 يونيو 2024", "2024-06-22")],
)
def test_dash_dateline_under_a_headline_is_not_a_byline(dateline: str, published: str) -> None:
    """Headline, dateline with a dash, text: the dateline was split as a byline under the headline."""
    text = "\n\n".join([AR_HEADLINE, dateline, AR_LEAD, AR_SECOND])
    article = _parse(text)
    assert _fields(article) == (AR_HEADLINE, None, None, (dateline, AR_LEAD, AR_SECOND), published)
    assert quick_head(text) == QuickHead(AR_HEADLINE, None, None)


def test_two_datelines_above_the_headline() -> None:
    """A place's dateline and an update time, then the headline: both are furniture, the first dates the story."""
    lines = [_byline(AR_BYLINE), "أسيوط – 11 سبتمبر 2024", "آخر تحديث: 10:45 ص", AR_HEADLINE, AR_LEAD]
    article = _parse("\n".join(lines))
    assert _fields(article) == (AR_HEADLINE, *AR_BYLINE, (lines[1], lines[2], AR_LEAD), "2024-09-11")


@pytest.mark.parametrize(
    "headline",
    [
        "الحكومة تقر موازنة 2026 في ديسمبر",
        "صرف معاشات شهر أكتوبر بدءا من 24 سبتمبر",
        "Harvest festival moves to 14 October",
    ],
)
def test_headline_with_a_date_under_a_dateline(headline: str) -> None:
    """A headline with a date among its words stays the title under a dateline too."""
    english = headline[0].isascii()
    byline, _, lead, second = _texts(english)
    dateline = "Leeds – 22 June 2024" if english else "أسيوط – 22 يونيو 2024"
    text = "\n\n".join([_byline(byline), dateline, headline, lead, second])
    article = _parse(text)
    assert _fields(article) == (headline, *byline, (dateline, lead, second), "2024-06-22")


@pytest.mark.parametrize(
    ("byline", "english"),
    [
        (("نشرة الحي", "رياضة"), False),
        (("نشرة الحي", "سبتمبر"), False),
        (("دليل الأسواق", "أسعار 2024"), False),
        (("ملاعب نيوز", "كأس العالم 2026"), False),
        (("Tech Daily", "2024 Review"), True),
        (("Tech Daily", "June"), True),
        (("Harbor Times", "Class of 2025"), True),
    ],
)
@pytest.mark.parametrize("with_dateline", [False, True])
def test_bylines_with_months_or_numbers_stay_bylines(
    byline: tuple[str, str], english: bool, with_dateline: bool
) -> None:
    """A section that is a month's name or holds a number is a section, not a date (and dates nothing)."""
    _, headline, lead, second = _texts(english)
    dateline = "Leeds – 22 June 2024" if english else "أسيوط – 22 يونيو 2024"
    body = [dateline, headline, lead, second] if with_dateline else [headline, lead, second]
    text = "\n\n".join([_byline(byline), *body])
    article = _parse(text)
    paragraphs = (dateline, lead, second) if with_dateline else (lead, second)
    published = "2024-06-22" if with_dateline else None
    assert _fields(article) == (headline, *byline, paragraphs, published)
    assert quick_head(text) == QuickHead(headline, *byline)


@pytest.mark.parametrize(
    "line",
    ["مهرجان الموسيقى – 5 مارس 2025", "Budget Day – 5 March 2025"],
)
def test_maybe_dateline_over_the_text_is_still_the_headline(line: str) -> None:
    """A few words, a dash and a date directly over the text is the headline, at the top as under a byline."""
    english = line[0].isascii()
    byline, _, lead, second = _texts(english)
    for lines in ([_byline(byline), line, lead, second], [line, lead, second]):
        article = _parse("\n\n".join(lines))
        assert (article.title, article.paragraphs, article.published) == (line, (lead, second), None)


@pytest.mark.parametrize(("line", "published", "english"), WIRE_DATELINES)
def test_wire_dateline_is_a_sure_dateline(line: str, published: str | None, english: bool) -> None:
    """The agency in parentheses is left out: the rest is a dateline, never a headline."""
    assert dateline_kind(line) == "sure"
    assert iso_date(line) == published
    assert not headline_like(line) and not headline_in_place(line)


@pytest.mark.parametrize(
    "line",
    [
        "LEEDS, June 22 (Reuters) - Mills reported record cotton deliveries.",
        "Budget (UK) – 5 March 2025",
        "Budget (Draft) – 5 March 2025",
        "أسيوط (تحديث) – 22 يونيو 2024",
        "Leeds (Reuters) (AFP) – 22 June 2024",
    ],
)
def test_other_parentheses_make_no_wire_dateline(line: str) -> None:
    """A wire dateline that goes on into text, or words in parentheses that name no agency: no sure dateline."""
    assert dateline_kind(line) != "sure"
