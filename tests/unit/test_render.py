"""render: one pipeline from Article to padded visual lines, lazy for big articles, shared by TUI and --print."""

from __future__ import annotations

import unicodedata

import pytest
from rich.cells import cell_len

from newstui.model import Article, Link
from newstui.render import ArticleLayout, article_blocks, headline, layout_article, render_text
from newstui.text import rtl

PARAGRAPHS = (
    "افتتحت المكتبة العامة في المدينة القديمة قاعة جديدة للقراءة تتسع لمئتي زائر، وتضم ركناً للأطفال.",
    "وقالت مديرة المكتبة إن القاعة ستفتح أبوابها من الساعة 8 صباحاً حتى 10 مساءً طوال أيام الأسبوع.",
    "وأضافت أن المشروع (المرحلة الأولى) كلّف نحو 2,500 دينار جمعها متطوعون من الحي.",
)

ARABIC = Article(
    id="a-1",
    title="المكتبة العامة تفتتح قاعة جديدة للقراءة",
    paragraphs=PARAGRAPHS,
    source="صحيفة الواحة",
    section="ثقافة",
    published="2026-11-02T10:00:00",
    keywords=("مكتبات", "ثقافة"),
    attribution="صحيفة الواحة",
    related=(Link("متطوعون يجددون حديقة الحي", target="a-2", kind="related"), Link("معرض الكتاب السنوي")),
)

ENGLISH = Article(
    id="e-1",
    title="Harbour district gets a fibre network",
    paragraphs=("The council voted 7 to 2 to fund the network.", "Work starts in spring."),
    source="Harbor Gazette",
    direction="ltr",
    related=(Link("Council budget for 2027"),),
)


def big_article(paragraphs: int) -> Article:
    """An article of many distinct paragraphs (about 1 MB at 5,000)."""
    body = tuple(f"{PARAGRAPHS[i % 3]} رقم {i} {' '.join(['كلمة'] * 30)}" for i in range(paragraphs))
    return Article(id="big", title="مقال طويل جداً", paragraphs=body)


class TestBlocks:
    def test_order_of_blocks(self) -> None:
        """Header (title, byline, keywords), paragraphs, attribution, then related links when asked."""
        roles = [b.role for b in article_blocks(ARABIC, related=True)]
        assert roles[:3] == ["title", "byline", "keywords"]
        assert roles.count("body") == 3
        assert roles[-3:] == ["heading", "link", "link"]

    def test_byline_joins_source_section_and_date(self) -> None:
        """The byline reads 'source – section · date'."""
        byline = next(b.text for b in article_blocks(ARABIC) if b.role == "byline")
        assert byline == "صحيفة الواحة – ثقافة · 2026-11-02"

    def test_related_links_are_numbered_from_one(self) -> None:
        """--print numbers related links 1..N and tags each line with its number."""
        links = [b for b in article_blocks(ARABIC, related=True) if b.role == "link"]
        assert [b.link for b in links] == [1, 2]
        assert links[0].text.startswith("1. ")


class TestArticleLayout:
    @pytest.mark.parametrize("width", [1, 20, 37, 60, 80, 133])
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_every_line_is_exactly_the_width(self, width: int, mode: rtl.BidiMode) -> None:
        """Each line is padded to the width, never wider, and height counts them all."""
        layout = ArticleLayout(ARABIC, width, mode=mode, related=True)
        lines = layout.lines()
        assert len(lines) == layout.height
        assert all(cell_len(line.text) == width for line in lines)

    def test_line_outside_the_article_raises(self) -> None:
        """line(y) outside 0..height-1 raises IndexError."""
        layout = ArticleLayout(ARABIC, 40)
        with pytest.raises(IndexError):
            layout.line(layout.height)

    def test_rtl_body_is_flush_right_and_ltr_flush_left(self) -> None:
        """Arabic lines end at the right edge; English lines start at the left edge."""
        arabic = [ln.text for ln in ArticleLayout(ARABIC, 50).lines() if ln.role == "body"]
        english = [ln.text for ln in ArticleLayout(ENGLISH, 50).lines() if ln.role == "body"]
        assert all(not t.endswith(" ") for t in arabic if t.strip())
        assert all(not t.startswith(" ") for t in english if t.strip())

    def test_building_a_layout_shapes_nothing(self) -> None:
        """Computing the height of a big article makes no reshape and no bidi call."""
        article = big_article(2000)
        rtl.clear_caches()
        rtl.STATS.reset()
        layout = ArticleLayout(article, 80)
        assert layout.height > 2000
        assert (rtl.STATS.reshape_calls, rtl.STATS.bidi_calls) == (0, 0)

    def test_only_the_asked_window_is_built(self) -> None:
        """Asking for one screenful shapes only the paragraphs on it, however long the article."""
        article = big_article(2000)
        rtl.clear_caches()
        rtl.STATS.reset()
        layout = ArticleLayout(article, 80)
        start = layout.height // 2
        window = layout.lines(start, start + 40)
        assert len(window) == 40
        assert rtl.STATS.reshape_calls <= 40
        assert rtl.STATS.bidi_calls <= 40 * 2

    def test_resize_makes_no_reshape_call(self) -> None:
        """Re-laying out at another width (80 -> 40 -> 160) reuses the shaped paragraphs."""
        rtl.clear_caches()
        ArticleLayout(ARABIC, 80).lines()
        rtl.STATS.reset()
        ArticleLayout(ARABIC, 40).lines()
        ArticleLayout(ARABIC, 160).lines()
        assert rtl.STATS.reshape_calls == 0

    def test_layout_cache_returns_the_same_object(self) -> None:
        """layout_article caches by article and width; another width is another layout."""
        assert layout_article(ARABIC, 70) is layout_article(ARABIC, 70)
        assert layout_article(ARABIC, 70) is not layout_article(ARABIC, 71)


class TestHeadlineAndText:
    @pytest.mark.parametrize("width", [8, 25, 120])
    def test_headline_is_one_line_of_the_width(self, width: int) -> None:
        """A list headline is exactly one line of the width."""
        assert cell_len(headline(ARABIC, width)) == width

    def test_cut_headline_keeps_its_first_words_and_ends_in_an_ellipsis_at_the_left(self) -> None:
        """Cut in logical order: the first word stays (at the right) and '…' marks the logical end (left)."""
        line = headline(ARABIC, 25)
        assert line.lstrip().startswith("…")
        assert unicodedata.normalize("NFKC", line).rstrip().endswith("ةبتكملا")

    def test_render_text_is_the_same_pipeline_as_the_layout(self) -> None:
        """--print's text is exactly the layout's lines with trailing spaces removed."""
        text = render_text(ARABIC, 45)
        layout = ArticleLayout(ARABIC, 45, related=True)
        assert text.splitlines() == [line.text.rstrip() for line in layout.lines()]

    def test_english_labels_for_ltr_articles(self) -> None:
        """An English article's related heading is in English."""
        assert "Related" in render_text(ENGLISH, 60)
