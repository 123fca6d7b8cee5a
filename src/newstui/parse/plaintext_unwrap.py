"""Hard-wrapped plain text (paragraphs broken into lines at a fixed width) joined back into one line a paragraph.

The plain-text format has one paragraph a line. Text that went through ``fold -s``, an editor's fill
or a mail client has each paragraph broken into lines no wider than some width instead; read line
by line, each piece would be a paragraph of its own, and a wrapped headline or list item two.

A break made by a wrapping tool has a mark that a paragraph's end rarely has: the line is *full*,
the next line's first word would not have fitted after it (in characters, terminal cells or UTF-8
bytes, whichever the wrapping counted; the width is the longest line, or the next longest when
``OVER_WIDTH`` line was written after the wrap, or the longest under the header when more of the few
lines above the first break, a headline and a subtitle, are wider). ``fold -s`` leaves a second mark: the space it
broke at stays at the end of the line. So a text is hard-wrapped when

- no line of several words is longer than ``WRAP_MAX`` characters, and either
- *folded:* at least ``MIN_FOLD_BREAKS`` lines followed by another end in a space, nearly every
  line that ends in a space is followed by another, and nearly all of them are full; those lines
  are joined to the next, whatever the next line is; or
- *wrapped:* at least ``MIN_BREAKS`` lines that do not end a sentence are full, they are at least
  ``BREAK_SHARE`` of the lines over half the width, not ending a sentence, that are followed
  directly by a line that could continue them, at least ``RUN_END_SHARE`` of the paragraphs the
  joins make (list items aside) end a sentence (a list of headlines or a poem, lines of about the
  same length one under the other, ends none), and the joined lines read on (at most
  ``COMMA_SHARE`` of them end in a comma, ``ITEM_SHARE`` are followed by a line starting with a Latin
  capital).

A wrapped text's full lines are joined to the next, unless the next line is a marker, a list item,
a short author line or an address alone (but after a title's separator, ``title -``), the line is
an address alone or a bare heading, or it is an entry under a related or keywords heading (one a
line up to the next marker, but a bulleted item's continuation or a title over its address). When
the text ends some paragraphs at a line feed only (a short line ending a sentence, followed
directly by another), a full line ending a sentence ends a paragraph too.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from newstui.parse.markers import MarkerKind, split_byline
from newstui.parse.plaintext_addresses import address_of
from newstui.parse.plaintext_lines import Line, classify, edge_marks_dropped, furniture_kind, headline_like, kept
from newstui.text.normalize import normalize
from newstui.text.sanitize import is_clean, sanitize_text

__all__ = [
    "BREAK_SHARE",
    "COMMA_SHARE",
    "ITEM_SHARE",
    "MIN_BREAKS",
    "MIN_FOLD_BREAKS",
    "OVER_WIDTH",
    "RUN_END_SHARE",
    "WRAP_MAX",
    "WRAP_MIN",
    "settled",
    "unwrap",
]

WRAP_MAX: Final = 160
"""Widest wrap considered, in characters: a line of several words longer than this is a paragraph."""
WRAP_MIN: Final = 20
"""Narrowest wrap considered (in the measure used)."""
MIN_BREAKS: Final = 3
"""Fewest full lines, not ending a sentence, that make a text wrapped."""
MIN_FOLD_BREAKS: Final = 2
"""Fewest full lines ending in the space ``fold -s`` broke at that make a text folded."""
OVER_WIDTH: Final = 1
"""Lines of several words that may be longer than the wrap width (written after the wrap)."""
BREAK_SHARE: Final = 0.5
"""Share of the joinable lines over half the width and not ending a sentence that must be full."""
RUN_END_SHARE: Final = 0.5
"""Share of the paragraphs made by joining (list items aside) that must end a sentence."""
ITEM_SHARE: Final = 0.5
"""Most of the joined lines followed by a line starting with a Latin capital (items one a line)."""
COMMA_SHARE: Final = 0.75
"""Most of the joined lines that may end in a comma (verse; Arabic prose breaks at its many commas)."""
_FOLD_SHARE: Final = 0.9
"""Share of the lines ending in a space that must be followed by another line, and be full, to be folded."""

_SENTENCE_END: Final = frozenset(".!?؟…:;؛")
"""What ends a sentence (no comma: unlike ``markers.is_sentence_end``, a wrapped line may end in one)."""
_CLOSERS: Final = "\"'”’»)]"
_ONE_A_LINE: Final = frozenset((MarkerKind.RELATED, MarkerKind.KEYWORDS))
"""Headings over entries one a line: related headlines, keywords."""
_URL_END_RE: Final = re.compile(r"(?:^|\s)<?https?://\S+$", re.IGNORECASE)
_ADDRESS_REST_RE: Final = re.compile(r"[a-z0-9\-._~%/?=&#+@!$*,;:]*[a-z0-9\-_~%/?=&#+@*]")
"""The rest of an address cut by ``fold``: lower-case ASCII, digits and the characters of addresses."""
_LINK_SEPARATOR_END_RE: Final = re.compile(r"\s[-–—|:·•]$")
"""A title's separator before its address ("title - https://..."), left at the end of a line by the wrap."""
_NO_CELL_RE: Final = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u061c"
    "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0711\u0730-\u074a"
    "\u08d3-\u08e1\u08e3-\u08ff\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufe20-\ufe2f\ufeff]"
)
"""Combining marks (harakat among them) and format characters: no terminal cell."""
_TWO_CELLS_RE: Final = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
    "\U00020000-\U0003fffd]"
)
"""East Asian wide and full-width characters and most emoji: two cells."""
_HEADLINE_LIST: Final = 3
"""Fewest lines, none ending a sentence, under a read-also heading that are headlines one a line."""
_TITLE_LINES: Final = 2
"""Most lines of an unbulleted title over its address under a related heading."""


