"""Credit lines of the sample format: a writer's name after a byline's marker, and the place, title or date after it."""

from __future__ import annotations

import re
from typing import Final

from newstui.parse.bylines import (
    HEADLINE_MARKER_NAME_WORDS,
    NAME_DATE_LINKERS,
    byline_parts,
    closing_colon,
    date_after_name,
    date_before_byline,
    may_start_headline,
)
from newstui.parse.markers import EDITORIAL_DESKS, is_kicker, is_sentence_end
from newstui.parse.plaintext_dates import is_agency, is_date_line, iso_date
from newstui.text.digits import has_digit
from newstui.text.harakat import strip_harakat
from newstui.text.normalize import normalize

__all__ = [
    "PAPERS",
    "SITE_WORDS",
    "author_credit",
    "bare_credit",
    "bare_name",
    "bracketed_credit",
    "credit_line",
    "kept_after_city",
    "listed_writers",
    "name_after_city",
    "opens_on_city",
    "outlet",
    "place_shaped",
    "quoted_outlet",
    "writer_name",
]

SITE_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "نيوز نت أونلاين الإخبارية إخبارية الإخباري وكالة صحيفة جريدة بوابة قناة شبكة إذاعة تلفزيون تايمز بوست"
        " news online net times post herald tribune gazette daily tv radio agency network"
    ).split()
)
"""Words of site names: "سكاي نيوز عربية", "العربية نت", "بوابة الأهرام", "Harbor Times"."""
PAPERS: Final = frozenset(
    normalize(paper)
    for paper in (
        "الرأي الراي الغد الدستور الأيام المدى الصباح الزمان النهار السفير الحياة الشروق الوطن الجريدة القبس الأنباء"
        " الراية الخليج البيان الاتحاد عكاظ الثورة تشرين البعث السوداني التيار الانتباهة المساء الصباح_الجديد"
        " عنب_بلدي العربي_الجديد القدس_العربي الشرق_الأوسط المصري_اليوم اليوم_السابع"
    ).split()
    for paper in (paper.replace("_", " "),)
)
"""Newspapers' names a correspondent's line writes after the city without a site word ("عمّان – الرأي", "إدلب –
عنب بلدي", "دبي: «الخليج»", "أبوظبي (الاتحاد)"); no section's name ("الأخبار", "المحليات") and no city ("الرياض")
among them."""
_CREDIT_MAX_WORDS: Final = 6
"""Most words of a credit line's prefix and name ("Written by Jane Mary Doe")."""
_CREDIT_MAX_CHARS: Final = 160
"""Longest credit line split at its separators (a name and a dateline); longer lines are not split."""
_CREDIT_SPLIT_RE: Final = re.compile(
    r"\s*(?P<sep>[|,،])\s*|\s+(?P<dot>[·•])\s+|\s+(?P<dash>[-–—])\s+|\s*(?P<long>[–—])\s*"
)
"""Where a credit's name ends: a bar, a comma, a spaced middle dot or bullet (as on pages: ``bylines``), a spaced
hyphen or a dash."""
_CREDIT_PLACE_RE: Final = re.compile(r"^[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,2}$")
"""A place (or agency) after the name: one to three words of letters ("القاهرة", "Staff Writer")."""


def place_shaped(text: str) -> bool:
    """Whether ``text`` is shaped like a place or agency: one to three words of letters ("القاهرة", "Staff Writer")."""
    return _CREDIT_PLACE_RE.match(text) is not None


def author_credit(text: str) -> tuple[str, str | None] | None:
    """``(name, dateline)`` of a short credit line, the dateline None when the line gives none; else None.

    The name ends at a bar, comma or dash when what follows is a dateline ("By Jane Doe | November 30,
    2026 10:00 AM GMT", "كتب: فلان | الأحد 29 نوفمبر 2026", "By Jane Doe, Nov 30, 2026") or, after a
    bar or dash, a place of one to three words ("كتب: فلان - القاهرة": see ``credit_line`` for what
    the line says after the name). A comma before anything else ("By Jane Doe, John Roe") stays in the name.
    """
    credit = credit_line(text)
    return None if credit is None else (credit[0], credit[2])


def credit_line(text: str, *, source: str | None = None) -> tuple[str, str | None, str | None] | None:
    """``(name, after, dateline)`` of a short credit line (see ``author_credit``), else None.

    The line starts with a byline's marker (``bylines.byline_parts``: "By Jane Doe", "بقلم: فلان",
    "إعداد فلان", "كتب: فلان", "الكاتب: فلان"); after "حوار:", "ترجمة:", "تحرير:", "متابعة:" or
    "تقرير:", which may also start a headline ("تقرير: الاقتصاد ينمو أسرع من المتوقع"), a name of
    three words at most, or a list of writers' names ("تقرير: سامر علي ومنى حداد", ``_names``; so too
    after any marker, past the words a credit line has).

    ``after`` is the text written after the name's separator, as written: a dateline, a place, or a
    place and a dateline ("القاهرة | 29 نوفمبر 2026"); None when the name is all the line says.
    ``dateline`` is the part of it that dates the story, or None. ``source`` is the story's own source when
    known: an outlet after a comma that is shaped like a writer's name ("Emily Post") is taken as one only
    when it is that source (``outlet``).
    """
    parts = byline_parts(text)
    if parts is None:
        return (
            _dated_credit(text)
            or _date_first_credit(text)
            or _place_first_credit(text, source)
            or _correspondent_line(text)
            or _bracketed_place(text)
        )
    marker, name = parts
    if closing_colon(marker, name):
        name, text = name.rstrip()[:-1].rstrip(), text.rstrip()[:-1].rstrip()  # "كتب - أحمد فوزي:"
    after, dateline = None, None
    if len(text) <= _CREDIT_MAX_CHARS:
        name, after, dateline = _credit_parts(name, source)
        if after is None:
            name, after, dateline = _spaced_date(name)
    if is_sentence_end(name if after else text):
        return None
    words = len(name.split())
    long_name = len(marker.split()) + words > _CREDIT_MAX_WORDS
    if (long_name or (may_start_headline(marker) and words > HEADLINE_MARKER_NAME_WORDS)) and not _names(name):
        return None
    return _titled_name(name) or name, after, dateline  # "كتب: مراسلنا سامي الجعبري": the title is no part of it


_DATED_CREDIT_RE: Final = re.compile(r"^(?P<date>[^|]+?)(?P<sep>\s*(?:\||\s[-–—·•]\s|[–—])\s*)(?P<credit>[^|\d]+)$")
"""A dateline, then a bar, a dash or a spaced middle dot and the writer ("1 يوليو 2026 | كتب: سامر", "نشر في
2026/07/01 | المحرر الرياضي"): the date first, as Arabic sites often write it; no digit after the separator."""
_DESKS: Final = tuple(normalize(desk).split() for desk in (*EDITORIAL_DESKS, "المحررة", "محرر", "محررة"))
_DESK_MAX_WORDS: Final = 4
_DESK_WORD_RE: Final = re.compile(r"^[^\W\d_]+$")


