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

    __slots__ = ("_base", "_text_of", "_texts")

    def __init__(self, count: int, base: str, text_of: Callable[[int], str]) -> None:
        self._texts: list[str | None] = [None] * count
        self._base = base
        self._text_of = text_of

    def _text(self, index: int) -> str:
        text = self._texts[index]
        if text is None:
            text = self._texts[index] = self._text_of(index)
        return text

    def _last_strong(self, index: int, within: str) -> str:
        """The class of the last strong character of ``within`` or of the lines before line ``index``."""
        found = _first_of(within, _CONTEXT_MARKS, last=True)
        for earlier in range(index - 1, -1, -1):
            if found is not None:
                break
            found = _first_of(self._text(earlier), _CONTEXT_MARKS, last=True)
        return found[0] if found is not None else self._base  # none: the paragraph's start (sos)

    def wrap(self, index: int, line: str) -> str:
        """``line`` (line ``index``) with the marks that stand for its neighbours around it."""
        self._texts[index] = line
        before = self._last_strong(index, "")
        head = _CONTEXT_MARKS[before] if index else ""
        tail = ""
        for later in range(index + 1, len(self._texts)):
            text = self._text(later)
            found = _first_of(text, _RESOLVING)
            if found is None:
                continue
            kind, at = found
            if kind == "AN" or (kind == "EN" and self._last_strong(later, text[:at]) != "L"):
                kind = "R"
            elif kind == "EN":
                kind = "L"
            tail = _CONTEXT_MARKS[kind]
            break
        return f"{head}{line}{tail}"
