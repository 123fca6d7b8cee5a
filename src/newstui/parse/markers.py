"""The marker vocabulary of saved article pages: bylines, attribution, keywords, read-also and related lists.

Sites spell the same marker many ways: ``إقرأ أيضاً:``, ``اقرأ ايضا :``, ``اقرأ أيضًا``, ``Read more:``.
Each marker is written here once, in plain spelling, and compared after ``normalize`` with the head
of a line, so every variant it folds together matches: hamza forms, alef maksura and Persian yeh,
teh marbuta, keheh, harakat and tatweel, quotes, any spacing, Latin in any case, an optional space
before the colon, and light decoration around the marker (``## Tags:``, ``**Source:**``,
``- Related``). The rest of the line is returned exactly as written.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from typing import Final

from newstui.parse.plaintext_dates import is_date_line
from newstui.text.normalize import normalize

__all__ = [
    "ATTRIBUTION_VALUE_CHARS",
    "BYLINE_BARE_MARKERS",
    "BYLINE_HEADLINE_MARKERS",
    "BYLINE_MARKERS",
    "EDITORIAL_DESKS",
    "MarkerKind",
    "is_attribution_value",
    "is_kicker",
    "is_sentence_end",
    "match_marker",
    "split_byline",
    "split_list_item",
]


class MarkerKind(enum.Enum):
    """What a marker line introduces."""

    ATTRIBUTION = "attribution"
    """``المصدر: X`` -- where the story came from (an agency, another outlet)."""
    KEYWORDS = "keywords"
    """``كلمات دلالية: a، b`` -- the story's tags."""
    READ_ALSO = "read-also"
    """``إقرأ أيضاً:`` -- an embedded story (headline and paragraphs) or one linked headline."""
    RELATED = "related"
    """``مقالات مشابهة`` -- a heading over a list of related headlines."""


