"""ArticleView over a layout counted from a deep block: the resize keeps the paragraph, scrolling up never jumps."""

from __future__ import annotations

from textual.app import App, ComposeResult

from newstui.model import Article
from newstui.render import ArticleLayout
from newstui.ui.widgets.article_view import ArticleView

SENTENCE = "الفقرة رقم {n} من تقرير طويل عن أسواق المدينة القديمة وحرفييها الذين يعملون منذ عقود في الأزقة."


def long_article(paragraphs: int, *, short: bool = False) -> Article:
    """An Arabic article far taller than the screen, with paragraphs of different lengths (or one-line ones)."""
    if short:  # one line each, fewer than the estimate's c/width + 1/2: the lines above are over-estimated
        body = tuple(f"الفقرة رقم {n} قصيرة وفيها كلمات قليلة عن السوق القديم" for n in range(paragraphs))
    else:
        body = tuple(SENTENCE.format(n=n) + " وأضاف" * (n % 9) for n in range(paragraphs))
    return Article(id="long", title="تقرير طويل عن أسواق المدينة", paragraphs=body, source="إذاعة الشمال")


class ViewApp(App[None]):
    """Just the article pane."""

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        yield ArticleView()

    def on_mount(self) -> None:
        self.query_one(ArticleView).show(self.article)


def rows(view: ArticleView) -> list[str]:
    """The pane's rows as drawn in the last frame (their text, without the gap before the scrollbar)."""
    return [view.render_line(y).crop(0, view.text_width).text for y in range(view.scrollable_content_region.height)]


def position(reference: list[str], shown: list[str]) -> int:
    """Where the rows on screen start in the article's exact lines (they must be found exactly once)."""
    found = [i for i in range(len(reference) - len(shown) + 1) if reference[i : i + len(shown)] == shown]
    assert len(found) == 1, found
    return found[0]


async def deep_resize(pilot: object, view: ArticleView, block: int) -> ArticleLayout:
    """Scroll ``block`` to the top, resize the terminal, and return the new layout."""
    layout = view.article_layout
    assert layout is not None
    view.scroll_to(y=layout.block_start(block), animate=False, immediate=True)
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.resize_terminal(70, 24)  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    after = view.article_layout
    assert after is not None and after.width != layout.width
    return after


class TestDeepResize:
    async def test_resize_counts_a_screenful_and_keeps_the_paragraph(self) -> None:
        """Deep in a long article a resize counts about a screenful of blocks; the paragraph stays on top."""
        article = long_article(600)
        app = ViewApp(article)
        async with app.run_test(size=(100, 24)) as pilot:
            view = app.query_one(ArticleView)
            await pilot.pause()
            layout = await deep_resize(pilot, view, 801)
            assert layout.counted <= 2 * view.scrollable_content_region.height
            assert int(view.scroll_y) == layout.block_start(801)
            assert " 399 " in rows(view)[0]

    async def test_paging_up_to_the_top_never_jumps(self) -> None:
        """Page by page up from the resized position, every screen is the previous one moved by a page."""
        article = long_article(300)
        app = ViewApp(article)
        async with app.run_test(size=(100, 24)) as pilot:
            view = app.query_one(ArticleView)
            await pilot.pause()
            layout = await deep_resize(pilot, view, 401)
            reference = [line.text for line in ArticleLayout(article, layout.width).lines()]
            at = position(reference, rows(view))
            page = 17
            while view.scroll_y > 0:
                target = max(0, view.scroll_y - page)
                view.scroll_to(y=target, animate=False, immediate=True)
                await pilot.pause()
                now = position(reference, rows(view))
                # A page up moves the text by a page; row 0 is the top of the article, wherever it was estimated.
                assert now == (0 if target == 0 else at - page)
                at = now
            assert at == 0 and int(view.scroll_y) == 0
            assert layout.block_start(0) == 0 and layout.moved != 0  # the estimate above was corrected
            assert view.virtual_size.height == layout.height

    async def test_home_shows_the_title(self) -> None:
        """Home after a deep resize shows the start of the article, whatever the estimate above was."""
        article = long_article(300)
        app = ViewApp(article)
        async with app.run_test(size=(100, 24)) as pilot:
            view = app.query_one(ArticleView)
            await pilot.pause()
            await deep_resize(pilot, view, 401)
            view.focus()
            await pilot.press("home")
            await pilot.pause()
            assert int(view.scroll_y) == 0
            title = ArticleLayout(article, view.text_width).line(0).text
            assert rows(view)[0] == title and view.article_layout is not None
            assert view.article_layout.block_start(0) == 0

    async def test_rows_moving_under_the_view_do_not_jump(self) -> None:
        """Row by row up to the top: when the counted rows move (the estimate was off), the text stays put."""
        article = long_article(700, short=True)
        app = ViewApp(article)
        async with app.run_test(size=(100, 24)) as pilot:
            view = app.query_one(ArticleView)
            await pilot.pause()
            layout = await deep_resize(pilot, view, 401)
            reference = [line.text for line in ArticleLayout(article, layout.width).lines()]
            view.scroll_to(y=240, animate=False, immediate=True)  # below the over-estimated top
            await pilot.pause()
            assert layout.moved == 0
            at = position(reference, rows(view))
            followed = False
            while view.scroll_y > 0:
                moved = layout.moved
                target = max(0, view.scroll_y - 3)
                view.scroll_to(y=target, animate=False, immediate=True)
                await pilot.pause()
                now = position(reference, rows(view))
                assert now == (0 if target == 0 else max(0, at - 3))  # no row above the first
                followed = followed or (layout.moved != moved and target > 0)
                at = now
            assert followed and layout.moved < 0 and int(view.scroll_y) == 0
            assert view.virtual_size.height == layout.height