def _cells(text: str) -> int:
    """Terminal cells of ``text`` as an editor wrapping by display width counts them (marks none, wide two)."""
    return len(text) - len(_NO_CELL_RE.findall(text)) + len(_TWO_CELLS_RE.findall(text))


def _utf8(text: str) -> int:
    """UTF-8 bytes of ``text`` (what ``fold`` counts)."""
    return len(text.encode("utf-8", "surrogatepass"))


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence or a clause: ``. ! ? ؟ … : ; ؛`` (closing quotes and brackets aside)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
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
    clean = edge_marks_dropped(sanitize_text(text))
    return unwrap(clean) is clean


class _Listing(enum.Enum):
    """Where a line is with respect to a heading over entries one a line."""

    NONE = enum.auto()
    HEADING = enum.auto()
    """Under the heading, before its entries."""
    READ_ALSO = enum.auto()
    """Under a read-also heading, before what stands under it."""
    ENTRIES = enum.auto()
    """Among the entries (up to the next marker)."""


_QUOTE_OPENERS: Final = ("«", '"', "“", "'")
_SPEECH_VERBS: Final = frozenset(
    normalize(word)
    for word in "قال وقال أضاف وأضاف أكد وأكد أوضح وأوضح تابع وتابع وتابعت قالت وقالت أضافت وأضافت أكدت وأكدت".split()
)
"""Verbs a line may close on before the speaker (a source, "وأضاف المصدر: «…»"): the sentence goes on."""


