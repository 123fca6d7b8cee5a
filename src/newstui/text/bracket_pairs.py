"""A paragraph's bracket pairs and the direction UAX #9 gives each pair (BD16, N0), for lines reordered on their own."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final, NamedTuple

__all__ = ["MAX_DEPTH", "PairedBracket", "all_paired", "bracket_table", "has_bracket", "paired_brackets"]

MAX_DEPTH: Final = 63
"""BD16's stack: an opening bracket past this many open ones stops the pairing (pairs found so far stand)."""
_TO_R: Final = frozenset({"R", "AL", "EN", "AN"})
"""Classes N0 counts as R (numbers are strong there: EN and AN as R, EN after L as L by W7)."""
_STRONG: Final = frozenset({"L", "R", "AL"})


class PairedBracket(NamedTuple):
    """One bracket of a pair N0 resolved, as a line holding it without its partner needs to know it."""

    partner: int
    """Index of the other bracket of the pair in the paragraph."""
    direction: str
    """``"L"`` or ``"R"``: what N0 made both brackets."""
    before: str
    """The class of the last strong character before the bracket (``"L"``, ``"R"``, ``"AL"``; the
    paragraph's base at its start): what numbers after it resolve by (W2, W7)."""


@cache
def bracket_table() -> dict[str, tuple[str, bool]]:
    """Each paired bracket (Bidi_Paired_Bracket_Type open or close) → (its pair's key, is opening).

    Derived from the mirroring table the reordering uses (python-bidi's): an opening punctuation
    (Ps) mirrored to a closing one (Pe), and back. The key is the opening bracket's canonical form,
    so ``〈`` U+2329 and ``〈`` U+3008 pair alike (BD16).
    """
    from bidi.mirror import MIRRORED

    table: dict[str, tuple[str, bool]] = {}
    for char, mirror in MIRRORED.items():
        kind, other = unicodedata.category(char), unicodedata.category(mirror)
        if kind == "Ps" and other == "Pe":
            table[char] = (unicodedata.normalize("NFD", char), True)
        elif kind == "Pe" and other == "Ps":
            table[char] = (unicodedata.normalize("NFD", mirror), False)
    return table


_ASCII_BRACKETS: Final = "()[]{}"


@cache
def _bracket_pattern() -> re.Pattern[str]:
    """Any paired bracket (a class of ~120 characters: compiled when a non-ASCII text is first asked about)."""
    return re.compile("[" + "".join(re.escape(char) for char in sorted(bracket_table())) + "]")


def has_bracket(text: str) -> bool:
    """Whether ``text`` holds a paired bracket (ASCII ones looked for first, without the table)."""
    for char in _ASCII_BRACKETS:
        if char in text:
            return True
    return not text.isascii() and _bracket_pattern().search(text) is not None


def all_paired(text: str) -> bool:
    """Whether every bracket of ``text`` pairs with one in ``text`` (BD16); in a line, that means each
    pairs with the same bracket as in its paragraph."""
    table = bracket_table()
    stack: list[str] = []
    for match in _bracket_pattern().finditer(text):
        key, opening = table[match.group()]
        if opening:
            stack.append(key)
        elif key in stack:
            del stack[len(stack) - 1 - stack[::-1].index(key) :]
        else:
            return False
    return not stack


_LETTERS: Final = {"L": "L", "R": "R", "AL": "R", "EN": "E", "AN": "A"}
"""A class string's letters: L, R (R and AL), E (a European number), A (an Arabic one), B (a paired
bracket), N (everything else). W7 then makes an E after an L (no R between) an L."""


class _ClassLetters(dict[int, str]):
    """Code point → its letter in a class string, found on first sight (``str.translate`` looks each up)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        letter = "B" if char in bracket_table() else _LETTERS.get(unicodedata.bidirectional(char), "N")
        self[code] = letter
        return letter


_CLASS_LETTERS: Final = _ClassLetters()
_W7: Final = re.compile("L[^R]*")
"""From an L up to the next R: the European numbers in it are L (W7: no R or AL between them and the L)."""
_NUMBERS: Final = re.compile("E+")
_STRONG_RUN: Final = re.compile("L(?:N*L)*|[RAE](?:N*[RAE])*|B")
"""A class string's runs of one direction (neutrals between them kept in), and single brackets."""
_RIGHTWARD: Final = re.compile("[RAE]")


def _class_string(text: str, base: str) -> str:
    """``text`` as one letter per character (``_LETTERS``), European numbers after Latin made L (W7).

    The numbers are made L in a byte copy of the letters, a run of them at a time: a huge paragraph of
    mixed scripts builds no string per span of Latin."""
    classes = text.translate(_CLASS_LETTERS)
    if "E" not in classes:
        return classes
    letters = bytearray(classes, "ascii")
    if base == "L":  # numbers before the first strong letter take the paragraph's direction
        _numbers_to_l(classes, letters, 0, _end_of_span(classes, 0))
    for span in _W7.finditer(classes):
        _numbers_to_l(classes, letters, *span.span())
    return letters.decode("ascii")


def _end_of_span(classes: str, start: int) -> int:
    """Where the first R at or after ``start`` is, else the end of ``classes``."""
    found = classes.find("R", start)
    return len(classes) if found < 0 else found