def _dated_credit(text: str) -> tuple[str, str | None, str | None] | None:
    """``credit_line`` of a dateline written before the writer ("1 يوليو 2026 | كتب: سامر النجار", "نشر في
    2026/07/01 | المحرر الرياضي"): the name, and the dateline as what the line says beside it; else None.

    After the separator stands a credit line with its marker, a desk's name (``_desk``) or a person's name that
    opens on a first name one knows (``_person_named``); before it, a dateline (``is_date_line``). A place after
    the marked writer's name ("1 يوليو 2026 | كتب: سامر الحلبي - القاهرة") stays beside the date, written after
    it as the line separates them ("1 يوليو 2026 | القاهرة", a dateline too), as what the line says beside the name.
    """
    if len(text) > _CREDIT_MAX_CHARS or not has_digit(text):
        return None
    found = _DATED_CREDIT_RE.match(text.strip())
    if found is None or not is_date_line(date := found.group("date")):
        return None
    credit = found.group("credit")
    parts = byline_parts(credit)
    if parts is not None:
        named = credit_line(credit)
        if named is None or named[2] is not None:
            return None
        if named[1] is None:
            return named[0], date, date
        dated_place = f"{date}{found.group('sep')}{named[1]}"
        if outlet(named[1]) or not place_shaped(named[1]) or not is_date_line(dated_place):
            return None  # (an outlet or a writer's title after the name: not a place)
        return named[0], dated_place, date
    return (credit, date, date) if _desk(credit) or _person_named(credit) else None


def _date_first_credit(text: str) -> tuple[str, str | None, str | None] | None:
    """``credit_line`` of a dateline written before the byline's marker without a separator, WordPress's "Posted on
    DATE by NAME" ("نشر في 28 نوفمبر 2026 بواسطة سلمى عيسى", ``bylines.date_before_byline``): the name, and the
    date part as what the line says beside it; else None."""
    if len(text) > _CREDIT_MAX_CHARS or not has_digit(text):
        return None
    credit, day = date_before_byline(text)
    if day is None or (named := credit_line(credit)) is None or named[1] is not None:
        return None
    date = text[: len(text) - len(credit)].strip()
    return named[0], date, date


_PLACE_FIRST_RE: Final = re.compile(
    r"^(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})(?P<sep>\s+[-–—|]\s+|\s*[–—|]\s*)(?P<credit>\S.*)$"
)
"""A place of one to three words, a dash or a bar, and what follows ("القاهرة - كتب: محمد حسن")."""


def _place_first_credit(text: str, source: str | None) -> tuple[str, str | None, str | None] | None:
    """``credit_line`` of a place written before the byline's marker ("القاهرة - كتب: محمد حسن", "وهران - كتب: سمير
    بلقاسم", as Egyptian and Algerian sites write it): the name, and the place as what the line says beside it (with
    what the byline says after its name: "القاهرة - كتب: محمد حسن - 30 نوفمبر 2026" gives "القاهرة - 30 نوفمبر 2026");
    the story's own ``source`` there ("هسبريس - كتب: فلان" under هسبريس's name) is no place, and is left out. None
    for any other line: after the dash stands a credit line with its marker ("القاهرة - كتب الوزير رسالة" is none,
    "كتب" needing its separator)."""
    if len(text) > _CREDIT_MAX_CHARS:
        return None
    found = _PLACE_FIRST_RE.match(text.strip())
    if found is None or byline_parts(credit := found.group("credit")) is None:
        return None
    place = found.group("place")
    if not place_shaped(strip_harakat(place)) or is_agency(place):
        return None
    named = credit_line(credit, source=source)
    if named is None:
        return None
    name, after, dateline = named
    if (source is not None and normalize(source) == normalize(place)) or _no_place(place):
        return name, after, dateline
    return name, place if after is None else f"{place}{found.group('sep')}{after}", dateline


_SECTION_WORDS: Final = frozenset(
    normalize(f"{article}{word}")
    for word in (
        "اقتصاد سياسة رياضة ثقافة فن فنون منوعات محليات حوادث تكنولوجيا صحة تعليم مجتمع برلمان أخبار اخبار"
        " مقالات آراء اراء رأي راي تقارير تحقيقات حوارات عربي دولي عالم محافظات أسواق اسواق بورصة طقس"
    ).split()
    for article in ("", "ال")
)
"""A section's name that a site writes before its byline's marker as a place would stand ("اقتصاد - كتب: فلان")."""


def _no_place(word: str) -> bool:
    """Whether what stands before a byline's marker is no place but a section's name or a headline's label
    ("اقتصاد - كتب: فلان", "عاجل - كتب: فلان", "خاص - كتب: فلان"), which the byline leaves out."""
    folded = normalize(word)
    return folded in _SECTION_WORDS or folded in _CREDIT_LABELS or is_kicker(word)


_BRACKETED_PLACE_RE: Final = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<place>[^()]+)\)$")
"""A name and a place in brackets after it ("محمد الغامدي (جدة)")."""


def _bracketed_place(text: str) -> tuple[str, str | None, str | None] | None:
    """``credit_line`` of a correspondent's line that is a person's name and the city in brackets after it, as Okaz
    writes it ("محمد الغامدي (جدة)", "عبدالله الغامدي (الطائف)"): the name, and the place (without its brackets) as
    what the line says beside it; else None. The name opens on a first name one knows (``_person_named``), the place
    is a city one knows (``_KNOWN_PLACES``): any other word in brackets is a caption's ("فيصل بن فرحان (متحدثا)",
    "محمد صلاح (الصورة)", "سامي حداد (يمين)"), an agency's credit ("سامر حداد (رويترز)") or a title ("محمد بن
    سلمان (ولي العهد)"). On a text's first line with no headline under it, the line is the headline ("هند صبري
    (تونس)" over the lead: ``bracketed_credit``, ``plaintext_byline.read_header``)."""
    if len(text) > _PLACE_CREDIT_MAX_CHARS or not text.rstrip().endswith(")"):
        return None  # (most lines)
    found = _BRACKETED_PLACE_RE.match(text.strip())
    if found is None:
        return None
    name, place = found.group("name").strip(), found.group("place").strip()
    if not _known_place(strip_harakat(place)):
        return None
    return (name, place, None) if _person_named(name) and writer_name(name) is not None else None


def bracketed_credit(text: str) -> bool:
    """Whether ``text`` is a person's name and a city in brackets after it, a correspondent's line ("محمد الغامدي
    (جدة)", ``_bracketed_place``)."""
    return _bracketed_place(text) is not None


_TRAILING_SEPARATOR: Final = re.compile(r"(?:\s*[|·•,،]|\s+[-–—])+\s*$")


def _spaced_date(name: str) -> tuple[str, str | None, str | None]:
    """A credit's name, and the date after it with a space only ("سلمى عيسى في 28 نوفمبر 2026", WordPress's "by
    NAME on DATE", ``bylines.date_after_name``) as what the line says after it and its dateline; the name as it is
    when no whole date follows it."""
    head, day = date_after_name(name)
    if day is None or head == name:
        return name, None, None
    date = name[len(head) :].strip()
    head = _TRAILING_SEPARATOR.sub("", head)  # (a separator the parts before did not cut at: no part of the name)
    first, _, rest = date.partition(" ")
    date = rest if first.lower() in NAME_DATE_LINKERS and rest else date
    return head, date, date