class _Text:
    """A document's lines and what the decision needs of them, worked out once and only when asked."""

    def __init__(self, lines: list[str], classified: dict[str, Line] | None = None) -> None:
        self.lines = lines
        self.right = [line.rstrip() for line in lines]
        self.text = [line.lstrip() for line in self.right]
        self.ok = [bool(text) and kept(text) for text in self.text]
        self.pairs = [index for index in range(len(lines) - 1) if self.ok[index] and self.ok[index + 1]]
        self.several = [len(text.split(None, 1)) > 1 for text in self.text]
        self._classified: dict[str, Line] = {} if classified is None else classified
        """Lines classified, by their stripped text (shared with the parser's ``classified_lines``)."""
        self._joinable: dict[int, bool] = {}
        self._facts: dict[int, tuple[bool, bool, _Listing]] = {}
        self._ends: dict[int, bool] = {}

    def word(self, index: int) -> str:
        """The first word of line ``index``."""
        return self.text[index].split(None, 1)[0]

    def line(self, index: int) -> Line:
        """Line ``index`` classified as the parser classifies it (a line that counts)."""
        text = self.text[index]
        found = self._classified.get(text)
        if found is None:
            found = self._classified[text] = classify(text)
        return found

    def ends(self, index: int) -> bool:
        """Whether line ``index`` ends a sentence."""
        found = self._ends.get(index)
        if found is None:
            found = self._ends[index] = _ends_sentence(self.text[index])
        return found

    def gap(self, index: int) -> int:
        """Columns between line ``index`` and the next joined: none after a hyphen that split a word."""
        text = self.right[index]
        return 0 if text.endswith("-") and text[-2:-1].isalpha() else 1

    def joinable(self, index: int) -> bool:
        """Whether line ``index + 1`` may continue line ``index`` in a wrapped text (see the module's docstring)."""
        found = self._joinable.get(index)
        if found is None:
            found = self._joinable[index] = self._may_join(index)
        return found

    def _may_join(self, index: int) -> bool:
        first, following = self.line(index), self.line(index + 1)
        if not following.plain:
            return self._marker_mid_sentence(index) or self._quote_closing(index)
        if address_of(following.text) is not None and not _LINK_SEPARATOR_END_RE.search(first.text):
            return False  # an address alone on its line, unless the line above ends in a link's separator
        if first.marker is not None and not first.rest:
            return False  # a bare heading
        if first.plain and address_of(first.text) is not None:
            return False  # an address alone: a page's or a title's, never the start of a paragraph
        if furniture_kind(following.text) == "author":
            return False  # a short author line under a headline
        if self._in_listing(index) and not self._item_open(index):
            return self._title_over_address(index + 1)
        return True

    def _quote_closing(self, index: int) -> bool:
        """Whether line ``index + 1``, read as a "»" list item, closes the quotation line ``index`` opens ("… مهما
        كانت الضغوط" / "» وأضاف أن …"): that line is plain and leaves a "«" open, and no other "»" line stands
        under the item (a list of such bullets)."""
        following, above = self.line(index + 1), self.line(index)
        if following.item is None or not following.text.lstrip().startswith("»") or not above.plain:
            return False
        if above.text.count("«") <= above.text.count("»"):
            return False
        after = index + 2
        return after >= len(self.text) or not self.text[after].startswith("»")

    def _marker_mid_sentence(self, index: int) -> bool:
        """Whether line ``index + 1``, an attribution marker with text after it ("المصدر: «نتوقع …"), is a piece
        of the sentence the line above leaves open ("… وأضاف" / "المصدر: «نتوقع …" / "الأول من العام …"): that
        line is plain and ends no sentence, and the marker's line ends none either and reads on in a plain
        line right under it; and the sentence plainly goes on: the line above closes on a speech verb ("وأضاف")
        or the marker's text opens a quotation ("«نتوقع"). An outlet's credit ("المصدر: وكالة أنباء الشرق
        الأوسط"), even one long enough to wrap, does neither: it stays the attribution."""
        following = self.line(index + 1)
        if following.marker is not MarkerKind.ATTRIBUTION or not following.rest:
            return False
        above = self.line(index)
        if not above.plain or self.ends(index) or self.ends(index + 1):
            return False
        words = above.text.split()
        if not following.rest.lstrip().startswith(_QUOTE_OPENERS) and normalize(words[-1]) not in _SPEECH_VERBS:
            return False
        after = index + 2
        return after < len(self.lines) and self.ok[index + 1] and self.ok[after] and self.line(after).plain

    def _run_start(self, index: int) -> int:
        """The first line of the run of lines, one under the other, that holds line ``index``."""
        while index > 0 and self.ok[index - 1]:
            index -= 1
        return index

    def _listing_facts(self, index: int) -> tuple[bool, bool]:
        """(an entry one a line, a list item or its continuation) for line ``index``.

        Entries are one a line from a bare related or keywords heading to the next marker, blank lines
        between them or not; under a bare read-also heading, when three lines or more, none ending a
        sentence, stand there (an embedded story's headline takes one or two). Worked out run by run
        from the last run already known (the document's first at worst), each line once.
        """
        found = self._facts.get(index)
        if found is None:
            starts = [self._run_start(index)]
            state = _Listing.NONE
            above = starts[-1] - 1
            while True:
                while above >= 0 and not self.ok[above]:
                    above -= 1
                if above < 0:
                    break
                known = self._facts.get(above)
                if known is not None:
                    state = known[2]
                    break
                starts.append(self._run_start(above))
                above = starts[-1] - 1
            for start in reversed(starts):
                state = self._run_facts(start, state)
            found = self._facts[index]
        return found[0], found[1]

    def _run_facts(self, start: int, state: _Listing) -> _Listing:
        """The facts of the run of lines from ``start``, given the listing state above it; the state after it."""
        end = start
        while end < len(self.lines) and self.ok[end]:
            end += 1
        item_open = False
        for index in range(start, end):
            line = self.line(index)
            if line.marker is not None:
                state = self._heading_kind(line)
            elif state is _Listing.HEADING:
                state = _Listing.ENTRIES
            elif state is _Listing.READ_ALSO:
                headlines = end - index >= _HEADLINE_LIST and not any(self.ends(other) for other in range(index, end))
                state = _Listing.ENTRIES if headlines else _Listing.NONE
            item_open = line.item is not None or (item_open and line.plain)
            self._facts[index] = (state is _Listing.ENTRIES, item_open, state)
        return state

    def _in_listing(self, index: int) -> bool:
        """Whether line ``index`` is an entry under a bare related or keywords heading (up to a blank line)."""
        return self._listing_facts(index)[0]

    def _item_open(self, index: int) -> bool:
        """Whether line ``index`` is a list item or, plain lines down from one, its continuation."""
        return self._listing_facts(index)[1]

    @staticmethod
    def _heading_kind(line: Line) -> _Listing:
        """The listing state a marker line starts: entries under a bare related, keywords or read-also heading."""
        if line.rest:
            return _Listing.NONE
        if line.marker is MarkerKind.READ_ALSO:
            return _Listing.READ_ALSO
        return _Listing.HEADING if line.marker in _ONE_A_LINE else _Listing.NONE

    def _title_over_address(self, start: int) -> bool:
        """Whether the plain lines from ``start`` end, within ``_TITLE_LINES`` lines, over an address alone."""
        index = start
        while index < len(self.lines) and self.ok[index] and index - start < _TITLE_LINES:
            line = self.line(index)
            if not line.plain:
                return False
            if address_of(line.text) is not None:
                return index > start
            index += 1
        return False


