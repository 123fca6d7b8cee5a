"""A writer's name after a byline's marker ("By Jane Doe", "كتب: محمود"): one rule for feeds, HTML and plain text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Final

from newstui.parse.markers import (
    ATTRIBUTION_VALUE_CHARS,
    BYLINE_BARE_MARKERS,
    BYLINE_HEADLINE_MARKERS,
    BYLINE_MARKERS,
    EDITORIAL_DESKS,
    MarkerKind,
    match_marker,
)
from newstui.text.digits import has_digit
from newstui.text.normalize import normalize

__all__ = [
    "BARE_MARKER_PATTERN",
    "HEADLINE_MARKER_NAME_WORDS",
    "MARKER_PATTERN",
    "NAME_DATE_LINKERS",
    "SEPARATOR_PATTERN",
    "author_beside_source",
    "author_credit",
    "author_field_name",
    "author_without_date",
    "byline_name",
    "byline_parts",
    "closing_colon",
    "date_after_name",
    "date_before_byline",
    "ends_on_date_word",
    "slash_correspondent",
    "slash_credit",
    "listed_names",
    "opens_on_source",
    "may_start_headline",
    "untitled_byline",
    "without_crew",
]


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first, any run of spaces between their words."""
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(phrases, key=len, reverse=True))


SEPARATOR_PATTERN: Final = r"[:：\-–—ـ]"
"""What may stand between a marker and the name: a colon, a hyphen or dash, a tatweel."""
_NOT_A_NAME_AFTER_PAR: Final = (
    "Décret Decret Dahir Arrêté Arrete Arrêt Arret Décision Decision Loi Circulaire Ordonnance Jugement Avis"
    " Communiqué Communique Note Lettre Ailleurs Exemple Contre Conséquent Consequent Ici Suite Rapport"
    " المرسوم مرسوم الظهير ظهير القرار قرار المقرر مقرر القانون قانون البلاغ بلاغ المذكرة مذكرة الحكم حكم المنشور منشور"
    " الدورية دورية الأمر أمر"
).split()
"""Words a French "Par" opens a sentence or a legal notice's line on ("Par Décret n° 2-26-101", "Par Dahir …", "Par
ailleurs", "Par المرسوم رقم …"), no name."""
_FRENCH_MARKER: Final = (
    r"(?-i:(?:Publiée?|Rédigée?|Redigée?|Écrite?|Ecrite?)\s+(?:[Pp]ar)|Par)"
    r"(?=\s*[:：\-–—]?\s*(?-i:[A-ZÀ-ÖØ-Þ\u0621-\u064a]))"
    rf"(?!\s*[:：\-–—]?\s*(?i:{'|'.join(_NOT_A_NAME_AFTER_PAR)})(?!\w))"
    r"(?!\s*[:：\-–—]?[^\-–—|:：]*?(?:[nN][°º]|\bرقم\b))(?!\s*[:：\-–—]?\s*\S+\s*\d)"
)
"""The French markers ("Par", "Publié par", "Rédigé par", "Écrit par"), as Maghreb sites write them over Arabic
stories too, before a capitalised name or an Arabic one ("Par Youssef Benali", "Par يوسف بنعلي"), never before a
small letter ("Par ailleurs, ...", "par la suite" is a sentence's); case counts, whatever the pattern's flags. What
follows up to the next dash, bar or colon is a name's run: no legal act's or a sentence's word first ("Par Décret",
"Par المرسوم": ``_NOT_A_NAME_AFTER_PAR``), no act's number ("n°", "رقم") nor a number after its first word ("Par
Texte 12"); a date after the name is the byline's ("Par Jean Dupont, 28/11/2026")."""
BARE_MARKER_PATTERN: Final = f"{_alternation(BYLINE_BARE_MARKERS)}|{_FRENCH_MARKER}"
"""The markers that may stand without a separator in a line of text (``markers.BYLINE_BARE_MARKERS``, and the
French ones before a name: ``_FRENCH_MARKER``)."""
MARKER_PATTERN: Final = _alternation(marker for marker in BYLINE_MARKERS if marker not in BYLINE_BARE_MARKERS)
"""The markers that need a separator in a line of text."""
_ANY_MARKER: Final = f"{_alternation(BYLINE_MARKERS)}|{_FRENCH_MARKER}"
_LINE_SEPARATOR: Final = r"[:：\-–—ـ/]"
"""``SEPARATOR_PATTERN`` or a slash, in a line of text ("كتب/ أحمد فؤاد", as Egyptian sites write it)."""
_INTERVIEW_PLACE: Final = (
    rf"(?:{_alternation(marker for marker in BYLINE_MARKERS if marker.startswith('حاور'))})"
    r"\s+في\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
)
"""An interviewer's marker and the place of the interview, one or two words after "في" ("حاوره في بغداد", "حاورته
في رام الله"): a marker all the same before its separator ("حاوره في بغداد: محمد الربيعي")."""
_LINE_RE: Final = re.compile(
    rf"^(?P<marker>(?:{BARE_MARKER_PATTERN})(?:\s*{_LINE_SEPARATOR}+\s*|\s+)"
    rf"|(?:{_INTERVIEW_PLACE}|{MARKER_PATTERN})\s*{_LINE_SEPARATOR}+\s*)(?P<name>\S.*)$",
    re.IGNORECASE,
)
_FIELD_SEPARATOR: Final = r"[:：\-–—ـ/;؛]"
"""``SEPARATOR_PATTERN``, a slash ("كتب/ فلان") or the semicolon trafilatura makes of that slash ("كتب; فلان"), in
an author field."""
_FIELD_RE: Final = re.compile(
    rf"^(?P<marker>(?:{_INTERVIEW_PLACE})\s*{_FIELD_SEPARATOR}+\s*|(?:{_ANY_MARKER})(?:\s*{_FIELD_SEPARATOR}+\s*|\s+))"
    r"(?P<name>\S.*)$",
    re.IGNORECASE,
)
_MARKER_ALONE_RE: Final = re.compile(rf"^(?:{_ANY_MARKER})\s*{_FIELD_SEPARATOR}*$", re.IGNORECASE)
_HEADLINE_MARKER_RE: Final = re.compile(rf"^(?:{_alternation(BYLINE_HEADLINE_MARKERS)})(?!\w)")
HEADLINE_MARKER_NAME_WORDS: Final = 3
"""Most words of a name after a marker that may also start a headline ("حوار:", "تقرير:")."""
_FIELD_PARTS: Final = re.compile(r"\s+[-–—|]\s+")
"""What separates a place or a role from the name in an author field ("القاهرة – كتب: محمود")."""
_DESKS: Final = frozenset(normalize(desk) for desk in EDITORIAL_DESKS)
_PHOTO_CREDIT_RE: Final = re.compile(
    r"^(?:(?:تصوير|عدسة|photos?(?:\s+by)?|photographs?(?:\s+by)?|photography|photographed\s+by"
    r"|pictures?(?:\s+by)?)(?:\s*[:：\-–—ـ/]+\s*|\s+(?!و))|(?:ال)?صور\s*[:：]\s*)[^\W\d_]",
    re.IGNORECASE,
)
"""A photographer's credit ("تصوير: كريم منصور", "عدسة: ...", "صور: حسن عسل", "Photo: Jane Roe", "Photos by ..."):
no writer. "تصوير وكتابة: ..." is a writer's too (a ``و`` right after the marker, no separator between); after a
separator a name opening on ``و`` is the photographer's ("تصوير: وليد حسن"). "صور" and "الصور" (photos, as Levantine
sites credit them) only before a colon ("صور من الحفل" is a caption's words)."""
_CREW_ROLES: Final = (
    r"تصوير|عدسة|تحرير|إشراف|اشراف|مراجعة|تدقيق|إخراج|اخراج|مونتاج|تصميم|جرافيك|غرافيك|إنفوجراف|انفوجراف|رسوم"
    r"|photos?|photographs?|photography|pictures?|graphics?|edited|editing"
)
_COLON_CREW_ROLES: Final = r"(?:ال)?صور"
"""Crew roles that credit only before a colon ("كتبت: نادين خوري - صور: حسن عسل"; "- صور من الحفل" is none)."""
_CREW_RE: Final = re.compile(
    rf"(?<!\s)(?:(?:\s*[|,،·•/]\s*|\s+[-–—ـ]+\s+|\s*[–—]\s*)"
    rf"(?:(?:{_CREW_ROLES})(?:\s*[:：\-–—/]+\s*|\s+(?:by\s+)?)|(?:{_COLON_CREW_ROLES})\s*[:：]\s*)"
    rf"|\s+و(?:{_CREW_ROLES}|{_COLON_CREW_ROLES})\s*[:：\-–—/]+\s*)(?=[^\W\d_])",
    re.IGNORECASE,
)
"""A second credit after the writer's name, set off by a dash, a bar, a comma or a slash, or joined with "و" before
its colon: the photographer's ("كتبت: سارة حسن - تصوير: مروان علي", "كتب: فلان ـ عدسة: علان", "كتب: فلان وتصوير:
علان", "كتبت: نادين خوري - صور: حسن عسل", "By Jane Roe | Photos by John Doe"), the supervising, copy or revising
editor's ("إشراف: نادية فؤاد", "تحرير: …", "مراجعة: …"), the designer's. No writer's."""
_CREW_LINE_CHARS: Final = 200
"""Longest byline searched for a crew's credit (a byline is a short line)."""
_TATWEEL: Final = "\u0640"
"""Arabic tatweel, a letter stretched for show ("ســامي"): no part of a name's spelling."""


