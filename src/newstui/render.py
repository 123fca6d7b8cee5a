"""Article + width -> screen lines: the one rendering pipeline behind the TUI and ``--print``.

An article becomes a sequence of blocks (title, byline, keywords, paragraphs, related links), made on
access; each block is laid out by ``text.rtl`` for the width. Line counts are exact for a run of blocks
counted on demand (from the top, or from the paragraph on screen when a resize happens deep in the
article) and estimated elsewhere, and the visual lines (shaping and bidi reordering) are built only for
the lines that are asked for, so a 1 MB article costs little more than the part on screen, at any width.

The blocks are made by ``render_blocks`` and indexed by ``article_index``; this module lays them out and
re-exports their public names, so ``newstui.render`` stays the one entry point.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Iterator
from typing import Final

from newstui.article_index import BlockList, block_index, find_blocks
from newstui.model import Article, Direction
from newstui.render_blocks import (
    LABELS,
    SEED_ARTICLES,
    SEED_CHARS,
    Block,
    LineRole,
    RenderedLine,
    article_blocks,
    byline,
    first_frame_texts,
    without_harakat,
)
from newstui.text import rtl
from newstui.text.harakat import strip_harakat
from newstui.text.paragraphs import paragraph_direction, split_paragraphs
from newstui.text.rtl import BidiMode

__all__ = [
    "EXACT_CHARS",
    "LABELS",
    "NEAR_BLOCKS",
    "SEED_ARTICLES",
    "SEED_CHARS",
    "ArticleLayout",
    "Block",
    "BlockList",
    "LineRole",
    "RenderedLine",
    "article_blocks",
    "byline",
    "find_blocks",
    "first_frame_texts",
    "headline",
    "layout_article",
    "layout_at",
    "print_blocks",
    "render_text",
    "text_direction",
    "text_lines",
    "without_harakat",
]

_BLOCKS_KEPT: Final = 256
"""Laid-out blocks a layout keeps for scrolling back (the RTL layer caches more)."""
EXACT_CHARS: Final = 12_000
"""Articles up to this many characters get exact line counts up front; longer ones are counted lazily."""
NEAR_BLOCKS: Final = 64
"""A layout asked for a block this close to its counted run counts its way there; further away, a new
layout is started at the block (see :func:`layout_at`)."""


class ArticleLayout:
    """The lines of one article at one width, built lazily and cached.

    Line counts are exact for one run of consecutive blocks (counted on demand, without shaping) and
    estimated from character counts elsewhere, so a new width costs what is on screen, not the whole
    article. The run starts at the top, or at the block given as ``anchor``: a resize deep in a long
    article estimates the lines above the paragraph on screen instead of counting them. The run grows
    down and up as lines are asked for, and rows inside it never move, with one exception: when it
    grows up to the first block and the estimate above it turns out wrong, every row moves by the
    error (:attr:`moved` adds it up) so that the article starts at row 0.

    ``height`` is therefore an estimate until :attr:`is_exact`. Short articles (up to ``EXACT_CHARS``
    characters) are counted exactly at once. ``line(y)`` shapes and reorders only the paragraph that
    holds line ``y``.
    """

    def __init__(
        self,
        article: Article,
        width: int,
        *,
        mode: BidiMode = "app",
        header: bool = True,
        related: bool = False,
        anchor: int = 0,
        direction: Direction | None = None,
    ) -> None:
        if width < 1:
            raise ValueError("width must be at least 1")
        self.article = article
        self.width = width
        self.mode: BidiMode = mode
        self.direction = direction
        """The base direction every paragraph is given (the reader's ``d``, ``--direction``); None detects it."""
        self._index = index = block_index(article, header, related)
        self.blocks: BlockList = index.blocks
        self._blank = " " * width
        self._laid_out: OrderedDict[int, tuple[str, ...]] = OrderedDict()
        self.counted = 0
        """Blocks whose lines were counted by this layout (tests check laziness with it)."""
        self.moved = 0
        """Rows every counted line moved by so far (see the class docstring); a view adds it to its scroll."""
        anchor = max(0, min(anchor, index.size - 1)) if index.total_chars > EXACT_CHARS else 0
        self._lo = anchor
        """The first block of the counted run."""
        self._above = index.sums(anchor) if anchor else (0, 0)
        """Characters and non-empty blocks above the run."""
        self._run = (0, 0)
        """Characters and non-empty blocks in the run."""
        self._starts: list[int] = [0]
        """First line of blocks ``_lo..``; the last entry is the end of the counted run."""
        if anchor:
            self._starts[0] = self._estimate(*self._above, anchor)
        if index.total_chars <= EXACT_CHARS:
            self._count_to_block(index.size)

    # -- counted run and estimates ----------------------------------------------------------------

    @property
    def exact_blocks(self) -> int:
        """How many blocks have exact line counts (one run of consecutive blocks)."""
        return len(self._starts) - 1

    @property
    def is_exact(self) -> bool:
        """True once every block is counted (``height`` is then exact)."""
        return self._lo == 0 and len(self._starts) > self._index.size

    def _count(self, index: int, lay_out: bool = False) -> int:
        """Lines of block ``index``, which joins the counted run: counted without shaping, or (``lay_out``,
        for a block about to be shown) taken from its laid-out lines, which are made anyway."""
        text = self._index.text(index)
        self.counted += 1
        chars, texts = self._run
        self._run = (chars + len(text), texts + (1 if text else 0))
        if not text:
            return 1
        if lay_out:
            return len(self.block_lines(index))
        return rtl.line_count(text, self.width, mode=self.mode)

    def _count_to_block(self, index: int) -> None:
        """Extend the counted run down so that it holds blocks up to ``index - 1``."""
        starts = self._starts
        total = starts[-1]
        for i in range(self._lo + len(starts) - 1, min(index, self._index.size)):
            total += self._count(i)
            starts.append(total)

    def _count_to_line(self, y: int, lay_out: bool = False) -> None:
        """Extend the counted run down until it covers line ``y`` (or the whole article)."""
        starts = self._starts
        total = starts[-1]
        size = self._index.size
        i = self._lo + len(starts) - 1
        while total <= y and i < size:
            total += self._count(i, lay_out)
            starts.append(total)
            i += 1

    def _count_up(self, y: int | None = None, block: int | None = None) -> None:
        """Extend the counted run up to line ``y`` or block ``block`` (None: to the first block).

        Once the run reaches the first block, or runs above row 0 on the way, it is counted to the first
        block and every row moves so that the article starts at row 0.
        """
        if self._lo == 0:
            return
        base = self._starts[0]
        added: list[int] = []
        lo = self._lo
        while lo > 0 and (
            base < 0
            or (y is None and block is None)
            or (y is not None and base > y)
            or (block is not None and lo > block)
        ):
            lo -= 1
            base -= self._count(lo)
            added.append(base)
            chars, texts = self._above
            size = len(self._index.text(lo))
            self._above = (chars - size, texts - (1 if size else 0))
        if added:
            added.reverse()
            self._starts = added + self._starts
            self._lo = lo
        if lo == 0 and self._starts[0]:
            shift = -self._starts[0]
            self._starts = [start + shift for start in self._starts]
            self.moved += shift

    def _estimate(self, chars: int, texts: int, blocks: int) -> int:
        """Estimated lines of ``blocks`` blocks holding ``chars`` characters in ``texts`` non-empty blocks.

        A wrapped paragraph of c characters takes about c/width lines plus a partly filled last one;
        once the counted run holds enough paragraphs, the guess is scaled by what they showed.
        """
        guess = chars / self.width + 0.5 * texts
        known_chars, known_texts = self._run
        if known_texts >= 8:
            known_lines = self._starts[-1] - self._starts[0] - (self.exact_blocks - known_texts)
            known_guess = known_chars / self.width + 0.5 * known_texts
            if known_guess > 0:
                guess *= min(2.0, max(0.5, known_lines / known_guess))
        return max(texts, round(guess)) + blocks - texts

    def _estimate_tail(self) -> int:
        """Estimated lines of the blocks past the counted run (O(1))."""
        index = self._index
        hi = self._lo + len(self._starts) - 1
        if hi >= index.size:
            return 0
        chars = index.total_chars - self._above[0] - self._run[0]
        texts = index.total_texts - self._above[1] - self._run[1]
        return self._estimate(chars, texts, index.size - hi)

    @property
    def height(self) -> int:
        """Lines of the whole article: exact when :attr:`is_exact`, else counted run + estimates."""
        return self._starts[-1] + self._estimate_tail()

    def exact_height(self) -> int:
        """Count every block (no shaping) and return the exact number of lines."""
        self._count_up()
        self._count_to_block(self._index.size)
        return self._starts[-1]

    # -- lines ------------------------------------------------------------------------------------

    def block_lines(self, index: int) -> tuple[str, ...]:
        """Visual lines of block ``index`` (cached here and by the RTL layer, direction included)."""
        found = self._laid_out.get(index)
        if found is not None:
            return found
        text = self._index.text(index)
        if not text:
            return (self._blank,)
        direction = self.direction
        if direction is None and index < self._index.body_start and self._index.role(index)[0] == "byline":
            direction = self.article.direction  # a Latin source line sits under an Arabic headline, on its side
        found = text_lines(self.article, text, self.width, mode=self.mode, direction=direction)
        self._laid_out[index] = found
        if len(self._laid_out) > _BLOCKS_KEPT:
            self._laid_out.popitem(last=False)
        return found

    def block_words(self, index: int) -> tuple[tuple[str, ...], tuple[rtl.LineStart, ...]]:
        """The words of block ``index`` in logical order and where each of its lines starts among them
        (``rtl.line_starts``): a place in the text mapped to its line without shaping anything."""
        text = self._index.text(index)
        if not text:
            return (), ((0, 0),)
        return rtl.line_starts(text, self.width, mode=self.mode)

    def block_at(self, y: int) -> tuple[int, int]:
        """The block holding line ``y`` and the line's offset in it (counting up to ``y`` if needed).

        If counting up to ``y`` reaches the first block and moves the rows (see the class docstring),
        the answer is for the line that was at ``y``; it is now ``y`` plus the change in :attr:`moved`.

        Raises:
            IndexError: ``y`` is negative or past the last line.
        """
        if y < 0:
            raise IndexError(y)
        if y < self._starts[0]:
            moved = self.moved
            self._count_up(y)
            y += self.moved - moved
            if y < 0:
                raise IndexError(y)
        self._count_to_line(y)
        starts = self._starts
        if y >= starts[-1]:
            raise IndexError(y)
        at = bisect.bisect_right(starts, y) - 1
        return self._lo + at, y - starts[at]

    def line(self, y: int) -> RenderedLine:
        """Visual line ``y`` (0-based); raises IndexError outside the article."""
        index, offset = self.block_at(y)
        role, link = self._index.role(index)
        lines = self.block_lines(index)
        text = lines[offset] if offset < len(lines) else self._blank
        return RenderedLine(text, role, link)

    def lines(self, start: int = 0, end: int | None = None) -> list[RenderedLine]:
        """Visual lines ``start`` up to ``end`` (exclusive), clipped to the article.

        With ``end`` None every line to the end (the height is made exact first).
        """
        if end is None:
            end = self.exact_height()
        out: list[RenderedLine] = []
        y = max(0, start)
        if y >= end:
            return out
        moved = self.moved
        try:
            index, offset = self.block_at(y)
        except IndexError:
            return out
        shift = self.moved - moved
        y, end = y + shift, end + shift
        if end > self._starts[-1]:
            self._count_to_line(end - 1, lay_out=True)
        starts, lo = self._starts, self._lo
        stop = min(end, starts[-1])
        blocks = self._index
        while y < stop:
            role, link = blocks.role(index)
            lines = self.block_lines(index)
            first = starts[index - lo]
            last = min(starts[index - lo + 1], stop) - first
            for at in range(offset, last):
                text = lines[at] if at < len(lines) else self._blank
                out.append(RenderedLine(text, role, link))
            y = first + last
            index, offset = index + 1, 0
        return out

    def cover(self, start: int, end: int) -> None:
        """Count the blocks holding lines ``start`` up to ``end`` (exclusive) before they are drawn.

        The blocks after the one holding ``start`` are counted from their laid-out lines, which drawing
        them needs anyway. Counting up to ``start`` may move the rows (see :meth:`block_at`).
        """
        moved = self.moved
        try:
            self.block_at(max(0, start))
        except IndexError:
            return
        end += self.moved - moved
        if end > self._starts[-1]:
            self._count_to_line(end - 1, lay_out=True)

    def block_start(self, index: int) -> int:
        """First line of block ``index`` (counting the blocks up or down to it if needed)."""
        index = max(0, min(index, self._index.size))
        if index < self._lo:
            self._count_up(block=index)
        self._count_to_block(index)
        return self._starts[min(index - self._lo, len(self._starts) - 1)]

    def near(self, index: int) -> bool:
        """Whether block ``index`` is in the counted run or at most ``NEAR_BLOCKS`` blocks from it."""
        return self._lo - NEAR_BLOCKS <= index <= self._lo + len(self._starts) - 1 + NEAR_BLOCKS


def text_lines(
    article: Article, text: str, width: int, *, mode: BidiMode = "app", direction: Direction | None = None
) -> tuple[str, ...]:
    """``text`` laid out as a paragraph of ``article`` is, by its layout and by the related pane: each line
    in ``direction`` (the reader's ``d``, ``--direction``) or its own, the article's when it has none."""
    default = article.direction
    return rtl.layout_paragraph(
        text, width, mode=mode, direction=direction, default=default, prefer_rtl=default == "rtl"
    )


def text_direction(article: Article, text: str, direction: Direction | None = None) -> Direction:
    """The direction :func:`text_lines` lays one line of ``text`` out in."""
    default = article.direction
    return direction or paragraph_direction(text, default, prefer_rtl=default == "rtl")


_CACHE: OrderedDict[tuple[str, int, int, str, bool, bool, Direction | None], ArticleLayout] = OrderedDict()
_CACHE_SIZE: Final = 64


def layout_article(
    article: Article,
    width: int,
    *,
    mode: BidiMode = "app",
    header: bool = True,
    related: bool = False,
    direction: Direction | None = None,
) -> ArticleLayout:
    """The (cached) layout of ``article`` at ``width``; the cache is keyed by article, width, mode and direction."""
    key = (article.id, id(article), width, mode, header, related, direction)
    hit = _CACHE.get(key)
    if hit is not None and hit.article is article:
        _CACHE.move_to_end(key)
        return hit
    layout = ArticleLayout(article, width, mode=mode, header=header, related=related, direction=direction)
    _CACHE[key] = layout
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return layout


def layout_at(
    article: Article,
    width: int,
    block: int,
    *,
    mode: BidiMode = "app",
    header: bool = True,
    direction: Direction | None = None,
) -> tuple[ArticleLayout, int]:
    """A layout of ``article`` at ``width`` for showing block ``block`` at the top, and that block's first line.

    The cached layout is used when the block is near its counted run; otherwise a new layout counted
    from ``block`` (with the lines above it estimated) replaces it in the cache, so a resize deep in a
    long article costs what is on screen.
    """
    layout = layout_article(article, width, mode=mode, header=header, direction=direction)
    if not layout.near(block):
        layout = ArticleLayout(article, width, mode=mode, header=header, anchor=block, direction=direction)
        _CACHE[(article.id, id(article), width, mode, header, False, direction)] = layout
    return layout, layout.block_start(block)


def detected_directions(article: Article, *, header: bool = True) -> frozenset[Direction]:
    """The base directions the paragraphs of ``article`` take when each is detected (no ``d``, no ``--direction``).

    Every block is looked at as :class:`ArticleLayout` gives it to the RTL layer (each line of a block
    is a paragraph of its own), so ``{"rtl"}`` means that forcing right to left draws exactly what
    detection draws. Stops as soon as both directions are found.
    """
    index = block_index(article, header, False)
    default = article.direction
    prefer_rtl = default == "rtl"
    found: set[Direction] = set()
    for number in range(index.size):
        for text in split_paragraphs(index.text(number)):
            if text.strip():
                found.add(paragraph_direction(text, default, prefer_rtl=prefer_rtl))
        if len(found) == 2:
            break
    return frozenset(found)


def headline(article: Article, width: int, *, mode: BidiMode = "app", harakat: bool = True) -> str:
    """The article's title as one visual line of ``width`` cells (cut in logical order; ``harakat``: marks drawn)."""
    title = article.title if harakat else strip_harakat(article.title)
    return rtl.fit_line(title, width, mode=mode, default=article.direction, prefer_rtl=article.direction == "rtl")


_BLANK_PRINTED: Final = ("",)


def print_blocks(
    article: Article, width: int, *, mode: BidiMode = "app", direction: Direction | None = None
) -> Iterator[tuple[str, ...]]:
    """The article as ``--print`` writes it, one block's lines at a time (trailing spaces removed).

    Each block is laid out when it is asked for, by the layout the reader draws from
    (:meth:`ArticleLayout.block_lines`), and nothing is kept for the article as a whole: a printed
    article of a million paragraphs takes the memory of one block, and its first lines come at once.
    Every block gives as many lines as the layout counts for it (``rtl.line_count`` equals the lines
    laid out), so the lines are :meth:`ArticleLayout.lines` row for row.
    """
    layout = ArticleLayout(article, width, mode=mode, related=True, direction=direction)
    index = layout._index
    for block in range(index.size):
        yield tuple([line.rstrip() for line in layout.block_lines(block)]) if index.text(block) else _BLANK_PRINTED


def render_text(article: Article, width: int, *, mode: BidiMode = "app", direction: Direction | None = None) -> str:
    """The whole article as plain text for ``--print``: header, body and numbered related links.

    ``direction`` gives every paragraph that base direction (``--direction``); None detects it per paragraph.
    The lines of :func:`print_blocks` joined (``--print`` itself writes them block by block).
    """
    return "\n".join(line for lines in print_blocks(article, width, mode=mode, direction=direction) for line in lines)
