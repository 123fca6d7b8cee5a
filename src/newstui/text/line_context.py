"""The marks put in each wrapped line so that it resolves as within its paragraph (UAX #9 W2, W7, N0, N1)."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from functools import partial
from typing import Final

from newstui.text.bracket_pairs import PairedBracket, all_paired, has_bracket, paired_brackets

__all__ = ["LineContext"]

_CONTEXT_MARKS: Final = {"L": "\u200e", "R": "\u200f", "AL": "\u061c"}
"""The mark that stands for a strong character of each class (LRM, RLM, ALM)."""
_RESOLVING: Final = frozenset({"L", "R", "AL", "EN", "AN"})
"""Classes that decide a neutral's direction (N1 counts numbers as R, or as L after an L by W7)."""
_STRONG: Final = frozenset({"L", "R", "AL"})
_NUMBER_SEPARATORS: Final = frozenset({"CS", "ES"})
"""Separators W4 counts as part of a number between two digits (CS between one kind, ES between EN)."""
_DIGIT_CLASSES: Final = frozenset({"EN", "AN"})
_LRI: Final = "\u2066"
_PDI: Final = "\u2069"
"""A left-to-right isolate around a number cut after a separator (reordering drops them with the marks)."""
_UNSET: Final = object()
"""Not found yet (None means found to be none)."""


def _first_of(text: str, classes: frozenset[str] | dict[str, str], *, last: bool = False) -> tuple[str, int] | None:
    """The class and index of the first (or ``last``) character of ``text`` in ``classes``, or None."""
    bidirectional = unicodedata.bidirectional
    indexes = range(len(text) - 1, -1, -1) if last else range(len(text))
    for index in indexes:
        found = bidirectional(text[index])
        if found in classes:
            return found, index
    return None


_JOINED: Final = {"L": frozenset({"ET"}), "R": frozenset({"ET", "EN", "AN"}), "AL": frozenset({"EN", "AN"})}
"""What the mark in front of a number goes in front of too, by the class it stands for: an ET run
joins a European number (W5) unless an AL makes it an AN (W2); and next to an AN an R-level mark would
split one run of digits in two."""


def _number_after(line: str, start: int, strong: str) -> int | None:
    """Where to put the mark for ``strong`` that the first European number at or after ``start`` looks
    back to (W2, W7), if no strong character comes before it; else None (``_JOINED`` says what it goes
    in front of with the number). Arabic-Indic digits (AN) and neutrals do not look back."""
    bidirectional = unicodedata.bidirectional
    for at in range(start, len(line)):
        kind = bidirectional(line[at])
        if kind in _STRONG:
            return None
        if kind == "EN":
            joined = _JOINED[strong]
            while at > start and bidirectional(line[at - 1]) in joined:
                at -= 1
            return at
    return None


