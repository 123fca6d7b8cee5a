"""Article + width -> screen lines: the one rendering pipeline behind the TUI and ``--print``.

An article becomes a list of blocks (title, byline, keywords, paragraphs, related links); each block
is laid out by ``text.rtl`` for the width. Line counts are exact for the blocks read so far and
estimated for the rest, and the visual lines (shaping and bidi reordering) are built only for the
lines that are asked for, so a 1 MB article costs little more than the part on screen, at any width.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from dataclasses import dataclass
from typing import Final, Literal

from newstui.model import Article
from newstui.text import rtl
from newstui.text.rtl import BidiMode

LineRole = Literal["title", "byline", "keywords", "body", "blank", "heading", "link", "notice"]
"""What a line shows; the UI maps roles to styles."""


@dataclass(frozen=True, slots=True)
class Block:
    """One logical unit of an article before layout."""

    text: str
    role: LineRole
    link: int | None = None
    """1-based index of the related link a ``link`` block shows."""


@dataclass(frozen=True, slots=True)
class RenderedLine:
    """One visual screen line, padded to the layout width."""

    text: str
    role: LineRole
    link: int | None = None


LABELS: Final = {
    "rtl": {
        "keywords": "كلمات دلالية",
        "related": "مقالات ذات صلة",
        "summary": "ملخص من الموجز",
    },
    "ltr": {
        "keywords": "Keywords",
        "related": "Related",
        "summary": "Feed summary",
    },
}


def byline(article: Article) -> str:
    """``source – section · date`` from whatever the article has (may be empty)."""
    head = " – ".join(part for part in (article.source, article.section) if part)
    date = (article.published or "")[:10]
    return " · ".join(part for part in (head, date) if part)


def article_blocks(article: Article, *, header: bool = True, related: bool = False) -> list[Block]:
    """The blocks of an article in reading order.

    Args:
        article: the article.
        header: include title, byline and keywords.
        related: include a numbered list of related links (``--print``; the TUI has a pane for them).
    """
    labels = LABELS[article.direction]
    blocks: list[Block] = []
    if header:
        blocks.append(Block(article.title, "title"))
        line = byline(article)
        if line:
            blocks.append(Block(line, "byline"))
        if article.keywords:
            sep = "، " if article.direction == "rtl" else ", "
            blocks.append(Block(f"{labels['keywords']}: {sep.join(article.keywords)}", "keywords"))
        blocks.append(Block("", "blank"))
    if article.summary_only:
        blocks.append(Block(labels["summary"], "notice"))
        blocks.append(Block("", "blank"))
    for i, paragraph in enumerate(article.paragraphs):
        if i:
            blocks.append(Block("", "blank"))
        blocks.append(Block(paragraph, "body"))
    if article.attribution:
        blocks.append(Block("", "blank"))
        prefix = "المصدر" if article.direction == "rtl" else "Source"
        blocks.append(Block(f"{prefix}: {article.attribution}", "byline"))
    if related and article.related:
        blocks.append(Block("", "blank"))
        blocks.append(Block(labels["related"], "heading"))
        for n, link in enumerate(article.related, 1):
            blocks.append(Block(f"{n}. {link.title}", "link", link=n))
    return blocks


_BLOCKS_KEPT: Final = 256
"""Laid-out blocks a layout keeps for scrolling back (the RTL layer caches more)."""
EXACT_CHARS: Final = 12_000
"""Articles up to this many characters get exact line counts up front; longer ones are counted lazily."""


class _BlockIndex:
    """Width-independent facts about an article's blocks, shared by its layouts at every width.

    ``chars[i]`` / ``texts[i]`` / ``empties[i]`` are running totals over blocks ``0..i-1`` (characters,
    non-empty blocks, empty blocks), so the estimated height of any run of blocks is O(1).
    """

    __slots__ = ("article", "blocks", "chars", "empties", "texts", "total_chars")

    def __init__(self, article: Article, blocks: list[Block]) -> None:
        self.article = article
        self.blocks = blocks
        chars = [0]
        texts = [0]
        empties = [0]
        for block in blocks:
            size = len(block.text)
            chars.append(chars[-1] + size)
            texts.append(texts[-1] + (1 if size else 0))
            empties.append(empties[-1] + (0 if size else 1))
        self.chars, self.texts, self.empties = chars, texts, empties
        self.total_chars = chars[-1]


_INDEXES: OrderedDict[tuple[str, int, bool, bool], _BlockIndex] = OrderedDict()
_INDEX_SIZE: Final = 16


def _block_index(article: Article, header: bool, related: bool) -> _BlockIndex:
    """The (cached) block index of ``article``; building it is the only per-article O(n) step."""
    key = (article.id, id(article), header, related)
    hit = _INDEXES.get(key)
    if hit is not None and hit.article is article:
        _INDEXES.move_to_end(key)
        return hit
    index = _BlockIndex(article, article_blocks(article, header=header, related=related))
    _INDEXES[key] = index
    if len(_INDEXES) > _INDEX_SIZE:
        _INDEXES.popitem(last=False)
    return index


class ArticleLayout:
    """The lines of one article at one width, built lazily and cached.

    Line counts are exact for a growing prefix of blocks (counted on demand, without shaping) and
    estimated for the rest from character counts, so a new width costs what is on screen, not the
    whole article. ``height`` is therefore an estimate until :attr:`is_exact`; it is refined as lines
    further down are asked for (rows above the exact frontier never move). Short articles (up to
    ``EXACT_CHARS`` characters) are counted exactly at once. ``line(y)`` shapes and reorders only
    the paragraph that holds line ``y``.
    """

    def __init__(
        self,
        article: Article,
        width: int,
        *,
        mode: BidiMode = "app",
        header: bool = True,
        related: bool = False,
    ) -> None:
        if width < 1:
            raise ValueError("width must be at least 1")
        self.article = article
        self.width = width
        self.mode: BidiMode = mode
        self._index = _block_index(article, header, related)
        self.blocks = self._index.blocks
        self._starts: list[int] = [0]
        """First line of blocks ``0..len(_starts)-1``; the last entry is the exact frontier."""
        self._blank = " " * width
        self._laid_out: OrderedDict[int, tuple[str, ...]] = OrderedDict()
        self.counted = 0
        """Blocks whose lines were counted by this layout (tests check laziness with it)."""
        if self._index.total_chars <= EXACT_CHARS:
            self._count_to_block(len(self.blocks))

    # -- exact prefix and estimate ----------------------------------------------------------------

    @property
    def exact_blocks(self) -> int:
        """How many blocks, from the top, have exact line counts."""
        return len(self._starts) - 1

    @property
    def is_exact(self) -> bool:
        """True once every block is counted (``height`` is then exact)."""
        return self.exact_blocks >= len(self.blocks)

    def _count(self, index: int) -> int:
        text = self.blocks[index].text
        self.counted += 1
        return 1 if not text else rtl.line_count(text, self.width, mode=self.mode)

    def _count_to_block(self, index: int) -> None:
        """Extend the exact prefix so that blocks ``0..index-1`` are counted."""
        starts = self._starts
        stop = min(index, len(self.blocks))
        total = starts[-1]
        for i in range(len(starts) - 1, stop):
            total += self._count(i)
            starts.append(total)

    def _count_to_line(self, y: int) -> None:
        """Extend the exact prefix until it covers line ``y`` (or the whole article)."""
        starts = self._starts
        total = starts[-1]
        n = len(self.blocks)
        i = len(starts) - 1
        while total <= y and i < n:
            total += self._count(i)
            starts.append(total)
            i += 1

    def _estimate_tail(self) -> int:
        """Estimated lines of the blocks past the exact prefix (O(1)), scaled by what the prefix showed."""
        k = self.exact_blocks
        index = self._index
        n = len(self.blocks)
        if k >= n:
            return 0
        chars = index.total_chars - index.chars[k]
        texts = index.texts[n] - index.texts[k]
        empties = index.empties[n] - index.empties[k]
        # A wrapped paragraph of c characters takes about c/width lines plus a partly filled last one.
        guess = chars / self.width + 0.5 * texts
        known_texts = index.texts[k]
        if known_texts >= 8:
            known_lines = self._starts[-1] - index.empties[k]
            known_guess = index.chars[k] / self.width + 0.5 * known_texts
            if known_guess > 0:
                guess *= min(2.0, max(0.5, known_lines / known_guess))
        return max(texts, round(guess)) + empties

    @property
    def height(self) -> int:
        """Lines of the whole article: exact when :attr:`is_exact`, else exact prefix + estimated rest."""
        return self._starts[-1] + self._estimate_tail()

    def exact_height(self) -> int:
        """Count every block (no shaping) and return the exact number of lines."""
        self._count_to_block(len(self.blocks))
        return self._starts[-1]

    # -- lines ------------------------------------------------------------------------------------

    def block_lines(self, index: int) -> tuple[str, ...]:
        """Visual lines of block ``index`` (cached here and by the RTL layer, direction included)."""
        found = self._laid_out.get(index)
        if found is not None:
            return found
        block = self.blocks[index]
        if not block.text:
            return (self._blank,)
        found = rtl.layout_paragraph(
            block.text,
            self.width,
            mode=self.mode,
            default=self.article.direction,
            prefer_rtl=self.article.direction == "rtl",
        )
        self._laid_out[index] = found
        if len(self._laid_out) > _BLOCKS_KEPT:
            self._laid_out.popitem(last=False)
        return found

    def block_at(self, y: int) -> tuple[int, int]:
        """The block holding line ``y`` and the line's offset in it (counting up to ``y`` if needed).

        Raises:
            IndexError: ``y`` is negative or past the last line.
        """
        if y < 0:
            raise IndexError(y)
        self._count_to_line(y)
        starts = self._starts
        if y >= starts[-1]:
            raise IndexError(y)
        index = bisect.bisect_right(starts, y) - 1
        return index, y - starts[index]

    def line(self, y: int) -> RenderedLine:
        """Visual line ``y`` (0-based); raises IndexError outside the article."""
        index, offset = self.block_at(y)
        block = self.blocks[index]
        lines = self.block_lines(index)
        text = lines[offset] if offset < len(lines) else self._blank
        return RenderedLine(text, block.role, block.link)

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
        try:
            index, offset = self.block_at(y)
        except IndexError:
            return out
        if end > self._starts[-1]:
            self._count_to_line(end - 1)
        starts = self._starts
        stop = min(end, starts[-1])
        while y < stop:
            block = self.blocks[index]
            lines = self.block_lines(index)
            last = min(starts[index + 1], stop) - starts[index]
            for at in range(offset, last):
                text = lines[at] if at < len(lines) else self._blank
                out.append(RenderedLine(text, block.role, block.link))
            y = starts[index] + last
            index, offset = index + 1, 0
        return out

    def block_start(self, index: int) -> int:
        """First line of block ``index`` (counting the blocks before it if needed)."""
        self._count_to_block(index)
        return self._starts[min(index, len(self._starts) - 1)]


_CACHE: OrderedDict[tuple[str, int, int, str, bool, bool], ArticleLayout] = OrderedDict()
_CACHE_SIZE: Final = 64


def layout_article(
    article: Article, width: int, *, mode: BidiMode = "app", header: bool = True, related: bool = False
) -> ArticleLayout:
    """The (cached) layout of ``article`` at ``width``; the cache is keyed by article, width and mode."""
    key = (article.id, id(article), width, mode, header, related)
    hit = _CACHE.get(key)
    if hit is not None and hit.article is article:
        _CACHE.move_to_end(key)
        return hit
    layout = ArticleLayout(article, width, mode=mode, header=header, related=related)
    _CACHE[key] = layout
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return layout


def headline(article: Article, width: int, *, mode: BidiMode = "app") -> str:
    """The article's title as one visual line of ``width`` cells (cut in logical order)."""
    return rtl.fit_line(
        article.title, width, mode=mode, default=article.direction, prefer_rtl=article.direction == "rtl"
    )


def render_text(article: Article, width: int, *, mode: BidiMode = "app") -> str:
    """The whole article as plain text for ``--print``: header, body and numbered related links."""
    layout = ArticleLayout(article, width, mode=mode, related=True)
    return "\n".join(line.text.rstrip() for line in layout.lines(0, layout.exact_height()))
