"""Datelines of saved article pages as ISO 8601 dates: "الأحد 14 أبريل 2024 - 10:30 ص", "2024/03/05 14:20"."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from newstui.text.normalize import normalize

__all__ = ["iso_date"]

_MONTHS: Final[dict[str, int]] = {
    normalize(name): number
    for number, names in enumerate(
        (
            "يناير كانون_الثاني january jan",
            "فبراير فبرایر شباط february feb",
            "مارس آذار march mar",
            "أبريل ابريل إبريل نيسان april apr",
            "مايو أيار ايار may",
            "يونيو يونيه حزيران june jun",
            "يوليو يوليه تموز july jul",
            "أغسطس اغسطس آب august aug",
            "سبتمبر أيلول ايلول september sep sept",
            "أكتوبر اكتوبر تشرين_الأول october oct",
            "نوفمبر تشرين_الثاني november nov",
            "ديسمبر كانون_الأول december dec",
        ),
        start=1,
    )
    for name in names.replace("_", " ").split(" ")
    if name
}
"""Month names (Egyptian/Gulf, Levantine and English, folded) -> number; Levantine two-word names below."""
_TWO_WORD_MONTHS: Final[dict[tuple[str, str], int]] = {
    (normalize("كانون"), normalize("الثاني")): 1,
    (normalize("تشرين"), normalize("الأول")): 10,
    (normalize("تشرين"), normalize("الثاني")): 11,
    (normalize("كانون"), normalize("الأول")): 12,
}
_ONE_WORD_MONTHS: Final = {name: number for name, number in _MONTHS.items() if " " not in name}
_AMBIGUOUS: Final = frozenset({"may", "mar", "jun", "sep", "dec", "oct", "nov", "jan", "feb", "apr", "aug"})
"""English short names that are also words: months only next to a day or year number."""

_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EASTERN_DIGIT_RE: Final = re.compile("[٠-٩۰-۹]")
_YMD_RE: Final = re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")
_DMY_RE: Final = re.compile(r"(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)")
_TIME_RE: Final = re.compile(r"(?<![\d:])(\d{1,2})\s*:\s*(\d{2})(?![\d])")
_PM_WORDS: Final = frozenset(normalize(word) for word in "م مساء مساءً pm p.m".split())
_AM_WORDS: Final = frozenset(normalize(word) for word in "ص صباحا صباحاً am a.m".split())
_YEARS: Final = range(1900, 2101)


def _month_day_year(words: list[str]) -> tuple[int, int, int] | None:
    """Year, month and day from folded words holding a month name ("14 ابريل 2024", "september 11 2024")."""
    for index, word in enumerate(words):
        month = _ONE_WORD_MONTHS.get(word)
        width = 1
        if index + 1 < len(words) and (word, words[index + 1]) in _TWO_WORD_MONTHS:
            month, width = _TWO_WORD_MONTHS[(word, words[index + 1])], 2
        if month is None:
            continue
        before = words[index - 1] if index else ""
        after = words[index + width : index + width + 3]
        numbers = [int(token) for token in after if token.isdigit()]
        year = next((number for number in numbers if number in _YEARS), None)
        day = int(before) if before.isdigit() and len(before) <= 2 else None
        if day is None and numbers and numbers[0] <= 31 and len(after[0]) <= 2:
            day = numbers[0]  # "September 11, 2024"
        if year is None or day is None:
            if word in _AMBIGUOUS:
                continue
            return None
        return year, month, day
    return None


def _time(text: str) -> str:
    """``"THH:MM:00"`` from a time in ``text`` ("10:30 ص" is morning, "10:30 م" evening), else ``""``."""
    match = _TIME_RE.search(text)
    if match is None:
        return ""
    hour, minute = int(match.group(1)), int(match.group(2))
    tail = normalize(text[match.end() : match.end() + 8]).split()
    marker = tail[0] if tail else ""
    if marker in _PM_WORDS and hour < 12:
        hour += 12
    elif marker in _AM_WORDS and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return ""
    return f"T{hour:02d}:{minute:02d}:00"


def iso_date(text: str) -> str | None:
    """The date (and time, when given) of a dateline as ISO 8601, or None when none is found in it.

    Numbers may be Arabic-Indic or Persian digits; numeric dates are year first ("2024/03/05") or day
    first ("05/03/2024", the Arabic and European order; a month over 12 in the middle makes it
    US order). A time ("10:30 ص", "14:20") is added without an offset.

    Args:
        text: one short dateline, e.g. "الأحد 14 أبريل 2024 - 10:30 ص" or "تحديث: 2024/03/05 14:20".

    Returns:
        ``"2024-04-14T10:30:00"``, ``"2024-03-05"`` ..., or None.
    """
    ascii_digits = text.translate(_DIGITS) if _EASTERN_DIGIT_RE.search(text) else text
    found: tuple[int, int, int] | None = None
    match = _YMD_RE.search(ascii_digits)
    if match is not None:
        found = int(match.group(1)), int(match.group(2)), int(match.group(3))
    elif (match := _DMY_RE.search(ascii_digits)) is not None:
        day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        found = (year, day, month) if month > 12 >= day else (year, month, day)
    if found is None:
        found = _month_day_year(normalize(ascii_digits).split())
    if found is None or found[0] not in _YEARS:
        return None
    try:
        day_text = date(*found).isoformat()
    except ValueError:
        return None
    rest = ascii_digits[match.end() :] if match is not None else ascii_digits
    return day_text + _time(rest)