# Phrases in plain spelling; `loose` phrases may be followed by text without a colon when the line is
# short, e.g. "Via Reuters", "نقلا عن رويترز", "اقرأ أيضا العنوان".
_STRICT: Final[dict[MarkerKind, tuple[str, ...]]] = {
    MarkerKind.ATTRIBUTION: (
        "المصدر",
        "المصادر",
        "مصدر",
        "المصدر الأصلي",
        "منبع",
        "ماخذ",
        "Source",
        "Sources",
        "Original source",
    ),
    MarkerKind.KEYWORDS: (
        "كلمات دلالية",
        "الكلمات الدلالية",
        "كلمات مفتاحية",
        "الكلمات المفتاحية",
        "كلمات مفاتيح",
        "الكلمات المفاتيح",
        "كلمات مفتاح",
        "الكلمات الدالة",
        "كلمات دالة",
        "كلمات البحث",
        "الوسوم",
        "وسوم",
        "الوسم",
        "هاشتاغ",
        "هاشتاج",
        "هاشتاغات",
        "هاشتاجات",
        "الهاشتاغ",
        "الهاشتاج",
        "الهاشتاغات",
        "الهاشتاجات",
        "Hashtag",
        "Hashtags",
        "برچسب ها",
        "برچسب",
        "کلیدواژه ها",
        "کلید واژه ها",
        "واژگان کلیدی",
        "Tags",
        "Tag",
        "Tagged",
        "Tagged with",
        "Keywords",
        "Key words",
        "Topics",
        "Filed under",
    ),
    MarkerKind.READ_ALSO: (
        "Read also",
        "Also read",
        "Read more",
        "Read next",
        "See also",
        "Also see",
        "Must read",
    ),
    MarkerKind.RELATED: (
        "مقالات مشابهة",
        "مقالات ذات صلة",
        "مقالات متعلقة",
        "أخبار ذات صلة",
        "أخبار متعلقة",
        "أخبار مشابهة",
        "أخبار ذات علاقة",
        "مواضيع ذات صلة",
        "مواضيع مشابهة",
        "مواضيع متعلقة",
        "موضوعات ذات صلة",
        "موضوعات مشابهة",
        "موضوعات متعلقة",
        "الموضوعات المتعلقة",
        "المواضيع المتعلقة",
        "المقالات المتعلقة",
        "أخبار متصلة",
        "الأخبار المتصلة",
        "مواضيع متصلة",
        "موضوعات متصلة",
        "مقالات متصلة",
        "أخبار مرتبطة",
        "مواضيع مرتبطة",
        "موضوعات مرتبطة",
        "مقالات مرتبطة",
        "ذات صلة",
        "ذات الصلة",
        "الأخبار ذات الصلة",
        "أخبار ذات الصلة",
        "المقالات ذات الصلة",
        "مقالات ذات الصلة",
        "مواضيع ذات الصلة",
        "موضوعات ذات الصلة",
        "روابط ذات صلة",
        "روابط ذات الصلة",
        "الأخبار المتعلقة",
        "الأخبار المشابهة",
        "اخترنا لك",
        "اخترنا لكم",
        "مواضيع قد تهمك",
        "موضوعات قد تهمك",
        "أخبار قد تهمك",
        "مقالات قد تهمك",
        "قد يهمك أيضا",
        "قد يهمك",
        "قد يعجبك أيضا",
        "قد يعجبك",
        "يهمك أيضا",
        "الأكثر قراءة",
        "المزيد من الأخبار",
        "المزيد",
        "للمزيد",
        "لمزيد من الأخبار",
        "مطالب مرتبط",
        "مطالب مشابه",
        "اخبار مرتبط",
        "متعلقہ خبریں",
        "Related",
        "Related articles",
        "Related stories",
        "Related news",
        "Related posts",
        "Related content",
        "Related coverage",
        "Related reading",
        "More on this",
        "More on this story",
        "More on this topic",
        "More stories",
        "Further reading",
        "You may also like",
        "You might also like",
        "Recommended",
        "Recommended for you",
        "Most read",
    ),
}
_LOOSE: Final[dict[MarkerKind, tuple[str, ...]]] = {
    MarkerKind.ATTRIBUTION: ("مصدر الخبر", "نقلا عن", "Via"),
    MarkerKind.READ_ALSO: (
        "اقرأ أيضا",
        "اقرأ كذلك",
        "اقرأ المزيد",
        "شاهد أيضا",
        "شاهد كذلك",
        "طالع أيضا",
        "طالع كذلك",
        "تابع أيضا",
        "تابع كذلك",
        "بیشتر بخوانید",
        "همچنین بخوانید",
    ),
}

_LONE_ADDRESS_RE: Final = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
"""A web address alone after "للمزيد:" ("للمزيد: https://site/news/48213"): the related story's link."""
_COLON_ONLY: Final = frozenset(normalize(phrase) for phrase in ("المزيد", "للمزيد"))
"""Phrases that are a marker only before a colon that ends their line ("للمزيد:", "المزيد:" over a list): alone,
"المزيد" (more) is a menu's or a button's word on a saved page, and words after the colon make a sentence or a
headline ("للمزيد: على الحكومة أن تفعل أكثر")."""
_COLONS: Final = frozenset(":：")

_LOOSE_MAX_WORDS: Final = 20
"""Words a loose marker's rest may have when no colon separates it."""

_CLAUSE_END: Final = ".!?؟…:;؛،,"
"""What ends a sentence or a clause (commas too): a line ending so is no headline or marker."""
_CLOSERS: Final = "\"'”’»)]›"
_DECORATION: Final = " \t#>*_•·▪■►▶◄◀-–—|[("
"""What may stand before a marker: markdown headings and emphasis, bullets, brackets."""
_HEAD_CHARS: Final = 160
"""How much of a line is normalized to look for a marker (phrases are far shorter)."""
_TAIL_RE: Final = re.compile("^[\\s*_\\])]*(?P<sep>[:：]|\\.{2,}|…|[-–—|>»])?[\\s*_]*(?P<rest>.*?)\\s*$", re.DOTALL)
"""After the phrase: closing decoration, an optional separator, and the rest of the line."""


