"""render: one pipeline from Article to padded visual lines, lazy for big articles, shared by TUI and --print."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from rich.cells import cell_len

from newstui import render, render_blocks
from newstui.model import Article, Link
from newstui.render import EXACT_CHARS, ArticleLayout, article_blocks, headline, layout_article, render_text
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

    @pytest.mark.parametrize(
        ("article", "line"),
        [
            (replace(ARABIC, author="سلمى العطار"), "بقلم سلمى العطار"),
            (replace(ENGLISH, author="Jane Doe"), "By Jane Doe"),
        ],
        ids=["arabic", "english"],
    )
    def test_the_author_follows_the_byline(self, article: Article, line: str) -> None:
        """Who wrote the story is under the byline (a feed's author, a page's byline); the attribution stays
        at the end with its "المصدر:" / "Source:" label."""
        blocks = article_blocks(article)
        after = 2 if render_blocks.byline(article) else 1  # the title, and the source line when there is one
        assert blocks[after] == render_blocks.Block(line, "byline")
        assert [b.text for b in blocks].count(line) == 1
        if article.attribution:
            assert blocks[-1].role == "byline" and blocks[-1].text.endswith(article.attribution)

    def test_byline_joins_source_section_and_date(self) -> None:
        """The byline reads 'source – section · date'; a right-to-left story's date has slashes."""
        byline = next(b.text for b in article_blocks(ARABIC) if b.role == "byline")
        assert byline == "صحيفة الواحة – ثقافة · 2026/11/02"
        english = replace(ARABIC, source="The Oasis Daily", section="Culture", direction="ltr")
        assert (
            next(b.text for b in article_blocks(english) if b.role == "byline")
            == "The Oasis Daily – Culture · 2026-11-02"
        )

    @pytest.mark.parametrize(
        ("source", "section", "published", "byline"),
        [
            ("بوابة الخليج", None, None, None),
            ("بوابة الخليج", "أخبار", None, "أخبار"),
            ("بوابة الخليج", None, "2026-11-02", "2026/11/02"),
            ("صحيفة الواحة", None, None, "صحيفة الواحة"),
            ("بوابة  الخليج.", None, None, None),
            ("بوابة الخليج نت", None, None, "بوابة الخليج نت"),
        ],
    )
    def test_a_source_that_is_the_headline_is_not_said_twice(
        self, source: str, section: str | None, published: str | None, byline: str | None
    ) -> None:
        """A homepage titled by its site's name: no source line repeating the headline above it."""
        story = replace(
            ARABIC, title="بوابة الخليج", source=source, section=section, published=published, attribution=None
        )
        lines = [b.text for b in article_blocks(story) if b.role == "byline"]
        assert lines[:1] == ([byline] if byline else [])

    @pytest.mark.parametrize("width", [30, 44, 80])
    def test_a_date_reads_the_same_after_arabic_as_alone(self, width: int) -> None:
        """After Arabic letters, '2026-11-02' would be drawn '02-11-2026' (its numbers are Arabic numbers a
        hyphen does not join); the byline's date reads 2026/11/02 on screen with or without a source."""
        for source in ("صحيفة الواحة", None):
            story = replace(ARABIC, source=source, section=None)
            line = next(b.text for b in article_blocks(story) if b.role == "byline")
            (drawn,) = rtl.layout_paragraph(line, width)
            assert "2026/11/02" in drawn

    def test_related_links_are_numbered_from_one(self) -> None:
        """--print numbers related links 1..N and tags each line with its number."""
        links = [b for b in article_blocks(ARABIC, related=True) if b.role == "link"]
        assert [b.link for b in links] == [1, 2]
        assert links[0].text.startswith("1. ")

    def test_print_numbers_links_as_the_reader_keys_do(self) -> None:
        """--print lists read-also stories first, then the parent story, then related titles: the numbers the
        reader's keys 1-9 open (``render_blocks.ordered_links``), whatever order the source wrote them in."""
        links = (
            Link("عنوان ذو صلة", kind="related"),
            Link("القصة الأم", kind="parent"),
            Link("اقرأ أيضا هذه", kind="read-also"),
            Link("عنوان آخر", kind="related"),
        )
        article = replace(ARABIC, related=links)
        shown = [b.text for b in article_blocks(article, related=True) if b.role == "link"]
        assert shown == ["1. اقرأ أيضا هذه", "2. القصة الأم", "3. عنوان ذو صلة", "4. عنوان آخر"]
        assert [link.title for link in render_blocks.ordered_links(article)] == [t[3:] for t in shown]


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
        """Arabic lines end at the right edge with a letter, padded on the left; English lines start at the left
        edge with a letter, padded on the right (no body line here fills the 50 cells)."""
        arabic = [ln.text for ln in ArticleLayout(ARABIC, 50).lines() if ln.role == "body"]
        english = [ln.text for ln in ArticleLayout(ENGLISH, 50).lines() if ln.role == "body"]
        assert len(arabic) >= 3 and len(english) == 2  # three Arabic paragraphs; two short English ones
        for line in arabic:
            assert cell_len(line) == 50 and line[0] == " " and line[-1].isalpha(), line
        for line in english:
            assert cell_len(line) == 50 and line[-1] == " " and line[0].isalpha(), line

    @pytest.mark.parametrize(
        ("article", "source", "flush"),
        [
            (ARABIC, "Audit Wire – World", "right"),
            (ARABIC, "صحيفة الواحة", "right"),
            (ENGLISH, "صحيفة الواحة", "left"),
            (ENGLISH, "Harbor Gazette", "left"),
        ],
        ids=["latin-source-arabic-story", "arabic-source-arabic-story", "arabic-source-english-story", "english"],
    )
    def test_the_source_line_sits_on_the_storys_side(self, article: Article, source: str, flush: str) -> None:
        """A Latin source line under an Arabic headline is flush right as the headline is (it sat on the left),
        an Arabic one under an English headline flush left; the body keeps each paragraph's own side."""
        story = replace(article, source=source, section=None, published="2026-11-30T08:00:00")
        (line,) = [ln.text for ln in ArticleLayout(story, 60).lines() if ln.role == "byline"][:1]
        assert (line[-1] != " ") if flush == "right" else (line[0] != " "), line
        assert (line[0] == " ") if flush == "right" else (line[-1] == " "), line

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


