"""g with a web address, against the real local server: a page opens as a visit, a feed lists its entries."""

from __future__ import annotations

import time
from typing import Any

from local_server import LocalServer, held_page
from textual.widgets import Input

from helpers.readback import reads_back
from newstui.corpus import Corpus
from newstui.model import Article
from newstui.settings import Settings
from newstui.terminal import BidiSetup
from newstui.ui.screens.prompts import OpenAddressScreen

# An original story written for this test: what the reader shows before the address is opened.
START = Article(id="start", title="افتتاح حديقة جديدة في وسط المدينة", paragraphs=("افتتحت البلدية حديقة جديدة.",))
NEXT = Article(id="next", title="سوق السمك يفتح أبوابه باكرا", paragraphs=("فتح سوق السمك أبوابه قبل الفجر.",))


def _app(*articles: Article) -> Any:
    from newstui.ui.app import create_app

    app = create_app(Settings(bidi=BidiSetup(mode="app")), corpus=Corpus(articles or [START]))
    app.animation_level = "none"
    return app


async def _open(pilot: Any, address: str, done: Any, timeout: float = 20.0) -> None:
    await pilot.press("g")
    await pilot.pause()
    assert isinstance(pilot.app.screen, OpenAddressScreen)
    pilot.app.screen.query_one(Input).value = address
    await pilot.press("enter")
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