def _desk(text: str) -> bool:
    """A desk's name rather than a person's ("المحرر الرياضي", "فريق التحرير", "محرر الشؤون المحلية"): a few
    words of letters opening on one of ``markers.EDITORIAL_DESKS`` (or "محرر")."""
    words = normalize(text).split()
    if not words or len(words) > _DESK_MAX_WORDS or not all(map(_DESK_WORD_RE.match, text.split())):
        return False
    return any(words[: len(desk)] == desk for desk in _DESKS)


_NAMES_SPLIT_RE: Final = re.compile(r"\s*،\s*|\s+و\s*(?=[\u0621-\u064a])")
"""Between the names of a list of writers: an Arabic comma, "و" (and) glued to the next name or not."""
_NAMES_MAX: Final = 3


def _names(text: str) -> bool:
    """Whether ``text`` is a list of two or three writers' names ("سامر علي ومنى حداد"): each two or three words
    shaped like a name (``_name_shaped``), one at least opening on a first name one knows (``_person_named``), as a
    headline after "تقرير:" ("أسعار النفط وأسعار الذهب") is shaped alike."""
    if "و" not in text and "،" not in text:
        return False
    parts = _NAMES_SPLIT_RE.split(text.strip())
    if not 2 <= len(parts) <= _NAMES_MAX or not all(map(_name_shaped, parts)):
        return False
    return any(map(_person_named, parts))


def listed_writers(text: str) -> bool:
    """Whether ``text`` is a list of two or three writers' names ("أحمد فوزي وعلي حسن", "سامر علي، منى حداد"), each
    shaped like a name, one at least opening on a first name one knows (as a byline's names after its marker)."""
    return _names(text)


def _credit_parts(rest: str, source: str | None = None) -> tuple[str, str | None, str | None]:
    """A credit's name, what follows its separator and its dateline: cut at the first separator when a
    dateline or a place follows it."""
    first = _CREDIT_SPLIT_RE.search(rest)
    if first is None or first.start() == 0:
        return rest, None, None
    name, tail = rest[: first.start()], rest[first.end() :]
    if first.group("sep") in (",", "،") and (named := _second_writer(rest, tail, first.end())) is not None:
        return named  # "كتب: سامي حداد، رنا خليل - 29 نوفمبر 2026": a second writer, not a place, before the date
    if is_date_line(tail):
        return name, tail, tail
    if (stamped := _french_stamp(tail)) is not None:
        return name, tail, stamped  # "Par Karim Benali - Publié le 03/12/2026 à 10h30": the stamp stays as written
    if _affiliation(tail):
        return name, tail, None  # "بقلم: د. فلانة، أستاذة التخطيط في جامعة ...", "By Jane Roe, professor of ..."
    if first.group("sep") in (",", "،"):
        if outlet(tail, source=source):
            return name, tail, None  # "By Anna Schmidt, Reuters", "كتب: فلان، صحيفة النهر": the writer's outlet
        if (dated := _city_dateline(tail)) is not None:
            return name, tail, dated  # "By Sarah Collins, Dubai | Nov 17, 2026": the city stays with the date
        return _names_dateline(rest, tail, first.end())  # "By Jane Doe, John Roe": a list of names
    after = _CREDIT_SPLIT_RE.search(tail)
    place = tail if after is None else tail[: after.start()]
    if _CREDIT_PLACE_RE.match(place) is None or any(word[0].isascii() and word[0].islower() for word in place.split()):
        return rest, None, None  # not "By Jane Doe - the council met"
    if after is None:
        return name, tail, None  # "كتب: فلان - القاهرة"
    dateline = tail[after.end() :]
    return (name, tail, dateline) if is_date_line(dateline) else (rest, None, None)


_FRENCH_STAMP_RE: Final = re.compile(
    r"(?:(?:publi[ée]e?|post[ée]e?|mis\s+en\s+ligne)\s+(?:le\s+)?|le\s+)(?P<date>[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4})"
    r"(?:\s*(?:,|à|a|-|–)?\s*(?P<hour>[0-9]{1,2})\s*[hH:]\s*(?P<minute>[0-9]{2})?)?",
    re.IGNORECASE,
)
"""A Maghreb site's French publication stamp after a byline, its date in figures ("Publié le 03/12/2026 à 10h30",
"le 03/12/2026 à 10:30"), as the page reader reads it (``html_meta``); an update's ("Mis à jour le …") is none."""


def _french_stamp(text: str) -> str | None:
    """The dateline of a French publication stamp (``_FRENCH_STAMP_RE``) written as the date readers read it
    ("03/12/2026 - 10:30"), when it holds a whole date; else None."""
    if not has_digit(text):
        return None
    found = _FRENCH_STAMP_RE.fullmatch(text.strip())
    if found is None:
        return None
    clock = f" - {found['hour']}:{found['minute'] or '00'}" if found["hour"] else ""
    dateline = f"{found['date']}{clock}"
    return dateline if iso_date(dateline) is not None else None


_CREDIT_LABELS: Final = frozenset(normalize(word) for word in "خاص حصري عاجل متابعة تقرير تحليل خاصة".split())
"""One-word labels after a writer's comma ("المحرر، خاص"), never a second writer."""


def _second_writer(rest: str, tail: str, offset: int) -> tuple[str, str, str] | None:
    """``_credit_parts`` of two writers, the second after the comma, then a separator and a dateline ("سامي حداد، رنا
    خليل - 29 نوفمبر 2026", "سامي، رنا | 29 نوفمبر 2026", where "رنا خليل - 29 نوفمبر 2026" or "رنا | 29 نوفمبر 2026"
    alone would read as a place's dateline); else None. The second is a name opening on a first name one knows
    (``_person_named``), or one word that is a first name one knows or stands after a first writer of one word
    too, and no city one knows ("سامي حداد، دبي | …" is the writer's place). ``offset`` is where ``tail`` starts in
    ``rest``."""
    after = _CREDIT_SPLIT_RE.search(tail)
    if after is None:
        return None
    second = tail[: after.start()].strip()
    if " " in second:
        if not _person_named(second):
            return None
    elif (
        not second.isalpha()
        or _known_place(second)
        or normalize(second).startswith("ال")  # "كتب: محمد، الرياضة | …": a desk's label, no writer
        or normalize(second) in _CREDIT_LABELS
        or (normalize(second) not in _GIVEN_NAMES and " " in rest[:offset].strip(" ،,"))
    ):
        return None
    dateline = tail[after.end() :]
    return (rest[: offset + after.start()], dateline, dateline) if is_date_line(dateline) else None


def _names_dateline(rest: str, tail: str, offset: int) -> tuple[str, str | None, str | None]:
    """``_credit_parts`` of a list of writers (a name, a comma and what ``tail`` holds, which ``offset`` places in
    ``rest``): the names, and the dateline after the first bar, dot or dash that sets one off ("Jane Doe, John Roe |
    Nov 30, 2026", "سامي حداد، نورة القحطاني | 29 نوفمبر 2026"); the whole as the names when none does."""
    for found in _CREDIT_SPLIT_RE.finditer(tail):
        if found.group("sep") in (",", "،"):
            continue
        dateline = tail[found.end() :]
        if is_date_line(dateline):
            return rest[: offset + found.start()], dateline, dateline
    return rest, None, None


