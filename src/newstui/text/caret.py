"""One line of a text box in visual order, with the cell where each logical position is drawn (its caret).

The article pipeline wraps, then reorders whole lines (``rtl.py``); a text box also has to say where
the caret goes when it stands before the n-th character typed, so the line is laid out here from its
UAX #9 embedding levels (python-bidi's reference implementation, which keeps each character's
identity through the reordering): combining marks stay with their letter (L3), mirrored glyphs are
mirrored (L4), each letter is shaped as in the articles (lam-alef ligatures included), and a unit test
holds the result to the pipeline's own ``rtl.fit_line`` on the same text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from rich.cells import cell_len

from newstui.text.address_layout import address_spans, part_spans
from newstui.text.bracket_pairs import has_bracket, paired_brackets
from newstui.text.paragraphs import paragraph_direction
from newstui.text.script import has_rtl_letters

if TYPE_CHECKING:
    from newstui.text.paragraphs import Direction

__all__ = ["MAX_LAID_OUT", "MAX_SHAPED_WORD", "VisualLine", "visual_line"]

MAX_LAID_OUT: Final = 1000
"""Characters of the longest text laid out; a longer one is shown as typed (a box holds a query or an address)."""
MAX_SHAPED_WORD: Final = 48
"""Characters of the longest word shaped: finding each letter's glyph shapes every start of a word, so a
longer one (an address, a slug) is drawn with its letters as typed, still in visual order."""
_JOINERS: Final = frozenset("\u200c\u200d")
_ARABIC_NUMBER: Final = re.compile(
    "[\u0600-\u0605\u0660-\u0669\u066b\u066c\u06dd\u0890\u0891\u08e2\U00010d30-\U00010d39\U00010e60-\U00010e7e]"
)
"""Characters of bidi class AN: Arabic-Indic digits and the number signs. Without an Arabic letter
they still resolve right to left next to each other (``Tel ٠١٢-٣٤٥`` is drawn ``Tel ٣٤٥-٠١٢``)."""
"""ZWNJ and ZWJ: they belong to the letter before them."""


@dataclass(frozen=True, slots=True)
class VisualLine:
    """A text box's line as drawn: its text, left to right, and where each logical position is."""

    text: str
    """The line in visual order, with one blank cell where the caret stands at the end of the text."""
    cells: tuple[int, ...]
    """``cells[i]``: the cell (from the left) of the glyph of logical character ``i``; ``cells[len(typed)]``
    is the blank cell of the end."""
    offsets: tuple[int, ...]
    """As ``cells``, in characters of ``text`` (for styling)."""
    direction: Direction
    """The line's direction (its first strong character's, else left to right)."""

    def position_at(self, cell: int) -> int:
        """The logical position whose glyph is drawn at ``cell`` (a click), the nearest one beside a glyph."""
        best, distance = len(self.cells) - 1, None
        for position, start in enumerate(self.cells):
            gap = abs(start - cell)
            if distance is None or gap < distance:
                best, distance = position, gap
        return best


def visual_line(typed: str, *, shaped: bool = True) -> VisualLine:
    """Lay out ``typed`` (logical order) as a text box draws it.

    Args:
        typed: what is in the box.
        shaped: shape Arabic letters (the reader's ``app`` mode); False reorders the letters as they are.

    Returns:
        The visual line: left-to-right text with the end's blank cell (on the right of a left-to-right
        line, on the left of a right-to-left one) and the cell of every logical position.
    """
    if len(typed) > MAX_LAID_OUT or not (has_rtl_letters(typed) or _ARABIC_NUMBER.search(typed)):
        return _as_typed(typed)
    direction: Direction = paragraph_direction(typed, "ltr")
    glyph_of = _glyph_indices(typed) if shaped else list(range(len(typed)))
    glyphs = _shaped(typed) if shaped else typed
    levels, order = _visual_order(typed, rtl=direction == "rtl")
    unowned = set(range(len(glyphs))).difference(glyph_of)
    clusters = _clusters(typed)
    cluster_of = [0] * len(typed)
    for number, (start, end) in enumerate(clusters):
        for index in range(start, end):
            cluster_of[index] = number
    seen: set[int] = set()
    visual: list[int] = []
    for index in order:
        number = cluster_of[index]
        if number not in seen:
            seen.add(number)
            visual.append(number)
    mirrored = _mirrors()
    parts: list[str] = [" "] if direction == "rtl" else []
    cell = len(parts)
    offset = len(parts)
    glyph_cell: dict[int, tuple[int, int]] = {}
    cluster_cell: dict[int, tuple[int, int]] = {}
    cluster_end: dict[int, tuple[int, int]] = {}
    for number in visual:
        start, end = clusters[number]
        drawn = [glyph for glyph in dict.fromkeys(glyph_of[start:end]) if glyph >= 0 and glyph not in glyph_cell]
        if unowned:
            drawn = _with_unowned(drawn, unowned)
        if not drawn and glyph_of[start] not in glyph_cell:
            continue  # nothing drawn for it: its positions are the end's
        place = glyph_cell.get(glyph_of[start], (cell, offset))
        if drawn and not cell_len(glyphs[drawn[0]]) and cell:
            place = (cell - 1, offset - 1)  # a mark with no letter before it, drawn on the glyph beside it
        for glyph in drawn:
            char = glyphs[glyph]
            if levels.get(start, 0) % 2 and char in mirrored:
                char = mirrored[char]
            glyph_cell[glyph] = (cell, offset)
            parts.append(char)
            cell += cell_len(char)
            offset += len(char)
        cluster_cell[number] = place
        cluster_end[number] = (cell, offset)
    at_end = (0, 0) if direction == "rtl" else (cell, offset)
    if direction == "ltr":
        parts.append(" ")
    positions = [cluster_cell.get(cluster_of[index], at_end) for index in range(len(typed))]
    positions.append(at_end)
    text = "".join(parts)
    last = cluster_of[-1] if typed else None
    if last is not None and last in cluster_cell and levels.get(len(typed) - 1, 0) % 2 != (direction == "rtl"):
        text, positions = _end_in_run(text, positions, direction, cluster_end[last], cluster_cell[last])
    return VisualLine(
        text,
        tuple(place[0] for place in positions),
        tuple(place[1] for place in positions),
        direction,
    )