def _vocabulary() -> dict[str, list[tuple[str, MarkerKind, bool]]]:
    """Normalized phrases by their first word, longest first: ``word -> [(phrase, kind, loose)]``."""
    by_word: dict[str, list[tuple[str, MarkerKind, bool]]] = {}
    for loose, table in ((False, _STRICT), (True, _LOOSE)):
        for kind, phrases in table.items():
            for phrase in phrases:
                folded = normalize(phrase)
                variants = {folded, folded.replace(" ها", "ها")}  # Persian plural with or without ZWNJ
                for variant in variants:
                    by_word.setdefault(variant.split()[0], []).append((variant, kind, loose))
    for entries in by_word.values():
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return by_word


_VOCABULARY: Final = _vocabulary()


def _phrase_end(line: str, phrase: str) -> int:
    """Index in ``line`` just past the marker phrase (and the marks, tatweel or joiners on its last letter)."""
    end = 0
    for end in range(1, len(line) + 1):
        if normalize(line[:end]) == phrase:
            break
    while end < len(line) and (unicodedata.category(line[end]) in ("Mn", "Cf") or line[end] == "\u0640"):
        end += 1
    return end


_FIRST_WORDS: Final[dict[str, bool]] = {}
"""Memo of ``_may_start_marker`` by raw first word (cleared when it holds ``_FIRST_WORDS_CAP``)."""
_FIRST_WORDS_CAP: Final = 8192


def _may_start_marker(word: str) -> bool:
    """Whether a line whose first raw (whitespace-delimited) word is ``word`` may be a marker.

    Whitespace stays a word boundary through ``normalize``, so the first folded word of a line's head
    is the first folded word of its first raw word, when that folds to anything: the one-word fold
    (memoised, as lines start with the same few words) rules out almost every line before its head
    is folded. A word that folds to nothing ("ـ") leaves the decision to the full comparison.
    """
    known = _FIRST_WORDS.get(word)
    if known is None:
        folded = normalize(word)
        known = not folded or folded.split(" ", 1)[0] in _VOCABULARY
        if len(_FIRST_WORDS) >= _FIRST_WORDS_CAP:
            _FIRST_WORDS.clear()
        _FIRST_WORDS[word] = known
    return known


def is_sentence_end(text: str) -> bool:
    """Whether ``text`` ends like a sentence or a clause (``. ! ? ؟ … : ; ، ,``), closing quotes aside."""
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in _CLAUSE_END


ATTRIBUTION_VALUE_CHARS: Final = 120
"""Longest attribution taken from the line under a bare ``المصدر:`` marker (and longest credit line)."""


def is_attribution_value(text: str) -> bool:
    """Whether a plain line under a bare attribution marker ("المصدر:") is its value: short, and not a
    sentence or a clause (``is_sentence_end``)."""
    return len(text) <= ATTRIBUTION_VALUE_CHARS and not is_sentence_end(text)


def match_marker(line: str) -> tuple[MarkerKind, str] | None:
    """Recognise a marker line and return its kind and the rest of the line as written.

    The line's head is normalized (so every spelling ``normalize`` folds together matches) and must
    start with a vocabulary phrase followed by a word boundary. A related-list heading then matches
    only when nothing but its own text (or a separator and one inline title) is on the line, so prose
    that happens to start with "Related" is left alone. Keywords, attribution and read-also need a
    separator (``:``, ``-``, ``..``) before any text that follows, except the loose phrases (``Via``,
    ``نقلا عن``, ``اقرأ أيضا``) on a short line without final punctuation.

    Args:
        line: one line of the document (surrounding whitespace is ignored).

    Returns:
        ``(kind, rest)`` where ``rest`` is the text after the marker and its separator, stripped
        (empty for a bare heading), or None when the line is not a marker.
    """
    body = line.strip().lstrip(_DECORATION)
    if not body[:1].isalpha():
        return None
    raw_head = body[:_HEAD_CHARS]
    if not _may_start_marker(raw_head.split(None, 1)[0]):
        return None
    head = normalize(raw_head)
    entries = _VOCABULARY.get(head.split(" ", 1)[0], ())
    found = next((entry for entry in entries if head == entry[0] or head.startswith(entry[0] + " ")), None)
    if found is None:
        return None
    phrase, kind, loose = found
    tail = _TAIL_RE.match(body[_phrase_end(body, phrase) :])
    if tail is None:  # pragma: no cover - every part of the pattern is optional
        return None
    if phrase in _COLON_ONLY and (
        tail.group("sep") not in _COLONS or (tail.group("rest") and not _LONE_ADDRESS_RE.match(tail.group("rest")))
    ):
        return None  # "للمزيد:" alone over its list or before one address; "للمزيد: تابعونا على …" is a sentence
    rest = tail.group("rest")
    if not rest:
        return kind, ""
    if tail.group("sep") is not None:
        return kind, rest
    if loose and len(rest.split()) <= _LOOSE_MAX_WORDS and not is_sentence_end(rest):
        return kind, rest
    return None