class TestOpenWebAddress:
    async def test_a_page_opens_as_a_visit(self, http_server: LocalServer) -> None:
        url = http_server.url("/ar_news.html")
        app = _app()
        async with app.run_test(size=(110, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            await _open(pilot, url, lambda: screen.current is not None and screen.current.id != START.id)
            assert screen.current.origin == url
            assert screen.history.can_go_back
            assert len(screen.article_list.articles) == 2

    async def test_a_feed_lists_its_entries(self, http_server: LocalServer) -> None:
        url = http_server.url("/entries.xml")
        app = _app()
        async with app.run_test(size=(110, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            await _open(pilot, url, lambda: len(screen.article_list.articles) == 4)
            titles = {article.title for article in screen.article_list.articles}
            assert {"Night ferry returns", "A page that is gone"} <= titles
            await app.workers.wait_for_complete()
            assert screen.current is not None and screen.current.id != START.id

    async def test_a_feed_cut_short_says_so(self, http_server: LocalServer) -> None:
        """g of a feed that ends in its third entry: the two whole ones are listed and a notice says it ended early."""
        from local_server import Reply
        from textual.notifications import Notify

        items = "".join(
            f"<item><title>Harbour story {n}</title><link>https://harbour.example/{n}</link>"
            f"<description>What happened at the harbour on day {n}.</description></item>"
            for n in range(3)
        )
        whole = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>{items}</channel></rss>'
        body = whole[: whole.index("day 2")].encode()
        http_server.routes["/cut.xml"] = Reply(headers={"Content-Type": "application/rss+xml"}, body=body)
        notes: list[str] = []
        app = _app()

        def hook(message: Any) -> None:
            if isinstance(message, Notify):
                notes.append(str(message.notification.message))

        async with app.run_test(size=(110, 30), message_hook=hook) as pilot:
            await pilot.pause()
            screen = app.screen
            await _open(pilot, http_server.url("/cut.xml"), lambda: len(screen.article_list.articles) >= 3)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert any("the feed ends early" in note for note in notes), notes

    async def test_only_an_address_that_opened_is_reloaded(self, http_server: LocalServer) -> None:
        """r loads again what g opened, not an address that failed (it would fail again on every reload)."""
        good, missing = http_server.url("/ar_news.html"), http_server.url("/nothing-here.html")
        app = _app()
        async with app.run_test(size=(110, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            await _open(pilot, missing, lambda: screen.web.fetching is None and not screen.web.typed)
            assert screen.reloader.opened == []
            await _open(pilot, good, lambda: screen.current is not None and screen.current.id != START.id)
            assert screen.reloader.opened == [good]

    async def test_a_late_page_does_not_pull_the_reader_back(self, http_server: LocalServer) -> None:
        """Moved to another story while a page loads: the page joins the list and says so; the reader stays."""
        from textual.notifications import Notify

        notes: list[Notify] = []
        app = _app(START, NEXT)
        async with app.run_test(
            size=(110, 30), message_hook=lambda m: notes.append(m) if isinstance(m, Notify) else None
        ) as pilot:
            await pilot.pause()
            screen = app.screen
            release = held_page(http_server, "/held-late-page")
            await _open(pilot, http_server.url("/held-late-page"), lambda: screen.web.fetching is not None)
            await pilot.press("n")  # the next story, while the page is held back
            await pilot.pause()
            assert screen.current is not None and screen.current.id == NEXT.id
            release.set()
            deadline = time.monotonic() + 20
            while len(screen.article_list.articles) < 3:
                assert time.monotonic() < deadline, "the page never arrived"
                await pilot.pause(0.05)
            await pilot.pause()
            assert screen.current is not None and screen.current.id == NEXT.id, "the reader stayed"
            assert any(note.notification.title == "Page loaded" for note in notes)


async def test_moving_on_while_a_linked_page_loads_gives_the_related_pane_back(http_server: LocalServer) -> None:
    """A related link's page that takes a while shows as loading in the related pane; moving on to another
    story (n) shows that story's links at once while the page keeps loading."""
    from dataclasses import replace

    from newstui.model import Link

    _slower_page(http_server)
    linked = replace(START, related=(Link("صفحة بطيئة", http_server.url("/slower-page")),))
    app = _app(linked, NEXT)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("1")
        await pilot.pause()
        assert screen.web.fetching is not None and screen.related.waiting == linked.related[0].url
        await pilot.press("n")
        await pilot.pause()
        assert screen.current is not None and screen.current.id == NEXT.id
        assert screen.web.fetching is not None, "the page still loads"
        assert screen.related.waiting is None


async def test_a_second_link_followed_while_the_first_loads_shows_as_loading(http_server: LocalServer) -> None:
    """Following link 2 while link 1's page loads: link 1's fetch, stopped, does not take the loading
    state from link 2's; going to another story and back shows the wait again."""
    from dataclasses import replace

    from newstui.model import Link

    _slower_page(http_server)
    links = (Link("صفحة بطيئة", http_server.url("/slower-page")), Link("صفحة أخرى", http_server.url("/slower-page?2")))
    app = _app(replace(START, related=links), NEXT)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        await pilot.pause()
        assert screen.web.fetching == links[1].url and screen.related.waiting == links[1].url
        await pilot.press("n")
        await pilot.pause()
        assert screen.related.waiting is None
        await pilot.press("p")
        await pilot.pause()
        assert screen.current is not None and screen.current.id == START.id
        assert screen.related.waiting == links[1].url, "back on the story the link was followed from, it still loads"


async def test_a_link_loading_keeps_the_pane_its_links_and_the_focus(http_server: LocalServer) -> None:
    """Enter on a link in the related pane: while its page loads, the pane keeps its focus and its links, the
    link and the pane's border say what loads; the same link again waits on (one request, not a new one)."""
    from dataclasses import replace

    from newstui.model import Link

    _slower_page(http_server)
    links = (Link("صفحة بطيئة", http_server.url("/slower-page")), Link("صفحة أخرى", http_server.url("/other")))
    app = _app(replace(START, related=links), NEXT)
    before = http_server.hits.get("/slower-page", 0)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.related.focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert screen.web.fetching == links[0].url and screen.related.waiting == links[0].url
        assert app.focused is screen.related and not screen.related.loading
        rows = [screen.related.item_row(0, offset, 0)[0] for offset in range(screen.related.item_span(0)[1])]
        assert reads_back("تحميل", rows) and "127.0.0.1" in "".join(rows), "an Arabic title's line in Arabic"
        assert str(screen.related.border_subtitle) == "loading 127.0.0.1…"
        await pilot.press("down")
        await pilot.pause()
        assert screen.related.cursor == 1, "the links can still be moved through"
        await pilot.press("1")
        await pilot.pause()
        await pilot.pause(0.3)
        assert http_server.hits.get("/slower-page") == before + 1, "the page was not asked for twice"
        assert screen.web.fetching == links[0].url


def _slower_page(server: LocalServer) -> None:
    """/slower-page: a 404 only after 60 s (or never: the server stops first), so that the page still loads
    whatever a loaded machine makes of the keys pressed meanwhile (the reader's own 20 s deadline ends it first)."""

    def slower(handler: Any) -> None:
        if not handler.server_stop.wait(60):
            handler.send_response(404)
            handler.send_header("Content-Length", "0")
            handler.end_headers()

    server.routes["/slower-page"] = slower


class TestSlowAddress:
    async def test_a_slow_page_says_it_opens_and_esc_stops_it(self, http_server: LocalServer) -> None:
        """g of a slow page: the article pane's title says what opens and that esc stops it (the notice went after
        2 s and nothing else showed); esc stops it, the reader stays on its story, and the page never opens."""
        from newstui.ui.screens.reader_web import OPENING_TITLE

        release = held_page(http_server, "/held-stopped-page")
        url = http_server.url("/held-stopped-page")
        app = _app()
        async with app.run_test(size=(110, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            await _open(pilot, url, lambda: screen.article_view.border_title != "Article", timeout=20)
            assert str(screen.article_view.border_title) == OPENING_TITLE.format("127.0.0.1"), "the host: room for esc"
            await pilot.press("escape")
            await pilot.pause()
            assert str(screen.article_view.border_title) == "Article"
            release.set()  # the server answers now: the stopped fetch must not open it
            await pilot.pause(0.5)
            await app.workers.wait_for_complete()
            assert screen.current is not None and screen.current.id == START.id
            assert len(screen.article_list.articles) == 1, "the stopped page never joined the list"

    async def test_the_title_goes_back_when_the_page_opens(self, http_server: LocalServer) -> None:
        url = http_server.url("/slow-page")
        app = _app()
        async with app.run_test(size=(110, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            await _open(pilot, url, lambda: screen.current is not None and screen.current.id != START.id)
            await pilot.pause()
            assert str(screen.article_view.border_title) == "Article"
