"""The URL helper process: same results as loading in process, a fallback for every failure, and the reader using it."""

from __future__ import annotations

import asyncio
import pickle
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from local_server import WEB, LocalServer

import newstui
from hang_guard import hang_guard
from helpers.processes import kill_caller, start_caller
from newstui.model import LoadResult
from newstui.settings import Settings
from newstui.sources import LoadOptions, load_sources
from newstui.sources.helper import TAG
from newstui.sources.prefetch import HEAD_TRIES, Prefetch, folder_head
from newstui.terminal import BidiSetup

OPTIONS = LoadOptions(timeout=10)


def _helper_writing(payload: bytes) -> list[str]:
    """A stand-in helper that ignores its request and writes ``payload``."""
    code = "import sys\nfrom newstui.sources.helper import read_frame\nread_frame(sys.stdin.buffer)\n"
    return [sys.executable, "-c", code + f"sys.stdout.buffer.write({payload!r})"]


def _frames(*values: object) -> bytes:
    """What a helper writes: each value as a 4-byte length and a pickle."""
    out = b""
    for value in values:
        data = pickle.dumps(value)
        out += len(data).to_bytes(4, "big") + data
    return out


HEADER = (TAG, newstui.__file__)


def _held_back(server: LocalServer, path: str) -> threading.Event:
    """Route ``path`` to the English page, sent only once the returned event is set (or the server stops)."""
    gate = threading.Event()

    def held_back(handler: BaseHTTPRequestHandler) -> None:
        while not gate.wait(0.05):
            if handler.server_stop.is_set():  # type: ignore[attr-defined]
                return
        body = (WEB / "en_news.html").read_bytes()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    server.routes[path] = held_back
    return gate


async def _taken(prefetch: Prefetch, refs: list[str]) -> list[Any]:
    return [await prefetch.take(ref) for ref in refs]