def without_crew(text: str) -> str:
    """A byline or an author field without the credits of the crew after the writer's name (``_CREW_RE``):
    "سارة حسن - تصوير: مروان علي" and "كتب: أحمد فوزي | إشراف: نادية فؤاد" keep the writer's part; any other
    text is given back as it is."""
    found = _CREW_RE.search(text) if len(text) <= _CREW_LINE_CHARS else None
    return text if found is None or not text[: found.start()].strip() else text[: found.start()].rstrip()


def _name(text: str) -> str:
    """A writer's name without the tatweel that stretches its letters ("ســامي النجار" is "سامي النجار")."""
    return text.replace(_TATWEEL, "") if _TATWEEL in text else text


def byline_parts(text: str, *, field: bool = False) -> tuple[str, str] | None:
    """``(marker, name)`` of a text that starts with a byline's marker, the marker as written with its
    separator, the name stripped; None without a marker or without a name after it.

    In a line of text (``field`` false) only "By", "Written by", "بقلم" and "إعداد" may stand without
    a colon, dash or slash ("By Jane Doe", "بقلم سارة علي"); "كتب" and the others need one ("كتب: فلان",
    "كتب/ فلان"), as
    "كتب الرئيس رسالة" is a sentence. In an author field (``field`` true) any marker may ("كتب محمود").
    A marker is a whole word: "Byron Smith" and "كتبية المدينة" have none. The name's tatweel is left out
    ("كتب: ســامي النجار" gives "سامي النجار").
    """
    found = (_FIELD_RE if field else _LINE_RE).match(text.strip())
    if found is None:
        return None
    name = without_crew(found.group("name").rstrip())  # "كتب: فلان - تصوير: علان": the writer only
    marker, name = _without_title(found.group("marker"), name)
    return marker, _name(name)