def _measures(text: str) -> list[Callable[[str], int]]:
    """The measures a wrapping tool may have counted that differ on ``text``."""
    if text.isascii():
        return [len]
    measures: list[Callable[[str], int]] = [len, _utf8]
    if _NO_CELL_RE.search(text) or _TWO_CELLS_RE.search(text):
        measures.append(_cells)
    return measures


def _widths(doc: _Text, sizes: Sequence[int], header: frozenset[int] = frozenset()) -> list[int]:
    """The wrap widths to try: the longest line of several words, and the next longest (``OVER_WIDTH``);
    and the longest below the ``header`` lines when more than ``OVER_WIDTH`` of them are wider (a headline
    and a subtitle written whole over a wrapped body)."""
    lengths = sorted((size for size, several in zip(sizes, doc.several, strict=True) if several), reverse=True)
    tried = lengths[: OVER_WIDTH + 1]
    if len(header) > OVER_WIDTH:
        below = [size for index, size in enumerate(sizes) if doc.several[index] and index not in header]
        widest = max(below, default=0)
        if sum(1 for index in header if doc.several[index] and sizes[index] > widest) > OVER_WIDTH:
            tried.append(widest)
    return [width for width in dict.fromkeys(tried) if width >= WRAP_MIN]


def _fold_width(line: str, measure: Callable[[str], int]) -> int:
    """``measure`` of a line as ``fold`` may have counted it: each 4 spaces of its indent twice (``fold`` takes
    a tab to column 8, which the sanitizer wrote as 4 spaces)."""
    indent = len(line) - len(line.lstrip(" "))
    return measure(line) + indent - indent % 4


