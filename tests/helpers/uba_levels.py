"""What UAX #9 makes of a paragraph's lines: its embedding levels resolved over the whole paragraph, then
each line reordered by them (L1, L2, L3, L4) — the reference the per-line reordering is held to.

The levels come from python-bidi's Rust core run on the whole paragraph (``debug=True`` prints the
crate's ``BidiInfo``, one level per UTF-8 byte); the reordering of a line by levels is written out here.
"""

from __future__ import annotations

import re
import unicodedata

from bidi import get_display
from bidi.mirror import MIRRORED

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def paragraph_levels(text: str, base: str) -> list[int]:
    """The embedding level of each character of ``text`` (one paragraph) at base direction ``base``."""
    info = str(get_display(text, base_dir=base, debug=True))
    body = info.split("levels: [", 1)[1].split("paragraphs:", 1)[0]
    by_byte = [int(level) for level in _LEVEL.findall(body)]
    assert len(by_byte) == len(text.encode()), "python-bidi's debug output changed"
    levels, at = [], 0
    for char in text:
        levels.append(by_byte[at])
        at += len(char.encode())
    return levels


def reorder_by_levels(line: str, levels: list[int], paragraph_level: int) -> str:
    """``line`` in visual order by its characters' ``levels``: L1 (trailing whitespace to the
    paragraph's level), L2 (reverse runs from the highest level down to the lowest odd one) and L4
    (characters at odd levels mirrored), and L3 (combining marks after their letter)."""
    end = len(line)
    while end and unicodedata.bidirectional(line[end - 1]) in ("WS", "S", "BN"):
        end -= 1
    levels = levels[:end] + [paragraph_level] * (len(line) - end)
    order = list(range(len(line)))
    odd = [level for level in levels if level % 2]
    if odd:
        for level in range(max(levels), min(odd) - 1, -1):
            at = 0
            while at < len(order):
                if levels[order[at]] < level:
                    at += 1
                    continue
                stop = at
                while stop < len(order) and levels[order[stop]] >= level:
                    stop += 1
                order[at:stop] = order[at:stop][::-1]
                at = stop
    # L3: a combining mark at an odd level was reversed with its letter (it precedes it now): the
    # letter goes back in front of its marks, which keep their logical order.
    out: list[int] = []
    marks: list[int] = []
    for at in order:
        if unicodedata.bidirectional(line[at]) == "NSM" and levels[at] % 2:
            marks.append(at)
            continue
        out.append(at)
        out.extend(sorted(marks))
        marks = []
    out.extend(marks)
    return "".join(MIRRORED.get(line[at], line[at]) if levels[at] % 2 else line[at] for at in out)


def paragraph_lines(lines: list[str], base: str) -> list[str]:
    """Each of ``lines`` (a paragraph broken at spaces) in visual order by the whole paragraph's levels."""
    levels = paragraph_levels(" ".join(lines), base)
    out, start = [], 0
    for line in lines:
        out.append(reorder_by_levels(line, levels[start : start + len(line)], 1 if base == "R" else 0))
        start += len(line) + 1
    return out
