"""Visual order of one line: python-bidi (imported on first use) plus UAX #9 rules L3 and L4, via probes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from typing import Final, Literal, NamedTuple

from rich.cells import cell_len

from newstui.text.emoji import EMOJI_JOIN, PICTOGRAPHIC
from newstui.text.lazy_regex import LazyRegex
from newstui.text.paragraphs import Direction, check_direction
from newstui.text.pipeline_cache import STATS

__all__ = [
    "BIDI_CONTROLS_TO_STRIP",
    "LOW_TEXT",
    "ONLY_RTL_AND_NEUTRAL",
    "PROBE_PAIRS",
    "Tier",
    "mirrors_keep_width",
    "probe_patterns",
    "reorder_line",
    "reorder_text",
    "strip_bidi_controls",
    "strip_bidi_embeddings",
]

_BIDI_CONTROLS: Final = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
BIDI_CONTROLS_TO_STRIP: Final = LazyRegex(f"[{_BIDI_CONTROLS}\ufeff]")
"""Removed from every visual line: LRM, RLM, ALM, embeddings, overrides, isolates, and BOM."""
_CONTEXT_MARKS: Final = "\u200e\u200f\u061c"
"""LRM, RLM and ALM: what the layout puts around a line to stand for its neighbours (``line_context.LineContext``)."""


def strip_bidi_controls(text: str) -> str:
    """``text`` without what ``BIDI_CONTROLS_TO_STRIP`` matches (bidi controls and BOM)."""
    # Every character BIDI_CONTROLS_TO_STRIP removes is a format character (Cf), which str.isprintable() rejects.
    if text.isprintable():
        return text
    for mark in _CONTEXT_MARKS:  # the marks the layout puts around a line: no need to compile the class
        if mark in text:
            text = text.replace(mark, "")
    if text.isprintable():
        return text
    return BIDI_CONTROLS_TO_STRIP.sub("", text) if BIDI_CONTROLS_TO_STRIP.search(text) else text


_EMBEDDINGS_TO_STRIP: Final = LazyRegex("[\u202a-\u202e\u2066-\u2069\ufeff]")
"""``BIDI_CONTROLS_TO_STRIP`` but for the marks (LRM, RLM, ALM): embeddings, overrides, isolates, and BOM."""


def strip_bidi_embeddings(text: str) -> str:
    """``text`` without embeddings, overrides, isolates or BOM, its marks (LRM, RLM, ALM) kept: a terminal-mode
    line, which the terminal reorders. A mark there came from the source (the layout puts none in terminal mode,
    ``line_context`` working for app mode only) and is the one bidi input the terminal needs (``\\u200e+971 4
    123 4567\\u200e`` read as typed in an Arabic line); zero cells wide for Rich and wcwidth."""
    if text.isprintable():  # every character removed is a format character (Cf), which isprintable() rejects
        return text
    return _EMBEDDINGS_TO_STRIP.sub("", text) if _EMBEDDINGS_TO_STRIP.search(text) else text


_SURROGATE: Final = LazyRegex("[\ud800-\udfff]")
_SURROGATE_OR_ASTRAL: Final = LazyRegex("[\ud800-\udfff\U00010000-\U0010ffff]")

# Characters of Bidi_Class NSM (Unicode 14, as in Python 3.11's unicodedata), as "start-end" hex ranges.
# They inherit their neighbour's level (W1); the probes below rely on that. A unit test keeps it honest.
_NSM_RANGES: Final = (
    "300-36F 483-489 591-5BD 5BF 5C1-5C2 5C4-5C5 5C7 610-61A 64B-65F 670 6D6-6DC 6DF-6E4 6E7-6E8 6EA-6ED "
    "711 730-74A 7A6-7B0 7EB-7F3 7FD 816-819 81B-823 825-827 829-82D 859-85B 898-89F 8CA-8E1 8E3-902 93A "
    "93C 941-948 94D 951-957 962-963 981 9BC 9C1-9C4 9CD 9E2-9E3 9FE A01-A02 A3C A41-A42 A47-A48 A4B-A4D "
    "A51 A70-A71 A75 A81-A82 ABC AC1-AC5 AC7-AC8 ACD AE2-AE3 AFA-AFF B01 B3C B3F B41-B44 B4D B55-B56 "
    "B62-B63 B82 BC0 BCD C00 C04 C3C C3E-C40 C46-C48 C4A-C4D C55-C56 C62-C63 C81 CBC CCC-CCD CE2-CE3 "
    "D00-D01 D3B-D3C D41-D44 D4D D62-D63 D81 DCA DD2-DD4 DD6 E31 E34-E3A E47-E4E EB1 EB4-EBC EC8-ECD "
    "F18-F19 F35 F37 F39 F71-F7E F80-F84 F86-F87 F8D-F97 F99-FBC FC6 102D-1030 1032-1037 1039-103A "
    "103D-103E 1058-1059 105E-1060 1071-1074 1082 1085-1086 108D 109D 135D-135F 1712-1714 1732-1733 "
    "1752-1753 1772-1773 17B4-17B5 17B7-17BD 17C6 17C9-17D3 17DD 180B-180D 180F 1885-1886 18A9 1920-1922 "
    "1927-1928 1932 1939-193B 1A17-1A18 1A1B 1A56 1A58-1A5E 1A60 1A62 1A65-1A6C 1A73-1A7C 1A7F 1AB0-1ACE "
    "1B00-1B03 1B34 1B36-1B3A 1B3C 1B42 1B6B-1B73 1B80-1B81 1BA2-1BA5 1BA8-1BA9 1BAB-1BAD 1BE6 1BE8-1BE9 "
    "1BED 1BEF-1BF1 1C2C-1C33 1C36-1C37 1CD0-1CD2 1CD4-1CE0 1CE2-1CE8 1CED 1CF4 1CF8-1CF9 1DC0-1DFF "
    "20D0-20F0 2CEF-2CF1 2D7F 2DE0-2DFF 302A-302D 3099-309A A66F-A672 A674-A67D A69E-A69F A6F0-A6F1 A802 "
    "A806 A80B A825-A826 A82C A8C4-A8C5 A8E0-A8F1 A8FF A926-A92D A947-A951 A980-A982 A9B3 A9B6-A9B9 "
    "A9BC-A9BD A9E5 AA29-AA2E AA31-AA32 AA35-AA36 AA43 AA4C AA7C AAB0 AAB2-AAB4 AAB7-AAB8 AABE-AABF AAC1 "
    "AAEC-AAED AAF6 ABE5 ABE8 ABED FB1E FE00-FE0F FE20-FE2F 101FD 102E0 10376-1037A 10A01-10A03 "
    "10A05-10A06 10A0C-10A0F 10A38-10A3A 10A3F 10AE5-10AE6 10D24-10D27 10EAB-10EAC 10F46-10F50 "
    "10F82-10F85 11001 11038-11046 11070 11073-11074 1107F-11081 110B3-110B6 110B9-110BA 110C2 "
    "11100-11102 11127-1112B 1112D-11134 11173 11180-11181 111B6-111BE 111C9-111CC 111CF 1122F-11231 "
    "11234 11236-11237 1123E 112DF 112E3-112EA 11300-11301 1133B-1133C 11340 11366-1136C 11370-11374 "
    "11438-1143F 11442-11444 11446 1145E 114B3-114B8 114BA 114BF-114C0 114C2-114C3 115B2-115B5 "
    "115BC-115BD 115BF-115C0 115DC-115DD 11633-1163A 1163D 1163F-11640 116AB 116AD 116B0-116B5 116B7 "
    "1171D-1171F 11722-11725 11727-1172B 1182F-11837 11839-1183A 1193B-1193C 1193E 11943 119D4-119D7 "
    "119DA-119DB 119E0 11A01-11A06 11A09-11A0A 11A33-11A38 11A3B-11A3E 11A47 11A51-11A56 11A59-11A5B "
    "11A8A-11A96 11A98-11A99 11C30-11C36 11C38-11C3D 11C92-11CA7 11CAA-11CB0 11CB2-11CB3 11CB5-11CB6 "
    "11D31-11D36 11D3A 11D3C-11D3D 11D3F-11D45 11D47 11D90-11D91 11D95 11D97 11EF3-11EF4 16AF0-16AF4 "
    "16B30-16B36 16F4F 16F8F-16F92 16FE4 1BC9D-1BC9E 1CF00-1CF2D 1CF30-1CF46 1D167-1D169 1D17B-1D182 "
    "1D185-1D18B 1D1AA-1D1AD 1D242-1D244 1DA00-1DA36 1DA3B-1DA6C 1DA75 1DA84 1DA9B-1DA9F 1DAA1-1DAAF "
    "1E000-1E006 1E008-1E018 1E01B-1E021 1E023-1E024 1E026-1E02A 1E130-1E136 1E2AE 1E2EC-1E2EF "
    "1E8D0-1E8D6 1E944-1E94A E0100-E01EF"
)


def _parse_ranges(ranges: str) -> list[tuple[int, int]]:
    """``"300-36F 483 ..."`` style ranges as (first, last) code points."""
    out = []
    for item in ranges.split():
        start, _, end = item.partition("-")
        out.append((int(start, 16), int(end or start, 16)))
    return out


_CLASS_SPECIAL: Final = frozenset("\\]^-[")
"""Characters escaped inside a regex character class."""


def _class_body(ranges: Iterable[tuple[int, int]]) -> str:
    """A regex character-class body from (first, last) code point ranges."""
    parts = []
    for first, last in ranges:
        a, b = chr(first), chr(last)
        a = "\\" + a if a in _CLASS_SPECIAL else a
        b = "\\" + b if b in _CLASS_SPECIAL else b
        parts.append(a if first == last else f"{a}-{b}")
    return "".join(parts)


def _collapse(codes: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted code points as (first, last) ranges of consecutive ones (a short class parses faster)."""
    out: list[tuple[int, int]] = []
    for code in sorted(codes):
        if out and out[-1][1] == code - 1:
            out[-1] = (out[-1][0], code)
        else:
            out.append((code, code))
    return out