def _city_dateline(tail: str) -> str | None:
    """The dateline of what follows a credit's comma when it is a city and, after a bar or dash, a dateline ("By
    Sarah Collins, Dubai | Nov 17, 2026", "كتب: سامر الحلبي، القاهرة | 30 نوفمبر 2026"), else None: the city one
    word of letters, or one known ("الدار البيضاء"); a second writer's name before a date ("By Jane Doe, John Roe |
    …") is none."""
    after = _CREDIT_SPLIT_RE.search(tail)
    if after is None or after.group("sep") in (",", "،") or not is_date_line(dated := tail[after.end() :]):
        return None
    place = tail[: after.start()]
    if _CREDIT_PLACE_RE.match(place) is None or (place[0].isascii() and place[0].islower()):
        return None
    return dated if len(place.split()) == 1 or _known_place(strip_harakat(place)) else None


_OUTLET_WORDS: Final = SITE_WORDS | frozenset(
    normalize(word) for word in "ledger journal chronicle observer courier telegraph gazette express".split()
)
"""Words that name an outlet when they open or close a name: a site's ("صحيفة النهر", "Gulf News") or a paper's
("Gulf Ledger", "Harbor Chronicle")."""
_SURNAME_OUTLET_WORDS: Final = frozenset("post times herald courier express observer".split())
"""Paper words that are people's surnames too ("Emily Post", "Jim Courier"); the others (Ledger, Gazette,
Chronicle, Journal, News, Tribune, Telegraph, Daily …) never are."""
_OUTLET_MAX_WORDS: Final = 3


def outlet(text: str, *, source: str | None = None) -> bool:
    """Whether ``text`` after a credit's name is an outlet, not a second writer: a known news agency ("Reuters",
    "أ ف ب") or a name of a few words opening or closing on a site's or paper's word ("صحيفة النهر", "Gulf
    Ledger", "The Post").

    A name shaped like a person's (``_writer_shaped``: "Emily Post", "Jim Courier") is a writer's unless it is
    the story's own ``source``; one that starts with "The", has three words or closes on a word no surname is
    ("Gulf Ledger", "Harbor Tribune") is an outlet whatever the source."""
    if is_agency(text.strip()):
        return True
    words = text.split()
    if not words or len(words) > _OUTLET_MAX_WORDS or not place_shaped(text.strip()):
        return False
    if normalize(words[0]) in _TITLE_WORDS:
        return False  # "مراسل الجزيرة نت": the writer's title, not the outlet
    if normalize(words[0]) in _OUTLET_WORDS:
        return True
    if normalize(words[-1]) not in _OUTLET_WORDS:
        return False
    return not _writer_shaped(words) or (source is not None and normalize(source) == normalize(text))


def _writer_shaped(words: list[str]) -> bool:
    """Whether a name is shaped like a writer's though it closes on a paper's word: two capitalised Latin words,
    the first not "The", the last a word that is a surname too (``_SURNAME_OUTLET_WORDS``: "Emily Post")."""
    if len(words) != 2 or words[0].lower() == "the" or words[-1].lower() not in _SURNAME_OUTLET_WORDS:
        return False
    return all(word[:1].isascii() and word[:1].isupper() for word in words)


_TITLE_WORDS: Final = frozenset(
    normalize(word)
    for word in (
        "أستاذ أستاذة الأستاذ الأستاذة أستاذ_مساعد كاتب كاتبة الكاتب الكاتبة صحفي صحفية صحافي صحافية الصحفي"
        " الصحفية باحث باحثة الباحث الباحثة محلل محللة المحلل المحللة خبير خبيرة الخبير الخبيرة مدير مديرة"
        " المدير المديرة رئيس رئيسة الرئيس الرئيسة عضو العضو مستشار مستشارة المستشار المستشارة أكاديمي"
        " أكاديمية الأكاديمي الأكاديمية محاضر محاضرة مراسل مراسلة مراسلنا محرر محررة سفير سفيرة السفير"
        " وزير وزيرة الوزير الوزيرة نائب نائبة طبيب طبيبة محام محامي محامية إعلامي إعلامية روائي روائية"
        " شاعر شاعرة أديب أديبة ناشط ناشطة دبلوماسي دبلوماسية مؤسس مؤسسة أمين أمينة عميد عميدة"
        " professor lecturer columnist editor correspondent reporter writer analyst researcher fellow director"
        " author journalist contributor economist former senior associate assistant chief head chair president"
        " founder dean ambassador minister lawyer doctor teacher staff special contributing deputy managing foreign"
    )
    .replace("_", " ")
    .split()
)
"""First words of a writer's title after the name ("أستاذة التخطيط العمراني", "professor of urban planning", "Staff
Writer", "Special Correspondent")."""
_AFFILIATION_MAX_WORDS: Final = 16


def is_title_word(folded: str) -> bool:
    """Whether a folded word opens a writer's or an official's title (``_TITLE_WORDS``: "رئيس", "وزير", "مراسل")."""
    return folded in _TITLE_WORDS


def _affiliation(tail: str) -> bool:
    """Whether what follows a credit's name is the writer's title: a title word first ("أستاذة التخطيط في
    جامعة ...", "professor of urban planning at ...", "a senior fellow at ..."), a few words, no sentence's
    end (an ellipsis aside). A list of names ("وسارة حسن", "John Roe") and a place are none."""
    words = tail.split()
    if not words or len(words) > _AFFILIATION_MAX_WORDS:
        return False
    if is_sentence_end(tail) and not tail.rstrip().endswith(("…", "...")):
        return False
    first = words[1] if words[0].lower() in ("a", "an") and len(words) > 1 else words[0]
    return normalize(first) in _TITLE_WORDS


_BARE_CREDIT_RE: Final = re.compile(r"^(?:كتب|كتبت)\s+(?P<name>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,2})$")
""""كتب" and a name of two or three Arabic words, nothing else on the line ("كتب محمد عبد الله")."""
_NOT_IN_A_NAME: Final = ("لل", "بال", "وال", "فال", "كال")
"""A word with a preposition and the article ("للأطفال") is in no name (a family name has only the article)."""
_SHORT_NAME: Final = 5
"""Names that start like those ("فالح", "والي") are short."""
_NAME_STOP_WORDS: Final = frozenset(
    normalize(word) for word in "في من على إلى الى عن مع بعد قبل حول بين ضد أو ثم لا لم لن قد هذا هذه ذلك".split()
)


def bare_credit(text: str) -> str | None:
    """The name of a line that is "كتب" (or "كتبت") and a name alone, without a separator ("كتب محمد عبد
    الله"), else None: two or three words of Arabic letters, the first without the article, no particle.

    Only for a whole short line between a headline and the text (``plaintext_drafts.lift_furniture``):
    elsewhere "كتب فلان" may open a sentence, and "كتب الرئيس رسالة" is one anywhere.
    """
    found = _BARE_CREDIT_RE.match(text.strip())
    if found is None:
        return None
    name = found.group("name")
    words = name.split()
    if words[0].startswith("ال") or any(  # the article first: "كتب الرئيس رسالة" is a sentence
        (word.startswith(_NOT_IN_A_NAME) and len(word) > _SHORT_NAME) or normalize(word) in _NAME_STOP_WORDS
        for word in words
    ):
        return None
    return name


_HONORIFIC_RE: Final = re.compile(r"^(?:أ\.\s?د\.|د\.|الدكتورة|الدكتور)\s*(?=\S)")
"""A doctor's title before a writer's name ("د. عمر الخطيب", "أ.د. هالة السعدي", "الدكتور سامر علي")."""