BYLINE_MARKERS: Final = (
    "By",
    "Written by",
    "بقلم",
    "بقلم الكاتب",
    "بقلم الكاتبة",
    "إعداد",
    "اعداد",
    "كتب",
    "كتبت",
    "كتبه",
    "كتبته",
    "الكاتب",
    "الكاتبة",
    "حاوره",
    "حاورته",
    "حاورها",
    "حاورتها",
    "حاورهم",
    "أجرى الحوار",
    "اجرى الحوار",
    "أجرت الحوار",
    "اجرت الحوار",
    "حوار",
    "ترجمة",
    "تحرير",
    "متابعة",
    "تقرير",
    "تحقيق",
    "بواسطة",
    "بواسطه",
    "Par",
)
"""Words before a writer's name that are no part of it, in a feed's author, a page's author or a credit
line alike ("By Jane Doe", "كتب: محمود عبد الله", "الكاتب: سارة علي", "بقلم د. هالة منصور", an
interviewer's "حاوره: سامر علي", "بقلم الكاتبة: منى حداد", WordPress's Arabic "بواسطة هند العلوي", an
investigation's "تحقيق: نادين خوري", the French "Par Jean Dupont"). Written as sites write
them (both hamza spellings), compared in any Latin case (``parse.bylines``)."""
BYLINE_BARE_MARKERS: Final = frozenset(
    {"By", "Written by", "بقلم", "بقلم الكاتب", "بقلم الكاتبة", "إعداد", "اعداد", "بواسطة", "بواسطه"}
)
"""Markers that may stand before the name without a colon or dash in a line of text ("By Jane Doe",
"بقلم سارة علي", WordPress's "بواسطة هند العلوي"); the others need one there ("كتب: فلان", as "كتب الرئيس
رسالة" is a sentence), but for the French "Par" before a capitalised name ("Par Jean Dupont"; "Par ailleurs,
..." is a sentence: ``parse.bylines``)."""
BYLINE_HEADLINE_MARKERS: Final = frozenset({"حوار", "ترجمة", "تحرير", "متابعة", "تقرير", "تحقيق"})
"""Markers that may also start a headline ("حوار: الوزير يكشف خطة الموازنة", "تقرير: الاقتصاد ينمو", "تحقيق: رحلة
القمح من الحقل إلى الرغيف"): in a line of text only a short name, or a list of writers, follows them."""
EDITORIAL_DESKS: Final = (
    "فريق التحرير",
    "هيئة التحرير",
    "أسرة التحرير",
    "قسم التحرير",
    "المحرر",
    "قسم الأخبار",
    "غرفة الأخبار",
)
"""Names of a desk rather than a person, which a place may precede in an author field ("الزرقاء – فريق التحرير")."""


_BYLINE_RE: Final = re.compile(r"^(?P<source>.+?)(?:\s*[–—|]\s*|\s+-\s+)(?P<section>.+)$")
_BYLINE_FORBIDDEN: Final = re.compile('[!?؟،;؛:"“”«»]|\\.\\s|\\.$')
"""Sentence punctuation and quotes, and a colon ("الأهلي - الزمالك: موعد القمة" is a headline)."""
_KICKERS: Final = frozenset(
    normalize(word)
    for word in (
        "عاجل",
        "خاص",
        "حصري",
        "حصريا",
        "فيديو",
        "بالفيديو",
        "بالصور",
        "شاهد",
        "إنفوجراف",
        "انفوجرافيك",
        "مباشر",
        "تحديث",
        "Breaking",
        "Breaking news",
        "Exclusive",
        "Watch",
        "Video",
        "Live",
        "Update",
        "Updated",
    )
)
"""Labels a headline starts with ("عاجل | زلزال يضرب ..."): never the source of a byline."""


