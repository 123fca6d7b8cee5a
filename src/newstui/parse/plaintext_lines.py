"""The sample format's lines, classified: markers, list items, headlines, furniture, separators; lead titles.

Shared by the full parse (``parse.plaintext``) and the first-lines reader of title-only listings
(``parse.plaintext_head``), so both see the same lines and decide the same way. What a line says is
read by ``plaintext_credits`` (credit lines), ``plaintext_addresses`` (web addresses),
``plaintext_keywords`` (keyword lines) and ``plaintext_byline`` (the lines over the text).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final, Literal, NamedTuple

from newstui.parse.markers import MarkerKind, is_sentence_end, match_marker, split_byline, split_list_item
from newstui.parse.plaintext_addresses import URL_RE, address_of
from newstui.parse.plaintext_credits import credit_line, place_shaped
from newstui.parse.plaintext_dates import bare_agency, dateline_kind, is_agency, is_date_line
from newstui.text.digits import has_digit
from newstui.text.harakat import strip_harakat
from newstui.text.lazy_regex import LazyRegex
from newstui.text.normalize import normalize
from newstui.text.sentences import first_sentence

__all__ = [
    "RATING_STARS",
    "RULE_CHARS",
    "WORD_SIGNS",
    "TITLE_MAX",
    "Line",
    "byline_and_date",
    "byline_date_apart",
    "LineAt",
    "classified_lines",
    "classified_with_rules",
    "classify",
    "edge_marks_dropped",
    "first_sentence",
    "furniture_kind",
    "headline_in_place",
    "headline_like",
    "is_date_line",
    "is_furniture",
    "is_ligature_line",
    "is_photo_caption",
    "is_photo_credit",
    "is_rule",
    "is_star_rating",
    "is_stamp",
    "kept",
    "lead_title",
    "line_core",
    "place_agency",
    "run_kept",
    "star_rating",
]

TITLE_MAX: Final = 120
"""Longest title derived from a lead sentence, "…" included."""

_HEADLINE_MAX_CHARS: Final = 200
_HEADLINE_MAX_WORDS: Final = 30
_LONG_HEADLINE_MAX_CHARS: Final = 300
_LONG_HEADLINE_MAX_WORDS: Final = 45
_LONG_HEADLINE_MARKS: Final = frozenset(".,،:;؛!?؟…-–—|/()[]")
"""What a headline longer than ``_HEADLINE_MAX_WORDS`` words or ``_HEADLINE_MAX_CHARS`` characters holds none of
(``_long_headline``): a sentence's or a clause's end, a dash, a bar or a bracket; a headline-less file's lead, as long,
has its commas and full stops, or opens on its dateline's dash."""
_TITLE_TRIM: Final = " \t,،;؛:-–—(«“\"'"
_TRAILING_STOPWORDS: Final = frozenset(
    normalize(word)
    for word in (
        "في من على إلى الى عن مع أن إن ان لا قد و أو ثم بعد قبل حول بين التي الذي الذين ما لم لن كان"
        " the a an of to in on for and or with at by from as that which is are was were"
    ).split()
)


class Line(NamedTuple):
    """One non-empty input line, classified once."""

    text: str
    """The line, stripped."""
    marker: MarkerKind | None
    rest: str
    """The text after the marker (markers only)."""
    item: str | None
    """The text without its bullet or number, for list lines."""
    plain: bool
    """Neither a marker nor a list line."""


_MD_HEADING: Final = re.compile(r"#{1,6}[ \t]+(?=\S)")
"""A Markdown heading's opening hashes ("## عنوان"; a hashtag, "#اقتصاد", has no space after its hash)."""
_MD_CLOSING: Final = re.compile(r"[ \t]+#+$")
_MD_STRONG: Final = re.compile(r"(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])")
"""Markdown's strong emphasis around words ("**المصدر:**", "يعود **مهرجان الزيتون** هذا العام"), not
stars inside a word or a number ("2**3 = 8 و a**b", "**kwargs")."""


def _without_markdown(text: str) -> str:
    """A stripped line without Markdown's heading hashes and strong-emphasis stars (a note's ``# العنوان``)."""
    if text[0] == "#" and (heading := _MD_HEADING.match(text)) is not None:
        text = _MD_CLOSING.sub("", text[heading.end() :])
    if "**" in text:
        text = _MD_STRONG.sub(r"\1", text)
    return text


