"""The single choke point for untrusted text: controls, escapes, bidi overrides and mark floods.

Every string that came from outside (article text, titles, URLs, file names, error messages) passes
``sanitize_text`` or ``sanitize_line`` after all decoding (charset, HTML entities, XML character
references) and before it is stored in the model. The result holds no C0/C1 control character but
``\\n`` (in ``sanitize_text``), no ESC, no bidi embedding/override/isolate, no BOM, and at most
``MAX_MARKS`` combining marks per base character. Removed controls are shown as visible Unicode
"control pictures" (ESC becomes U+241B) so nothing is hidden and nothing overwrites the screen.
Both functions are idempotent.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from newstui.text.lazy_regex import LazyRegex

MAX_MARKS: Final = 8
"""Combining marks kept after one base character (Arabic stacks need 2-3; floods need thousands)."""

TAB: Final = "    "

_NEWLINES: Final = LazyRegex("\r\n|[\r\u2028\u2029\u0085\x0b\x0c]")
# Bidi embeddings, overrides and isolates (Trojan Source); deprecated format controls;
# interlinear annotation; BOM/ZWNBSP; Unicode tags (invisible ASCII smuggling).
_DROP: Final = LazyRegex("[\u202a-\u202e\u2066-\u2069\u206a-\u206f\ufff9-\ufffb\ufeff\U000e0000-\U000e007f]")
_CONTROL: Final = LazyRegex("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
_NEEDS_WORK_BMP: Final = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u206f\ufff9-\ufffb\ufeff\ud800-\udfff\t"
)
_NEEDS_WORK: Final = LazyRegex(f"[{_NEEDS_WORK_BMP}\U000e0000-\U000e007f]")
_MARKS_BMP: Final = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0711\u0730-\u074a\u0900-\u0903\u093a-\u094f\u0e31-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u200c\u200d\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
)
_MARKS: Final = _MARKS_BMP + "\U000e0100-\U000e01ef"
"""Combining marks, joiners and variation selectors: the characters that stack on one cell."""
_MARK_RUN: Final = LazyRegex(f"[{_MARKS}]{{{MAX_MARKS + 1},}}")


@cache
def _fast_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``is_clean``'s patterns, compiled on first use (``--version`` and ``--help`` never need them).

    The first matches any character ``sanitize_text`` may change or count: a control, a bidi or
    format control, a mark. One non-BMP range covers both the Unicode tags and the supplementary
    variation selectors (the unassigned code points between them only cost the full path): every
    extra range makes ``re`` test every character once more. The second matches a run of marks.
    """
    suspect = re.compile(f"[{_NEEDS_WORK_BMP}{_MARKS_BMP}\U000e0000-\U000e01ef]")
    return suspect, re.compile(f"[{_MARKS}]+")


_FAST_HITS: Final = 32
"""Short mark runs skipped one by one before a heavily marked text takes the full path."""


def _picture(match: re.Match[str]) -> str:
    """A visible stand-in for one control character."""
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (ESC shows as ␛)
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls and lone surrogates


def _cap_marks(match: re.Match[str]) -> str:
    """Keep the first MAX_MARKS marks of an over-long run."""
    return match.group()[:MAX_MARKS]


def is_clean(text: str) -> bool:
    """Whether ``sanitize_text`` certainly returns ``text`` unchanged (one scan in the usual case).

    True when the text holds no control, bidi or format character that is removed or replaced and
    no run of more than ``MAX_MARKS`` marks. Short runs of marks (harakat, tanween) are skipped one
    by one; after ``_FAST_HITS`` of them the answer is False, which only means "not certain".

    Args:
        text: any text.

    Returns:
        True when ``sanitize_text(text) == text`` is certain.
    """
    suspect, marks = _fast_patterns()
    position = 0
    for _ in range(_FAST_HITS):
        found = suspect.search(text, position)
        if found is None:
            return True
        span = marks.match(text, found.start())
        if span is None or span.end() - span.start() > MAX_MARKS:
            return False
        position = span.end()
    return False


def sanitize_text(text: str) -> str:
    """Make multi-line untrusted text safe to show: keeps ``\\n``, neutralises everything else.

    Args:
        text: decoded text from any source.

    Returns:
        The text with line separators unified to ``\\n``, tabs expanded, bidi overrides and BOMs
        removed, other controls replaced by visible pictures, and mark floods capped.
    """
    if is_clean(text):
        return text
    if _NEEDS_WORK.search(text):
        text = _NEWLINES.sub("\n", text)
        text = text.replace("\t", TAB)
        text = _DROP.sub("", text)
        text = _CONTROL.sub(_picture, text)
    if _MARK_RUN.search(text):
        text = _MARK_RUN.sub(_cap_marks, text)
    return text


def sanitize_line(text: str) -> str:
    """Make untrusted text safe as a single line (titles, URLs, names, error messages).

    Line breaks and runs of whitespace become one space; leading/trailing space is removed.
    """
    text = sanitize_text(text)
    # A printable string has no whitespace but the ASCII space (every other space, separator and
    # control is "not printable"), so it is already one line unless its spaces need collapsing.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())  # str.split and \s share one whitespace test
