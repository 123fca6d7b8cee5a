"""render: lazy blocks, and layouts counted from a block deep in an article (a resize costs what is on screen)."""

from __future__ import annotations

import pytest

from newstui import article_index, render, render_blocks
from newstui.model import Article, Link
from newstui.render import NEAR_BLOCKS, ArticleLayout, article_blocks, layout_article, layout_at
from newstui.text import rtl

SENTENCES = (
    "افتتحت المكتبة العامة في المدينة القديمة قاعة جديدة للقراءة تتسع لمئتي زائر، وتضم ركناً للأطفال.",
    "وقالت مديرة المكتبة إن القاعة ستفتح أبوابها من الساعة 8 صباحاً حتى 10 مساءً طوال أيام الأسبوع.",
    "وأضافت أن المشروع (المرحلة الأولى) كلّف نحو 2,500 دينار جمعها متطوعون من الحي.",
)


def long_article(paragraphs: int, *, seed: int = 0) -> Article:
    """An article of many distinct paragraphs of varied lengths (about 1 MB at 5,000)."""
    body = tuple(
        f"{SENTENCES[(i + seed) % 3]} رقم {i} {' '.join(['كلمة'] * ((i * 7 + seed) % 40))}".strip()
        for i in range(paragraphs)
    )
    return Article(
        id=f"long-{paragraphs}-{seed}",
        title="مقال طويل جداً",
        paragraphs=body,
        source="صحيفة الواحة",
        keywords=("مكتبات",),
        attribution="صحيفة الواحة",
        related=(Link("رابط"),),
    )


def texts(lines: list[render.RenderedLine]) -> list[str]:
    return [line.text for line in lines]


class CountingLineCount:
    """Wraps ``rtl.line_count`` (the real one still runs) and counts the calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self._real = rtl.line_count
        monkeypatch.setattr(rtl, "line_count", self)

    def __call__(self, text: str, width: int, *, mode: rtl.BidiMode = "app") -> int:
        self.calls += 1
        return self._real(text, width, mode=mode)


class TestLazyBlocks:
    """The blocks of a layout are made on access, and read exactly like ``article_blocks``."""

    @pytest.mark.parametrize("related", [False, True])
    @pytest.mark.parametrize("header", [False, True])
    def test_same_blocks_as_article_blocks(self, header: bool, related: bool) -> None:
        """Every block, by index, by negative index, by slice and by iteration, equals the built list."""
        article = long_article(7)
        built = article_blocks(article, header=header, related=related)
        blocks = ArticleLayout(article, 50, header=header, related=related).blocks
        assert len(blocks) == len(built)
        assert list(blocks) == built
        assert [blocks[i] for i in range(-len(built), len(built))] == built + built
        assert blocks[2:9:3] == built[2:9:3]
        with pytest.raises(IndexError):
            blocks[len(built)]

    def test_summary_notice_and_empty_paragraphs(self) -> None:
        """The summary notice and empty paragraphs keep their places and roles."""
        article = Article(id="s", title="عنوان", paragraphs=("أ", "", "ب"), summary_only=True)
        assert list(ArticleLayout(article, 30).blocks) == article_blocks(article)

    def test_index_holds_no_paragraph_block(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Laying out the top of a 5,000-paragraph article makes only its header and tail blocks."""
        article = long_article(5000)
        own = [b for b in article_blocks(article) if b.role not in ("body", "blank")]
        made: list[object] = []
        real = render_blocks.Block
        monkeypatch.setattr(render_blocks, "Block", lambda *a, **k: made.append(a) or real(*a, **k))  # head, tail
        monkeypatch.setattr(article_index, "Block", render_blocks.Block)  # a paragraph's, made on access
        monkeypatch.setattr(render_blocks, "article_blocks", lambda *a, **k: pytest.fail("blocks built"))
        counter = CountingLineCount(monkeypatch)
        layout = ArticleLayout(article, 80)
        layout.lines(0, 40)
        assert len(made) == len(own) == 4  # title, byline, keywords, attribution
        assert counter.calls == 1  # the title; the blocks after it are counted from their laid-out lines

    def test_window_lays_out_only_the_blocks_it_shows(self) -> None:
        """A 40-line window counts exactly the blocks it shows (plus none below it)."""
        article = long_article(3000)
        layout = ArticleLayout(article, 80)
        shown = {line.text for line in layout.lines(0, 40)}
        assert shown
        assert layout.exact_blocks == layout.counted
        assert layout.block_start(layout.exact_blocks - 1) < 40 <= layout.block_start(layout.exact_blocks)