# Probe pairs: two variation selectors (NSM, never drawn) that are practically never in real text;
# if a line holds one of them, the next pair is used.
PROBE_PAIRS: Final = tuple((chr(0xE01EE - 2 * i), chr(0xE01EF - 2 * i)) for i in range(8))


_ASTRAL: Final = LazyRegex("[\U00010000-\U0010ffff]")

_LOW: Final = "\x00-\u07ff\u2000-\u206f\ufb50-\ufeff"
"""The "low" alphabet: Latin, Greek, Cyrillic, Hebrew, Arabic, general punctuation, Arabic presentation forms.

A line made only of these (nearly every line of an Arabic or English article) is reordered with
probe classes cut down to the NSM and mirrored characters among them, which compile in a fraction
of the time the full classes take; they match exactly the same on such a line.
"""
_LOW_INTERVALS: Final = ((0x0000, 0x07FF), (0x2000, 0x206F), (0xFB50, 0xFEFF))
LOW_TEXT: Final = LazyRegex(f"[{_LOW}]*")
"""Text of the low alphabet only (``fullmatch``; astral characters and surrogates are outside it)."""

Tier = Literal["low", "bmp", "astral"]
"""Which probe classes a line needs: low-alphabet characters only, any BMP character, or astral ones too."""


_NSM_LOW_RANGES: Final = (
    "300-36F 483-489 591-5BD 5BF 5C1-5C2 5C4-5C5 5C7 610-61A 64B-65F 670 6D6-6DC 6DF-6E4 6E7-6E8 6EA-6ED "
    "711 730-74A 7A6-7B0 7EB-7F3 7FD FE00-FE0F FE20-FE2F"
)
"""``_NSM_RANGES`` within the low alphabet (a unit test keeps them in step), so that a low line's probe
classes are made without reading the whole table."""


