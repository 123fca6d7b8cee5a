"""Datelines of saved article pages, told from headlines and read as ISO 8601: "الأحد 14 أبريل 2024 - 10:30 ص"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice
from typing import Final, Literal

from newstui.parse.hijri import hijri_date, hijri_numeric
from newstui.parse.published import zone_offset
from newstui.text.digits import has_digit
from newstui.text.harakat import strip_harakat
from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import normalize

__all__ = [
    "bare_agency",
    "dateline_agency",
    "dateline_kind",
    "is_agency",
    "is_date_line",
    "iso_date",
    "lead_agency",
    "lead_dateline",
    "opens_date",
]

_MONTHS: Final[dict[str, int]] = {
    normalize(name): number
    for number, names in enumerate(
        (
            "يناير كانون_الثاني جانفي january jan",
            "فبراير فبرایر شباط فيفري فبراير february feb",
            "مارس آذار march mar",
            "أبريل ابريل إبريل نيسان أفريل افريل april apr",
            "مايو أيار ايار ماي may",
            "يونيو يونيه حزيران جوان june jun",
            "يوليو يوليه تموز يوليوز جويلية جويليه july jul",
            "أغسطس اغسطس آب غشت أوت اوت august aug",
            "سبتمبر أيلول ايلول شتنبر september sep sept",
            "أكتوبر اكتوبر تشرين_الأول october oct",
            "نوفمبر تشرين_الثاني نونبر november nov",
            "ديسمبر كانون_الأول دجنبر december dec",
        ),
        start=1,
    )
    for name in names.replace("_", " ").split(" ")
    if name
}
"""Month names (Egyptian/Gulf, Levantine, Moroccan "نونبر", Algerian and Tunisian "جانفي", and English,
folded) -> number; Levantine two-word names below."""
_TWO_WORD_MONTHS: Final[dict[tuple[str, str], int]] = {
    (normalize("كانون"), normalize("الثاني")): 1,
    (normalize("تشرين"), normalize("الأول")): 10,
    (normalize("تشرين"), normalize("الثاني")): 11,
    (normalize("كانون"), normalize("الأول")): 12,
}
_ONE_WORD_MONTHS: Final = {name: number for name, number in _MONTHS.items() if " " not in name}

_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EASTERN_DIGIT_RE: Final = re.compile("[٠-٩۰-۹]")
# A numeric date keeps one separator ("2024/03/05", "05.03.2024"): "2026 - 10.05 GMT" is a year and a time.
_YMD_RE: Final = re.compile(r"(?<!\d)(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")
_DMY_RE: Final = re.compile(r"(?<!\d)(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")
_TIME_RE: Final = re.compile(r"(?<![\d:])(\d{1,2})\s*:\s*(\d{2})(?![\d])")
_DOT_TIME_RE: Final = re.compile(
    r"(?<![\d.:,])(\d{1,2})\.(\d{2})(?![\d.,])(?=\s*(?:[ap]\.\s?m\.?|[ap]m\b|gmt\b|utc\b|بتوقيت|صباحا|مساء|ص\b|م\b))",
    re.IGNORECASE,
)
"""A time written with a dot ("10.05 GMT", "9.30 pm"): only with a zone or AM/PM after it, which tells it from
a number ("3.25 في المئة")."""
_HOUR_RE: Final = re.compile(
    r"(?<![\d.:,/-])(\d{1,2})(?=\s*(?:[ap]\.\s?m\.?|[ap]m\b|صباحا|مساء|ص\b|م\b))()",
    re.IGNORECASE,
)
"""An hour alone with its part of the day ("9 مساءً", "- 9 م", "9 pm"): minutes none (the empty group)."""
_PM_WORDS: Final = frozenset(normalize(word) for word in "م مساء مساءً pm p.m".split())
_AM_WORDS: Final = frozenset(normalize(word) for word in "ص صباحا صباحاً am a.m".split())
_YEARS: Final = range(1900, 2101)
_HIJRI_YEARS: Final = range(1318, 1526)
"""Hijri years of about 1900-2100 (``parse.hijri``)."""
_ORDINAL_RE: Final = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
"""The suffix of "11th", "1st": dropped before the day is read."""
_GLUED_ERA_RE: Final = re.compile(r"(?<![\d.,:])(\d{4})م(?![^\W\d_])")
"""A year with the Gregorian era's "م" glued to it ("2026م", as Gulf datelines write it): read as "2026 م"."""


def _month_day_year(words: list[str]) -> tuple[int, int, int] | None:
    """Year, month and day from folded words holding a month name ("14 ابريل 2024", "september 11 2024").

    The first month name with a day and a year beside it counts: a Hijri date before the Gregorian
    one ("8 ربيع الأول 1446 هـ - 11 سبتمبر 2024 م") and "may" the verb are passed over.
    """
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
            continue
        return year, month, day
    return None


def _time(text: str, day: date | None = None, *, arabic: bool = True) -> str:
    """``"THH:MM:00"`` from a time in ``text`` ("10:30 ص" is morning, "10:30 م" evening), else ``""``.

    The time's offset follows it when the line gives one (``_offset``, on ``day``): ``"T10:00:00+00:00"``.
    """
    match = _TIME_RE.search(text) or _DOT_TIME_RE.search(text) or _HOUR_RE.search(text)
    if match is None:
        return ""
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if not match.group(2) and not 1 <= hour <= 12:
        return ""  # (an hour alone is one of a 12-hour clock: "13 م" is no time)
    tail = normalize(text[match.end() : match.end() + 8]).split()
    marker = tail[0] if tail else ""
    if marker in _PM_WORDS and hour < 12:
        hour += 12
    elif marker in _AM_WORDS and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return ""
    after = text[match.end() : match.end() + _ZONE_CHARS]
    moment = datetime(day.year, day.month, day.day, hour, minute) if day is not None else None
    return f"T{hour:02d}:{minute:02d}:00" + _offset(after, moment, arabic=arabic)


