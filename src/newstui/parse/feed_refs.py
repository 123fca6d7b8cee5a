"""Numeric character references XML refuses (surrogates, past U+10FFFF, controls), mended in a feed's bytes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["literal_char_refs", "safe_char_refs"]

# Candidates only, so a feed full of good references (&#8217;, &#x2019;, &#1575;, &#20013;) is one
# scan with no call per reference: after the leading zeros (possessive, so a run of zeros is never
# tried again), the controls XML refuses (1-8, 11, 12, 14-31; 0 is the empty rest), four-digit hex
# from D or F (surrogates, U+FFFE, U+FFFF), five-digit decimal from 5 or 6 (55296-57343, 65534,
# 65535), and long runs (hex from six digits, decimal from seven: past U+10FFFF, or any length).
_BAD_REF: Final = re.compile(
    rb"&#(?:"
    rb"[xX](?=[0-9a-fA-F])0*+(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|[dDfF][0-9a-fA-F]{3}|[0-9a-fA-F]{6,}+)?"
    rb"|(?=[0-9])0*+(?:[1-8]|1[124-9]|2[0-9]|3[01]|[56][0-9]{4}|[0-9]{7,}+)?"
    rb");"
)
_CDATA: Final = b"<![CDATA["
_REPLACEMENT: Final = b"&#xFFFD;"


def _xml_char(value: int) -> bool:
    """Whether XML 1.0 allows the code point (its ``Char`` production)."""
    if value < 0x20:
        return value in (0x9, 0xA, 0xD)
    return value <= 0xD7FF or 0xE000 <= value <= 0xFFFD or 0x10000 <= value <= 0x10FFFF


def _mend(match: re.Match[bytes]) -> bytes:
    """A candidate reference as it is when XML allows it, else a reference any parser reads.

    A control (C0) becomes its control picture (``&#27;`` is U+241B, as the sanitizer shows a raw
    ESC); NUL, a surrogate, U+FFFE, U+FFFF or a number past U+10FFFF becomes U+FFFD (NUL as HTML
    reads ``&#0;``, so a feed and a page agree).
    """
    ref = match.group()
    hexadecimal = ref[2] in b"xX"
    digits = (ref[3:-1] if hexadecimal else ref[2:-1]).lstrip(b"0")
    if len(digits) > 8:  # past U+10FFFF whatever the digits (and int() refuses very long ones)
        return _REPLACEMENT
    value = int(digits or b"0", 16 if hexadecimal else 10)
    if _xml_char(value):
        return ref
    if 0 < value < 0x20:
        return b"&#x%X;" % (0x2400 + value)
    return _REPLACEMENT


def _outside_cdata(data: bytes, mend: re.Pattern[bytes], replace: bytes | Callable[[re.Match[bytes]], bytes]) -> bytes:
    """``mend.sub(replace, ...)`` on the parts of ``data`` that are not CDATA sections (left as they are)."""
    if _CDATA not in data:
        return mend.sub(replace, data)
    parts: list[bytes] = []
    position = 0
    while True:
        start = data.find(_CDATA, position)
        if start < 0:
            break
        parts.append(mend.sub(replace, data[position:start]))
        end = data.find(b"]]>", start + len(_CDATA))
        end = len(data) if end < 0 else end + 3
        parts.append(data[start:end])
        position = end
    parts.append(mend.sub(replace, data[position:]))
    return b"".join(parts)


def safe_char_refs(data: bytes) -> bytes:
    """The feed's bytes with every numeric character reference XML refuses made one it accepts.

    feedparser's strict parser refuses such a reference (the document is then not well-formed) and
    its loose one crashes on it (``chr()`` of a surrogate, of a number past U+10FFFF, of a number too
    big for C), losing the whole feed: here ``&#xD800;``, ``&#x110000;`` or
    ``&#99999999999999999999;`` (decimal or hex, any case, any leading zeros) become U+FFFD, as
    ``&#0;`` does (as in an HTML page: no character answers it), and ``&#1;`` to ``&#31;`` (but tab,
    line feed and carriage return) their control pictures. References
    in attribute values are mended too; CDATA sections, whose ``&#`` is text, are left alone.

    Args:
        data: the feed in an ASCII-compatible encoding (``parse_feed`` gets UTF-8).

    Returns:
        ``data`` itself when no reference needs mending (the usual case: one scan, nothing copied).
    """
    if _BAD_REF.search(data) is None:
        return data
    return _outside_cdata(data, _BAD_REF, _mend)


_ANY_REF: Final = re.compile(rb"&#")


def literal_char_refs(data: bytes) -> bytes:
    """Every numeric character reference outside CDATA written as text (``&#`` as ``&amp;#``).

    The last resort when a reference crashed the parser all the same: the entries are read, with
    their references shown as written.
    """
    return _outside_cdata(data, _ANY_REF, b"&amp;#")
