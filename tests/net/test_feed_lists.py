"""Lists of feeds (OPML) against the local server: each feed loaded in the list's place, in its order."""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from local_server import LocalServer, Reply

from helpers.waiting import wait_until
from newstui.model import LoadResult
from newstui.sources import LoadOptions, load_sources
from newstui.sources import loader as loader_module
from newstui.sources.prefetch import Prefetch

OPTIONS = LoadOptions(timeout=10)
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
OPML = {"Content-Type": "text/x-opml; charset=utf-8"}

# Headlines written for these tests.
MORNING = ["افتتاح جسر المشاة فوق النهر", "مهرجان الكتاب يبدأ غدا"]
EVENING = ["Night buses return to the old routes", "Harbour lights repaired before the storm"]


def _rss(title: str, headlines: list[str], site: str) -> bytes:
    items = "".join(
        f"<item><title>{headline}</title><link>{site}/{n}</link><description>{headline}.</description></item>"
        for n, headline in enumerate(headlines)
    )
    channel = f"<channel><title>{title}</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


def _opml(*urls: str) -> str:
    outlines = "".join(f'<outline type="rss" text="f{n}" xmlUrl="{url}"/>' for n, url in enumerate(urls))
    body = f'<body><outline text="News">{outlines}</outline></body>'
    return f'<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head/>{body}</opml>'


def _slow_feed(server: LocalServer, seen: list[int], gate: threading.Event) -> Any:
    """The morning feed once ``gate`` is set (a list's first feed landing after the ones below it: the test
    says when, not a fixed 0.6 s a loaded machine can outlast); ``seen`` gets how many times the evening
    feed had been asked for when it answers."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        deadline = time.monotonic() + 30
        while not gate.wait(0.05):
            if handler.server_stop.is_set() or time.monotonic() > deadline:  # type: ignore[attr-defined]
                return
        seen.append(server.hits.get("/lists/evening.xml", 0))
        _send_slow_feed(handler)

    return answer


def _send_slow_feed(handler: BaseHTTPRequestHandler) -> None:
    """The slow feed's answer: the morning stories under the title "Slow"."""
    body = _rss("Slow", MORNING, "https://slow.example")
    handler.send_response(200)
    for name, value in {**RSS, "Content-Length": str(len(body))}.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


SLOW_ANSWERS: list[int] = []
"""What ``_slow_feed`` saw, answer by answer."""
SLOW_GATE = threading.Event()
"""Set: the slow feed answers (cleared for each test by ``feeds``)."""


@pytest.fixture
def feeds(http_server: LocalServer) -> dict[str, str]:
    """Two feeds, a slow one and a list of feeds on the server; their addresses by name."""
    routes = http_server.routes
    routes["/lists/morning.xml"] = Reply(headers=RSS, body=_rss("صباح", MORNING, "https://morning.example"))
    routes["/lists/evening.xml"] = Reply(headers=RSS, body=_rss("Evening", EVENING, "https://evening.example"))
    SLOW_GATE.clear()
    routes["/lists/slow.xml"] = _slow_feed(http_server, SLOW_ANSWERS, SLOW_GATE)
    return {name: http_server.url(f"/lists/{name}.xml") for name in ("morning", "evening", "slow")}


def _titles(results: list[LoadResult]) -> list[str]:
    return [article.title for result in results for article in result.articles]