_ZONE_CHARS: Final = 40
"""How far after a time its zone is looked for (the match is bounded, whatever the line)."""
_ZONE_WORD: Final = r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0640])+"
"""A word of a place's name after "بتوقيت", its vowel marks and tatweel in it ("مكّة")."""
_ZONE_RE: Final = re.compile(
    r"(?::\d{2}(?:\.\d+)?)?\s*"  # seconds
    r"(?:[ap]\.\s?m\.?|[ap]m\b|صباحاً|صباحا|مساءً|مساء|ص|م)?\s*"  # AM/PM
    r"[(\[]?\s*"  # a bracket: "(توقيت مكة المكرمة)", "(GMT+03:00)"
    r"(?:(?P<utc>(?:gmt|utc|z)(?![^\W\d_])|ت\.\s?غ\.?)"  # "ت.غ": توقيت غرينتش
    rf"|(?:ب|بال)?توقيت\s+(?P<place>{_ZONE_WORD})(?:\s+(?P<more>{_ZONE_WORD}))?"
    r"|(?P<name>[a-z]{2,4})(?![^\W\d_]))?"  # "GST", "EET", "KSA" (upper case only: ``_named_offset``)
    r"(?:\s*(?P<sign>[+\-−])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?(?!\d))?",
    re.IGNORECASE,
)
"""What may follow a time: seconds, AM/PM, a bracket, then "GMT"/"UTC"/"Z"/"ت.غ" (with an offset or not), a place's
time ("بتوقيت مكة", "توقيت القاهرة", "بالتوقيت المحلي"), a zone's name ("GST"), an offset."""
_GREENWICH: Final = "+00:00"
_PLACE_OFFSETS: Final[dict[str, str]] = {
    normalize(place): offset
    for offset, places in (
        (_GREENWICH, "غرينتش جرينتش غرينيتش جرينيتش غرينتيش العالمي"),
        ("+01:00", "تونس الجزائر"),
        ("+02:00", "الخرطوم السودان ليبيا"),
        (
            "+03:00",
            "مكة مكه الرياض جدة السعودية الكويت الدوحة قطر البحرين المنامة بغداد العراق صنعاء اليمن",
        ),
        ("+04:00", "الإمارات الامارات دبي أبوظبي ابوظبي الشارقة مسقط السلطنة"),
    )
    for place in places.split()
}
"""Places a time is given in ("بتوقيت مكة", "بتوقيت الإمارات") whose offset is the same all year: Mecca's (Arabia
Standard Time), the Gulf's, Greenwich's ("بالتوقيت العالمي", UTC) …"""
_PLACE_ZONES: Final[dict[str, str]] = {
    normalize(place): zone
    for zone, places in (
        ("Africa/Cairo", "القاهرة مصر"),
        ("Asia/Jerusalem", "القدس"),
        ("Asia/Hebron", "فلسطين"),
        ("Asia/Gaza", "غزة"),
        ("Asia/Beirut", "بيروت لبنان"),
        ("Asia/Amman", "الأردن الاردن"),
        ("Asia/Damascus", "دمشق سوريا سورية"),
        ("Africa/Casablanca", "المغرب الرباط"),
        ("Europe/Istanbul", "تركيا إسطنبول اسطنبول أنقرة انقرة"),
        ("Asia/Tehran", "طهران إيران ايران"),
    )
    for place in places.split()
}
"""Places whose offset changes with the date (summer time, or a law that moved it: Cairo, Jerusalem, Beirut, and
Amman and Damascus before 2022): their tz database zone, read for the day and time of the dateline."""
_KINGDOM: Final = "KSA"
"""The Kingdom of Saudi Arabia's time, as Saudi pages write it ("10:30 KSA")."""


def _offset(after: str, moment: datetime | None = None, *, arabic: bool = True) -> str:
    """``"+HH:MM"`` for the zone written right after a time ("GMT", "UTC+3", "+03:00", "(GMT+03:00)", "ت.غ",
    "بتوقيت مكة", "(توقيت مكة المكرمة)", "بتوقيت الإمارات", "بتوقيت القاهرة", "GST", "EET", "KSA"), else ``""``.

    A place's time is the tz database's for ``moment`` (the dateline's day and time) where it changes with the
    date ("بتوقيت القاهرة" is +02:00 in winter, +03:00 in summer); "بالتوقيت المحلي" (local time) and a place
    not known give none. A zone's name is read as a feed's is (``published.zone_offset``: in upper case, "AST"
    Arabia's in an ``arabic`` text). A bare offset needs two-digit hours ("+03:00", "+0300"): "10:00 - 11:00"
    is a span, not a zone.
    """
    match = _ZONE_RE.match(after)
    if match is None:
        return ""
    sign, hours, minutes = match.group("sign"), match.group("hours"), match.group("minutes") or "00"
    if (place := match.group("place")) is not None:
        offset = _place_offset(place, match.group("more"), moment)
        if offset != _GREENWICH or sign is None:
            return offset  # (Greenwich's with an offset after it is "GMT+3": read below)
    elif (name := match.group("name")) is not None:
        return _named_offset(name, arabic=arabic)
    utc = place is not None or match.group("utc") is not None
    if sign is None or (not utc and (len(hours) != 2 or match.group("minutes") is None)):
        return _GREENWICH if utc else ""
    if int(hours) > 14 or int(minutes) > 59:
        return ""
    return f"{'+' if sign == '+' else '-'}{int(hours):02d}:{minutes}"


def _place_offset(place: str, more: str | None, moment: datetime | None) -> str:
    """The offset of the time of a place named after "بتوقيت" (its first word, or its two run together: "أبو
    ظبي"), at ``moment`` for a zone with summer time; ``""`` when unknown, or the tz database lacks it."""
    names = (normalize(place + more), normalize(place)) if more else (normalize(place),)
    for name in names:
        if name in _PLACE_OFFSETS:
            return _PLACE_OFFSETS[name]
        if name in _PLACE_ZONES:
            return _zone_offset_at(_PLACE_ZONES[name], moment) if moment is not None else ""
    return ""