class TestAnchoredLayout:
    """A layout counted from a block deep in the article: rows of its counted run never move but for ``moved``."""

    @pytest.mark.parametrize("width", [37, 80, 151], ids=["37", "80", "151"])
    def test_resize_deep_counts_only_what_is_on_screen(self, width: int) -> None:
        """A new width at block 4,000 of 5,000 paragraphs counts a screenful of blocks and shows the right lines."""
        article = long_article(2500, seed=width)
        exact = ArticleLayout(article, width)
        exact.exact_height()
        block = 4000
        layout, top = layout_at(article, width, block)
        window = layout.lines(top, top + 40)
        assert layout.counted <= 40
        start = exact.block_start(block)
        assert texts(window) == texts(exact.lines(start, start + 40))
        assert abs(top - start) <= 0.05 * start
        assert abs(layout.height - exact.height) <= 0.05 * exact.height
        assert layout_article(article, width) is layout  # it replaced the cached layout at that width

    def test_near_block_reuses_the_cached_layout(self) -> None:
        """A block close to the cached layout's counted run is counted there, without a new layout."""
        article = long_article(600)
        cached = layout_article(article, 66)
        cached.lines(0, 30)
        block = cached.exact_blocks + NEAR_BLOCKS // 2
        layout, top = layout_at(article, 66, block)
        assert layout is cached and cached.moved == 0
        assert top == cached.block_start(block) == ArticleLayout(article, 66).block_start(block)

    @pytest.mark.parametrize("width", [29, 70], ids=["29", "70"])
    def test_scrolling_up_to_the_top_shows_every_line_once(self, width: int) -> None:
        """Line by line from the anchor to row 0, the lines are exactly the article's, and the top is row 0."""
        article = long_article(400, seed=3)
        reference = texts(ArticleLayout(article, width).lines())
        layout = ArticleLayout(article, width, anchor=500)
        y = layout.block_start(500)
        expected_start = ArticleLayout(article, width).block_start(500)
        seen = []
        while y > 0:
            y -= 1
            moved = layout.moved
            seen.append(layout.line(y).text)
            y += layout.moved - moved  # the rows moved when the run reached the first block
        seen.reverse()
        assert y == 0 and layout.block_start(0) == 0
        assert seen == reference[:expected_start]
        assert layout.moved == expected_start - ArticleLayout(article, width, anchor=500).block_start(500)

    def test_rows_of_the_run_keep_their_numbers(self) -> None:
        """Counting further down, or up short of the first block, never moves the counted rows."""
        article = long_article(800, seed=5)
        layout = ArticleLayout(article, 60, anchor=900)
        top = layout.block_start(900)
        window = texts(layout.lines(top, top + 30))
        layout.line(top + 500)
        layout.block_start(850)
        assert layout.moved == 0
        assert texts(layout.lines(top, top + 30)) == window

    def test_exact_height_from_an_anchor(self) -> None:
        """Counting everything from an anchored layout gives the exact height, with rows moved by ``moved``."""
        article = long_article(700, seed=1)
        exact = ArticleLayout(article, 45).exact_height()
        layout = ArticleLayout(article, 45, anchor=1000)
        before = layout.block_start(1000)
        assert layout.exact_height() == exact and layout.is_exact
        assert layout.block_start(1000) == before + layout.moved
        assert texts(layout.lines()) == texts(ArticleLayout(article, 45).lines())

    def test_block_above_the_run_is_counted_up_to(self) -> None:
        """block_start of a block above the counted run counts the blocks between, not from the top."""
        article = long_article(900, seed=2)
        layout = ArticleLayout(article, 80, anchor=1200)
        counted = layout.counted
        layout.block_start(1150)
        assert layout.counted - counted == 50
        assert layout.exact_blocks == 50

    def test_short_articles_ignore_the_anchor(self) -> None:
        """An article under EXACT_CHARS characters is counted from the top whatever the anchor."""
        article = long_article(5)
        layout = ArticleLayout(article, 40, anchor=7)
        assert layout.is_exact and layout.moved == 0

    def test_resize_makes_no_reshape_call(self) -> None:
        """A deep resize of shaped paragraphs re-wraps them without reshaping."""
        article = long_article(2000)
        layout, top = layout_at(article, 80, 3000)
        layout.lines(top, top + 40)
        rtl.STATS.reset()
        again, top = layout_at(article, 50, 3000)
        again.lines(top, top + 40)
        assert rtl.STATS.reshape_calls == 0