def _write(tmp_path: Path, text: str, name: str = "subscriptions.opml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


class TestLoadSources:
    async def test_each_feed_in_the_lists_place(
        self, feeds: dict[str, str], tmp_path: Path, http_server: LocalServer
    ) -> None:
        """A list file opens its feeds, at its position among the sources, each feed's origin its address."""
        missing = http_server.url("/lists/gone.xml")
        listing = _write(tmp_path, _opml(feeds["morning"], missing, feeds["evening"]))
        story = _write(tmp_path, "Before the list\n\nA story given first.\n", "story.txt")
        results = await load_sources([story, listing], OPTIONS)
        assert [result.origin for result in results] == [story, feeds["morning"], missing, feeds["evening"]]
        assert _titles(results) == ["Before the list", *MORNING, *EVENING]
        assert results[2].error == "HTTP 404 Not Found"
        assert all(article.origin == feeds["morning"] for article in results[1].articles)

    @pytest.mark.parametrize(("grace", "order"), [(0.02, ["evening", "slow"]), (30.0, ["slow", "evening"])])
    async def test_feeds_load_side_by_side_and_are_told_in_order_but_for_a_slow_one(
        self,
        feeds: dict[str, str],
        tmp_path: Path,
        http_server: LocalServer,
        monkeypatch: pytest.MonkeyPatch,
        grace: float,
        order: list[str],
    ) -> None:
        """Feeds load side by side; a feed that landed waits for the ones above it at most LIST_GRACE (the
        slow first feed answers once the evening feed has been told, or 0.6 s after it was asked for when the
        grace outlasts that); what load_sources returns is in the list's order either way."""
        monkeypatch.setattr(loader_module, "LIST_GRACE", grace)
        listing = _write(tmp_path, _opml(feeds["slow"], feeds["evening"]))
        told: list[tuple[int, str]] = []
        SLOW_ANSWERS.clear()
        evening_before = http_server.hits.get("/lists/evening.xml", 0)

        def let_the_slow_feed_go() -> None:
            deadline = time.monotonic() + 20
            while http_server.hits.get("/lists/evening.xml", 0) == evening_before and time.monotonic() < deadline:
                time.sleep(0.01)
            if grace < 1:
                while not told and time.monotonic() < deadline:
                    time.sleep(0.01)
            else:
                time.sleep(0.6)  # (the evening feed usually lands meanwhile; the grace holds it either way)
            SLOW_GATE.set()

        watcher = threading.Thread(target=let_the_slow_feed_go, daemon=True)
        watcher.start()
        results = await load_sources([listing], OPTIONS, on_result=lambda i, r: told.append((i, r.origin)))
        watcher.join()
        assert SLOW_ANSWERS == [evening_before + 1], "the second feed was asked for while the first was on its way"
        assert told == [(0, feeds[name]) for name in order]
        assert _titles(results) == [*MORNING, *EVENING]

    async def test_hanging_feeds_leave_room_for_the_others(
        self, feeds: dict[str, str], tmp_path: Path, http_server: LocalServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Ten feeds that never answer (more than the shared pool's 8 places) hold none of the others up:
        the working feed after them is told first, and each hanging one is one line when its time is up."""
        monkeypatch.setattr(loader_module, "LIST_GRACE", 0.02)
        hanging = [http_server.url(f"/hang?feed={n}") for n in range(10)]
        listing = _write(tmp_path, _opml(*hanging, feeds["evening"]))
        told: list[str] = []
        options = LoadOptions(timeout=6)  # the working feed's deadline too: room for a loaded machine
        results = await load_sources([listing], options, on_result=lambda i, r: told.append(r.origin))
        assert told[0] == feeds["evening"]
        assert sorted(told[1:]) == sorted(hanging)
        assert all("timed out" in (result.error or "") for result in results if result.origin in hanging)

    async def test_addresses_not_opened_are_one_line(self, feeds: dict[str, str], tmp_path: Path) -> None:
        """Feed addresses of another scheme or with control characters are counted in one line of the list's."""
        text = _opml(feeds["evening"], "file:///etc/passwd", "https://a.example/x&#13;&#10;X-Injected: 1")
        listing = _write(tmp_path, text)
        results = await load_sources([listing], OPTIONS)
        assert [(result.origin, result.error) for result in results] == [
            (listing, "2 feed addresses not opened (http or https only, no control characters)"),
            (feeds["evening"], None),
        ]

    async def test_a_relative_address_in_a_list_read_from_a_file_is_told_by_its_outline(
        self, feeds: dict[str, str], tmp_path: Path
    ) -> None:
        """A file's list has no address to resolve "feeds/local.xml" against: one line names the outline and
        says why, the other feeds open; a list of relative addresses only is one clear error."""
        outline = '<outline type="rss" text="أخبار الحي" xmlUrl="feeds/local.xml"/>'
        text = _opml(feeds["evening"]).replace("</outline></body>", f"{outline}</outline></body>")
        results = await load_sources([_write(tmp_path, text)], OPTIONS)
        reason = (
            'outline "أخبار الحي": relative feed address "feeds/local.xml" not opened'
            " (a list read from a file has no address to resolve it against)"
        )
        assert [(result.origin, result.error) for result in results] == [
            (str(tmp_path / "subscriptions.opml"), reason),
            (feeds["evening"], None),
        ]
        only = _write(tmp_path, _opml("feeds/a.xml", "/b.xml"), name="relative.opml")
        (alone,) = await load_sources([only], OPTIONS)
        assert alone.error == (
            'OPML list with 2 feed addresses, none it can open: outline "f0": relative feed address "feeds/a.xml"'
            " not opened (a list read from a file has no address to resolve it against)"
        )

    async def test_a_list_from_the_web_with_relative_addresses(
        self, feeds: dict[str, str], http_server: LocalServer
    ) -> None:
        """A list fetched over HTTP resolves its relative addresses against its own."""
        http_server.routes["/lists/all.opml"] = Reply(
            headers=OPML, body=_opml("morning.xml", "/lists/evening.xml").encode()
        )
        results = await load_sources([http_server.url("/lists/all.opml")], OPTIONS)
        assert [result.origin for result in results] == [feeds["morning"], feeds["evening"]]
        assert _titles(results) == [*MORNING, *EVENING]

    async def test_a_list_inside_a_list_is_not_opened(
        self, feeds: dict[str, str], http_server: LocalServer, tmp_path: Path
    ) -> None:
        """A list naming another list (or itself) opens no second level: no loop, one line for it."""
        inner = http_server.url("/lists/inner.opml")
        http_server.routes["/lists/inner.opml"] = Reply(headers=OPML, body=_opml(inner, feeds["evening"]).encode())
        results = await load_sources([_write(tmp_path, _opml(inner, feeds["morning"]))], OPTIONS)
        assert [(result.origin, result.error) for result in results] == [
            (inner, "a list of feeds inside a list of feeds is not opened"),
            (feeds["morning"], None),
        ]
        assert http_server.hits["/lists/inner.opml"] == 1

    async def test_a_long_list_opens_its_first_feeds_and_says_so(
        self, feeds: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Past MAX_LISTED_FEEDS the rest are not fetched, and one line (the list's) says how many were named."""
        monkeypatch.setattr(loader_module, "MAX_LISTED_FEEDS", 2)
        listing = _write(tmp_path, _opml(feeds["morning"], feeds["evening"], feeds["slow"]))
        results = await load_sources([listing], OPTIONS)
        assert (results[0].origin, results[0].error) == (listing, "a list of 3 feeds: only the first 2 are opened")
        assert [result.origin for result in results[1:]] == [feeds["morning"], feeds["evening"]]

    async def test_piped_list(self, feeds: dict[str, str]) -> None:
        """A list piped in opens its feeds as a list file does."""
        stdin = io.BytesIO(_opml(feeds["evening"]).encode())
        results = await load_sources(["-"], OPTIONS, stdin=stdin)
        assert _titles(results) == EVENING

    async def test_without_opening_lists_a_list_gives_nothing(self, feeds: dict[str, str], tmp_path: Path) -> None:
        """``open_feed_lists=False`` (the helper): a list is reported with neither articles nor error."""
        listing = _write(tmp_path, _opml(feeds["evening"]))
        options = LoadOptions(timeout=10, open_feed_lists=False)
        assert await load_sources([listing], options) == [LoadResult(origin=listing)]

    async def test_a_list_in_a_folder_is_passed_over(self, feeds: dict[str, str], tmp_path: Path) -> None:
        """A folder lists its stories; a list of feeds in it is neither opened nor an error."""
        folder = tmp_path / "box"
        folder.mkdir()
        _write(folder, _opml(feeds["evening"]), "feeds.opml")
        _write(folder, _opml(feeds["evening"]), "feeds.xml")
        _write(folder, "A kept story\n\nIts only paragraph.\n", "story.txt")
        for index_folders in (False, True):
            results = await load_sources([str(folder)], LoadOptions(timeout=10, index_folders=index_folders))
            assert [(result.origin, result.error) for result in results] == [(str(folder / "story.txt"), None)]

    async def test_cancelled_while_feeds_load(self, http_server: LocalServer, tmp_path: Path) -> None:
        """A load stopped while a list's feeds are on their way stops them all (the reader quitting)."""
        listing = _write(tmp_path, _opml(http_server.url("/hang"), http_server.url("/drip")))
        task = asyncio.ensure_future(load_sources([listing], LoadOptions(timeout=30)))
        await asyncio.sleep(0.5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 20)
        assert not [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]


class TestHelper:
    async def test_the_helper_leaves_lists_to_the_reader(
        self, feeds: dict[str, str], tmp_path: Path, http_server: LocalServer, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The helper answers "load it yourself" for a list (file or URL) and never fetches its feeds;
        the reader's load with it then gives what a load without it gives."""
        from newstui.sources import prefetch as prefetch_module

        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        http_server.routes["/lists/web.opml"] = Reply(headers=OPML, body=_opml(feeds["morning"]).encode())
        refs = [_write(tmp_path, _opml(feeds["evening"])), http_server.url("/lists/web.opml"), feeds["morning"]]
        before = dict(http_server.hits)
        prefetch = Prefetch.start(refs, OPTIONS)
        assert prefetch is not None
        try:
            assert await prefetch.take(refs[0]) is None
            assert await prefetch.take(refs[1]) is None
            assert await prefetch.take(refs[2]) is not None
            assert http_server.hits.get("/lists/evening.xml", 0) == before.get("/lists/evening.xml", 0)
            assert http_server.hits["/lists/morning.xml"] == before.get("/lists/morning.xml", 0) + 1
            helped = await load_sources(refs, OPTIONS, prefetch=prefetch)
        finally:
            prefetch.close()
        assert helped == await load_sources(refs, OPTIONS)
        assert _titles(helped) == [*EVENING, *MORNING, *MORNING]


def _newstui(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newstui", "--timeout", "5", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=False,
    )


class TestCommandLine:
    def test_json_of_a_list(self, feeds: dict[str, str], tmp_path: Path) -> None:
        """``--json`` of a list file: the feeds' entries, their origins the feeds, exit 0."""
        proc = _newstui("--json", _write(tmp_path, _opml(feeds["morning"], feeds["evening"])))
        assert (proc.returncode, proc.stderr) == (0, b"")
        articles = json.loads(proc.stdout)["articles"]
        assert [article["title"] for article in articles] == [*MORNING, *EVENING]
        assert [article["origin"] for article in articles] == [feeds["morning"]] * 2 + [feeds["evening"]] * 2

    def test_a_failing_feed_is_one_line_and_exit_1(
        self, feeds: dict[str, str], tmp_path: Path, http_server: LocalServer
    ) -> None:
        """A dead feed in the list is one line naming that feed; the others print; exit 1."""
        missing = http_server.url("/lists/gone.xml")
        proc = _newstui("--print", "-w", "60", _write(tmp_path, _opml(missing, feeds["evening"])))
        assert proc.returncode == 1
        assert proc.stderr.decode().splitlines() == [f"newstui: {missing}: HTTP 404 Not Found"]
        assert EVENING[0] in proc.stdout.decode()

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ('<opml version="2.0"><body><outline text="empty"/></body></opml>', "OPML list with no feed address"),
            ("<opml><body><outline", "not a well-formed OPML list"),
            (
                '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                '<opml><body><outline xmlUrl="&b;"/></body></opml>',
                "OPML list refused",
            ),
        ],
        ids=["no-feed", "broken", "entities"],
    )
    def test_a_bad_list_is_one_line_and_exit_2(self, tmp_path: Path, text: str, reason: str) -> None:
        """A list that gives no feed is one line naming the list and why; nothing else is printed."""
        path = _write(tmp_path, text, "bad.opml")
        proc = _newstui("--json", path)
        assert proc.returncode == 2
        lines = proc.stderr.decode().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"newstui: {path}: {reason}"), lines
        assert json.loads(proc.stdout)["articles"] == []

    def test_piped_list(self, feeds: dict[str, str]) -> None:
        """``cat subscriptions.opml | newstui --json``: the piped list's feeds."""
        proc = _newstui("--json", stdin=_opml(feeds["evening"]).encode())
        assert proc.returncode == 0, proc.stderr
        assert [article["title"] for article in json.loads(proc.stdout)["articles"]] == EVENING


async def test_the_reader_lists_a_lists_feeds(
    feeds: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader opened on a list shows each feed's entries as they land (a fast feed is read while the
    slow one above it in the list loads), and ``r`` reads the list again: a feed added to it since
    joins on top, the others' stories stay once."""
    from newstui.corpus import Corpus
    from newstui.settings import Settings
    from newstui.terminal import BidiSetup
    from newstui.ui.app import create_app

    monkeypatch.setattr(loader_module, "LIST_GRACE", 0.02)
    listing = _write(tmp_path, _opml(feeds["slow"], feeds["evening"]))
    app = create_app(Settings(refs=(listing,), bidi=BidiSetup(mode="app")), corpus=Corpus())
    app.animation_level = "none"
    async with app.run_test(size=(110, 30)) as pilot:
        screen = app.screen
        titles = lambda: [article.title for article in screen.article_list.articles]  # noqa: E731
        await wait_until(pilot, lambda: len(titles()) == 2)
        assert titles() == EVENING and screen.loading_sources, "the fast feed shows while the slow one loads"
        assert screen.current is not None and screen.current.title == EVENING[0]
        SLOW_GATE.set()
        await wait_until(pilot, lambda: not screen.loading_sources and len(titles()) == 4)
        assert titles() == [*EVENING, *MORNING]
        assert screen.current.title == EVENING[0], "the story being read stays open"
        # The list gains a feed: its entries (the same headlines, another site's stories) join on top.
        Path(listing).write_text(_opml(feeds["evening"], feeds["slow"], feeds["morning"]), encoding="utf-8")
        await pilot.press("r")
        await wait_until(pilot, lambda: screen.reloader.count == 1 and not screen.reloader.busy)
        assert titles() == [*MORNING, *EVENING, *MORNING]
        assert [article.url for article in screen.article_list.articles][:2] == [
            "https://morning.example/0",
            "https://morning.example/1",
        ]


async def test_a_list_whose_feeds_are_still_loading_at_quit_is_named(
    feeds: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """q while a feed of a list never answers (the others have landed): the list is named on stderr as
    not all loaded (exit status 1); before, one feed landed made the whole list count as loaded."""
    import socket

    from newstui.corpus import Corpus
    from newstui.settings import Settings
    from newstui.terminal import BidiSetup
    from newstui.ui.app import create_app

    monkeypatch.setattr(loader_module, "LIST_GRACE", 0.02)
    with socket.socket() as silent:  # accepts connections (the kernel's backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        hanging = f"http://127.0.0.1:{silent.getsockname()[1]}/feed.xml"
        listing = _write(tmp_path, _opml(feeds["evening"], hanging))
        story = _write(tmp_path, "Before the list\n\nA story given first.\n", "story.txt")
        app = create_app(Settings(refs=(story, listing), bidi=BidiSetup(mode="app")), corpus=Corpus())
        app.animation_level = "none"
        async with app.run_test(size=(110, 30)) as pilot:
            screen = app.screen
            await wait_until(pilot, lambda: len(screen.article_list.articles) == 3)
            assert screen.loading_sources
            title = str(screen.list_pane.border_title)  # (its short form on a narrow list pane: "load 1/2")
            assert "loading 1/2" in title or "load 1/2" in title, f"the list is not done yet: {title}"
            await pilot.press("q")
            await pilot.pause()
        assert app.load_failures() == [f"{listing}: not all loaded: the reader closed while it was loading"]


async def test_g_opens_a_list_from_the_web_or_a_file(
    feeds: dict[str, str], tmp_path: Path, http_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An address typed in the Open box that is a list of feeds opens its feeds as they land: the first
    story to land opens, a slow feed joins the list later without taking the reader away, a failing
    one is told; the list is kept for ``r``. A list file named there does the same."""
    import threading

    from textual.notifications import Notify
    from textual.widgets import Input

    from newstui.corpus import Corpus
    from newstui.model import Article
    from newstui.settings import Settings
    from newstui.terminal import BidiSetup
    from newstui.ui.app import create_app
    from newstui.ui.screens.prompts import OpenAddressScreen

    monkeypatch.setattr(loader_module, "LIST_GRACE", 0.02)
    start = Article(id="start", title="بداية القراءة", paragraphs=("فقرة أولى قبل فتح القائمة.",))
    missing = http_server.url("/lists/gone.xml")
    held = threading.Event()  # the slow feed answers once the test has seen the reader without it

    def held_feed(handler: BaseHTTPRequestHandler) -> None:
        held.wait(20)
        _send_slow_feed(handler)

    http_server.routes["/lists/held.xml"] = held_feed
    body = _opml(http_server.url("/lists/held.xml"), missing, feeds["evening"]).encode()
    http_server.routes["/lists/typed.opml"] = Reply(headers=OPML, body=body)
    typed = http_server.url("/lists/typed.opml")
    notes: list[Notify] = []
    app = create_app(Settings(bidi=BidiSetup(mode="app")), corpus=Corpus([start]))
    app.animation_level = "none"
    async with app.run_test(
        size=(110, 30), message_hook=lambda m: notes.append(m) if isinstance(m, Notify) else None
    ) as pilot:
        screen = app.screen
        titles = lambda: [article.title for article in screen.article_list.articles]  # noqa: E731

        async def open_address(address: str) -> None:
            await pilot.press("g")
            await pilot.pause()
            assert isinstance(app.screen, OpenAddressScreen)
            app.screen.query_one(Input).value = address
            await pilot.press("enter")

        await open_address(typed)
        await wait_until(pilot, lambda: screen.current is not None and screen.current.id != start.id)
        assert screen.current is not None and screen.current.title == EVENING[0]
        assert len(titles()) == 3, "the slow feed is still on its way"
        held.set()
        await wait_until(pilot, lambda: len(titles()) == 5)
        assert screen.current.title == EVENING[0], "the slow feed joined the list, the reader stayed"
        assert screen.history.can_go_back
        assert screen.reloader.opened == [typed]
        errors = [note.notification for note in notes if note.notification.severity == "error"]
        assert [(note.title, note.message) for note in errors] == [("Could not open", f"{missing}: HTTP 404 Not Found")]

        await open_address(_write(tmp_path, _opml(feeds["morning"])))
        await wait_until(pilot, lambda: screen.current is not None and screen.current.title == MORNING[0])
        assert len(titles()) == 7


async def test_r_reloads_the_feeds_of_a_list_piped_in(feeds: dict[str, str], http_server: LocalServer) -> None:
    """Piped input is read once, but the feeds a piped list names are addresses: ``r`` loads them again."""
    from newstui.corpus import Corpus
    from newstui.settings import Settings
    from newstui.terminal import BidiSetup
    from newstui.ui.app import create_app

    settings = Settings(refs=("-",), stdin_data=_opml(feeds["evening"]).encode(), bidi=BidiSetup(mode="app"))
    app = create_app(settings, corpus=Corpus())
    app.animation_level = "none"
    async with app.run_test(size=(110, 30)) as pilot:
        screen = app.screen
        await wait_until(pilot, lambda: not screen.loading_sources and len(screen.article_list.articles) == 2)
        hits = http_server.hits["/lists/evening.xml"]
        await pilot.press("r")
        await wait_until(pilot, lambda: screen.reloader.count == 1 and not screen.reloader.busy)
        assert http_server.hits["/lists/evening.xml"] == hits + 1
        assert len(screen.article_list.articles) == 2, "each story once"
