"""Datelines: a place before a Hijri date (audit textfmt4 M4), an agency after the date, bare or in
brackets (SPA and WAM style, M2/M3), and the agency such a dateline names.

Original text written for these tests, modelled on the audit's inputs.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_dates import dateline_agency, is_date_line, iso_date, lead_agency

HEADLINE: Final = "ولي العهد يستقبل وزير الخارجية الأمريكي في الرياض"
LEAD: Final = "استقبل صاحب السمو الملكي ولي العهد في قصر اليمامة بالرياض اليوم وزير خارجية الولايات المتحدة."
SECOND: Final = "وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين وفرص تطويرها في مختلف المجالات."

DATELINES: Final = [
    # (id, line, date, agency)
    ("place-hijri", "الرياض 9 جمادى الأولى 1448 هـ", "2026-10-21", None),
    ("place-hijri-mark-on-year", "الرياض 9 جمادى الأولى 1448هـ", "2026-10-21", None),
    ("hijri-then-gregorian-agency", "الرياض 09 جمادى الأولى 1448 هـ الموافق 21 أكتوبر 2026 م واس", "2026-10-21", "واس"),
    ("gregorian-bare-agency", "الرياض 21 أكتوبر 2026 واس", "2026-10-21", "واس"),
    ("gregorian-dash-agency", "الرياض 21 أكتوبر 2026 - واس", "2026-10-21", "واس"),
    ("wam", "أبوظبي 21 أكتوبر 2026 وام", "2026-10-21", "وام"),
    ("hijri-agency", "الرياض 09 جمادى الأولى 1448 هـ واس", "2026-10-21", "واس"),
    ("bracketed-agency", "الرياض 21 أكتوبر 2026 (واس)", "2026-10-21", "واس"),
    ("english-wire", "DUBAI, Nov 29, 2026 (Reuters)", "2026-11-29", "Reuters"),
    ("initials", "القاهرة 5 مايو 2026 أ ش أ", "2026-05-05", "أ ش أ"),
    ("initials-after-era", "القاهرة 5 مايو 2026 م أ ف ب", "2026-05-05", "أ ف ب"),
    ("dotted-initials", "برلين 5 مايو 2026 د.ب.أ", "2026-05-05", "د.ب.أ"),
    ("no-agency", "الرياض 21 أكتوبر 2026", "2026-10-21", None),
]


@pytest.mark.parametrize(
    ("line", "day", "agency"), [case[1:] for case in DATELINES], ids=[case[0] for case in DATELINES]
)
def test_a_datelines_date_and_agency(line: str, day: str, agency: str | None) -> None:
    assert is_date_line(line)
    assert iso_date(line) == day
    assert dateline_agency(line) == agency


@pytest.mark.parametrize(
    "line",
    [
        "مؤتمر واس",  # no date
        "الرياض (واس)",  # a place and an agency: no date (its agency below)
        "الانتخابات في 7 أكتوبر 2026 بمشاركة واس",  # a headline's words around the date
        "Reuters 2026",
        "الرياض 1448 هـ واس",  # a year alone
    ],
)
def test_no_dateline(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("الرياض (واس)", "واس"),
        ("DUBAI (Reuters)", "Reuters"),
        ("الرياض - واس", None),  # a place and an agency with a dash: markers/plaintext_byline.place_agency's
        ("مؤتمر صحفي في الرياض 2026 واس", None),
        ("الرياض 21 أكتوبر 2026", None),
    ],
)
def test_the_agency_a_line_names(line: str, agency: str | None) -> None:
    assert dateline_agency(line) == agency


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("DUBAI, Nov 29, 2026 (Reuters) - Oil prices held steady on Monday as traders waited.", "Reuters"),
        (f"الرياض (واس) - {LEAD}", "واس"),
        (f"الرياض 21 أكتوبر 2026 واس - {LEAD}", "واس"),
        (f"القاهرة – 29 نوفمبر 2026 (أ ش أ) – {LEAD}", "أ ش أ"),
        (LEAD, None),
        ("وقال المتحدث - في بيان - إن الخطة تستهدف مليون مشروع.", None),
    ],
)
def test_the_agency_of_a_leads_wire_dateline(lead: str, agency: str | None) -> None:
    assert lead_agency(lead) == agency


@pytest.mark.parametrize(
    "line",
    [
        "الرياض 9 جمادى الأولى 1448 هـ",
        "الرياض 09 جمادى الأولى 1448 هـ الموافق 21 أكتوبر 2026 م واس",
        "الرياض 21 أكتوبر 2026 واس",
        "الرياض 21 أكتوبر 2026 (واس)",
    ],
)
def test_a_text_files_dateline_under_its_headline_dates_it(line: str) -> None:
    """The dateline dates the story and stays its first paragraph, as written."""
    (article,) = parse_plaintext("\n\n".join((HEADLINE, line, LEAD, SECOND)), origin="x.txt")
    assert article.published == "2026-10-21"
    assert article.title == HEADLINE
    assert list(article.paragraphs) == [line, LEAD, SECOND]


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("الرياض 09 جمادى الأولى 1448 هـ الموافق 21 أكتوبر 2026 م واس", "واس"),
        ("الرياض 21 أكتوبر 2026 واس", "واس"),
        ("الرياض 21 أكتوبر 2026 (واس)", "واس"),
        ("الرياض - واس", "واس"),
        ("الرياض 21 أكتوبر 2026", None),
    ],
)
def test_the_agency_ending_a_dateline_is_the_storys_attribution(line: str, agency: str | None) -> None:
    """SPA and WAM put the agency after the date: it credits the story as "الرياض - واس" does."""
    (article,) = parse_plaintext("\n\n".join((HEADLINE, line, LEAD, SECOND)), origin="x.txt")
    assert article.attribution == agency
    assert article.source is None


def test_an_english_wire_lead_names_its_agency() -> None:
    """A lead opening with "DUBAI, Nov 29, 2026 (Reuters) -" is credited to Reuters."""
    lead = "DUBAI, Nov 29, 2026 (Reuters) - Oil prices held steady on Monday as traders waited for a meeting."
    text = "\n\n".join(("Oil steadies as traders wait", lead, "Brent crude was little changed at midday trading."))
    (article,) = parse_plaintext(text, origin="x.txt")
    assert article.attribution == "Reuters"