def _folded(doc: _Text, measures: Sequence[Callable[[str], int]]) -> dict[int, int]:
    """The lines ``fold -s`` broke, each with the spaces to put back (see ``unwrap``); none when not folded.

    A line it broke at a space ends in that one space and is full, and no line of several words (but
    ``OVER_WIDTH``) is wider than those; a line ending in two spaces or more is a break someone made (Markdown's).
    An address longer than the width it cut where the width ended (see ``_cut_addresses``).
    """
    spaced = [
        index for index, (line, ok) in enumerate(zip(doc.lines, doc.ok, strict=True)) if ok and line.endswith(" ")
    ]
    marked = [
        index
        for index in spaced
        if index + 1 < len(doc.lines) and doc.ok[index + 1] and not doc.lines[index].endswith("  ")
    ]
    if len(marked) < MIN_FOLD_BREAKS or len(marked) < _FOLD_SHARE * len(spaced):
        return {}
    best: dict[int, int] = {}
    spaces = set(marked)
    several = [index for index, (ok, words) in enumerate(zip(doc.ok, doc.several, strict=True)) if ok and words]
    if not several:
        return best
    header = _header_lines(doc, marked[0])
    # The measure that finds the most lines full is what the wrapping counted; on a tie, bytes (``fold``'s).
    for measure in sorted(measures, key=lambda measure: measure is not _utf8):
        # fold's width: no line of several words is wider (but ``OVER_WIDTH``, or the header's lines
        # when more of them are), its trailing space counted.
        measured = {index: measure(doc.lines[index] if index in spaces else doc.right[index]) for index in several}
        sizes = sorted(measured.values(), reverse=True)
        widest_body = max((size for index, size in measured.items() if index not in header), default=0)
        over = sum(1 for index in header if measured.get(index, 0) > widest_body)
        width = sizes[min(max(OVER_WIDTH, over), len(sizes) - 1)]
        if width < WRAP_MIN:
            continue
        full = [
            index for index in marked if _fold_width(doc.lines[index], measure) + measure(doc.word(index + 1)) >= width
        ]
        if len(full) <= len(best) or len(full) < MIN_FOLD_BREAKS or len(full) < _FOLD_SHARE * len(marked):
            continue
        best = dict.fromkeys(full, 1)
        best.update(dict.fromkeys(_filled_to_the_width(doc, measure, width), 1))
        best.update(dict.fromkeys(_cut_addresses(doc, measure, width), 0))
        best.update(dict.fromkeys(_cut_words(doc, measure, width), 0))
    return best


_HEADER_LINES: Final = 6
"""Most lines above a folded text's first break that may be its header, left whole (headline, subtitle, byline)."""


def _header_lines(doc: _Text, first_break: int) -> frozenset[int]:
    """The lines above ``first_break`` (the first line a wrap broke: ended in ``fold -s``'s space, or
    followed directly by another) when they are few enough to be the text's header, written whole over a
    wrapped body: a headline and a subtitle may both be wider than the wrap (``OVER_WIDTH`` lets one
    line be; ``_folded`` and ``_widths`` let each header line be)."""
    above = [index for index in range(first_break) if doc.ok[index]]
    return frozenset(above) if len(above) <= _HEADER_LINES else frozenset()


def _filled_to_the_width(doc: _Text, measure: Callable[[str], int], width: int) -> list[int]:
    """The lines a word filled to the width exactly: ``fold -s`` broke at the space after it, which
    starts the next line (one space, then a plain line: an indent is two spaces or more)."""
    return [
        index
        for index in doc.pairs
        if doc.lines[index + 1][:1] == " "
        and not doc.lines[index + 1][1:2].isspace()
        and not doc.lines[index].endswith(" ")
        and measure(doc.lines[index]) >= width
        and doc.line(index + 1).plain
    ]


def _cut_words(doc: _Text, measure: Callable[[str], int], width: int) -> list[int]:
    """The lines where ``fold -s`` cut a word longer than the width (a hashtag, a word drawn out with
    tatweel): with no space in them (``fold -s`` breaks after the last space within the width, so a
    line without one was cut where the width ended) and full, the next line's first letter not fitting
    after them (a letter of two bytes may leave one byte over), over a plain line that does not start
    with a space."""
    return [
        index
        for index in doc.pairs
        if " " not in doc.lines[index]
        and measure(doc.lines[index]) + measure(doc.lines[index + 1][:1]) > width
        and not doc.lines[index + 1][:1].isspace()
        and doc.line(index + 1).plain
    ]