def is_kicker(text: str) -> bool:
    """A label a headline may stand under or start with ("عاجل", "Breaking news"): never a site's name."""
    return normalize(text) in _KICKERS


_BYLINE_MAX_CHARS: Final = 80
_BYLINE_PART_WORDS: Final = 6


_BYLINES: Final[dict[str, tuple[str, str] | None]] = {}
"""Memo of ``split_byline`` (a folder of one site's pages repeats a few bylines thousands of times)."""
_BYLINES_CAP: Final = 4096


def split_byline(line: str) -> tuple[str, str] | None:
    """Split a ``source – section`` byline (en dash, em dash, ``|`` or a spaced hyphen).

    The line must be short, hold no sentence punctuation, and have a few words on each side.

    Args:
        line: the candidate line.

    Returns:
        ``(source, section)`` as written (stripped), or None when the line is not a byline.
    """
    if len(line) > _BYLINE_MAX_CHARS:
        return _split_byline(line)  # not memoised: a paragraph, unless it is mostly padding
    try:
        return _BYLINES[line]
    except KeyError:
        pass
    found = _split_byline(line)
    if len(_BYLINES) >= _BYLINES_CAP:
        _BYLINES.clear()
    _BYLINES[line] = found
    return found


_DATE_SHAPE_RE: Final = re.compile(r"\d{4}|\d\s*[/.-]\s*\d|\d\s+\S+\s+\d")
"""A year, a date in numbers, or a day, a month and a year ("21 أكتوبر 2026"): what a dateline has and a site's
name with its number ("القاهرة 24") has not (looked for before the dateline's parse)."""


def _dateline(text: str) -> bool:
    """Whether a byline's left part is a dateline ("الرياض 21 أكتوبر 2026"): a date names no source."""
    return _DATE_SHAPE_RE.search(text) is not None and is_date_line(text)


def _split_byline(line: str) -> tuple[str, str] | None:
    """``split_byline`` itself."""
    text = line.strip()
    if not text or len(text) > _BYLINE_MAX_CHARS or _BYLINE_FORBIDDEN.search(text):
        return None
    match = _BYLINE_RE.match(text)
    if match is None:
        return None
    source = match.group("source").strip()
    section = match.group("section").strip()
    if normalize(source) in _KICKERS or _dateline(source):
        return None  # "عاجل - ...": a kicker; "الرياض 21 أكتوبر 2026 - واس": a dateline and its agency
    for part in (source, section):
        words = part.split()
        if not words or len(words) > _BYLINE_PART_WORDS or not any(c.isalpha() for c in part):
            return None
    if match_marker(text) is not None:
        return None
    return source, section


_ITEM_RE: Final = re.compile(
    "^\\s*(?:"
    "[•◦‣▪▫■□●○·►▸➤✓✔❖→◄◂◀←]\\s*"  # symbol bullets, space optional (arrows either way: RTL pages point left)
    "|[-*–—+»]\\s+"  # ASCII-ish bullets (and "»", an Arabic list's) need a space
    "|\\(\\s*[0-9٠-٩۰-۹]{1,3}\\s*\\)\\s*"  # (1)
    "|[0-9٠-٩۰-۹]{1,3}\\s*[.)\\-–:]\\s+"  # 1. 1) 1- ١. ١-
    ")(?P<text>\\S.*?)\\s*$"
)


def split_list_item(line: str) -> str | None:
    """The text of a bulleted (``• - * · ▪ –``) or numbered (``1. 1- 1) ١. ١-``) list line.

    Args:
        line: one line of the document.

    Returns:
        The item's text with the bullet or number stripped, or None when the line is not an item.
    """
    match = _ITEM_RE.match(line)
    if match is None:
        return None
    text = match.group("text")
    if line.lstrip().startswith("»") and "«" in text:
        return None  # "» لن نتراجع … « بهذه الكلمات …": a quotation in reversed guillemets, no bullet
    return text
