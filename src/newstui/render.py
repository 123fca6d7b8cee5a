"""Article + width -> screen lines: the one rendering pipeline behind the TUI and ``--print``.

An article becomes a list of blocks (title, byline, keywords, paragraphs, related links); each block
is laid out by ``text.rtl`` for the width. Heights are computed cheaply for every block, while the
visual lines (shaping and bidi reordering) are built only for the lines that are asked for, so a
1 MB article costs little more than the part on screen.
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
        "summary": "ملخص من الموجز — افتح المقال",
    },
    "ltr": {
        "keywords": "Keywords",
        "related": "Related",
        "summary": "Feed summary; open the story for the full text",
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


class ArticleLayout:
    """The lines of one article at one width, built lazily and cached.

    ``height`` is known up front (cheap line counts); ``line(y)`` shapes and reorders only the
    paragraph that holds line ``y``.
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
        self.blocks = article_blocks(article, header=header, related=related)
        self._starts: list[int] = []
        total = 0
        for block in self.blocks:
            self._starts.append(total)
            total += 1 if not block.text else rtl.line_count(block.text, width, mode=mode)
        self.height = total
        self._blank = " " * width

    def block_lines(self, index: int) -> tuple[str, ...]:
        """Visual lines of block ``index`` (cached by the RTL layer, direction included)."""
        block = self.blocks[index]
        if not block.text:
            return (self._blank,)
        return rtl.layout_paragraph(
            block.text,
            self.width,
            mode=self.mode,
            default=self.article.direction,
            prefer_rtl=self.article.direction == "rtl",
        )

    def line(self, y: int) -> RenderedLine:
        """Visual line ``y`` (0-based); raises IndexError outside the article."""
        if not 0 <= y < self.height:
            raise IndexError(y)
        index = bisect.bisect_right(self._starts, y) - 1
        block = self.blocks[index]
        lines = self.block_lines(index)
        offset = y - self._starts[index]
        text = lines[offset] if offset < len(lines) else self._blank
        return RenderedLine(text, block.role, block.link)

    def lines(self, start: int = 0, end: int | None = None) -> list[RenderedLine]:
        """Visual lines ``start`` up to ``end`` (exclusive), clipped to the article."""
        end = self.height if end is None else min(end, self.height)
        return [self.line(y) for y in range(max(0, start), end)]

    def block_start(self, index: int) -> int:
        """First line of block ``index``."""
        return self._starts[index]


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
    return "\n".join(line.text.rstrip() for line in layout.lines())