def classify(text: str) -> Line:
    """``text`` (a stripped line that counts) classified: a marker, a list line or a plain line."""
    if text[0] == "#" or "**" in text:
        text = _without_markdown(text)
    marker = match_marker(text)
    if marker is not None:
        return Line(text, marker[0], marker[1], None, False)
    item = split_list_item(text)
    return Line(text, None, "", item, item is None)


_EDGE_MARKS: Final = "\u200b\u200c\u200d\u200e\u200f\u061c\u2060"
"""Invisible marks that text copied from a word processor or a page (``&rlm;``) carries at line edges: ZWSP,
ZWNJ, ZWJ, LRM, RLM, ALM, word joiner."""
_EDGE_RE: Final = re.compile(f"^([\\s{_EDGE_MARKS}]*)(.*?)([\\s{_EDGE_MARKS}]*)$", re.DOTALL)
_MARK_SIDE: Final = {"\u200e": "L", "\u200f": "R", "\u061c": "R"}
"""The direction a directional mark stands for (LRM left to right; RLM, ALM right to left)."""
_STRONG_SIDE: Final = {"L": "L", "R": "R", "AL": "R"}
_NOT_NEUTRAL: Final = frozenset(("L", "R", "AL", "EN", "AN"))
"""Bidi classes of letters and digits: a mark right after one sets nothing."""


def _strong_sides(text: str) -> list[str]:
    """The directions of ``text``'s strong characters, in order ("L" or "R")."""
    bidirectional = unicodedata.bidirectional
    return [side for char in text if (side := _STRONG_SIDE.get(bidirectional(char), ""))]


def _idle_marks(marks: str, core: str, *, leading: bool) -> bool:
    """Whether the marks at one edge of a line (``core`` its text between them) change nothing on screen.

    A ZWSP or joiner at an edge joins or breaks nothing. A direction mark before the text sets the paragraph's
    direction, so it matters only when the first letter after it runs the other way and the line is not one
    an Arabic story sets right to left anyway (its Arabic letters not outnumbered twice by Latin ones,
    ``text.paragraphs.paragraph_direction``). One after the text sets only the neutrals (a full stop, a
    bracket) closing the line, and only when the last letter before them runs its way and the paragraph the
    other way (an LRM after "(Reuters)." in an Arabic line); otherwise they take the paragraph's direction,
    with it or without it."""
    sides = {_MARK_SIDE[mark] for mark in marks if mark in _MARK_SIDE}
    if not sides:
        return True
    strong = _strong_sides(core)
    if not strong:
        return False
    rtl_anyway = "R" in strong and strong.count("L") <= 2 * strong.count("R")
    if len(sides) > 1:
        return leading and rtl_anyway
    side = sides.pop()
    if leading:
        return strong[0] == side or rtl_anyway
    if unicodedata.bidirectional(core[-1]) in _NOT_NEUTRAL or strong[-1] != side:
        return True
    return rtl_anyway if side == "R" else "R" not in strong


def line_core(raw: str) -> str:
    """A raw line stripped of white space and of the invisible marks at its edges that change nothing (ZWSP,
    RLM before Arabic letters, …), or of all of them when what is left is a marker, dateline or author line.

    Text copied from a word processor or a page carries such marks; read with them a marker, a dateline or a
    byline is not recognised (as a BOM, which the sanitizer drops, would not be). Marks inside the line and
    marks that set its direction (an RLM before a Latin word) stay in a paragraph.
    """
    stripped = raw.strip()
    if not stripped or (stripped[0] not in _EDGE_MARKS and stripped[-1] not in _EDGE_MARKS):
        return stripped
    found = _EDGE_RE.match(stripped)
    if found is None:  # (the pattern matches any text)
        return stripped
    before, core, after = found.group(1).translate(_NO_SPACE), found.group(2), found.group(3).translate(_NO_SPACE)
    if not core:
        return stripped
    if (not before or _idle_marks(before, core, leading=True)) and (
        not after or _idle_marks(after, core, leading=False)
    ):
        return core
    if match_marker(core) is not None or is_date_line(core) or credit_line(core) is not None:
        return core
    return before + core + after