def bare_name(text: str, *, titled: bool = False) -> str | None:
    """``text`` stripped when it is a person's name alone ("محمد عبد الرحمن"): two or three Arabic words opening on
    a first name one knows (``_person_named``), else None; when ``titled``, only a name after a doctor's title
    ("د. عمر الخطيب", the title kept), which no subtitle opens with.

    Only for a whole line under a headline (``plaintext_drafts.lift_furniture``), where a site writes its writer's
    name without a marker; a subtitle that says something is no name."""
    stripped = text.strip()
    title = _HONORIFIC_RE.match(stripped)
    if titled and title is None:
        return None
    return stripped if _person_named(stripped[title.end() :] if title is not None else stripped) else None


_VERB_SHAPED: Final = re.compile(r"^[يت][\u0621-\u064a]{3,}$")
"""A word shaped like a verb in the imperfect ("يتألق", "تفوز"), which a subtitle has and a name has not."""


def writer_name(text: str) -> str | None:
    """``text`` stripped when it reads as a writer's name alone, where a page writes its byline without a marker
    (the line right under the headline): a name after a doctor's title ("د. عمر الخطيب", the title kept), or a
    name of two or three words opening on a first name one knows ("سامر حداد", ``bare_name``) with no word after
    the first shaped like a verb ("محمد صلاح يتألق" is a subtitle); else None."""
    name = bare_name(text)
    if name is None or bare_name(text, titled=True) is not None:
        return name
    words = [normalize(word) for word in strip_harakat(name).split()[1:]]
    return None if any(_VERB_SHAPED.match(word) and word not in _GIVEN_NAMES for word in words) else name


_KNOWN_PLACES: Final = frozenset(
    normalize(place.replace("_", " "))
    for place in (
        "القاهرة الإسكندرية الجيزة الأقصر أسوان بورسعيد السويس المنصورة طنطا بيروت صيدا دمشق حلب حمص"
        " اللاذقية عمان إربد الزرقاء العقبة بغداد البصرة الموصل أربيل النجف كربلاء السليمانية الرياض جدة مكة"
        " الدمام الطائف تبوك أبوظبي دبي الشارقة عجمان الفجيرة الدوحة المنامة الكويت مسقط صلالة"
        " صنعاء عدن تعز الحديدة مأرب الخرطوم أمدرمان بورتسودان طرابلس بنغازي مصراتة تونس صفاقس سوسة الجزائر"
        " وهران قسنطينة الرباط فاس مراكش طنجة أكادير نواكشوط القدس غزة الخليل نابلس أنقرة إسطنبول اسطنبول"
        " طهران لندن باريس واشنطن نيويورك موسكو برلين بروكسل جنيف روما مدريد بكين طوكيو كابل كابول"
        " أبها بريدة حائل جازان نجران ينبع الجبيل الأحساء القطيف الباحة عرعر سكاكا"
        " أبو_ظبي الدار_البيضاء رام_الله نيو_يورك خميس_مشيط المدينة_المنورة حفر_الباطن"
    ).split()
)
"""Cities a correspondent writes from ("بيروت: بولا أسطيح", "القاهرة - سامي النجار"): a place one knows, as a
line of a place and a name is a headline's shape too ("غزة: قصف عنيف" ends no differently)."""
_CORRESPONDENT_WORDS: Final = frozenset(
    normalize(word) for word in "مراسل مراسلة مراسلنا مراسلتنا مندوب مندوبة".split()
)
"""A correspondent's title before the name or after the place ("مراسل الجزيرة نت: فلان", "عمّان - مراسل
الشرق الأوسط")."""
_PLACE_NAME_RE: Final = re.compile(
    r"^(?P<left>[^:：\-–—|]+?)\s*(?:(?P<colon>[:：])|\s[-–—]\s|[–—])\s*(?P<right>[^:：\-–—|]+)$"
)
"""Two parts of a short line around a colon or a dash ("بيروت: بولا أسطيح", "القاهرة - سامي النجار")."""
_PLACE_WORDS_RE: Final = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?$")
"""A town before a correspondent's dash: one or two words of letters ("بنها", "كفر الشيخ")."""
_PLACE_NAME_MARKS: Final = frozenset(":：-–—")
_PART_MAX_WORDS: Final = 3
_PLACE_CREDIT_MAX_CHARS: Final = 60
_NAME_WORD_RE: Final = re.compile(r"^[\u0621-\u064a]{2,}$")


def _correspondent_line(text: str) -> tuple[str, str | None, str | None] | None:
    """``credit_line`` of a correspondent's line without a byline's marker, else None.

    A known city and a name of two or three words, around a colon or a dash either way ("بيروت: بولا
    أسطيح", "القاهرة - سامي النجار", "سامي النجار - القاهرة"), or any town of a word or two before a dash and a
    name when a colon closes the line, as Egyptian sites write it ("بنها – عبد الله محمود:", no headline ends so);
    a correspondent's title and a name
    ("مراسل الجزيرة نت: سامي النجار"); a place and a correspondent's title ("عمّان - مراسل الشرق الأوسط":
    the title is the credit). What is not the name (the place, the title) is what the line says after it.
    """
    if len(text) > _PLACE_CREDIT_MAX_CHARS or _PLACE_NAME_MARKS.isdisjoint(text):
        return None
    try:
        return _CORRESPONDENT_LINES[text]
    except KeyError:
        pass
    credit = _read_correspondent_line(text)
    if len(_CORRESPONDENT_LINES) >= _CORRESPONDENT_LINES_CAP:
        _CORRESPONDENT_LINES.clear()
    _CORRESPONDENT_LINES[text] = credit
    return credit


_CORRESPONDENT_LINES: Final[dict[str, tuple[str, str | None, str | None] | None]] = {}
"""Memo of ``_correspondent_line`` (a line is asked about by every reader of the lines over the text)."""
_CORRESPONDENT_LINES_CAP: Final = 4096


def _read_correspondent_line(text: str) -> tuple[str, str | None, str | None] | None:
    """``_correspondent_line`` itself, of a short line with a colon or a dash."""
    text = text.strip()
    if text.endswith((":", "：")) and (closed := _PLACE_NAME_RE.match(text[:-1].rstrip())) is not None:
        left, right = closed.group("left").strip(), closed.group("right").strip()
        if closed.group("colon") or not _PLACE_WORDS_RE.match(strip_harakat(left)) or not _person_named(right):
            return None
        return right, left, None  # "بنها – عبد الله محمود:": a colon closes the line, any town before the dash
    found = _PLACE_NAME_RE.match(text)
    if found is None:
        return None
    left, right = found.group("left").strip(), found.group("right").strip()
    if (titled := _titled_name(right)) is not None and place_shaped(strip_harakat(left)):
        return titled, left, None  # "الخليل – مراسلنا سامي الجعبري": the correspondent's title is no part of the name
    if (titled := _titled_name(left)) is not None and _known_place(right) and _person_named(titled):
        return titled, right, None  # "مراسلنا سامي الجعبري – الخليل"
    if len(left.split()) > _PART_MAX_WORDS or len(right.split()) > _PART_MAX_WORDS:
        return None  # (a place, a name and a title have three words at most)
    if _known_place(left) and (_person_named(right) or _latin_name(right)):
        return right, left, None  # "بيروت: بولا أسطيح", "القاهرة - سامي النجار", "لندن - John Smith"
    if _correspondent(left) and _name_shaped(right) and found.group("colon"):
        return right, left, None  # "مراسل الجزيرة نت: سامي النجار"
    if found.group("colon"):
        return None
    if _person_named(left) and _known_place(right):
        return left, right, None  # "سامي النجار - القاهرة"
    if place_shaped(strip_harakat(left)) and _correspondent(right) and " " in right:
        return right, left, None  # "عمّان - مراسل الشرق الأوسط" ("غزة - مراسلنا" alone names no one: a dateline)
    return None


