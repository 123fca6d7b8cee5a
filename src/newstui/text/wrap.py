"""Greedy wrapping in logical order: tokens measured as they will be shaped, line plans, split tokens' text."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, islice
from re import Match
from typing import Final, overload
from unicodedata import category

from rich.cells import cell_len, get_character_cell_size

from newstui.text.emoji import EMOJI_JOIN
from newstui.text.lazy_regex import LazyRegex
from newstui.text.paragraphs import SOFT_BREAK, Direction
from newstui.text.pipeline_cache import LAYOUT_CACHE_SIZE, LruCache
from newstui.text.shaping import LAM, ZWJ, estimate_width, lam_alef_pattern, space_chunks

__all__ = [
    "MEASURE_CACHE",
    "RUNS_CACHE",
    "FastFacts",
    "PackedTokens",
    "ParagraphMeasure",
    "Piece",
    "PlanLine",
    "SOFT_HYPHEN_SHOWN",
    "cell_width",
    "count_lines",
    "join_tokens",
    "measure_paragraph",
    "pack_tokens",
    "piece_start",
    "piece_text",
    "plan_lines",
    "split_clusters",
]


def cell_width(text: str) -> int:
    """Terminal cells the text occupies (``rich.cells.cell_len``).

    Args:
        text: any text.

    Returns:
        The number of cells; combining marks and controls count 0, wide characters 2.
    """
    return cell_len(text)


Piece = tuple[int, int, int]
"""One part of a visual line: (token index, first cluster, end cluster); (i, -1, -1) is the whole token."""


_REGIONAL: Final = LazyRegex("[\U0001f1e6-\U0001f1ff]")
"""Regional indicator letters: two in a row are one flag (UAX #29 GB12/GB13), never split."""


ZWSP: Final = "\u200b"
"""ZERO WIDTH SPACE: an invisible place a line may break (UAX #14 class ZW)."""

SOFT_HYPHEN_SHOWN: Final = "-"
"""Drawn at the logical end of a line that ends inside a word at one of its soft hyphens (``SOFT_BREAK``)."""

_JOINS: Final = ZWJ + EMOJI_JOIN
"""Characters that pull the next character into their cluster."""


def split_clusters(text: str) -> list[str]:
    """Split into clusters: a character with a width plus the zero-width characters after it.

    A ZWJ also pulls the next character in (as ``rich.cells`` measures it), and so does an
    ``EMOJI_JOIN`` (a label cut never splits an emoji ZWJ sequence); leading zero-width
    characters form a cluster of their own. A pair of regional indicators (a flag) is one cluster:
    in a run of them the first pairs with the second, the third with the fourth, and so on (a last
    odd one stays alone), each pair two cells as ``rich`` measures it (one a letter).
    """
    return _clusters(text, _JOINS)


def _wrap_clusters(text: str) -> list[str]:
    """``split_clusters`` as the wrapper cuts a token: an ``EMOJI_JOIN`` stays with the picture before it
    (zero cells) but does not pull the next one in. Its joiners dropped on the way to the screen, an emoji ZWJ
    sequence is drawn as separate pictures (``👨👩👧👦``, 8 cells), so a line too narrow for all of them may
    end between two, as it may between any two pictures."""
    return _clusters(text, ZWJ)


def _clusters(text: str, joins: str) -> list[str]:
    """``split_clusters``, the characters that pull the next one into their cluster being ``joins``."""
    if not text.isascii() and _REGIONAL.search(text) is not None:
        return _split_flags(text, joins)
    out: list[str] = []
    join = False
    for ch in text:
        if out and (join or not get_character_cell_size(ch)):
            out[-1] += ch
        else:
            out.append(ch)
        join = ch in joins
    return out


def _split_flags(text: str, joins: str) -> list[str]:
    """``_clusters`` of a text that holds a regional indicator: a second one in a row joins the first."""
    out: list[str] = []
    join = paired = False  # paired: the last character is a regional indicator waiting for its partner
    for ch in text:
        regional = "\U0001f1e6" <= ch <= "\U0001f1ff"
        if out and (join or (regional and paired) or not get_character_cell_size(ch)):
            out[-1] += ch
        else:
            out.append(ch)
        paired = regional and not paired
        join = ch in joins
    return out


def _app_clusters(token: str) -> list[str]:
    """Clusters of a logical (ZWJ-free) token as they will be once shaped: lam + alef is one."""
    out = _wrap_clusters(token)
    if LAM not in token:
        return out
    ends: list[int] = []  # end offset of each cluster in the token
    offset = 0
    for cluster in out:
        offset += len(cluster)
        ends.append(offset)
    merged: list[str] = []
    first = 0  # the first cluster not yet emitted
    for match in lam_alef_pattern().finditer(token):
        lam = bisect_right(ends, match.start())
        alef = bisect_right(ends, match.end() - 1)
        merged.extend(out[first:lam])
        merged.append("".join(out[lam : alef + 1]))
        first = alef + 1
    merged.extend(out[first:])
    return merged


_NARROW: Final = (
    " -~\u00ab\u00bb\u0600-\u060f\u061b\u061d-\u064a\u0660-\u066f\u0671-\u06d5\u06dd\u06de\u06e5\u06e6"
    "\u06e9\u06ee-\u06ff\u2010-\u2027"
)
"""Characters one cell wide, alone and in any sequence (a unit test checks them against rich)."""
_ZERO_WIDTH: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
"""Arabic marks: zero cells wide (class NSM)."""
_SIMPLE_TEXT: Final = LazyRegex(f"[{_NARROW}{_ZERO_WIDTH}]*")
_ZERO_WIDTH_RUNS: Final = LazyRegex(f"[{_ZERO_WIDTH}]+")
"""Runs of marks (a run, unlike a single class, does not compile the class twice as a search prefix)."""


def _simple_widths(text: str, parts: list[str], tokens: tuple[str, ...], app: bool) -> list[int]:
    """``estimate_width`` of every token of a text made only of ``_NARROW`` and ``_ZERO_WIDTH`` characters.

    A token's width is its length, minus one per mark and (app) one per lam-alef ligature; the marks
    and ligatures are found with one scan of the whole text and charged to the token they fall in.
    """
    widths = list(map(len, tokens))
    # (offset, cells less): a run of marks (never split by a space) or a lam-alef ligature.
    spots = [(match.start(), match.end() - match.start()) for match in _ZERO_WIDTH_RUNS.finditer(text)]
    if app and LAM in text:
        spots.extend((match.start(), 1) for match in lam_alef_pattern().finditer(text))
    if spots:
        starts = list(accumulate((len(part) + 1 for part in parts), initial=0))
        # A spot is never a space, so its part is a token: its index counts the non-empty parts so far.
        owner = None if len(parts) == len(tokens) else list(accumulate(map(bool, parts)))
        for spot, less in spots:
            part = bisect_right(starts, spot) - 1
            widths[part if owner is None else owner[part] - 1] -= less
    return widths


class FastFacts:
    """What every whole-token line of a paragraph needs, found once from the whole paragraph.

    Any such line is the paragraph's tokens ``a..b-1`` joined by single spaces, so a fact about every
    character of the paragraph holds for each of its lines, at every width. A plain class, like
    ``PipelineStats``: a NamedTuple costs ~0.25 ms at import (it compiles its field annotations).
    """

    __slots__ = ("additive", "keep", "low", "printable", "reverse")

    def __init__(self, additive: bool, printable: bool, low: bool, reverse: bool, keep: bool) -> None:
        self.additive = additive
        """No ZWJ or VS16 (which ``rich`` measures together with their neighbours): a line's cell width
        is the sum of its characters' widths, in any order."""
        self.printable = printable
        """No control, format character or surrogate: reordering only moves and mirrors characters, so
        it keeps the line's width (mirrored pairs are equally wide, see ``reorder.mirrors_keep_width``)."""
        self.low = low
        """Only characters of the low alphabet (``reorder.LOW_TEXT``): reordering uses the small probe classes."""
        self.reverse = reverse
        """Reordered at base direction R, the line is itself reversed, with no bidi control to drop."""
        self.keep = keep
        """Reordered at base direction L (app mode), or stripped of bidi controls (terminal mode), the
        line is unchanged."""


class PackedTokens(Sequence[str]):
    """A long paragraph's tokens as one string, ``text`` (the tokens joined by single spaces), and where each
    starts in it: ``starts[k]`` for token ``k``, and one more entry, ``len(text) + 1``.

    A string per token costs ~90 bytes for a word of a few letters, ~90 MB for a paragraph of a million;
    packed they cost what their text does and 4 bytes each. A token is made when it is asked for, and the
    tokens of a line are one slice of ``text`` (:meth:`joined`).
    """

    __slots__ = ("starts", "text")

    def __init__(self, text: str, starts: array[int]) -> None:
        self.text = text
        self.starts = starts

    def __len__(self) -> int:
        return len(self.starts) - 1

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...

    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        if isinstance(index, slice):
            return tuple(map(self.__getitem__, range(*index.indices(len(self)))))
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError("token index out of range")
        return self.text[self.starts[index] : self.starts[index + 1] - 1]

    def __iter__(self) -> Iterator[str]:
        text, starts = self.text, self.starts
        for start, stop in zip(starts, islice(starts, 1, None), strict=False):  # (the second is one shorter)
            yield text[start : stop - 1]

    def joined(self, first: int, stop: int) -> str:
        """Tokens ``first..stop-1`` joined by single spaces: a slice of ``text``."""
        return self.text[self.starts[first] : self.starts[stop] - 1] if first < stop else ""


def join_tokens(tokens: Sequence[str], first: int, stop: int) -> str:
    """Tokens ``first..stop-1`` joined by single spaces (a slice of the text when they are packed)."""
    if isinstance(tokens, PackedTokens):
        return tokens.joined(first, stop)
    return " ".join(tokens[first:stop])


def _offsets_code(chars: int) -> str:
    """The ``array`` type code for offsets and widths in a text of ``chars`` characters (a cell width is at
    most two cells a character, and a line end adds one a token): 4 bytes an entry whenever that is enough."""
    return "i" if 3 * chars + 2 < 2**31 else "q"


def _spaced_once(text: str) -> bool:
    """Whether ``text`` is its tokens joined by single spaces (no run of spaces, none at either end)."""
    return "  " not in text and text[:1] != " " and text[-1:] != " "


def pack_tokens(text: str) -> PackedTokens:
    """The tokens of ``text`` (its parts between spaces, runs of spaces as one), packed (:class:`PackedTokens`)."""
    starts = array(_offsets_code(len(text)), [0])
    pieces: list[str] | None = None if _spaced_once(text) else []
    for piece in space_chunks(text, _SPLIT_CHARS):
        tokens = list(filter(None, piece.split(" ")))
        starts.extend(islice(accumulate((len(token) + 1 for token in tokens), initial=starts[-1]), 1, None))
        if pieces is not None and tokens:
            pieces.append(" ".join(tokens))
    return PackedTokens(text if pieces is None else " ".join(pieces), starts)


class ParagraphMeasure:
    """A paragraph's wrapping tokens, their (shaped) widths, and what has been worked out for it.

    The tokens are a tuple of strings, or for a paragraph of more than ``_PACKED_CHARS`` characters a
    :class:`PackedTokens` (the shaped ones too). Width-independent and cached per (paragraph, mode), so a
    new width looks one entry up; the shaped tokens and the :class:`FastFacts` are filled in when the
    paragraph is first laid out (counting lines never shapes).
    """

    __slots__ = ("counts", "directions", "ends", "exact", "fast", "shaped", "tokens", "widths", "zero_width_breaks")

    def __init__(self, tokens: Sequence[str], widths: Sequence[int], ends: Sequence[int]) -> None:
        self.tokens = tokens
        self.widths = widths
        self.ends = ends
        """``ends[k]``: the sum of ``width + 1`` over the tokens before ``k`` (one separating space each)."""
        self.zero_width_breaks = ZWSP in (tokens.text if isinstance(tokens, PackedTokens) else "".join(tokens))
        """Whether a token holds a zero-width space, where a line may end inside it (:func:`_line_end_head`)."""
        self.counts: dict[int, int] = {}
        """Lines per layout width (:func:`line_count`)."""
        self.directions: dict[tuple[Direction, bool], Direction] = {}
        """The paragraph's direction per (default, prefer_rtl)."""
        self.shaped: Sequence[str] | None = None
        """App mode, once laid out: the shaped tokens (None if they did not line up with ``tokens``)."""
        self.fast: FastFacts | None = None
        """Once laid out: the facts every whole-token line can use."""
        self.exact: bool | None = None
        """Whether every token is as wide as its measured width, so that a whole-token line's width is
        ``ends[b] - ends[a] - 1``. Checked when the paragraph is laid out at a second width (a first
        layout measures its few lines instead, which costs less than measuring every token)."""


_PACKED_TOKENS: Final = 4096
"""A paragraph of more tokens keeps its widths and line ends as machine integers (``array``): 8 bytes a
token each instead of a pointer and, for the ends, an int object, ~60 MB less for a 10 MB paragraph."""

_PACKED_CHARS: Final = 1 << 16
"""A paragraph longer than this keeps its tokens packed (:class:`PackedTokens`), and is measured a piece of
about ``_SPLIT_CHARS`` characters at a time, so that no string is made for each of its tokens at once."""
_SPLIT_CHARS: Final = 1 << 16

MEASURE_CACHE: Final[LruCache[ParagraphMeasure]] = LruCache(LAYOUT_CACHE_SIZE)
"""``measure_paragraph`` results, keyed by (paragraph, app mode)."""


def _measure_packed(text: str, app: bool) -> ParagraphMeasure:
    """``measure_paragraph`` of a long ZWJ-free text: its tokens packed, measured a piece at a time."""
    code = _offsets_code(len(text))
    simple = _SIMPLE_TEXT.fullmatch(text) is not None
    widths, ends, starts = array(code), array(code, [0]), array(code, [0])
    pieces: list[str] | None = None if _spaced_once(text) else []
    for piece in space_chunks(text, _SPLIT_CHARS):
        parts = piece.split(" ")
        tokens = tuple(filter(None, parts))
        sizes = _simple_widths(piece, parts, tokens, app) if simple else [estimate_width(t, app) for t in tokens]
        del parts
        widths.extend(sizes)
        ends.extend(islice(accumulate((size + 1 for size in sizes), initial=ends[-1]), 1, None))
        starts.extend(islice(accumulate((len(token) + 1 for token in tokens), initial=starts[-1]), 1, None))
        if pieces is not None and tokens:
            pieces.append(" ".join(tokens))
    return ParagraphMeasure(PackedTokens(text if pieces is None else " ".join(pieces), starts), widths, ends)


def measure_paragraph(paragraph: str, app: bool) -> ParagraphMeasure:
    """The paragraph's wrapping tokens and their (shaped) widths; cached, width-independent."""
    key = (paragraph, app)
    found = MEASURE_CACHE.get(key)
    if found is None and len(paragraph) > _PACKED_CHARS:
        found = _measure_packed(paragraph.replace(ZWJ, "") if ZWJ in paragraph else paragraph, app)
        MEASURE_CACHE.put(key, found)
    if found is None:
        # ZWJ goes in both modes: shaping consumes it, and rich counts "x ZWJ y" as one cell where
        # terminals draw two (and swallows the padding after a trailing ZWJ).
        text = paragraph.replace(ZWJ, "") if ZWJ in paragraph else paragraph
        parts = text.split(" ")
        tokens = tuple(filter(None, parts))
        if _SIMPLE_TEXT.fullmatch(text):
            sizes: Sequence[int] = _simple_widths(text, parts, tokens, app)
        else:
            sizes = [estimate_width(token, app) for token in tokens]
        del parts
        widths: Sequence[int]
        ends: Sequence[int]
        if len(tokens) > _PACKED_TOKENS:
            widths = array("q", sizes)
            ends = array("q", accumulate((size + 1 for size in sizes), initial=0))
        else:
            widths = tuple(sizes)
            ends = tuple(accumulate((size + 1 for size in sizes), initial=0))
        del sizes
        found = ParagraphMeasure(tokens, widths, ends)
        MEASURE_CACHE.put(key, found)
    return found


_RUN_NARROW: Final = (
    "!-~\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u0600-\u060f\u061b\u061d-\u064a\u0660-\u066f\u0671-\u06d5"
    "\u06dd\u06de\u06e9\u06ee-\u06ff\u0750-\u077f\u2010-\u2027\ufb50-\ufdff\ufe70-\ufefe"
)
"""Characters one cell wide and none of the reshaper's harakat: each one its own cluster in a run of them
(a unit test checks them against rich and the harakat class)."""
_RUN_WIDE: Final = "\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60"
"""Characters two cells wide (kana, CJK ideographs, Hangul syllables, full-width forms); a unit test checks them."""
_RUN_END: Final = f"(?=[{_RUN_NARROW}{_RUN_WIDE}]|\\Z)"
"""A run ends before a character that starts a cluster of its own (not before a mark, which joins the last one)."""
_RUNS: Final = LazyRegex(f"([{_RUN_NARROW}]+{_RUN_END})|[{_RUN_WIDE}]+{_RUN_END}")
"""Runs of one-cell (group 1) or two-cell characters, each character a cluster as ``split_clusters`` finds it."""
_APP_RUNS: Final = LazyRegex(
    f"((?![\u0622\u0623\u0625\u0627])[{_RUN_NARROW}]+{_RUN_END}(?<!{LAM}))|[{_RUN_WIDE}]+{_RUN_END}"
)
"""``_RUNS`` for app mode: a run of one-cell characters neither starts with an alef nor ends with a lam, so no
lam-alef ligature is cut by its ends (one inside it, lam then alef, is found and taken out separately)."""


class _Runs:
    """A token's clusters as runs of equal clusters (as many cells and characters each): a run of one-cell
    or two-cell characters is one entry, and so are neighbouring clusters measured one by one that are
    alike (a letter with one mark each, ...).

    Entry ``i`` holds the clusters ``firsts[i]..firsts[i+1]-1``, each ``steps[i]`` cells and ``spans[i]``
    characters wide, starting at cell ``cells[i]`` and character ``chars[i]``; the lists end with the totals.
    ``breaks`` holds the token's break points, found the first time it is split.
    """

    __slots__ = ("breaks", "cells", "chars", "firsts", "soft", "spans", "steps")

    def __init__(self) -> None:
        self.firsts: list[int] = [0]
        self.cells: list[int] = [0]
        self.chars: list[int] = [0]
        self.steps: list[int] = []
        self.spans: list[int] = []
        self.breaks: list[int] | None = None
        """Where a piece may end by preference (:data:`_BREAKS`): the character offset right after each
        break character, in order (the piece ends after the cluster that holds that character); found
        when the token is first split (the runs of a shaped token, only matched by cell, never need them)."""
        self.soft: frozenset[int] = frozenset()
        """The ``breaks`` right after a soft hyphen (``SOFT_BREAK``): a piece ending there is a cell wider, for
        its hyphen."""

    def add(self, count: int, step: int, span: int) -> None:
        """Append ``count`` clusters of ``step`` cells and ``span`` characters each (to the last entry if equal)."""
        if self.steps and self.steps[-1] == step and self.spans[-1] == span:
            self.firsts[-1] += count
            self.cells[-1] += count * step
            self.chars[-1] += count * span
            return
        self.steps.append(step)
        self.spans.append(span)
        self.firsts.append(self.firsts[-1] + count)
        self.cells.append(self.cells[-1] + count * step)
        self.chars.append(self.chars[-1] + count * span)

    def cell_of(self, cluster: int) -> int:
        """The cell offset where the cluster starts (the total width for the cluster count)."""
        entry = bisect_right(self.firsts, cluster) - 1
        if entry == len(self.steps):
            return self.cells[entry]
        return self.cells[entry] + (cluster - self.firsts[entry]) * self.steps[entry]

    def char_of(self, cluster: int) -> int:
        """The character offset where the cluster starts (the length for the cluster count)."""
        entry = bisect_right(self.firsts, cluster) - 1
        if entry == len(self.steps):
            return self.chars[entry]
        return self.chars[entry] + (cluster - self.firsts[entry]) * self.spans[entry]

    def char_at_cell(self, cell: int) -> int:
        """The character offset of the first cluster starting at ``cell`` or later (the length if none)."""
        entry = bisect_left(self.cells, cell, 0, len(self.steps))
        if entry:
            before, step = entry - 1, self.steps[entry - 1]
            if step:
                skip = -(-(cell - self.cells[before]) // step)
                if self.firsts[before] + skip < self.firsts[entry]:
                    return self.chars[before] + skip * self.spans[before]
        return self.chars[entry]


_BREAKS: Final = LazyRegex("://|[/.\\-_?&=#,;:\u060c\u200b\U000e01d1]")
"""Break characters: a token too long for its line is split right after one by preference (a URL after
a ``/``, a hashtag after a ``_``, words joined by a zero-width space after it, a word at a soft hyphen
(``SOFT_BREAK``, its hyphen drawn) ...); ``://`` counts as one, so a piece never ends by preference inside it."""

RUNS_CACHE: Final[LruCache[_Runs]] = LruCache(16)
"""``_runs`` results of the last long tokens split, keyed by (token, app mode); width-independent."""


def _runs(token: str, app: bool) -> _Runs:
    """The token's clusters (``_app_clusters`` in app mode, else ``split_clusters``) and their
    ``estimate_width``, with runs of plain one-cell or two-cell characters measured in bulk.

    A run starts and ends between clusters, and in app mode between lam-alef ligatures, so the clusters
    between two runs are those of that stretch alone: it is split and measured cluster by cluster.
    """
    key = (token, app)
    runs = RUNS_CACHE.get(key)
    if runs is None:
        runs = _measure_runs(token, app)
        RUNS_CACHE.put(key, runs)
    return runs


def _measure_runs(token: str, app: bool) -> _Runs:
    """``_runs`` without the cache."""
    runs = _Runs()
    done = 0

    def add_clusters(stop: int) -> None:
        text = token[done:stop]
        for cluster in _app_clusters(text) if app else _wrap_clusters(text):
            runs.add(1, estimate_width(cluster, app), len(cluster))

    if ZWJ in token or EMOJI_JOIN in token:  # a joiner pulls the next character in: no run can be trusted
        add_clusters(len(token))
        return runs
    lam_alef = lam_alef_pattern() if app and LAM in token else None
    for match in (_APP_RUNS if app else _RUNS).finditer(token):
        start, stop = match.span()
        if start > done:
            add_clusters(start)
        if match.start(1) < 0:
            runs.add(stop - start, 2, 1)
        elif lam_alef is None:
            runs.add(stop - start, 1, 1)
        else:
            # Inside a run of one-cell characters a ligature is a lam right before an alef: 2 characters, 1 cell.
            at = start
            for ligature in lam_alef.finditer(token, start, stop):
                if ligature.start() > at:
                    runs.add(ligature.start() - at, 1, 1)
                runs.add(1, 1, 2)
                at = ligature.end()
            if stop > at:
                runs.add(stop - at, 1, 1)
        done = stop
    if done < len(token):
        add_clusters(len(token))
    return runs


def _chop(runs: _Runs, width: int) -> list[tuple[int, int, int]]:
    """Greedy split of a long token's clusters into (start, end, width) pieces of at most ``width``.

    A piece ends before the cluster that would make it wider than ``width``; a cluster wider than
    ``width`` alone is a piece of its own. A run of equal clusters is taken as many at a time as fit.
    A piece that would end elsewhere ends instead right after the last break character in it
    (``runs.breaks``) if that keeps it at least half as wide as the line, and the next piece starts
    there: one bisection of the token's break points per piece.
    """
    pieces: list[tuple[int, int, int]] = []
    start = used = 0
    firsts, steps = runs.firsts, runs.steps
    entry, entries = 0, len(steps)
    index = 0
    while entry < entries:
        step, stop = steps[entry], firsts[entry + 1]
        while index < stop:
            if used + step > width and index > start:
                cut = _preferred_cut(runs, start, index, entry, used, width)
                if cut is not None:
                    end, held, size = cut
                    pieces.append((start, end, size))
                    start = index = end
                    used = 0
                    entry = held if end < firsts[held + 1] else held + 1
                    step, stop = steps[entry], firsts[entry + 1]
                    continue
                pieces.append((start, index, used))
                start, used = index, 0
            if not step:
                index = stop
                break
            take = min(max((width - used) // step, 1), stop - index)
            used += take * step
            index += take
        entry += 1
    pieces.append((start, firsts[-1], used))
    return pieces


def _preferred_cut(
    runs: _Runs, start: int, index: int, entry: int, used: int, width: int
) -> tuple[int, int, int] | None:
    """Where a piece from cluster ``start`` that would end before cluster ``index`` (in entry ``entry``, ``used``
    cells wide) ends instead: right after the last break character wholly before ``index`` that keeps it at
    least half as wide as the line, as (end cluster, its entry, cells); None where there is none. A piece
    ending at a soft hyphen takes a cell more (its hyphen): an earlier break is tried where that does not fit."""
    firsts, cells, chars, steps, spans = runs.firsts, runs.cells, runs.chars, runs.steps, runs.spans
    breaks = runs.breaks or ()
    found = bisect_right(breaks, chars[entry] + (index - firsts[entry]) * spans[entry]) - 1
    while found >= 0:
        last = breaks[found] - 1
        held = entry if last >= chars[entry] else bisect_right(chars, last, 0, entry) - 1
        end = firsts[held] + (last - chars[held]) // spans[held] + 1  # the break ends the cluster before ``end``
        if not start < end < index:
            return None
        size = used - (cells[entry] + (index - firsts[entry]) * steps[entry]) + cells[held]
        size += (end - firsts[held]) * steps[held]
        if not size:  # (a soft hyphen opening the word: no break)
            return None
        size += breaks[found] in runs.soft
        if size <= width:
            return (end, held, size) if 2 * size >= width else None
        found -= 1
    return None


def _chop_token(token: str, width: int, app: bool) -> list[tuple[int, int, int]]:
    runs = _runs(token, app)
    if runs.breaks is None:
        runs.breaks = list(map(Match.end, _BREAKS.finditer(token)))
        if SOFT_BREAK in token:
            runs.soft = frozenset(end for end in runs.breaks if token[end - 1] == SOFT_BREAK)
    return _chop(runs, width)


def _opens_with_mark(token: str) -> bool:
    """Whether ``token`` starts with a combining mark (a Quranic pause sign written on a space, ``ۚ``): a line
    never starts with it, so the break before it moves back a word."""
    return category(token[0])[0] == "M" if token and not token.isascii() else False


def _mark_safe_stop(tokens: Sequence[str], index: int, stop: int) -> int:
    """``stop`` (the greedy end of a line of whole tokens from ``index``) moved back while the token it would
    start the next line with opens with a combining mark (``_opens_with_mark``), keeping at least one token.

    A mark token is zero cells wide, but the space before it is one: greedy wrapping leaves it out only when
    the line is full, so it cannot join the line; the word before it goes down with it instead."""
    while index + 1 < stop < len(tokens) and _opens_with_mark(tokens[stop]):
        stop -= 1
    return stop


def _zwsp_head(token: str, room: int, app: bool) -> tuple[int, int] | None:
    """The longest head of ``token`` that ends right after one of its zero-width spaces and is 1 to ``room``
    cells wide, as (its end cluster, its cells); None where there is none."""
    runs = _runs(token, app)
    firsts, chars, spans = runs.firsts, runs.chars, runs.spans
    found = None
    at = token.find(ZWSP)
    while at >= 0:
        held = bisect_right(chars, at, 0, len(spans)) - 1
        end = firsts[held] + (at - chars[held]) // spans[held] + 1  # after the cluster holding the ZWSP
        cells = runs.cell_of(end)
        if cells > room:
            break
        if cells and end < firsts[-1]:
            found = (end, cells)
        at = token.find(ZWSP, at + 1)
    return found


def _line_end_head(measure: ParagraphMeasure, index: int, stop: int, width: int, app: bool) -> tuple[int, int] | None:
    """Where the line of whole tokens ``index..stop-1`` goes on into token ``stop``, which does not fit after
    them but does fit a line of its own: after a zero-width space in it (``_zwsp_head``), in the room the
    line has left after a space; None where it does not (the token then starts the next line whole)."""
    tokens, widths, ends = measure.tokens, measure.widths, measure.ends
    if stop >= len(widths) or widths[stop] > width:
        return None
    token = tokens[stop]
    if ZWSP not in token or _opens_with_mark(token):
        return None
    return _zwsp_head(token, width - (ends[stop] - ends[index]), app)


PlanLine = tuple[int, int] | list[Piece]
"""One planned line: ``(first, stop)`` for the whole tokens ``first..stop-1``, else its pieces."""


def plan_lines(measure: ParagraphMeasure, width: int, app: bool) -> list[PlanLine]:
    """Greedy logical wrap at spaces; tokens wider than ``width`` are split at cluster boundaries, after a
    break character (``/``, ``_``, ...) when one keeps the line at least half full (:func:`_chop`). A line
    also ends after a zero-width space inside the token that does not fit after it (:func:`_line_end_head`),
    the rest of that token starting the next line.

    A line that starts with token ``i`` holds the tokens before ``j`` while ``ends[j] - ends[i] - 1``
    (their widths plus the spaces between) fits, so each line is one bisection of ``ends``.
    """
    tokens, widths, ends = measure.tokens, measure.widths, measure.ends
    zero_width = measure.zero_width_breaks
    lines: list[PlanLine] = []
    count = len(widths)
    index = 0
    while index < count:
        if widths[index] <= width:
            stop = bisect_right(ends, ends[index] + width + 1, index + 1) - 1
            if stop <= index:  # a token that fits ends its line after itself: else this loop would never end
                raise AssertionError(f"plan_lines: no progress at token {index} of {count}, width {width}")
            stop = _mark_safe_stop(tokens, index, stop)
            head = _line_end_head(measure, index, stop, width, app) if zero_width else None
            if head is None:
                lines.append((index, stop))
                index = stop
                continue
            # The line ends inside token ``stop``, after a zero-width space; the rest of it starts the next.
            end, used = head
            lines.append([*((k, -1, -1) for k in range(index, stop)), (stop, 0, end)])
            used = _runs(tokens[stop], app).cells[-1] - used
            index = stop + 1
            after = max(bisect_right(ends, ends[index] + width - used, index) - 1, index)
            lines.append(
                [(stop, end, _runs(tokens[stop], app).firsts[-1]), *((k, -1, -1) for k in range(index, after))]
            )
            index = after
            continue
        pieces = _chop_token(tokens[index], width, app)
        lines.extend([(index, start, end)] for start, end, _ in pieces[:-1])
        start, end, used = pieces[-1]
        index += 1
        # The following tokens join the last piece while "piece space token ..." fits.
        stop = max(bisect_right(ends, ends[index] + width - used, index) - 1, index)
        lines.append([(index - 1, start, end), *((k, -1, -1) for k in range(index, stop))])
        index = stop
    return lines


def count_lines(measure: ParagraphMeasure, width: int, app: bool) -> int:
    """``len(plan_lines(measure, width, app))``, without building the plan."""
    tokens, widths, ends = measure.tokens, measure.widths, measure.ends
    zero_width = measure.zero_width_breaks
    lines = 0
    count = len(widths)
    index = 0
    while index < count:
        lines += 1
        if widths[index] <= width:
            stop = bisect_right(ends, ends[index] + width + 1, index + 1) - 1
            if stop <= index:  # as in plan_lines: a wrong bound here would loop forever, not fail
                raise AssertionError(f"count_lines: no progress at token {index} of {count}, width {width}")
            stop = _mark_safe_stop(tokens, index, stop)
            head = _line_end_head(measure, index, stop, width, app) if zero_width else None
            index = stop
            if head is not None:  # as plan_lines: the rest of token ``stop`` starts the next line
                lines += 1
                used = _runs(tokens[stop], app).cells[-1] - head[1]
                index = stop + 1
                index = max(bisect_right(ends, ends[index] + width - used, index) - 1, index)
            continue
        pieces = _chop_token(tokens[index], width, app)
        lines += len(pieces) - 1
        index += 1
        index = max(bisect_right(ends, ends[index] + width - pieces[-1][2], index) - 1, index)
    return lines


def piece_start(index: int, cluster: int, tokens: Sequence[str], app: bool) -> int:
    """The character offset in logical token ``tokens[index]`` where its cluster ``cluster`` starts (a piece of
    a planned line starts there); 0 for a whole token (``cluster`` -1)."""
    if cluster <= 0:
        return 0
    return _runs(tokens[index], app).char_of(cluster)


def piece_text(piece: Piece, tokens: Sequence[str], shaped: Sequence[str] | None, app: bool) -> str:
    """The text of one piece of a planned line (shaped in app mode when shaping lined up).

    In app mode the shaped text is matched to the logical clusters by cell offset (a lam-alef pair is
    one cluster on both sides): the piece is the shaped clusters that start within the cells of its
    logical clusters (the last piece takes the rest). Soft hyphens (``SOFT_BREAK``) are left out; a piece that
    ends at one ends with ``SOFT_HYPHEN_SHOWN``.
    """
    index, start, end = piece
    if start < 0:
        return _unbroken(tokens[index]) if shaped is None else shaped[index]
    token = tokens[index]
    logical = _runs(token, app)
    last = end >= logical.firsts[-1]
    hyphen = "" if last or token[logical.char_of(end) - 1] != SOFT_BREAK else SOFT_HYPHEN_SHOWN
    if shaped is None:
        return _unbroken(token[logical.char_of(start) : logical.char_of(end)]) + hyphen
    text = shaped[index]
    display = _runs(text, False)
    first = display.char_at_cell(logical.cell_of(start))
    if last:
        return text[first:]
    return text[first : display.char_at_cell(logical.cell_of(end))] + hyphen


def _unbroken(text: str) -> str:
    """``text`` without its soft hyphens (``SOFT_BREAK``): never drawn where no line ends."""
    return text.replace(SOFT_BREAK, "") if SOFT_BREAK in text else text