_NO_SPACE: Final = {ord(char): None for char in " \t\f\v\r\u00a0"}


def edge_marks_dropped(text: str) -> str:
    """``text`` with every line's idle edge marks dropped (``line_core``); ``text`` itself when it holds none."""
    if not any(mark in text for mark in _EDGE_MARKS):
        return text
    lines = text.split("\n")
    changed = False
    for index, raw in enumerate(lines):
        stripped = raw.strip()
        if stripped and (stripped[0] in _EDGE_MARKS or stripped[-1] in _EDGE_MARKS):
            core = line_core(raw)
            if core != stripped:
                lines[index] = core
                changed = True
    return "\n".join(lines) if changed else text


_CAPTION_LABEL: Final = re.compile(
    r"(?:(?:ال)?صور[ةه]|تصوير|عدسة|(?:photo|image|picture|photograph)(?:\s+credit)?|credit)\s*:"
    r"|(?:photo|picture)\s+by\s|صورة\s+أرشيفية\s*[-–—:]",
    re.IGNORECASE,
)
"""How a photo's caption or credit opens: "الصورة:", "تصوير:", "Photo:", "Photo by …"."""
_CAPTION_CREDIT: Final = re.compile(r"\s[-–—|/]\s*(?:تصوير|عدسة|photo|credit)\s*:\s", re.IGNORECASE)
"""A photographer's credit after a caption ("… - تصوير: مروان علي", "… | Photo: J. Roe")."""
_CLOSING_BRACKET: Final = re.compile(r"\(([^()]{1,40})\)\s*$")
_CAPTION_MAX_CHARS: Final = 200


def is_photo_caption(text: str) -> bool:
    """A photo's caption or credit: opening on "الصورة:" / "تصوير:" / "Photo:", with a photographer's credit
    after a dash ("… - تصوير: مروان علي"), or closing on an agency in brackets with no sentence ended before it
    ("صورة أرشيفية لمرصد الفضاء (رويترز)", "Ariane 6 on the launch pad (AFP)"; a wire lead's "… أمس. (رويترز)"
    is text). Over a headline it is no headline (a page's picture above its title, saved as text)."""
    if len(text) > _CAPTION_MAX_CHARS:
        return False
    if _CAPTION_LABEL.match(text) is not None or _CAPTION_CREDIT.search(text) is not None:
        return True
    if not text.endswith(")") or (found := _CLOSING_BRACKET.search(text)) is None:
        return False
    body = text[: found.start()].rstrip()
    names = [part.strip() for part in re.split(r"[/+،,]|\s[-–]\s", found.group(1))]
    return bool(body) and body[-1] not in ".!?؟…:;؛" and all(name and is_agency(name) for name in names)


_PHOTO_CREDIT_MAX_CHARS: Final = 60
_PHOTO_CREDIT_INITIALS: Final = frozenset("تعصاPpIi")
"""Letters a photographer's credit opens on ("تصوير", "عدسة", "صور", "الصور", "الصورة", "Photo", "Images")."""
_PHOTO_CREDIT_RE: Final = LazyRegex(
    r"(?:(?:ال)?صور[ةه]?|تصوير|عدسة|photos?|photography|images?)\s*:\s*"
    r"[^\W\d_][^\d!?؟:;؛]*(?<!\.)",
    re.IGNORECASE,
)
_PHOTO_CREDIT_MAX_WORDS: Final = 4
"""Most words of a photographer's name (or an agency's) after the label: "صور: حسن عسل", "تصوير: أ ف ب"."""


def is_photo_credit(text: str) -> bool:
    """A photographer's credit alone on a line, a label, a colon and a name: "تصوير: رامي فارس", "صور: حسن
    عسل", "الصور: وكالة الأناضول", "عدسة: سامي علي", "Photo: Jane Roe". Under a headline, beside its byline and
    dateline, it is the head's furniture (the line stays a paragraph); "صور: افتتاح المتحف الكبير في القاهرة", the
    name too long, or with a sentence's marks or a number, is not one (a gallery's headline may open so)."""
    if len(text) > _PHOTO_CREDIT_MAX_CHARS or text[:1] not in _PHOTO_CREDIT_INITIALS or ":" not in text:
        return False  # (most lines: three cheap looks)
    found = _PHOTO_CREDIT_RE.fullmatch(text)
    return found is not None and len(text[text.index(":") + 1 :].split()) <= _PHOTO_CREDIT_MAX_WORDS