def _numbers_to_l(classes: str, letters: bytearray, start: int, end: int) -> None:
    """Make the European numbers of ``classes[start:end]`` L in ``letters``."""
    if classes.find("E", start, end) < 0:
        return
    for run in _NUMBERS.finditer(classes, start, end):
        letters[run.start() : run.end()] = b"L" * (run.end() - run.start())


def _pairs(text: str, classes: str, table: dict[str, tuple[str, bool]]) -> dict[int, int]:
    """BD16: the bracket pairs of ``text``, opening index -> closing index."""
    stack: list[tuple[str, int]] = []
    found: dict[int, int] = {}
    index = classes.find("B")
    while index >= 0:
        key, opening = table[text[index]]
        if opening:
            if len(stack) == MAX_DEPTH:
                break
            stack.append((key, index))
        else:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == key:
                    found[stack[depth][1]] = index
                    del stack[depth:]
                    break
        index = classes.find("B", index + 1)
    return found


def paired_brackets(text: str, base: str) -> dict[int, PairedBracket]:
    """Every bracket of ``text`` (one paragraph, no explicit embeddings) whose pair N0 resolves, by index.

    ``base`` is the paragraph's direction, ``"L"`` or ``"R"``. A pair with a strong character of the
    base direction inside takes the base direction; one with only the other direction inside takes
    that direction when the text before the pair is of that direction too, else the base; one with
    no strong character inside is left to N1 and is not listed. The text is classed by
    ``str.translate``, and the brackets and the strong runs between them walked once, each pair
    resolved as its opening bracket is reached (what comes before it is known by then); a pair's
    inside is searched in the class string (nested pairs, at most 63 deep, search theirs again).
    Nothing is kept per character or per run: a huge paragraph costs its class string and its pairs.
    """
    classes = _class_string(text, base)
    pairs = _pairs(text, classes, bracket_table())
    return _resolved(text, classes, pairs, base) if pairs else {}


class _Walk:
    """What the walk of ``_resolved`` has seen so far: the last strong character and run, the last bracket
    resolved, and the pairs resolved whose closing bracket is still ahead."""

    __slots__ = ("bracket", "bracket_at", "pending", "run", "run_at", "strong")

    def __init__(self, base: str) -> None:
        self.strong = base
        """The class of the last strong character (``"L"``, ``"R"``, ``"AL"``; the base at the start)."""
        self.run_at, self.run = -1, base
        """Where the last run of one direction ends, and which it is (N0 counts A and E as R)."""
        self.bracket_at, self.bracket = -1, base
        """Where the last bracket resolved is, and its direction (N0 counts it as strong)."""
        self.pending: dict[int, tuple[int, str, int]] = {}
        """A resolved pair's closing index -> its opening index, direction and closing index (the same int
        object as the opening's ``partner``: a huge paragraph's pairs keep two ints each, not three)."""

    def context(self) -> str:
        """N0 c: the direction of the first strong type before here (brackets resolved so far count)."""
        return self.bracket if self.bracket_at > self.run_at else self.run


def _resolved(text: str, classes: str, pairs: dict[int, int], base: str) -> dict[int, PairedBracket]:
    """N0 for ``pairs`` (opening -> closing index) in one walk of the strong runs and brackets of ``classes``."""
    walk = _Walk(base)
    out: dict[int, PairedBracket] = {}
    for match in _STRONG_RUN.finditer(classes):
        at = match.end() - 1
        letter = classes[at]
        if letter != "B":
            _run(walk, text, classes, match.start(), at, letter)
            continue
        closing = pairs.get(at)
        if closing is not None:
            direction = _direction(classes, at, closing, base, walk)
            if direction is None:
                continue
            out[at] = PairedBracket(closing, direction, walk.strong)
            walk.pending[closing] = (at, direction, closing)
        else:
            found = walk.pending.pop(at, None)
            if found is None:
                continue
            opening, direction, closing = found
            out[closing] = PairedBracket(opening, direction, walk.strong)  # the partner's int, not a third
        walk.bracket_at, walk.bracket = at, direction
    return out


def _run(walk: _Walk, text: str, classes: str, start: int, last: int, letter: str) -> None:
    """Note a run of one direction, ``classes[start : last + 1]``, ending with ``letter``."""
    walk.run_at, walk.run = last, "L" if letter == "L" else "R"
    if letter == "L":
        walk.strong = "L"
        return
    # the run's last R (an AL, say), not a number: what numbers after it look back to
    found = max(classes.rfind("R", start, last + 1), classes.rfind("L", start, last + 1))
    if found >= 0:
        walk.strong = "L" if classes[found] == "L" else unicodedata.bidirectional(text[found])


def _direction(classes: str, opening: int, closing: int, base: str, walk: _Walk) -> str | None:
    """N0 for the pair ``opening``..``closing``: the base direction, the other one, or None (no strong inside)."""
    inside_left = classes.find("L", opening + 1, closing) >= 0
    inside_right = _RIGHTWARD.search(classes, opening + 1, closing) is not None
    if inside_left if base == "L" else inside_right:
        return base
    if inside_right if base == "L" else inside_left:
        other = "R" if base == "L" else "L"
        return other if walk.context() == other else base
    return None