def _clip(ranges: Iterable[tuple[int, int]], tier: Tier) -> list[tuple[int, int]]:
    """The part of ``ranges`` a line of ``tier`` can hold."""
    if tier == "astral":
        return list(ranges)
    limits = _LOW_INTERVALS if tier == "low" else ((0, 0xFFFF),)
    out = []
    for first, last in ranges:
        for low, high in limits:
            if first <= high and last >= low:
                out.append((max(first, low), min(last, high)))
    return out


class _Bidi(NamedTuple):
    get_display: Callable[..., str]
    """python-bidi's Rust implementation."""
    mirrored: dict[str, str]
    """Bidi_Mirroring_Glyph, from python-bidi."""


@cache
def _bidi() -> _Bidi:
    from bidi import get_display
    from bidi.mirror import MIRRORED

    return _Bidi(get_display, dict(MIRRORED))


class _Probes:
    """The regexes of one probe pair (a plain class: a NamedTuple costs ~0.25 ms at import)."""

    __slots__ = ("rtl", "site")

    def __init__(self, site: re.Pattern[str], rtl: re.Pattern[str]) -> None:
        self.site = site
        """Clusters that get a probe pair; it starts with one character class, so a search scans fast."""
        self.rtl = rtl
        """A right-to-left cluster as it looks after reordering."""


