"""The marker vocabulary of saved article pages: bylines, attribution, keywords, read-also and related lists.

Sites spell the same marker many ways: ``إقرأ أيضاً:``, ``اقرأ ايضا :``, ``اقرأ أيضًا``, ``Read more:``.
Each marker is written here once, in plain spelling, and compiled into a pattern that accepts every
variant ``normalize`` folds together (hamza forms, alef maksura and Persian yeh, teh marbuta, keheh),
harakat and tatweel between letters, any spacing (or a ZWNJ) between words, Latin in any case, an
optional space before the colon, and light decoration around the marker (``## Tags:``, ``**Source:**``,
``- Related``). The rest of the line is returned exactly as written.
"""

from __future__ import annotations

import enum
import re
from typing import Final

from newstui.text.normalize import ARABIC_MARKS, LETTER_FOLDS, normalize

__all__ = [
    "MarkerKind",
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
        "الكلمات الدالة",
        "كلمات البحث",
        "الوسوم",
        "وسوم",
        "الوسم",
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
        "ذات صلة",
        "قد يهمك أيضا",
        "قد يهمك",
        "قد يعجبك أيضا",
        "قد يعجبك",
        "يهمك أيضا",
        "الأكثر قراءة",
        "المزيد من الأخبار",
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
        "بیشتر بخوانید",
        "همچنین بخوانید",
    ),
}

_LOOSE_MAX_WORDS: Final = 20
"""Words a loose marker's rest may have when no colon separates it."""

_MARKS_CLASS: Final = f"[{re.escape(ARABIC_MARKS)}\u200c\u200d]*"
_SPACE_CLASS: Final = "[\\s\u200c]*"
_SENTENCE_END: Final = ".!?؟…:;؛،,"
_CLOSERS: Final = "\"'”’»)]›"


def _letter_class(char: str) -> str:
    """A regex piece matching ``char`` and every letter ``normalize`` folds into it."""
    variants = [char, *(src for src, dst in LETTER_FOLDS.items() if dst == char)]
    if len(variants) == 1:
        return re.escape(char)
    return "[" + "".join(variants) + "]"


def _phrase_pattern(phrase: str) -> str:
    """A regex for one marker phrase, tolerant of letter variants, marks and spacing."""
    parts: list[str] = []
    for char in normalize(phrase):
        if char == " ":
            parts.append(_SPACE_CLASS)
        else:
            parts.append(_letter_class(char) + _MARKS_CLASS)
    return "".join(parts)


def _compile() -> tuple[re.Pattern[str], dict[str, tuple[MarkerKind, bool]]]:
    """One anchored pattern over all phrases (longest first) and the meaning of each group."""
    entries: list[tuple[str, MarkerKind, bool]] = []
    for loose, table in ((False, _STRICT), (True, _LOOSE)):
        for kind, phrases in table.items():
            entries.extend((phrase, kind, loose) for phrase in phrases)
    entries.sort(key=lambda entry: len(normalize(entry[0])), reverse=True)
    groups: dict[str, tuple[MarkerKind, bool]] = {}
    alternatives: list[str] = []
    for number, (phrase, kind, loose) in enumerate(entries):
        name = f"m{number}"
        groups[name] = (kind, loose)
        alternatives.append(f"(?P<{name}>{_phrase_pattern(phrase)})")
    pattern = (
        "^[\\s#>*_•·▪■►▶\\-–—|\\[(]*"  # decoration before the marker
        "(?:" + "|".join(alternatives) + ")"
        "(?=[\\s:：.…\\-–—|>»*_\\])]|$)"  # the phrase ends at a word boundary
        "[\\s*_\\])]*"
        "(?P<sep>[:：]|\\.{2,}|…|[-–—|>»])?"
        "[\\s*_]*"
        "(?P<rest>.*?)\\s*$"
    )
    return re.compile(pattern, re.IGNORECASE), groups


_MARKER_RE, _MARKER_GROUPS = _compile()


def is_sentence_end(text: str) -> bool:
    """Whether ``text`` ends like a sentence or a clause (``. ! ? ؟ … : ; ، ,``), closing quotes aside."""
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def match_marker(line: str) -> tuple[MarkerKind, str] | None:
    """Recognise a marker line and return its kind and the rest of the line as written.

    A related-list heading matches only when nothing but its own text (or a colon and one inline
    title) is on the line, so prose that happens to start with "Related" is left alone. Keywords,
    attribution and read-also need a separator (``:``, ``-``, ``..``) before any text that follows,
    except the loose phrases (``Via``, ``نقلا عن``, ``اقرأ أيضا``) on a short line without final
    punctuation.

    Args:
        line: one line of the document (surrounding whitespace is ignored).

    Returns:
        ``(kind, rest)`` where ``rest`` is the text after the marker and its separator, stripped
        (empty for a bare heading), or None when the line is not a marker.
    """
    if len(line) > 2000:
        return None
    match = _MARKER_RE.match(line)
    if match is None:
        return None
    kind_loose = next(
        (_MARKER_GROUPS[name] for name, value in match.groupdict().items() if value and name in _MARKER_GROUPS),
        None,
    )
    if kind_loose is None:  # pragma: no cover - the pattern cannot match without a phrase group
        return None
    kind, loose = kind_loose
    rest = match.group("rest")
    separated = match.group("sep") is not None
    if not rest:
        return kind, ""
    if separated:
        return kind, rest
    if loose and len(rest.split()) <= _LOOSE_MAX_WORDS and not is_sentence_end(rest):
        return kind, rest
    return None


_BYLINE_RE: Final = re.compile(r"^(?P<source>.+?)(?:\s*[–—|]\s*|\s+-\s+)(?P<section>.+)$")
_BYLINE_FORBIDDEN: Final = re.compile('[!?؟،;؛"“”«»]|\\.\\s|\\.$')
_BYLINE_MAX_CHARS: Final = 80
_BYLINE_PART_WORDS: Final = 6


def split_byline(line: str) -> tuple[str, str] | None:
    """Split a ``source – section`` byline (en dash, em dash, ``|`` or a spaced hyphen).

    The line must be short, hold no sentence punctuation, and have a few words on each side.

    Args:
        line: the candidate line.

    Returns:
        ``(source, section)`` as written (stripped), or None when the line is not a byline.
    """
    text = line.strip()
    if not text or len(text) > _BYLINE_MAX_CHARS or _BYLINE_FORBIDDEN.search(text):
        return None
    match = _BYLINE_RE.match(text)
    if match is None:
        return None
    source = match.group("source").strip()
    section = match.group("section").strip()
    for part in (source, section):
        words = part.split()
        if not words or len(words) > _BYLINE_PART_WORDS or not any(c.isalpha() for c in part):
            return None
    if match_marker(text) is not None:
        return None
    return source, section


_ITEM_RE: Final = re.compile(
    "^\\s*(?:"
    "[•◦‣▪▫■□●○·►▸➤✓✔❖→]\\s*"  # symbol bullets, space optional
    "|[-*–—+]\\s+"  # ASCII-ish bullets need a space
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
    return match.group("text")