_JOB_TITLES: Final = frozenset(
    normalize(word)
    for word in (
        "الكاتب الكاتبة الصحفي الصحفية الصحافي الصحافية الإعلامي الإعلامية الاعلامي الاعلامية الروائي الروائية"
        " الباحث الباحثة المحلل المحللة الأديب الأديبة الشاعر الشاعرة"
    ).split()
)
"""A writer's job title before the name after a byline's marker ("بقلم الكاتب الصحفي: فلان"): no part of it."""
_HONORIFICS: Final = frozenset(
    normalize(word) for word in "الدكتور الدكتورة الأستاذ الأستاذة الاستاذ الاستاذة المهندس المهندسة".split()
)
"""An honorific before the name ("بقلم الدكتور: فلان"): kept in the author, as "د. فلان" is."""
_TITLE_WORD: Final = r"[ء-ي]+"
_TITLED_RE: Final = re.compile(rf"^(?P<title>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,2}})\s*[:：]\s*(?P<name>\S.*)$")
"""Title words before a colon and the name ("الصحفي: هشام عبد العزيز", "الأستاذ الدكتور: أحمد زكي")."""
_LEADING_JOB_RE: Final = re.compile(rf"^(?P<title>{_TITLE_WORD})\s+(?P<name>(?!ال){_TITLE_WORD}\s+\S.*)$")
"""A title word before a name of two words or more, without a colon ("الصحفي هشام عبد العزيز"); not before a word
with the article, which is the title's ("المحلل الاقتصادي فلان")."""
_ARTICLE: Final = normalize("ال")


def _without_title(marker: str, name: str) -> tuple[str, str]:
    """``(marker, name)`` with a writer's title before the name out of it: job titles alone (``_JOB_TITLES``) go to
    the marker as written ("بقلم الكاتب الصحفي: هشام عبد العزيز" is "بقلم الكاتب الصحفي: " and "هشام عبد العزيز",
    with or without the colon); an honorific (``_HONORIFICS``) stays before the name, the colon and any job title
    left out ("بقلم الدكتور: أحمد زكي" gives "الدكتور أحمد زكي"). Other words before a colon stay as they are."""
    found = _TITLED_RE.match(name) or _LEADING_JOB_RE.match(name)
    if found is None:
        return marker, name
    words = found.group("title").split()
    folded = [normalize(word) for word in words]
    if not (folded[0] in _JOB_TITLES or folded[0] in _HONORIFICS) or not all(
        word.startswith(_ARTICLE) for word in folded
    ):
        return marker, name  # (a title's words after its first have the article: "المحلل الاقتصادي: فلان")
    rest = found.group("name")
    kept = [word for word, fold in zip(words, folded, strict=True) if fold in _HONORIFICS]
    if not kept:
        return marker + name[: found.start("name")], rest
    if found.re is _LEADING_JOB_RE:
        return marker, name  # "الدكتور أحمد زكي" without a colon: the name as written
    return marker, " ".join([*kept, rest])


def untitled_byline(text: str) -> str:
    """A line of text that is a byline with the writer's title before the name left out, as ``byline_parts``
    reads it ("بقلم الكاتب الصحفي: هشام عبد العزيز" is "بقلم الكاتب: هشام عبد العزيز", "بقلم الدكتور: أحمد زكي"
    is "بقلم: الدكتور أحمد زكي"), for a reader of bylines whose names have no colon; any other text as it is."""
    found = _LINE_RE.match(text.strip())
    if found is None:
        return text
    marker, name = found.group("marker"), found.group("name")
    titled, untitled = _without_title(marker, name)
    if titled == marker and untitled == name:
        return text
    return f"{marker.rstrip(_MARKER_SEPARATORS + ' ')}: {untitled}"