def _zone_offset_at(zone: str, moment: datetime) -> str:
    """``"+HH:MM"``, the offset of a tz database ``zone`` at a local ``moment``; ``""`` without that zone (a system
    with no tz database and no ``tzdata`` package)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        offset = moment.replace(tzinfo=ZoneInfo(zone)).utcoffset()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ""
    return "" if offset is None else _signed(offset)


def _signed(offset: timedelta) -> str:
    """``"+03:00"`` for three hours east of UTC, ``"-04:30"`` for four and a half west."""
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _named_offset(name: str, *, arabic: bool) -> str:
    """The offset of a zone's name written after a time ("GST" +04:00, "EET" +02:00, "KSA" and, in an ``arabic``
    text, "AST" +03:00), in upper case only ("est" is no zone); ``""`` for another word."""
    if not name.isupper():
        return ""
    if name == _KINGDOM:
        return "+03:00"
    offset = zone_offset(name, arabic=arabic)
    return "" if offset is None else _signed(offset)


_ARABIA_ZONE: Final = "AST"
_ARABIC_LETTER: Final = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_WORD: Final = re.compile(r"[A-Za-z]{2,}")
_ZONE_LATIN: Final = frozenset({"ast", "am", "pm", "gmt", "utc"})
"""The Latin words of a dateline written in digits that say nothing of its language: the zone, AM/PM."""


def _arabia_time(text: str) -> bool:
    """Whether "AST" after a dateline's time is Arabia Standard Time (+03:00), read by the dateline's own script:
    so when it is written in Arabic ("الأحد 30 نوفمبر 2026 10:30 AST", "الرياض، 30/11/2026 10:30 AST") or in digits
    alone ("30/11/2026 10:30 AST"), not when its words are Latin ("Nov 30, 2026 10:30 AST", "HALIFAX, Nov 30 …":
    Atlantic time, -04:00). A dateline without "AST" needs no reading (True)."""
    if _ARABIA_ZONE not in text or _ARABIC_LETTER.search(text) is not None:
        return True
    return all(word.lower() in _ZONE_LATIN for word in _LATIN_WORD.findall(text))


def _first_date(text: str) -> tuple[tuple[int, int, int] | None, re.Match[str] | None]:
    """Year, month and day of the first date in ``text`` (digits ASCII), and the match of a numeric one: a
    numeric date first (year first, else day first), else a month's name with a day and a year. The year
    may be of another calendar ("1447/9/16"): the caller tells."""
    match = _YMD_RE.search(text)
    if match is not None:
        return (int(match.group(1)), int(match.group(3)), int(match.group(4))), match
    if (match := _DMY_RE.search(text)) is not None:
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        return ((year, day, month) if month > 12 >= day else (year, month, day)), match
    words = _GLUED_ERA_RE.sub(r"\1 م", _ORDINAL_RE.sub("", text))
    return _month_day_year(normalize(words).split()), None


def iso_date(text: str, *, arabic: bool | None = None) -> str | None:
    """The date (and time, when given) of a dateline as ISO 8601, or None when none is found in it.

    Numbers may be Arabic-Indic or Persian digits; numeric dates are year first ("2024/03/05") or day
    first ("05/03/2024", the Arabic and European order; a month over 12 in the middle makes it
    US order). A Hijri date alone, marked "هـ" (its month named, or numbers only: "1448/5/30هـ"), is
    reckoned in the tabular Islamic calendar (``parse.hijri``); beside a Gregorian one, before or after it
    ("1447/9/16هـ الموافق 6 مارس 2026م"), the Gregorian date counts (its year's era written apart or glued:
    "2026 م", "2026م"). A time ("10:30 ص", "14:20") is added, with its offset when the line gives one ("GMT",
    "UTC+3", "+03:00", "ت.غ", "بتوقيت مكة", "(توقيت مكة المكرمة)", "بتوقيت القاهرة" for that day, "GST":
    ``_offset``), else without.

    Args:
        text: one short dateline, e.g. "الأحد 14 أبريل 2024 - 10:30 ص" or "تحديث: 2024/03/05 14:20".
        arabic: whether "AST" after the time is Arabia Standard Time (+03:00) rather than Atlantic time (a
            feed's language says so); None (a page's or a text file's dateline) reads it from the dateline's own
            script (``_arabia_time``: Arabic or digits alone, Arabia's; Latin words, Atlantic).

    Returns:
        ``"2024-04-14T10:30:00"``, ``"2024-03-05"`` ..., or None.
    """
    if arabic is None:
        arabic = _arabia_time(text)
    text = _published_part(_without_stamps(text))
    ascii_digits = text.translate(_DIGITS) if _EASTERN_DIGIT_RE.search(text) else text
    found, match = _first_date(ascii_digits)
    if found is not None and found[0] not in _YEARS and match is not None:
        # A numeric date of another calendar ("1447/9/16هـ", "16/9/1447هـ"): a Gregorian date beside it, after
        # or before it ("… الموافق 6 مارس 2026م", "06/03/2026م الموافق …"), counts; the text is searched again
        # with that date blanked (so the places of later matches keep their meaning).
        blanked = ascii_digits[: match.start()] + " " * (match.end() - match.start()) + ascii_digits[match.end() :]
        beside, beside_match = _first_date(blanked)
        if beside is not None and beside[0] in _YEARS:
            found, match, ascii_digits = beside, beside_match, blanked
    if found is None and (hijri := hijri_date(ascii_digits)) is not None:
        found = hijri.year, hijri.month, hijri.day  # a Hijri date alone ("15 جمادى الأولى 1448 هـ")
    if found is not None and found[0] not in _YEARS and (numeric := hijri_numeric(ascii_digits)) is not None:
        found, match = (numeric.year, numeric.month, numeric.day), None  # "1448/5/30هـ": a Hijri date, numbers only
    if found is None or found[0] not in _YEARS:
        return None
    try:
        dated = date(*found)
    except ValueError:
        return None
    rest = ascii_digits[match.end() :] if match is not None else ascii_digits
    return dated.isoformat() + _time(rest, dated, arabic=arabic)


# Telling a dateline from a headline: a dateline is made of date material only (weekdays, months,
# day and year numbers, numeric dates, times, AM/PM, time zones, "نشر في"/"Updated:" prefixes and
# separators), or is a place's name and a dash before a whole date ("القاهرة – 11 سبتمبر 2024"). A
# line with any other word ("التضخم يتراجع إلى 7.4% في أكتوبر") or symbol ("%") is not a dateline.

_DATELINE_MAX_CHARS: Final = 80
_DATELINE_MAX_WORDS: Final = 16


def _folded(words: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in words.split())


_LABELLED_PARTS: Final = re.compile(r"[|·•؛;]|\s[-–—]\s")
"""Where a dateline's labelled parts part (one character matched at a time: a run of spaces is read once)."""
_STRONG_PARTS: Final = re.compile(r"[|·•؛;]")
"""Where they part for sure: a bar, a dot or a semicolon (a dash may stand between a date and its time)."""
_UPDATE_LABELS: Final = _folded("updated modified تحديث التحديث محدث المحدث")
_PUBLISH_LABELS: Final = _folded("published posted نشر نشرت النشر منشور المنشور")


def _published_part(text: str) -> str:
    """Of a line that gives a story's update and its publication ("محدث: 2 يوليو 2026 | منشور: 1 يوليو 2026",
    "Updated: July 2 | Published: July 1, 2026"), the part the publication's label opens, in either order;
    ``text`` itself for any other line. Parts are cut at a bar, dot or semicolon first, so a part keeps its time
    after a dash ("نشر في: 30 نوفمبر 2026 - 1:15 م | آخر تحديث: …"), else at a dash too."""
    for parting in (_STRONG_PARTS, _LABELLED_PARTS):
        parts = [part.strip() for part in parting.split(text)]
        if len(parts) < 2:
            continue
        # A part's label: its first two words ("آخر تحديث:", "Last updated:", "نشر في:").
        labels = [{word.rstrip(":：") for word in normalize(part).casefold().split()[:2]} for part in parts]
        if not any(label & _UPDATE_LABELS for label in labels):
            continue
        found = next((part for part, label in zip(parts, labels, strict=True) if label & _PUBLISH_LABELS), None)
        if found is not None:
            return found
    return text


_WEEKDAYS: Final = _folded(
    "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
    " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
_HIJRI_MONTHS: Final = _folded("محرم صفر ربيع جمادى جمادي رجب شعبان رمضان شوال ذو ذي")
"""Hijri months (or their first word): months only in a line marked "هـ" ("8 ربيع الأول 1446 هـ")."""
_HIJRI_MARK: Final = normalize("هـ")
_MONTH_HEADS: Final = _folded("كانون تشرين ربيع جمادى جمادي ذو ذي")
"""First words of two-word months: "كانون الثاني", "تشرين الأول", "ربيع الآخر", "جمادى الأولى", "ذو الحجة"."""
_MONTH_TAILS: Final = _folded("الأول الثاني الآخر الأولى الآخرة الثانية القعدة الحجة")
_DATE_KEYS: Final = _folded(
    "published updated posted modified نشر نشرت النشر منشور المنشور تحديث التحديث محدث المحدث أضيف بتاريخ تاريخ التاريخ"
)
"""Words that say the line is a date ("نشر في", "Updated:", "محدث:", "مُحدَّث:", "منشور:"); like a month, they need a
number beside them ("منشور سري يكشف ..." is a headline's words)."""
_DATE_OF: Final = _folded("تاريخ التاريخ")
_DATE_OF_TAILS: Final = _folded("الخبر المقال الموضوع المادة الإضافة الاضافة الإدراج الادراج الإدخال الادخال")
"""What a date is of after "تاريخ" ("تاريخ الخبر:", "تاريخ الإضافة:"): a word of the label, only right after it."""
_DATE_FILLERS: Final = _folded(
    "في on at of last first date يوم الساعة الموافق آخر اخر تم هجري هجرية"
    " am pm ص م ه صباحا صباحاً مساء مساءً ظهرا عصرا ليلا"
    " gmt utc bst est edt pst cet cest ast ksa"
)
"""Words that may stand in a dateline without making it one ("at", "الساعة", "م", "GMT")."""
_ON: Final = normalize("على")
_HOUR: Final = normalize("الساعة")
""""على الساعة" (at the hour), as Moroccan datelines write a time: "على" only before "الساعة"."""
_ZONE_WORDS: Final = _folded("بتوقيت توقيت بالتوقيت")
"""Followed by a place ("بتوقيت مكة المكرمة", "بالتوقيت المحلي"): the next two words may be anything."""
_ZONE_PLACE_WORDS: Final = 2
_PLACE_MAX_WORDS: Final = 3

_DATE_TOKEN_RE: Final = re.compile(
    r"(?P<stamp>\d{4}-\d{1,2}-\d{1,2}T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)"
    r"|(?P<numeric>\d{1,4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4})"
    r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?P<number>\d{1,4}(?!\d))(?:st|nd|rd|th)?"
    r"|(?P<abbr>[ap]\.\s?m\.?|ت\.\s?غ\.?)"
    r"|(?P<word>(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+)"
    r"|(?P<sep>[\s\-–—|·•,،:;؛/()\[\].+])"
    r"|(?P<other>.)",
    re.IGNORECASE,
)
"""One piece of a candidate dateline; ``other`` (a "%", a "$", an emoji ...) means it is none."""
_PLACE_RE: Final = re.compile(r"^(?P<place>[^\W\d_][^\d,،:;؛|–—]*?)\s*(?:\s-\s|[–—]|[,،])\s*(?P<date>\S.*)$")
"""A place name before a dash or comma, and the rest of the line: "القاهرة – الأربعاء 11 سبتمبر 2024"."""
_PLACE_IN_RE: Final = LazyRegex(r"(?P<place>[^\W\d_][^\d,،:;؛|–—]*?)\s+في\s+(?P<date>\d.*)")
"""A place, "في" (in, on) and a date, a Moroccan dateline: "الرباط في 29 نونبر 2026"."""
_PLACE_BY_RE: Final = LazyRegex(r"(?P<place>[^\W\d_][^\d,،:;؛|–—]*?)\s+(?P<date>\d.*)")
"""A place and a date with nothing between them: "باريس 30 نوفمبر 2026"."""
_PLACE_WORD_RE: Final = re.compile(r"^[^\W\d_](?:[^\W\d_]|[.'’-])*$")
_PLACE_PARTICLES: Final = frozenset("al el de del la le du of upon".split())
"""Lower-case words inside a Latin place name ("Rio de Janeiro"); its other words are capitalised."""


def _date_tokens(text: str) -> list[tuple[str, str]] | None:
    """``(kind, folded piece)`` for the pieces of a line made of date material only, else None.

    Kinds: ``stamp``, ``numeric``, ``time``, ``number``, ``month``, ``weekday``, ``key`` and ``filler``
    (separators are left out). A Hijri month is a ``month`` only when the line says "هـ".
    """
    tokens: list[tuple[str, str]] = []
    free = 0  # words after "بتوقيت" that name a place
    on_pending = False  # "على" just read: "الساعة" must follow ("على الساعة 14:30", a Moroccan time)
    for match in _DATE_TOKEN_RE.finditer(text):
        kind = match.lastgroup
        if kind == "other":
            return None
        if kind == "sep":
            continue
        if on_pending:
            if kind != "word" or normalize(match.group()) != _HOUR:
                return None
            on_pending = False
        piece = match.group()
        if kind == "abbr":
            tokens.append(("filler", piece))
            continue
        if kind != "word":
            tokens.append((kind or "", piece))
            continue
        word = normalize(piece)
        if free:
            free -= 1
            tokens.append(("filler", word))
        elif word in _HIJRI_MONTHS:
            tokens.append(("hijri", word))
        elif word in _ONE_WORD_MONTHS or word in _MONTH_HEADS:
            tokens.append(("month", word))
        elif word in _MONTH_TAILS and tokens and tokens[-1][1] in _MONTH_HEADS:
            tokens.append(("filler", word))
        elif word in _WEEKDAYS:
            tokens.append(("weekday", word))
        elif word in _DATE_KEYS:
            tokens.append(("key", word))
        elif word in _DATE_OF_TAILS and tokens and tokens[-1][0] == "key" and tokens[-1][1] in _DATE_OF:
            tokens.append(("filler", word))  # "تاريخ الخبر:"
        elif word in _DATE_FILLERS:
            tokens.append(("filler", word))
        elif word == _ON:
            tokens.append(("filler", word))
            on_pending = True
        elif word in _ZONE_WORDS:
            tokens.append(("filler", word))
            free = _ZONE_PLACE_WORDS
        elif piece.isupper() and zone_offset(piece, arabic=True) is not None:
            tokens.append(("filler", word))  # a zone's name in capitals: "10:34 ص GST", "10:30 EET", "MSK"
        else:
            return None
    if on_pending:
        return None
    if any(kind == "hijri" for kind, _ in tokens):  # "رمضان 2025" alone is a headline's words
        hijri = "month" if ("filler", _HIJRI_MARK) in tokens or _hijri_year_after(tokens) else "filler"
        tokens = [(hijri if kind == "hijri" else kind, piece) for kind, piece in tokens]
    return tokens


def _hijri_year_after(tokens: list[tuple[str, str]]) -> bool:
    """Whether a Hijri month stands between a day and a year of the Hijri range ("15 رمضان 1447"; its second word,
    "جمادى الأولى", aside): a Hijri date without its mark "هـ" (no Gregorian year is 1318-1525)."""
    for index, (kind, _) in enumerate(tokens):
        if kind != "hijri" or not index or tokens[index - 1][0] != "number":
            continue
        after = index + 2 if index + 2 < len(tokens) and tokens[index + 1][1] in _MONTH_TAILS else index + 1
        if after < len(tokens) and tokens[after][0] == "number" and int(tokens[after][1]) in _HIJRI_YEARS:
            return True
    return False


def _whole_date(tokens: list[tuple[str, str]]) -> bool:
    """A numeric date or timestamp, or a month name beside a day or year number ("11 سبتمبر", "Sept 11")."""
    for index, (kind, _) in enumerate(tokens):
        if kind in ("stamp", "numeric"):
            return True
        if kind == "month":
            width = 2 if index + 1 < len(tokens) and tokens[index + 1][1] in _MONTH_TAILS else 1
            before = tokens[index - 1][0] if index else ""
            after = tokens[index + width][0] if index + width < len(tokens) else ""
            if "number" in (before, after):
                return True
    return False


def _dated(tokens: list[tuple[str, str]]) -> bool:
    """Date material that makes a dateline: a whole date, or a month, weekday or "Updated" with a number or time."""
    if _whole_date(tokens):
        return True
    kinds = {kind for kind, _ in tokens}
    return bool(kinds & {"month", "weekday", "key"}) and bool(kinds & {"number", "time"})


_AGENCY_RE: Final = re.compile(r"\((?P<name>[^()]{1,24})\)")
_SLASHED_AGENCY_RE: Final = re.compile(
    r"(?:(?<![\w/])/\s?|(?P<tight>(?<=\w)/\s))(?P<name>[^/\d\s][^/\d]{0,23}?)\s?/(?![\w/])"
)
"""An agency between slashes, as Oman's news agency writes its credit ("مسقط في 29 نوفمبر /العمانية/"), its opening
slash maybe tight against the word or year before it when a space follows it, as Bahrain's writes it ("المنامة في 7
ديسمبر/ بنا /", "… 2025/ بنا /"); never a slash between digits or words ("2025/12/07", "1/2", "غزة/بنا/"). The tight
form naming no one agency ("وكالات") credits only after a date or a place alone (``_slashed_agency``): "الشركات/
وكالات/ المكاتب" is a list."""
_GENERIC_AGENCIES: Final = frozenset(normalize(name) for name in ("وكالات", "agencies"))
"""Agencies by no name ("وكالات": also travel agencies, in a list of slashes)."""
_AGENCIES: Final = _folded(
    "reuters xinhua anadolu bloomberg dpa kyodo yonhap tass efe ansa afp ap upi mena kuna wam spa qna pti ians aap"
    " tap map aps petra"
    " رويترز الأناضول الاناضول شينخوا وام واس سانا قنا كونا وفا"
    " وات بترا ومع واج سبأ بنا العمانية"
    " سونا واع نينا وال وما أسوشيتدبرس اسوشيتدبرس"
    " إرنا ارنا إيرنا ايرنا irna وطنية nna يونا una سبوتنيك sputnik مهر mehr تسنيم tasnim"
    " agencies وكالات"
) | frozenset(normalize(name) for name in ("فرانس برس", "أسوشيتد برس", "اسوشيتد برس", "أسوشيتد بريس"))
"""News agencies named in wire datelines (the Gulf's, and the Maghreb's and Levant's: وات TAP, ومع MAP, واج APS,
بترا Petra, سبأ, بنا, العمانية; Sudan's سونا, Iraq's واع and نينا, Libya's وال, Mauritania's وما; Lebanon's وطنية
NNA, Iran's إرنا IRNA, مهر Mehr and تسنيم Tasnim, the OIC's يونا UNA, Russia's سبوتنيك Sputnik) and the wires'
Arabic names in two words ("فرانس برس", "أسوشيتد برس"); Arabic initials ("أ ف ب", "أ ب", "د.ب.أ") are agencies
by their shape. A bracket naming no agency after a dateline's year ("(خاص)", an agency not listed here) is left
out of the date but credits no one (``_unnamed_bracket``)."""
_AGENCY_INITIALS_MAX: Final = 6
_KNOWN_INITIALS: Final = frozenset(
    normalize(initials).replace(" ", "") for initials in ("أ ف ب", "د ب أ", "أ ش أ", "أ ب", "ق ن أ", "ي ب أ")
)
"""The initials agencies are credited with in Arabic (AFP, dpa, MENA, AP, QNA, UPI), their letters folded and run
together: the only initials an author field's credit may be (``is_agency``'s ``initials``)."""


def is_agency(name: str, *, initials: bool = True) -> bool:
    """A news agency's name or initials: "Reuters", "رويترز", "AFP", "أ ف ب", "د.ب.أ", "أ.ش.أ", "وكالات".

    Any two to six single letters are an agency's initials in a dateline or a credit line ("(أ ف ب)", "- و ا م
    -"); with ``initials`` false only the known agencies' are (``_KNOWN_INITIALS``), as in an author field, where
    "ع. م" are a staff writer's initials."""
    if normalize(name) in _AGENCIES:
        return True
    letters = name.replace(".", " ").split()
    if not (
        2 <= len(letters) <= _AGENCY_INITIALS_MAX and all(len(letter) == 1 and letter.isalpha() for letter in letters)
    ):
        return False
    return initials or normalize("".join(letters)) in _KNOWN_INITIALS


_BRACKET_ONLY_AGENCIES: Final = frozenset({normalize("وطنية")})
"""Agencies credited only in brackets or slashes ("بيروت - 14 أكتوبر 2026 (وطنية)", Lebanon's NNA): bare, the word is
an adjective and the Maghreb sites' "National" section ("موزاييك أف أم – وطنية"), no agency."""


def bare_agency(name: str) -> bool:
    """``is_agency`` of a name written without brackets or slashes, after a dash or last in a line ("الرياض - واس",
    "… 2026 واس"): an agency named only in brackets (``_BRACKET_ONLY_AGENCIES``: "وطنية") is none there."""
    return is_agency(name) and normalize(name) not in _BRACKET_ONLY_AGENCIES


_ERA_LETTERS: Final = frozenset("مه")
"""The one-letter marks of an era after a year ("2026 م", "1448 ه"), which no agency's initials go on from."""
_TRAILING_SEPARATORS: Final = " \t-–—|"
"""What may stand between a dateline and the agency written after it ("… 2026 - واس", "… 2026 | WAM")."""


def _slashed_agency(text: str) -> re.Match[str] | None:
    """The first agency between slashes in ``text`` ("… 2026 /العمانية/ …": ``_SLASHED_AGENCY_RE``, its ``name`` a
    known agency, ``is_agency``), else None."""
    found = _SLASHED_AGENCY_RE.search(text) if "/" in text else None
    if found is None or not is_agency(name := found.group("name").strip()):
        return None
    if found.group("tight") and normalize(name) in _GENERIC_AGENCIES:
        # "… 7 ديسمبر/ وكالات /" and "القاهرة/ وكالات/" close a dateline (a date, or a place alone before them);
        # "دعت الوزارة الشركات/ وكالات/ المكاتب" is a list of words between slashes
        before = text[: found.start()].split()
        word = normalize(before[-1]).translate(_DIGITS) if before else ""
        if not word.isdigit() and word not in _ONE_WORD_MONTHS and not _place_words(before):
            return None
    return found


_UNNAMED_WORDS: Final = 3
_UNNAMED_WORD_CHARS: Final = 12
_YEAR_END_RE: Final = re.compile(r"(?<![\d.])(?P<year>\d{4})\s*(?:م|هـ|ه)?$")
"""A line's end that is a year, maybe with its era ("… 30 نوفمبر 2026", "… 2026 م", "… 30/11/2026", "1448هـ")."""


def _unnamed_bracket(text: str, found: re.Match[str]) -> bool:
    """Whether the bracket ``found`` (``_AGENCY_RE``) closes a dateline right after its year and names one to
    three short words (``_UNNAMED_WORDS``, ``_UNNAMED_WORD_CHARS``) that are no agency ``is_agency`` knows: "طهران -
    30 نوفمبر 2026 (خاص)", an agency not listed, "… 2026 (ANSAmed)". It is left out of the date, crediting no one."""
    if text[found.end() :].strip(_TRAILING_SEPARATORS):
        return False  # more after it: a headline's words
    words = found.group("name").split()
    if not 1 <= len(words) <= _UNNAMED_WORDS or any(
        len(word) > _UNNAMED_WORD_CHARS or not word.replace(".", "").isalpha() for word in words
    ):
        return False
    year = _YEAR_END_RE.search(text[: found.start()].rstrip(_TRAILING_SEPARATORS + ",،").translate(_DIGITS))
    return year is not None and (int(year.group("year")) in _YEARS or int(year.group("year")) in _HIJRI_YEARS)


def _split_agency(text: str) -> tuple[str, str | None]:
    """``text`` without the news agency of a wire dateline, and that agency: one in parentheses anywhere
    ("CAIRO, Sept 11 (Reuters) -", "القاهرة (أ ف ب) - ..."), else one written last without them, as the
    Saudi and Emirati agencies end their datelines ("الرياض 21 أكتوبر 2026 واس", "… 2026 م - واس").

    Only one parenthesised agency is left out; a text without one is returned as it is, with None, but for a
    bracket naming no known agency right after the dateline's year, left out with None (``_unnamed_bracket``).
    """
    found = _AGENCY_RE.search(text) if "(" in text else None
    if found is not None:
        name = found.group("name").strip()
        if _AGENCY_RE.search(text, found.end()) is not None:
            return text, None
        if not is_agency(name):
            return (text[: found.start()].rstrip(), None) if _unnamed_bracket(text, found) else (text, None)
        return " ".join(f"{text[: found.start()]} {text[found.end() :]}".split()), name
    slashed = _slashed_agency(text)
    if slashed is not None:
        return " ".join(f"{text[: slashed.start()]} {text[slashed.end() :]}".split()), slashed.group("name").strip()
    words = text.split()
    for count in range(1, min(_AGENCY_INITIALS_MAX, len(words) - 1) + 1):  # "واس", then "ف ب", "أ ف ب" ...
        name, before = " ".join(words[-count:]), words[-count - 1]
        if len(before) == 1 and before.isalpha() and before not in _ERA_LETTERS:
            continue  # "ش أ" of "أ ش أ": the initials go on
        if bare_agency(name):
            rest = " ".join(words[:-count]).rstrip(_TRAILING_SEPARATORS)
            if rest and rest[-1].isalnum():
                return rest, name
    return text, None


def _without_agency(text: str) -> str:
    """``text`` without the news agency of a wire dateline (``_split_agency``)."""
    return _split_agency(text)[0]


_MEMO_CHARS: Final = 2 * _DATELINE_MAX_CHARS
"""Lines up to this long have their ``dateline_kind``, ``is_date_line`` and ``dateline_agency`` remembered
(``_memo_dateline_kind``, ``_memo_date_line``, ``_memo_dateline_agency``): a text file's header and draft passes
ask about the same few short lines a dozen times over. A longer line (a paragraph) is answered at once by the length
tests, and not kept. Each answer depends on the text alone."""
_MEMO_LINES: Final = 4096


def dateline_agency(text: str) -> str | None:
    """The news agency a dateline names, as written, else None: in parentheses ("الرياض 21 أكتوبر 2026 (واس)",
    "DUBAI, Nov 29, 2026 (Reuters)", or a place alone, "الرياض (واس)") or last without them ("الرياض 21
    أكتوبر 2026 واس", "الرياض 09 جمادى الأولى 1448 هـ الموافق 21 أكتوبر 2026 م واس", "… 2026 - واس").

    The line must be a dateline (``dateline_kind``) with the agency, one without it (an agency last
    alone, "… 2026 واس", is not left out of a headline's words), or a place and an agency in parentheses.
    A short line's answer is remembered (``_MEMO_CHARS``).
    """
    if len(text) <= _MEMO_CHARS:
        return _memo_dateline_agency(text)
    return _dateline_agency(text)


def _dateline_agency(text: str) -> str | None:
    """``dateline_agency`` itself, unremembered."""
    text = text.strip()
    if not text or len(text) > _DATELINE_MAX_CHARS:
        return None
    rest, agency = _split_agency(text)
    if agency is None or not rest:
        return None
    if has_digit(rest):
        return agency if dateline_kind(text) is not None else None
    bracketed = "(" in text
    return agency if bracketed and _place_words(rest.replace(",", " ").replace("،", " ").split()) else None


_memo_dateline_agency: Final = lru_cache(maxsize=_MEMO_LINES)(_dateline_agency)


def dateline_kind(text: str) -> Literal["sure", "maybe"] | None:
    """Whether a line is a dateline: ``"sure"``, ``"maybe"`` (it may be a headline too), or None.

    ``"sure"``: a line of date material only ("الأربعاء 11 سبتمبر 2024", "نشر في 3 مايو 2024 - 9:05 م",
    "11 September 2024 10:30", "2024/09/11", "Updated: Mar 5, 2024 at 2:20 pm"), or one word naming
    a place before a dash (or comma) and a whole date ("القاهرة – 11 سبتمبر 2024", "LONDON, Sept. 11,
    2024"). ``"maybe"``: two or three words before the dash ("Abu Dhabi – 11 September 2024"), which
    may be a headline's as well ("مهرجان الموسيقى – 5 مارس 2025"). None for a line with other words
    or symbols beside its date ("التضخم يتراجع إلى 7.4% في أكتوبر", "Exports rose 5% in October").
    A wire dateline's agency in parentheses is left out first ("CAIRO, Sept 11 (Reuters) -" is sure).

    A short line's answer is remembered (``_MEMO_CHARS``): it depends on the text alone.
    """
    if len(text) <= _MEMO_CHARS:
        return _memo_dateline_kind(text)
    return _dateline_kind(text)


def _dateline_kind(text: str) -> Literal["sure", "maybe"] | None:
    """``dateline_kind`` itself, unremembered."""
    text = text.strip()
    if not text or len(text) > _DATELINE_MAX_CHARS or not has_digit(text):
        return None
    if len(text.split()) > _DATELINE_MAX_WORDS:
        return None
    text = _without_agency(_without_stamps(text))
    tokens = _date_tokens(text)
    if tokens is not None:
        return "sure" if _dated(tokens) else None
    place = _PLACE_RE.match(text)
    if place is None:
        return _place_in_date(text)
    words = place.group("place").split()
    if not _place_words(words):
        return None
    tokens = _date_tokens(place.group("date"))
    if tokens is None and (country := _PLACE_RE.match(place.group("date"))) is not None:
        if not _place_words(country.group("place").split()):  # "BASRA, Iraq, Nov 29, 2026": a city, its country
            return None
        tokens, words = _date_tokens(country.group("date")), [*words, ","]
    if tokens is None or not _whole_date(tokens):
        return None
    return "sure" if len(words) == 1 else "maybe"


_memo_dateline_kind: Final = lru_cache(maxsize=_MEMO_LINES)(_dateline_kind)


_PLACE_AFTER_RE: Final = re.compile(r"\s*(?:\||\s[-–—]\s|[–—]|[,،])\s*")
"""Where a date ends and the place written after it begins: a bar, a dash or a comma."""


def _date_then_place(text: str) -> bool:
    """Whether a line is a whole date with its year, then a bar, dash or comma and a place's name (or the
    section's) of one to three words, as a text file's date line over or under a headline reads: "1 يوليو 2026 |
    الحي الشرقي", "الأربعاء 1 يوليو 2026 - القاهرة", "15 رمضان 1447 هـ | مكة المكرمة".

    A plain-text dateline only (``is_date_line``), not one of ``dateline_kind``'s: on an HTML page, where the
    markup sets the headline apart, such a line under it is left as written."""
    text = text.strip()
    if len(text) > _DATELINE_MAX_CHARS or not has_digit(text):
        return False
    cuts = list(_PLACE_AFTER_RE.finditer(text))
    if not cuts or has_digit(place := text[cuts[-1].end() :]):
        return False
    tokens = _date_tokens(text[: cuts[-1].start()])
    return _place_words(place.split()) and tokens is not None and _whole_date(tokens) and _with_year(tokens)


def _place_bar_date(text: str) -> bool:
    """Whether a line is a place's name of one word, a bar and a whole date with its year, maybe its time after
    another bar, as Levantine sites write their datelines: "بيروت | 13 آذار 2026 | 08:15", "بيروت | 13 آذار 2026"
    (``_date_then_place``'s line the other way round). Two words before the bar may be a person's name ("ريم خليل
    | 13 آذار 2026", a second writer after a comma): no dateline.

    A plain-text dateline only (``is_date_line``): in a page's meta line a person's name may stand before the bar
    ("محمد الأمين | 29 نوفمبر 2026"), which ``dateline_kind`` must not take for a place."""
    if "|" not in text:
        return False  # (most lines)
    text = text.strip()
    if len(text) > _DATELINE_MAX_CHARS or not has_digit(text):
        return False
    place, _, rest = _without_agency(_without_stamps(text)).partition("|")
    words = place.split()
    if len(words) != 1 or has_digit(place) or not _place_words(words):
        return False  # (two words may be a writer's name: "By Jane Doe, John Roe | Nov 30, 2026")
    tokens = _date_tokens(rest)
    return tokens is not None and _whole_date(tokens) and _with_year(tokens)


def _with_year(tokens: list[tuple[str, str]]) -> bool:
    """Whether date material gives its year: a numeric date or timestamp, or a year number (Hijri after a Hijri
    month)."""
    hijri = any(kind == "month" and piece in _HIJRI_MONTHS for kind, piece in tokens)
    return any(
        kind in ("stamp", "numeric")
        or (kind == "number" and len(piece) == 4 and (int(piece) in _YEARS or (hijri and int(piece) in _HIJRI_YEARS)))
        for kind, piece in tokens
    )


_OPENING_KINDS: Final = frozenset({"weekday", "number", "time", "stamp", "numeric", "key"})


def opens_date(text: str, *, month: bool = False) -> bool:
    """Whether ``text`` is date material only, a weekday, a number, a time or "Published" among it (or, when
    ``month``, a month alone): the start of a date cut short ("الاثنين", "Monday", "16 نوفمبر", "10:15 ص",
    "Nov", as trafilatura leaves a byline's date at its first digit), not a name, a place or an agency
    ("نادية حسن", "القاهرة", "Reuters"), nor a month alone otherwise ("May")."""
    text = text.strip()
    if not text or len(text) > _DATELINE_MAX_CHARS:
        return False
    tokens = _date_tokens(text)
    kinds = _OPENING_KINDS | {"month"} if month else _OPENING_KINDS
    return tokens is not None and any(kind in kinds for kind, _ in tokens)


def _place_words(words: list[str]) -> bool:
    """One to three words of a place's name: "London", "Rio de Janeiro", "القاهرة", "عمّان"; not "exports rose"."""
    if not 1 <= len(words) <= _PLACE_MAX_WORDS or not all(map(_PLACE_WORD_RE.match, map(strip_harakat, words))):
        return False  # (a place's vowel marks are letters' marks: "عمّان")
    return not any(word[0].isascii() and word[0].islower() and word not in _PLACE_PARTICLES for word in words)


def _place_in_date(text: str) -> Literal["maybe"] | None:
    """``"maybe"`` for a place, "في" and a whole date with its year ("الرباط في 29 نونبر 2026"), or a place
    right before one, the day first ("باريس 30 نوفمبر 2026"), else None.

    Never sure: a headline may say the same ("الانتخابات في 7 أكتوبر 2026"), and in a headline's place is one.
    """
    found = _PLACE_IN_RE.fullmatch(text) if " في " in text else None
    if found is None:
        found = _PLACE_BY_RE.fullmatch(text)  # "باريس 30 نوفمبر 2026": no dash, comma or "في"
    if found is None:
        return None
    words = found.group("place").split()
    if not 1 <= len(words) <= _PLACE_MAX_WORDS or not all(map(_PLACE_WORD_RE.match, map(strip_harakat, words))):
        return None
    tokens = _date_tokens(found.group("date"))
    if tokens is None or not _whole_date(tokens):
        return None
    years = [piece for kind, piece in tokens if kind == "number" and len(piece) == 4 and int(piece) in _YEARS]
    if not years and any(kind == "month" and piece in _HIJRI_MONTHS for kind, piece in tokens):
        # "الرياض 9 جمادى الأولى 1448 هـ", "مكة المكرمة 15 رمضان 1447": a Hijri month (read as one only with its
        # mark, or between a day and a Hijri year: ``_date_tokens``) and a Hijri year
        years = [piece for kind, piece in tokens if kind == "number" and len(piece) == 4 and int(piece) in _HIJRI_YEARS]
    if not years:
        # a numeric date with its year ("المنامة 7/12/2025 /بنا/"), not a team's formation ("برشلونة 4-3-3")
        years = [piece for kind, piece in tokens if kind == "numeric" and iso_date(piece) is not None]
    return "maybe" if years else None


_LABELLED_LINE_MAX_CHARS: Final = 2 * _DATELINE_MAX_CHARS


_NUMBER: Final = r"[0-9٠-٩][0-9٠-٩,.٬٫]*"
_STAMP_CELL_RE: Final = LazyRegex(
    r"(?:\s*[|·•]\s*(?:"
    rf"(?:(?:مدة|وقت|زمن)\s+)?(?:ال)?قراءة\s*[:：]?\s*{_NUMBER}\s*(?:دقيقة|دقائق|د)"
    rf"|{_NUMBER}\s*(?:دقيقة|دقائق)\s+(?:لل|ل)?قراءة"
    rf"|{_NUMBER}\s*(?:مشاهدة|مشاهدات|قراءة|قراءات|تعليق|تعليقات)"
    rf"|reading\s+time\s*[:：]?\s*{_NUMBER}\s*min(?:ute)?s?|{_NUMBER}\s*min(?:ute)?s?\s+read|{_NUMBER}\s*views?"
    r"))+\s*$",
    re.IGNORECASE,
)
"""A dateline's closing cells that are a page's stamps: a reading time or a counter after a bar or a dot
("29 نوفمبر 2026 | 10:30 ص | 4 دقائق قراءة", "… · 1,204 مشاهدة")."""


def _without_stamps(text: str) -> str:
    """A dateline without the reading time or counters its last cells give (``_STAMP_CELL_RE``)."""
    if "|" not in text and "·" not in text and "•" not in text:
        return text
    found = _STAMP_CELL_RE.search(text)
    return text[: found.start()] if found is not None and found.start() > 0 else text


def _labelled_dates(text: str) -> bool:
    """Whether a line longer than a dateline gives a story's publication and its update, each part a sure dateline
    ("نشر في: الإثنين 30 نوفمبر 2026 - 1:15 م | آخر تحديث: الإثنين 30 نوفمبر 2026 - 3:40 م")."""
    if not _DATELINE_MAX_CHARS < len(text.strip()) <= _LABELLED_LINE_MAX_CHARS:
        return False
    if _STRONG_PARTS.search(text) is None or not has_digit(text):
        return False  # one part, longer than a dateline, or no date at all: a sentence (the cheap test first)
    if _published_part(text) == text:
        return False
    return all(dateline_kind(part) == "sure" for part in _STRONG_PARTS.split(text))


def is_date_line(text: str) -> bool:
    """A dateline of either kind (see ``dateline_kind``): date material only, or a place before a whole date;
    a whole date before a place ("1 يوليو 2026 | الحي الشرقي", ``_date_then_place``) or a place, a bar and a whole
    date ("بيروت | 13 آذار 2026 | 08:15", ``_place_bar_date``); or a relative-time stamp
    (``is_relative_stamp``), which gives no date.

    A short line's answer but for ``_labelled_dates`` (which reads only lines longer than a dateline) is remembered
    (``_MEMO_CHARS``)."""
    if len(text) <= _MEMO_CHARS:
        return _memo_date_line(text) or _labelled_dates(text)
    # A paragraph: each of ``_date_line``'s tests says no to a line longer than a dateline (stripped).
    return (len(text.strip()) <= _DATELINE_MAX_CHARS and _date_line(text)) or _labelled_dates(text)


def _date_line(text: str) -> bool:
    """``is_date_line`` but for ``_labelled_dates``, unremembered."""
    return dateline_kind(text) is not None or is_relative_stamp(text) or _date_then_place(text) or _place_bar_date(text)


_memo_date_line: Final = lru_cache(maxsize=_MEMO_LINES)(_date_line)


_RELATIVE_MAX_CHARS: Final = 50
_RELATIVE_UNITS: Final = (
    "ثانية|ثوان|ثوانٍ|ثواني|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين|يوم|أيام|ايام|يومين|أسبوع|اسبوع|أسابيع|اسابيع"
    "|أسبوعين|اسبوعين|شهر|أشهر|اشهر|شهور|شهرين|سنة|سنوات|سنتين|عام|أعوام|اعوام|عامين"
)
_RELATIVE_RE: Final = LazyRegex(
    r"(?:(?:(?:آخر|اخر|أخر)\s+تحديث|تم\s+التحديث|تحديث|نشر|updated|posted)\s*:?\s*)?"
    rf"(?:(?:منذ|قبل)\s+(?:لحظات|قليل|(?:(?:[0-9٠-٩]+|بضع|عدة)\s+)?(?:{_RELATIVE_UNITS})"
    rf"(?:\s+و\s*(?:[0-9٠-٩]+\s+)?(?:{_RELATIVE_UNITS}))?)"
    r"|(?:[0-9]+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago)",
    re.IGNORECASE,
)


_DAY_PART: Final = (
    r"(?:ص|م|صباحاً|صباحًا|صباحا|مساءً|مساءا|مساء|ظهراً|ظهرًا|ظهرا|عصراً|عصرا|فجراً|فجرا|ليلاً|ليلا|a\.?m\.?|p\.?m\.?)"
)
_CLOCK: Final = rf"[0-9٠-٩]{{1,2}}(?:[:.][0-9٠-٩]{{2}}(?:\s*{_DAY_PART})?|\s*{_DAY_PART})"
"""A time of day: "10:30", "10:30 م", "5:30 PM"; an hour alone only with its part of the day ("9 مساءً")."""
_DAY_STAMP_RE: Final = LazyRegex(
    r"(?:(?:(?:آخر|اخر|أخر)\s+تحديث|تم\s+التحديث|تحديث|نشر|updated|posted)\s*:?\s*)?"
    r"(?:(?:(?:اليوم|أمس|امس|الأمس|البارحة|today|yesterday)(?:\s*[،,]?\s*(?:(?:في|على)\s+)?(?:الساعة\s+|at\s+)?"
    rf"{_CLOCK}))|(?:(?:(?:في|على)\s+)?الساعة\s+{_CLOCK}))",
    re.IGNORECASE,
)
"""A day word and a time ("أمس 10:30 م", "اليوم، الساعة 08:15 ص", "Yesterday at 5:30 PM"), or a time of
day after "الساعة" ("الساعة 10:30 صباحاً"): a stamp that says no date. A day word alone may be a name (the paper
"اليوم"), so it is none."""
_DAY_STAMP_STARTS: Final = ("اليوم", "أمس", "امس", "الأمس", "البارحة", "today", "yesterday", "الساعة", "في", "على")
_STAMP_LABELS: Final = ("آخر", "اخر", "أخر", "تم", "تحديث", "نشر", "updated", "posted")


def is_relative_stamp(text: str) -> bool:
    """A relative-time stamp alone on a line: "منذ ساعتين", "منذ 35 دقيقة", "آخر تحديث: منذ 5 ساعات", "قبل 3
    ساعات", "2 hours ago"; a day word and a time, "أمس 10:30 م", "اليوم 08:15 ص", "Yesterday at 5:30 PM"; a time
    alone after "الساعة". A dateline in a headline's place, but no date (when it was read is unknown)."""
    text = text.strip()
    if len(text) > _RELATIVE_MAX_CHARS:
        return False
    if "منذ" in text or "قبل" in text or text[-3:].lower() == "ago":
        return _RELATIVE_RE.fullmatch(text) is not None
    first = text.split(None, 1)[0].rstrip(":،,").lower() if text else ""
    return first in _DAY_STAMP_STARTS + _STAMP_LABELS and _DAY_STAMP_RE.fullmatch(text) is not None


_LEAD_HEAD: Final = 100
"""How far into a lead a wire dateline is looked for ("BASRA, Iraq, Nov 29, 2026 (Reuters) - ...")."""
_LEAD_TRIES: Final = 3
_LEAD_DASH: Final = LazyRegex("[–—]| --? ")
"""Where a wire dateline may end: an en or em dash, or a hyphen (or two, "(كونا) --") between spaces."""
_TIGHT_AGENCY_DASH: Final = LazyRegex(r"(?<=[^\W\d_])-(?= )")
"""A hyphen tight after a word and before a space ("… 2026 وفا- هدمت"): a dateline's end when the word is an agency."""
_WIRE_PLACE_WORDS: Final = 6
"""Most words before the bracketed agency of a wire lead's dateline without a whole date ("الكويت - 29 - 11 (كونا)")."""
_WIRE_AGENCY_RE: Final = re.compile(
    r"(?P<place>[^\W\d_][^()/.!?؟]*?)\s*(?:\((?P<b>[^()]{1,24})\)|/(?P<s>[^/\d]{1,24})/)"
)
"""A place (and a day, no sentence's end) and an agency in brackets or slashes: a whole wire dateline's prefix."""


def _lead_cuts(head: str) -> list[str]:
    """The parts of a lead's ``head`` that may be its wire dateline, first to last: up to each of its first dashes
    (``_LEAD_TRIES``), and up to an agency between slashes ("مسقط في 29 نوفمبر 2026 /العمانية/ أعلنت ...")."""
    cuts = [(cut.start(), head[: cut.start()]) for cut in islice(_LEAD_DASH.finditer(head), _LEAD_TRIES)]
    if "- " in head:  # WAFA's "الخليل 3-12-2026 وفا- هدمت ...": the agency, then a hyphen tight after it
        for cut in islice(_TIGHT_AGENCY_DASH.finditer(head), _LEAD_TRIES):
            words = head[: cut.start()].split()
            if words and bare_agency(words[-1]):
                cuts.append((cut.start(), head[: cut.start()]))
    slashed = _slashed_agency(head)
    if slashed is not None:
        cuts.append((slashed.end(), head[: slashed.end()]))
    return [prefix.strip() for _, prefix in sorted(cuts)]


def _wire_agency(prefix: str) -> str | None:
    """The agency closing a lead's dateline that holds no whole date, in brackets or slashes, a few words of a
    place (and a day) before it ("الكويت - 29 - 11 (كونا)"), else None."""
    found = _WIRE_AGENCY_RE.fullmatch(prefix)
    if found is None or len(found.group("place").split()) > _WIRE_PLACE_WORDS:
        return None
    name = (found.group("b") or found.group("s") or "").strip()
    return name if is_agency(name) else None


_DASHED_AGENCY_RE: Final = re.compile(
    r"(?P<place>[^\W\d_][^()/\d\-–—]*?)\s*(?:\s-\s|[–—])\s*(?P<name>[^\W\d_][^()/\d\-–—]{0,23})"
)
"""A place, a dash and an agency without brackets, up to the dash after it: "الرياض - واس", "عمّان – بترا"."""


def _dashed_agency(prefix: str) -> str | None:
    """The agency of a lead's dateline that is a place and a news agency between dashes, no brackets ("الرياض - واس
    - أظهرت ...", "أبوظبي - وام - ..."), else None: the place one to three words (``_place_words``), the agency one
    ``is_agency`` knows ("القاهرة - مصر - ..." and a person's name after the place are no credit)."""
    found = _DASHED_AGENCY_RE.fullmatch(prefix)
    if found is None or not _place_words(found.group("place").split()):
        return None
    name = found.group("name").strip()
    return name if bare_agency(name) else None


_DIGIT: Final = LazyRegex(r"\d")


def lead_dateline(text: str) -> str | None:
    """The wire dateline a lead paragraph starts with, up to its dash, when it holds a whole date, else None.

    "BASRA, Iraq, Nov 29, 2026 (Reuters) - Heavy rains ..." gives "BASRA, Iraq, Nov 29, 2026 (Reuters)";
    "بغداد، 29 نوفمبر 2026 (رويترز) - ..." and "القاهرة – 29 نوفمبر 2026 (أ ش أ) – ..." alike. Only the
    paragraph's first ``_LEAD_HEAD`` characters are read, and at most ``_LEAD_TRIES`` dashes in them.
    """
    head = text[:_LEAD_HEAD]
    if "-" not in head and "–" not in head and "—" not in head and "/" not in head:  # most leads: one scan each
        return None
    if _DIGIT.search(head) is None:
        return None
    for prefix in _lead_cuts(head):
        if is_date_line(prefix) and iso_date(prefix) is not None:
            return prefix
    return None


def lead_agency(text: str) -> str | None:
    """The news agency of the wire dateline a lead paragraph starts with, up to its dash, else None:
    "DUBAI, Nov 29, 2026 (Reuters) - Oil prices ..." gives "Reuters", "الرياض (واس) - استقبل ..." and
    "الرياض 21 أكتوبر 2026 واس - استقبل ..." give "واس" (``dateline_agency`` of the part before the dash), and so
    does an agency between dashes without brackets, "الرياض - واس - استقبل ..." (``_dashed_agency``).
    """
    head = text[:_LEAD_HEAD]
    if "-" not in head and "–" not in head and "—" not in head and "/" not in head:
        return None
    for prefix in _lead_cuts(head):
        agency = dateline_agency(prefix) or _wire_agency(prefix) or _dashed_agency(prefix)
        if agency is not None:
            return agency
    return None
