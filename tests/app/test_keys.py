"""Pilot tests of the other keys: / filter, b bidi switch, z maximize, ? help, o browser, q quit, palette."""

from __future__ import annotations

import inspect
from dataclasses import replace
from typing import Any

import pytest
from app_stories import BOOK_FAIR, FERRY, LIBRARY, MARKUP, READING, STORIES
from app_support import SIZE, reader, settle
from textual.widgets import Input

from newstui.model import Article
from newstui.terminal import BidiSetup
from newstui.ui.screens.help import HelpScreen
from newstui.ui.screens.reader import ReaderScreen
from newstui.ui.widgets.article_list import ArticleList
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.panes import ListPane
from newstui.ui.widgets.related_links import RelatedLinks


class TestFilter:
    """/ opens the filter; Arabic spelling variants match; Esc clears."""

    async def test_filter_with_arabic_normalization(self, make_app: Any) -> None:
        """Typing "الامارات" (no hamza) keeps the article titled "الإمارات …"; Esc shows everything again."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("slash")
            assert isinstance(app.focused, Input) and screen.filter_input.display
            await pilot.press(*"الامارات")
            await pilot.pause()
            assert screen.filter_input.value == "الامارات"
            assert [article.id for article in screen.article_list.articles] == [READING.id]
            assert "1/4" in str(screen.list_pane.border_title)
            await pilot.press("escape")
            await pilot.pause()
            assert len(screen.article_list.articles) == len(STORIES)
            assert not screen.filter_input.display and isinstance(app.focused, ArticleList)

    async def test_the_cursor_starts_at_the_first_match_when_its_story_is_filtered_out(self, make_app: Any) -> None:
        """The highlighted story does not match: after the filter the cursor is on the first match, not on
        whichever match has its old position."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.article_list.focus()
            await pilot.press("end", "enter")  # the last story is open (and highlighted)
            await pilot.pause()
            screen.article_list.focus()
            last = screen.article_list.highlighted_id
            assert last == screen.history.current
            await pilot.press("slash", *"في", "enter")
            await pilot.pause()
            listed = [article.id for article in screen.article_list.articles]
            assert len(listed) >= 2 and last not in listed
            assert screen.article_list.highlighted_id == listed[0]

    async def test_enter_opens_the_only_story_left(self, make_app: Any) -> None:
        """Enter in the box with one story left opens it (and the article takes the keys); with more, the list."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert screen.history.current == BOOK_FAIR.id
            await pilot.press("slash", *"جامعة", "enter")
            await pilot.pause()
            assert screen.history.current == LIBRARY.id and isinstance(app.focused, ArticleView)
            assert [article.id for article in screen.article_list.articles] == [LIBRARY.id]
            await pilot.press("slash", "escape", "slash", *"ال", "enter")  # several left: the list, nothing opened
            await pilot.pause()
            assert len(screen.article_list.articles) > 1
            assert screen.history.current == LIBRARY.id and isinstance(app.focused, ArticleList)

    async def test_an_empty_list_says_why(self, make_app: Any) -> None:
        """A filter that keeps nothing says so in the list (not "No articles."), and with u too."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("slash", *"zzzz")
            await pilot.pause()
            assert screen.article_list.articles == []
            assert screen.article_list.render_line(0).text.strip() == "Nothing matches the filter."
            await pilot.press("enter", "u")
            await pilot.pause()
            assert screen.article_list.render_line(0).text.strip() == "Nothing unread matches."
            await pilot.press("slash", "escape")
            await pilot.pause()
            assert screen.article_list.articles != []

    async def test_the_empty_list_message_wraps_in_a_narrow_pane(self, make_app: Any) -> None:
        """At 80 columns the list is ~24 cells wide: the message wraps at words, one cell in, never cut mid-word."""
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("slash", *"zzzz", "enter")
            await pilot.pause()
            width = screen.article_list.line_width
            assert width < len("Nothing matches the filter.") + 1
            rows = [screen.article_list.render_line(y).text for y in range(3)]
            assert " ".join(row.strip() for row in rows if row.strip()) == "Nothing matches the filter."
            assert all(row.startswith(" ") for row in rows if row.strip())

    async def test_filter_box_is_mounted_on_first_use(self, make_app: Any) -> None:
        """The reader starts without the box; the first / mounts it above the list, later ones reuse it."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert screen.filter_input is None and not screen.query("#filter")
            await pilot.press("escape", "tab", "z", "z")  # the keys that look at the box work without it
            await pilot.press("slash")
            box = screen.filter_input
            assert box is not None and list(screen.list_pane.children) == [box, screen.article_list]
            await pilot.press("escape", "slash")
            assert len(screen.query("#filter")) == 1 and screen.filter_input is box and app.focused is box

    async def test_filter_keeps_typing_out_of_bindings(self, make_app: Any) -> None:
        """Letters typed in the filter box (q, n, 1, /) go into the box, not to the reader's keys."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", "q", "n", "1", "slash")
            await pilot.pause()
            assert app.is_running and reader(app).history.current == BOOK_FAIR.id
            assert reader(app).filter_input.value == "qn1/"


