"""A paragraph's bracket pairs and the direction UAX #9 gives each pair (BD16, N0), for lines reordered on their own."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
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
_W7: Final = re.compile("L[^LR]*")
"""From an L up to the next strong letter: the European numbers in it are L (W7)."""
_STRONG_RUN: Final = re.compile("L(?:N*L)*|[RAE](?:N*[RAE])*|B")
"""A class string's runs of one direction (neutrals between them kept in), and single brackets."""
_RIGHTWARD: Final = re.compile("[RAE]")


def _class_string(text: str, base: str) -> str:
    """``text`` as one letter per character (``_LETTERS``), European numbers after Latin made L (W7)."""
    classes = text.translate(_CLASS_LETTERS)
    if "E" in classes:
        classes = _W7.sub(lambda match: match.group().replace("E", "L"), base + classes)[1:]
    return classes


def _pairs(text: str, classes: str, table: dict[str, tuple[str, bool]]) -> list[tuple[int, int]]:
    """BD16: the bracket pairs of ``text`` as (opening index, closing index), by opening index."""
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int]] = []
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
                    found.append((stack[depth][1], index))
                    del stack[depth:]
                    break
        index = classes.find("B", index + 1)
    found.sort()
    return found


def paired_brackets(text: str, base: str) -> dict[int, PairedBracket]:
    """Every bracket of ``text`` (one paragraph, no explicit embeddings) whose pair N0 resolves, by index.

    ``base`` is the paragraph's direction, ``"L"`` or ``"R"``. A pair with a strong character of the
    base direction inside takes the base direction; one with only the other direction inside takes
    that direction when the text before the pair is of that direction too, else the base; one with
    no strong character inside is left to N1 and is not listed. The text is classed by
    ``str.translate``, and the brackets and the strong runs between them walked once; a pair's
    inside is searched in the class string (nested pairs, at most 63 deep, search theirs again).
    """
    table = bracket_table()
    classes = _class_string(text, base)
    pairs = _pairs(text, classes, table)
    if not pairs:
        return {}
    # Per bracket, the class of the last strong character before it (what numbers after it look back
    # to: W2, W7); per run of one direction, where it ends and which it is (N0 counts A and E as R).
    last_strong: dict[int, str] = {}
    strong_at: list[int] = []
    strong_kind: list[str] = []
    strong = base
    for match in _STRONG_RUN.finditer(classes):
        letter = classes[match.end() - 1]
        if letter == "B":
            last_strong[match.start()] = strong
            continue
        strong_at.append(match.end() - 1)
        strong_kind.append("L" if letter == "L" else "R")
        if letter == "L":
            strong = "L"
        else:  # the run's last R (an AL, say), not a number: what numbers after it look back to
            found = max(classes.rfind("R", match.start(), match.end()), classes.rfind("L", match.start(), match.end()))
            if found >= 0:
                strong = "L" if classes[found] == "L" else unicodedata.bidirectional(text[found])
    resolved_at: list[int] = []
    resolved: dict[int, str] = {}
    other = "R" if base == "L" else "L"
    out: dict[int, PairedBracket] = {}
    for opening, closing in pairs:
        inside_left = classes.find("L", opening + 1, closing) >= 0
        inside_right = _RIGHTWARD.search(classes, opening + 1, closing) is not None
        if inside_left if base == "L" else inside_right:
            direction = base
        elif inside_right if base == "L" else inside_left:
            before = _context(opening, strong_at, strong_kind, resolved_at, resolved, base)
            direction = other if before == other else base
        else:
            continue
        resolved[opening] = resolved[closing] = direction
        insort(resolved_at, opening)
        insort(resolved_at, closing)
        out[opening] = PairedBracket(closing, direction, last_strong[opening])
        out[closing] = PairedBracket(opening, direction, last_strong[closing])
    return out


def _context(
    index: int,
    strong_at: list[int],
    strong_kind: list[str],
    resolved_at: list[int],
    resolved: dict[int, str],
    base: str,
) -> str:
    """N0 c: the direction of the first strong type before ``index`` (brackets resolved so far count), else the base."""
    at = bisect_left(strong_at, index) - 1
    bracket = bisect_left(resolved_at, index) - 1
    if bracket >= 0 and (at < 0 or resolved_at[bracket] > strong_at[at]):
        return resolved[resolved_at[bracket]]
    return strong_kind[at] if at >= 0 else base
