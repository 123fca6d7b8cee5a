"""Hijri dates read as Gregorian days (parse/hijri.py): the tabular Islamic calendar, a weekday settling a day off."""

from __future__ import annotations

from datetime import date

import pytest

from newstui.parse.hijri import hijri_date, hijri_to_gregorian


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1, 1, 1), date(622, 7, 19)),  # the civil epoch: 16 July 622 (Julian)
        ((1445, 9, 1), date(2024, 3, 11)),
        ((1446, 1, 1), date(2024, 7, 8)),  # Umm al-Qura: 7 July, a day earlier
        ((1448, 5, 15), date(2026, 10, 27)),
        ((1447, 12, 10), date(2026, 5, 27)),
    ],
)
def test_tabular_calendar(hijri: tuple[int, int, int], gregorian: date) -> None:
    """Known days of the arithmetic calendar (civil epoch, leap years 2, 5, 7, 10 ... of 30)."""
    assert hijri_to_gregorian(*hijri) == gregorian


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("15 جمادى الأولى 1448 هـ", date(2026, 10, 27)),
        ("الخميس 15 جمادى الآخرة 1448 هـ", date(2026, 11, 26)),
        ("1 محرم 1446هـ", date(2024, 7, 8)),
        ("الأحد 1 محرم 1446 هـ", date(2024, 7, 7)),  # the weekday moves the day back by one
        ("الجمعة 1 محرم 1446 هـ", date(2024, 7, 8)),  # three days off: the weekday is wrong, not the day
        ("10 ذي الحجة 1447 هجرية", date(2026, 5, 27)),
        ("2 ربيع الثاني 1447 هـ", date(2025, 9, 25)),  # Umm al-Qura: 24 September
        ("15 رمضان 1445", date(2024, 3, 25)),  # no Hijri mark: a month's name and a year of the Hijri range
        ("15 رمضان 2025", None),  # a Gregorian year: "رمضان" may be a headline's word
        ("15 جمادى 1448 هـ", None),  # "جمادى" without "الأولى"/"الآخرة" names no month
        ("40 رجب 1448 هـ", None),
        ("15 رجب 1900 هـ", None),
    ],
)
def test_hijri_date(line: str, day: date | None) -> None:
    """The first Hijri "day month year" of a line, weekday-corrected by one day at most."""
    assert hijri_date(line) == day