class LineContext:
    """What each line of a paragraph needs put in it to be reordered on its own as within the paragraph.

    The bidi algorithm resolves numbers by the strong character before them (W2, W7), brackets by
    their pair (N0) and neutrals by what comes before and after them (N1), across the paragraph. A
    line reordered alone would see its paragraph's direction at both edges instead: ``2019-2023``
    after an Arabic word reads ``2023-2019`` within a line but ``2019-2023`` when the range starts
    one, and the ``.`` ending a split URL went to the wrong end. So a mark (LRM, RLM, ALM) goes in
    front of the line for what neutrals at its start resolve by (the last strong character, number
    or resolved bracket before it), one in front of its first number for what that number resolves
    by when the two differ, one after the line for what its last neutrals resolve by, and one on each
    side of a bracket whose partner is on another line. Reordering drops them again.
    """

    __slots__ = (
        "_base",
        "_before",
        "_brackets",
        "_cut_after",
        "_first",
        "_last",
        "_last_n1",
        "_may_bracket",
        "_n1_before",
        "_next",
        "_text_of",
        "_texts",
    )

    def __init__(
        self,
        count: int,
        base: str,
        text_of: Callable[[int], str],
        *,
        brackets: bool = True,
        cut_after: Callable[[int], bool] | None = None,
    ) -> None:
        """``count`` lines of a paragraph of direction ``base`` (``"L"`` or ``"R"``), each line's text
        from ``text_of`` when needed; ``brackets`` False when the paragraph holds no bracket;
        ``cut_after(index)`` True when line ``index`` and the next are one word cut in two (no space
        between them in the paragraph; without it, lines are taken to be broken at spaces)."""
        self._texts: list[str | None] = [None] * count
        self._base = base
        self._text_of = text_of
        self._may_bracket = brackets
        self._cut_after = cut_after
        self._brackets: tuple[dict[int, PairedBracket], list[int], list[int]] | None = None
        self._forget()

    def _forget(self) -> None:
        """Drop what was found from the lines' texts."""
        count = len(self._texts)
        # Per line, found once (a paragraph of numbers or neutrals only would otherwise scan every
        # line before and after each line: 1,250 lines of digits took 20 s): the last strong class in
        # it, the N1 class of its first and of its last resolving character, the last strong class
        # before it, the N1 class of the last resolving character before it, the first line from it
        # on with a resolving character. ``_UNSET`` is not known yet; None is none.
        self._last: list[str | None | object] = [_UNSET] * count
        self._first: list[str | None | object] = [_UNSET] * count
        self._last_n1: list[str | None | object] = [_UNSET] * count
        self._before: list[str | None | object] = [_UNSET] * count
        self._n1_before: list[str | None | object] = [_UNSET] * count
        self._next: list[int | None | object] = [_UNSET] * count
        self._brackets = None

    def _text(self, index: int) -> str:
        text = self._texts[index]
        if text is None:
            text = self._texts[index] = self._text_of(index)
        return text

    def _pairs(self) -> tuple[dict[int, PairedBracket], list[int], list[int]]:
        """The paragraph's brackets N0 resolves (its lines joined by spaces), where they are (in order)
        and where each line starts."""
        if self._brackets is None:
            if not self._may_bracket:
                self._brackets = {}, [], []
                return self._brackets
            texts = [self._text(index) for index in range(len(self._texts))]
            starts: list[int] = []
            at = 0
            for text in texts:
                starts.append(at)
                at += len(text) + 1
            joined = " ".join(texts)
            pairs = paired_brackets(joined, self._base) if has_bracket(joined) else {}
            self._brackets = pairs, sorted(pairs), starts
        return self._brackets

    def _resolved_in(self, index: int) -> list[tuple[int, PairedBracket]]:
        """The brackets of line ``index`` that N0 resolves in the paragraph, as (offset in the line, pair)."""
        if not self._may_bracket or not has_bracket(self._text(index)):
            return []
        pairs, places, starts = self._pairs()
        if not pairs:
            return []
        start = starts[index]
        end = start + len(self._text(index))
        return [(at - start, pairs[at]) for at in places[bisect_left(places, start) : bisect_left(places, end)]]

    def _last_in(self, index: int) -> str | None:
        """The class of the last strong character of line ``index``, or None."""
        known = self._last[index]
        if known is _UNSET:
            found = _first_of(self._text(index), _CONTEXT_MARKS, last=True)
            known = self._last[index] = found[0] if found is not None else None
        return known  # type: ignore[return-value]

    def _found_before(
        self, index: int, memo: list[str | None | object], in_line: Callable[[int], str | None]
    ) -> str | None:
        """The first answer of ``in_line`` for the lines before line ``index``, nearest first, or None.

        ``memo`` keeps the answer for every line walked past (each holds none of its own), so each
        line is asked once however many lines after it ask.
        """
        pending: list[int] = []
        found: str | None = None
        at = index
        while at > 0:
            known = memo[at]
            if known is not _UNSET:
                found = known  # type: ignore[assignment]
                break
            pending.append(at)
            found = in_line(at - 1)
            if found is not None:
                break
            at -= 1
        for line in pending:
            memo[line] = found
        return found

    def _strong_before(self, index: int) -> str | None:
        """The class of the last strong character in the lines before line ``index``, or None."""
        return self._found_before(index, self._before, self._last_in)

    def _last_strong(self, index: int, within: str) -> str:
        """The class of the last strong character of ``within`` or of the lines before line ``index``."""
        found = _first_of(within, _CONTEXT_MARKS, last=True)
        if found is not None:
            return found[0]
        before = self._strong_before(index)
        return before if before is not None else self._base  # none: the paragraph's start (sos)

    def _n1_at(self, index: int, text: str, at: int, kind: str) -> str:
        """What N1 counts resolving character ``at`` (of class ``kind``) of line ``index`` as: L or R."""
        if kind == "EN":  # W2 and W7: an EN after an L is L, after anything else R (as an AN is)
            return "L" if self._last_strong(index, text[:at]) == "L" else "R"
        return "L" if kind == "L" else "R"

    def _scan_n1(self, index: int, *, last: bool) -> str | None:
        """The N1 class of the first (or ``last``) resolving character or resolved bracket of line ``index``."""
        cache = self._last_n1 if last else self._first
        known = cache[index]
        if known is not _UNSET:
            return known  # type: ignore[return-value]
        text = self._text(index)
        found = _first_of(text, _RESOLVING, last=last)
        # A resolved bracket nearer the edge than any resolving character (``(Reuters)`` ending the line)
        # is what the neighbour line's neutrals resolve by: the paragraph's pairs are found only then.
        edge = text if found is None else text[found[1] + 1 :] if last else text[: found[1]]
        brackets = self._resolved_in(index) if self._may_bracket and has_bracket(edge) else []
        result: str | None = None
        if brackets:
            nearest, pair = brackets[-1] if last else brackets[0]
            if found is None or (nearest > found[1] if last else nearest < found[1]):
                result = pair.direction
        if result is None and found is not None:
            result = self._n1_at(index, text, found[1], found[0])
        cache[index] = result
        return result

    def _n1_before_line(self, index: int) -> str:
        """The N1 class of the last resolving character or resolved bracket before line ``index`` (sos: the base)."""
        found = self._found_before(index, self._n1_before, partial(self._scan_n1, last=True))
        return found if found is not None else self._base

    def _next_resolving(self, index: int) -> int | None:
        """The first line from ``index`` on that holds a resolving character or resolved bracket, or None."""
        pending: list[int] = []
        found: int | None = None
        at = index
        while at < len(self._texts):
            known = self._next[at]
            if known is not _UNSET:
                found = known  # type: ignore[assignment]
                break
            pending.append(at)
            if self._scan_n1(at, last=False) is not None:
                found = at
                break
            at += 1
        for line in pending:
            self._next[line] = found
        return found

    def wrap(self, index: int, line: str) -> str:
        """``line`` (line ``index``) with the marks that make it resolve as within its paragraph."""
        if self._texts[index] != line:
            if self._texts[index] is not None:  # not the text it was planned as: forget what was found
                self._forget()
            self._texts[index] = line
        inserts: list[tuple[int, str]] = []
        number_mark: tuple[int, str] | None = None
        head = tail = ""
        bidirectional = unicodedata.bidirectional
        # The common case first: the line before ends with a letter (the last strong character and the
        # last resolving one, with no bracket after it), the line after starts with one.
        before = self._text(index - 1)[-1:] if index else ""
        if before and (kind := bidirectional(before)) in _STRONG:
            head = _CONTEXT_MARKS[kind]
        elif index:
            strong = self._strong_before(index) or self._base
            neutral = self._n1_before_line(index)
            kind = "L" if neutral == "L" else "AL" if strong == "AL" else "R"
            head = _CONTEXT_MARKS[kind]
            if kind != strong:  # numbers at the start look back to the strong character, not to ``head``
                number = _number_after(line, 0, strong)
                if number is not None:  # (after a split bracket's marks at the same place: ``)12``)
                    number_mark = (number, _CONTEXT_MARKS[strong])
        after = self._text(index + 1)[:1] if index + 1 < len(self._texts) else ""
        if after and (kind := bidirectional(after)) in _STRONG:
            tail = _CONTEXT_MARKS["L" if kind == "L" else "AL"]
        elif index + 1 < len(self._texts) and (later := self._next_resolving(index + 1)) is not None:
            # Nothing in the line looks back to it, so ALM stands for R here: a line of Arabic and
            # neutrals with ALM at both ends is reversed without python-bidi (``reorder_text``).
            tail = _CONTEXT_MARKS["L" if self._scan_n1(later, last=False) == "L" else "AL"]
        if self._may_bracket and has_bracket(line) and not all_paired(line):
            inserts.extend(self._split_pair_marks(index, line))
        if number_mark is not None:
            inserts.append(number_mark)
        cut = self._cut_after
        number = self._cut_number(index, line) if after and cut is not None and cut(index) else None
        if number is not None:  # the number's part ends the line: isolated after the brackets' marks
            inserts += [(number, _LRI), (len(line), _PDI)]
        if inserts:
            line = _with_marks(line, inserts)
        return f"{head}{line}{tail}"

    def _cut_number(self, index: int, line: str) -> int | None:
        """Where the number ending line ``index`` starts, when the number is cut there after a separator that
        the paragraph counts as part of it (W4: ``,`` ``.`` ``/`` ``:`` between two numbers of one kind,
        ``+`` ``-`` between two European ones); else None.

        Alone in the line the separator has no number after it: it is a neutral, resolved with the tail's
        mark, and went to the number's far side (``,1,250`` for ``1,250,``). Isolated left to right with the
        number, it stays where the paragraph puts it.
        """
        bidirectional = unicodedata.bidirectional
        if len(line) < 2 or (separator := bidirectional(line[-1])) not in _NUMBER_SEPARATORS:
            return None
        last, first = bidirectional(line[-2]), bidirectional(self._text(index + 1)[:1] or " ")
        if last not in _DIGIT_CLASSES or first != last:
            return None
        if separator == "ES" and (last != "EN" or self._last_strong(index, line) == "AL"):  # W2 made them AN
            return None
        start = len(line) - 1
        while start:  # back over digits, and separators with a digit before them (W4): not ``/`` after a word
            kind = bidirectional(line[start - 1])
            if kind not in _DIGIT_CLASSES and (
                kind not in _NUMBER_SEPARATORS or start < 2 or bidirectional(line[start - 2]) not in _DIGIT_CLASSES
            ):
                break
            start -= 1
        return start

    def _split_pair_marks(self, index: int, line: str) -> list[tuple[int, str]]:
        """The marks (offset in ``line``, mark) around each bracket whose partner is on another line.

        Alone in a line, such a bracket is a plain neutral and resolves by its neighbours (N1):
        ``(Harvard University) MIT`` in an Arabic paragraph, broken after ``Harvard``, drew
        ``University) MIT`` where the paragraph gives ``MIT (University``. A mark of the pair's
        direction on each side makes it resolve, and its neighbours see it, as in the paragraph. When
        that mark is not what numbers after the bracket look back to (W2, W7: an EN after Latin is
        Latin, after an Arabic letter an AN), one for what they look back to goes in front of the
        first number, if only neutrals come between.
        """
        resolved = self._resolved_in(index)
        if not resolved:
            return []
        bidirectional = unicodedata.bidirectional
        inserts: list[tuple[int, str]] = []
        start = self._pairs()[2][index]
        for offset, pair in resolved:
            if 0 <= pair.partner - start < len(line):  # both brackets in the line: it pairs them itself
                continue
            kind = "L" if pair.direction == "L" else "AL" if pair.before == "AL" else "R"
            after = offset + 1
            while after < len(line) and bidirectional(line[after]) == "NSM":  # the bracket's own marks
                after += 1
            inserts += [(offset, _CONTEXT_MARKS[kind]), (after, _CONTEXT_MARKS[kind])]
            if kind != pair.before:
                number = _number_after(line, after, pair.before)
                if number is not None:
                    inserts.append((number, _CONTEXT_MARKS[pair.before]))
        return inserts


def _with_marks(line: str, inserts: list[tuple[int, str]]) -> str:
    """``line`` with each (offset, mark) of ``inserts`` put in before the character at that offset."""
    inserts.sort(key=lambda item: item[0])
    pieces: list[str] = []
    last = 0
    for at, mark in inserts:
        pieces.append(line[last:at])
        pieces.append(mark)
        last = at
    pieces.append(line[last:])
    return "".join(pieces)
