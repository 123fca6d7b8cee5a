"""The sample format's lines, classified: markers, list items, headlines, furniture, separators; lead titles.

Shared by the full parse (``parse.plaintext``) and the first-lines reader of title-only listings
(``parse.plaintext_head``), so both see the same lines and decide the same way. What a line says is
read by ``plaintext_credits`` (credit lines), ``plaintext_addresses`` (web addresses),
``plaintext_keywords`` (keyword lines) and ``plaintext_byline`` (the lines over the text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, Literal, NamedTuple

from newstui.parse.markers import MarkerKind, match_marker, split_list_item
from newstui.parse.plaintext_addresses import URL_RE, address_of
from newstui.parse.plaintext_credits import credit_line
from newstui.parse.plaintext_dates import dateline_kind, is_date_line
from newstui.text.normalize import normalize
from newstui.text.sentences import first_sentence

__all__ = [
    "RULE_CHARS",
    "TITLE_MAX",
    "Line",
    "LineAt",
    "classified_lines",
    "classified_with_rules",
    "classify",
    "first_sentence",
    "furniture_kind",
    "headline_in_place",
    "headline_like",
    "is_date_line",
    "is_furniture",
    "is_rule",
    "kept",
    "lead_title",
]

TITLE_MAX: Final = 120
"""Longest title derived from a lead sentence, "…" included."""

_HEADLINE_MAX_CHARS: Final = 200
_HEADLINE_MAX_WORDS: Final = 30
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


def is_furniture(text: str) -> bool:
    """A URL, dateline or author line: page furniture that may sit between a headline and the text."""
    return furniture_kind(text) is not None


def furniture_kind(text: str) -> Literal["url", "author", "date"] | None:
    """Which furniture a line is: ``"url"``, ``"author"`` or ``"date"`` (checked in that order), else None."""
    if address_of(text) is not None:
        return "url"
    if _is_author_line(text):
        return "author"
    return "date" if is_date_line(text) else None


def _is_author_line(text: str) -> bool:
    """A short "By Jane Doe" / "بقلم فلان" / "كتب: فلان" line (``credit_line``)."""
    return credit_line(text) is not None


def headline_like(text: str) -> bool:
    """Short, no final punctuation (a question or exclamation is fine), mostly letters, not a date or author."""
    return _headline_shape(text) and not (is_date_line(text) or _is_author_line(text) or URL_RE.search(text))


def headline_in_place(text: str) -> bool:
    """``headline_like``, or shaped like one and maybe a dateline ("مهرجان الموسيقى – 5 مارس 2025").

    For a line in a headline's place (under the byline or a read-also marker, directly above the
    text): a few words, a dash and a date may be a place's dateline or a headline, and there they are
    the headline. A sure dateline ("الأربعاء 11 سبتمبر 2024", "القاهرة – 11 سبتمبر 2024") never is.
    """
    if not _headline_shape(text) or _is_author_line(text) or URL_RE.search(text):
        return False
    return dateline_kind(text) != "sure"


def _headline_shape(text: str) -> bool:
    """Short, no final punctuation (a question or exclamation is fine), a few words, mostly letters."""
    if len(text) > _HEADLINE_MAX_CHARS:
        return False
    stripped = text.rstrip().rstrip("\"'”’»)]›").rstrip()
    if stripped and stripped[-1] in ".:;؛،,…":
        return False
    if not 2 <= len(text.split()) <= _HEADLINE_MAX_WORDS:
        return False
    letters = sum(map(str.isalpha, text))
    return letters * 2 >= len(text) - text.count(" ")


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
    """Whether a non-empty stripped line counts: not only symbols ("* * *" only separates)."""
    return stripped[0].isalnum() or any(map(str.isalnum, stripped))


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
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            continue
        if kept(stripped):
            found = known.get(stripped) if known else None
            lines.append(found if found is not None else classify(stripped))
        elif is_rule(stripped) and (not rules or rules[-1] != len(lines)):
            rules.append(len(lines))
    return lines, rules


def classified_lines(text: str, known: dict[str, Line] | None = None) -> list[Line]:
    """The classified non-empty lines that count, in order (``known``: lines classified already, by text)."""
    lines = [stripped for raw in text.split("\n") if (stripped := raw.strip()) and kept(stripped)]
    if not known:
        return [classify(line) for line in lines]
    return [found if (found := known.get(line)) is not None else classify(line) for line in lines]