class CountingLineCount:
    """Wraps ``rtl.line_count`` (the real one still runs) and counts the calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self._real = rtl.line_count
        monkeypatch.setattr(rtl, "line_count", self)

    def __call__(self, text: str, width: int, *, mode: rtl.BidiMode = "app") -> int:
        self.calls += 1
        return self._real(text, width, mode=mode)


class TestLazyLayout:
    """Long articles are counted from the top as far as needed; the rest of the height is estimated."""

    @pytest.mark.parametrize("width", [40, 80, 157], ids=["40", "80", "157"])
    def test_new_width_counts_only_the_visible_blocks(self, monkeypatch: pytest.MonkeyPatch, width: int) -> None:
        """A 2,000-paragraph article at a new width counts about a screenful of blocks, not all 4,000."""
        article = big_article(2000)
        counter = CountingLineCount(monkeypatch)
        layout = ArticleLayout(article, width)
        window = layout.lines(0, 40)
        assert len(window) == 40
        assert counter.calls <= 40
        assert layout.exact_blocks < 50 < len(layout.blocks)

    @pytest.mark.parametrize("width", [40, 80, 157], ids=["40", "80", "157"])
    def test_estimate_is_close_and_exact_height_is_the_line_count(self, width: int) -> None:
        """The estimated height is within 15 % of the truth; exact_height() counts every line."""
        article = big_article(600)
        layout = ArticleLayout(article, width)
        estimate = layout.height
        assert not layout.is_exact
        exact = layout.exact_height()
        assert layout.is_exact and layout.height == exact
        assert abs(estimate - exact) <= 0.15 * exact
        assert len(layout.lines()) == exact

    def test_lines_above_the_frontier_never_move(self) -> None:
        """Counting further down refines the height but never changes lines already counted."""
        article = big_article(600)
        layout = ArticleLayout(article, 70)
        top = [line.text for line in layout.lines(0, 60)]
        start = layout.block_start(10)
        layout.line(layout.height // 2)
        assert layout.exact_blocks > 100
        assert [line.text for line in layout.lines(0, 60)] == top
        assert layout.block_start(10) == start

    @pytest.mark.parametrize("width", [33, 80], ids=["33", "80"])
    def test_lazy_lines_equal_the_eagerly_counted_ones(self, width: int) -> None:
        """Any window of a lazily counted layout is the same as in a layout counted in full first."""
        article = big_article(300)
        eager = ArticleLayout(article, width)
        eager.exact_height()
        for start in (0, 457, 1500, eager.height - 20):
            lazy = ArticleLayout(article, width)
            assert lazy.lines(start, start + 30) == eager.lines(start, start + 30), start

    def test_far_line_counts_only_up_to_it(self) -> None:
        """Asking for a line halfway down counts the blocks above it and none after it."""
        article = big_article(2000)
        layout = ArticleLayout(article, 80)
        index, _ = layout.block_at(layout.height // 2)
        assert layout.exact_blocks == index + 1 < len(layout.blocks)

    def test_past_the_real_end_raises(self) -> None:
        """A line past the counted end raises IndexError even when the estimate said it existed."""
        article = big_article(400)
        layout = ArticleLayout(article, 80)
        exact = ArticleLayout(article, 80).exact_height()
        with pytest.raises(IndexError):
            layout.line(exact)
        assert layout.is_exact and layout.height == exact

    def test_short_articles_are_exact_at_once(self) -> None:
        """An article under EXACT_CHARS characters gets exact counts when laid out."""
        assert sum(len(b.text) for b in article_blocks(ARABIC)) <= EXACT_CHARS
        assert ArticleLayout(ARABIC, 50).is_exact

    def test_blocks_are_built_once_per_article(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Layouts of one article at many widths share its blocks (building them is the O(n) step)."""
        article = big_article(500)
        calls = []
        real = render_blocks.article_blocks
        monkeypatch.setattr(render_blocks, "article_blocks", lambda *a, **k: calls.append(1) or real(*a, **k))
        first = ArticleLayout(article, 60)
        for width in range(61, 70):
            assert ArticleLayout(article, width).blocks is first.blocks
        assert len(calls) <= 1

    def test_render_text_is_exact_for_long_articles(self) -> None:
        """--print renders every line of a long article, whatever the estimate was."""
        article = big_article(300)
        text = render_text(article, 90)
        assert len(text.splitlines()) == ArticleLayout(article, 90, related=True).exact_height()


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


