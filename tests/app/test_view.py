"""Pilot tests of the panes and the article view: layout, laziness, re-wrapping, styles, markup safety."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import FERRY, MARKUP, READING, STORIES, long_article
from app_support import SIZE, reader, screen_lines
from rich.cells import cell_len
from textual.geometry import Region

from helpers.readback import logical_words, visual_words


class TestPanes:
    """Three bordered, titled panes; mirrored for mostly-RTL corpora; adapted below 100 columns."""

    @pytest.mark.parametrize(
        ("articles", "layout", "list_on_right"),
        [
            (STORIES, "auto", True),
            ((FERRY, MARKUP, READING), "auto", False),
            (STORIES, "ltr", False),
            ((FERRY,), "rtl", True),
        ],
        ids=["auto-mostly-rtl", "auto-mostly-ltr", "forced-ltr", "forced-rtl"],
    )
    async def test_pane_order(self, make_app: Any, articles: Any, layout: str, list_on_right: bool) -> None:
        """The list sits on the right when most articles are RTL (or --layout rtl), else on the left."""
        app = make_app(articles, layout=layout)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            panes = [screen.list_pane, screen.article_view, screen.related]
            assert all(pane.border_title for pane in panes)
            xs = [pane.region.x for pane in panes]
            assert len({pane.region.y for pane in panes}) == 1, "side by side"
            if list_on_right:
                assert xs[0] > xs[1] > xs[2]
            else:
                assert xs[0] < xs[1] < xs[2]

    @pytest.mark.parametrize("width", [84, 99], ids=["84", "99"])
    async def test_narrow_puts_related_under_article(self, make_app: Any, width: int) -> None:
        """Below 100 columns the related pane moves under the article instead of squeezing three columns."""
        app = make_app()
        async with app.run_test(size=(width, 40)) as pilot:
            await pilot.pause()
            screen = reader(app)
            article, related = screen.article_view.region, screen.related.region
            assert related.y >= article.bottom
            assert related.x == article.x and related.width == article.width
            assert screen.article_view.text_width >= 40

    async def test_stacked_below_64_columns(self, make_app: Any) -> None:
        """Very narrow terminals stack the list, the article and the related links."""
        app = make_app()
        async with app.run_test(size=(60, 40)) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert screen.list_pane.region.bottom <= screen.article_view.region.y
            assert screen.article_view.region.bottom <= screen.related.region.y

    @pytest.mark.parametrize("size", [(20, 5), (30, 8), (40, 11)])
    async def test_a_tiny_screen_shows_the_focused_pane_alone(self, make_app: Any, size: tuple[int, int]) -> None:
        """Under 12 rows and 64 columns one pane takes the screen, the focused one: Enter shows the story, Tab
        the list again (at 20x5 the list took every row and Tab went to a pane nobody could see); a larger
        screen gets every pane back."""
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.article_list.focus()
            await pilot.pause()
            await pilot.pause()
            assert screen.maximized is screen.list_pane
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
            assert screen.maximized is screen.article_view and screen.article_view.region.height >= size[1] - 2
            await pilot.press("tab")
            await pilot.pause()
            await pilot.pause()
            assert screen.maximized is not screen.article_view
            await pilot.resize_terminal(60, 40)
            await pilot.pause()
            await pilot.pause()
            assert screen.maximized is None
            assert screen.list_pane.region.height and screen.article_view.region.height

    async def test_a_screen_of_twelve_rows_keeps_its_panes(self, make_app: Any) -> None:
        app = make_app()
        async with app.run_test(size=(40, 12)) as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
            screen = reader(app)
            assert screen.maximized is None and screen.list_pane.region.height and screen.article_view.region.height


class TestRelatedPane:
    async def test_the_title_counts_the_links(self, make_app: Any) -> None:
        """'Related 3' over a story's three links (the list counts its stories; a pane of 40 links said nothing)."""
        from dataclasses import replace

        from app_stories import BOOK_FAIR

        bare = replace(FERRY, id="bare", related=())
        app = make_app((BOOK_FAIR, bare))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert str(screen.related.border_title) == f"Related {len(BOOK_FAIR.related)}"
            screen.open_article("bare")
            await pilot.pause()
            assert str(screen.related.border_title) == "Related"

    async def test_a_link_s_arabic_host_is_drawn_as_text_is(self, make_app: Any) -> None:
        """The dimmed "web: host" line under a link not loaded shapes and reorders an Arabic host (a Cyrillic
        look-alike shows in ASCII)."""
        from newstui.model import Link

        links = (
            Link("مؤتمر الطاقة في المدينة", url="http://مثال.إختبار/مؤتمر"),
            Link("Harbour news", url="http://\u0430pple.com/news"),
            Link("معرض الصور في الميناء", url="https://photos.example/port"),
        )
        app = make_app([STORIES[0].with_related(links)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            pane = reader(app).related
            rows = [pane.render_line(y).text for y in range(pane.size.height)]
            statuses = [row.strip() for row in rows if "web:" in row or "ويب" in visual_words([row])]
            assert len(statuses) == 3, statuses
            arabic_host, lookalike, latin_host = statuses
            # Under an Arabic title its line is Arabic, read right to left: "ويب: مثال.إختبار" (read back from
            # the screen: "ويب" at the right, then the host's labels in order, each shaped and reversed) ...
            assert visual_words([arabic_host]) == logical_words("ويب: مثال.إختبار"), arabic_host
            assert arabic_host.split()[-1].startswith(":"), "the colon after ويب, on its left"
            # ... the look-alike host in ASCII under an English title ...
            assert lookalike == "web: " + "\u0430pple.com".encode("idna").decode("ascii")
            # ... and with a Latin host "ويب: photos.example" (the host on the left, where an Arabic line ends).
            assert latin_host.startswith("photos.example :") and visual_words([latin_host]) == ["ويب"], latin_host

    @pytest.mark.parametrize("size", [(100, 30), (84, 30), (120, 40)])
    async def test_a_narrow_pane_keeps_the_host_rather_than_the_words(
        self, make_app: Any, size: tuple[int, int]
    ) -> None:
        """Where "web: host" does not fit under a link, the host alone is drawn (a look-alike in its ASCII
        form), never "web:…" with the host cut away."""
        from newstui.model import Link

        spoof = "\u0430pple-support-accounts.com"
        links = (Link("Apple", url=f"https://{spoof}/x"),)
        app = make_app([STORIES[0].with_related(links)])
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            pane = reader(app).related
            shown = spoof.encode("idna").decode("ascii")
            rows = [pane.item_row(0, n, pane.line_width)[0].strip() for n in range(2)]
            fits = len(shown) <= pane.line_width - 3
            assert rows[1] in (f"web: {shown}", shown) if fits else rows[1].startswith("xn--"), rows
            assert not rows[1].startswith("web:…") and "…" not in rows[1][:6], rows

    async def test_links_are_laid_out_only_at_the_pane_width(
        self, make_app: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Mounting lays the links out once the pane has its width, not first at width 1 (a row per letter)."""
        from newstui.text import rtl

        widths: list[int] = []
        original = rtl.layout_paragraph

        def recording(text: str, width: int, **kwargs: Any) -> Any:
            if text[:1].isdigit():  # a numbered link label
                widths.append(width)
            return original(text, width, **kwargs)

        monkeypatch.setattr(rtl, "layout_paragraph", recording)
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            related = reader(app).related
            assert related.item_count == len(related.links) > 0
            assert widths and set(widths) == {related.line_width}
            assert related.render_line(0).text.strip()

    async def test_a_story_without_links_opened_from_the_maximized_related_pane_is_shown(self, make_app: Any) -> None:
        """Related maximized, a link to a story with no links of its own: the story takes the screen, not an
        empty pane over it; z restores the three panes."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.related.focus()
            await pilot.press("z")
            await pilot.pause()
            assert screen.maximized is screen.related
            await pilot.press("2")  # the library story (read-also links come first)
            await pilot.pause()
            assert screen.current is not None and not screen.current.related, "a story without links"
            assert screen.maximized is screen.article_view and app.focused is screen.article_view
            assert screen.article_view.size.width > SIZE[0] // 2
            await pilot.press("z")
            await pilot.pause()
            assert screen.maximized is None and screen.related.size.width > 0

    @pytest.mark.parametrize("size", [SIZE, (60, 40)], ids=["wide", "stacked"])
    async def test_links_of_a_story_opened_while_the_pane_was_hidden(self, make_app: Any, size: Any) -> None:
        """A story opened with the article maximized shows its own links once the layout is restored."""
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.article_view.focus()
            await pilot.press("z", "1")
            await pilot.pause()
            opened = screen.history.current
            assert screen.related.size.width == 0, "the pane is hidden while the article is maximized"
            await pilot.press("z")
            await pilot.pause()
            related = screen.related
            assert related.size.width > 0 and related.item_count == len(related.links) > 0
            shown = " ".join(related.render_line(y).text for y in range(related.size.height))
            assert opened is not None and shown.strip()
            assert related._article is not None and related._article.id == opened


class TestArticleView:
    """The Line API article widget: lazy, re-wrapping, styled by role, never markup."""

    async def test_renders_only_visible_lines(self, make_app: Any) -> None:
        """A 400-paragraph article builds about a screenful of rows, not the whole layout."""
        app = make_app([long_article(400)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            layout = view.article_layout
            assert layout is not None
            visible = view.scrollable_content_region.height
            assert layout.height > 20 * visible
            assert 0 < view.rows_built <= 3 * visible

    async def test_end_reaches_the_real_last_line_of_an_estimated_article(self, make_app: Any) -> None:
        """End on a long article (height estimated at first) counts it and shows its true last paragraph."""
        app = make_app([long_article(900)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            layout = view.article_layout
            assert layout is not None and not layout.is_exact
            view.focus()
            await pilot.press("end")
            await pilot.pause()
            assert layout.is_exact and view.virtual_size.height == layout.height
            assert view.scroll_y == view.max_scroll_y > 0
            rows = [row for row in screen_lines(view) if row.strip()]
            assert any("900" in row for row in rows[-3:])

    @pytest.mark.parametrize("fraction", [0.3, 0.5, 0.7])
    async def test_a_scroll_between_rows_draws_the_rows_textual_refreshes_for(
        self, make_app: Any, fraction: float
    ) -> None:
        """Textual repaints a scrolled view when the *rounded* offset changes (an animated scroll, as End
        and PgDn are in a real terminal, passes through fractions): the rows drawn must be those of the
        rounded offset too, or the last frame of a scroll to the end stays one row short and the
        article's last line can never be seen."""
        app = make_app([long_article(30)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            layout = view.article_layout
            assert layout is not None
            view.scroll_y = 20 + fraction
            await pilot.pause()
            assert view.scroll_offset.y == round(20 + fraction)
            assert view.render_line(0).text.strip() == layout.line(view.scroll_offset.y).text.strip()

    async def test_the_list_draws_the_rows_of_the_rounded_offset_too(self, make_app: Any) -> None:
        """The same rule for the article list (a Line API list): 20.7 rows down draws what 21 does."""
        from dataclasses import replace

        articles = [replace(FERRY, id=f"ferry-{n}", title=f"Ferry story number {n}") for n in range(80)]
        app = make_app(articles)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            listing = reader(app).article_list
            listing.scroll_y = 21
            await pilot.pause()
            whole = [listing.render_line(y).text for y in range(3)]
            listing.scroll_y = 20.7
            await pilot.pause()
            assert [listing.render_line(y).text for y in range(3)] == whole

    async def test_resize_deep_in_a_long_article_keeps_the_paragraph(self, make_app: Any) -> None:
        """After a resize the top paragraph stays at the top; no block above it is counted (an estimate stands in)."""
        app = make_app([long_article(900)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            before = view.article_layout
            assert before is not None
            block = next(i for i, b in enumerate(before.blocks) if "رقم 301 " in b.text)
            top = before.block_start(block)
            view.scroll_to(y=top, animate=False, immediate=True)
            await pilot.pause()
            await pilot.resize_terminal(150, 40)
            await pilot.pause()
            after = view.article_layout
            assert after is not None and after.width != before.width
            assert int(view.scroll_y) == after.block_start(block)
            assert after.exact_blocks < len(after.blocks) // 2
            assert any("301" in row for row in screen_lines(view)[:3])

    @pytest.mark.parametrize("narrow", [60, 50, 40])
    async def test_a_narrow_screen_and_back_keeps_the_paragraph(self, make_app: Any, narrow: int) -> None:
        """Narrowing the screen until the panes stack (the article pane has no width for a moment while they
        move), then widening it again, keeps the paragraph that was at the top (it went back to the top)."""
        app = make_app([long_article(400)])
        async with app.run_test(size=(120, 35)) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            view.focus()
            for _ in range(30):
                await pilot.press("pagedown")
            await pilot.pause()
            layout = view.article_layout
            assert layout is not None
            block = layout.block_at(int(view.scroll_y))[0]
            assert block > 100
            for width in (narrow, 120):
                await pilot.resize_terminal(width, 35)
                await pilot.pause()
                await pilot.pause()
                layout = view.article_layout
                assert layout is not None and layout.width == view.text_width
                assert layout.block_at(int(view.scroll_y))[0] == block, f"at {width} columns"

    async def test_rewraps_on_resize(self, make_app: Any) -> None:
        """Resizing the terminal lays the article out again for the new content width."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            before = view.text_width
            await pilot.resize_terminal(160, 40)
            await pilot.pause()
            after = view.text_width
            layout = view.article_layout
            assert layout is not None and after != before and layout.width == after
            assert all(cell_len(line) == after for line in screen_lines(view))

    async def test_title_is_bold_and_byline_dim(self, make_app: Any) -> None:
        """The title row is drawn bold; the byline row is drawn in the muted text colour."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            title = view.render_line(0)
            byline = view.render_line(1)
            body = view.render_line(4)
            assert any(segment.style and segment.style.bold for segment in title)
            assert byline.text.strip() and list(byline)[0].style != list(body)[0].style

    async def test_scroll_keys(self, make_app: Any) -> None:
        """Arrows, j/k, PgUp/PgDn, space, Home/End and the pager keys ctrl+d/ctrl+u/G scroll the article."""
        app = make_app([long_article(60)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            view.focus()
            steps = [
                ("pagedown", "down"),
                ("home", "top"),
                ("space", "down"),
                ("home", "top"),
                ("j", "down"),
                ("k", "top"),
                ("down", "down"),
                ("up", "top"),
                ("end", "end"),
                ("pageup", "middle"),
                ("home", "top"),
                ("ctrl+d", "down"),
                ("ctrl+u", "top"),
                ("G", "end"),
                ("ctrl+u", "middle"),
            ]
            for key, expect in steps:
                await pilot.press(key)
                await pilot.pause()
                y = view.scroll_y
                if expect == "down":
                    assert y > 0, key
                elif expect == "top":
                    assert y == 0, key
                elif expect == "end":
                    assert y == view.max_scroll_y > 0, key
                else:
                    assert 0 < y < view.max_scroll_y, key


class TestMarkupSafety:
    """Untrusted text that looks like markup is shown literally and does nothing."""

    async def test_markup_is_literal_everywhere(self, make_app: Any, hook: Any, notes: list[Any]) -> None:
        """Title, byline, list row, related link and trail show the brackets; following the link keeps the app."""
        app = make_app([MARKUP])
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            screen = reader(app)
            view = screen.article_view
            assert "[bold red]x[/] and [/ and [@click=app.quit]x[/]" in view.render_line(0).text
            assert "[b]Source[/b]" in view.render_line(1).text
            assert "[link=https://evil.example]a link[/link]" in "".join(screen_lines(view))
            assert "[bold red]x[/]" in screen.article_list.render_line(0).text
            related = "".join(screen.related.render_line(y).text.strip() for y in range(3))  # the link's rows
            assert "[@click=app.quit]quit[/]" in related
            bottom = view.outer_size.height - 1
            border = view.render_lines(Region(0, bottom, view.outer_size.width, 1))[0].text
            assert "‹ [bold red]x[/]" in border
            await pilot.press("1", "o")
            await pilot.pause()
            assert app.is_running
            assert any("[@click=app.quit]quit[/]" in str(note.message) for note in notes)
            assert all(not note.markup for note in notes)


@pytest.mark.parametrize(
    ("size", "related_shown"),
    [((30, 12), False), ((40, 15), False), ((60, 20), True), ((80, 24), True)],
    ids=["30x12", "40x15", "60x20", "80x24"],
)
async def test_the_article_is_the_last_pane_to_shrink(
    make_app: Any, size: tuple[int, int], related_shown: bool
) -> None:
    """On a short screen the article keeps most of the rows (it had one at 40x15, none at 30x10, where one
    pane now takes the screen); under 16 rows the related pane gives its rows up (its links stay on 1-9)
    and tab skips it."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        article = screen.article_view.region.height
        assert article >= 5
        if screen.has_class("-stacked"):
            assert article > screen.list_pane.region.height
        assert bool(screen.related.display) is related_shown
        focused = set()
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            focused.add(screen.focused)
        assert (screen.related in focused) is related_shown
        assert screen.article_view in focused


async def test_list_rows_keep_a_margin_on_both_sides(make_app: Any) -> None:
    """A title as wide as the list pane does not touch its border: a blank cell at the far end, the marker's
    gutter at the reading end (right for Arabic, left for English)."""
    from dataclasses import replace

    from app_stories import BOOK_FAIR, FERRY

    long_ar = replace(BOOK_FAIR, id="long-ar", title="ب" * 200)  # one word: cut at the very edge
    long_en = replace(FERRY, id="long-en", title="x" * 200)
    app = make_app((long_ar, long_en))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listed = reader(app).article_list
        width = listed.line_width
        (ar_title, _), (en_title, _) = (listed.item_row(index, 0, width) for index in (0, 1))
        assert len(ar_title) == len(en_title) == width
        assert ar_title.endswith(" ●") and ar_title[0] == " " and ar_title[1] != " ", "the open one, Arabic"
        assert en_title.startswith("  ") and en_title[-1] == " " and en_title[-2] != " "


@pytest.mark.parametrize("size", [(40, 12), (40, 16), (60, 20), (30, 12)])
async def test_a_story_shows_under_the_filter_box_on_a_short_screen(make_app: Any, size: tuple[int, int]) -> None:
    """Stacked on a short screen, the list pane still shows a whole story (two rows) under the filter box."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("slash", *"ال", "enter")
        await pilot.pause()
        assert len(screen.article_list.articles) >= 2
        assert screen.article_list.region.height >= 2, "the rows of at least one story"
        assert screen.article_view.region.height >= 4, "the article keeps its rows"
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.list_pane.has_class("-filtering")


@pytest.mark.parametrize("size", [(120, 40), (70, 30)])
@pytest.mark.parametrize("story", ["book-fair", "ferry", "markup", "long"])
async def test_the_pane_draws_what_print_prints(make_app: Any, size: tuple[int, int], story: str) -> None:
    """One pipeline: every row the article pane draws, top to bottom of a scroll, is the line --print gives
    at the pane's text width (the related links, which --print puts under the text, are the pane's own)."""
    from newstui.render import render_text

    article = {"book-fair": STORIES[0], "ferry": FERRY, "markup": MARKUP, "long": long_article(40)}[story]
    app = make_app([article])
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        view = reader(app).article_view
        printed = render_text(article, view.text_width).splitlines()
        drawn: dict[int, str] = {}
        for top in range(0, view.virtual_size.height, view.size.height):
            view.scroll_to(y=top, animate=False)
            await pilot.pause()
            at = view.scroll_offset.y  # the last page stops at the end
            rows = min(view.size.height, view.virtual_size.height - at)
            drawn.update((at + y, view.render_line(y).text.rstrip()) for y in range(rows))
        assert sorted(drawn) == list(range(len(drawn))) and len(drawn) >= 5
        assert [drawn[row] for row in range(len(drawn))] == printed[: len(drawn)]


async def test_text_keeps_a_blank_cell_before_the_scrollbar(make_app: Any) -> None:
    """Right-aligned Arabic reaches the text's edge, and a blank cell lies between it and the scrollbar, in the
    article and in both lists (the thumb touched the last letter of every line)."""
    from dataclasses import replace

    from app_stories import BOOK_FAIR

    links = tuple(replace(link, title=f"{link.title} {index}") for index in range(30) for link in BOOK_FAIR.related[:1])
    story = replace(long_article(), related=links)
    app = make_app((story, *STORIES))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        view = screen.article_view
        for pane, width in ((view, view.text_width), (screen.related, screen.related.line_width)):
            assert pane.show_vertical_scrollbar, "long enough to scroll"
            rows = [pane.render_line(y) for y in range(pane.scrollable_content_region.height)]
            full = pane.scrollable_content_region.width
            assert width == full - 1
            assert all(row.cell_length == full for row in rows)
            assert all(row.crop(width, full).text == " " for row in rows), "the gap is blank"
            assert any(row.crop(width - 1, width).text != " " for row in rows), "Arabic right-aligned to the text edge"


async def test_g_capital_goes_to_the_last_story_in_the_list(make_app: Any) -> None:
    """G (vim's and less's end) moves the list's cursor to its last story, as End does."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listed = reader(app).article_list
        listed.focus()
        await pilot.press("G")
        await pilot.pause()
        assert listed.cursor == listed.item_count - 1 > 0


async def test_a_latin_source_sits_under_its_arabic_headline(make_app: Any) -> None:
    """An Arabic story's source written in Latin letters is drawn on its headline's side in the list (it started at
    the left edge, under nothing), an Arabic source under an English headline on the left."""
    from dataclasses import replace

    from app_stories import BOOK_FAIR, FERRY

    arabic = replace(BOOK_FAIR, id="ar", source="Harbour Times", section=None, published=None)
    english = replace(FERRY, id="en", source="صحيفة الميناء", section=None, published=None)
    app = make_app((arabic, english))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listed = reader(app).article_list
        width = listed.line_width
        ar_sub, _ = listed.item_row(0, 1, width)
        en_sub, _ = listed.item_row(1, 1, width)
        assert ar_sub.rstrip().endswith("Harbour Times") and ar_sub.startswith("   "), ar_sub
        assert en_sub.startswith("  ") and en_sub[2] != " " and en_sub.endswith("   "), en_sub