def _end_in_run(
    text: str, positions: list[tuple[int, int]], direction: Direction, after: tuple[int, int], before: tuple[int, int]
) -> tuple[str, list[tuple[int, int]]]:
    """The line with its end's blank cell where what is typed next goes, when the text ends in a run against
    the line's direction: after a number or a Latin word ending an Arabic line (``after``: the cell right of
    its last glyph), before an Arabic word ending a Latin one (``before``: its last letter, drawn leftmost).

    The blank moves from the line's edge into the line; the glyphs past it move over by one cell.
    """
    old_end = positions[-1]  # (also the place of what draws nothing: a joiner, an embedding's control)
    if direction == "rtl":  # the blank on the left goes: every place one cell to the left first
        text = text[1:]
        shifted = [(cell - 1, offset - 1) for cell, offset in positions]
        cell, offset = after[0] - 1, after[1] - 1
    else:
        text = text[:-1]
        shifted = positions
        cell, offset = before
    moved: list[tuple[int, int]] = []
    for place, original in zip(shifted, positions, strict=True):
        if original == old_end:
            moved.append((cell, offset))
        elif place[1] >= offset:
            moved.append((place[0] + 1, place[1] + 1))
        else:
            moved.append(place)
    return f"{text[:offset]} {text[offset:]}", moved


def _with_unowned(drawn: list[int], unowned: set[int]) -> list[int]:
    """``drawn`` with, after each glyph, the glyphs right after it that no logical character owns: the marks
    that shaping adds when it decomposes a letter (``shaping.decompose_unknown_letters``: ۂ is shaped as
    heh goal + hamza above) are drawn with that letter, in its cell."""
    out: list[int] = []
    for glyph in drawn:
        out.append(glyph)
        glyph += 1
        while glyph in unowned:
            out.append(glyph)
            glyph += 1
    return out


def _as_typed(typed: str) -> VisualLine:
    """A line with nothing to reorder: the text as it is, each position where it is typed."""
    cells = [0]
    for char in typed:
        cells.append(cells[-1] + cell_len(char))
    return VisualLine(typed + " ", tuple(cells), tuple(range(len(typed) + 1)), "ltr")


def _clusters(typed: str) -> list[tuple[int, int]]:
    """(start, end) of each letter with the marks and joiners after it, in logical order."""
    clusters: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(typed) + 1):
        if index == len(typed):
            clusters.append((start, index))
        elif not (unicodedata.combining(typed[index]) or typed[index] in _JOINERS):
            clusters.append((start, index))
            start = index
    return clusters


_PART: Final = re.compile(r"([/?#&=])")
"""Where a long word (an address) is cut for shaping: the reshaper joins no letter across these."""


def _words(typed: str) -> list[str]:
    """The words shaped one by one: split at spaces, and a word longer than ``MAX_SHAPED_WORD`` (an address)
    at its ``/ ? # & =`` too, each separator a word of its own, so that each part of an address is shaped."""
    words: list[str] = []
    for word in typed.split(" "):
        words.append(word) if len(word) <= MAX_SHAPED_WORD else words.extend(_PART.split(word))
        words.append(" ")
    return words[:-1]


def _shaped(typed: str) -> str:
    """The shaped text, word by word (the reshaper joins nothing across a space, nor across an address's
    ``/``); a word longer than ``MAX_SHAPED_WORD`` (a long slug) as typed."""
    from newstui.text.shaping import shape_uncached

    return "".join(shape_uncached(word) if len(word) <= MAX_SHAPED_WORD else word for word in _words(typed))