class TestFirstFrameTexts:
    """What a helper shapes ahead for the reader's first frame."""

    def test_list_rows_and_the_first_article_with_its_links(self) -> None:
        texts = render.first_frame_texts([ARABIC, ENGLISH])
        for article in (ARABIC, ENGLISH):
            assert article.title in texts
            assert render.byline(article) in texts
        for block in article_blocks(ARABIC, related=True):
            if block.text:
                assert block.text in texts
        assert all(paragraph not in texts for paragraph in ENGLISH.paragraphs)
        assert "" not in texts

    def test_the_related_panes_arabic_words_come_with_links(self) -> None:
        """The line under an Arabic link is in Arabic (``LABELS``): its words are shaped ahead too, or the
        reader would import the reshaper for its first frame; a story without links needs none."""
        from newstui.render_blocks import LABELS, LINK_STATUS_KEYS

        words = {word for key in LINK_STATUS_KEYS for word in LABELS["rtl"][key].split()}
        linked = replace(ARABIC, related=(Link("معرض الكتاب يفتح أبوابه"),))
        assert words <= {word for text in render.first_frame_texts([linked]) for word in text.split()}
        bare = replace(ARABIC, related=())
        assert not words & {word for text in render.first_frame_texts([bare]) for word in text.split()}

    def test_list_rows_stop_after_the_first_articles(self) -> None:
        many = [Article(id=str(n), title=f"عنوان رقم {n}") for n in range(render.SEED_ARTICLES + 10)]
        texts = render.first_frame_texts(many)
        assert "عنوان رقم 0" in texts and f"عنوان رقم {render.SEED_ARTICLES - 1}" in texts
        assert f"عنوان رقم {render.SEED_ARTICLES}" not in texts

    def test_a_long_article_is_covered_only_as_far_as_the_first_screens(self) -> None:
        article = big_article(2000)
        texts = render.first_frame_texts([article])
        body = [text for text in texts if text in article.paragraphs]
        assert body[0] == article.paragraphs[0]
        assert render.SEED_CHARS <= sum(map(len, texts)) < render.SEED_CHARS + 400
        assert len(body) < 200

    def test_a_long_article_still_covers_its_related_links(self) -> None:
        """The related pane shows a long article's links in the first frame: their titles are in, past the budget."""
        links = (Link("جامعة الموصل تستعيد مكتبتها"), Link("مهرجان الشعر يعود", target="x"))
        article = replace(big_article(2000), related=links)
        texts = render.first_frame_texts([article])
        assert all(link.title in texts for link in links)
        assert render.SEED_CHARS <= sum(map(len, texts)) < render.SEED_CHARS + 500

    def test_nothing_for_nothing(self) -> None:
        assert render.first_frame_texts([]) == []


