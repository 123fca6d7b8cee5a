"""Right-to-left layout: paragraph direction, Arabic shaping, logical wrapping and per-line reordering.

The pipeline (see ``shared/RTL.md`` §2) works one paragraph at a time; each step lives in its own
module of ``newstui.text`` and this one composes them and holds the public API::

    direction (first strong character, or the article's)      paragraph_direction()  paragraphs.py
    shape in LOGICAL order (arabic-reshaper, harakat kept)     shape()                shaping.py, cached per paragraph
    greedy wrap in LOGICAL order, measured on the SHAPED text  plan_lines()           wrap.py, width-only integer work
    reorder EACH line with the paragraph's direction           reorder_line()         reorder.py, python-bidi + L4 + L3
    drop bidi controls, pad to the width                        layout_paragraph()     here

Text is first sanitized and split into paragraphs, each with its direction (``paragraphs.py``); the
caches share one LRU type (``LruCache``) and one set of counters (``pipeline_cache.py``).

Wrapping never reshapes: every token's shaped width is known from its logical text (cell width minus
one cell per lam-alef ligature the reshaper forms), so :func:`line_count` is cheap and always equals
the number of lines :func:`layout_paragraph` returns. python-bidi's Rust core leaves out rules L3
(combining marks after their base) and L4 (mirrored glyphs); ``reorder.py`` restores both with a pair of
variation-selector "probes" appended after each mirrored character or marked cluster: the probes
inherit the cluster's level (UAX #9 W1), so their visual order tells whether the cluster sits at an
odd (right-to-left) level.

``mode="terminal"`` gives the same wrapping on logical, unshaped text for terminals that shape and
reorder by themselves; right alignment is then made with leading padding, which assumes the
terminal's row direction is left-to-right (its default). So that each right-to-left line still reads
right to left under that base, its text goes between RLE and PDF (``RTL_EMBEDDING``), the padding
outside: its final ``.``, a number or a Latin word opening it, keep their places as app mode draws them.
A list item hangs there too, its indent on its lines' reading side (trailing spaces for a right-to-left
item) and its marker inside the embedding, and a quote keeps as many ``>`` as app mode draws bars, its
text hanging beside them (``_terminal_hanging``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import eq
from typing import Final, Literal, get_args

from rich.cells import cell_len, set_cell_size

from newstui.text.bracket_pairs import has_bracket
from newstui.text.emoji import EMOJI_JOIN, mark_emoji_joins
from newstui.text.lazy_regex import LazyRegex
from newstui.text.line_context import LineContext
from newstui.text.list_items import HANG_MIN, ITEM_FIRST, item_marker
from newstui.text.paragraphs import (
    SOFT_BREAK,
    SPLIT_CACHE,
    Direction,
    check_direction,
    paragraph_direction,
    split_paragraphs,
)
from newstui.text.pipeline_cache import LAYOUT_CACHE_SIZE, STATS, LruCache, PipelineStats
from newstui.text.reorder import (
    BIDI_CONTROLS_TO_STRIP,
    LOW_TEXT,
    ONLY_RTL_AND_NEUTRAL,
    PROBE_PAIRS,
    Tier,
    mirrors_keep_width,
    probe_patterns,
    reorder_line,
    reorder_text,
    strip_bidi_controls,
    strip_bidi_embeddings,
)
from newstui.text.shaping import (
    SHAPE_CACHE,
    SHAPE_CACHE_SIZE,
    WORD_CACHE,
    WORD_CACHE_SIZE,
    ZWJ,
    seed_shaping,
    shape,
    shape_logical,
    shaped_width,
    shaping_seed,
)
from newstui.text.wrap import (
    MEASURE_CACHE,
    RUNS_CACHE,
    FastFacts,
    PackedTokens,
    ParagraphMeasure,
    Piece,
    PlanLine,
    cell_width,
    count_lines,
    measure_paragraph,
    pack_tokens,
    piece_start,
    piece_text,
    plan_lines,
    split_clusters,
)

__all__ = [
    "ELLIPSIS",
    "LAYOUT_CACHE_SIZE",
    "LTR_ISOLATE",
    "RTL_EMBEDDING",
    "SHAPE_CACHE_SIZE",
    "STATS",
    "WORD_CACHE_SIZE",
    "ZWJ",
    "BidiMode",
    "Direction",
    "Piece",
    "PipelineStats",
    "PlanLine",
    "Tier",
    "cell_width",
    "clear_caches",
    "fit_host",
    "fit_line",
    "hang_width",
    "layout_paragraph",
    "line_count",
    "line_starts",
    "paragraph_direction",
    "reorder_line",
    "seed_shaping",
    "shape",
    "shaped_width",
    "shaping_seed",
    "warm_up",
]

BidiMode = Literal["app", "terminal"]
"""``app``: shape and reorder in the app; ``terminal``: logical, unshaped text (the terminal does bidi)."""

_MODES: Final = frozenset(get_args(BidiMode))

LTR_ISOLATE: Final = ("\u2066", "\u2069")
"""LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE: around a host in terminal mode (``fit_host``)."""

RTL_EMBEDDING: Final = ("\u202b", "\u202c")
"""RIGHT-TO-LEFT EMBEDDING and POP DIRECTIONAL FORMATTING: around the text of every right-to-left line in
terminal mode (``_embedded``), its padding outside. Under the left-to-right row base terminals default to
(VTE, which right alignment by padding assumes) the text then resolves as in a right-to-left paragraph.
An embedding rather than an isolate (RLI/PDI): the line holds nothing else for an isolate to shield, and
RLE/PDF (Unicode 2.0) are known to every bidi engine, where a pre-6.3 one (FriBidi 0.19, older Qt) takes an
RLI for a left-to-right letter and undoes the very effect wanted. Zero cells wide for Rich and wcwidth."""

ELLIPSIS: Final = "\u2026"
"""Ends a truncated single-line label (in logical order, so it shows at the left of RTL text)."""

_LAID_OUT: Final[LruCache[tuple[str, ...]]] = LruCache(LAYOUT_CACHE_SIZE)
_FITTED: Final[LruCache[str]] = LruCache(LAYOUT_CACHE_SIZE)
_TEXT_LAID_OUT: Final[LruCache[tuple[tuple[str, ...], int]]] = LruCache(LAYOUT_CACHE_SIZE)
"""Whole ``layout_paragraph`` results (lines, paragraph count), keyed by the raw text and options; a
printable text is one paragraph, cached by ``_layout_one`` alone."""
_COUNTS_PER_PARAGRAPH: Final = 32
"""Widths whose line count is kept per paragraph."""


def clear_caches() -> None:
    """Forget every shaped paragraph and laid-out line (for benchmarks and tests)."""
    for lru in (SHAPE_CACHE, MEASURE_CACHE, RUNS_CACHE, _LAID_OUT, _FITTED, SPLIT_CACHE, _TEXT_LAID_OUT, _COUNTED):
        lru.clear()
    WORD_CACHE.clear()


def _check_width(width: int) -> None:
    if width < 1:
        raise ValueError(f"width must be at least 1, not {width}")


def _check_mode(mode: str) -> None:
    if mode not in _MODES:
        raise ValueError(f"unknown bidi mode {mode!r}; expected one of {sorted(_MODES)}")


def _finish(line: str, width: int, rtl: bool, align: bool) -> str:
    """Crop a visual line to ``width`` if it is wider (never expected), and pad it when ``align``."""
    size = cell_len(line)
    if size > width:
        line = set_cell_size(line, width)
        size = cell_len(line)
    return _padded(line, size, width, rtl, align)


def _padded(line: str, size: int, width: int, rtl: bool, align: bool) -> str:
    """A visual line ``size`` cells wide padded to ``width`` when ``align``: flush right when ``rtl``, else left."""
    if align and size < width:
        return " " * (width - size) + line if rtl else line + " " * (width - size)
    return line


def _embedded(line: str) -> str:
    """A padded terminal-mode line of right-to-left text with its text (not its padding) between RLE and PDF."""
    text = line.strip(" ")
    if not text:
        return line
    start = line.index(text)
    return line[:start] + RTL_EMBEDDING[0] + text + RTL_EMBEDDING[1] + line[start + len(text) :]


def _prepare(paragraph: str, measure: ParagraphMeasure, app: bool) -> FastFacts:
    """Fill in ``measure.shaped`` (app mode) and ``measure.fast`` before the paragraph's first layout.

    ``reverse`` and ``keep`` follow :func:`reorder_text` step by step: a paragraph of the low alphabet with
    no probe site gets its fast paths, and so does each of its lines (a subset of its characters).
    """
    tokens = measure.tokens
    shaped: Sequence[str] | None = None
    if app and tokens:
        shaped_text = shape_logical(_without_soft_breaks(paragraph))
        if not paragraph.isascii():  # ASCII is never shaped: no second copy of its tokens (a 10 MB line: ~90 MB)
            packed = isinstance(tokens, PackedTokens)
            found = pack_tokens(shaped_text) if packed else tuple(filter(None, shaped_text.split(" ")))
            shaped = found if len(found) == len(tokens) else None
    text = _joined(tokens if shaped is None else shaped)
    printable = text.isprintable()
    clean = printable or BIDI_CONTROLS_TO_STRIP.search(text) is None
    low = reverse = False
    if app:
        low = LOW_TEXT.fullmatch(text) is not None
        plain = low and probe_patterns(*PROBE_PAIRS[0], True, "low").site.search(text) is None
        reverse = plain and clean and ONLY_RTL_AND_NEUTRAL.fullmatch(text) is not None
        keep = plain and text.isascii() and printable
    else:
        keep = clean
    additive = ZWJ not in text and "\ufe0f" not in text
    fast = FastFacts(additive, printable and (not app or mirrors_keep_width(text)), low, reverse, keep)
    measure.shaped = shaped
    measure.fast = fast
    return fast


def _without_soft_breaks(text: str) -> str:
    """``text`` without its soft hyphens (``SOFT_BREAK``): shaped across them (an Arabic word keeps its joining),
    and never drawn (the wrapper draws a hyphen where a line ends at one)."""
    return text.replace(SOFT_BREAK, "") if SOFT_BREAK in text else text


def _joined(tokens: Sequence[str]) -> str:
    """All of ``tokens`` joined by single spaces (the text itself when they are packed)."""
    return tokens.text if isinstance(tokens, PackedTokens) else " ".join(tokens)


def _exact(measure: ParagraphMeasure, source: Sequence[str], fast: FastFacts) -> bool:
    """Whether ``measure`` gives whole-token lines their exact width (see ``ParagraphMeasure.exact``); cached."""
    exact = measure.exact
    if exact is None:
        if isinstance(source, PackedTokens):  # one token at a time: no list of a string per token
            exact = fast.additive and all(map(eq, map(cell_len, source), measure.widths))
        else:
            exact = fast.additive and list(map(cell_len, source)) == list(measure.widths)
        measure.exact = exact
    return exact


_SKIN_TONES: Final = LazyRegex("[\U0001f3fb-\U0001f3ff]")
"""Emoji skin-tone modifiers. Rich counts one as 0 cells after its emoji; a terminal that does not
join them (tmux 3.3, many others) draws it as a picture of its own, 2 cells, and every pane to the
right moves. They are left out on screen, as ZWJs are; ``--json``, search and copying keep them."""


def _without_skin_tones(text: str) -> str:
    """``text`` as drawn: without emoji skin-tone modifiers (``_SKIN_TONES``)."""
    if text.isascii() or max(text) < "\U0001f3fb" or _SKIN_TONES.search(text) is None:
        return text  # (no character that far up: the pattern is not even compiled)
    return _SKIN_TONES.sub("", text)


_VS16: Final = "\ufe0f"
"""VARIATION SELECTOR-16 (emoji presentation). After a text-default character (❤️ ☀️ ✔️ ⚠️ ©️ 1️⃣ ...)
Rich counts it one cell more (2 in all), while tmux 3.3a advances its cursor 1 cell (measured with
``CSI 6n``), so every pane to the right moves; after an emoji-default one (⭐️ 👍️) it changes neither.
It is left out on screen, as skin tones are (the character is then drawn in its text presentation, 1
cell everywhere); ``--json``, search and copying keep it."""


def _without_vs16(text: str) -> str:
    """``text`` without ``_VS16`` (one C-level scan when there is none)."""
    return text.replace(_VS16, "") if _VS16 in text else text


_HELD_JOIN: Final = "\U000e01d2"
"""What a ZWJ outside an emoji sequence (``ه‍.ش``, ``ع‍``: a letter drawn in its joining form) is while a
terminal-mode paragraph is wrapped: a variation selector, zero cells in Rich and never a joiner to the wrapper
(the wrapper drops every ZWJ it is given), written back as ``_DRAWN_JOIN`` in every line laid out."""
_DRAWN_JOIN: Final = ZWJ + ZWJ
"""A ZWJ of the text as terminal mode writes it: doubled. Rich counts a ZWJ and the character after it as
nothing (``ه‍.`` 1 cell), where a terminal draws a ZWJ in no cell and the ``.`` in its own (2 cells); a
second ZWJ is that character, so Rich and the terminal agree (``ه‍‍.`` 2 cells for both), and no line is
padded wider than it is drawn. Two joiners join as one does (joining type C)."""


def _terminal_joins(text: str, join: str) -> str:
    """``text`` for terminal mode: each ZWJ of an emoji sequence dropped (its pictures drawn one by one, as
    Rich counts them), every other ZWJ (an Arabic or Persian letter's joining) ``join``. The terminal shapes,
    so those must reach it: ``--json``, search and copying keep every ZWJ as written."""
    if ZWJ not in text:  # one C-level scan; nearly every paragraph stops here
        return text
    marked = mark_emoji_joins(text)
    if EMOJI_JOIN in marked:
        marked = marked.replace(EMOJI_JOIN, "")
    return marked.replace(ZWJ, join)


def _as_drawn(paragraph: str, app: bool) -> str:
    """A paragraph as the layout takes it: without skin tones or VS16, and in app mode with the ZWJs of
    emoji sequences turned into ``emoji.EMOJI_JOIN`` (their pictures are then drawn in logical order at
    any level); in terminal mode the terminal reorders, the ZWJs of emoji sequences are dropped and the
    others held (``_HELD_JOIN``) for the terminal to join their letters by."""
    paragraph = _without_vs16(_without_skin_tones(paragraph))
    return mark_emoji_joins(paragraph) if app else _terminal_joins(paragraph, _HELD_JOIN)


def _drawn_joins(lines: tuple[str, ...], paragraph: str) -> tuple[str, ...]:
    """Terminal-mode ``lines`` of ``paragraph`` (as ``_as_drawn`` gave it) with each held ZWJ drawn
    (``_DRAWN_JOIN``): as many cells for Rich as before."""
    if _HELD_JOIN not in paragraph:
        return lines
    return tuple(line.replace(_HELD_JOIN, _DRAWN_JOIN) for line in lines)


_COUNTED: Final[LruCache[str]] = LruCache(LAYOUT_CACHE_SIZE)
"""Each paragraph as ``line_count`` measures it, so that counting again scans nothing."""


def _counted(paragraph: str, app: bool) -> str:
    """The paragraph as :func:`line_count` measures it: ``_as_drawn`` but for the skin tones (zero cells
    wide either way, and a scan of every character to find); cached per (paragraph, mode)."""
    if paragraph.isascii():  # (answered without a scan)
        return paragraph
    key = (paragraph, app)
    found = _COUNTED.get(key)
    if found is None:
        found = _without_vs16(paragraph)
        found = mark_emoji_joins(found) if app else _terminal_joins(found, _HELD_JOIN)
        _COUNTED.put(key, found)
    return found


_LATIN_LETTER: Final = LazyRegex("[A-Za-z]")
"""The strong characters of ASCII (all of bidi class L; ASCII has no R, AL or isolate)."""


def _plain_line(
    paragraph: str, width: int, mode: BidiMode, direction: Direction | None, default: Direction, align: bool
) -> tuple[str, ...] | None:
    """The one line of a printable ASCII paragraph that fits in ``width``, or None when it needs the full layout.

    Such a paragraph is one line (one cell per character, runs of spaces collapsed), nothing in it is
    shaped, and at a left-to-right base direction every character resolves to level 0 (letters L,
    digits L by W7, the rest by N1/N2), so reordering leaves it as it is; in terminal mode nothing is
    reordered at all. What ``_layout_one`` would make of it, without measuring, shaping or caching:
    a file of a million short lines (``l0`` … ``l999999``) is laid out at the cost of its text. An
    app-mode paragraph that resolves right to left (digits and punctuation in an Arabic article) is
    reordered by bidi, so it takes the full layout.
    """
    rtl = (direction or ("ltr" if _LATIN_LETTER.search(paragraph) else default)) == "rtl"
    if rtl and mode == "app":
        return None
    line = paragraph if "  " not in paragraph and paragraph.strip(" ") == paragraph else " ".join(paragraph.split())
    padded = _padded(line, len(line), width, rtl, align)
    return (_embedded(padded) if rtl else padded,)


def _layout_one(
    paragraph: str,
    width: int,
    mode: BidiMode,
    direction: Direction | None,
    default: Direction,
    prefer_rtl: bool,
    align: bool,
) -> tuple[str, ...]:
    """One paragraph's visual lines (cached): a short ASCII line as it is, a quote or a list item beside its
    marks (aligned layouts), any other paragraph wrapped and reordered line by line (``_wrapped``)."""
    if len(paragraph) <= width and paragraph.isascii() and paragraph.isprintable() and paragraph[:1] != ">":
        plain = _plain_line(paragraph, width, mode, direction, default, align)
        if plain is not None:
            return plain
    key = (paragraph, width, mode, direction, default, prefer_rtl, align)
    found = _LAID_OUT.get(key)
    if found is not None:
        STATS.layout_hits += 1
        return found
    found = _marked(paragraph, width, mode, direction, default, prefer_rtl) if align else None
    if found is None:
        found = _wrapped(paragraph, width, mode, direction, default, prefer_rtl, align)
    _LAID_OUT.put(key, found)
    return found


def _marked(
    paragraph: str, width: int, mode: BidiMode, direction: Direction | None, default: Direction, prefer_rtl: bool
) -> tuple[str, ...] | None:
    """A quote laid out with its bars (app mode) or marks (terminal mode), or a list item hanging beside its
    marker; None when ``paragraph`` is neither (or too narrow to hang)."""
    app = mode == "app"
    quoted = _quote_levels(paragraph)
    if quoted[0]:
        quote = _quoted if app else _terminal_quoted
        return quote(paragraph, quoted, width, direction, default, prefer_rtl)
    hang = hang_width(paragraph, width, mode)
    if hang:
        hanging = _hanging if app else _terminal_hanging
        return hanging(paragraph, paragraph[:hang], width, direction, default, prefer_rtl)
    return None


def _wrapped(
    paragraph: str,
    width: int,
    mode: BidiMode,
    direction: Direction | None,
    default: Direction,
    prefer_rtl: bool,
    align: bool,
) -> tuple[str, ...]:
    """``paragraph`` wrapped in logical order at ``width`` (measured on its shaped text in app mode), each
    line reordered with the paragraph's direction (app mode) and padded to ``width`` when ``align``."""
    app = mode == "app"
    paragraph = _as_drawn(paragraph, app)
    measure = measure_paragraph(paragraph, app)
    rtl = _direction_of(paragraph, measure, direction, default, prefer_rtl) == "rtl"
    ends = measure.ends
    planned_lines = plan_lines(measure, width, app) or [[]]
    first_layout = measure.fast is None
    fast = measure.fast or _prepare(paragraph, measure, app)
    source = measure.tokens if measure.shaped is None else measure.shaped
    # A whole-token line of such a paragraph is measured once (the first time it is laid out) or not
    # at all (from then on), and not reordered at all when the paragraph allows.
    exact = not first_layout and _exact(measure, source, fast)
    known = fast.additive and fast.printable
    quick = fast.additive and (fast.reverse if app and rtl else fast.keep)
    flip = app and rtl
    base = "R" if rtl else "L"
    low = fast.low
    text_of = _line_texts(measure, planned_lines, app)
    context = _line_context(paragraph, planned_lines, text_of, base) if app else None
    lines: list[str] = []
    for index, planned in enumerate(planned_lines):
        line = text_of(index)  # a split token's tail starts the line, or its head ends it, when not a tuple
        if isinstance(planned, tuple) and (quick or known):
            first, stop = planned
            size = ends[stop] - ends[first] - 1 if exact else cell_len(line)
            if size <= width:
                if quick:
                    visual = line[::-1] if flip else line
                else:
                    visual = _reordered(line, index, context, base, low) if app else line
                if len(visual) == len(line):  # always: reordering only moves characters
                    lines.append(_padded(visual, size, width, rtl, align))
                    continue
        lines.append(_visual_line(line, index, width, context, base, low, app, rtl, align))
    if app:
        return tuple(lines)
    drawn = _drawn_joins(tuple(lines), paragraph)
    return tuple(map(_embedded, drawn)) if rtl else drawn


def _direction_of(
    paragraph: str, measure: ParagraphMeasure, direction: Direction | None, default: Direction, prefer_rtl: bool
) -> Direction:
    """``direction`` when given, else the paragraph's own, found once per (default, prefer_rtl) and kept in its
    measure."""
    resolved = direction or measure.directions.get((default, prefer_rtl))
    if resolved is None:
        resolved = measure.directions[default, prefer_rtl] = paragraph_direction(
            paragraph, default, prefer_rtl=prefer_rtl
        )
    return resolved


def _line_texts(measure: ParagraphMeasure, planned_lines: list[PlanLine], app: bool) -> Callable[[int], str]:
    """The logical text of each planned line, by its index: whole tokens (shaped, in app mode) joined by
    single spaces, or the pieces of a token cut across lines among them."""
    tokens, shaped = measure.tokens, measure.shaped
    source = tokens if shaped is None else shaped
    join = source.joined if isinstance(source, PackedTokens) else None

    def text_of(index: int) -> str:
        planned = planned_lines[index]
        if isinstance(planned, tuple):
            line = join(*planned) if join is not None else " ".join(source[planned[0] : planned[1]])
            return _without_soft_breaks(line) if shaped is None else line
        return " ".join([piece_text(piece, tokens, shaped, app) for piece in planned])

    return text_of


def _line_context(
    paragraph: str, planned_lines: list[PlanLine], text_of: Callable[[int], str], base: str
) -> LineContext | None:
    """What each line's reordering needs to know of the rest of its paragraph (``LineContext``), or None for
    a paragraph of one line."""

    def cut_after(index: int) -> bool:
        """Lines ``index`` and the next are one token cut in two (no space between them)."""
        planned, following = planned_lines[index], planned_lines[index + 1]
        return isinstance(planned, list) and isinstance(following, list) and planned[-1][0] == following[0][0]

    if len(planned_lines) < 2:
        return None
    return LineContext(len(planned_lines), base, text_of, brackets=has_bracket(paragraph), cut_after=cut_after)


_BLACK_FLAG: Final = "\U0001f3f4"
_TAG_FLAG: Final = LazyRegex("\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{2,6}\U000e007f")
"""An emoji tag sequence, as ``sanitize`` keeps one: a subdivision's flag (England's, Scotland's, Wales's)."""
_HELD_TAG_FLAG: Final = LazyRegex("\U0001f3f4[\U000e0130-\U000e0139\U000e0161-\U000e017a]{2,6}\U000e017f")
"""``_TAG_FLAG`` with its tags held as variation selectors (``_HELD_TAGS``)."""
_HELD_TAGS: Final = {code: code + 0x100 for code in range(0xE0020, 0xE0080)}
"""Tag characters (class BN, which the bidi step moves apart from the flag they follow at a right-to-left
level: ``<tags>🏴``, a black flag drawn with its letters stacked on the cell before it) as variation
selectors 49-144 (class NSM, zero cells as the tags are, clear of ``EMOJI_JOIN`` and the probes), which
stay after their flag as marks do (L3); put back once the line is reordered."""
_TAGS_BACK: Final = {held: code for code, held in _HELD_TAGS.items()}


def _reorder(text: str, base: str, *, low: bool = False) -> str:
    """``reorder_text``, a subdivision's flag (``_TAG_FLAG``) kept whole and in logical order at any level."""
    if low or _BLACK_FLAG not in text:  # (a line of the low alphabet holds no emoji)
        return reorder_text(text, base, low=low)
    held = _TAG_FLAG.sub(lambda flag: flag.group().translate(_HELD_TAGS), text)
    visual = reorder_text(held, base)
    return visual if held == text else _HELD_TAG_FLAG.sub(lambda flag: flag.group().translate(_TAGS_BACK), visual)


def _reordered(line: str, index: int, context: LineContext | None, base: str, low: bool) -> str:
    """Logical line ``index`` of a paragraph in visual order at base direction ``base`` (app mode), between
    marks that stand for the rest of the paragraph (``context``)."""
    return _reorder(context.wrap(index, line) if context is not None else line, base, low=low)


def _visual_line(
    line: str,
    index: int,
    width: int,
    context: LineContext | None,
    base: str,
    low: bool,
    app: bool,
    rtl: bool,
    align: bool,
) -> str:
    """Logical line ``index`` laid out the general way: cropped at its logical end should an estimate have
    missed (never overflowing), reordered (app mode) or rid of embeddings and isolates (terminal mode: the
    source's direction marks are kept for the terminal's bidi, ``strip_bidi_embeddings``), then padded.

    A line that is one cluster wider than the whole width (an emoji or a flag at ``-w 1``) is kept whole,
    overflowing: the wrapper gives it a line of its own, and no narrower line can
    show any of it (cropped, it was dropped, or cut between a flag's two letters)."""
    size = cell_len(line)
    whole = size > width and len(split_clusters(line)) == 1
    if size > width and not whole:
        line = set_cell_size(line, width)
    line = _reordered(line, index, context, base, low) if app else strip_bidi_embeddings(line)
    return _padded(line, cell_len(line), width, rtl, align) if whole else _finish(line, width, rtl, align)


def hang_width(paragraph: str, width: int, mode: BidiMode = "app") -> int:
    """Cells the lines of list item ``paragraph`` after its first are indented by at ``width`` (its marker's
    width; a quote's bar and its space, in terminal mode the quote marks it keeps), or 0: not an item, or too
    narrow to hang (``list_items.HANG_MIN``)."""
    if paragraph[:1] not in ITEM_FIRST:
        quoted = _quote_levels(paragraph)
        if not quoted[0]:
            return 0
        if mode != "app":
            return len(_terminal_marks(paragraph, quoted, width))
        return _QUOTE_CELLS if width - _QUOTE_CELLS >= HANG_MIN else 0
    marker = item_marker(paragraph)
    return len(marker) if marker is not None and width - len(marker) >= HANG_MIN else 0


QUOTE_MARK: Final = "> "
"""What opens a quoted paragraph in plain text (as e-mail and Markdown quote): drawn as ``QUOTE_BAR`` beside
every line of it, on its reading side, its lines hanging as an item's do; never drawn itself in app mode.
A quote inside a quote repeats it (``> > ``), or its ``>`` alone (``>> ``, ``>>> ``, as mail clients nest
replies): one bar a ``>`` (:func:`_quote_levels`), as many as fit (:func:`_quote_bars`)."""
QUOTE_BAR: Final = "│"
_QUOTE_CELLS: Final = len(QUOTE_MARK)
"""The cells a quote's bar takes with its space, whichever way its mark is written."""


_QUOTE_MARKS: Final = LazyRegex("(?:>+ )+")
"""The marks that open a quote, however deep: ``> ``, each ``>`` a level (``> > ``, ``>> ``, ``> >> ``)."""


def _quote_levels(paragraph: str) -> tuple[int, int]:
    """How many quotes ``paragraph`` is inside (``> > `` and ``>> ``: 2; 0: not a quote), and the characters
    of their marks. Marks not followed by a space (``>>`` glued to a word, as ``>`` alone is) open no quote:
    that is an arrow or a "read more" sign in news text, where mail quoting always leaves a space. Read in
    one pass, however many marks a hostile file writes (a bar a level is drawn without recursing)."""
    if paragraph[:1] != ">":
        return 0, 0
    found = _QUOTE_MARKS.get().match(paragraph)
    if found is None:
        return 0, 0
    marks = found.group()
    return marks.count(">"), len(marks)


def _quote_bars(levels: int, width: int) -> int:
    """The bars a quote ``levels`` deep has at ``width``: one a level while its text keeps ``HANG_MIN`` cells
    beside them (none under 14 cells: every cell goes to the words, as for an item's marker)."""
    return min(levels, max(0, (width - HANG_MIN) // _QUOTE_CELLS))


def _quoted(
    paragraph: str,
    quoted: tuple[int, int],
    width: int,
    direction: Direction | None,
    default: Direction,
    prefer_rtl: bool,
) -> tuple[str, ...]:
    """A quote ``quoted`` (``_quote_levels``) deep laid out without its marks, a bar a level beside every line on
    its reading side (``_quote_bars``; the innermost nearest the text); app mode, aligned."""
    levels, chars = quoted
    text = paragraph[chars:]
    bars = _quote_bars(levels, width)
    if not bars:
        return _layout_one(text, width, "app", direction, default, prefer_rtl, True)
    resolved = direction or paragraph_direction(text, default, prefer_rtl=prefer_rtl)
    body = _layout_one(text, width - _QUOTE_CELLS * bars, "app", resolved, default, prefer_rtl, True)
    if resolved == "rtl":
        edge = f" {QUOTE_BAR}" * bars
        return tuple(line + edge for line in body)
    edge = f"{QUOTE_BAR} " * bars
    return tuple(edge + line for line in body)


def _hanging(
    paragraph: str, marker: str, width: int, direction: Direction | None, default: Direction, prefer_rtl: bool
) -> tuple[str, ...]:
    """A list item laid out with its text hanging beside its marker: the lines after the first start under
    the text, not under the marker (app mode, aligned). The marker is laid out on its own in the item's
    direction (``3.`` reads ``.3`` at the right edge of a right-to-left item, as the whole line drew it)."""
    resolved = direction or paragraph_direction(paragraph[len(marker) :], default, prefer_rtl=prefer_rtl)
    size = len(marker)
    body = _layout_one(paragraph[size:], width - size, "app", resolved, default, prefer_rtl, True)
    mark = _layout_one(marker[:-1], size - 1, "app", resolved, default, prefer_rtl, True)[0]
    indent = " " * size
    if resolved == "rtl":
        return tuple(line + (" " + mark if n == 0 else indent) for n, line in enumerate(body))
    return tuple((mark + " " if n == 0 else indent) + line for n, line in enumerate(body))


def _terminal_marks(paragraph: str, quoted: tuple[int, int], width: int) -> str:
    """The marks a quote ``quoted`` (``_quote_levels``) deep keeps in terminal mode at ``width``: as written while
    they are no more than ``_quote_bars`` levels (the bars app mode draws), else cut after that many ``>``; none
    where app mode draws no bar (its text takes the whole width). Never more cells than those bars."""
    levels, chars = quoted
    bars = _quote_bars(levels, width)
    if bars == levels:
        return paragraph[:chars]
    if not bars:
        return ""
    cut = 0
    for _ in range(bars):
        cut = paragraph.index(">", cut) + 1
    return paragraph[:cut] + " "


def _terminal_quoted(
    paragraph: str,
    quoted: tuple[int, int],
    width: int,
    direction: Direction | None,
    default: Direction,
    prefer_rtl: bool,
) -> tuple[str, ...]:
    """A quote in terminal mode: its marks (as many as app mode draws bars, ``_terminal_marks``) on its first
    line, its text hanging beside them as an item's does (``_terminal_hanging``), so no line holds marks only."""
    marks = _terminal_marks(paragraph, quoted, width)
    text = paragraph[quoted[1] :]
    if not marks:
        return _layout_one(text, width, "terminal", direction, default, prefer_rtl, True)
    return _terminal_hanging(marks + text, marks, width, direction, default, prefer_rtl)


def _terminal_hanging(
    paragraph: str, marker: str, width: int, direction: Direction | None, default: Direction, prefer_rtl: bool
) -> tuple[str, ...]:
    """A list item (or a quote) in terminal mode, its lines after the first indented by its marker's width on
    their reading side, in logical order for the terminal to reorder (see the module's note on terminal mode).

    Lines are right-aligned by leading padding, which a terminal reordering each row at a left-to-right base
    (its default) keeps at the left: so a right-to-left item's indent is made of trailing spaces (shown at the
    right, where its lines start), and its marker goes inside its first line's embedding (``RTL_EMBEDDING``),
    so that the marker, a neutral, takes the item's direction and shows at the right edge beside the text
    (``1.`` reading ``.1``, as app mode draws it) rather than at the left of it. A left-to-right item indents
    with leading spaces, as app mode does."""
    resolved = direction or paragraph_direction(paragraph[len(marker) :], default, prefer_rtl=prefer_rtl)
    size = len(marker)
    body = _layout_one(paragraph[size:], width - size, "terminal", resolved, default, prefer_rtl, True)
    indent = " " * size
    if resolved == "rtl":
        pad, opened, text = body[0].partition(RTL_EMBEDDING[0])
        first = pad + RTL_EMBEDDING[0] + marker + text if opened else _embedded(body[0] + marker)
        return (first, *[line + indent for line in body[1:]])
    return (marker + body[0], *[indent + line for line in body[1:]])


_WARM_UP_LINES: Final = (
    "قالَ الوزيرُ لوكالة (Reuters) إن 3 مدارس «جديدة» ستُفتح",
    "وقالت الوزارة إن المدارس ستفتح أبوابها",
)
"""A line of Arabic with harakat, Latin, digits, brackets and guillemets, and one of Arabic words only:
laying each out (as a paragraph of an article, without a line break) runs every common step."""


def warm_up() -> None:
    """Get ready now what the first layout of unshaped Arabic needs, while the caller would otherwise wait.

    Lays out two short lines, which imports and configures the reshaper, imports python-bidi and
    compiles the regexes of the common steps (~10 ms here, which the first real layout would pay).
    """
    for line in _WARM_UP_LINES:
        layout_paragraph(line, 24)


def layout_paragraph(
    text: str,
    width: int,
    *,
    mode: BidiMode = "app",
    direction: Direction | None = None,
    default: Direction = "rtl",
    prefer_rtl: bool = False,
    align: bool = True,
) -> tuple[str, ...]:
    """Lay out logical text as visual lines of at most ``width`` cells.

    Each ``\\n`` starts a new paragraph with its own direction. Per paragraph: the direction once;
    shaping in logical order (app mode); greedy wrapping in logical order at spaces, measured on the
    shaped text, tokens wider than ``width`` split between clusters (never between a letter and its
    marks); each line reordered with the paragraph's direction (app mode); padded to exactly
    ``width`` cells, flush right for RTL and flush left for LTR, when ``align``. Runs of spaces
    collapse; leading and trailing spaces go. Results are cached.

    Args:
        text: logical text (one or more paragraphs).
        width: the content width in cells (at least 1).
        mode: ``"app"`` (shape and reorder) or ``"terminal"`` (logical, unshaped text).
        direction: force the direction of every paragraph; None detects it per paragraph.
        default: the direction of a paragraph with no strong character.
        prefer_rtl: any Arabic letter makes a paragraph RTL (the article-language override).
        align: pad every line to ``width``.

    Returns:
        The visual lines; an empty paragraph gives one (blank) line.

    Raises:
        ValueError: ``width`` below 1, or an unknown mode or direction.
    """
    if text.isprintable():  # one paragraph (no separator in it): cached by _layout_one alone
        _check_width(width)
        _check_mode(mode)
        check_direction(direction)
        check_direction(default)
        single = split_paragraphs(text)
        if len(single) == 1:
            return _layout_one(single[0], width, mode, direction, default, prefer_rtl, align)
    key = (text, width, mode, direction, default, prefer_rtl, align)
    hit = _TEXT_LAID_OUT.get(key)
    if hit is not None:  # these exact arguments were checked when it was stored
        STATS.layout_hits += hit[1]
        return hit[0]
    _check_width(width)
    _check_mode(mode)
    check_direction(direction)
    check_direction(default)
    paragraphs = split_paragraphs(text)
    if len(paragraphs) == 1:
        found = _layout_one(paragraphs[0], width, mode, direction, default, prefer_rtl, align)
    else:
        lines: list[str] = []
        for paragraph in paragraphs:
            lines.extend(_layout_one(paragraph, width, mode, direction, default, prefer_rtl, align))
        found = tuple(lines)
    _TEXT_LAID_OUT.put(key, (found, len(paragraphs)))
    return found


def line_count(text: str, width: int, *, mode: BidiMode = "app") -> int:
    """How many lines :func:`layout_paragraph` gives, without shaping or reordering anything.

    Args:
        text: logical text (one or more paragraphs).
        width: the content width in cells (at least 1).
        mode: ``"app"`` or ``"terminal"``.

    Returns:
        The number of visual lines (direction and alignment do not change it).

    Raises:
        ValueError: ``width`` below 1 or an unknown mode.
    """
    _check_width(width)
    _check_mode(mode)
    app = mode == "app"
    total = 0
    for paragraph in split_paragraphs(text):
        if 2 * len(paragraph) <= width:  # n characters take at most 2n cells: one line
            total += 1
            continue
        levels, chars = quoted = _quote_levels(paragraph)
        if levels:  # as _quoted (app) or _terminal_quoted lays it out
            room = _QUOTE_CELLS * _quote_bars(levels, width) if app else len(_terminal_marks(paragraph, quoted, width))
            total += line_count(paragraph[chars:], width - room, mode=mode)
            continue
        hang = hang_width(paragraph, width, mode)
        if hang:  # as _marked hangs it
            total += line_count(paragraph[hang:], width - hang, mode=mode)
            continue
        measure = measure_paragraph(_counted(paragraph, app), app)
        counts = measure.counts
        count = counts.get(width)
        if count is None:
            count = count_lines(measure, width, app) or 1
            if len(counts) >= _COUNTS_PER_PARAGRAPH:
                counts.clear()
            counts[width] = count
        total += count
    return total


LineStart = tuple[int, int]
"""Where a laid-out line starts among its text's words: (word, character offset in that word)."""


def line_starts(text: str, width: int, *, mode: BidiMode = "app") -> tuple[tuple[str, ...], tuple[LineStart, ...]]:
    """The words of ``text`` in logical order, as :func:`layout_paragraph` wraps them (every paragraph's, a
    list item's marker first), and where each line it gives (aligned, as an article's) starts among them.

    Worked out from the wrapping plan, which is made in logical order before anything is shaped or
    reordered: nothing is shaped here, and the paragraph's measure is the cached one. A word too wide for
    a line is cut across lines; the lines after its first start inside it (a character offset above 0).
    An empty paragraph's line starts where the next word would. The words are as drawn, unshaped (skin
    tones, VS16 and ZWJs left out), so they fold for search as the text does.

    Raises:
        ValueError: ``width`` below 1 or an unknown mode.
    """
    _check_width(width)
    _check_mode(mode)
    app = mode == "app"
    words: list[str] = []
    starts: list[LineStart] = []
    for paragraph in split_paragraphs(text):
        _paragraph_starts(paragraph, width, app, words, starts)
    return tuple(words), tuple(starts)


def _paragraph_starts(paragraph: str, width: int, app: bool, words: list[str], starts: list[LineStart]) -> None:
    """Add one paragraph's words and line starts to ``words`` and ``starts`` (see :func:`line_starts`)."""
    mode: BidiMode = "app" if app else "terminal"
    levels, chars = _quote_levels(paragraph)
    hang = hang_width(paragraph, width, mode)
    if levels and app:
        hang = _QUOTE_CELLS * _quote_bars(levels, width)
    cut = chars or hang
    if cut:  # as _marked hangs it (the marker, then the rest beside it), or draws a quote's text
        first = len(words)
        words.extend([">"] * levels if levels else paragraph[:cut].split())  # a marker is a word at every width
        mark = len(starts)
        _paragraph_starts(paragraph[cut:], width - hang, app, words, starts)
        starts[mark] = (first, 0)
        return
    measure = measure_paragraph(_as_drawn(paragraph, app), app)
    base = len(words)
    tokens = measure.tokens
    plan = plan_lines(measure, width, app)
    if not plan:
        starts.append((base, 0))
    for planned in plan:
        if isinstance(planned, tuple):
            starts.append((base + planned[0], 0))
            continue
        index, cluster, _ = planned[0]
        start = piece_start(index, cluster, tokens, app)
        unseen = tokens[index].count(SOFT_BREAK, 0, start) + tokens[index].count(_HELD_JOIN, 0, start)
        starts.append((base + index, start - unseen))
    words.extend(map(_as_word, tokens))


def _as_word(token: str) -> str:
    """A wrapped token as ``line_starts`` gives it: without soft hyphens, nor the ZWJs terminal mode holds."""
    token = _without_soft_breaks(token)
    return token.replace(_HELD_JOIN, "") if _HELD_JOIN in token else token


_SEPARATORS: Final = frozenset("·-–—|/:،,")
"""Marks that, standing alone, a label cut between words does not end with before its "…"."""


def _without_last_separator(head: str) -> str:
    """``head`` without trailing spaces, nor a separator standing alone at its end: not "source ·…"."""
    head = head.rstrip(" ")
    before, _, last = head.rpartition(" ")
    return before.rstrip(" ") if before and last and _SEPARATORS.issuperset(last) else head


def fit_line(
    text: str,
    width: int,
    *,
    mode: BidiMode = "app",
    direction: Direction | None = None,
    default: Direction = "rtl",
    prefer_rtl: bool = False,
    align: bool = True,
) -> str:
    """Lay out a single-line label (a list headline) in exactly one visual line.

    Too long a label is truncated in LOGICAL order: its first words stay and "…" ends the logical
    text, so the ellipsis shows at the left of RTL text and at the right of LTR text.

    Args:
        text: the label in logical order; newlines count as spaces.
        width: the cells available (at least 1).
        mode: ``"app"`` (shape and reorder) or ``"terminal"`` (logical, unshaped text).
        direction: force the direction; None detects it.
        default: the direction when the label has no strong character.
        prefer_rtl: any Arabic letter makes the label RTL.
        align: pad to ``width`` (flush right for RTL, left for LTR).

    Returns:
        One visual line, never wider than ``width``.

    Raises:
        ValueError: ``width`` below 1, or an unknown mode or direction.
    """
    _check_width(width)
    _check_mode(mode)
    check_direction(direction)
    check_direction(default)
    key = (text, width, mode, direction, default, prefer_rtl, align)
    found = _FITTED.get(key)
    if found is not None:
        return found
    app = mode == "app"
    label = " ".join(
        token for token in " ".join(split_paragraphs(_without_vs16(_without_skin_tones(text)))).split(" ") if token
    )
    label = _without_soft_breaks(label)
    label = mark_emoji_joins(label) if app else label
    rtl = (direction or paragraph_direction(label, default, prefer_rtl=prefer_rtl)) == "rtl"
    line = shape_logical(label) if app and label else _terminal_joins(label, _DRAWN_JOIN)
    if cell_len(line) > width:
        kept: list[str] = []
        used = cell_len(ELLIPSIS)
        cut_inside_word = False
        for cluster in split_clusters(line):
            size = cell_len(cluster)
            if used + size > width:
                cut_inside_word = cluster != " " and bool(kept) and kept[-1] != " "
                break
            kept.append(cluster)
            used += size
        head = "".join(kept)
        if cut_inside_word:
            # Between words rather than inside one when that keeps half the room filled, and always
            # rather than inside a number: one cut short ("85.5" to "85.") reads as another number
            # once reordered (".85").
            space = head.rfind(" ")
            in_number = any(char.isdigit() for char in head[space + 1 :])
            if space > 0:
                words = _without_last_separator(head[:space])
                if in_number or cell_len(words) * 2 >= width:
                    head = words
        line = _without_last_separator(head) + ELLIPSIS
        line = set_cell_size(line, width) if cell_len(line) > width else line
    line = _reorder(line, "R" if rtl else "L") if app else strip_bidi_embeddings(line)
    found = _finish(line, width, rtl, align)
    _FITTED.put(key, found)
    return found


def fit_host(host: str, width: int, *, mode: BidiMode = "app", keep_end: bool = True) -> str:
    """A web address's host (or an address) on one line of at most ``width`` cells, as one left-to-right unit.

    A host reads left to right whatever the text around it, as a browser's address bar shows it: laid out
    on its own at a left-to-right base direction (app mode; ``news.مصر`` keeps ``news`` on the left, and
    ``24-news.example`` its digits first), never inside the bidi run of an Arabic line. Too long a host is
    cut at its START with "…": its end names the registrable domain (``…evil-example.net``, never
    ``www.bank.com.s…`` for ``www.bank.com.secure-login.evil-example.net``). The cut falls between labels
    when that keeps half the room filled. Where even the domain (its last two labels) does not fit, it is
    cut in its middle, so both its start (a look-alike's ``xn--``) and its end stay. A whole address
    (``keep_end=False``: one with no host, such as ``javascript:alert(1)``, whose scheme matters most) is cut
    at its end instead. Terminal mode gives the kept text in logical order, unshaped, between LRI and PDI
    (``LTR_ISOLATE``): the terminal's bidi then lays it out left to right as a unit too, whatever the row's
    direction (zero cells wide).

    Raises:
        ValueError: ``width`` below 1 or an unknown mode.
    """
    _check_width(width)
    _check_mode(mode)
    app = mode == "app"
    text = " ".join(strip_bidi_controls(host).split())
    line = shape_logical(text) if app and text else _terminal_joins(text, _DRAWN_JOIN)
    if cell_len(line) > width:
        room = width - cell_len(ELLIPSIS)
        line = _cut_host(line, room) if keep_end else set_cell_size(line, max(room, 0)) + ELLIPSIS
    if not app:
        return LTR_ISOLATE[0] + _finish(line, width, False, False) + LTR_ISOLATE[1]
    return _finish(_reorder(line, "L"), width, False, False)


def _cut_host(host: str, room: int) -> str:
    """``host`` in ``room`` cells and an "…": cut at its start, or in the middle of its domain (its last two
    labels) where that alone does not fit."""
    domain = ".".join(host.split(".")[-2:])
    if cell_len(domain) <= room:
        return ELLIPSIS + _host_tail(host, room)
    clusters = split_clusters(domain)
    head = "".join(_clusters_in(clusters, (room + 1) // 2))
    tail = "".join(_clusters_in(clusters[::-1], room - cell_len(head))[::-1])
    return head + ELLIPSIS + tail


def _clusters_in(clusters: list[str], room: int) -> list[str]:
    """The first of ``clusters`` that fit in ``room`` cells."""
    kept: list[str] = []
    used = 0
    for cluster in clusters:
        used += cell_len(cluster)
        if used > room:
            break
        kept.append(cluster)
    return kept


def _host_tail(host: str, room: int) -> str:
    """The end of ``host`` that fits in ``room`` cells, from a label's start when that fills half the room."""
    kept: list[str] = []
    used = 0
    for cluster in reversed(split_clusters(host)):
        size = cell_len(cluster)
        if used + size > room:
            break
        kept.append(cluster)
        used += size
    tail = "".join(reversed(kept))
    if len(tail) < len(host) and host[len(host) - len(tail) - 1] != ".":  # cut inside a label
        label = tail.partition(".")[2]
        if label and cell_len(label) * 2 >= room:
            tail = label
    return tail.removeprefix(".")