def byline_name(text: str, *, field: bool = False) -> str | None:
    """The writer's name after the byline's marker ``text`` starts with ("By Jane Doe" and "الكاتب: محمود
    عبد الرحيم" give the name), else None: see ``byline_parts``."""
    parts = byline_parts(text, field=field)
    return None if parts is None else parts[1]


_MARKER_SEPARATORS: Final = ":：-–—ـ/"
_COLON_NAME_MAX_WORDS: Final = 3


def closing_colon(marker: str, name: str) -> bool:
    """Whether a byline's name (as ``byline_parts`` gives it) ends with a colon that only closes the byline, as
    Egyptian sites write it ("كتب - أحمد فوزي:", "كتب: منى حداد:"): after a marker with its own separator, a name
    of three words at most with no other colon (not "كتب الوزير على منصة إكس:", which brings a quote), or a list
    of two or three writers' names ("كتب - أحمد فوزي وعلي حسن:", ``plaintext_credits.listed_writers``)."""
    stripped = name.rstrip()
    if not stripped.endswith((":", "：")) or marker.rstrip()[-1:] not in _MARKER_SEPARATORS:
        return False
    before = stripped[:-1]
    if ":" in before or "：" in before:
        return False
    if 1 <= len(before.split()) <= _COLON_NAME_MAX_WORDS:
        return True
    from newstui.parse.plaintext_credits import listed_writers  # (it reads bylines: imported when needed)

    return listed_writers(before)


def may_start_headline(marker: str) -> bool:
    """Whether a marker (as ``byline_parts`` gives it) may also start a headline ("حوار:", "تقرير:"), so
    that a short name only follows it on a byline."""
    return _HEADLINE_MARKER_RE.match(marker) is not None


def author_field_name(text: str | None) -> str | None:
    """The writer's name in an author field (a feed's ``<author>``, a page's meta author or author element),
    without the byline's marker; None when none is left.

    "كتب محمود عبد الرحيم", "By Jane Doe" and "الكاتب: محمود عبد الرحيم" give the name; in
    "القاهرة – كتب: محمود عبد الرحيم" and "كتب - محمود عبد الرحيم – القاهرة" the part with the marker is
    the name, in "الزرقاء – فريق التحرير" the desk's name (the other part is the place), in "حلب - ريم حداد" the
    name after a city one knows (``_name_after_place``; "ريم حداد - سامر خليل", two names, stays whole, as "ريم
    حداد - حلب" does, which opens on the name); after a city one knows what is no name is never given with the city
    ("دمشق - سانا" gives the agency, "القاهرة - أحمد" the first name, "غزة - خاص" None: ``kept_after_city``).
    Any other field is given back as it is, without its tatweel; a marker alone ("كتب", "By:") and a photographer's
    credit ("تصوير: كريم منصور", "Photo: Jane Roe", a gallery's) give None. A second credit after the name is left
    out ("كتبت: سارة حسن - تصوير: مروان علي", ``without_crew``), and so is a colon that closes the byline ("كتب -
    محمود عبد الرحيم:", as Egyptian sites write it); a slash may follow the marker ("كتب/ محمود عبد الرحيم").
    """
    text = without_crew((text or "").strip())
    parts = _FIELD_PARTS.split(text)
    if len(parts) > 1:
        for index, part in enumerate(parts):
            if _FIELD_RE.match(part) or normalize(part) in _DESKS:
                text = part
                break
            if index + 1 < len(parts) and _MARKER_ALONE_RE.match(part):
                text = f"{part} {parts[index + 1]}"  # "كتب - محمود – القاهرة": the marker's dash split it too
                break
        else:
            if len(parts) == 2:  # a place and a name, or two names
                text = _name_after_place(text, parts[0])
    elif (":" in text or "：" in text) and not _FIELD_RE.match(text):
        text = _name_after_place(text, _COLON_SPLIT.split(text, 1)[0])  # "الرياض: نورة القحطاني"
    elif (slashed := slash_correspondent(text) or slash_credit(text)) is not None:
        text = slashed[1]  # "بغداد/ محمد الربيعي", "أنقرة/ محمد شيخ يوسف/ الأناضول"
    if _MARKER_ALONE_RE.match(text) or _PHOTO_CREDIT_RE.match(text):
        return None
    name = byline_name(text, field=True) or _name(text)
    return named_author(_CLOSING_COLON.sub("", name))


_CORRESPONDENT_ALONE: Final = frozenset(normalize(word) for word in "مراسلنا مراسلتنا مراسلونا مراسلينا".split())
""""Our correspondent": a byline's word that names no one ("غزة - مراسلنا", "كتب: مراسلنا")."""


