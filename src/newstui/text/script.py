"""Script-based guesses: a text's base direction and language, and the direction a language tag implies."""

from __future__ import annotations

import re
from typing import Final

from newstui.model import Direction
from newstui.text.normalize import normalize

_SAMPLE: Final = 300
"""Characters whose letters are counted for the direction: enough for a verdict, cheap on 10,000 files."""
LANGUAGE_SAMPLE: Final = 2000
"""Characters ``detect_language`` reads at most (searched for Persian/Urdu/Arabic-only letters)."""
# Plain character classes (no look-ahead) keep the count in C: letters of the right-to-left scripts
# (Hebrew, Arabic and their presentation forms) against the letters of the common left-to-right ones.
_RTL_LETTER: Final = "[\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdfb\ufe70-\ufefc]"
# Runs of right-to-left letters, counted by their lengths: far fewer matches than letters. Written
# "[x][x]*" rather than "[x]+" so that ``re`` scans for the first letter with its fast class loop.
_RTL_RUN: Final = re.compile(_RTL_LETTER + _RTL_LETTER + "*")
# Compiling this class costs milliseconds (its CJK and Hangul ranges): it is compiled only once.
_LTR_SCRIPT: Final = re.compile(
    "[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0900-\u0dff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_ADDRESS: Final = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|[\w.+-]+@[\w-]+\.\S+", re.IGNORECASE)
"""A web or e-mail address in running text: its Latin letters say nothing of the text's direction."""
_ARABIC_BASE: Final = re.compile("[\u0620-\u064a]")
_PERSIAN: Final = "پچژگکی"
_ARABIC_ONLY: Final = "يكةى"
_URDU: Final = "ٹڈڑںےھ"


RTL_LANGUAGES: Final = frozenset({"ar", "fa", "ur", "he", "iw", "ps", "sd", "ug", "yi", "ckb", "dv", "ku"})
"""Language subtags written right to left."""


def text_direction(text: str, default: Direction = "ltr", *, limit: int = 5000) -> Direction:
    """The base direction of a text by majority of its letters (right-to-left vs left-to-right scripts).

    Args:
        text: the text (only the first ``limit`` characters are counted).
        default: the direction when the text has no letters.
        limit: how many characters to look at.

    Returns:
        "rtl" when right-to-left letters are at least as many as other letters, else "ltr".
    """
    return _script_direction(text[: min(limit, _SAMPLE)]) or default


def has_rtl_letters(text: str) -> bool:
    """Whether ``text`` holds a letter of a right-to-left script (Arabic, Hebrew, their presentation forms)."""
    return _RTL_RUN.search(text) is not None


def guess_language(text: str) -> str | None:
    """A language guess from the script alone: "ar", "fa", "ur", "en" or None."""
    return detect_language(text)[0]


def language_direction(language: str | None) -> Direction | None:
    """The direction a language tag implies ("ar-EG" -> "rtl"), or None when unknown."""
    if not language:
        return None
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    if not primary.isalpha():
        return None
    return "rtl" if primary in RTL_LANGUAGES else "ltr"


_ENGLISH_WORDS: Final = frozenset(
    "the and of to in is was for on that with said by at from as it are were has have".split()
)


def _count(sample: str, letters: str) -> int:
    """How many times any of ``letters`` occurs in ``sample``."""
    return sum(sample.count(letter) for letter in letters)


def _has_any(sample: str, letters: str) -> bool:
    """Whether any of ``letters`` occurs in ``sample`` (``in`` is much cheaper than ``count``)."""
    for letter in letters:
        if letter in sample:
            return True
    return False


def _has_letters(sample: str, needed: int) -> bool:
    """Whether ``sample`` holds at least ``needed`` right-to-left letters (stops as soon as it does)."""
    found = 0
    for match in _RTL_RUN.finditer(sample):
        found += match.end() - match.start()
        if found >= needed:
            return True
    return found >= needed


def _script_direction(sample: str) -> Direction | None:
    """The direction by majority of letters: None without letters, "rtl" on a tie."""
    if _RTL_RUN.search(sample) is None:
        return "ltr" if _LTR_SCRIPT.search(sample) else None
    latin = len(_LTR_SCRIPT.findall(sample))  # few matches in right-to-left text
    if _has_letters(sample, max(latin, 1)):
        return "rtl"
    if "://" in sample or "www." in sample or "@" in sample:  # an address's letters are not the text's
        words = _ADDRESS.sub(" ", sample)
        if _has_letters(words, max(len(_LTR_SCRIPT.findall(words)), 1)):
            return "rtl"
    return "ltr"


def _arabic_script_language(wide: str, sample: str) -> str | None:
    """The language of right-to-left text ("ar", "fa", "ur" or None) by its Persian, Urdu and Arabic-only letters."""
    if not (_has_any(wide, _PERSIAN) or _has_any(wide, _URDU)):
        # No Persian or Urdu letter: "ar" when there is any Arabic letter (the counts agree).
        return "ar" if _has_any(wide, _ARABIC_ONLY) or _ARABIC_BASE.search(sample) else None
    persian = _count(wide, _PERSIAN)
    arabic_only = _count(wide, _ARABIC_ONLY)
    urdu = _count(wide, _URDU)
    if urdu > arabic_only and urdu >= 3:
        return "ur"
    if persian > arabic_only:
        return "fa"
    if arabic_only or persian or _ARABIC_BASE.search(sample):
        return "ar"
    return None


def detect_language(text: str, hint: str | None = None) -> tuple[str | None, Direction | None]:
    """A cheap script-based guess of a text's language and direction.

    Arabic-script text is "ar", or "fa"/"ur" when Persian/Urdu letters outnumber the Arabic-only
    ones (one Persian "ی" in an Arabic keyword line does not make the text Persian). Latin text with
    common English words is "en". A ``hint`` (a language tag such as "ar-EG") is used when it agrees
    with the script, or when the text has no letters. Only the first few thousand characters count.

    Returns:
        ``(language, direction)``; the direction is None when the text has no letters and no hint.
    """
    sample = text[:_SAMPLE]
    hinted = hint.strip().lower().replace("_", "-").split("-")[0] if hint and hint.strip() else None
    hint_direction = language_direction(hinted)
    direction = _script_direction(sample)
    if direction is None:
        return hinted, hint_direction
    if hinted and hint_direction == direction:
        return hinted, direction
    language: str | None = None
    if direction == "rtl":
        language = _arabic_script_language(text[:LANGUAGE_SAMPLE], sample)
    else:
        words = normalize(sample).split()
        if words and sum(word in _ENGLISH_WORDS for word in words) * 20 >= len(words):
            language = "en"
    return language, direction