class TestModes:
    """b switches the bidi mode; z maximizes; ? opens help; o opens web addresses; q quits."""

    async def test_b_switches_to_logical_text_and_back(self, make_app: Any) -> None:
        """In terminal mode the title row holds the logical (unshaped) title; b again shapes it."""
        app = make_app([READING])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            view = reader(app).article_view
            assert READING.title not in view.render_line(0).text
            await pilot.press("b")
            await pilot.pause()
            assert app.bidi_mode == "terminal"
            # (rtl11: a right-to-left line's text between RLE and PDF, the padding outside)
            assert view.render_line(0).text.strip() == "\u202b" + READING.title + "\u202c"
            assert "الإمارات تطلق" in reader(app).article_list.render_line(0).text
            await pilot.press("b")
            await pilot.pause()
            assert app.bidi_mode == "app" and READING.title not in view.render_line(0).text

    @pytest.mark.parametrize("key", ["g", "w", "question_mark"])
    async def test_a_box_over_the_reader_shows_its_own_keys(self, make_app: Any, key: str) -> None:
        """The Open, Save and help boxes have their own key bar: Esc, not the reader's Back or q (letters there)."""
        from newstui.ui.widgets.key_bar import KeyBar

        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press(key)
            await app.workers.wait_for_complete()  # w looks for a free name on a thread first
            await pilot.pause()
            top = app.screen
            assert type(top).__name__ in ("OpenAddressScreen", "SaveScreen", "HelpScreen")
            bar = top.query_one(KeyBar)
            bar.update_hints()
            shown = {hint.description for hint in bar.hints}
            assert shown & {"Cancel", "Close"}
            assert not shown & {"Back", "Forward", "Quit", "Filter", "Next"}
            assert bar.region.y == SIZE[1] - 1, "at the bottom, over the reader's"

    async def test_b_redraws_the_boxes_and_find_s_title(self, make_app: Any) -> None:
        """The filter box, the find box and the find count in the article's title switch with b, as every pane."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("slash", *"معرض", "enter")
            await pilot.press("tab", "f", *"الكتاب", "enter")
            await pilot.pause()
            filter_box, find_box = screen.filter_input, screen.query_one("#find")
            assert filter_box is not None

            def drawn() -> tuple[str, str, str]:
                return (
                    filter_box.render_line(0).text,
                    find_box.render_line(0).text,
                    str(screen.article_view.border_title),
                )

            shaped = drawn()
            assert all("الكتاب" not in text and "معرض" not in text for text in shaped), shaped
            await pilot.press("tab", "b")
            await pilot.pause()
            assert app.bidi_mode == "terminal"
            box_text, find_text, title = drawn()
            assert "معرض" in box_text and "الكتاب" in find_text and "الكتاب" in title, (box_text, find_text, title)
            await pilot.press("b")
            await pilot.pause()
            assert drawn() == shaped

    @pytest.mark.parametrize("size", [(120, 30), (84, 24)], ids=["wide", "narrow"])
    @pytest.mark.parametrize(
        ("focus", "maximized"),
        [("#article", ArticleView), ("#articles", ListPane), ("#related", RelatedLinks)],
        ids=["article", "list", "related"],
    )
    async def test_z_maximizes_focused_pane(
        self, make_app: Any, focus: str, maximized: type, size: tuple[int, int]
    ) -> None:
        """z maximizes the focused pane (the list with its filter as one) over the whole screen but the key
        bar, in either layout (a docked pane kept its column), and z again restores."""
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.query_one(focus).focus()
            await pilot.press("z")
            await pilot.pause()
            assert isinstance(screen.maximized, maximized)
            width, height = size
            assert (screen.maximized.region.width, screen.maximized.region.height) == (width, height - 1)
            assert screen.query_one("#keys").region.y == height - 1, "the key bar stays under it"
            await pilot.press("z")
            await pilot.pause()
            assert screen.maximized is None

    async def test_help_names_the_boxes_keys_and_ctrl_c(self, make_app: Any) -> None:
        """The help has the filter and find boxes' keys (enter included) and ctrl+c beside q."""
        from newstui.ui.screens.help import binding_rows

        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            rows = {(section, keys) for section, keys, _ in binding_rows(app.help_groups())}
        assert {
            ("Filter box (/)", "enter"),
            ("Filter box (/)", "escape"),
            ("Find box (f)", "enter / down"),
            ("Find box (f)", "up"),
            ("App", "ctrl+c"),
        } <= rows

    @pytest.mark.parametrize("key", ["question_mark", "f1"])
    async def test_f1_opens_help_as_question_mark_does_and_closes_it(self, make_app: Any, key: str) -> None:
        """F1, the help key of most programs, opens the key table and closes it again, as ``?`` does."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, ReaderScreen)

    @pytest.mark.parametrize("width", [30, 49, 50, 72])
    def test_the_key_table_fits_its_box(self, width: int) -> None:
        """Under 50 cells each description goes under its keys, indented (beside a 16-cell key column it
        wrapped a word or two a row at 40 columns); wider, keys and descriptions sit side by side."""
        from rich.console import Console

        from newstui.ui.screens.help import NARROW, KeyTable

        rows = [("Reader", "tab", "Next pane"), ("Reader", "/", "Filter the list (Arabic spelling variants match)")]
        console = Console(width=width, record=True, color_system=None, legacy_windows=False)
        console.print(KeyTable(rows))
        lines = [line.rstrip() for line in console.export_text().splitlines()]
        assert all(len(line) <= width for line in lines)
        if width < NARROW:
            assert lines[:3] == ["Reader", "tab", "    Next pane"]
            assert " ".join(line.strip() for line in lines[4:]) == "Filter the list (Arabic spelling variants match)"
        else:
            assert lines[1].startswith("tab") and lines[1].endswith("Next pane")

    @pytest.mark.parametrize("key", ["escape", "ctrl+c"])
    async def test_help_opens_and_escape_closes(self, make_app: Any, key: str) -> None:
        """? shows the key table as a modal screen; Esc closes it; ctrl+c, listed there, quits from it too."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            table = str(app.screen.query_one("#help-table").render())
            assert table
            await pilot.press(key)
            await pilot.pause()
            if key == "escape":
                assert isinstance(app.screen, ReaderScreen)
            else:
                assert not app.is_running and app.return_code == 130

    @pytest.mark.parametrize(
        ("articles", "opened"),
        [([FERRY], [FERRY.url]), ([MARKUP], [])],
        ids=["https", "file-url-refused"],
    )
    async def test_o_opens_only_web_addresses(
        self, make_app: Any, opened_urls: list[str], hook: Any, notes: list[Any], articles: Any, opened: Any
    ) -> None:
        """o hands http(s) addresses to the browser and refuses anything else with a notification."""
        app = make_app(articles)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await pilot.press("o")
            await settle(pilot)
            assert opened_urls == opened
            if not opened:
                assert any("no web address" in str(note.message).lower() for note in notes)

    async def test_o_notice_masks_a_password(
        self, make_app: Any, opened_urls: list[str], hook: Any, notes: list[Any]
    ) -> None:
        """The browser gets the address without its user name and password (``browser_target``); the notice
        shows the password as ***."""
        url = "https://reader:s3cret@news.example/ferry"
        app = make_app([replace(FERRY, url=url)])
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await pilot.press("o")
            await settle(pilot)
            assert opened_urls == ["https://news.example/ferry"]
            shown = " ".join(str(note.message) for note in notes)
            assert "reader:***@news.example" in shown and "s3cret" not in shown

    @pytest.mark.parametrize(
        ("url", "opened", "shown"),
        [
            ("http://\u0430pple.com/login", "http://xn--pple-43d.com/login", "http://xn--pple-43d.com/login"),
            ("https://مثال.مصر/خبر", "https://xn--mgbh0fb.xn--wgbh1c/%D8%AE%D8%A8%D8%B1", "ﺮﺼﻣ.ﻝﺎﺜﻣ"),
        ],
        ids=["cyrillic-look-alike", "arabic-host"],
    )
    async def test_o_hands_the_browser_an_ascii_address(
        self, make_app: Any, opened_urls: list[str], hook: Any, notes: list[Any], url: str, opened: str, shown: str
    ) -> None:
        """A look-alike host (a Cyrillic а in apple.com) is shown and opened in its ASCII form; an Arabic host
        is shown as written (shaped) and opened in ASCII, as a browser would send it."""
        app = make_app([replace(FERRY, url=url)])
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await pilot.press("o")
            await settle(pilot)
            assert opened_urls == [opened]
            told = " ".join(str(note.message) for note in notes)
            assert shown in told and "\u0430" not in told

    @pytest.mark.parametrize(
        ("browser", "told"),
        [
            (None, "No web browser was found (set the BROWSER variable to one)."),
            (
                "refuses",
                "Opening https://news.example/ferry|The browser could not be started for https://news.example/ferry.",
            ),
            ("opens", "Opening https://news.example/ferry"),
        ],
        ids=["none", "fails", "opens"],
    )
    async def test_o_says_when_no_browser_can_open_it(
        self, monkeypatch: pytest.MonkeyPatch, hook: Any, notes: list[Any], browser: str | None, told: str
    ) -> None:
        """With the real ``webbrowser``: no browser, or one that fails to start, is a warning, not "Opening"."""
        import webbrowser

        from newstui.corpus import Corpus
        from newstui.settings import Settings
        from newstui.ui.app import create_app

        class Browser:
            name = "firefox"
            calls: list[str] = []

            def open(self, url: str) -> bool:
                self.calls.append(url)
                return browser == "opens"

        def get() -> Browser:
            if browser is None:
                raise webbrowser.Error("could not locate runnable browser")
            return Browser()

        monkeypatch.setattr(webbrowser, "get", get)
        monkeypatch.setenv("DISPLAY", ":0")  # a graphical browser can run
        url = "https://news.example/ferry"
        app = create_app(Settings(bidi=BidiSetup(mode="app")), corpus=Corpus([replace(FERRY, url=url)]))
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await pilot.press("o")
            await settle(pilot)
            await pilot.pause()
        assert [str(note.message) for note in notes] == told.split("|")
        assert Browser.calls == ([] if browser is None else [url])

    @pytest.mark.parametrize(("display", "succeeds"), [(":0", False), ("", True), ("", False)])
    async def test_a_browser_in_the_terminal_gets_it_and_its_ctrl_c(
        self, monkeypatch: pytest.MonkeyPatch, hook: Any, notes: list[Any], display: str, succeeds: bool
    ) -> None:
        """lynx (or any browser on a machine without a display, as sensible-browser there) runs with the
        reader suspended; ctrl+c pressed in it (a SIGINT to the whole process group) does not end the
        reader; a browser that fails is a warning; nothing says "Opening" after it has closed."""
        import contextlib
        import os
        import signal
        import webbrowser

        from newstui.corpus import Corpus
        from newstui.settings import Settings
        from newstui.ui.app import create_app

        ran: list[str] = []

        class Browser:
            name = "lynx" if display else "sensible-browser"

            def open(self, url: str) -> bool:
                os.kill(os.getpid(), signal.SIGINT)  # ctrl+c typed in the browser
                ran.append(url)
                return succeeds

        monkeypatch.setattr(webbrowser, "get", Browser)
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        url = "https://news.example/ferry"
        app = create_app(Settings(bidi=BidiSetup(mode="app")), corpus=Corpus([replace(FERRY, url=url)]))
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)  # headless: nothing to hand over
        handler = signal.getsignal(signal.SIGINT)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await pilot.press("o")
            await settle(pilot)
            assert app.is_running
        assert ran == [url]
        assert signal.getsignal(signal.SIGINT) is handler, "the reader's own ctrl+c handling is back"
        told = [str(note.message) for note in notes]
        assert told == ([] if succeeds else [f"The browser could not be started for {url}."])

    def test_text_browsers_are_told_from_graphical_ones(self) -> None:
        """lynx and w3m (by name or path, with arguments) need the terminal; firefox and xdg-open do not."""
        from types import SimpleNamespace

        from newstui.ui.browser import _text_browser

        named = {
            name: _text_browser(SimpleNamespace(name=name))
            for name in ("lynx", "/usr/bin/w3m", "www-browser", "elinks -remote", "firefox", "xdg-open", "", "chromium")
        }
        assert named == {"lynx": True, "/usr/bin/w3m": True, "www-browser": True, "elinks -remote": True,
                         "firefox": False, "xdg-open": False, "": False, "chromium": False}  # fmt: skip

    async def test_q_quits(self, make_app: Any) -> None:
        """q ends the app with return code 0."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("q")
            await pilot.pause()
            assert not app.is_running
        assert app.return_code == 0

    async def test_ctrl_c_quits_but_copies_in_a_text_box(self, make_app: Any) -> None:
        """ctrl+c ends the reader with status 130 (an interrupted program); in the filter box it is the
        box's own copy key and the reader stays."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", "a", "ctrl+c")
            await pilot.pause()
            assert app.is_running
            await pilot.press("escape", "escape", "ctrl+c")
            await pilot.pause()
            assert not app.is_running
        assert app.return_code == 130

    @pytest.mark.parametrize(("mode", "written"), [("app", "<leave><enter>"), ("terminal", "")])
    async def test_ctrl_z_gives_the_shell_its_bidi_and_fg_takes_it_back(
        self, make_app: Any, monkeypatch: pytest.MonkeyPatch, mode: str, written: str
    ) -> None:
        """ctrl+z is bound to suspending; around it the terminal's own bidi is restored, then set again.

        The suspend itself (SIGTSTP) needs a real terminal: tests/e2e covers it. Here the app's
        suspend and resume signals are published as the driver publishes them.
        """
        import io
        import sys

        from textual.binding import Binding

        from newstui.ui.app import NewsApp

        assert any(
            isinstance(b, Binding) and b.key == "ctrl+z" and b.action == "suspend_process" for b in NewsApp.BINDINGS
        )
        out = io.StringIO()
        monkeypatch.setattr(sys, "__stdout__", out)
        app = make_app(bidi=BidiSetup(mode="app", enter="<enter>", leave="<leave>"))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            if mode == "terminal":
                app.bidi_mode = "terminal"
            app.app_suspend_signal.publish(app)
            assert out.getvalue() == ("<leave>" if mode == "app" else "")
            app.app_resume_signal.publish(app)
            await pilot.pause()
            assert app.is_running
        assert out.getvalue() == written

    async def test_palette_offers_reader_commands(self, make_app: Any) -> None:
        """The command palette lists the reader's actions."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            titles = {command.title for command in app.get_system_commands(reader(app))}
            assert {"Next article", "Switch bidi mode", "Help", "Maximize pane"} <= titles
            assert not titles & {"Keys", "Maximize"}, "no second entry for what Help and Maximize pane do"
            assert {"Theme", "Quit", "Screenshot"} <= titles, "Textual's other commands stay"

    async def test_palette_leaves_out_what_would_do_nothing(self, make_app: Any) -> None:
        """Back and Forward are offered once there is somewhere to go, as their keys are greyed out until then."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()

            def titles() -> set[str]:
                return {command.title for command in app.get_system_commands(reader(app))}

            assert not titles() & {"Back", "Forward", "Previous article"}
            await pilot.press("n")
            await pilot.pause()
            assert {"Back", "Previous article"} <= titles() and "Forward" not in titles()
            await pilot.press("backspace")
            await pilot.pause()
            assert {"Forward", "Next article"} <= titles() and "Back" not in titles()

    async def test_find_is_greyed_out_with_no_story_open(self, make_app: Any) -> None:
        """f in the key bar is dimmed (and does nothing) until there is a story to find in."""
        from newstui.ui.widgets.key_bar import KeyBar

        app = make_app(())
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert not screen.check_action("find", ())
            bar = app.query_one(KeyBar)
            bar.update_hints()
            hints = {hint.key: hint.enabled for hint in bar.hints}
            assert hints.get("f") is False
            await pilot.press("f")
            await pilot.pause()
            assert screen.focused is None or screen.focused.id != "find"

    def test_every_palette_command_names_an_action_of_the_reader(self) -> None:
        from newstui.ui.app import PALETTE_COMMANDS
        from newstui.ui.screens.reader import ReaderScreen

        missing = [
            action for _, _, action in PALETTE_COMMANDS if not hasattr(ReaderScreen, f"action_{action.split('(')[0]}")
        ]
        assert not missing

    async def test_palette_command_runs_its_action(self, make_app: Any) -> None:
        """Choosing "Show or hide harakat" does what h does."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            command = next(c for c in app.get_system_commands(screen) if c.title == "Show or hide harakat")
            result = command.callback()
            if inspect.isawaitable(result):
                await result
            await pilot.pause()
            assert screen.harakat is False and screen.article_view.harakat is False


class TestCopy:
    """y copies the open article as logical text (RTL.md case 30), never the shaped, reordered screen lines."""

    async def test_y_copies_logical_text(self, make_app: Any) -> None:
        """The clipboard gets the title and paragraphs exactly as the source wrote them."""
        app = make_app([READING])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
            copied = app.clipboard
            assert copied.startswith(READING.title)
            assert all(paragraph in copied for paragraph in READING.paragraphs)
            assert not any("\ufe70" <= c <= "\ufeff" for c in copied)  # no presentation forms


@pytest.mark.parametrize("height", [24, 25, 30, 31])
async def test_list_keys_never_leave_half_an_item_at_the_top(make_app: Any, height: int) -> None:
    """PgDn, End, PgUp and arrows keep an item's first row at the top of the list and the cursor's item whole
    (an odd number of rows left a byline alone at the top, under no headline)."""
    stories = [
        Article(id=f"s{n}", title=f"خبر رقم {n} عن المدينة", paragraphs=("نص.",), source="وكالة", direction="rtl")
        for n in range(80)
    ]
    app = make_app(stories)
    async with app.run_test(size=(100, height)) as pilot:
        await pilot.pause()
        listed = reader(app).article_list
        listed.focus()
        for key in ["pagedown"] * 4 + ["end", "pageup", "up", "up", "home"] + ["down"] * 15:
            await pilot.press(key)
            await pilot.pause()
            top = int(listed.scroll_y)
            first = listed.item_at(top)
            assert first is not None and listed.item_span(first)[0] == top, (key, top)
            start, rows = listed.item_span(listed.cursor)
            assert top <= start and start + rows <= top + listed.scrollable_content_region.height, key