def _cut_addresses(doc: _Text, measure: Callable[[str], int], width: int) -> list[int]:
    """The lines where ``fold`` cut an address longer than the width: each as wide as the widest it broke
    at a space or wider, ending in the address (or a piece of it, under such a line), over a line that
    starts with the rest (lower-case ASCII, digits and the characters of addresses, no marker or list
    item, no indent)."""
    cut: list[int] = []
    for index in doc.pairs:
        line = doc.lines[index]
        if measure(line) < width:
            continue
        piece = cut[-1:] == [index - 1] and " " not in line.strip()
        if not (piece or _URL_END_RE.search(line)):
            continue
        rest = doc.word(index + 1)
        following = doc.line(index + 1)
        if following.plain and not doc.lines[index + 1][:1].isspace() and _ADDRESS_REST_RE.fullmatch(rest):
            cut.append(index)
    return cut


def _runs_end(doc: _Text, joins: Sequence[int]) -> bool:
    """Whether enough of the paragraphs the joins make (list items aside) end a sentence."""
    ends = total = 0
    joined = set(joins)
    for index in joins:
        if index - 1 in joined:
            continue  # not the first line of its paragraph
        last = index + 1
        while last in joined:
            last += 1
        if doc.line(index).item is not None:
            continue
        total += 1
        ends += doc.ends(last)
    return total == 0 or ends >= RUN_END_SHARE * total


def _reads_on(doc: _Text, joins: Sequence[int]) -> bool:
    """Whether the joined lines read on into the next as a wrapped sentence does, not as items one a line:
    no more than ``COMMA_SHARE`` of them end in a comma (verse), and of the next lines that start with
    a Latin letter no more than ``ITEM_SHARE`` start with a capital (an address, steps, headlines);
    fewer than ``MIN_BREAKS`` such lines tell nothing."""
    commas = sum(1 for index in joins if doc.text[index].endswith((",", "،")))
    latin = [doc.text[index + 1][:1] for index in joins if doc.text[index + 1][:1].isascii()]
    latin = [first for first in latin if first.isalpha()]
    capitals = sum(1 for first in latin if first.isupper())
    if commas >= MIN_BREAKS and commas > COMMA_SHARE * len(joins):
        return False
    return capitals < MIN_BREAKS or capitals <= ITEM_SHARE * len(latin)


def _wrapped(doc: _Text, measures: Sequence[Callable[[str], int]]) -> list[int]:
    """The full lines of a wrapped text to join to the next, or none when the text is not wrapped."""
    best: list[int] = []
    header = _header_lines(doc, doc.pairs[0]) if doc.pairs else frozenset()
    for measure in measures:
        sizes = [measure(text) if ok else 0 for text, ok in zip(doc.right, doc.ok, strict=True)]
        for width in _widths(doc, sizes, header):
            half = width / 2
            full = [
                index for index in doc.pairs if sizes[index] + doc.gap(index) + measure(doc.word(index + 1)) >= width
            ]
            if sum(1 for index in full if not doc.ends(index)) < MIN_BREAKS:
                continue
            full = [index for index in full if doc.joinable(index)]
            open_full = sum(1 for index in full if not doc.ends(index))
            # Lines under half the width (headings, bylines, a paragraph's last line) tell nothing.
            open_long = sum(
                1 for index in doc.pairs if sizes[index] >= half and not doc.ends(index) and doc.joinable(index)
            )
            if open_full < MIN_BREAKS or open_full < BREAK_SHARE * open_long:
                continue
            chosen = set(full)
            if any(doc.ends(index) and index not in chosen and doc.joinable(index) for index in doc.pairs):
                full = [index for index in full if not doc.ends(index)]  # paragraphs end at a line feed too
            if len(full) > len(best) and _runs_end(doc, full) and _reads_on(doc, full):
                best = full
    return best


