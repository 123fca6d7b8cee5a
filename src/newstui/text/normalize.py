"""Arabic-aware folding of text for search and matching only (never for display).

``normalize`` maps text that a reader would call "the same words" to the same string:

* NFKC: presentation forms (copied from PDFs or shaped text) become base letters, the lam-alef
  ligatures become two letters, full-width Latin and digits become ASCII;
* removed: bidi and other format controls (LRM/RLM/ALM, embeddings, isolates, ZWJ/ZWNJ, BOM, soft
  hyphen), harakat and Quranic marks (U+064B-065F, U+0670, U+0610-061A, U+06D6-06ED), tatweel, and
  quotation marks of every kind (``" “ ” „ « » ' ‘ ’ ‹ ›`` ...), so ``“داعش”`` equals ``داعش``;
* folded letters: alef forms ``أ إ آ ٱ ٲ ٳ ٵ`` -> ``ا``; ``ى`` and Persian/Urdu ``ی ې ے`` -> ``ي``;
  ``ک ڪ`` -> ``ك``; ``ة ۀ ہ ە`` -> ``ه``; hamza seats ``ؤ`` -> ``و`` and ``ئ`` -> ``ي`` (people type
  "مسئول"/"مسؤول"/"مسوول" interchangeably; a bare ``ء`` is kept);
* Arabic-Indic ``٠-٩`` and Persian ``۰-۹`` digits -> ``0-9``;
* every other punctuation mark or symbol (``، ؛ ؟ . , : - ( ) … %`` ...) -> a space;
* Latin (and any cased script) is case-folded; whitespace is collapsed and stripped.

The work is one ``str.translate`` over a table built once; characters outside the prepared blocks
are classified by Unicode category on first sight and remembered in that table up to a fixed cap.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from newstui.text.lazy_regex import LazyRegex

__all__ = ["ARABIC_MARKS", "LETTER_FOLDS", "normalize", "search_form"]

_QUOTES: Final = (
    "\"'`\u00b4\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a"
    "\u2032\u2033\u2035\u2036\u275b\u275c\u275d\u275e\u276e\u276f\u2e42\u301d\u301e\u301f"
    "\uff02\uff07"
)
"""Quotation marks (and primes used as quotes): removed, never turned into a space."""

_FORMAT_CONTROLS: Final = (
    "\u00ad\u061c\u180e\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff"
)
"""Bidi controls, joiners, soft hyphen, BOM: removed (a zero-width space still separates words)."""

ARABIC_MARKS: Final = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670\u0674"
    + "".join(chr(c) for c in range(0x0610, 0x061B))
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
    + "\u0640"
)
"""Harakat, superscript alef, high hamza, Quranic annotation marks and tatweel: removed."""

LETTER_FOLDS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0672": "\u0627",  # ٲ
        "\u0673": "\u0627",  # ٳ
        "\u0675": "\u0627",  # ٵ
        "\u0649": "\u064a",  # ى
        "\u06cc": "\u064a",  # ی Farsi yeh
        "\u06d0": "\u064a",  # ې
        "\u06d2": "\u064a",  # ے yeh barree
        "\u06d3": "\u064a",  # ۓ
        "\u0626": "\u064a",  # ئ
        "\u06a9": "\u0643",  # ک keheh
        "\u06aa": "\u0643",  # ڪ swash kaf
        "\u0629": "\u0647",  # ة
        "\u06c0": "\u0647",  # ۀ
        "\u06c1": "\u0647",  # ہ heh goal
        "\u06c2": "\u0647",  # ۂ
        "\u06d5": "\u0647",  # ە
        "\u0624": "\u0648",  # ؤ
    }
)
"""Letter variants folded to one Arabic letter."""

_TABLE_CAP: Final = 20_000
"""Most characters the lazily classified table remembers (the eager part is about 1,000)."""


class _FoldTable(dict[int, "int | str | None"]):
    """A ``str.translate`` table that classifies unseen characters by Unicode category."""

    def __missing__(self, code: int) -> int | str | None:
        category = unicodedata.category(chr(code))
        value: int | str | None
        if category[0] in "PSZ" or category == "Cc":
            value = " "
        elif category == "Cf":
            value = None
        else:
            value = code
        if len(self) < _TABLE_CAP:
            self[code] = value
        return value


def _build_table() -> _FoldTable:
    """The eager part of the fold table: ASCII, Latin-1, Arabic blocks and general punctuation."""
    table = _FoldTable()
    for block in (range(0x0100), range(0x0600, 0x0700), range(0x2000, 0x2070)):
        for code in block:
            table[code]  # (classify by category via __missing__)
    for char in _QUOTES + _FORMAT_CONTROLS + ARABIC_MARKS:
        table[ord(char)] = None
    table[0x200B] = " "  # zero-width space: an invisible word break
    for char, folded in LETTER_FOLDS.items():
        table[ord(char)] = folded
    for digit in range(10):
        table[0x0660 + digit] = str(digit)
        table[0x06F0 + digit] = str(digit)
    return table


_TABLE: Final = _build_table()


def normalize(text: str, *, memo: bool = True) -> str:
    """Fold text for search and matching; the result is never meant for display.

    Args:
        text: any logical-order text (a title, a paragraph, a query).
        memo: remember the result of a short text (queries, keywords and link titles repeat); False
            for a text folded once and kept by the caller (an article's own title in the corpus).

    Returns:
        The folded text: letters and digits in canonical forms, marks, quotes and controls removed,
        other punctuation turned into spaces, case-folded, single-spaced and stripped.
    """
    if memo and len(text) <= 256:
        return _normalize_short(text)
    return _normalize(text)


@lru_cache(maxsize=16384)
def _normalize_short(text: str) -> str:
    """``_normalize`` with a bounded memo for short strings (queries, titles, keywords)."""
    return _normalize(text)


def _normalize(text: str) -> str:
    """The folding itself."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate(_TABLE).casefold().split())


_LAM_ARTICLE: Final = LazyRegex("(?<!\\S)([\u0648\u0641]?)\u0644\u0644")
"""A word that starts (after و or ف) with لل: the preposition ل over the article ال, whose alef is not written."""


def search_form(folded: str) -> str:
    """``normalize``'s text as search compares it: a word that starts with لل (``للأطفال``: ل + الأطفال, the
    article's alef dropped in writing) also holds the article, ``لالاطفال``, so ``الأطفال`` typed finds it.

    Only for search (the list filter, find in the article), on both the query and the text searched: the
    folded text of titles kept elsewhere (the log of stories read, link matching) stays ``normalize``'s.
    """
    if "\u0644\u0644" not in folded:
        return folded
    return _LAM_ARTICLE.get().sub("\\1\u0644\u0627\u0644", folded)
