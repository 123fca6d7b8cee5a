"""Pilot tests of the key bar and of related stories laid out ahead: what shows, when it repaints, clicks."""

from __future__ import annotations

from typing import Any

import pytest
from app_stories import BOOK_FAIR
from app_support import SIZE, reader

from newstui import render
from newstui.text import rtl
from newstui.ui.screens.help import HelpScreen
from newstui.ui.widgets.key_bar import KeyBar


def hints(app: Any) -> dict[str, bool]:
    """Description -> enabled, as the bar shows them now."""
    bar = app.screen.query_one(KeyBar)
    return {hint.description: hint.enabled for hint in bar.hints}


class TestKeyBar:
    """One line of hints that follows the bindings and repaints only when they change."""

    async def test_hints_follow_history(self, make_app: Any) -> None:
        """Back is dimmed at the start, lit after following a link, and Forward after going back."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            shown = hints(app)
            assert {"Back", "Forward", "Filter", "Help", "Quit"} <= set(shown)
            assert not shown["Back"] and not shown["Forward"] and shown["Help"]
            await pilot.press("1")
            await pilot.pause()
            assert hints(app)["Back"] and not hints(app)["Forward"]
            await pilot.press("backspace")
            await pilot.pause()
            assert not hints(app)["Back"] and hints(app)["Forward"]

    async def test_drawn_on_one_line(self, make_app: Any) -> None:
        """The bottom row holds the keys and their descriptions, one hint per action."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            bar = app.screen.query_one(KeyBar)
            text = bar.render_line(0).text
            assert bar.size == (SIZE[0], 1) and len(text) == SIZE[0]
            assert "? Help" in text and "q Quit" in text and "Back" in text
            assert text.count("Back") == 1, "backspace and alt+left share one hint"

    async def test_a_narrow_bar_drops_whole_hints_and_keeps_help_and_quit(self, make_app: Any) -> None:
        """Too narrow for every hint: the last ones go whole, help and quit stay, nothing is cut."""
        for width in (84, 64, 40):
            app = make_app()
            async with app.run_test(size=(width, 30)) as pilot:
                await pilot.pause()
                bar = app.screen.query_one(KeyBar)
                text = bar.render_line(0).text
                shown = bar.fitting(width)
                assert len(text) == width and "? Help" in text and "q Quit" in text, (width, text)
                assert len(shown) < len(bar.hints)
                assert text.rstrip().endswith(f"{shown[-1].display} {shown[-1].description}"), "the last hint is whole"
                assert [hint.description for hint in shown[:2]] == [hint.description for hint in bar.hints[:2]]

    @pytest.mark.parametrize(
        ("width", "line"), [(15, " ? Help  q Quit"), (14, "? Help  q Quit"), (13, "? Help q Quit")]
    )
    async def test_help_and_quit_stay_whole_on_the_narrowest_bars(self, make_app: Any, width: int, line: str) -> None:
        """Where the two kept hints do not fit with the bar's margin, the margin goes, then a space between
        them: ``q Quit`` was cut to ``q Qui`` at 14 cells. A click on either still presses its key."""
        app = make_app()
        async with app.run_test(size=(width, 30)) as pilot:
            await pilot.pause()
            bar = app.screen.query_one(KeyBar)
            assert bar.render_line(0).text == line
            assert bar.key_at(line.index("?")) == "question_mark"
            assert bar.key_at(line.index("Quit")) == "q"

    async def test_the_bar_shows_the_keys_a_newcomer_needs(self, make_app: Any) -> None:
        """tab, the related links' keys (one hint, "1-9 Related": clicking it presses 1) and reload are shown; the
        bidi switch is in help only; at a width that cannot hold all, the dimmed hints go first."""
        app = make_app()
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            bar = app.screen.query_one(KeyBar)
            shown = {hint.description: hint for hint in bar.hints}
            assert shown["Pane"].display == "tab" and shown["Reload"].display == "r" and "Bidi" not in shown
            assert (shown["Related"].display, shown["Related"].key) == ("1-9", "1")
            assert [hint.description for hint in bar.hints].count("Related") == 1
            idle = [hint.description for hint in bar.hints if not hint.enabled]
            assert "Back" in idle and "Forward" in idle
            narrow = [hint.description for hint in bar.fitting(70)]
            assert "Back" not in narrow and "Forward" not in narrow, narrow
            assert narrow[:2] == ["Pane", "Related"] and narrow[-2:] == ["Help", "Quit"]
            start = next(first for first, _end, key in bar._spans if first > 1)  # the second hint: "1-9 Related"
            assert bar.key_at(start) is None, "a click on a range of keys presses none of them"
            assert bar.key_at(1) == "tab"
            await pilot.press("1")
            await pilot.pause()
            assert "Back" in [hint.description for hint in bar.fitting(70)], "lit now, it keeps its place"

    async def test_unchanged_bindings_do_not_repaint(self, make_app: Any) -> None:
        """Moving in the list changes no binding, so the bar keeps its hints (no update)."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            bar = app.screen.query_one(KeyBar)
            before = bar.hints
            await pilot.press("down")
            await pilot.pause()
            assert bar.hints is before
            assert bar.update_hints() is False

    async def test_bindings_read_once_per_draw(self, make_app: Any, monkeypatch: Any) -> None:
        """Any number of binding changes between two frames read the binding chain once, when the bar is drawn."""
        reads: list[int] = []
        original = KeyBar._read_hints

        def counting(bar: KeyBar) -> bool:
            reads.append(1)
            return original(bar)

        monkeypatch.setattr(KeyBar, "_read_hints", counting)
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            reads.clear()
            for _ in range(3):
                screen.bindings_updated_signal.publish(screen)
            assert reads == [], "a change only marks the bar; nothing is read yet"
            await pilot.pause()
            assert len(reads) == 1
            await pilot.press("1")
            await pilot.pause()
            assert hints(app)["Back"], "a change that matters is still shown"

    async def test_click_presses_the_key(self, make_app: Any) -> None:
        """Clicking the Help hint opens the help screen, as ? does."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            bar = app.screen.query_one(KeyBar)
            x = next(start for start in range(SIZE[0]) if bar.key_at(start) == "question_mark")
            await pilot.click(KeyBar, offset=(x, 0))
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)


class TestRelatedAhead:
    """After a story is painted, its numbered related stories are laid out, so 1…9 find them ready."""

    async def test_following_a_link_uses_the_layout_made_ahead(self, make_app: Any) -> None:
        rtl.clear_caches()
        render._CACHE.clear()
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.pause()
            screen = reader(app)
            assert screen.history.current == BOOK_FAIR.id
            assert screen.related_prefetched >= 1
            target = screen.related.link(1)
            assert target is not None and target.target is not None
            story = screen.corpus.get(target.target)
            assert story is not None
            view = screen.article_view
            made = [layout for layout in render._CACHE.values() if layout.article is story]
            assert made, "the story was laid out before its key was pressed"
            ahead = render.layout_article(story, view.text_width, mode=view.mode)
            assert ahead in made
            await pilot.press("1")
            await pilot.pause()
            assert screen.history.current == target.target
            assert view.article_layout is ahead
