"""Pilot tests of loading: sources load after first paint, progress, failures as notifications, fetched links."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from app_stories import BOOK_FAIR
from app_support import SIZE, reader, settle
from textual.widgets import Input

from hang_guard import hang_guard
from newstui.model import Link
from newstui.sources import first_frame
from newstui.ui import messages
from newstui.ui.screens import reader as reader_module

FIXTURES = Path(__file__).parent / "fixtures"
SOUQ = FIXTURES / "souq.txt"
EMIRATES = FIXTURES / "emirates.txt"
ENGLISH = FIXTURES / "english.txt"


class TestLoading:
    """Sources load in a worker, fill the list, open the first article and report failures."""

    async def test_sources_load_and_first_article_opens(self, make_app: Any) -> None:
        """A file's page and its read-also story are listed, the page opens, and 1 opens the story."""
        app = make_app([], refs=(str(SOUQ),))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            titles = [article.title for article in screen.article_list.articles]
            assert titles[0].startswith("سوق الوراقين") and titles[1].startswith("معرض للخط")
            assert screen.history.current == screen.article_list.articles[0].id
            assert str(screen.list_pane.border_title) == "Articles 2 · 2 unread"  # the one open is read once scrolled
            assert app.client is None, "no HTTP client without a URL"
            await pilot.press("1")
            await pilot.pause()
            assert screen.history.current == screen.article_list.articles[1].id

    async def test_links_resolve_across_sources(self, make_app: Any) -> None:
        """A related title in one file opens the article loaded from another file."""
        app = make_app([], refs=(str(SOUQ), str(EMIRATES), str(ENGLISH)), layout="rtl")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            souq = next(a for a in screen.article_list.articles if a.title.startswith("سوق"))
            screen.open_article(souq.id)
            await pilot.press("2")
            await pilot.pause()
            current = screen.current
            assert current is not None and current.title.startswith("الإمارات")

    async def test_progress_in_list_title(self, make_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        """While sources arrive (in the worker) the list title counts them; when all are in, the count goes."""
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)  # these small files would load before paint
        seen: list[str] = []
        app = make_app([], refs=(str(SOUQ), str(EMIRATES), str(ENGLISH)))

        def hook(message: Any) -> None:
            if isinstance(message, messages.SourcesLoaded | messages.SourcesDone):
                seen.append(str(reader(app).list_pane.border_title))

        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            final = str(reader(app).list_pane.border_title)
        assert any("loading" in title and "/3" in title for title in seen)
        assert final == "Articles 4 · 4 unread"

    @pytest.mark.parametrize(
        ("refs", "stdin", "sync"),
        [
            ((SOUQ,), None, True),
            ((SOUQ, EMIRATES, ENGLISH), None, True),
            (("-",), ENGLISH, True),
            ((FIXTURES,), None, False),
            ((SOUQ, FIXTURES / "missing.txt"), None, False),
        ],
        ids=["one-file", "three-files", "stdin", "folder", "one-missing"],
    )
    async def test_small_local_sources_are_in_the_first_frame(
        self, make_app: Any, refs: tuple[Path | str, ...], stdin: Path | None, sync: bool
    ) -> None:
        """Small local files and piped input are read before the first frame; folders and failures use the worker."""
        data = stdin.read_bytes() if stdin is not None else None
        app = make_app([], refs=tuple(str(ref) for ref in refs), stdin_data=data)
        reported: list[Any] = []

        def hook(message: Any) -> None:
            if isinstance(message, messages.SourcesLoaded):
                reported.append(message)

        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            screen = reader(app)
            if sync:
                assert screen.history.current is not None and not screen.loading_sources
            await settle(pilot)
            assert screen.current is not None
        assert bool(reported) is not sync, "only the loading worker reports SourcesLoaded"

    @pytest.mark.parametrize(
        ("texts", "mirrored"),
        [(("souq.txt", "emirates.txt"), True), (("english.txt",), False)],
        ids=["arabic-folder", "english-folder"],
    )
    async def test_a_folder_has_its_layout_from_the_first_frame(
        self, make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, texts: tuple[str, ...], mirrored: bool
    ) -> None:
        """A folder (loaded after the first frame) is peeked at: the panes are laid out for it before it loads."""
        for name in texts:
            (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
        at_mount: list[bool] = []
        real_mount = reader_module.ReaderScreen.on_mount

        def on_mount(screen: Any) -> None:
            at_mount.append(screen.has_class("-mirrored"))
            real_mount(screen)

        monkeypatch.setattr(reader_module.ReaderScreen, "on_mount", on_mount)
        app = make_app([], refs=(str(tmp_path),))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            assert screen.corpus.articles and screen.has_class("-mirrored") is mirrored
        assert at_mount == [mirrored]

    async def test_a_source_landing_late_never_swaps_the_panes_under_the_reader(
        self, make_app: Any, tmp_path: Path
    ) -> None:
        """--layout auto: an English story is open when a folder of Arabic stories lands (most stories now
        right to left): the panes stay where they were."""
        from app_stories import FERRY

        for name in ("souq.txt", "emirates.txt"):
            (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
        app = make_app([FERRY], refs=(str(tmp_path),))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            assert len(screen.corpus.articles) == 3 and screen.current is not None
            assert screen.current.id == FERRY.id
            assert not screen.has_class("-mirrored")

    async def test_a_folder_is_listed_whole_before_the_source_after_it(self, make_app: Any, tmp_path: Path) -> None:
        """The first frame shows a folder's first story; the rest of the folder lands after the file named
        after it, and is listed with its first story, before that file (sources in command-line order)."""
        folder = tmp_path / "folder"
        folder.mkdir()
        for number in (1, 2, 3):
            (folder / f"s{number}.txt").write_text(f"Folder story {number}\n\nBody of folder story {number}.\n")
        lone = tmp_path / "lone.txt"
        lone.write_text("Lone file story\n\nBody of the lone file.\n")
        app = make_app([], refs=(str(folder), str(lone)))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            listed = [article.title for article in screen.article_list.articles]
            assert listed == ["Folder story 1", "Folder story 2", "Folder story 3", "Lone file story"]

    async def test_failing_source_is_a_notification(
        self, make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
    ) -> None:
        """A missing file becomes an error notification (markup off); the other source still loads."""
        missing = tmp_path / "[bold]missing[/].txt"
        app = make_app([], refs=(str(missing), str(ENGLISH)))
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            errors = [note for note in notes if note.severity == "error"]
            assert len(errors) == 1 and "[bold]missing[/].txt" in errors[0].message
            assert not errors[0].markup
            current = reader(app).current
            assert current is not None and current.title.startswith("River ferry")

    @pytest.mark.parametrize("name", ["nope.txt", "empty.txt", "binary.bin", "folder"])
    async def test_nothing_loads_from_files_and_the_reader_closes(
        self, make_app: Any, hook: Any, notes: list[Any], tmp_path: Path, name: str
    ) -> None:
        """Every source a file or folder that gave nothing (missing, empty, binary, no readable file):
        the reader closes by itself, and the command line says why (exit status 2, as --print)."""
        (tmp_path / "empty.txt").write_bytes(b"")
        (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02 binary")
        (tmp_path / "folder").mkdir()
        app = make_app([], refs=(str(tmp_path / name),))
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
        assert not app.is_running
        assert app.loaded_nothing()
        (line,) = app.load_failures()
        assert line.startswith(str(tmp_path / name) + ": ")

    async def test_nothing_loads_from_an_address_and_the_reader_stays(
        self, make_app: Any, hook: Any, notes: list[Any], tmp_path: Path
    ) -> None:
        """An address that failed (a refused connection) keeps the reader up, saying there is nothing to
        show: ``r`` may load it once the site is back."""
        app = make_app([], refs=("http://127.0.0.1:9/news.xml",), timeout=5)
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            deadline = time.monotonic() + 30
            while reader(app).loader.active and time.monotonic() < deadline:
                await pilot.pause(0.1)
            assert app.is_running and reader(app).history.current is None
            assert [note.severity for note in notes] == ["error"]
            assert "No article" in reader(app).article_view.render_line(0).text

    async def test_sources_still_loading_when_the_reader_closes_are_named(
        self, make_app: Any, hook: Any, notes: list[Any]
    ) -> None:
        """q while an address is still loading (its server never answers): that source is one of the
        failures the command line tells on stderr (exit status 1, or 2 as nothing was shown)."""
        with socket.socket() as silent:  # accepts connections (the kernel's backlog), never answers
            silent.bind(("127.0.0.1", 0))
            silent.listen()
            url = f"http://127.0.0.1:{silent.getsockname()[1]}/news.xml"
            app = make_app([], refs=(url, str(ENGLISH)))
            async with app.run_test(size=SIZE, message_hook=hook) as pilot:
                deadline = time.monotonic() + 30
                while time.monotonic() < deadline:  # not ``settle``: it waits for every source
                    await pilot.pause(0.05)
                    if reader(app).current is not None:
                        break
                assert reader(app).current is not None and reader(app).loader.active  # the file is shown
                await pilot.press("q")
                await pilot.pause()
        assert app.load_failures() == [f"{url}: not loaded: the reader closed while it was loading"]
        assert not app.loaded_nothing()

    async def test_a_pipe_is_read_by_the_reader_while_it_draws(self, make_app: Any, tmp_path: Path) -> None:
        """A FIFO named as a source is read on the reader's event loop: the window is up and the other source
        shown while the pipe has no writer; the story joins when one writes; r does not read it again."""
        import os

        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        app = make_app([], refs=(str(fifo), str(ENGLISH)))
        async with app.run_test(size=SIZE) as pilot:
            screen = reader(app)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                await pilot.pause(0.05)
                if screen.current is not None:
                    break
            assert screen.current is not None and screen.loader.active, "the file is shown, the pipe awaited"
            writer = threading.Thread(target=lambda: fifo.write_text("Pipe story\n\nIt came down the pipe.\n"))
            writer.start()
            await settle(pilot)
            writer.join(5)
            assert [article.title for article in screen.corpus.articles][-1] == "Pipe story"
            assert str(fifo) not in screen.reloader._reloadable()
        assert app.load_failures() == []

    async def test_quitting_while_a_pipe_waits(self, make_app: Any, tmp_path: Path) -> None:
        """q while a FIFO has no writer: the reader closes without waiting for the pipe (up to 30 s, past the
        hang guard) and names the pipe as not loaded."""
        import os

        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        app = make_app([], refs=(str(fifo),))
        with hang_guard():
            async with app.run_test(size=SIZE) as pilot:
                await pilot.pause(0.3)
                assert reader(app).loader.active
                await pilot.press("q")
                await pilot.pause()
        assert app.load_failures() == [f"{fifo}: not loaded: the reader closed while it was loading"]

    async def test_piped_stdin(self, make_app: Any) -> None:
        """The "-" source reads the bytes the CLI drained from a pipe."""
        app = make_app([], refs=("-",), stdin_data=ENGLISH.read_bytes())
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            current = reader(app).current
            assert current is not None and current.title.startswith("River ferry")
            assert not isinstance(app.focused, Input)


PAGE = (
    b"<html><head><title>Night market opens by the river</title></head><body><article>"
    b"<h1>Night market opens by the river</h1>"
    b"<p>Stalls selling bread, tea and secondhand books opened along the river bank on Friday evening,"
    b" and hundreds of families walked between them until late at night.</p>"
    b"<p>The organisers plan to hold the market every weekend until the end of the summer season.</p>"
    b"</article></body></html>"
)


_HELD = threading.Event()
"""Set by a test to let /held answer."""


class _Handler(http.server.BaseHTTPRequestHandler):
    """Serves PAGE at /market (after a short pause) and at /held (once a test lets it), 404 elsewhere."""

    def do_GET(self) -> None:
        if self.path in ("/market", "/held"):
            if self.path == "/held":
                _HELD.wait(60)
            time.sleep(0.3)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def server() -> Iterator[http.server.ThreadingHTTPServer]:
    """A real HTTP server on 127.0.0.1 (a free port), shut down after the test."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    _HELD.set()  # (a page a failed test left held goes)
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.mark.network
class TestFetchingLinks:
    """Links with a URL are fetched in a worker, kept for the session, and failures leave the reader put."""

    async def test_fetch_open_back_forward_offline(
        self, make_app: Any, server: http.server.ThreadingHTTPServer
    ) -> None:
        """1 fetches the page (its link says it loads) and opens it; after the server stops, back/forward work."""
        url = f"http://127.0.0.1:{server.server_address[1]}/market"
        story = BOOK_FAIR.with_related((Link("Night market opens by the river", url=url),))
        app = make_app([story])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            shown: list[str | None] = []  # every value the indicator takes (polling it can miss a fast fetch)

            def note(value: str | None) -> None:
                shown.append(value)

            screen.watch(screen.related, "waiting", note, init=False)
            await pilot.press("1")
            await settle(pilot)
            assert shown[:1] == [url] and shown[-1] is None, "on while fetching, off once the page is in"
            current = screen.current
            assert current is not None and current.title == "Night market opens by the river"
            assert screen.related.waiting is None and not screen.related.border_subtitle
            server.shutdown()
            await pilot.press("backspace")
            assert screen.history.current == BOOK_FAIR.id
            await pilot.press("alt+right")
            await settle(pilot)
            current = screen.current
            assert current is not None and current.title == "Night market opens by the river"
            await pilot.press("backspace", "1")
            await settle(pilot)
            assert screen.current is not None and screen.current.url == url
            client = app.client
            assert client is not None and not client.is_closed
        assert client.is_closed, "the shared client is closed on exit"

    async def test_fetch_failure_is_a_notification(
        self, make_app: Any, hook: Any, notes: list[Any], server: http.server.ThreadingHTTPServer
    ) -> None:
        """A 404 becomes an error notification and the open article stays."""
        url = f"http://127.0.0.1:{server.server_address[1]}/gone"
        story = BOOK_FAIR.with_related((Link("Gone", url=url),))
        app = make_app([story])
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await pilot.pause()
            await pilot.press("1")
            await settle(pilot)
            assert reader(app).history.current == BOOK_FAIR.id
            assert [note.severity for note in notes] == ["error"]
            assert "404" in notes[0].message


@pytest.mark.network
class TestFeedEntries:
    """Opening a feed entry fetches its page in a worker; the summary shows meanwhile."""

    async def test_entry_is_replaced_by_its_full_page(
        self, make_app: Any, server: http.server.ThreadingHTTPServer
    ) -> None:
        """The summary shows with a 'fetching' title; then the full story takes its place (same id, same row)."""
        from newstui.model import Article

        _HELD.clear()  # the page waits until the test has seen the summary say it is fetching
        url = f"http://127.0.0.1:{server.server_address[1]}/held"
        entry = Article(
            id="feed-1",
            title="Night market opens by the river",
            paragraphs=("A short summary from the feed.",),
            url=url,
            source="River Feed",
            direction="ltr",
            summary_only=True,
        )
        app = make_app([entry, BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            screen = reader(app)
            deadline = time.monotonic() + 20
            while "fetching" not in str(screen.article_view.border_title) and time.monotonic() < deadline:
                await pilot.pause(0.02)
            assert screen.history.current == "feed-1"
            assert "fetching" in str(screen.article_view.border_title)
            assert screen.article_view.article is not None and screen.article_view.article.summary_only
            _HELD.set()
            await settle(pilot)
            current = screen.current
            assert current is not None and current.id == "feed-1" and not current.summary_only
            assert any("secondhand books" in paragraph for paragraph in current.paragraphs)
            assert screen.article_view.article is current
            assert [article.id for article in screen.article_list.articles][0] == "feed-1"
            assert str(screen.article_view.border_title) == "Article"

    async def test_the_fetching_title_follows_the_story_on_screen(
        self, make_app: Any, server: http.server.ThreadingHTTPServer
    ) -> None:
        """Moving on while an entry's page loads: the next story's pane says nothing of it; back, it does again."""
        from newstui.model import Article

        _HELD.clear()
        url = f"http://127.0.0.1:{server.server_address[1]}/held"
        entry = Article(id="feed-3", title="Night market opens", paragraphs=("Summary.",), url=url, summary_only=True)
        app = make_app([entry, BOOK_FAIR])
        async with app.run_test(size=SIZE) as pilot:
            screen = reader(app)
            await pilot.pause()
            view = screen.article_view
            assert screen.history.current == "feed-3" and "fetching" in str(view.border_title)
            await pilot.press("n")
            await pilot.pause()
            assert screen.history.current == BOOK_FAIR.id
            assert str(view.border_title) == "Article", "the fetch is not this story's"
            await pilot.press("backspace")
            await pilot.pause()
            assert screen.history.current == "feed-3" and "fetching" in str(view.border_title)
            _HELD.set()
            await settle(pilot)
            assert screen.current is not None and not screen.current.summary_only
            assert str(view.border_title) == "Article"

    async def test_entry_whose_page_is_missing_keeps_its_summary(
        self, make_app: Any, hook: Any, notes: list[Any], server: http.server.ThreadingHTTPServer
    ) -> None:
        """A 404 for the entry's page is a warning; the summary stays open."""
        from newstui.model import Article

        url = f"http://127.0.0.1:{server.server_address[1]}/gone"
        entry = Article(id="feed-2", title="Gone story", paragraphs=("Summary only.",), url=url, summary_only=True)
        app = make_app([entry])
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            current = reader(app).current
            assert current is not None and current.summary_only
            assert [note.severity for note in notes] == ["warning"] and "404" in notes[0].message


def test_a_folder_that_gave_the_first_frame_a_story_is_not_all_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quitting while a big folder loads, its first story on screen from the first frame: the folder gave
    some, so it is "not all loaded", not "not loaded"; a source that gave nothing yet is "not loaded"."""
    from types import SimpleNamespace

    from newstui.model import Article, LoadResult
    from newstui.ui.screens.reader_loading import SourceLoader

    stub = SimpleNamespace(
        settings=SimpleNamespace(refs=("news/", "slow/", "one.txt")), call_after_refresh=lambda _: None
    )
    loader = SourceLoader(stub)  # type: ignore[arg-type]
    monkeypatch.setattr(loader, "merge", lambda: None)
    first = Article(id="first", title="The first story of the folder")
    loader._preloaded = [
        (0, LoadResult(origin="news/", articles=(first,))),
        (2, LoadResult(origin="one.txt", articles=(replace(first, id="one"),))),
    ]
    loader._still_loading = [0, 1]
    loader.start()
    assert loader.unfinished() == [
        "news/: not all loaded: the reader closed while it was loading",
        "slow/: not loaded: the reader closed while it was loading",
    ]
