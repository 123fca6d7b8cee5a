"""The marks around each wrapped line that stand for its paragraph's text before and after it (UAX #9 W2, W7, N1)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Final

__all__ = ["LineContext"]

_CONTEXT_MARKS: Final = {"L": "\u200e", "R": "\u200f", "AL": "\u061c"}
"""The mark that stands for a strong character of each class (LRM, RLM, ALM)."""
_RESOLVING: Final = frozenset({"L", "R", "AL", "EN", "AN"})
"""Classes that decide a neutral's direction (N1 counts numbers as R, or as L after an L by W7)."""
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


class LineContext:
    """What each line of a paragraph sees around it when it is reordered on its own.

    The bidi algorithm resolves numbers and neutrals by what comes before and after them (W2, W7,
    N1), across the paragraph. A line reordered alone would see its paragraph's direction at both
    edges instead: ``2019-2023`` after an Arabic word reads ``2023-2019`` within a line but
    ``2019-2023`` when the range starts one, and the ``.`` ending a split URL went to the wrong end.
    A mark (LRM, RLM, ALM) for the last strong character before the line goes in front of it (the
    numbers at its start resolve by it, W2/W7, and so do the neutrals before its first strong
    character, N1), and one for what the first strong character or number after it resolves to
    goes after it; reordering drops them again, so each line is drawn as within its paragraph.
    """

    __slots__ = ("_base", "_before", "_first", "_last", "_next", "_text_of", "_texts")

    def __init__(self, count: int, base: str, text_of: Callable[[int], str]) -> None:
        self._texts: list[str | None] = [None] * count
        self._base = base
        self._text_of = text_of
        # Per line, found once (a paragraph of numbers or neutrals only would otherwise scan every
        # line before and after each line: 1,250 lines of digits took 20 s): the last strong class in
        # it, the first resolving class in it, the last strong class before it, the first line from
        # it on with a resolving class. ``_UNSET`` is not known yet; None is none.
        self._last: list[str | None | object] = [_UNSET] * count
        self._first: list[tuple[str, int] | None | object] = [_UNSET] * count
        self._before: list[str | None | object] = [_UNSET] * count
        self._next: list[int | None | object] = [_UNSET] * count

    def _text(self, index: int) -> str:
        text = self._texts[index]
        if text is None:
            text = self._texts[index] = self._text_of(index)
        return text

    def _last_in(self, index: int) -> str | None:
        """The class of the last strong character of line ``index``, or None."""
        known = self._last[index]
        if known is _UNSET:
            found = _first_of(self._text(index), _CONTEXT_MARKS, last=True)
            known = self._last[index] = found[0] if found is not None else None
        return known  # type: ignore[return-value]

    def _first_in(self, index: int) -> tuple[str, int] | None:
        """The class and index of the first resolving character of line ``index``, or None."""
        known = self._first[index]
        if known is _UNSET:
            known = self._first[index] = _first_of(self._text(index), _RESOLVING)
        return known  # type: ignore[return-value]

    def _strong_before(self, index: int) -> str | None:
        """The class of the last strong character in the lines before line ``index``, or None."""
        pending: list[int] = []
        found: str | None = None
        at = index
        while at > 0:
            known = self._before[at]
            if known is not _UNSET:
                found = known  # type: ignore[assignment]
                break
            pending.append(at)
            found = self._last_in(at - 1)
            if found is not None:
                break
            at -= 1
        for line in pending:  # every line between them and ``found`` holds no strong character
            self._before[line] = found
        return found

    def _next_resolving(self, index: int) -> int | None:
        """The first line from ``index`` on that holds a resolving character, or None."""
        pending: list[int] = []
        found: int | None = None
        at = index
        while at < len(self._texts):
            known = self._next[at]
            if known is not _UNSET:
                found = known  # type: ignore[assignment]
                break
            pending.append(at)
            if self._first_in(at) is not None:
                found = at
                break
            at += 1
        for line in pending:
            self._next[line] = found
        return found

    def _last_strong(self, index: int, within: str) -> str:
        """The class of the last strong character of ``within`` or of the lines before line ``index``."""
        found = _first_of(within, _CONTEXT_MARKS, last=True)
        if found is not None:
            return found[0]
        before = self._strong_before(index)
        return before if before is not None else self._base  # none: the paragraph's start (sos)

    def wrap(self, index: int, line: str) -> str:
        """``line`` (line ``index``) with the marks that stand for its neighbours around it."""
        if self._texts[index] != line:
            if self._texts[index] is not None:  # not the text it was planned as: forget what was found
                count = len(self._texts)
                self._last, self._first = [_UNSET] * count, [_UNSET] * count
                self._before, self._next = [_UNSET] * count, [_UNSET] * count
            self._texts[index] = line
        before = self._last_strong(index, "")
        head = _CONTEXT_MARKS[before] if index else ""
        tail = ""
        later = self._next_resolving(index + 1) if index + 1 < len(self._texts) else None
        if later is not None:
            kind, at = self._first_in(later)  # type: ignore[misc]
            if kind == "AN" or (kind == "EN" and self._last_strong(later, self._text(later)[:at]) != "L"):
                kind = "R"
            elif kind == "EN":
                kind = "L"
            tail = _CONTEXT_MARKS[kind]
        return f"{head}{line}{tail}"