_LEAD_VERBS: Final = frozenset(
    normalize(word)
    for word in (
        "أعلن أعلنت أكد أكدت قال قالت كشف كشفت أفاد أفادت ذكر ذكرت أطلق أطلقت افتتح افتتحت أقر أقرت قرر قررت"
        " وافق وافقت شهد شهدت سجل سجلت ارتفع ارتفعت تراجع تراجعت انخفض انخفضت بدأ بدأت ضرب ضربت أصدر أصدرت"
        " استقبل استقبلت نفى نفت حذر حذرت دعا دعت طالب طالبت أعربت أعرب أوضح أوضحت"
    ).split()
)
"""Verbs a story's lead opens with ("أعلنت وزارة الصحة ..."): a line starting with one starts a sentence."""


def _headline_apart(doc: _Text, glue: dict[int, int]) -> None:
    """Leave the headline under a top byline on its own line: a wrapped text's headline as wide as the wrap
    is a full line, but not one a wrapping tool broke when it has no final punctuation and the line
    under it opens a lead with its verb ("القبس – صحة", then "انخفاض حالات ... التطعيم", then "أعلنت
    وزارة الصحة ..."). Only the first lines are read."""
    top = next((index for index, ok in enumerate(doc.ok) if ok), None)
    if top is None or top + 1 not in glue or not doc.ok[top + 1] or top + 2 >= len(doc.lines):
        return
    byline, headline = doc.text[top], doc.text[top + 1]
    if split_byline(byline) is None or furniture_kind(byline) is not None or not headline_like(headline):
        return
    if doc.ok[top + 2] and normalize(doc.word(top + 2)) in _LEAD_VERBS:
        del glue[top + 1]


_QUOTE_MARKS: Final = re.compile(r"(?:>+ )+")
"""A quoted line's marks: ``> ``, or a quote inside a quote, ``> > `` or ``>> `` as mail clients nest replies."""


def _quote_depth(line: str) -> tuple[int, int]:
    """How deep ``line`` is quoted (its ``>`` marks) and where its text starts; ``(0, 0)`` for a line that is
    not quoted."""
    found = _QUOTE_MARKS.match(line)
    return (found.group().count(">"), found.end()) if found else (0, 0)


def _join_quotes(text: str) -> str:
    """``text`` with each run of quoted lines (``> `` one under the other, as a mail client quotes) made one
    quoted paragraph, a run at each depth (``> > ``, ``>> ``) its own; ``text`` itself when no two quoted lines
    of one depth are neighbours."""
    out: list[str] = []
    depth_above = 0
    joined = False
    for line in text.split("\n"):
        depth, start = _quote_depth(line)
        if depth and depth == depth_above and line[start:].strip():
            out[-1] = f"{out[-1].rstrip()} {line[start:].strip()}"
            joined = True
        else:
            out.append(line)
            depth_above = depth
    return "\n".join(out) if joined else text


def unwrap(text: str, classified: dict[str, Line] | None = None) -> str:
    """``text`` with each hard-wrapped paragraph on one line; ``text`` itself when it is not hard-wrapped.

    Args:
        text: a sanitized plain-text document (``\\n`` line breaks).
        classified: where the lines classified to decide are kept, by their stripped text, for the
            parser to find again (``plaintext_lines.classified_lines``).

    Returns:
        The document with each line that a wrapping tool broke joined to the next by one space (by
        nothing after a hyphen that split a word, unless ``fold`` left the space), each run of quoted
        lines (``> ``) one quoted paragraph, the other lines as they were.
    """
    if "\n>" in text:  # (one C-level scan: most texts have no quote)
        text = _join_quotes(text)
    lines = text.split("\n")
    widest = max(map(len, lines))
    if (widest if text.isascii() else 4 * widest) < WRAP_MIN or not _adjacent(lines):  # 4 bytes a character
        return text
    if widest > WRAP_MAX and any(len(line) > WRAP_MAX and _long_paragraph(line) for line in lines):
        return text
    doc = _Text(lines, classified)
    measures = _measures(text)
    glue = _folded(doc, measures)
    if not glue:
        glue = {index: doc.gap(index) for index in _wrapped(doc, measures)}
        _headline_apart(doc, glue)
    if not glue:
        return text
    out: list[str] = []
    pending = ""
    for index, line in enumerate(lines):
        gap = glue.get(index)
        if gap is not None:
            pending += (doc.text[index] if pending else doc.right[index]) + " " * gap
        elif pending:
            out.append(pending + doc.text[index])
            pending = ""
        else:
            out.append(line)
    return "\n".join(out)