_BYLINE_PARTS: Final = re.compile(r"[ \t]+(?:[|/–—]|-)[ \t]+")
"""What stands between a top byline's parts ("الشروق | صحة | 30 نوفمبر 2026", "الشروق / صحة / …")."""
_BYLINE_SITE_WORDS: Final = 4


def byline_and_date(line: str) -> tuple[str, str] | None:
    """A top byline that carries the date, apart: ``(byline, dateline)``, else None.

    "الشروق | صحة | 30 نوفمبر 2026" is ``("الشروق | صحة", "30 نوفمبر 2026")``, and so with slashes, dashes and a
    time ("الشروق – صحة – الإثنين 30 نوفمبر 2026 - 10:15 ص"): the parts before the first part where date material
    alone begins are a ``source – section`` byline (slashes read as bars), or a site's name alone before a bar or a
    slash ("الشروق | 30 نوفمبر 2026"; before a dash it is a place's dateline, "القاهرة – 30 نوفمبر 2026").
    """
    if len(line) > _HEADLINE_MAX_CHARS or not has_digit(line):
        return None
    for found in _BYLINE_PARTS.finditer(line):
        byline, date = line[: found.start()].strip(), line[found.end() :].strip()
        if has_digit(byline):
            return None  # the date (or a number) starts before: no byline of a source and a section
        if dateline_kind(date) != "sure" or split_byline(date) is not None:
            continue
        if _BYLINE_PARTS.search(byline) is not None:
            byline = _BYLINE_PARTS.sub(lambda part: " | " if "/" in part.group() else part.group(), byline)
            parts = split_byline(byline)
            return (byline, date) if parts is not None and _site_and_section(*parts) else None
        separator = found.group().strip()
        if separator in "|/" and len(byline.split()) <= _BYLINE_SITE_WORDS and match_marker(byline) is None:
            return (byline, date) if any(map(str.isalpha, byline)) and _site_shaped(byline) else None
    return None  # (a place and a date after a dash, "صحة – 30 نوفمبر 2026", is no date material alone: read on)


_SITE_WORDS: Final = frozenset(
    normalize(word) for word in "موقع صحيفة جريدة بوابة شبكة قناة مجلة وكالة إذاعة تلفزيون نيوز".split()
)
_HEADLINE_LABELS: Final = frozenset(
    normalize(word) for word in "تقرير تحقيق حوار متابعة تحليل رأي مقال خبر فيديو بالصور بالفيديو عاجل".split()
)
_SECTION_MAX_WORDS: Final = 3


def _site_shaped(source: str) -> bool:
    """Whether a top byline's first part is shaped like a site's name: a word or two ("الشروق", "المصري اليوم"),
    or led or closed by a site word ("صحيفة الساحل", "الوطن نيوز"), never a headline's label ("تقرير")."""
    words = source.split()
    if not words or normalize(source) in _HEADLINE_LABELS:
        return False
    if normalize(words[0]) in _SITE_WORDS or normalize(words[-1]) in _SITE_WORDS:
        return True
    return len(words) <= 2 or all(word[:1].isupper() for word in words if word.isalpha())


def _site_and_section(source: str, section: str) -> bool:
    """Whether ``source | section`` of a top byline is one: a site's name and a section of a few words (the
    middle part of "تقرير | الذهب يقفز إلى مستوى قياسي | 2 ديسمبر 2026" is a headline)."""
    return _site_shaped(source) and len(section.split()) <= _SECTION_MAX_WORDS


