"""Hiding harakat (Arabic vowel marks) for display, at the reader's request; the logical text keeps them."""

from __future__ import annotations

from typing import Final

from newstui.text.lazy_regex import LazyRegex

__all__ = ["HARAKAT", "strip_harakat"]

HARAKAT: Final = "".join(chr(code) for code in (*range(0x064B, 0x0653), *range(0x0656, 0x065F), 0x0670))
"""The marks hidden: tanween, fatha, damma, kasra, shadda and sukun (U+064B-0652), the other vowel signs
(U+0656-065E) and the superscript alef (U+0670). Maddah and hamza above or below (U+0653-0655) and the
wavy hamza (U+065F) are kept: in decomposed text they are part of a letter (``ا`` + U+0654 is ``أ``).
Quranic annotation signs and tatweel are not vowel marks and are kept too."""

_FIND: Final = LazyRegex(f"[{HARAKAT}]")
_TABLE: Final = dict.fromkeys(map(ord, HARAKAT))


def strip_harakat(text: str) -> str:
    """``text`` without the marks of ``HARAKAT`` (the same object when it has none)."""
    if _FIND.search(text) is None:
        return text
    return text.translate(_TABLE)