@cache
def probe_patterns(pa: str, pb: str, marks: bool, tier: Tier) -> _Probes:
    """The probe regexes for one probe pair, with classes cut down to what a line of ``tier`` can hold.

    ``[NSM mirrored][NSM]*`` finds the same clusters as ``[NSM]+|[mirrored][NSM]*``: a run of marks,
    or a mirrored character and the marks after it.
    """
    nsm = _class_body(_parse_ranges(_NSM_LOW_RANGES) if tier == "low" else _clip(_parse_ranges(_NSM_RANGES), tier))
    mirrored = _class_body(_clip(_collapse(map(ord, _bidi().mirrored)), tier))
    site = re.compile(f"[{nsm}{mirrored}][{nsm}]*" if marks else f"[{mirrored}][{nsm}]*")
    # Reordered right to left, "base marks PA PB" reads "PB PA marks-reversed base".
    marks_run = f"(?:(?!{pa}|{pb})[{nsm}])*" if tier == "astral" else f"[{nsm}]*"
    return _Probes(site, re.compile(f"{pb}{pa}({marks_run})(.?)", re.DOTALL))


ONLY_RTL_AND_NEUTRAL: Final = LazyRegex(
    "[ !-/:-@\\[-`{-~\u00a0\u00ab\u00bb\u0606-\u065f\u066a\u066d-\u06dc\u06de-\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u2010-\u2027\u2030-\u205e\ufb50-\ufbc2\ufbd3-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdff"
    "\ufe70-\ufe74\ufe76-\ufefc]*"
)
"""Arabic letters and neutrals only (no L, EN, AN, controls): in an RTL paragraph all sit at level 1.

All of them are in the low alphabet."""

_MODIFIED: Final = LazyRegex(f"[^\\s][\ufe0f]*(?:(?:[\U0001f3fb-\U0001f3ff]|{EMOJI_JOIN}[{PICTOGRAPHIC}])[\ufe0f]*)+")
"""A character with an emoji skin-tone modifier after it (``👍🏽``), or pictures joined by ``EMOJI_JOIN``
(``👩💻``, an emoji ZWJ sequence once its ZWJs are dropped): one picture, or pictures read together.

Modifiers are neutral (ON), not marks, so at an odd level the bidi algorithm puts them before their
emoji: the terminal then draws two pictures, two cells wider than Rich counts, and the pane's edge
moves. The pictures of a ZWJ sequence are neutrals too, which an odd level reverses (``💻👩``). Each
such cluster stands in for one neutral character while the line is reordered."""
_STAND_INS: Final = "".join(chr(code) for code in range(0x2500, 0x2580))
"""Box-drawing characters (Bidi_Class ON, as an emoji is) that stand in for modified or joined emoji."""


def _hold_clusters(text: str) -> tuple[str, dict[int, str]]:
    """``text`` with each modified or joined emoji whose base is neutral (``_MODIFIED``) replaced by a
    stand-in that is not in the line, and the map back to the cluster as drawn (without ``EMOJI_JOIN``;
    empty when there is none, or no stand-in is free)."""
    held: dict[int, str] = {}
    free = (char for char in _STAND_INS if char not in text)  # looked for only when a cluster is found

    def hold(match: re.Match[str]) -> str:
        cluster = match.group()
        if unicodedata.bidirectional(cluster[0]) != "ON":
            return cluster
        stand_in = next(free, None)
        if stand_in is None:
            return cluster
        held[ord(stand_in)] = cluster.replace(EMOJI_JOIN, "")
        return stand_in

    return _MODIFIED.sub(hold, text), held


