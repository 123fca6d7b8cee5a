"""Related links' pages: they never swap the panes of --layout auto (only g decides again), and while one loads
the article pane's title says that esc stops it, as for g."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from app_support import SIZE, reader, settle
from textual.widgets import Input

from newstui.model import Article, Link
from newstui.ui.screens.prompts import OpenAddressScreen

# Original Arabic pages written for these tests, one per path.
_PAGES = {
    "/souq": (
        "سوق الخضار في الحي القديم يفتح أبوابه مبكرا في رمضان",
        "قررت البلدية أن يفتح سوق الخضار في الحي القديم أبوابه عند الفجر طوال شهر رمضان.",
        "وقال التجار إن الموعد الجديد يناسب الأسر التي تتسوق قبل ساعات العمل.",
    ),
    "/garden": (
        "حديقة المدينة تستقبل زوارها بعد أعمال التجديد",
        "أعادت إدارة الحدائق فتح حديقة المدينة بعد ثلاثة أشهر من أعمال التجديد والتشجير.",
        "وأضيفت إلى الحديقة ممرات للدراجات ومقاعد جديدة في ظلال الأشجار.",
    ),
    "/bakery": (
        "مخبز الحي يعود إلى العمل بعد إصلاح فرنه",
        "عاد مخبز الحي إلى العمل صباح اليوم بعد أسبوع من إصلاح فرنه القديم.",
        "واصطف السكان منذ الصباح الباكر لشراء الخبز الساخن.",
    ),
}
_HELD = threading.Event()
"""/held-bakery answers only once a test sets it."""


def _page(path: str) -> bytes:
    title, *paragraphs = _PAGES[path]
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    html = (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )
    return html.encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path
        if path == "/held-bakery":
            _HELD.wait(10)
            path = "/bakery"
        if path not in _PAGES:
            self.send_error(404)
            return
        page = _page(path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def base() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (a free port), shut down after the test: its base address."""
    _HELD.clear()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    _HELD.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def _english(base: str, *paths: str) -> Article:
    """An English story whose related links lead to the Arabic pages at ``paths``."""
    return Article(
        id="ferry",
        title="River ferry service resumes after winter repairs",
        paragraphs=("The old river ferry carried its first passengers of the season this morning.",),
        related=tuple(Link(_PAGES.get(path.replace("held-", ""), (path,))[0], url=base + path) for path in paths),
        direction="ltr",
        language="en",
    )


async def _wait_for(pilot: Any, check: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


def _mirrored(app: Any) -> bool:
    return bool(reader(app).has_class("-mirrored"))


@pytest.mark.network
class TestRelatedPagesKeepTheLayout:
    async def test_two_arabic_related_pages_do_not_swap_the_panes(self, make_app: Any, base: str) -> None:
        """An English story, then two Arabic pages by its related links: most stories are Arabic now, but no
        g was used, so the list stays on the left."""
        app = make_app([_english(base, "/souq", "/garden")])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            assert not _mirrored(app)
            for number, path in (("1", "/souq"), ("2", "/garden")):
                await pilot.press(number)
                await settle(pilot)
                assert screen.current is not None and screen.current.url == base + path
                await pilot.press("backspace")
                await pilot.pause()
            assert len(screen.article_list.articles) == 3
            assert not _mirrored(app), "a related link's page swapped the panes"

    async def test_a_page_that_lands_late_does_not_swap_the_panes(self, make_app: Any, base: str) -> None:
        """The second Arabic page is still loading when the reader goes back to the English story: when it
        lands it joins the list (two of three stories Arabic) and the panes stay as they are."""
        app = make_app([_english(base, "/souq", "/held-bakery")])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            await pilot.press("1")
            await settle(pilot)
            assert screen.current is not None and screen.current.url == base + "/souq"
            await pilot.press("backspace")
            await pilot.pause()
            await pilot.press("2")
            await _wait_for(pilot, lambda: screen.related.waiting == base + "/held-bakery")
            await pilot.press("alt+right")  # on to the Arabic story while the page loads
            await pilot.pause()
            assert screen.current is not None and screen.current.url == base + "/souq"
            _HELD.set()
            await _wait_for(pilot, lambda: len(screen.article_list.articles) == 3)
            await settle(pilot)
            assert screen.current is not None and screen.current.url == base + "/souq", "the late page pulled"
            assert not _mirrored(app), "a page that landed late swapped the panes"

    async def test_g_of_arabic_pages_still_decides_again(self, make_app: Any, base: str) -> None:
        """The same two pages opened with g: the user asked for more, so the panes mirror (README)."""
        app = make_app([_english(base)])
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            screen = reader(app)
            for count, path in ((2, "/souq"), (3, "/garden")):
                await pilot.press("g")
                await pilot.pause()
                assert isinstance(app.screen, OpenAddressScreen)
                app.screen.query_one(Input).value = base + path
                await pilot.press("enter")
                await _wait_for(pilot, lambda count=count: len(screen.article_list.articles) == count)
                await settle(pilot)
            assert _mirrored(app), "most stories are Arabic after g: the panes mirror"


@pytest.mark.network
async def test_a_related_page_loading_says_esc_stops_it(make_app: Any, hook: Any, notes: list[Any], base: str) -> None:
    """While a related link's page loads, the article pane's title says `opening host… (esc stops)` (as for g,
    README's esc row); esc stops it, says so, and the title is the article's again."""
    app = make_app([_english(base, "/held-bakery")])
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("1")
        await _wait_for(pilot, lambda: screen.related.waiting is not None)
        assert str(screen.article_view.border_title) == "Article · opening 127.0.0.1… (esc stops)"
        await pilot.press("escape")
        await pilot.pause()
        assert str(screen.article_view.border_title) == "Article"
        assert screen.related.waiting is None
        assert any(note.message.startswith("Stopped opening") for note in notes)
        assert screen.current is not None and screen.current.id == "ferry"