MIXED = Article(
    id="m-1",
    title="Pixel 9 يصل إلى الأسواق",
    paragraphs=(
        "Google أعلنت أن الهاتف سيصل إلى المتاجر الأسبوع المقبل بسعر 3,499 ريالاً (قبل الضريبة).",
        "The event will be streamed live at 19:00.",
        "وقال متحدث: «نريد أن يصل الهاتف إلى كل المدن».",
    ),
    direction="rtl",
)


class TestForcedDirection:
    """``direction``: every paragraph given one base direction (the reader's d, --direction); None detects it."""

    @pytest.mark.parametrize("direction", [None, "rtl", "ltr"])
    @pytest.mark.parametrize("width", [24, 47, 80])
    def test_body_lines_are_the_paragraphs_laid_out_with_that_direction(
        self, direction: rtl.Direction | None, width: int
    ) -> None:
        layout = ArticleLayout(MIXED, width, header=False, direction=direction)
        expected = [
            line
            for text in MIXED.paragraphs
            for line in (
                *rtl.layout_paragraph(text, width, direction=direction, default="rtl", prefer_rtl=True),
                " " * width,
            )
        ][:-1]
        assert [line.text for line in layout.lines()] == expected

    @pytest.mark.parametrize(("direction", "edge"), [("rtl", -1), ("ltr", 0)])
    def test_every_line_is_flush_to_the_reading_edge(self, direction: rtl.Direction, edge: int) -> None:
        """Header, body and links alike, for an Arabic and an English story."""
        for article in (MIXED, ARABIC, ENGLISH):
            lines = [line.text for line in ArticleLayout(article, 40, related=True, direction=direction).lines()]
            text = [line for line in lines if line.strip()]
            assert text and all(line[edge] != " " for line in text), (article.id, direction)

    def test_auto_is_the_detected_layout(self) -> None:
        """None lays out exactly as before the option existed: each paragraph its own direction."""
        lines = [line.text for line in ArticleLayout(MIXED, 40, direction=None).lines()]
        assert lines == [line.text for line in ArticleLayout(MIXED, 40).lines()]
        # The English paragraph is LTR (flush left), the Arabic ones RTL (flush right).
        assert any(line.startswith("The event") for line in lines)
        assert any(line.endswith(" ") and line.strip() for line in lines) and any(
            line.startswith(" ") for line in lines
        )

    @pytest.mark.parametrize(
        "article",
        [
            ARABIC,
            ENGLISH,
            MIXED,
            replace(ARABIC, id="latin-source", source="BBC"),  # one header line reads left to right
            replace(ARABIC, id="digits", paragraphs=(*ARABIC.paragraphs, "2024 - 15:30 (3/4)")),
            replace(ENGLISH, id="quote", paragraphs=("«مرحبا» he said.",)),
            replace(ENGLISH, id="arabic-title", title="عنوان عربي", paragraphs=("Only English here.",)),
            replace(ARABIC, id="two-lines", paragraphs=("سطر أول\nSecond line",)),
        ],
        ids=lambda article: article.id,
    )
    def test_detected_directions_say_when_forcing_one_changes_nothing(self, article: Article) -> None:
        """Forcing a direction draws what detection draws exactly when it is the only one detected (d skips it)."""
        detected = render.detected_directions(article)
        assert detected and detected <= {"rtl", "ltr"}
        for width in (19, 40, 73):
            auto = [line.text for line in ArticleLayout(article, width).lines()]
            for direction in ("rtl", "ltr"):
                forced = [line.text for line in ArticleLayout(article, width, direction=direction).lines()]
                assert (forced == auto) == (detected == {direction}), (article.id, width, direction)

    def test_line_counts_do_not_depend_on_the_direction(self) -> None:
        """Wrapping is done in logical order: the same rows, whatever the direction (a reading position holds)."""
        heights = {ArticleLayout(MIXED, 30, direction=d).exact_height() for d in (None, "rtl", "ltr")}
        assert len(heights) == 1

    def test_the_layout_cache_keeps_directions_apart(self) -> None:
        auto = layout_article(MIXED, 33)
        ltr = layout_article(MIXED, 33, direction="ltr")
        assert ltr is not auto and ltr.direction == "ltr" and auto.direction is None
        assert layout_article(MIXED, 33, direction="ltr") is ltr
        assert layout_article(MIXED, 33) is auto

    def test_layout_at_keeps_the_direction(self) -> None:
        article = big_article(400)
        layout, top = render.layout_at(article, 50, 300, direction="ltr")
        assert layout.direction == "ltr"
        assert top == layout.block_start(300)
        assert render.layout_at(article, 50, 300, direction="ltr")[0] is layout

    @pytest.mark.parametrize("direction", ["rtl", "ltr"])
    def test_print_text_follows_the_direction(self, direction: rtl.Direction) -> None:
        """--print: RTL lines keep their left padding (they end at the width), LTR lines start at the margin."""
        text = render_text(MIXED, 40, direction=direction)
        lines = [line for line in text.splitlines() if line.strip()]
        if direction == "ltr":
            assert all(not line.startswith(" ") for line in lines)
        else:
            assert all(cell_len(line) == 40 for line in lines)
        assert text != render_text(MIXED, 40), "auto draws the English paragraph LTR, the others RTL"