def byline_date_apart(text: str) -> str:
    """``text`` with its first line, when a byline that carries the date (``byline_and_date``), as two lines: the
    byline, then the dateline (read as a dateline under it is); ``text`` itself otherwise."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            if not kept(line):
                return text
            found = byline_and_date(line)
            return text if found is None else f"{text[:start]}{found[0]}\n{found[1]}{text[end:]}"
        start = end + 1
    return text


def is_furniture(text: str) -> bool:
    """A URL, dateline or author line: page furniture that may sit between a headline and the text."""
    return furniture_kind(text) is not None


def furniture_kind(text: str) -> Literal["url", "author", "date"] | None:
    """Which furniture a line is: ``"url"``, ``"author"`` or ``"date"`` (checked in that order), else None.

    ``"date"`` is a dateline, and so are the lines a page prints beside one that date nothing: a place and its
    news agency ("القاهرة - أ ش أ", "دمشق-سانا": a wire's dateline without its date, ``place_agency``) and a
    page's stamps (a view counter, a comment count, a reading time: ``is_stamp``), and a Basmala alone ("﷽",
    ``is_ligature_line``). None of them is a headline or the text's lead, and each stays in the text where it
    stands, as a dateline does.
    """
    if address_of(text) is not None:
        return "url"
    if _is_author_line(text):
        return "author"
    if is_date_line(text):
        return "date"
    return "date" if _dateless_furniture(text) else None


def _dateless_furniture(text: str) -> bool:
    """A place and its agency or a page's stamp: furniture of the dateline's kind that no dateline reads; a line of
    Arabic word ligatures too (``is_ligature_line``: "﷽"), which stays in the text where it stands and is never the
    lead a title is taken from."""
    return len(text) <= _SHORT_FURNITURE_CHARS and (
        is_stamp(text) or place_agency(text) is not None or is_ligature_line(text)
    )


_SHORT_FURNITURE_CHARS: Final = 60
"""Longest place-and-agency line or stamp (most lines are longer: one comparison and they are no such line)."""
_NUMBER: Final = r"[0-9٠-٩][0-9٠-٩,.٬٫]*(?:\s*(?:ألف|الف|مليون|[kKm]))?"
_STAMP_RE: Final = re.compile(
    # a view or comment counter: "عدد المشاهدات: 12,450", "المشاهدات 1.2K", "Views: 1204", "التعليقات (4)"
    r"(?:(?:عدد\s+)?(?:ال)?(?:مشاهدات|قراءات|زيارات|تعليقات)|views|reads|page\s?views|hits|comments)"
    rf"\s*[:：]?\s*\(?{_NUMBER}\)?"
    # the number first: "12,450 مشاهدة", "3 تعليقات", "1,204 views", "3 Comments"
    rf"|\(?{_NUMBER}\)?\s*(?:مشاهدة|مشاهدات|قراءة|قراءات|زيارة|زيارات|تعليق|تعليقا|تعليقات|views?|reads|hits|comments?)"
    # a reading time: "قراءة 3 دقائق", "مدة القراءة: 2 دقيقة", "3 دقائق قراءة", "Reading time: 4 min", "5 min read"
    rf"|(?:(?:مدة|وقت|زمن)\s+)?(?:ال)?قراءة\s*[:：]?\s*{_NUMBER}\s*(?:دقيقة|دقائق|د)"
    rf"|{_NUMBER}\s*(?:دقيقة|دقائق)\s+(?:لل|ل)?قراءة"
    rf"|reading\s+time\s*[:：]?\s*{_NUMBER}\s*min(?:ute)?s?|{_NUMBER}\s*min(?:ute)?s?\s+read",
    re.IGNORECASE,
)


def is_stamp(text: str) -> bool:
    """Whether a line is a page's stamp under its headline, beside the dateline, and only that: a view counter
    ("عدد المشاهدات: 12,450", "12,450 مشاهدة"), a comment count ("3 تعليقات", "التعليقات (4)") or a reading time
    ("قراءة 3 دقائق", "5 min read"). A number inside a sentence or a headline ("12 قراءة في كتاب جديد") is none."""
    return len(text) <= _SHORT_FURNITURE_CHARS and has_digit(text) and _STAMP_RE.fullmatch(text.strip()) is not None


_TIGHT_PLACE_AGENCY: Final = re.compile(r"^(?P<place>[^\W\d_][^-–/|]*?)\s*[-–/]\s*(?P<agency>[^\W\d_][^-–/|]*?)\s*/?$")
"""A place and an agency with the dash or slash tight against a word, as agencies' own copy writes them: "دمشق-سانا",
"القاهرة/ أ ش أ/" (a closing slash too)."""
_TIGHT_MAX_CHARS: Final = 40
_PLACE_AGENCY_MARKS: Final = frozenset("-–—|/")
"""What stands between a place and its agency (``split_byline``'s dashes and bar, a tight dash or slash)."""


_CAPTION_WORDS: Final = frozenset(
    normalize(word).lower()
    for word in "صورة الصورة صور الصور أرشيفية ارشيفية أرشيف تصوير عدسة photo photos file image picture credit".split()
)
"""Words of a photo's caption or credit before its agency ("صورة أرشيفية/ رويترز", "Photo/AP"), no place's."""


_PLACE_AGENCY_MAX_CHARS: Final = 80
"""Longest line read as a place and its agency: a place of up to three words and an agency's name, "مدينة الكويت -
وكالة الأنباء الكويتية (كونا)" is 48 characters; a paragraph's length is the common case and costs one look."""


def place_agency(text: str) -> str | None:
    """The agency of a line that is a place and a news agency only ("القاهرة - أ ش أ", "Cairo - Reuters", and tight:
    "دمشق-سانا", "القاهرة/ أ ش أ/"), else None."""
    if len(text) > _PLACE_AGENCY_MAX_CHARS or _PLACE_AGENCY_MARKS.isdisjoint(text):
        return None  # a paragraph, or no dash, bar or slash: most lines (one look, no split)
    found = split_byline(text)
    if found is None and len(text) <= _TIGHT_MAX_CHARS and (tight := _TIGHT_PLACE_AGENCY.match(text.strip())):
        found = (tight.group("place"), tight.group("agency"))
    if found is None or not place_shaped(strip_harakat(found[0])) or not bare_agency(found[1]):
        return None
    if not _CAPTION_WORDS.isdisjoint(normalize(found[0]).lower().split()):
        return None  # a photo's credit ("صورة أرشيفية/ رويترز", "تصوير-أ ف ب", "Photo/AP"): not the story's
    return found[1]


def _is_author_line(text: str) -> bool:
    """A short "By Jane Doe" / "بقلم فلان" / "كتب: فلان" line (``credit_line``)."""
    return credit_line(text) is not None


def headline_like(text: str) -> bool:
    """Short, no final punctuation (a question or exclamation is fine), mostly letters, not a date or author, nor a
    place and its agency or a page's stamp ("القاهرة - أ ش أ", "3 تعليقات")."""
    if not _headline_shape(text) or is_date_line(text) or _is_author_line(text) or URL_RE.search(text):
        return False
    return not _dateless_furniture(text)


def headline_in_place(text: str) -> bool:
    """``headline_like``, or shaped like one and maybe a dateline ("مهرجان الموسيقى – 5 مارس 2025").

    For a line in a headline's place (under the byline or a read-also marker, directly above the
    text): a few words, a dash and a date may be a place's dateline or a headline, and there they are
    the headline. A sure dateline ("الأربعاء 11 سبتمبر 2024", "القاهرة – 11 سبتمبر 2024") never is.
    """
    if not _headline_shape(text) or _is_author_line(text) or URL_RE.search(text) or _dateless_furniture(text):
        return False
    return dateline_kind(text) != "sure"


def _headline_shape(text: str) -> bool:
    """Short, no final punctuation (a question or exclamation is fine), a few words, mostly letters; or a long
    headline of one run of words (``_long_headline``)."""
    if len(text) > _HEADLINE_MAX_CHARS:
        return _long_headline(text)
    stripped = text.rstrip().rstrip("\"'”’»)]›").rstrip()
    if stripped and stripped[-1] in ".:;؛،,…":
        return False
    words = len(text.split())
    if not 2 <= words <= _HEADLINE_MAX_WORDS:
        return words > _HEADLINE_MAX_WORDS and _long_headline(text)
    letters = sum(map(str.isalpha, text))
    return letters * 2 >= len(text) - text.count(" ")


def _long_headline(text: str) -> bool:
    """A headline longer than most, up to ``_LONG_HEADLINE_MAX_WORDS`` words and ``_LONG_HEADLINE_MAX_CHARS``
    characters: one run of words with no punctuation, dash, bar or bracket anywhere (``_LONG_HEADLINE_MARKS``; «»
    quotes aside): "مجلس الأمن يعقد جلسة طارئة لبحث … وسط تحذيرات أممية من مجاعة وشيكة". A lead
    paragraph as long in a file with no headline has a comma, a full stop or its dateline's dash, so it stays the
    lead (and the title its first sentence, cut)."""
    if len(text) > _LONG_HEADLINE_MAX_CHARS or len(text.split()) > _LONG_HEADLINE_MAX_WORDS:
        return False
    if any(char in _LONG_HEADLINE_MARKS for char in text):
        return False
    letters = sum(map(str.isalpha, text))
    return letters * 4 >= 3 * (len(text) - text.count(" "))


def lead_title(paragraph: str, limit: int = TITLE_MAX) -> str:
    """A title made from a lead paragraph: its first sentence, shortened at a word boundary with "…".

    Args:
        paragraph: the article's first paragraph.
        limit: the longest title, "…" included.

    Returns:
        The first sentence without its final full stop when it fits in ``limit`` characters, else its
        first words (not ending on a particle such as "في" or "the") followed by "…".
    """
    sentence = first_sentence(paragraph)
    if len(sentence) <= limit:
        if sentence.endswith(".") and not sentence.endswith(".."):
            sentence = sentence[:-1].rstrip()
        return sentence
    # The longest run of whole words that, single-spaced, fits in limit - 1 characters.
    spaced = " ".join(sentence.split())
    room = limit - 1
    if len(spaced) > room:
        spaced = spaced[:room] if spaced[room] == " " else spaced[: max(spaced.rfind(" ", 0, room), 0)]
    if not spaced:
        return sentence[: limit - 1].rstrip() + "…"
    words = spaced.split(" ")
    while len(words) > 3 and normalize(words[-1]) in _TRAILING_STOPWORDS:
        words.pop()
    return " ".join(words).rstrip(_TITLE_TRIM) + "…"


LineAt = Callable[[int], Line | None]
"""The ``index``-th classified line of a document, or None past its last line."""


def kept(stripped: str) -> bool:
    """Whether a non-empty stripped line counts: not only symbols ("* * *" only separates), or a star rating
    (``star_rating``: "★★★★☆"). A run of five filled stars counts only under a line that leaves it open
    (``run_kept``). An Arabic word ligature is a word, not a symbol: the Basmala sign "﷽" alone on its line (a
    statement's or sermon's opening) counts, as "ﷲ" and "ﷺ" (letters to Python) do (``WORD_SIGNS``)."""
    if stripped[0].isalnum() or any(map(str.isalnum, stripped)):
        return True
    if not WORD_SIGNS.isdisjoint(stripped):
        return True
    return stripped[0] in RATING_STARS and star_rating(stripped) == "rating"


WORD_SIGNS: Final = frozenset("\ufdfd\ufdfe\ufdff")
"""Arabic ligatures of whole words that Unicode counts as symbols, not letters: the Basmala (U+FDFD, "﷽"),
"سبحانه وتعالى" (U+FDFE) and "عز وجل" (U+FDFF). The other ligatures of that block (U+FDF0–U+FDFB: "ﷲ", "ﷺ",
"ﷻ") are letters."""
_LIGATURES: Final = frozenset(map(chr, range(0xFDF0, 0xFE00))) - {"\ufdfc"}
"""The Arabic ligatures of whole words (U+FDF0–U+FDFF), the rial sign (U+FDFC) aside."""


def is_ligature_line(text: str) -> bool:
    """Whether a line is only Arabic word ligatures, spaces between ("﷽", "ﷺ", "ﷲ ﷻ"): a Basmala over a statement
    or a sermon, a blessing alone. Such a line is a paragraph, never a headline nor the text's lead: over the
    headline it stays the text's first line, as a dateline does (``plaintext_byline``)."""
    return bool(text) and text[0] in _LIGATURES and all(char in _LIGATURES or char.isspace() for char in text)


_FILLED_STARS: Final = "★⭐✭"
_EMPTY_STARS: Final = "☆✩"
_HALF_STARS: Final = "⯨⯩⯪⯫"
RATING_STARS: Final = frozenset(_FILLED_STARS + _EMPTY_STARS + _HALF_STARS)
"""The stars a rating is drawn with: filled, empty and half ones."""
_RATING_MAX_STARS: Final = 10
_STAR_RUN: Final = 5
_RATING_MAX_CHARS: Final = 32
_RATING_SCORE_RE: Final = LazyRegex(r"\(?[0-9٠-٩]{1,2}(?:[.,٫][0-9٠-٩])?/(?:5|10|٥|١٠)\)?")
"""A score beside the stars: "4/5", "(4.5/5)", "٤/٥"."""


def star_rating(text: str) -> Literal["rating", "run"] | None:
    """What a line of stars is: ``"rating"`` for filled and empty (or half) stars together, or stars with their
    score ("★★★★☆", "★★★☆☆ (3/5)", "⭐⭐⭐⭐ 4/5"); ``"run"`` for five filled stars alone ("★★★★★"), a top rating
    or a separator as it stands; else None (a line with words, a row of one star of another length, "★★★")."""
    if len(text) > _RATING_MAX_CHARS or RATING_STARS.isdisjoint(text):
        return None  # (most lines: a length, or a look at a few characters)
    stars = [char for char in text if char in RATING_STARS]
    rest = "".join(char for char in text if char not in RATING_STARS and not char.isspace())
    if not 1 <= len(stars) <= _RATING_MAX_STARS or (rest and _RATING_SCORE_RE.fullmatch(rest) is None):
        return None
    kinds = {0 if star in _FILLED_STARS else 1 if star in _EMPTY_STARS else 2 for star in stars}
    if rest or len(kinds) > 1:
        return "rating"
    return "run" if len(stars) == _STAR_RUN and len(set(stars)) == 1 and not kinds - {0} else None


def is_star_rating(text: str) -> bool:
    """A line of stars alone, a rating or a run of five (``star_rating``): a review's rating under its headline is
    the head's furniture, as a dateline is."""
    return star_rating(text) is not None


def run_kept(stripped: str, above: Line | None) -> bool:
    """Whether a line ``kept`` leaves out is a run of five filled stars (``star_rating``) that counts: right under a
    plain line that leaves it open (no blank line or only blank lines between), a headline, a review's detail
    ("المؤلف: …") or label ("التقييم:"), where it is the top rating; under a sentence, a marker or a list's line, or
    atop the text, it is a separator and is left out (as "* * *" is)."""
    if above is None or not above.plain or stripped[:1] not in RATING_STARS or star_rating(stripped) != "run":
        return False
    return not is_sentence_end(above.text) or above.text.rstrip()[-1:] in ":："


RULE_CHARS: Final = frozenset("-–—*_=~#•·+─━═")
"""What a separator line is drawn with ("---", "———", "* * *", "___", "═══")."""
_RULE_MIN: Final = 3


def is_rule(stripped: str) -> bool:
    """Whether a stripped line is a separator drawn with dashes, stars, underscores or box lines ("* * *", "═══")."""
    drawn = stripped.replace(" ", "")
    return len(drawn) >= _RULE_MIN and all(char in RULE_CHARS for char in drawn)


def classified_with_rules(text: str, known: dict[str, Line] | None = None) -> tuple[list[Line], list[int]]:
    """``classified_lines``, and where separator lines (``is_rule``) stood: the index of the line after each.

    A separator is not a line of the result (it holds no text); an index is given once however many
    separators stand together.
    """
    lines: list[Line] = []
    rules: list[int] = []
    above = False  # whether the last non-empty line counted (a run of stars counts only under one: ``run_kept``)
    for raw in text.split("\n"):
        stripped = line_core(raw)
        if not stripped:
            continue
        if kept(stripped) or (above and run_kept(stripped, lines[-1])):
            found = known.get(stripped) if known else None
            lines.append(found if found is not None else classify(stripped))
            above = True
            continue
        above = False
        if is_rule(stripped) and (not rules or rules[-1] != len(lines)):
            rules.append(len(lines))
    return lines, rules


def classified_lines(text: str, known: dict[str, Line] | None = None, above: Line | None = None) -> list[Line]:
    """The classified non-empty lines that count, in order (``known``: lines classified already, by text; ``above``:
    the line that counted right above ``text``, if any, for a run of stars at its top: ``run_kept``)."""
    lines: list[Line] = []
    last = above
    for raw in text.split("\n"):
        stripped = line_core(raw)
        if not stripped:
            continue
        if kept(stripped) or (last is not None and run_kept(stripped, last)):
            found = known.get(stripped) if known else None
            last = found if found is not None else classify(stripped)
            lines.append(last)
        else:
            last = None
    return lines
