"""Hard-wrapped plain text (paragraphs broken into lines at a fixed width) joined back into one line a paragraph.

The plain-text format has one paragraph a line. Text that went through ``fold -s``, an
editor's fill or a mail client has each paragraph broken into lines no wider than some width
instead; read line by line, each piece would be a paragraph of its own, and a wrapped headline or
list item two.

A break made by a wrapping tool has a mark that a paragraph's end rarely has: the line is full, the
next line's first word would not have fitted after it. A text is taken as hard-wrapped only when
that mark is clear, measured in characters, terminal cells or UTF-8 bytes (whichever the wrapping
used):

- no line of several words is longer than ``WRAP_MAX`` characters (the width is the longest one, or
  the next longest: ``OVER_WIDTH`` line may have been written after the wrap);
- at least ``MIN_BREAKS`` lines that do not end a sentence are full, and they are at least
  ``BREAK_SHARE`` of those, of the lines over half the width and not ending a sentence, that are
  followed directly by a line that could continue them.

Then each full line is joined to the next, unless the next line is a marker, a list item or an
address alone (but after a title's separator, ``title -``), the line is an address alone or a bare
heading, or it is an entry under a related or keywords heading (one a line, but for a bulleted item
or a title over its address). When the text ends some paragraphs at a line feed only (a short line
ending a sentence, followed directly by another), a full line ending a sentence ends a paragraph too.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from newstui.parse.markers import MarkerKind
from newstui.parse.plaintext_lines import URL_LINE_RE, Line, classify, kept
from newstui.text.sanitize import is_clean, sanitize_text

__all__ = ["BREAK_SHARE", "MIN_BREAKS", "OVER_WIDTH", "WRAP_MAX", "WRAP_MIN", "settled", "unwrap"]

WRAP_MAX: Final = 160
"""Widest wrap considered, in characters: a line of several words longer than this is a paragraph."""
WRAP_MIN: Final = 20
"""Narrowest wrap considered (in the measure used)."""
MIN_BREAKS: Final = 2
"""Fewest full lines, not ending a sentence, that make a text hard-wrapped."""
OVER_WIDTH: Final = 1
"""Lines of several words that may be longer than the wrap width (written after the wrap)."""
BREAK_SHARE: Final = 0.5
"""Share of the joinable lines over half the width and not ending a sentence that must be full."""

_SENTENCE_END: Final = frozenset(".!?؟…")
_CLOSERS: Final = "\"'”’»)]"
_ONE_A_LINE: Final = frozenset((MarkerKind.RELATED, MarkerKind.KEYWORDS))
"""Headings over entries one a line: related headlines, keywords."""


class _Listing(enum.Enum):
    """Where a line is with respect to a heading over entries one a line."""

    NONE = enum.auto()
    HEADING = enum.auto()
    """Under the heading, before its entries."""
    ENTRIES = enum.auto()
    """Among the entries (up to the next blank line)."""


def _heading_kind(line: Line) -> _Listing:
    """What a marker line starts: entries one a line under a bare related or keywords heading."""
    return _Listing.HEADING if line.marker in _ONE_A_LINE and not line.rest else _Listing.NONE


_LINK_SEPARATOR_END_RE: Final = re.compile(r"\s[-–—|:·•]$")
"""A title's separator before its address ("title - https://..."), left at the end of a line by the wrap."""


def _cells(text: str) -> int:
    """Terminal cells of ``text``: combining marks and format characters none, wide characters two."""
    if text.isascii():
        return len(text)
    total = 0
    for char in text:
        if char.isascii():
            total += 1
        elif unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        else:
            total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def _utf8(text: str) -> int:
    """UTF-8 bytes of ``text`` (what ``fold`` counts)."""
    return len(text.encode("utf-8", "surrogatepass"))


_MEASURES: Final[tuple[Callable[[str], int], ...]] = (len, _cells, _utf8)


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with ``. ! ? ؟ …`` (closing quotes and brackets aside)."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def _long_paragraph(line: str) -> bool:
    """A line of several words longer than any wrap considered."""
    stripped = line.strip()
    return len(stripped) > WRAP_MAX and len(stripped.split(None, 1)) > 1


def _adjacent(lines: Iterable[str]) -> bool:
    """Whether a non-blank line follows another directly (blank: white space only, as ``str.strip`` has it)."""
    above = False
    for line in lines:
        if line and not line.isspace():
            if above:
                return True
            above = True
        else:
            above = False
    return False


def settled(text: str) -> bool:
    """Whether ``unwrap(sanitize_text(text))`` is ``sanitize_text(text)``, for a reader of first lines only.

    ``plaintext_head`` reads a document's first lines as the full parse does only when the full
    parse will not join lines. Answered from the raw text when no line follows another directly or a
    line of several words longer than ``WRAP_MAX``, left as it is by the sanitizer, shows that the
    text is not hard-wrapped; otherwise the text is sanitized and the question asked of ``unwrap``.

    Args:
        text: the decoded document, not yet sanitized.

    Returns:
        True when the full parse will read the document's lines as they are.
    """
    # ``str.splitlines`` breaks lines where ``sanitize_text`` does, and at \x1c-\x1e, which it shows as
    # pictures (\x1f too, white space to ``str.strip``).
    if "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text:
        lines = text.splitlines()
        if not _adjacent(lines):
            return True
        if any(len(line) > WRAP_MAX and _long_paragraph(line) and is_clean(line) for line in lines):
            return True
    clean = sanitize_text(text)
    return unwrap(clean) is clean


class _Pair:
    """Two lines, the second directly under the first, that could be one paragraph's lines."""

    __slots__ = ("ends", "first", "gap", "index", "word")

    def __init__(self, index: int, first: str, word: str, ends: bool) -> None:
        self.index = index
        self.first = first
        self.word = word
        self.ends = ends
        self.gap = 0 if first.endswith("-") and first[-2:-1].isalpha() else 1