_NOT_A_BASE: Final = frozenset({"B", "S", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
"""Marks after these do not take their level (W1, X9), so they get no probe."""


def reorder_text(text: str, base_dir: str | None, marks: bool = True, low: bool = False) -> str:
    """Visual order of one line: python-bidi's Rust core, plus L4 mirroring and (if ``marks``) L3.

    Each mirrored character, and (with ``marks``) each base character followed by combining marks,
    gets two probes ``PA PB`` (variation selectors, class NSM) appended. By W1 they take the
    cluster's level, so after reordering an odd-level cluster reads ``PB PA marks base``: its base is
    mirrored (L4) and its marks are put back after it in logical order (L3). Even-level clusters read
    ``base marks PA PB`` and are left alone.

    Args:
        text: one line in logical order. An emoji with a skin-tone modifier keeps its modifier after
            it (``_MODIFIED``), as combining marks do; pictures joined by ``EMOJI_JOIN`` keep their
            logical order, and every ``EMOJI_JOIN`` is dropped.
        base_dir: ``"L"``, ``"R"``, or None for auto (P2/P3).
        marks: apply the L3 combining-mark pass.
        low: the caller knows the line is made of the low alphabet (``_LOW``) only.

    Returns:
        The line in visual order, without bidi controls or BOM. Never raises.
    """
    if not text:
        return ""
    pa, pb = PROBE_PAIRS[0]
    tier: Tier = "low"
    held: dict[int, str] = {}
    if not low and LOW_TEXT.fullmatch(text) is None:  # rare: anything past Arabic, Latin, punctuation
        tier = "bmp"
        if _SURROGATE_OR_ASTRAL.search(text) is not None:  # rarer: one scan for both
            if _SURROGATE.search(text):
                text = _SURROGATE.sub("\ufffd", text)
            if _ASTRAL.search(text) is not None:
                tier = "astral"
                text, held = _hold_clusters(text)
                pa, pb = next(((a, b) for a, b in PROBE_PAIRS if a not in text and b not in text), (pa, pb))
    visual = _reorder(text, base_dir, marks, tier, pa, pb)
    if held:
        visual = visual.translate(held)
    return visual.replace(EMOJI_JOIN, "") if tier == "astral" else visual


def _reorder(text: str, base_dir: str | None, marks: bool, tier: Tier, pa: str, pb: str) -> str:
    """``reorder_text`` once the line's tier and probe pair are chosen."""
    get_display, mirrored = _bidi()
    probes = probe_patterns(pa, pb, marks, tier)
    site, rtl = probes.site, probes.rtl
    if site.search(text) is None:
        # Fast paths, same result as get_display: printable ASCII in an LTR paragraph stays as it is;
        # Arabic and neutrals in an RTL paragraph all resolve to level 1, so the line just reverses.
        if base_dir == "L" and text.isascii() and text.isprintable():
            return text
        if base_dir == "R" and ONLY_RTL_AND_NEUTRAL.fullmatch(text):
            return strip_bidi_controls(text[::-1])
        STATS.bidi_calls += 1
        return strip_bidi_controls(str(get_display(text, base_dir=base_dir)))
    STATS.bidi_calls += 1

    def insert(match: re.Match[str]) -> str:
        cluster = match.group()
        if cluster[0] not in mirrored:  # marks: their base is the character before them
            start = match.start()
            if not start or unicodedata.bidirectional(text[start - 1]) in _NOT_A_BASE:
                return cluster
        return cluster + pa + pb

    def fix(match: re.Match[str]) -> str:
        cluster_marks, base = match.groups()
        base = mirrored.get(base, base)
        return base + cluster_marks[::-1] if marks else cluster_marks + base

    visual = str(get_display(site.sub(insert, text), base_dir=base_dir))
    visual = rtl.sub(fix, visual).replace(pa, "").replace(pb, "")
    return strip_bidi_controls(visual)


def reorder_line(line: str, direction: Direction, *, marks: bool = True) -> str:
    """Put one already-wrapped line into visual (left-to-right screen) order.

    ``bidi.get_display(line, base_dir=...)`` (the Rust implementation), then the mirroring of UAX #9
    rule L4 (brackets, « », … at odd levels), then, if ``marks``, rule L3 (combining marks follow their
    base letter again), then every bidi control (U+200E/F, U+061C, U+202A–E, U+2066–9) and U+FEFF is
    removed. Never raises on any string.

    Args:
        line: one line in logical order (shaped or not).
        direction: the paragraph's direction, used as the base direction of the line.
        marks: apply the L3 combining-mark pass.

    Returns:
        The line in visual order.
    """
    check_direction(direction)
    return reorder_text(line, "R" if direction == "rtl" else "L", marks)


def mirrors_keep_width(text: str) -> bool:
    """Whether every mirrored character in ``text`` is as wide as its mirror image (true in every table seen).

    Only the characters present are measured: checking all ~360 pairs up front costs ~2 ms of the
    first frame, and most paragraphs hold a handful of brackets and quotes, if any.
    """
    mirrored = _bidi().mirrored
    return all(cell_len(char) == cell_len(mirrored[char]) for char in set(text) if char in mirrored)
