"""A text's paragraphs as the layout takes them (sanitized, folded for drawing) and each one's direction."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final, Literal, get_args

from newstui.text.lazy_regex import LazyRegex
from newstui.text.pipeline_cache import LAYOUT_CACHE_SIZE, LruCache
from newstui.text.sanitize import sanitize_text

__all__ = [
    "SOFT_BREAK",
    "SPLIT_CACHE",
    "Direction",
    "check_direction",
    "compose_arabic",
    "fold_for_drawing",
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
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\xad\u0653-\u0655\u2000-\u2006\u2008-\u200a\u2028\u2029\u202a-\u202e"
    "\u205f\u2066-\u206f\u3000\ufb50-\ufdff\ufe70-\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
"""Controls, separators, bidi overrides, presentation forms, the soft hyphen, combining hamza and madda,
Unicode spaces that break (``_BREAKING_SPACES``), BOM, surrogates, tags: one scan finds them.

All but the presentation forms and the combining hamza and madda are unprintable, so printable text only
needs the cheaper ``_PRESENTATION`` and a look for those three marks (``_COMBINING_HAMZA``)."""

_COMBINING_HAMZA: Final = ("\u0653", "\u0654", "\u0655")
"""MADDAH ABOVE, HAMZA ABOVE, HAMZA BELOW: the second half of every canonical decomposition of an Arabic
letter (``أ`` is ``ا`` + U+0654 in decomposed, NFD, text)."""
_COMPOSED: Final = {
    ("\u0627", "\u0653"): "\u0622",  # آ
    ("\u0627", "\u0654"): "\u0623",  # أ
    ("\u0648", "\u0654"): "\u0624",  # ؤ
    ("\u0627", "\u0655"): "\u0625",  # إ
    ("\u064a", "\u0654"): "\u0626",  # ئ
    ("\u06d5", "\u0654"): "\u06c0",  # ۀ
    ("\u06c1", "\u0654"): "\u06c2",  # ۂ
    ("\u06d2", "\u0654"): "\u06d3",  # ۓ
}
"""Every canonical composition of an Arabic letter (a unit test checks it against ``unicodedata``)."""
_DECOMPOSED: Final = LazyRegex("([\u0627\u0648\u064a\u06c1\u06d2\u06d5])([\u064b-\u0652\u0670]*)([\u0653-\u0655])")
"""A letter that composes, harakat (combining classes 27-35, which never block a composition), then a
combining hamza or madda."""
_BREAKING_SPACES: Final = LazyRegex("[\u2000-\u2006\u2008-\u200a\u205f\u3000]")
"""Unicode spaces a line may break at (UAX #14 class BA: en, em, thin, hair, ideographic ...), drawn as a
plain space so the wrapper breaks there. Not NBSP, FIGURE SPACE nor U+202F (class GL: ``12 500`` stays
whole), nor OGHAM SPACE MARK (a visible stroke)."""
_DIGIT_GROUP_SPACE: Final = LazyRegex("(?<=\\d)[\u2000-\u2006\u2008-\u200a\u205f\u3000](?=\\d)")
"""A breaking Unicode space between two digits: a thousands separator (``1<THIN SPACE>250<THIN SPACE>000``, the SI
and French style), drawn as FIGURE SPACE (U+2007: one blank cell, the same bidi class, no break there) so the
number is never broken across lines, as with NBSP or U+202F."""
_FIGURE_SPACE: Final = "\u2007"
_SOFT_HYPHEN: Final = "\xad"
SOFT_BREAK: Final = "\U000e01d1"
"""What a soft hyphen (U+00AD) becomes in a paragraph the layout takes (``split_paragraphs``): a variation
selector, zero cells wide, never drawn (left out before shaping and from every line), where the wrapper may
cut a word too long for its line, drawing a hyphen at the line's logical end (``wrap.SOFT_HYPHEN_SHOWN``)."""
_LAM_SHY_ALEF: Final = LazyRegex("(?<=\u0644)\xad(?=[\u0622\u0623\u0625\u0627])")
"""A soft hyphen between a lam and an alef: left out, never a break (the pair is drawn as one ligature)."""

SPLIT_CACHE: Final[LruCache[tuple[str, ...]]] = LruCache(LAYOUT_CACHE_SIZE)
"""Each text's paragraphs as ``split_paragraphs`` gives them."""


_SPELLED_OUT: Final = {
    0xFD40: "رحمه الله",
    0xFD41: "رضي الله عنه",
    0xFD42: "رضي الله عنها",
    0xFD43: "رضي الله عنهم",
    0xFD44: "رضي الله عنهما",
    0xFD45: "رضي الله عنهن",
    0xFD46: "صلى الله عليه وآله",
    0xFD47: "عليه السلام",
    0xFD48: "عليهم السلام",
    0xFD49: "عليهما السلام",
    0xFD4A: "عليه الصلاة والسلام",
    0xFD4B: "قدس سره",
    0xFD4C: "صلى الله عليه وآله وسلم",
    0xFD4D: "عليها السلام",
    0xFD4E: "تبارك وتعالى",
    0xFD4F: "رحمهم الله",
    0xFDCF: "سلامه علينا",
    0xFDFD: "بسم الله الرحمن الرحيم",
    0xFDFE: "سبحانه وتعالى",
    0xFDFF: "عز وجل",
}
"""The Arabic word ligatures with no decomposition (NFKC leaves them as they are), spelled out as their names
say: the Basmala ``﷽`` (U+FDFD) and the honorifics of Unicode 14. A font draws each as one glyph many cells
wide where Rich and wcwidth count one cell (``shared/RTL.md`` §1.5), so it spills over the words beside it;
spelled out, it is drawn and measured as words, as ``ﷺ`` (U+FDFA) and ``ﷲ`` (U+FDF2) are through NFKC."""
_HAS_SPELLED_OUT: Final = LazyRegex("[\ufd40-\ufd4f\ufdcf\ufdfd-\ufdff]")


def fold_presentation_forms(text: str) -> str:
    """Turn Arabic presentation forms (already-shaped input) back into base letters (NFKC), and the word
    ligatures NFKC keeps into their words (``_SPELLED_OUT``: ``﷽`` is drawn ``بسم الله الرحمن الرحيم``)."""
    if _PRESENTATION.search(text) is None:
        return text
    folded = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return folded.translate(_SPELLED_OUT) if _HAS_SPELLED_OUT.search(folded) is not None else folded


def _compose(match: re.Match[str]) -> str:
    letter, marks, mark = match.groups()
    composed = _COMPOSED.get((letter, mark))
    return match.group() if composed is None else composed + marks


def compose_arabic(text: str) -> str:
    """``text`` with every Arabic letter written decomposed (a base letter and a combining hamza or madda, as
    NFD text and some macOS files and CMS exports have it) composed, as NFC does: ``ي`` + U+0654 is ``ئ``.

    The reshaper knows only the composed letters: given ``ي`` + hamza it draws a dotted yeh and a loose hamza,
    and ``ل`` ``ا`` + hamza as ``ﻻ`` + hamza instead of ``ﻷ``. Harakat between the letter and its hamza stay
    after the composed letter, in their order (NFC would also sort them by combining class).
    """
    if not any(mark in text for mark in _COMBINING_HAMZA):  # (C-level scans: nearly every text stops here)
        return text
    return _DECOMPOSED.sub(_compose, text)


def fold_for_drawing(text: str) -> str:
    """``text`` as it is shaped and drawn: soft hyphens left out (invisible, and transparent to joining:
    ``المست<SHY>شفيات`` is one joined word), decomposed letters composed (``compose_arabic``), presentation
    forms folded back (``fold_presentation_forms``). Search, copying and ``--json`` keep the text as written."""
    if _SOFT_HYPHEN in text:
        text = text.replace(_SOFT_HYPHEN, "")
    return fold_presentation_forms(compose_arabic(text))


def _needs_preparing(text: str) -> bool:
    """``_NEEDS_PREPARING.search(text)``, without compiling it for printable text."""
    if text.isprintable():
        return _PRESENTATION.search(text) is not None or any(mark in text for mark in _COMBINING_HAMZA)
    return _NEEDS_PREPARING.search(text) is not None


def _prepared(text: str) -> str:
    """``text`` sanitized and folded for drawing (``fold_for_drawing``, but its soft hyphens ``SOFT_BREAK``), its
    breaking Unicode spaces plain ones
    (but for those between two digits, ``_DIGIT_GROUP_SPACE``)."""
    text = sanitize_text(text)
    if _SOFT_HYPHEN in text:
        text = _LAM_SHY_ALEF.sub("", text).replace(_SOFT_HYPHEN, SOFT_BREAK)
    text = fold_for_drawing(text)
    if not text.isprintable():
        text = _BREAKING_SPACES.sub(" ", _DIGIT_GROUP_SPACE.sub(_FIGURE_SPACE, text))
    return text


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Sanitized paragraphs of ``text`` (split at newlines) folded for drawing (``fold_for_drawing``), their
    breaking Unicode spaces (``_BREAKING_SPACES``) plain ones; cached.

    Model text is sanitized already; this is defence in depth (no control character reaches the
    screen whatever the caller passes) and costs one regex scan per distinct text: the cache holds
    as many texts as an article has blocks, so a re-layout never scans again.
    """
    if text.isascii() and text.isprintable():  # nothing to sanitize, fold or split: cheaper than a cache entry
        return (text,)
    found = SPLIT_CACHE.get(text)
    if found is None:
        prepared = _prepared(text) if _needs_preparing(text) else text
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