class TestHelper:
    async def test_results_equal_the_in_process_load(self, http_server: LocalServer) -> None:
        """Pages, feeds, HTTP errors and refused URLs come back exactly as load_sources gives them here."""
        refs = [
            http_server.url("/ar_news.html"),
            http_server.url("/rss2.xml"),
            http_server.url("/server-error"),
            http_server.url("/image.png"),
            "ftp://127.0.0.1/file.txt",
        ]
        prefetch = Prefetch.start(refs, OPTIONS)
        assert prefetch is not None
        try:
            helped = await _taken(prefetch, refs)
        finally:
            prefetch.close()
        here = await load_sources(refs, OPTIONS)
        assert helped == here
        assert [bool(result.articles) for result in helped] == [True, True, False, False, False]
        assert helped[2].error == here[2].error and "500" in (helped[2].error or "")

    async def test_files_go_to_the_helper_stdin_never(
        self, http_server: LocalServer, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Files (with a second CPU), URLs and folders go to the helper; piped stdin, read already, never does."""
        from newstui.sources import prefetch as prefetch_module

        local = tmp_path / "story.txt"
        local.write_text("A story\n\nIts body.\n", encoding="utf-8")
        url = http_server.url("/en_news.html")
        assert Prefetch.start(["-"], OPTIONS) is None
        assert Prefetch.start([str(tmp_path / "missing.txt")], OPTIONS) is None
        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        prefetch = Prefetch.start([str(local), "-", url, str(local)], OPTIONS)
        assert prefetch is not None
        try:
            assert prefetch.refs == (str(local), url)
            assert prefetch.files == {str(local)} and not prefetch.folders
            assert await prefetch.take("-") is None
            story, page = await _taken(prefetch, [str(local), url])
            assert story == (await load_sources([str(local)], OPTIONS))[0]
            assert page is not None and page.articles
        finally:
            prefetch.close()

    async def test_one_cpu_keeps_files_in_the_reader(self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        """With a single CPU a helper would only compete with the reader: files stay, and alone they start none."""
        from newstui.sources import prefetch as prefetch_module

        local = tmp_path / "story.txt"
        local.write_text("A story\n\nIts body.\n", encoding="utf-8")
        monkeypatch.setattr(prefetch_module, "cores", lambda: 1)
        assert Prefetch.start([str(local)], OPTIONS) is None
        folder = _folder(tmp_path / "box", {"a.txt": ENGLISH.encode()})
        prefetch = Prefetch.start([str(local), folder], OPTIONS)
        assert prefetch is not None
        try:
            assert prefetch.refs == (folder,) and not prefetch.files
            assert await prefetch.take(str(local)) is None
        finally:
            prefetch.close()

    async def test_file_results_equal_the_in_process_load(self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        """Text, HTML, a feed, binary, empty and oversized files: the helper answers what load_sources gives here."""
        from newstui.sources import prefetch as prefetch_module

        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        files = {
            "ar.txt": ARABIC.encode(),
            "en.txt": ENGLISH.encode("utf-16"),
            "page.html": (
                b"<html><head><title>Park</title></head><body><p>"
                + b"A park opens today. " * 20
                + b"</p></body></html>"
            ),
            "feed.xml": (
                b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                b"<item><title>One</title><description>First story.</description></item></channel></rss>"
            ),
            "binary.txt": bytes(range(256)) * 4,
            "empty.txt": b"",
            "big.txt": b"x" * 2048,
        }
        options = LoadOptions(timeout=10, max_file_bytes=1024)
        refs = [_folder(tmp_path, {name: data}) + "/" + name for name, data in files.items()]
        prefetch = Prefetch.start(refs, options)
        assert prefetch is not None
        try:
            assert prefetch.files == set(refs)
            helped = await _taken(prefetch, refs)
        finally:
            prefetch.close()
        here = await load_sources(refs, options)
        assert helped == here
        assert [bool(result.articles) for result in helped] == [True, True, True, True, False, False, False]
        assert all(result.error for result in helped[4:])

    async def test_result_now_never_waits(self, http_server: LocalServer) -> None:
        """result_now is None while the helper works (the server holds the page back until the test lets it
        go: a result_now that waited would never return) and the result once it is done."""
        gate = _held_back(http_server, "/held-for-result-now")
        url = http_server.url("/held-for-result-now")
        prefetch = Prefetch.start([url], OPTIONS)
        assert prefetch is not None
        try:
            with hang_guard(5):
                assert prefetch.result_now(url) is None
            assert not prefetch.done
            gate.set()
            result = await prefetch.take(url)
            assert prefetch.done
            assert result is not None and result.articles
            assert prefetch.result_now(url) == result
        finally:
            prefetch.close()

    async def test_wait_is_bounded(self, http_server: LocalServer) -> None:
        """wait() gives up after its timeout while the server holds the page back (one that waited for the
        answer would never return), and waits for the answer, saying yes once every answer is in."""
        gate = _held_back(http_server, "/held-for-wait")
        url = http_server.url("/held-for-wait")
        prefetch = Prefetch.start([url], OPTIONS)
        assert prefetch is not None
        try:
            with hang_guard(5):
                assert not prefetch.wait(0.15)
            waiting = asyncio.ensure_future(asyncio.to_thread(prefetch.wait, 30))
            await asyncio.sleep(0)
            assert prefetch.result_now(url) is None, "no answer before the page is let go"
            gate.set()
            assert await waiting
            assert prefetch.result_now(url) is not None
        finally:
            prefetch.close()

    @pytest.mark.parametrize(
        "argv",
        [
            pytest.param([sys.executable, "-c", "pass"], id="no-answer"),
            pytest.param([sys.executable, "-c", "import sys; sys.exit(3)"], id="exit-3"),
            pytest.param(_helper_writing(b"not a pickle at all"), id="garbage"),
            pytest.param(_helper_writing(_frames(("other-format", newstui.__file__))), id="wrong-tag"),
            pytest.param(_helper_writing(_frames((TAG, "/elsewhere/newstui/__init__.py"))), id="other-copy"),
            pytest.param(_helper_writing(_frames(HEADER, None)), id="not-a-result"),
            pytest.param(_helper_writing(_frames(HEADER, (5, LoadResult(origin="x")))), id="bad-index"),
            pytest.param(_helper_writing(_frames(HEADER, (0, LoadResult(origin="http://else/")))), id="other-url"),
            pytest.param(_helper_writing(_frames(HEADER)[:-3]), id="truncated"),
            pytest.param(_helper_writing(b"\xff\xff\xff\xff"), id="huge-frame"),
            pytest.param(_helper_writing(_frames(HEADER, ("words", ["not", "a dict"]))), id="words-not-a-dict"),
            pytest.param(_helper_writing(_frames(HEADER, ("words", {}, {}))), id="words-three-items"),
        ],
    )
    async def test_any_failure_means_load_it_yourself(self, argv: list[str]) -> None:
        """A helper that answers nothing usable gives None (the caller fetches), never an exception."""
        url = "http://127.0.0.1:9/story"
        prefetch = Prefetch.start([url], OPTIONS, argv=argv)
        assert prefetch is not None
        try:
            assert await asyncio.wait_for(prefetch.take(url), 20) is None
            assert prefetch.done
            assert prefetch.result_now(url) is None
        finally:
            prefetch.close()

    async def test_answers_before_a_bad_frame_are_kept(self) -> None:
        """A good answer stays good when a later frame is broken; the rest go back to the reader."""
        first, second = "http://127.0.0.1:9/a", "http://127.0.0.1:9/b"
        good = LoadResult(origin=first, error="HTTP 404 Not Found")
        payload = _frames(HEADER, (0, good), "junk")
        prefetch = Prefetch.start([first, second], OPTIONS, argv=_helper_writing(payload))
        assert prefetch is not None
        try:
            assert await asyncio.wait_for(prefetch.take(first), 20) == good
            assert await asyncio.wait_for(prefetch.take(second), 20) is None
        finally:
            prefetch.close()

    async def test_shaped_words_come_after_the_results_and_are_merged(self) -> None:
        """("words", dict) frames may follow results; shaped_words merges them; a result still ends on junk."""
        first, second = "http://127.0.0.1:9/a", "http://127.0.0.1:9/b"
        good = LoadResult(origin=first, error="HTTP 404 Not Found")
        payload = _frames(HEADER, (0, good), ("words", {"كتاب": "ﻛﺘﺎﺏ"}), ("words", {"باب": "ﺑﺎﺏ"}), "junk")
        prefetch = Prefetch.start([first, second], OPTIONS, argv=_helper_writing(payload))
        assert prefetch is not None
        try:
            assert await asyncio.wait_for(prefetch.take(first), 20) == good
            assert await asyncio.wait_for(prefetch.take(second), 20) is None
            assert prefetch.shaped_words() == {"كتاب": "ﻛﺘﺎﺏ", "باب": "ﺑﺎﺏ"}
        finally:
            prefetch.close()

    async def test_each_url_is_answered_as_it_lands(self, http_server: LocalServer) -> None:
        """A hanging URL does not hold back a fast one."""
        fast, hang = http_server.url("/en_news.html"), http_server.url("/hang")
        prefetch = Prefetch.start([hang, fast], LoadOptions(timeout=30))
        assert prefetch is not None
        try:
            result = await asyncio.wait_for(prefetch.take(fast), 15)
            assert result is not None and result.articles
            assert prefetch.result_now(hang) is None and not prefetch.done
        finally:
            prefetch.close()
        assert prefetch.done and await prefetch.take(hang) is None

    async def test_modules_in_the_working_folder_are_never_imported(
        self, http_server: LocalServer, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Run from a folder holding asyncio.py and pickle.py, the helper imports neither (and still answers)."""
        marker = tmp_path / "imported"
        for name in ("asyncio", "pickle", "newstui"):
            (tmp_path / f"{name}.py").write_text(f"open({str(marker)!r}, 'a').write({name!r})\n", encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        url = http_server.url("/en_news.html")
        prefetch = Prefetch.start([url], OPTIONS)
        assert prefetch is not None
        try:
            result = await asyncio.wait_for(prefetch.take(url), 20)
        finally:
            prefetch.close()
        assert not marker.exists()
        assert result is not None and result.articles

    async def test_the_helper_ends_with_its_caller(self, http_server: LocalServer, tmp_path: Any) -> None:
        """A caller killed outright (SIGKILL, no clean-up) takes its helper with it: stdin's end is its signal."""
        script = tmp_path / "caller.py"
        script.write_text(
            "import sys, time\n"
            "from newstui.sources import LoadOptions\n"
            "from newstui.sources.prefetch import Prefetch\n"
            f"prefetch = Prefetch.start([{http_server.url('/hang')!r}], LoadOptions(timeout=30))\n"
            "print(prefetch._process.pid, flush=True)\n"
            "time.sleep(60)\n",
            encoding="utf-8",
        )
        caller, helper_pid = start_caller(script)
        await asyncio.sleep(0.5)
        assert kill_caller(caller, helper_pid, 20), "the helper outlived its caller"

    def test_a_helper_that_cannot_start_is_no_helper(self) -> None:
        """No such program: start() gives None and the reader loads everything itself."""
        assert Prefetch.start(["http://127.0.0.1:9/"], OPTIONS, argv=["/nonexistent/python3"]) is None

    async def test_close_stops_a_helper_waiting_on_the_network(self, http_server: LocalServer) -> None:
        """Quitting while a page hangs kills and reaps the helper at once."""
        url = http_server.url("/hang")
        prefetch = Prefetch.start([url], LoadOptions(timeout=30))
        assert prefetch is not None
        await asyncio.sleep(0.5)
        assert not prefetch.done
        with hang_guard(5):  # the helper would wait 30 s for the page: close must not wait for it
            prefetch.close()
        assert prefetch.done
        assert prefetch._process.returncode is not None
        assert await prefetch.take(url) is None
        prefetch.close()  # idempotent


def _app(refs: tuple[str, ...], prefetch: Prefetch | None) -> Any:
    from newstui.ui.app import create_app

    app = create_app(Settings(refs=refs, bidi=BidiSetup(mode="app")), prefetch=prefetch)
    app.animation_level = "none"
    return app


async def _settle(pilot: Any, screen: Any) -> None:
    """Wait for the sources to load (up to 30 s: the helper is a new Python process, slow on a loaded machine)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        await pilot.pause(0.02)
        if not screen.loading_sources:
            return


ARABIC = "افتتحت البلدية حديقة جديدة في الحي الشمالي.\n\nوقال رئيس البلدية إن الحديقة مفتوحة للجميع.\n"
ENGLISH = "A new park opens\n\nThe council opened a new park in the north district on Friday.\n"
LONG_ARABIC = (
    "افتتحت البلدية حديقة جديدة في الحي الشمالي.\n\n"
    + "".join(
        f"وقال رئيس البلدية في الفقرة {n} إن الحديقة مفتوحة للجميع طوال أيام الأسبوع. " * 6 + "\n\n" for n in range(60)
    )
    + "مقالات ذات صلة\n\n  • مهرجان الشعر الشعبي يعود إلى المدينة\n  • سوق الكتب القديمة يفتح أبوابه من جديد\n"
)
"""A story longer than the first frame's shaping budget, with related links after it."""


def _folder(root: Any, files: dict[str, bytes]) -> str:
    """A folder holding ``files`` (names may include a subfolder)."""
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return str(root)


async def _first_with_articles(folder: str) -> LoadResult | None:
    """What the folder head must be: the first result of the in-process load of the folder that has articles."""
    return next((result for result in await load_sources([folder], OPTIONS) if result.articles), None)


HEAD_CASES = {
    "plain": {"b.txt": ARABIC.encode(), "a.txt": ENGLISH.encode(), "c.md": ARABIC.encode()},
    "natural-order": {"10.txt": ENGLISH.encode(), "9.txt": ARABIC.encode()},
    "broken-first": {"1-empty.txt": b"", "2-binary.txt": bytes(range(256)), "3.txt": ARABIC.encode()},
    "nested": {"sub/inner.txt": ARABIC.encode(), "zz.jpg": b"\xff\xd8"},
    "nothing-readable": {"a.txt": b"", "b.txt": bytes(range(256))},
    "too-many-broken": {f"{n:03d}.txt": b"" for n in range(HEAD_TRIES)} | {"999.txt": ARABIC.encode()},
}


class TestFolderHeads:
    @pytest.mark.parametrize("case", list(HEAD_CASES))
    async def test_head_is_the_first_article_of_the_walk(self, tmp_path: Any, case: str) -> None:
        """A folder's head is the first file of its walk with articles, parsed whole, as the in-process load has it."""
        folder = _folder(tmp_path, HEAD_CASES[case])
        expected = await _first_with_articles(folder)
        if case == "too-many-broken":
            assert expected is not None and folder_head(folder, OPTIONS) is None  # gives up after HEAD_TRIES files
        else:
            assert folder_head(folder, OPTIONS) == expected
        assert (expected is None) == (case == "nothing-readable")

    async def test_the_helper_answers_folders_and_urls(self, http_server: LocalServer, tmp_path: Any) -> None:
        """Through the helper process: a folder's head and a URL's result, each as loading here gives them."""
        folder = _folder(tmp_path, HEAD_CASES["broken-first"])
        url = http_server.url("/ar_news.html")
        prefetch = Prefetch.start([folder, url], OPTIONS)
        assert prefetch is not None
        try:
            assert prefetch.folders == {folder}
            head, page = await _taken(prefetch, [folder, url])
        finally:
            prefetch.close()
        assert head == await _first_with_articles(folder)
        assert page == (await load_sources([url], OPTIONS))[0]

    def test_an_answer_from_outside_the_folder_is_refused(self, tmp_path: Any) -> None:
        """A head whose file is not inside the folder ends the conversation; the reader loads the folder itself."""
        folder = _folder(tmp_path / "box", HEAD_CASES["plain"])
        stranger = LoadResult(origin=str(tmp_path / "elsewhere.txt"), articles=())
        prefetch = Prefetch.start([folder], OPTIONS, argv=_helper_writing(_frames(HEADER, (0, stranger))))
        assert prefetch is not None
        try:
            assert prefetch.wait(20)
            assert prefetch.result_now(folder) is None
        finally:
            prefetch.close()


class TestReaderWithHelper:
    async def test_a_finished_helper_fills_the_first_frame(self, http_server: LocalServer) -> None:
        """When the helper is done before the window opens, the article is there at once, with no client built."""
        url = http_server.url("/ar_news.html")
        expected = (await load_sources([url], OPTIONS))[0].articles[0]
        before = http_server.hits.get("/ar_news.html", 0)
        prefetch = Prefetch.start([url], OPTIONS)
        assert prefetch is not None
        assert await asyncio.wait_for(prefetch.take(url), 20) is not None
        app = _app((url,), prefetch)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            assert screen.current is not None and screen.current.title == expected.title
            assert not screen.loading_sources
            assert not [worker for worker in app.workers if worker.group == "load"]
            await pilot.pause()
            assert app.client is None, "no HTTP client is built in the reader for the helper's URLs"
        assert http_server.hits.get("/ar_news.html", 0) == before + 1

    async def test_the_reader_waits_for_a_helper_still_loading(self, http_server: LocalServer) -> None:
        """A slow page: the reader opens with 'Loading…' and shows the helper's article when it lands."""
        gate = _held_back(http_server, "/held-for-the-reader")  # not a fixed delay: the reader may start late
        url = http_server.url("/held-for-the-reader")
        app = _app((url,), Prefetch.start([url], OPTIONS))
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            assert screen.current is None and screen.loading_sources
            gate.set()
            await _settle(pilot, screen)
            assert screen.current is not None and screen.current.origin == url
            assert app.client is None
        assert http_server.hits.get("/held-for-the-reader", 0) == 1
        assert app.prefetch is not None and app.prefetch.done

    @pytest.mark.parametrize(("mode", "warms"), [("app", True), ("terminal", False)])
    async def test_a_page_on_its_way_warms_the_reshaper_while_the_first_frame_waits(
        self, http_server: LocalServer, monkeypatch: pytest.MonkeyPatch, mode: str, warms: bool
    ) -> None:
        """Pages bring no shaped words: the reader imports the reshaper while it holds the first frame for one.

        Only in app mode (the terminal shapes in terminal mode) and only while the answer is still out.
        """
        from newstui.text import rtl
        from newstui.ui.app import create_app

        path = f"/held-while-warming-{mode}"
        gate = _held_back(http_server, path)  # the answer stays out until the first frame has been built
        url = http_server.url(path)
        prefetch = Prefetch.start([url], OPTIONS)
        assert prefetch is not None
        answered_when_warmed: list[bool] = []
        monkeypatch.setattr(rtl, "warm_up", lambda: answered_when_warmed.append(prefetch.done))
        app = create_app(Settings(refs=(url,), bidi=BidiSetup(mode=mode)), prefetch=prefetch)  # type: ignore[arg-type]
        app.animation_level = "none"
        try:
            async with app.run_test(size=(100, 30)) as pilot:
                gate.set()
                await _settle(pilot, app.screen)
                assert app.screen.current is not None and app.screen.current.origin == url
        finally:
            prefetch.close()
        assert answered_when_warmed == ([False] if warms else [])

    def test_warming_up_loads_what_the_first_arabic_layout_needs(self) -> None:
        """warm_up loads arabic-reshaper and python-bidi, and a first reorder then compiles no regex."""
        import subprocess

        code = (
            "import re, sys\nfrom newstui.text import rtl\n"
            "print(sorted({'arabic_reshaper', 'bidi'} & set(sys.modules)))\n"
            "rtl.warm_up()\nprint(sorted({'arabic_reshaper', 'bidi'} & set(sys.modules)))\n"
            "compiled = []\nreal = re.compile\n"
            "re.compile = lambda *a, **k: compiled.append(a[0]) or real(*a, **k)\n"
            "rtl.layout_paragraph('قال (الوزير) إن 3 مدارس جديدة ستفتح', 20)\nprint(len(compiled))"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert done.stdout.split("\n")[:3] == ["[]", "['arabic_reshaper', 'bidi']", "0"]

    async def test_a_fast_url_shows_while_another_hangs(self, http_server: LocalServer) -> None:
        """The helper's first answer opens at once; the hanging URL is still loading."""
        fast, hang = http_server.url("/ar_news.html"), http_server.url("/hang")
        app = _app((hang, fast), Prefetch.start([hang, fast], LoadOptions(timeout=30)))
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            deadline = time.monotonic() + 20  # under the 30 s the hanging URL is held
            while screen.current is None and time.monotonic() < deadline:
                await pilot.pause(0.02)
            assert screen.current is not None and screen.current.origin == fast
            assert screen.loading_sources

    async def test_a_folder_head_fills_the_first_frame_and_the_folder_loads_after(self, tmp_path: Any) -> None:
        """The folder's first article is in the first frame; the folder then lists as without the helper."""
        from newstui.sources import reader_options

        folder = _folder(tmp_path, HEAD_CASES["broken-first"] | {"4.txt": ENGLISH.encode(), "5.txt": ARABIC.encode()})
        settings = Settings(refs=(folder,), bidi=BidiSetup(mode="app"))
        prefetch = Prefetch.start([folder], reader_options(settings))
        assert prefetch is not None and prefetch.wait(20)
        alone = _app((folder,), None)
        async with alone.run_test(size=(100, 30)) as pilot:
            assert alone.screen.current is None, "without the helper a folder loads after the first frame"
            await _settle(pilot, alone.screen)
            expected = [article.id for article in alone.screen.corpus.articles]
        app = _app((folder,), prefetch)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            head = prefetch.result_now(folder)
            assert head is not None and screen.current is not None and screen.current.id == head.articles[0].id
            assert screen.loading_sources, "the folder itself is still to be listed"
            await _settle(pilot, screen)
            assert [article.id for article in screen.corpus.articles] == expected
            assert str(screen.list_pane.border_title).split(" · ")[0] == f"Articles {len(expected)}"

    async def test_a_file_in_the_first_frame_comes_from_the_helper(
        self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A file the helper has parsed is in the first frame without being read in the reader's process."""
        from newstui.sources import first_frame, reader_options
        from newstui.sources import prefetch as prefetch_module

        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        story = _folder(tmp_path, {"story.txt": ARABIC.encode()}) + "/story.txt"
        settings = Settings(refs=(story,), bidi=BidiSetup(mode="app"))
        prefetch = Prefetch.start([story], reader_options(settings))
        assert prefetch is not None and prefetch.wait(20)
        read_here: list[Any] = []
        original = first_frame.read_here
        monkeypatch.setattr(
            first_frame, "read_here", lambda refs, **kwargs: read_here.extend(refs) or original(refs, **kwargs)
        )
        app = _app((story,), prefetch)
        async with app.run_test(size=(100, 30)):
            screen = app.screen
            helped = prefetch.result_now(story)
            assert helped is not None and screen.current is not None
            assert screen.current.id == helped.articles[0].id
            assert not screen.loading_sources
        assert read_here == []

    @pytest.mark.parametrize("text", [ARABIC, LONG_ARABIC], ids=["short", "long-with-links"])
    async def test_the_first_frame_is_shaped_with_the_helpers_words(
        self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, text: str
    ) -> None:
        """With a second CPU the helper shapes what the first frame shows: the reader never calls the reshaper.

        The long story's related links come after the seed's character budget in its blocks, yet the
        related pane shows them in the first frame.
        """
        from newstui.sources import prefetch as prefetch_module
        from newstui.sources import reader_options
        from newstui.sources.helper import cores
        from newstui.text import rtl, shaping

        if cores() < 2:
            pytest.skip("the helper shapes ahead only with a second CPU")
        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        story = _folder(tmp_path, {"story.txt": text.encode()}) + "/story.txt"
        settings = Settings(refs=(story,), bidi=BidiSetup(mode="app"))
        prefetch = Prefetch.start([story], reader_options(settings))
        assert prefetch is not None and prefetch.wait(20)
        deadline = time.monotonic() + 20
        while not prefetch.shaped_words() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        words = prefetch.shaped_words()
        helped = prefetch.result_now(story)
        assert helped is not None and helped.articles
        assert set(helped.articles[0].title.split()) <= set(words)
        assert text is ARABIC or len(helped.articles[0].related) == 2
        rtl.clear_caches()
        asked: list[bool] = []
        real = shaping._reshaper
        monkeypatch.setattr(shaping, "_reshaper", lambda ligatures: asked.append(ligatures) or real(ligatures))
        app = _app((story,), prefetch)
        try:
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                assert app.screen.current is not None
                assert app.screen.article_view.rows_built > 0
                assert app.screen.related.item_count == len(helped.articles[0].related)
                assert asked == []
        finally:
            rtl.clear_caches()

    async def test_a_big_file_is_parsed_by_the_helper_alone(
        self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A file over the first frame's budget loads after the first frame, and the loader takes the helper's parse."""
        import newstui.parse as parse_module
        from newstui.sources import prefetch as prefetch_module
        from newstui.sources.first_frame import SYNC_LOAD_BYTES

        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        line = "the council opened a new park in the north district."
        body = "\n\n".join(f"Paragraph {n}: {line}" for n in range(20_000))
        story = _folder(tmp_path, {"big.txt": f"A very long story\n\n{body}\n".encode()}) + "/big.txt"
        assert (tmp_path / "big.txt").stat().st_size > SYNC_LOAD_BYTES
        parsed_here: list[str] = []  # documents parsed in the reader's own process (any path to the parser)
        original = parse_module.parse_document
        monkeypatch.setattr(
            parse_module,
            "parse_document",
            lambda document, *a, **k: parsed_here.append(document.origin) or original(document, *a, **k),
        )
        app = _app((story,), Prefetch.start([story], OPTIONS))
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            await _settle(pilot, screen)
            assert screen.current is not None and screen.current.title == "A very long story"
            assert len(screen.current.paragraphs) == 20_000
        assert parsed_here == []

    async def test_a_late_helper_leaves_a_small_file_to_the_first_frame(
        self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A helper that has not answered in time: the reader reads the small file itself, still in the first frame."""
        from newstui.sources import prefetch as prefetch_module

        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        story = _folder(tmp_path, {"story.txt": ENGLISH.encode()}) + "/story.txt"
        sleeper = [sys.executable, "-c", "import time; time.sleep(30)"]
        prefetch = Prefetch.start([story], OPTIONS, argv=sleeper)
        assert prefetch is not None
        try:
            app = _app((story,), prefetch)
            async with app.run_test(size=(100, 30)):
                screen = app.screen
                assert screen.current is not None and screen.current.title == "A new park opens"
                assert not screen.loading_sources
        finally:
            prefetch.close()

    async def test_files_the_helper_has_not_answered_join_after_the_first_frame(
        self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """More late files than the first frame reads itself: it shows the answered one, the rest follow in order."""
        from newstui.sources import prefetch as prefetch_module
        from newstui.sources import reader_options
        from newstui.sources.first_frame import LATE_FILES_READ_HERE

        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        count = LATE_FILES_READ_HERE + 2
        names = [f"{n}.txt" for n in range(count)]
        folder = _folder(
            tmp_path, {name: f"Story {n}\n\nThe body of story {n}.\n".encode() for n, name in enumerate(names)}
        )
        refs = tuple(f"{folder}/{name}" for name in names)
        options = reader_options(Settings(refs=refs))
        first = (await load_sources([refs[0]], options))[0]
        # A helper that answers the first file only, then waits (until the test lets it go, not a fixed second a
        # loaded machine can outlast before the reader's first frame) and ends without the others.
        go = tmp_path / "helper-may-end"
        code = (
            "import os, sys, time\nfrom newstui.sources.helper import read_frame\nread_frame(sys.stdin.buffer)\n"
            f"sys.stdout.buffer.write({_frames(HEADER, (0, first))!r}); sys.stdout.buffer.flush()\n"
            f"end = time.monotonic() + 30\nwhile not os.path.exists({str(go)!r}) and time.monotonic() < end:\n"
            "    time.sleep(0.02)\n"
        )
        prefetch = Prefetch.start(refs, options, argv=[sys.executable, "-c", code])
        assert prefetch is not None
        assert await asyncio.wait_for(prefetch.take(refs[0]), 20) == first
        app = _app(refs, prefetch)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            assert [article.title for article in screen.corpus.articles] == ["Story 0"]
            assert screen.current is not None and screen.current.title == "Story 0"
            assert screen.loading_sources
            go.touch()
            await _settle(pilot, screen)
            assert [article.title for article in screen.corpus.articles] == [f"Story {n}" for n in range(count)]

    async def test_a_long_list_of_files_does_not_hold_the_first_frame(
        self, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """At most FIRST_FRAME_RESULTS answers are merged before the first frame; the others join right after."""
        from newstui.sources import first_frame, reader_options
        from newstui.sources import prefetch as prefetch_module

        monkeypatch.setattr(prefetch_module, "cores", lambda: 2)
        monkeypatch.setattr(first_frame, "FIRST_FRAME_RESULTS", 2)
        names = [f"{n}.txt" for n in range(5)]
        folder = _folder(
            tmp_path, {name: f"Story {n}\n\nThe body of story {n}.\n".encode() for n, name in enumerate(names)}
        )
        refs = tuple(f"{folder}/{name}" for name in names)
        prefetch = Prefetch.start(refs, reader_options(Settings(refs=refs)))
        assert prefetch is not None and prefetch.wait(20)
        app = _app(refs, prefetch)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            assert [article.title for article in screen.corpus.articles] == ["Story 0", "Story 1"]
            await _settle(pilot, screen)
            assert [article.title for article in screen.corpus.articles] == [f"Story {n}" for n in range(5)]

    async def test_a_failed_helper_leaves_the_load_to_the_reader(self, http_server: LocalServer) -> None:
        """The helper dies without an answer: the reader fetches the page itself with its own client."""
        url = http_server.url("/en_news.html")
        before = http_server.hits.get("/en_news.html", 0)
        prefetch = Prefetch.start([url], OPTIONS, argv=[sys.executable, "-c", "raise SystemExit(1)"])
        app = _app((url,), prefetch)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            await _settle(pilot, screen)
            assert screen.current is not None and screen.current.origin == url
            assert app.client is not None
        assert http_server.hits.get("/en_news.html", 0) == before + 1

    async def test_a_helper_error_is_the_same_notification(self, http_server: LocalServer) -> None:
        """A 404 answered by the helper is notified as the reader's own load would notify it."""
        from textual.notifications import Notify

        url = http_server.url("/missing-page")
        notes: list[Any] = []

        def record(message: Any) -> None:
            if isinstance(message, Notify):
                notes.append(message.notification)

        app = _app((url,), Prefetch.start([url], OPTIONS))
        async with app.run_test(size=(100, 30), message_hook=record) as pilot:
            await _settle(pilot, app.screen)
            await pilot.pause()
        failures = [note.message for note in notes if note.title == "Source failed"]
        assert failures == [f"{url}: HTTP 404 Not Found"]
