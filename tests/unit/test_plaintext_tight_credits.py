"""Agency credits written tight against their place ("دمشق-سانا", "القاهرة/ أ ش أ/") and closing credits in brackets
("(رويترز + أ ف ب)"): read as the story's attribution, the text kept."""

from __future__ import annotations

import pytest

from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_byline import place_agency

_HEAD = "افتتاح مركز جديد لرعاية المسنين في المدينة القديمة"
_LEAD = "افتتحت الوزارة اليوم مركزا جديدا لرعاية المسنين يتسع لمئة نزيل، ويضم عيادات وقاعات للنشاط اليومي."
_MORE = "وقال مدير المركز إن التسجيل يبدأ الأسبوع المقبل عبر الموقع الرسمي للوزارة."


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("دمشق-سانا", "سانا"),
        ("دمشق - سانا", "سانا"),
        ("القاهرة/ أ ش أ/", "أ ش أ"),
        ("القاهرة/أ ش أ", "أ ش أ"),
        ("الرياض–واس", "واس"),
        ("السعودية-الإمارات", None),  # two places: no agency
        ("دمشق-سانا-حلب", None),
        ("1200-سانا", None),
    ],
)
def test_place_agency_tight(line: str, agency: str | None) -> None:
    assert place_agency(line) == agency


@pytest.mark.parametrize("credit", ["دمشق-سانا", "دمشق/ سانا/"])
def test_tight_credit_over_the_text_is_the_attribution(credit: str) -> None:
    (article,) = parse_plaintext(f"{_HEAD}\n\n{credit}\n{_LEAD}\n\n{_MORE}\n", origin="t.txt")
    assert article.attribution == "سانا"
    assert article.title == _HEAD
    assert _LEAD in article.paragraphs and _MORE in article.paragraphs


@pytest.mark.parametrize(
    ("closing", "attribution"),
    [
        ("(رويترز + أ ف ب)", "رويترز / أ ف ب"),
        ("(رويترز/ أ ف ب)", "رويترز / أ ف ب"),
        ("(الأناضول + وكالات)", "الأناضول / وكالات"),
    ],
)
def test_closing_credits_in_brackets(closing: str, attribution: str) -> None:
    (article,) = parse_plaintext(f"{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n\n{closing}\n", origin="t.txt")
    assert article.attribution == attribution
    assert article.paragraphs[-1] == _MORE


def test_bracketed_words_that_are_no_credits_stay_text() -> None:
    closing = "(الصورة + الفيديو)"
    (article,) = parse_plaintext(f"{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n\n{closing}\n", origin="t.txt")
    assert article.attribution is None
    assert article.paragraphs[-1] == closing


@pytest.mark.parametrize(
    ("credit", "agency"), [("دمشق-سانا", "سانا"), ("دمشق - سانا", "سانا"), ("القاهرة/ أ ش أ/", "أ ش أ")]
)
def test_tight_credit_over_the_headline_is_no_sites_name(credit: str, agency: str) -> None:
    """A place and its agency on the first line, over the headline: the agency credits the story (the line is
    no site's name, which a hyphenated name such as "Al-Monitor" would be)."""
    (article,) = parse_plaintext(f"{credit}\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n", origin="t.txt")
    assert article.title == _HEAD
    assert article.source is None
    assert article.attribution == agency


def test_hyphenated_site_name_over_the_headline_stays_the_source() -> None:
    (article,) = parse_plaintext(f"Al-Monitor\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n", origin="t.txt")
    assert (article.title, article.source) == (_HEAD, "Al-Monitor")