_TITLE_BEFORE_NAME: Final = frozenset(normalize(word) for word in "مراسلنا مراسلتنا مراسل مراسلة".split())
"""A correspondent's title right before the name ("مراسلنا سامي الجعبري"): "our correspondent", no part of it."""


def _titled_name(text: str) -> str | None:
    """The name after a correspondent's title ("مراسلنا سامي الجعبري" → "سامي الجعبري"): two or three words shaped
    like a name (``_name_shaped``) after it, else None ("مراسل الجزيرة" names an outlet, "مراسلنا" no one)."""
    if "مراسل" not in text:
        return None  # (most lines)
    title, _, name = text.partition(" ")
    if normalize(title) not in _TITLE_BEFORE_NAME:
        return None
    name = name.strip()
    return name if _name_shaped(name) else None


def _known_place(text: str) -> bool:
    """Whether ``text`` is a city in ``_KNOWN_PLACES`` (vowel marks aside: "عمّان")."""
    return normalize(text) in _KNOWN_PLACES


def opens_on_city(text: str) -> str | None:
    """The city one knows that ``text`` opens on, its first word or two as written ("جدة شهد العتيبي", "رام الله -
    فلان": a correspondent's city before a name, as an extractor leaves a byline), else None."""
    words = text.split(None, 2)
    for count in (2, 1):
        if len(words) >= count and _known_place(place := " ".join(words[:count])):
            return place
    return None


def titled_name_after_city(place: str, name: str) -> str | None:
    """``name`` when a field reads as a city one knows, a dash and a doctor's title and a name ("دمشق - د. ريم
    حداد", ``writer_name`` keeping the title), else None."""
    if not _known_place(place.strip()):
        return None
    found = writer_name(name)
    return found if found is not None and bare_name(name, titled=True) is not None else None


def name_after_city(text: str) -> str | None:
    """The person's name of an author field that is a city one knows, a colon or a dash and two or three Arabic words
    shaped like a name, whatever its first name ("الرياض - نورة القحطاني", "جدة: رزان الأحمد" give the name; a doctor's
    title before it is kept, "دمشق - د. وفاء حداد");
    else None: a known city before the dash is the writer's place, never the writer.

    Only for an author field (a page's byline element or meta author, a feed entry's author), which names its
    writer: a line of text may be a city's headline ("غزة: قصف جديد"), so there a name opens on a first name one
    knows (``_person_named``). A correspondent's title, a desk, an agency, a site or a label after the city
    ("جدة - مراسل الموقع", "الرياض - فريق التحرير", "الرياض - وكالة الأنباء", "الرياض - تقرير خاص") is no name,
    nor is a noun and its adjective ("غزة - قصف جديد")."""
    if len(text) > _PLACE_CREDIT_MAX_CHARS or _PLACE_NAME_MARKS.isdisjoint(text):
        return None
    found = _PLACE_NAME_RE.match(text.strip())
    if found is None:
        return None
    left, right = found.group("left").strip(), found.group("right").strip()
    title = _HONORIFIC_RE.match(right)  # "دمشق - د. رزان حداد": the title kept
    name = right[title.end() :] if title is not None else right
    if not _known_place(left) or not _name_shaped(name) or _correspondent(name) or _desk(name):
        return None
    words = [normalize(word) for word in strip_harakat(name).replace("\u0640", "").split()]
    if words[0] in _LABEL_WORDS or words[1] in _ADJECTIVES or words[1].removesuffix("ه") in _ADJECTIVES:
        return None
    return right


def kept_after_city(place: str, rest: str) -> str | None:
    """What an author field of a city one knows, a dash or a colon and ``rest`` keeps when ``rest`` is no name
    ``name_after_city`` reads (the city is never the author, nor part of it); None when ``place`` is no city one
    knows. ``rest`` itself when it is a news agency or a source (the caller's credit: "الرياض - وكالة الأنباء
    السعودية", "دمشق - سانا"), a first name one knows alone ("القاهرة - أحمد", "واشنطن - جون", "لندن - John": the
    writer), or a longer name opening on one ("القاهرة - أحمد سامي محمد عبد الله"); else "" (no author): a label, an
    office, an outlet ("غزة - خاص", "غزة - مكتب الموقع", "لندن - Middle East Eye")."""
    if not _known_place(place.strip()):
        return None
    from newstui.parse.bylines import author_credit as field_credit

    rest = rest.strip()
    words = rest.split()
    if not words or len(rest) > _PLACE_CREDIT_MAX_CHARS:
        return ""
    if field_credit(rest) is not None:
        return rest
    if len(words) == 1:
        word = normalize(strip_harakat(rest).replace("\u0640", ""))
        known = word in _GIVEN_NAMES or _compound_first_name(word) or rest.lower() in _LATIN_GIVEN_NAMES
        return rest if known and (rest[:1].isupper() or not rest.isascii()) else ""
    if len(words) <= _LONG_NAME_WORDS and all(map(_NAME_WORD_RE.match, strip_harakat(rest).split())):
        first = normalize(strip_harakat(words[0]))
        if (first in _GIVEN_NAMES or _compound_first_name(first)) and not _desk(rest) and not _correspondent(rest):
            return rest
    return ""


_LONG_NAME_WORDS: Final = 5
"""Most words of a name after a city read by its first name alone (a name of four or five words)."""


_LABEL_WORDS: Final = frozenset(
    normalize(word)
    for word in "تقرير تحقيق حوار متابعة متابعات خاص خدمة قسم مكتب فريق هيئة أسرة اسرة وحدة إدارة ادارة".split()
)
"""Words opening what follows a city in a field that names no person: a label or a desk ("تقرير خاص", "مكتب
الرياض")."""


def _correspondent(text: str) -> bool:
    """A correspondent's title: "مراسل", "مراسلة" or "مندوب" and what it names, one to three words of letters."""
    words = normalize(text).split()
    return bool(words) and words[0] in _CORRESPONDENT_WORDS and place_shaped(strip_harakat(text))


def _name_shaped(text: str) -> bool:
    """A person's name as a correspondent's line writes it: two or three Arabic words, the first without the
    article, no particle, no place one knows, no agency, no word of a preposition and the article ("للأطفال")."""
    words = strip_harakat(text).replace("\u0640", "").split()
    if not 2 <= len(words) <= 3 or not all(map(_NAME_WORD_RE.match, words)) or words[0].startswith("ال"):
        return False
    if is_agency(text) or any(_known_place(word) or normalize(word) in SITE_WORDS for word in words):
        return False
    return not any(
        (word.startswith(_NOT_IN_A_NAME) and len(word) > _SHORT_NAME)
        or (normalize(word) in _NAME_STOP_WORDS and word != _ALI)
        for word in words
    )