def named_author(name: str | None) -> str | None:
    """An author as found, None when it names no one: empty, or "our correspondent" alone, a place of one or two
    words maybe before it ("مراسلنا", "غزة - مراسلنا", "غزة: مراسلنا", "رام الله مراسلنا" as an extractor leaves it;
    "مراسل الجزيرة" and "مراسلنا في غزة" are left as they are); a name after it is the name ("مراسلنا محمد حسن")."""
    if not name:
        return None
    if "مراسل" not in name:
        return name
    words = _CORRESPONDENT_SPLIT.split(name.strip())
    if normalize(words[-1]) in _CORRESPONDENT_ALONE and len(words) <= _CORRESPONDENT_PLACE_WORDS + 1:
        return None
    if normalize(words[0]) in _CORRESPONDENT_ALONE and 3 <= len(words) <= _CORRESPONDENT_NAME_WORDS + 1:
        from newstui.parse.plaintext_credits import writer_name  # (it reads bylines: imported when needed)

        rest = name.strip().split(None, 1)[1]
        return rest if writer_name(rest) is not None else name  # "مراسلنا محمد حسن"; "مراسلنا في غزة" stays
    return name


_CORRESPONDENT_SPLIT: Final = re.compile(r"\s*[:：]\s*|\s+[-–—|]\s+|\s+")
"""What parts a place from "our correspondent" (a colon, a dash, a bar, a space) and the words of each."""
_CORRESPONDENT_PLACE_WORDS: Final = 2
_CORRESPONDENT_NAME_WORDS: Final = 4


def _name_after_place(text: str, first: str) -> str:
    """The writer's name of an author field that is a city one knows, a dash or a colon and a person's name ("حلب -
    ريم حداد", ``html_meta.correspondent_name``; "الرياض - نورة القحطاني", a name of two or three words whatever its
    first, ``plaintext_credits.name_after_city``: in a field the known city is never the writer); ``text`` as it is
    otherwise, a name before the city ("ريم حداد - حلب", which a reader takes the name from as it opens on it) and
    two names ("ريم حداد - سامر خليل") too. ``first`` is the field's part before the dash or colon."""
    from newstui.parse.html_meta import correspondent_name
    from newstui.parse.plaintext_credits import kept_after_city, name_after_city, titled_name_after_city

    rest = text[len(first) :].lstrip(" -–—|:：")
    named = correspondent_name(text)
    if named is None:  # "دمشق - د. ريم حداد": a doctor's title before the name
        named = titled_name_after_city(first, rest)
    if named is None:  # "الرياض - نورة القحطاني": a given name newstui does not know
        named = name_after_city(text)
    if named is not None and named != first.strip():
        return named
    kept = kept_after_city(first, rest)  # "غزة - خاص": "", "دمشق - سانا": "سانا", "القاهرة - أحمد": "أحمد"
    return text if kept is None else kept


_COLON_SPLIT: Final = re.compile(r"\s*[:：]\s*")
_SLASH_LINE_CHARS: Final = 60
_BODY_WORDS: Final = frozenset(
    normalize(word)
    for word in "وزارة هيئة مجلس دائرة مديرية قيادة شرطة محافظة جامعة مستشفى لجنة مكتب مركز مؤسسة شركة".split()
)
"""First words of a public body's name ("وزارة الخارجية", "مجلس النواب"), which a slash's line names no person by."""
_SLASH_CORRESPONDENT_RE: Final = re.compile(
    r"^(?P<place>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s*/\s*(?P<name>[^\W\d_]+(?:\s+[^\W\d_.]+){1,3})$"
)
"""A place of one or two words, a slash and a name of two to four words ("بغداد/ محمد الربيعي")."""


def slash_correspondent(text: str) -> tuple[str, str] | None:
    """``(place, name)`` of a correspondent's line written with a slash, as Iraqi papers write it ("بغداد/ محمد
    الربيعي", "بغداد / تبارك المجيدي"): a place of one or two words and the name opening on a first name one knows
    (``plaintext_credits.writer_name``), or a city one knows and a name of two or three words
    (``plaintext_credits.name_after_city``); else None ("بغداد/ 3 كانون الأول" is a dateline, "البصرة/ المدى" a
    place and the paper, "بغداد/ وزارة الخارجية" no person)."""
    if "/" not in text or len(text) > _SLASH_LINE_CHARS:
        return None  # (most lines: one scan)
    found = _SLASH_CORRESPONDENT_RE.match(text.strip())
    if found is None:
        return None
    from newstui.parse.plaintext_credits import name_after_city, writer_name  # (they read bylines: imported here)

    place, name = found.group("place"), found.group("name")
    if writer_name(name) is not None:
        return place, name
    if _family_named(name) and name_after_city(f"{place}: {name}") is not None:
        return place, name  # (after a city one knows, a first name and a family's: "بغداد/ تبارك المجيدي")
    return None


_SLASH_CREDIT_CHARS: Final = 80
_SLASH_CREDIT_SLASHES: Final = 2


