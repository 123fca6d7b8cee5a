"""Pilot tests of moving around: tab between panes, enter on the list and links, number keys."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from app_stories import BOOK_FAIR, FERRY, LIBRARY, READING
from app_support import SIZE, reader, settle
from rich.cells import cell_len

from helpers.readback import reads_back
from newstui.model import Link
from newstui.ui.widgets.article_list import ArticleList
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.related_links import RelatedLinks


class TestFocus:
    """Tab and shift+tab cycle the panes."""

    @pytest.mark.parametrize("layout", ["ltr", "rtl"])
    async def test_tab_cycles_panes(self, make_app: Any, layout: str) -> None:
        """Tab goes list → article → related → list in reading order, mirrored or not; shift+tab goes back."""
        app = make_app(layout=layout)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            seen = [type(app.focused)]
            for _ in range(3):
                await pilot.press("tab")
                seen.append(type(app.focused))
            assert seen == [ArticleList, ArticleView, RelatedLinks, ArticleList]
            await pilot.press("shift+tab")
            assert isinstance(app.focused, RelatedLinks)


class TestOpening:
    """Enter on the list and on links, and the number keys."""

    async def test_enter_on_list_opens_highlighted(self, make_app: Any) -> None:
        """Enter opens the article under the list cursor and focuses the article pane."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("down", "down", "enter")
            await pilot.pause()
            assert screen.history.current == LIBRARY.id
            assert isinstance(app.focused, ArticleView)
            assert screen.article_list.open_id == LIBRARY.id

    async def test_enter_on_link_opens_it(self, make_app: Any) -> None:
        """Enter in the related pane follows the highlighted link (read-also first)."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.related.focus()
            await pilot.press("enter")
            await pilot.pause()
            assert screen.history.current == READING.id

    @pytest.mark.parametrize(
        ("key", "opens"),
        [("1", READING.id), ("2", LIBRARY.id), ("3", BOOK_FAIR.id), ("9", BOOK_FAIR.id)],
        ids=["read-also-first", "related", "unresolved-stays", "no-such-link"],
    )
    async def test_number_keys(self, make_app: Any, hook: Any, notes: list[Any], key: str, opens: str) -> None:
        """Keys 1…9 follow related link N from any pane; unresolved links stay put with a notification."""
        app = make_app()
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            screen = reader(app)
            screen.article_view.focus()
            await pilot.press(key)
            await pilot.pause()
            assert screen.history.current == opens
            if key == "3":
                (said,) = [str(note.message) for note in notes if "Not loaded" in str(note.message)]
                # The title drawn as the panes draw it, on one line of the toast: Textual wraps long
                # messages as left-to-right text, which would put the end of an Arabic title first.
                assert cell_len(said) <= min(60, (SIZE[0] - 1) // 2) - 3
                title = next(link.title for link in BOOK_FAIR.related if link.target is None)
                assert reads_back(" ".join(title.split()[:3]), [said.removeprefix("Not loaded: ")]), said
            if key == "9":
                count = len(BOOK_FAIR.related)
                told = [str(note.message) for note in notes]
                assert told == [f"No link 9: this story has {count} related links."], "a key that does nothing says why"

    async def test_links_are_numbered_read_also_first(self, make_app: Any) -> None:
        """The related pane lists read-also links before related titles, numbered from 1."""
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            links = reader(app).related.links
            assert [link.kind for link in links] == ["read-also", "related", "related"]
            assert reader(app).related.link(1) == links[0]

    async def test_unresolved_link_is_dimmed_with_reason(self, make_app: Any) -> None:
        """An unresolved link's rows are dimmed and say it is not loaded, in the link's language: "غير محمل"
        under an Arabic title (English words among Arabic titles before), "not loaded" under an English one."""
        english = Link("Harbour works begin next week", None, None, "related")
        app = make_app([replace(BOOK_FAIR, related=(*BOOK_FAIR.related, english))])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            related = reader(app).related
            rows = [related.item_row(2, n, related.line_width) for n in range(related.item_span(2)[1])]
            assert all(role == "dim" for _, role in rows)
            assert reads_back("غير محمل", [rows[-1][0]]) and "not loaded" not in rows[-1][0]
            last = len(related.links) - 1
            rows = [related.item_row(last, n, related.line_width) for n in range(related.item_span(last)[1])]
            assert rows[-1][0].strip() == "not loaded"

    async def test_non_web_link_is_refused(self, make_app: Any, hook: Any, notes: list[Any]) -> None:
        """A link whose URL is not http(s) is neither fetched nor opened."""
        app = make_app([FERRY])
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await pilot.press("1")
            await settle(pilot)
            assert reader(app).history.current == FERRY.id
            assert any("Not a web address" in str(note.message) for note in notes)


class TestVisited:
    """Stories opened in this session are drawn as visited in the list and the related pane, as a browser does links."""

    async def test_list_and_related_links_show_what_was_opened(self, make_app: Any) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            listed, related = screen.article_list, screen.related

            def list_roles() -> dict[str, str]:
                return {article.id: listed.item_row(n, 0, 40)[1] for n, article in enumerate(listed.articles)}

            def link_roles() -> list[str]:
                return [related.item_row(n, 0, related.line_width)[1] for n in range(related.item_count)]

            assert list_roles() == {"book-fair": "marked", "reading": "", "library": "", "ferry": ""}
            assert link_roles() == ["", "", "dim"]
            await pilot.press("2")  # the library story
            await pilot.pause()
            assert list_roles() == {"book-fair": "visited", "reading": "", "library": "marked", "ferry": ""}
            await pilot.press("backspace")
            await pilot.pause()
            assert list_roles() == {"book-fair": "marked", "reading": "", "library": "visited", "ferry": ""}
            assert link_roles() == ["", "visited", "dim"]
            assert [link.target for link in related.links][:2] == [READING.id, LIBRARY.id]

    @pytest.mark.parametrize("no_color", [False, True])
    async def test_without_colours_a_read_story_carries_a_mark(
        self, make_app: Any, monkeypatch: pytest.MonkeyPatch, no_color: bool
    ) -> None:
        """Under ``NO_COLOR`` a read story has a ✓ where the open one has its ●: no shade tells them apart."""
        if no_color:
            monkeypatch.setenv("NO_COLOR", "1")
        else:
            monkeypatch.delenv("NO_COLOR", raising=False)
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            listed = reader(app).article_list
            await pilot.press("2")  # the library story; the book-fair story is now read
            await pilot.pause()
            rows = {article.id: listed.item_row(n, 0, 40)[0] for n, article in enumerate(listed.articles)}
            assert "●" in rows["library"] and "✓" not in rows["library"]
            assert ("✓" in rows["book-fair"]) is no_color
            assert "✓" not in rows["reading"] and "●" not in rows["book-fair"]

    async def test_visited_rows_have_a_style_of_their_own(self, make_app: Any) -> None:
        app = make_app()
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            for pane in (reader(app).article_list, reader(app).related):
                styles = {role: pane._role_style(role, False) for role in ("", "dim", "marked", "visited")}
                assert styles["visited"] not in (styles[""], styles["dim"], styles["marked"])


class TestRememberedReads:
    """With ``remember`` (the CLI's default, off with --private) the stories read are known in the next run."""

    @staticmethod
    async def _run(make_app: Any, keys: tuple[str, ...] = (), **settings: Any) -> dict[str, str]:
        """Run the reader, press ``keys``, and return the list's title roles once the log has loaded."""
        app = make_app(**settings)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            listed = screen.article_list
            return {article.id: listed.item_row(n, 0, 40)[1] for n, article in enumerate(listed.articles)}

    async def test_a_story_read_in_one_run_is_shown_read_in_the_next(
        self, make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
        first = await self._run(make_app, ("2",), remember=True)
        assert first["library"] == "marked" and first["reading"] == ""
        assert (tmp_path / "newstui" / "read.txt").is_file()
        again = await self._run(make_app, remember=True)
        assert again == {"book-fair": "marked", "reading": "", "library": "visited", "ferry": ""}

    async def test_without_remember_nothing_is_read_or_written(
        self, make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
        await self._run(make_app, ("2",), remember=True)
        log = tmp_path / "newstui" / "read.txt"
        written = log.read_bytes()
        private = await self._run(make_app, ("3",), remember=False)
        assert private["library"] == "", "the log of earlier runs is not read"
        assert log.read_bytes() == written, "nor written"

    async def test_a_log_that_cannot_be_saved_is_told_once(
        self, make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from newstui.ui.screens import reader_read_log

        (tmp_path / "newstui").write_text("a file where the state folder should be")
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
        monkeypatch.setattr(reader_read_log, "SAVE_DELAY", 0.01)
        app = make_app(remember=True)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            for key in ("2", "backspace", "3"):
                await pilot.press(key)
                await pilot.pause(0.1)
        told = [note for note in notes if "cannot save the stories read" in str(note.message)]
        assert len(told) == 1 and told[0].severity == "warning"
        (again,) = app.state_failures()  # said again on stderr once the reader has closed (cli)
        assert again.endswith(f"{tmp_path / 'newstui'}: cannot save the stories read: not a folder"), again

    async def test_a_log_saved_tells_nothing_at_the_end(
        self, make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
        app = make_app(remember=True)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("2")
            await pilot.pause(0.1)
        assert (tmp_path / "newstui" / "read.txt").is_file()
        assert app.state_failures() == []


async def test_zero_opens_the_tenth_related_link(make_app: Any) -> None:
    """0 follows related link 10, as newsboat's keys 1-0 do (a story's tenth link had no key)."""
    from dataclasses import replace

    from newstui.model import Link

    links = tuple(Link(f"خبر مرتبط رقم {n}", target="fair" if n == 10 else None) for n in range(1, 11))
    story = replace(BOOK_FAIR, id="many", related=links)
    fair = replace(BOOK_FAIR, id="fair", title="معرض الكتاب", related=())
    app = make_app((story, fair))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.history.current == "many"
        await pilot.press("0")
        await pilot.pause()
        assert screen.history.current == "fair"