_ALI: Final = "علي"
"""The given name "علي" as written with its final ya: a name's word, though folded it is the particle "على" (on)."""


_GIVEN_NAMES: Final = frozenset(
    normalize(name)
    for name in (
        # men
        "محمد أحمد محمود مصطفى علي حسن حسين حسام خالد عمر عمرو عثمان يوسف إبراهيم ابراهيم إسماعيل اسماعيل"
        " يعقوب موسى عيسى سليمان داود طارق زياد زيد سعد سعود فهد فيصل ناصر منصور سلمان سلطان راشد حمد حمدان"
        " ماجد مازن وليد هشام هاني سامي سامر سمير رامي رامز رائد رياض رشيد سعيد مجدي مراد نبيل نادر نزار وائل"
        " ياسر ياسين يحيى أنس أيمن أسامة أمجد أكرم أشرف أنور إياد اياد باسل باسم بلال بسام تامر توفيق ثامر"
        " جلال حازم حاتم حامد حمزة خليل رضا رفيق شادي شريف صالح صلاح صابر طلال عاطف عامر عماد عصام علاء غسان"
        " فادي فارس فراس فؤاد كريم كمال لؤي ليث ماهر مالك معتز مهند ممدوح منير مروان مهدي نعيم هيثم وسيم وجدي"
        " يزن إيهاب ايهاب قاسم جواد زاهر سليم حبيب كميل إيلي جورج ميشال ميشيل بيار جوزيف شربل طوني أنطوان"
        " إلياس الياس نقولا"
        # women
        " فاطمة عائشة مريم خديجة زينب سارة سلمى ليلى نادية ناديا رانيا رنا ريم ريما رشا رولا سناء سهى سوسن"
        " سمر سماح سميرة شيماء شيرين عبير علا غادة لبنى لينا لمى مها مي ميس ميساء نسرين نهى نوال هالة هبة"
        " هيفاء ياسمين دينا دعاء آمنة أسماء بسمة بشرى حنان حلا داليا ديما رحاب رغدة روان رهف سلوى سعاد"
        " عفاف كارلا لميس ماجدة مروة منال نجلاء نادين نجوى نرمين هيام ولاء بولا ماري ريتا جمانة جنى هناء"
        " إسراء اسراء آلاء منى"
        # Gulf and Levant names ("وعد", "شهد", "جود" are left out: nouns of a headline; so are "تركي",
        # "بندر", "رزان": Turkish, a port, sedate)
        " نورة لمياء نايف"
        # Maghreb, Gulf and Levant names in common use (not "سهام", "زهور", "فضيلة", "خيرة", "إكرام", "رنين", "ليال",
        # "جهاد", "عادل", "سالم", "جمال", "إيمان", "آية": arrows, flowers, a title, the best of, honouring, ringing,
        # nights, and nouns or adjectives a headline has)
        " أمينة نعيمة حفيظة فتيحة مليكة حليمة رقية هند نبيلة ياسمينة وداد ابتسام كوثر منيرة نوف لولوة غدير أريج"
        " ريهام نهلة هديل جيهان ديانا كارول كارمن لارا ميرا رهام إيناس ايناس سيرين نسيبة تسنيم بتول لجين أسيل"
        " إدريس ادريس حميد بوعلام رضوان سفيان أيوب ايوب أنيس انيس زكرياء زكريا عمار لخضر بشير محسن طه صهيب ناجي"
        " فتحي لطفي حسني شكري رمزي صبري جعفر عباس مصعب معاذ نواف مشاري عبيد حمود عايض سطام بشار مارون قصي عدي"
        # foreign first names as Arabic news writes them ("نيويورك - جون سميث"; not "مارك", "فرانك": currencies;
        # not "صوفي": Sufi)
        " جون جوناثان ديفيد دافيد مايكل جيمس روبرت بيتر توماس ستيفن ستيفان بول أندرو ريتشارد كريستوفر"
        " دانيال ماثيو جاك هنري تشارلز ويليام وليام جيفري كيفن إريك إدوارد فيليب لوران فرانسوا بيير جان"
        " أوليفر هاري ألكسندر سيرغي سيرجي فلاديمير ديمتري إيفان أندريه أليكسي ماركو كارلوس خوسيه أنطونيو"
        " هانز كلاوس إيما جيسيكا إليزابيث لورا كاثرين كاترين جوليا ماريا هيلين سوزان كارين نانسي ليندا"
        " إيلينا أولغا ناتاليا تاتيانا كلير إيزابيل"
    ).split()
)
"""First names that open a correspondent's line ("بولا أسطيح", "سامي النجار"): names that are no common
noun of a headline ("أمل", "نصر", "نجاح", "ربيع" are left out: "غزة: أمل جديد"). A compound name opens
on "عبد" ("عبد الله النجار", "عبدالرحمن") or "أبو" ("أبو بكر سالم")."""
_SURNAMES_LIKE_VERBS: Final = frozenset(normalize(word) for word in "يونس يزيد يسري تيسير تميم يمين".split())
"""Family names shaped like a verb in the imperfect ("محمد يونس"), which ``_person_named`` lets stand second."""
_COMPOUND_NAME_HEADS: Final = frozenset(normalize(word) for word in "عبد أبو ابو".split())
_ADJECTIVES: Final = frozenset(
    normalize(word)
    for word in (
        "جديد كبير ضخم هائل شديد عنيف حاشد واسع قوي حاد ساخن مفاجئ غامض دامي مروع خطير عاجل مستمر متواصل"
        " صعب تاريخي رسمي كامل جزئي غاضب حذر هش محدود مرتقب جماعي قياسي"
    ).split()
)
"""Adjectives that follow a headline's noun ("قصف جديد", "اشتباكات عنيفة"), masculine (a feminine one ends
in "ة")."""


def _person_named(text: str) -> bool:
    """Whether ``text`` is a person's name beside a city ("بولا أسطيح", "سامي النجار"): ``_name_shaped``,
    and a first name one knows (or "عبد", "أبو" of a compound name) first, with no adjective after it.

    A city's headline of a noun and a word or two is shaped alike ("غزة: قصف جديد", "تونس: ارتفاع التضخم",
    "دبي: معرض جيتكس"); so a name is a name only where it opens on a first name.
    """
    if not _name_shaped(text):
        return False
    words = [normalize(word) for word in strip_harakat(text).split()]
    first, second = words[0], words[1]
    if first not in _GIVEN_NAMES and first not in _COMPOUND_NAME_HEADS and not _compound_first_name(first):
        return False
    if any(_verb_in_name(words, at) for at in range(1, len(words))):
        return (
            False  # "الرياض: نورة تتوج بالجائزة", "الرياض: محمد العتيبي يفوز", someone who does something: a headline
        )
    if first in _OFFICE_HEADS and second in _OFFICE_WORDS:
        return False  # "تونس: أمينة المال تستقيل": the treasurer, no one's name
    return second not in _ADJECTIVES and second.removesuffix("ه") not in _ADJECTIVES


_SURNAME_AT: Final = 2
"""Where a family name stands after a given name and a father's ("سامر سعيد يازجي")."""