def slash_credit(text: str) -> tuple[str, str, str] | None:
    """``(place, name, agency)`` of a correspondent's line written with slashes and closed by the news agency's name,
    as Anadolu writes its house dateline ("أنقرة/ محمد شيخ يوسف/ الأناضول", spaced too: "دمشق / سامر حداد / سانا",
    a closing slash maybe after it): the place and name a ``slash_correspondent`` line and the last part an agency
    (``plaintext_dates.bare_agency``); else None ("البصرة/ شح المياه/ الأناضول" names no person)."""
    if text.count("/") < _SLASH_CREDIT_SLASHES or len(text) > _SLASH_CREDIT_CHARS:
        return None  # (most lines: one scan)
    stripped = text.strip().removesuffix("/").rstrip()
    cut = stripped.rfind("/")
    agency = stripped[cut + 1 :].strip()
    if cut < 0 or not agency:
        return None
    from newstui.parse.plaintext_dates import bare_agency  # (it is imported by what reads bylines: imported here)

    if not bare_agency(agency) or (slashed := slash_correspondent(stripped[:cut])) is None:
        return None
    return slashed[0], slashed[1], agency


def _family_named(name: str) -> bool:
    """Whether a name whose first name newstui does not know is shaped like a person's: a first word without the
    article, no body ("وزارة"), title ("رئيس") or feminine noun ("زيارة", "أزمة"), and a family name of the article
    and a nisba's "ي" last ("تبارك المجيدي"). A topic after a slash ("شح المياه", "سيول جارفة", "زيارة الأربعين",
    "أزمة الكهرباء تتفاقم") is none."""
    from newstui.parse.plaintext_credits import is_title_word

    words = [normalize(word) for word in name.split()]
    first, last = words[0], words[-1]
    if first.startswith("ال") or first.endswith("ه") or first in _BODY_WORDS or is_title_word(first):
        return False
    return len(last) > 4 and last.startswith("ال") and last.endswith("ي")


_CLOSING_COLON: Final = re.compile(r"\s*[:：]+\s*$")
"""A colon closing an author field's name ("محمود عبد الرحيم:"): no name ends so."""


_AUTHOR_DATE_SEPARATOR: Final = re.compile(r"\s*[·•|,،;؛]\s*|\s+[-–—]\s+")
"""What may set a date after the name in an author field: a dot, a bar, a comma (trafilatura's "; "), a dash."""
_TRAILING_SEPARATORS: Final = re.compile(r"(?:\s*[·•|,،;؛]|\s+[-–—])+\s*$")


def author_without_date(text: str) -> tuple[str, str | None]:
    """An author field without the date a separator sets after its name, and that date's ISO form (None when
    the part is no whole date): "سامر الخطيب · الاثنين 16 نوفمبر 2026" gives ``("سامر الخطيب", "2026-11-16")``,
    "By Jane Doe | Monday, Nov 16, 2026" ``("By Jane Doe", "2026-11-16")``, trafilatura's "Jane Doe; Monday;
    Nov" ``("Jane Doe", None)``, "فلان · منذ ساعتين" (a relative time) ``("فلان", None)``. What follows a
    separator and is no date stays: a second name, an agency, a place or a job title ("Anna Schmidt,
    Reuters", "فلان – القاهرة"). A date after a space only is cut too ("فلان منذ ساعتين", "فلان 29 نوفمبر 2026":
    ``date_after_name``)."""
    from newstui.parse.plaintext_dates import dateline_kind, is_relative_stamp, iso_date, opens_date

    text = _TRAILING_SEPARATORS.sub("", text)  # "Jane Doe ·": trafilatura cut the date at its first digit
    for found in _AUTHOR_DATE_SEPARATOR.finditer(text):
        head, rest = text[: found.start()].strip(), text[found.end() :].strip()
        if not head or not rest:
            continue
        if has_digit(head) and (spaced := date_after_name(text))[0] != text:
            return spaced  # "فلان الأحد 29 نوفمبر 2026 - 10:30 م": the date begins before the dash
        kind = dateline_kind(rest)
        if kind is not None:
            return head, iso_date(rest)
        first, *more = _AUTHOR_DATE_SEPARATOR.split(rest, maxsplit=1)
        if is_relative_stamp(rest) or opens_date(first, month=not more):  # "Jane Doe; Nov" too, cut at the day
            return head, None
    return date_after_name(text)


_STAMP_HINT: Final = re.compile(r"[0-9٠-٩]|منذ|قبل|\bago\b", re.IGNORECASE)
_CUT_STAMPS: Final = frozenset({"منذ", "قبل"})
_DATE_WORDS: Final = 8
"""Most words of a date read after a name without a separator ("الأحد 29 نوفمبر 2026 10:30 م")."""


