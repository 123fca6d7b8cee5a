"""The base direction of a paragraph (UAX #9 P2/P3, or the article-language override)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final, Literal, get_args

from newstui.text.lazy_regex import LazyRegex

__all__ = ["Direction", "paragraph_direction"]

Direction = Literal["ltr", "rtl"]
"""Paragraph direction."""

_DIRECTIONS: Final = frozenset(get_args(Direction))

_PARAGRAPH_SEPARATOR: Final = LazyRegex("[\n\r\x1c-\x1e\x85\u2029]")
"""Bidi class B: ends a UAX #9 paragraph (all of them are unprintable)."""


def _check_direction(direction: str | None) -> None:
    if direction is not None and direction not in _DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}; expected 'ltr' or 'rtl'")


@cache
def _arabic_letter() -> re.Pattern[str]:
    """Letters of the Arabic script (base and presentation forms), for the article-language override.

    Compiled on first use. The trailing ``+`` finds the same first letter; without it the class would
    also be compiled a second time, as the search prefix of the pattern.
    """
    return re.compile(
        "[\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
        "\u0750-\u077f\u0870-\u0887\u0889-\u088e\u08a0-\u08c9\ufb50-\ufbb1\ufbd3-\ufd3d\ufd50-\ufdc7"
        "\ufdf0-\ufdfb\ufe70-\ufe74\ufe76-\ufefc]+"
    )


def paragraph_direction(text: str, default: Direction = "rtl", *, prefer_rtl: bool = False) -> Direction:
    """The base direction of a paragraph (UAX #9 P2/P3).

    The first strong character decides: L gives ``"ltr"``, R or AL gives ``"rtl"``; characters inside
    an isolate (LRI/RLI/FSI … PDI) are skipped. Only the first paragraph of ``text`` is looked at.

    Args:
        text: one logical paragraph.
        default: the direction when there is no strong character (the article's direction).
        prefer_rtl: the article-language override: any Arabic-script letter makes it ``"rtl"``.

    Returns:
        ``"rtl"`` or ``"ltr"``.
    """
    if prefer_rtl:
        separator = None if text.isprintable() else _PARAGRAPH_SEPARATOR.search(text)
        if _arabic_letter().search(text, 0, separator.start() if separator else len(text)):
            return "rtl"
    bidirectional = unicodedata.bidirectional
    depth = 0
    for ch in text:
        cls = bidirectional(ch)
        if cls == "L" and not depth:
            return "ltr"
        if cls in ("R", "AL") and not depth:
            return "rtl"
        if cls in ("LRI", "RLI", "FSI"):
            depth += 1
        elif cls == "PDI":
            depth = max(depth - 1, 0)
        elif cls == "B":
            break
    return default