class TestHeadlineNotRepeated:
    """A first paragraph that only says the headline again is not drawn under it; any other is."""

    @pytest.mark.parametrize(
        ("title", "first", "repeated"),
        [
            ("Flags", "Flags", True),
            ("أسعار النفط ترتفع", "أسعار النفط ترتفع", True),
            ("أسعار النفط ترتفع", "  أسعار  النفط\tترتفع ", True),  # spacing aside
            (
                "أسعار النفط ترتفع…",
                "أسعار النفط ترتفع في الأسواق العالمية.",
                True,
            ),  # a one-sentence lead, cut: the headline
            ("أسعار النفط ترتفع", "أسعار النفط ترتفع.", True),  # the headline with its full stop
            ("Flags", "Flags of the world", False),
        ],
    )
    def test_drawn_once(self, title: str, first: str, repeated: bool) -> None:
        story = replace(ARABIC, id=f"rep-{len(first)}", title=title, paragraphs=(first, "فقرة ثانية من الخبر."))
        body = [block.text for block in ArticleLayout(story, 60).blocks if block.role == "body"]
        assert body == ([] if repeated else [first]) + ["فقرة ثانية من الخبر."]
        text = render_text(story, 60, mode="terminal")
        stem = " ".join(title.removesuffix("…").split())
        assert text.count(stem) == 1 + (not repeated and first.startswith(stem))
        headless = [block.text for block in ArticleLayout(story, 60, header=False).blocks if block.role == "body"]
        assert headless[0] == first, "without the headline drawn, the paragraph is"

    @pytest.mark.parametrize(
        ("title", "first", "headline", "rest"),
        [
            (
                "قال مسؤول إن المحادثات مع الوفد قد لا…",
                "قال مسؤول إن المحادثات مع الوفد قد لا تنتهي قبل الشتاء. وبدأ الطرفان الحوار في يناير.",
                "قال مسؤول إن المحادثات مع الوفد قد لا تنتهي قبل الشتاء.",
                "وبدأ الطرفان الحوار في يناير.",
            ),
            (
                "The ferry resumed its night service",
                "The ferry resumed its night service. Tickets go on sale on Monday.",
                "The ferry resumed its night service.",
                "Tickets go on sale on Monday.",
            ),
            ("Flags", "Flags fly at half mast today. The council met.", "Flags", None),
            ("The ferry…", "The ferry resumed its night service", "The ferry resumed its night service", ""),
            (
                "قال مسؤول إن المحادثات مع الوفد قد لا…",
                "قال مسؤول إن المحادثات مع الوفد قد لا تنتهي قبل الشتاء.",
                "قال مسؤول إن المحادثات مع الوفد قد لا تنتهي قبل الشتاء.",
                "",
            ),
            ("الوفد يصل…", "الوفد يصل " + "وكلمة " * 90 + "أخيرة. وجملة ثانية.", "الوفد يصل…", None),
        ],
        ids=[
            "cut-lead",
            "whole-lead",
            "a-headline-the-lead-begins-with",
            "one-sentence",
            "one-arabic-sentence",
            "sentence-too-long",
        ],
    )
    def test_a_lead_made_title_is_drawn_whole_once(
        self, title: str, first: str, headline: str, rest: str | None
    ) -> None:
        """A story titled by its lead's first sentence (a file with no headline): that sentence is the
        headline, whole, and the first paragraph goes on after it (a lead of one sentence is the headline
        alone); nothing is drawn twice or left out."""
        story = replace(ARABIC, id=f"lead-{len(first)}", title=title, paragraphs=(first, "فقرة ثانية."))
        layout = ArticleLayout(story, 60)
        titles = [block.text for block in layout.blocks if block.role == "title"]
        body = [block.text for block in layout.blocks if block.role == "body"]
        assert titles == [headline]
        assert body == ([first] if rest is None else [rest] if rest else []) + ["فقرة ثانية."]
        if rest is not None:
            assert f"{headline} {rest}".split() == first.split()
        headless = [block.text for block in ArticleLayout(story, 60, header=False).blocks if block.role == "body"]
        assert headless[0] == first

    @pytest.mark.parametrize("width", [30, 60, 100])
    def test_a_lead_made_headline_reads_on_into_its_paragraph(self, width: int) -> None:
        """The source line and keywords go over a headline made of the lead, so the printed lead reads as one
        run of words (what ``rtl_readback`` checks of every paragraph): headline, then the rest of it."""
        from helpers.readback import reads_back

        first = "قال مسؤول إن المحادثات مع الوفد قد لا تنتهي قبل الشتاء. وبدأ الطرفان الحوار في يناير الماضي."
        story = replace(
            ARABIC,
            id=f"lead-run-{width}",
            title="قال مسؤول إن المحادثات مع الوفد قد لا…",
            paragraphs=(first, "فقرة ثانية من الخبر."),
            source="وكالة الأنباء",
            section="سياسة",
            keywords=("المحادثات", "الوفد"),
        )
        roles = [block.role for block in ArticleLayout(story, width).blocks if block.role != "blank"]
        assert roles[:4] == ["byline", "keywords", "title", "body"]
        lines = render_text(story, width).splitlines()
        assert reads_back(first, lines), lines
        plain = replace(story, id=f"plain-{width}", title="عنوان الخبر", paragraphs=(first,))
        plain_roles = [block.role for block in ArticleLayout(plain, width).blocks if block.role != "blank"]
        assert plain_roles[:3] == ["title", "byline", "keywords"], "a headline of its own stays on top"

    @pytest.mark.parametrize("width", [30, 60, 100])
    @pytest.mark.parametrize(
        ("before", "drawn_over"),
        [("بيروت", True), ("بيروت - الأحد 29 نوفمبر 2026", True), ("فقرة أولى طويلة " * 8, False)],
        ids=["place", "dateline", "long-paragraph"],
    )
    def test_a_lead_under_a_place_is_drawn_once(self, width: int, before: str, drawn_over: bool) -> None:
        """A place or dateline kept over the lead of a story titled by it (a credit line's ``- بيروت``): the
        place goes above the headline and the lead reads on from it, its first sentence drawn once; a long
        first paragraph is no place (the title, drawn on top, is then not the lead's)."""
        from helpers.readback import reads_back

        lead = "افتتحت البلدية حديقة عامة جديدة في وسط المدينة. وقال رئيس البلدية إنها تضم ملاعب للأطفال."
        story = replace(
            ARABIC,
            id=f"place-{width}-{len(before)}",
            title="افتتحت البلدية حديقة عامة جديدة في وسط المدينة",
            paragraphs=(before.strip(), lead, "فقرة ثالثة."),
            source="صحيفة النخيل",
            author="محمود الشريف",
            keywords=(),
            attribution=None,
        )
        blocks = [block for block in ArticleLayout(story, width).blocks if block.role != "blank"]
        texts = [block.text for block in blocks]
        if drawn_over:
            assert [block.role for block in blocks] == ["byline", "byline", "body", "title", "body", "body"]
            assert texts[2] == before and texts[3] == "افتتحت البلدية حديقة عامة جديدة في وسط المدينة."
            assert reads_back(lead, render_text(story, width).splitlines())
            assert sum(text.count("افتتحت البلدية") for text in texts) == 1, "its first sentence drawn once"
        else:
            assert [block.role for block in blocks][:1] == ["title"] and lead in texts

    def test_drawing_a_lead_made_title_needs_no_parser(self) -> None:
        """The reader's first frame lays out a story the helper parsed: drawing its lead as the headline must
        not import the plain-text parser into the reader (it did: 1.4 MiB more at first paint)."""
        import subprocess
        import sys

        script = (
            "import sys\n"
            "from newstui.model import Article\n"
            "from newstui.render import ArticleLayout\n"
            "story = Article(id='s', title='قال مسؤول إن المحادثات قد لا…',"
            " paragraphs=('قال مسؤول إن المحادثات قد لا تنتهي قبل الشتاء. وبدأ الحوار في يناير.',))\n"
            "lines = [line.text for line in ArticleLayout(story, 60).lines()]\n"
            "assert len(lines) > 2\n"
            "print(sorted(name for name in sys.modules if name.startswith('newstui.parse')))\n"
        )
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        assert done.stdout.strip() == "[]"

    def test_a_feed_summary_that_is_its_title_gets_no_notice(self) -> None:
        """A feed entry whose summary is its title: the headline alone, no "Feed summary" notice over nothing."""
        entry = replace(ENGLISH, id="entry", title="Bridge closed", paragraphs=("Bridge closed",), summary_only=True)
        lines = [line.text.strip() for line in ArticleLayout(entry, 50).lines() if line.text.strip()]
        assert lines.count("Bridge closed") == 1
        assert not any("summary" in line.lower() for line in lines)


@pytest.mark.parametrize(
    ("source", "title", "shown"),
    [
        ("AL JAZEERA", "Al Jazeera", False),
        ("الجزيرة.نت", "الجزيرة نت", False),
        ("Al Jazeera English", "Al Jazeera", True),
        ("The Oasis Daily", "Oasis Daily", True),
    ],
)
def test_a_source_naming_the_headline_up_to_case_and_punctuation_is_left_out(
    source: str, title: str, shown: bool
) -> None:
    """``AL JAZEERA`` under ``Al Jazeera`` repeats it; ``Al Jazeera English`` under ``Al Jazeera`` does not."""
    story = replace(ENGLISH, title=title, source=source, section=None, published=None, attribution=None, author=None)
    lines = [b.text for b in article_blocks(story) if b.role == "byline"]
    assert (source in lines) is shown
