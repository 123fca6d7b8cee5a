"""Hijri dates of datelines ("الأحد 15 جمادى الأولى 1448 هـ") read as Gregorian days.

The arithmetic (tabular) Islamic calendar: months of 30 and 29 days in turn, a leap day in 11 years
of every 30, the civil epoch (1 Muharram 1 AH = 16 July 622, Julian). Saudi Arabia's Umm al-Qura
calendar and the sighting of the moon may put a day one day earlier or later; a weekday on the line
("الأحد") that falls one day from the reckoned day settles it.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import normalize

__all__ = ["hijri_date", "hijri_numeric", "hijri_to_gregorian"]

_EPOCH_JDN: Final = 1948440
"""Julian day number of 1 Muharram 1 AH (civil epoch)."""
_ORDINAL_TO_JDN: Final = 1721425
"""``date.toordinal()`` + this = Julian day number."""


def _folded(words: str) -> tuple[str, ...]:
    return tuple(normalize(word) for word in words.split())


_ONE_WORD: Final[dict[str, int]] = {
    word: month
    for month, words in ((1, "محرم"), (2, "صفر"), (7, "رجب"), (8, "شعبان"), (9, "رمضان"), (10, "شوال"))
    for word in _folded(words)
}
_FIRST_TAILS: Final = _folded("الأول الاول الأولى الاولى")
_SECOND_TAILS: Final = _folded("الثاني الآخر الآخرة الثانية")
_TWO_WORDS: Final[dict[tuple[str, str], int]] = {
    **{(normalize("ربيع"), tail): 3 for tail in _FIRST_TAILS},
    **{(normalize("ربيع"), tail): 4 for tail in _SECOND_TAILS},
    **{(normalize("جمادى"), tail): 5 for tail in _FIRST_TAILS},
    **{(normalize("جمادى"), tail): 6 for tail in _SECOND_TAILS},
    **{(head, normalize("القعدة")): 11 for head in _folded("ذو ذي")},
    **{(head, normalize("الحجة")): 12 for head in _folded("ذو ذي")},
}
"""Two-word months, folded: "ربيع الأول" (3) ... "ذو الحجة" (12)."""
_TWO_WORD_HEADS: Final = frozenset(head for head, _ in _TWO_WORDS)
_HIJRI_MARKS: Final = frozenset(_folded("هـ ه هجري هجرية"))
_HIJRI_YEARS: Final = range(1318, 1526)
"""About 1900–2100."""
_WEEKDAYS: Final[dict[str, int]] = {
    normalize(name): number for number, name in enumerate("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split())
} | {normalize("الإثنين"): 0}
"""Arabic weekday -> ``date.weekday()``."""


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian day of a tabular Hijri date (may differ by a day from Umm al-Qura)."""
    jdn = day + (295 * (month - 1) + 9) // 10 + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH_JDN - 1
    return date.fromordinal(jdn - _ORDINAL_TO_JDN)


def _year(word: str) -> int | None:
    """A Hijri year number, with or without the "هـ" written onto it ("1446هـ")."""
    digits = word[:-1] if word.endswith("ه") else word
    if not digits.isdigit() or int(digits) not in _HIJRI_YEARS:
        return None
    return int(digits)


def hijri_date(text: str) -> date | None:
    """The Gregorian day of a Hijri date ("15 جمادى الأولى 1448 هـ", "15 رمضان 1447"), else None.

    The mark "هـ" may be left out: a month's name between a day and a year of the Hijri range
    (``_HIJRI_YEARS``, which no Gregorian year of a news text falls in) is a Hijri date all the same.

    Args:
        text: one dateline, digits already ASCII.

    Returns:
        The day of the first "day month year" in ``text``, moved by one day to the weekday the line
        names when the reckoning is a day off; None without a whole Hijri date.
    """
    words = normalize(text).split()
    if not any(word in _HIJRI_MARKS or word.endswith("ه") and word[:-1].isdigit() for word in words) and not any(
        word in _ONE_WORD or word in _TWO_WORD_HEADS for word in words
    ):
        return None  # (unmarked, a month's name and a year of the Hijri range make it one: "15 رمضان 1447")
    for index in range(1, len(words) - 1):
        month, width = _ONE_WORD.get(words[index]), 1
        if index + 2 < len(words) and (words[index], words[index + 1]) in _TWO_WORDS:
            month, width = _TWO_WORDS[(words[index], words[index + 1])], 2
        day, year = words[index - 1], _year(words[index + width]) if index + width < len(words) else None
        if month is None or year is None or not day.isdigit() or not 1 <= int(day) <= 30:
            continue
        found = hijri_to_gregorian(year, month, int(day))
        return _on_weekday(found, words)
    return None


_NUMERIC_RE: Final = LazyRegex(
    r"(?<!\d)(?:(?P<year>\d{4})\s*(?P<sep>[-/.])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<day>\d{1,2})"
    r"|(?P<day2>\d{1,2})\s*(?P<sep2>[-/.])\s*(?P<month2>\d{1,2})\s*(?P=sep2)\s*(?P<year2>\d{4}))"
    r"\s*(?:هـ|ه|هجرية|هجري)(?![\u0621-\u064a])"
)
"""A numeric date with the Hijri mark written after it: "1448/5/30هـ", "30/5/1448 هـ", "1448-05-30 هجري"."""


def hijri_numeric(text: str) -> date | None:
    """The Gregorian day of a numeric Hijri date marked "هـ" ("1448/5/30هـ", "السبت 30/5/1448 هـ"), else None.

    The mark right after the date and a four-digit year in the Hijri range make the order sure: the
    year stands first or last, the month next to it. The weekday the line names settles a day off.

    Args:
        text: one dateline, digits already ASCII.
    """
    found = _NUMERIC_RE.search(text) if "ه" in text else None
    if found is None:
        return None
    first = found.group("year") is not None
    year = int(found.group("year") if first else found.group("year2"))
    month = int(found.group("month") if first else found.group("month2"))
    day = int(found.group("day") if first else found.group("day2"))
    if year not in _HIJRI_YEARS or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    return _on_weekday(hijri_to_gregorian(year, month, day), normalize(text).split())


def _on_weekday(found: date, words: list[str]) -> date:
    """``found``, or the day before or after it when that is the weekday named in ``words``."""
    named = next((_WEEKDAYS[word] for word in words if word in _WEEKDAYS), None)
    if named is None or named == found.weekday():
        return found
    for shift in (-1, 1):
        moved = date.fromordinal(found.toordinal() + shift)
        if moved.weekday() == named:
            return moved
    return found
