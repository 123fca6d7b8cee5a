"""A text's paragraphs as the layout takes them (sanitized, presentation forms folded back) and each one's direction."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final, Literal, get_args

from newstui.text.lazy_regex import LazyRegex
from newstui.text.pipeline_cache import LAYOUT_CACHE_SIZE, LruCache
from newstui.text.sanitize import sanitize_text

__all__ = [
    "SPLIT_CACHE",
    "Direction",
    "check_direction",
    "fold_presentation_forms",
    "paragraph_direction",
    "split_paragraphs",
]

Direction = Literal["ltr", "rtl"]
"""Paragraph direction."""

_DIRECTIONS: Final = frozenset(get_args(Direction))

_PRESENTATION: Final = LazyRegex("[\ufb50-\ufdff\ufe70-\ufefe]+")
"""Arabic Presentation Forms-A and -B (the BOM U+FEFF excluded)."""
_PARAGRAPH_SEPARATOR: Final = LazyRegex("[\n\r\x1c-\x1e\x85\u2029]")
"""Bidi class B: ends a UAX #9 paragraph (all of them are unprintable)."""
_NEEDS_PREPARING: Final = LazyRegex(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u206f\ufb50-\ufdff\ufe70-\ufeff"
    "\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
"""Controls, separators, bidi overrides, presentation forms, BOM, surrogates, tags: one scan finds them.

All but the presentation forms are unprintable, so printable text only needs the cheaper ``_PRESENTATION``."""

SPLIT_CACHE: Final[LruCache[tuple[str, ...]]] = LruCache(LAYOUT_CACHE_SIZE)
"""Each text's paragraphs as ``split_paragraphs`` gives them."""


def fold_presentation_forms(text: str) -> str:
    """Turn Arabic presentation forms (already-shaped input) back into base letters (NFKC)."""
    if _PRESENTATION.search(text) is None:
        return text
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _needs_preparing(text: str) -> bool:
    """``_NEEDS_PREPARING.search(text)``, without compiling it for printable text."""
    if text.isprintable():
        return _PRESENTATION.search(text) is not None
    return _NEEDS_PREPARING.search(text) is not None


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Sanitized, presentation-form-free paragraphs of ``text`` (split at newlines); cached.

    Model text is sanitized already; this is defence in depth (no control character reaches the
    screen whatever the caller passes) and costs one regex scan per distinct text: the cache holds
    as many texts as an article has blocks, so a re-layout never scans again.
    """
    if text.isascii() and text.isprintable():  # nothing to sanitize, fold or split: cheaper than a cache entry
        return (text,)
    found = SPLIT_CACHE.get(text)
    if found is None:
        prepared = fold_presentation_forms(sanitize_text(text)) if _needs_preparing(text) else text
        found = tuple(prepared.split("\n"))
        SPLIT_CACHE.put(text, found)
    return found


def check_direction(direction: str | None) -> None:
    """Raise ValueError unless ``direction`` is None, ``"ltr"`` or ``"rtl"``."""
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
        prefer_rtl: the article-language override: an Arabic-script letter makes it ``"rtl"``
            (``"CNN: قال …"``), unless the paragraph starts in another script and holds more than
            twice as many of its letters (an English sentence quoting an Arabic name stays ``"ltr"``).
            Without it, in a left-to-right story (``default="ltr"``), the mirror rule: a paragraph that
            opens with a right-to-left letter (Arabic, Hebrew; not an RLM) but holds more than twice as
            many left-to-right letters is ``"ltr"``
            (``"«هذا المشروع» — This project will change the region," said the minister.``).

    Returns:
        ``"rtl"`` or ``"ltr"``.
    """
    if prefer_rtl:
        end = _first_paragraph_end(text)
        if _arabic_letter().search(text, 0, end):
            if _first_strong(text) != "ltr" or not _mostly_other_letters(text[:end]):
                return "rtl"
            return "ltr"
    found = _first_strong_char(text)
    if found is None:
        return default
    first = _DIRECTION_OF_CLASS[found[1]]
    if first == "rtl" and default == "ltr" and found[0].isalpha():
        if _mostly_left_to_right(text[: _first_paragraph_end(text)]):
            return "ltr"  # an English sentence opening with an Arabic (or Hebrew) quote, in an English story
    return first


def _mostly_left_to_right(text: str) -> bool:
    """Whether ``text`` holds more than twice as many left-to-right letters as right-to-left ones (bidi
    classes L against R and AL: an RLM is no letter). Only asked of a paragraph that opens right to left in
    a left-to-right story, so a loop over its characters is no cost to the usual case."""
    bidirectional = unicodedata.bidirectional
    ltr = rtl = 0
    for ch in text:
        if ch.isalpha():
            cls = bidirectional(ch)
            if cls == "L":
                ltr += 1
            elif cls == "R" or cls == "AL":
                rtl += 1
    return ltr > 2 * rtl


def _first_paragraph_end(text: str) -> int:
    """Where the first paragraph of ``text`` ends (its length when it holds one)."""
    separator = None if text.isprintable() else _PARAGRAPH_SEPARATOR.search(text)
    return separator.start() if separator else len(text)


def _mostly_other_letters(text: str) -> bool:
    """Whether ``text`` holds more than twice as many letters of other scripts as Arabic-script ones."""
    arabic = sum(map(len, _arabic_letter().findall(text)))
    return sum(map(str.isalpha, text)) - arabic > 2 * arabic


_DIRECTION_OF_CLASS: Final[dict[str, Direction]] = {"L": "ltr", "R": "rtl", "AL": "rtl"}


def _first_strong(text: str) -> Direction | None:
    """The direction of the first strong character of the first paragraph of ``text`` outside isolates (P2)."""
    found = _first_strong_char(text)
    return _DIRECTION_OF_CLASS[found[1]] if found else None


def _first_strong_char(text: str) -> tuple[str, str] | None:
    """The first strong character of the first paragraph outside isolates, with its bidi class (L, R or AL)."""
    bidirectional = unicodedata.bidirectional
    depth = 0
    for ch in text:
        cls = bidirectional(ch)
        if cls in ("L", "R", "AL") and not depth:
            return ch, cls
        if cls in ("LRI", "RLI", "FSI"):
            depth += 1
        elif cls == "PDI":
            depth = max(depth - 1, 0)
        elif cls == "B":
            break
    return None