def date_after_name(text: str) -> tuple[str, str | None]:
    """``author_without_date`` of a field whose date follows the name after a space only, as an extractor joins a
    byline's elements (``<a>فلان</a> <time>منذ ساعتين</time>`` read as "فلان منذ ساعتين"): the name, and the date's
    ISO form when it is a whole one ("فلان 29 نوفمبر 2026"); a relative time too ("فلان منذ ساعتين"). Only a date
    that is nothing else (a sure dateline's words, opening on a weekday, a day or a month) is cut; the name must have
    no digit. A "منذ" or "قبل" that ends the field is a relative time cut at its number ("فلان منذ", as trafilatura
    gives "فلان منذ 3 ساعات")."""
    from newstui.parse.plaintext_dates import dateline_kind, is_relative_stamp, iso_date, opens_date

    if _STAMP_HINT.search(text) is None:
        return text, None
    words = text.split()
    if len(words) > 1 and words[-1] in _CUT_STAMPS:
        return " ".join(words[:-1]), None
    for start in range(1, len(words)):
        head, rest = " ".join(words[:start]), " ".join(words[start:])
        if has_digit(head) or len(words) - start > _DATE_WORDS:
            continue
        if is_relative_stamp(rest):
            return _without_linker(head), None
        if start + 1 < len(words) and words[start] in _WEEKDAY_NAMES and words[start + 1] in _WEEKDAY_NAMES:
            continue  # "محمد الجمعة الخميس 26 نوفمبر 2026": no date opens on two weekdays, the first is the name's
        if opens_date(words[start], month=True) and dateline_kind(rest) == "sure":
            day = iso_date(rest)
            if words[start] in _WEEKDAY_NAMES and _names_weekday(head, words[start], day):
                continue  # "خالد الجمعة 26 نوفمبر 2026": the weekday is the name's, the date is the day's alone
            return _without_linker(head), day
    return date_before_byline(text)


_WEEKDAY_NAMES: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        ("الاثنين الإثنين", "الثلاثاء", "الأربعاء الاربعاء", "الخميس", "الجمعة الجمعه", "السبت", "الأحد الاحد")
    )
    for name in names.split()
}
"""Arabic weekdays as written, which are family names too ("محمد الجمعة", "سعد السبت"), and their numbers
(``date.weekday``: Monday is 0)."""
_SHORTEST_NAME: Final = 2


def _names_weekday(head: str, weekday: str, day: str | None) -> bool:
    """Whether a weekday between a name (``head``) and a date (``day``, its ISO form) ends the name ("خالد الجمعة 26
    نوفمبر 2026", a family name) rather than opens the date ("يوسف العمراني الخميس 26 نوفمبر 2026"): a date of a
    year names its own weekday, and one that is not ``weekday`` (26 November 2026 was a Thursday) leaves it to the
    name; one that is opens the date. A date without a year cannot tell: the weekday is the name's when the name
    would be one word without it ("سعد السبت 28 نوفمبر": "سعد" alone is not taken for a byline's name)."""
    if day is not None and len(day) >= _ISO_DAY_CHARS:
        try:
            return date.fromisoformat(day[:_ISO_DAY_CHARS]).weekday() != _WEEKDAY_NAMES[weekday]
        except ValueError:
            pass
    name = byline_name(head, field=True) or head
    return len(_without_linker(name).split()) < _SHORTEST_NAME


_ISO_DAY_CHARS: Final = len("2026-11-30")


NAME_DATE_LINKERS: Final = frozenset({"في", "فى", "بتاريخ", "on", "at"})
"""The word that joins a writer's name to the date after it ("بواسطة فلان في 28 نوفمبر 2026", "By Jane Roe on
…"): no part of the name."""


def _without_linker(head: str) -> str:
    """A name read before a date without the word joining them (``NAME_DATE_LINKERS``): "فلان في" is "فلان"."""
    words = head.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in NAME_DATE_LINKERS else head


_INNER_MARKER: Final = re.compile(rf"\s(?:{BARE_MARKER_PATTERN})\s", re.IGNORECASE)
"""A byline's marker that may stand without a separator, inside a line ("… 2026 بواسطة فلان", "… by Jane Roe")."""


def date_before_byline(text: str) -> tuple[str, str | None]:
    """A date written before a byline's marker without a separator, WordPress's "Posted on DATE by NAME" ("نشر في 28
    نوفمبر 2026 بواسطة فلان"): the byline from its marker on, and the date's ISO form; the text as it is, and None,
    when what stands before the marker is no sure dateline (``date_after_name`` reads this order too)."""
    from newstui.parse.plaintext_dates import dateline_kind, iso_date

    found = _INNER_MARKER.search(text)
    if found is None or not has_digit(head := text[: found.start()]) or dateline_kind(head) != "sure":
        return text, None
    return text[found.start() :].strip(), iso_date(head)


_SITE_HEADS: Final = frozenset(normalize(word) for word in "موقع صحيفة جريدة بوابة شبكة قناة مجلة".split())
"""A site's word before its name, which an author field may leave out ("موقع الخبر اليقين", "الخبر اليقين")."""


def _site_key(name: str) -> str:
    """``name`` folded for comparing a site's names: normalized, lower-case, without a site's word first."""
    words = normalize(name).lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _SITE_HEADS else words)


def author_beside_source(author: str | None, source: str | None) -> str | None:
    """``author``, or None when it only names the story's own source: a site whose CMS fills the author with its
    own name (``<meta name="author" content="المدار">`` on المدار's page, a feed's ``<dc:creator>`` that is its
    channel's title), which names no writer; a site's word before either name ("موقع …") does not count."""
    if not author or not source or _site_key(author) != _site_key(source):
        return author
    return None


_SOURCE_WORDS: Final = frozenset(normalize(word) for word in "المصدر المصادر مصدر source sources".split())
"""The words of an attribution's marker ("المصدر: وكالات", ``markers``) an extractor may give without its colon."""