def _glyph_indices(typed: str) -> list[int]:
    """For each logical character, the index of its glyph in ``_shaped(typed)``.

    The glyph of a word's n-th character is the last of its first n+1 characters shaped (a letter's
    with the marks after it, which decide whether a lam before it ligates with it, then set aside): a
    lam and the alef after it share their ligature (an alef after marks, which the ligature puts after
    it, goes back to it), a joiner the glyph of the letter before it, and a presentation form that
    folds into two letters (ﻻ) the last of them.
    """
    from newstui.text.shaping import shape_uncached

    indices: list[int] = []
    base = 0
    for word in _words(typed):
        shaped = shape_uncached(word) if len(word) <= MAX_SHAPED_WORD and word != " " else word
        if shaped is word:  # drawn as typed (a space, a separator): each character its own glyph
            indices.extend(range(base, base + len(word)))
            base += len(word)
            continue
        for end in range(1, len(word) + 1):
            if unicodedata.combining(word[end - 1]):
                glyph = min(len(shaped), len(shape_uncached(word[:end]))) - 1
            else:
                # Shaped with its own marks: they decide whether a lam before it ligates with it.
                stop = end
                while stop < len(word) and unicodedata.combining(word[stop]):
                    stop += 1
                glyph = min(len(shaped), len(shape_uncached(word[:stop]))) - 1 - (stop - end)
                while glyph > 0 and unicodedata.combining(shaped[glyph]):
                    glyph -= 1  # an alef whose lam's ligature the marks between them follow
            if glyph < 0:  # a joiner alone: it has no glyph, the character before it has
                indices.append(indices[-1] if indices else -1)
            else:
                indices.append(base + glyph)
        base += len(shaped)
    return indices[: len(typed)]


def _visual_order(typed: str, *, rtl: bool) -> tuple[dict[int, int], list[int]]:
    """Each logical character's embedding level, and the logical indices in visual (left-to-right) order.

    A web address in the line is one left-to-right unit, as if in an isolate (``address_layout``): its parts
    follow one another left to right in typed order, each laid out on its own at a left-to-right base, so
    the caret moves over the address as it is drawn in the notices. Characters the algorithm drops
    (embedding controls, joiners: UAX #9 X9) are absent from the order.
    """
    spans = address_spans(typed) if "://" in typed else []
    if not spans:
        return _uba_order(typed, rtl=rtl)
    levels: dict[int, int] = {}
    units: list[list[int]] = []  # the line's pieces in logical order: its text between addresses, its addresses
    done = 0
    for start, end in [*spans, (len(typed), len(typed))]:
        if start > done:
            units.append(_shifted(_uba_order(typed[done:start], rtl=rtl), done, 0, levels))
        if end > start:
            units.append(_address_order(typed, start, end, 2 if rtl else 0, levels))
        done = end
    order = [index for unit in (reversed(units) if rtl else units) for index in unit]
    return levels, order


def _address_order(typed: str, start: int, end: int, base: int, levels: dict[int, int]) -> list[int]:
    """The visual order of the address at ``typed[start:end]``: its parts left to right, each reordered on its
    own at a left-to-right base (its levels raised by ``base``, an even number, into ``levels``)."""
    order: list[int] = []
    done = start
    for part_start, part_end in part_spans(typed[start:end]):
        part_start += start
        part_end += start
        for index in range(done, part_start):  # separators
            levels[index] = base
            order.append(index)
        order += _shifted(_uba_order(typed[part_start:part_end], rtl=False), part_start, base, levels)
        done = part_end
    for index in range(done, end):
        levels[index] = base
        order.append(index)
    return order


def _shifted(found: tuple[dict[int, int], list[int]], offset: int, base: int, levels: dict[int, int]) -> list[int]:
    """A piece's order moved to its place in the line (``offset``), its levels raised by ``base`` into ``levels``."""
    piece_levels, order = found
    for index, level in piece_levels.items():
        levels[index + offset] = level + base
    return [index + offset for index in order]


def _uba_order(typed: str, *, rtl: bool) -> tuple[dict[int, int], list[int]]:
    """``_visual_order`` for text with no address in it: UAX #9 on the whole line."""
    from bidi import algorithm

    storage: dict[str, Any] = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(typed, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    _resolve_bracket_pairs(typed, storage["chars"], rtl=rtl)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    chars = storage["chars"]
    return {char["index"]: char["level"] for char in chars}, [char["index"] for char in chars]


def _resolve_bracket_pairs(typed: str, chars: list[dict[str, Any]], *, rtl: bool) -> None:
    """UAX #9 N0, which python-bidi's reference implementation leaves out: each bracket pair takes the
    direction ``bracket_pairs`` resolves for it (the combining marks after a bracket with it), as
    the Rust core the panes use does; ``(CNN) 2024`` in an Arabic query showed ``CNN) 2024)``."""
    if not has_bracket(typed) or _EXPLICIT.intersection(typed):
        return  # embeddings would make more than one run of levels: left as it is
    pairs = paired_brackets(typed, "R" if rtl else "L")
    after: str | None = None
    for char in chars:
        pair = pairs.get(char["index"])
        if pair is not None:
            char["type"] = after = pair.direction
        elif after is not None and char["orig"] == "NSM":
            char["type"] = after
        else:
            after = None


_EXPLICIT: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Embeddings, overrides and isolates (the pairing assumes one run of levels)."""


def _mirrors() -> dict[str, str]:
    """Each mirrored character's image (UAX #9 L4)."""
    from bidi.mirror import MIRRORED

    return dict(MIRRORED)