def _classified(lines: Sequence[str]) -> list[Line | None]:
    """Each line classified as the parser classifies it; None for a blank line or one the parser drops."""
    return [classify(stripped) if (stripped := line.strip()) and kept(stripped) else None for line in lines]


def _text_line(line: Line | None) -> bool:
    """A plain line that is not an address alone: text, a headline or part of one."""
    return line is not None and line.plain and not URL_LINE_RE.match(line.text)


def _entries_end(classified: Sequence[Line | None]) -> list[int]:
    """For each text line, the last line of the run of text lines it starts (the others: their own index)."""
    ends = list(range(len(classified)))
    for index in range(len(classified) - 2, -1, -1):
        if _text_line(classified[index]) and _text_line(classified[index + 1]):
            ends[index] = ends[index + 1]
    return ends


def _pairs(lines: Sequence[str]) -> list[_Pair]:
    """Every line followed directly by a line that could continue it (see the module's docstring)."""
    classified = _classified(lines)
    ends = _entries_end(classified)
    pairs: list[_Pair] = []
    listing = _Listing.NONE
    item_open = False  # the line is a list item or its continuation
    for index in range(len(lines) - 1):
        first = classified[index]
        if first is None:
            item_open = False
            listing = _Listing.NONE if listing is _Listing.ENTRIES else listing
            continue
        if first.marker is not None:
            listing = _heading_kind(first)
        elif listing is _Listing.HEADING:
            listing = _Listing.ENTRIES
        item_open = first.item is not None or (item_open and first.plain)
        following = classified[index + 1]
        if following is None or not following.plain:
            continue
        if URL_LINE_RE.match(following.text) and not _LINK_SEPARATOR_END_RE.search(first.text):
            continue  # an address alone on its line, unless the line above ends in a link's separator
        if first.marker is not None and not first.rest:
            continue  # a bare heading
        if first.plain and URL_LINE_RE.match(first.text):
            continue  # an address alone: a page's or a title's, never the start of a paragraph
        if listing is not _Listing.NONE and not item_open and not _one_entry(classified, ends[index + 1]):
            continue
        pairs.append(_Pair(index, lines[index].rstrip(), following.text.split(None, 1)[0], _ends_sentence(first.text)))
    return pairs


def _one_entry(classified: Sequence[Line | None], last: int) -> bool:
    """Whether text lines up to ``last`` under a related heading read as one entry broken by the wrap.

    Unbulleted headlines under a related heading are one a line; lines are one entry when the run
    ends over an address alone (a title over its link).
    """
    after = classified[last + 1] if last + 1 < len(classified) else None
    return after is not None and after.plain and bool(URL_LINE_RE.match(after.text))


def _widths(lines: Sequence[str], measure: Callable[[str], int]) -> list[int]:
    """The wrap widths to try in ``measure``: the longest line of several words, and the next longest when
    ``OVER_WIDTH`` lines may be longer than the width (a headline or an address line left unwrapped)."""
    lengths = sorted((measure(line.rstrip()) for line in lines if len(line.split(None, 1)) > 1), reverse=True)
    return [width for width in dict.fromkeys(lengths[: OVER_WIDTH + 1]) if width >= WRAP_MIN]


def _full(pair: _Pair, width: int, measure: Callable[[str], int]) -> bool:
    """Whether the next line's first word would not have fitted after ``pair.first``.

    One column of slack: ``fold -s`` counts the space after a word, so it moves a word that would end
    exactly at the width to the next line.
    """
    return measure(pair.first) + pair.gap + measure(pair.word) >= width


def _joins(lines: Sequence[str]) -> list[_Pair]:
    """The pairs to join into one line, or none when the text is not hard-wrapped."""
    pairs = _pairs(lines)
    open_pairs = [pair for pair in pairs if not pair.ends]
    if len(open_pairs) < MIN_BREAKS:
        return []
    best: list[_Pair] = []
    for measure in _MEASURES:
        for width in _widths(lines, measure):
            full = [pair for pair in pairs if _full(pair, width, measure)]
            open_full = sum(1 for pair in full if not pair.ends)
            # Lines under half the width (headings, bylines, a paragraph's last line) tell nothing.
            open_long = sum(1 for pair in open_pairs if 2 * measure(pair.first) >= width)
            if open_full < MIN_BREAKS or open_full < BREAK_SHARE * open_long:
                continue
            if any(pair.ends and not _full(pair, width, measure) for pair in pairs):
                full = [pair for pair in full if not pair.ends]  # paragraphs end at a line feed too
            if len(full) > len(best):
                best = full
    return best


def unwrap(text: str) -> str:
    """``text`` with each hard-wrapped paragraph on one line; ``text`` itself when it is not hard-wrapped.

    Args:
        text: a sanitized plain-text document (``\\n`` line breaks).

    Returns:
        The document with each line that a wrapping tool broke joined to the next by one space (by
        nothing after a hyphen that split a word), the other lines as they were.
    """
    lines = text.split("\n")
    if not _adjacent(lines) or any(len(line) > WRAP_MAX and _long_paragraph(line) for line in lines):
        return text
    joins = _joins(lines)
    if not joins:
        return text
    out: list[str] = []
    pending = ""
    joined = {pair.index: pair for pair in joins}
    for index, line in enumerate(lines):
        pair = joined.get(index)
        if pair is not None:
            pending += (line.strip() if pending else line.rstrip()) + (" " if pair.gap else "")
        elif pending:
            out.append(pending + line.strip())
            pending = ""
        else:
            out.append(line)
    return "\n".join(out)