_PERSON_MARKERS: Final = frozenset(normalize(marker) for marker in ("كتبت", "بقلم", "الكاتبة"))
"""The first words of byline markers that name a person: the feminine "كتبت" (she wrote) and "الكاتبة", "بقلم" (by
the pen of: "بقلم الكاتبة الصحفية:" too)."""
_PERSON_AGENCIES: Final = frozenset(normalize(name) for name in ("سبأ", "وفا", "نينا", "بترا", "سانا"))
"""Agencies' one-word names that are given names too (Yemen's سبأ, Palestine's وفا, Iraq's نينا, Jordan's بترا,
Syria's سانا): after a person's marker (``_PERSON_MARKERS``), a writer's."""


@lru_cache(maxsize=1024)  # (a feed names its few writers on every entry: each asked once)
def author_credit(text: str, *, field: str | None = None) -> str | None:
    """The credit an author field gives instead of a writer's name, else None: a news agency alone ("رويترز",
    "وكالات", "أ ف ب", "AFP", "فرانس برس": ``html_meta.is_news_agency``; of initials, only a known agency's,
    "ع. م" being a staff writer's), or the source after an attribution's marker ("المصدر: وكالات", "Source:
    Reuters", "نقلا عن رويترز"; an extractor's colon-less "المصدر وكالات" only before an agency). A writer's name
    gives None ("سامر حداد", "J. R. Smith"), so does a marker alone ("المصدر:").

    ``field`` is the author field ``text`` was read from, its byline's marker with it: after a marker that names a
    person ("كتبت: سبأ", "بقلم: نينا") an agency's name that is a given name too is the writer's (None)."""
    text = text.strip()
    if not text or len(text) > ATTRIBUTION_VALUE_CHARS:
        return None
    found = match_marker(text)
    if found is not None:
        kind, rest = found
        return (rest or None) if kind is MarkerKind.ATTRIBUTION else None
    first, _, rest = text.partition(" ")
    if rest.strip() and normalize(first).lower() in _SOURCE_WORDS and _field_agency(rest.strip()):
        return rest.strip()  # trafilatura's "المصدر وكالات", the byline's colon dropped
    if not _field_agency(text):
        return None
    if field is not None and normalize(text) in _PERSON_AGENCIES and _person_marked(field):
        return None  # "كتبت: سبأ": she wrote it
    return text


def _field_agency(text: str) -> bool:
    """``html_meta.is_news_agency`` of an author field: initials only a known agency's ("أ ف ب", "د ب أ"), not any
    single letters ("ع. م", a staff writer's)."""
    from newstui.parse.html_meta import is_news_agency
    from newstui.parse.plaintext_dates import is_agency

    return is_news_agency(text) and (is_agency(text, initials=False) or not is_agency(text))


def _person_marked(field: str) -> bool:
    """Whether an author field or byline opens on a marker that names a person (``_PERSON_MARKERS``: "كتبت:",
    "بقلم")."""
    parts = byline_parts(field, field=True)
    if parts is None:
        return False
    words = normalize(parts[0]).strip(_MARKER_SEPARATORS + " ").split()
    return bool(words) and words[0] in _PERSON_MARKERS


def opens_on_source(text: str) -> bool:
    """Whether an author field opens on an attribution's marker word ("المصدر: وكالات", an extractor's "المصدر
    وكالات", "Source Reuters"): no writer's name does, so the field's own element is read for its credit."""
    first = text.lstrip().split(None, 1)[0] if text.strip() else ""
    return normalize(first.rstrip(_MARKER_SEPARATORS)).lower() in _SOURCE_WORDS


def ends_on_date_word(name: str) -> bool:
    """Whether a name of two words or more ends on a date's first word, a weekday or a date's label
    ("يوسف العمراني الخميس", "Jane Doe Monday"): what an extractor leaves of a date it cut at its first digit
    (``<a>فلان</a> <span>الخميس 26 نوفمبر 2026</span>`` read as "فلان الخميس"). Only a hint: the element's own
    text tells whether a date follows (a name may end on such a word)."""
    from newstui.parse.plaintext_dates import opens_date

    head, _, last = name.rstrip().rpartition(" ")
    return bool(head.strip()) and not has_digit(last) and opens_date(last)


_SPACED_AND: Final = re.compile(r"\s+و\s+(?=[\u0621-\u064a])")
"""A "و" (and) standing apart between two names ("سامر حداد و منى الخطيب")."""


def listed_names(name: str) -> str:
    """``html_meta.listed_writers`` of an author value, its "و" written apart from the second name too: "سامر حداد
    و منى الخطيب" gives "سامر حداد، منى الخطيب" as "سامر حداد ومنى الخطيب" does. A value whose parts are not each a
    writer's name stays as written ("سامر حداد و الشركاء", "سامر حداد و 3 آخرون")."""
    from newstui.parse.html_meta import listed_writers

    if "و " in name:
        attached = _SPACED_AND.sub(" و", name)
        if attached != name and (listed := listed_writers(attached)) != attached:
            return listed
    return listed_writers(name)