def _verb_in_name(words: list[str], at: int) -> bool:
    """Whether the folded word ``words[at]`` of a name's words is a verb there: shaped like one in the imperfect
    (``_VERB_SHAPED``), no given name nor a family name known to look like a verb (``_SURNAMES_LIKE_VERBS``), and
    second ("نورة تتوج"), or followed by more words ("فهد العتيبي يفوز بالجائزة"), or after a family name with its
    article ("فهد العتيبي يفوز"). The last of three words after a given name and a father's name is the family name
    ("سامر سعيد يازجي", "محمد علي يموت"), whatever its shape."""
    word = words[at]
    if not _VERB_SHAPED.match(word) or word in _GIVEN_NAMES or word in _SURNAMES_LIKE_VERBS:
        return False
    if at != _SURNAME_AT or at != len(words) - 1:
        return True
    return words[1].startswith("ال")


_OFFICE_HEADS: Final = frozenset({normalize("أمينة")})
"""A given name that is an office's first word too ("أمينة المال", the treasurer)."""
_OFFICE_WORDS: Final = frozenset(
    normalize(word)
    for word in "عام العام عامة العامة المال مال الصندوق صندوق السر سر المكتبة مكتبة المتحف متحف المخزن مخزن".split()
)
"""What follows ``_OFFICE_HEADS`` in an office's name ("أمينة عامة", "أمينة صندوق الجمعية", "أمينة السر", a
curator: "أمينة المتحف", "أمينة مكتبة الجامعة")."""


_LATIN_NAME_WORD_RE: Final = re.compile(r"[A-Z](?:\.|[a-z]+(?:[-'\u2019][A-Za-z]+)*)")
"""A word of a person's name in Latin letters: a capital and small letters ("Smith", "O'Neil", "Jean-Luc"),
or an initial ("J.")."""
_LATIN_NOT_NAMES: Final = frozenset(
    "news staff press agency media times post network online daily arabic international reuters desk team"
    " editor editors service group report reports live world middle east business sport sports update breaking"
    " opinion analysis sky al bbc cnn france associated".split()
)
"""Latin words of an outlet's or a desk's name, never a person's ("Sky News", "World Desk")."""


_LATIN_GIVEN_NAMES: Final = frozenset(
    "john james robert michael david william richard joseph thomas charles christopher daniel matthew anthony mark"
    " paul steven stephen andrew kenneth joshua kevin brian george timothy ronald edward jason jeffrey ryan jacob"
    " gary nicholas eric jonathan justin scott benjamin samuel gregory alexander patrick frank jack dennis peter"
    " henry adam nathan tom tim tony sam ben nick simon martin philip oliver harry jean pierre michel francois"
    " laurent nicolas olivier philippe alain luc hans klaus peter jurgen wolfgang stefan markus carlos jose luis"
    " juan antonio miguel pedro marco giovanni luca sergei vladimir dmitry ivan alexei andrei igor mary patricia"
    " jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley emily"
    " donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy anna emma"
    " julia sophie claire marie isabelle nathalie catherine helen rachel hannah olga natalia tatiana elena maria"
    " lucy kate jane alice anne".split()
)
"""First names a Latin-letter correspondent's name opens on: a city's Latin words of two or three capitals are
as often a place, a club or a brand ("Wall Street", "Premier League", "Expo City")."""


def _latin_name(text: str) -> bool:
    """Whether ``text`` is a person's name in Latin letters beside a city ("John Smith", "Anna M. Schmidt"):
    two or three capitalised words opening on a first name one knows, the last no initial, none a word of an
    outlet's or a desk's name."""
    words = text.split()
    if not 2 <= len(words) <= 3 or words[-1].endswith(".") or words[0].lower() not in _LATIN_GIVEN_NAMES:
        return False
    return all(_LATIN_NAME_WORD_RE.fullmatch(word) for word in words) and not any(
        word.lower().rstrip(".") in _LATIN_NOT_NAMES for word in words
    )


_COMPOUND_HEAD: Final = normalize("عبد")
_COMPOUND_MIN_CHARS: Final = 5


def _compound_first_name(word: str) -> bool:
    """A first name written as one word with "عبد" ("عبدالله", "عبدالرحمن")."""
    return word.startswith(_COMPOUND_HEAD) and len(word) >= _COMPOUND_MIN_CHARS


_QUOTED_OUTLET_HEAD: Final = 80
"""How much of a line's start is read for a paper's quoted name after its place (``quoted_outlet``)."""
_QUOTED_OUTLET_RE: Final = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})(?: ?[-–—] ?| ?: ?)"
    r"(?:\"(?P<q>[^\W\d_][^\"]{1,23})\"|«(?P<g>[^\W\d_][^»]{1,23})»)"
    r"(?P<dot> دوت كوم)?(?P<own> خاص)?"
    r"(?P<end> ?:\s*$| ?[-–—] | ?:\s|\s*$)"
)
"""A place, a dash (or a colon) and a paper's name in quotes or guillemets, maybe with "دوت كوم" or "خاص" after it,
up to a dash, a colon or the line's end: ``"رام الله - "القدس" دوت كوم - "``, ``"عدن - «الأيام» خاص:"``, ``"دبي:
«الخليج»"``."""
_QUOTED_OUTLET_WORDS: Final = 2
_BRACKETED_PAPER_RE: Final = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}) ?\((?P<name>[^\W\d_][^()]{1,23})\)(?: ?[-–—:]\s|\s*$)"
)
"""A place and a paper's name in brackets, alone on the line or before a dash or colon: "أبوظبي (الاتحاد)"."""


def quoted_outlet(text: str) -> str | None:
    """The paper a story's first line credits by its quoted name after a place, else None: ``رام الله - "القدس" دوت
    كوم - اعتقلت ...`` gives "القدس دوت كوم", ``عدن - «الأيام» خاص:`` gives "الأيام". The name one or two words,
    marked "دوت كوم" or "خاص" after it or a paper one knows (``PAPERS``: "دبي: «الخليج»", "أبوظبي - «الاتحاد»", as
    the Gulf's papers credit their own stories), so a quoted phrase after a place ("غزة - "لن نغادر" - قال ...") is
    none; a name quoted inside a sentence ("قالت صحيفة "الأيام" إن ...") is none. A paper one knows in brackets after
    the place ("أبوظبي (الاتحاد)", ``_BRACKETED_PAPER_RE``) is one too.
    """
    head = text[:_QUOTED_OUTLET_HEAD]
    found = _QUOTED_OUTLET_RE.match(head) if '"' in head or "«" in head else None
    if found is None:
        return _bracketed_paper(head) if "(" in head else None
    name = (found.group("q") or found.group("g") or "").strip()
    if not 1 <= len(name.split()) <= _QUOTED_OUTLET_WORDS or not place_shaped(found.group("place")):
        return None
    if found.group("dot") is None and found.group("own") is None and normalize(name) not in PAPERS:
        return None
    return f"{name} دوت كوم" if found.group("dot") else name


def _bracketed_paper(head: str) -> str | None:
    """``quoted_outlet`` of a paper one knows in brackets after a place ("أبوظبي (الاتحاد)"), else None."""
    found = _BRACKETED_PAPER_RE.match(head)
    if found is None or not place_shaped(found.group("place")):
        return None
    name = found.group("name").strip()
    return name if normalize(name) in PAPERS else None
