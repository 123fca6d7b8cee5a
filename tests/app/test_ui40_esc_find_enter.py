"""Pilot tests (ui40): esc does newstui's job over a maximized pane (audit journey40 #1); find on a screen too small
for two panes keeps the article in sight with its box (journey40 #2); a number typed together with enter follows
a link of the story enter opens (audit folders40 #3)."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from app_support import SIZE, reader
from textual import events
from textual.widgets import Input

from newstui.model import Article, Link

# Original Arabic stories written for these tests.
_FIRST = Article(
    id="market",
    title="البلدية تنقل سوق السمك إلى ساحة الميناء",
    source="أخبار المدينة",
    paragraphs=(
        "قررت البلدية نقل سوق السمك إلى ساحة الميناء مطلع الشهر المقبل.",
        "وقال الباعة إن المكان الجديد أوسع وأقرب إلى مراكب الصيد.",
    ),
    direction="rtl",
)
_CHAIN = Article(
    id="bridge",
    title="افتتاح الجسر الجديد فوق النهر بعد عامين من العمل",
    source="أخبار المدينة",
    paragraphs=tuple(f"الفقرة {n}: عبر السكان الجسر الجديد مشيا في يوم الافتتاح." for n in range(1, 41)),
    related=(
        Link("المدارس تفتح أبوابها للعام الدراسي", target="school"),
        Link("الحافلات تضيف خطا إلى الحي الشرقي", target="bus"),
        Link("الحديقة العامة تستقبل زوارها مساء الجمعة", target="park"),
    ),
    direction="rtl",
)
_SCHOOL = Article(
    id="school",
    title="المدارس تفتح أبوابها للعام الدراسي",
    paragraphs=("استقبلت المدارس تلاميذها صباح اليوم.",),
    related=(Link("الحافلات تضيف خطا إلى الحي الشرقي", target="bus"),),
    direction="rtl",
)
_BUS = Article(
    id="bus",
    title="الحافلات تضيف خطا إلى الحي الشرقي",
    paragraphs=("أضافت شركة النقل خطا جديدا يربط الحي الشرقي بوسط المدينة.",),
    direction="rtl",
)
_PARK = Article(
    id="park",
    title="الحديقة العامة تستقبل زوارها مساء الجمعة",
    paragraphs=("فتحت الحديقة العامة أبوابها مساء الجمعة بعد تجديد ممراتها.",),
    direction="rtl",
)
_STORIES = [_FIRST, _CHAIN, _SCHOOL, _BUS, _PARK]
_TINY = (30, 8)
"""Stacked and under 12 rows: one pane at a time, the focused one."""


async def _type(pilot: Any, box_id: str, query: str) -> None:
    box = pilot.app.screen.query_one(box_id, Input)
    box.value = query  # typing Arabic key by key is slow under Pilot; the box's Changed event is the same
    await pilot.pause()


async def _burst(pilot: Any, *keys: str) -> None:
    """Send ``keys`` at once, as a terminal delivers keys typed together (``tmux send-keys Enter 3``): Pilot's
    ``press`` waits for the app to be idle after each key, which hides what a burst does."""
    app = pilot.app
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()
    await pilot.pause()


# -- esc over a maximized pane (journey40 #1) ---------------------------------------------------------------


async def test_esc_over_the_maximized_list_clears_the_filter_first(make_app: Any) -> None:
    app = make_app(_STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.article_list.focus()
        await pilot.press("z", "slash")
        await _type(pilot, "#filter", "الجسر")
        assert screen.maximized is screen.list_pane and len(screen.article_list.articles) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert screen.listing.query == "" and len(screen.article_list.articles) == len(_STORIES), "filter cleared"
        assert screen.maximized is screen.list_pane, "the pane stays maximized"
        await pilot.press("escape")  # nothing else to do: esc restores the pane, as Textual's did
        await pilot.pause()
        assert screen.maximized is None


async def test_esc_from_the_maximized_article_clears_the_filter(make_app: Any) -> None:
    app = make_app(_STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("slash")
        await _type(pilot, "#filter", "الجسر")
        await pilot.press("enter")  # the one story left opens; the article has the focus
        await pilot.pause()
        assert app.focused is screen.article_view
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is screen.article_view
        await pilot.press("escape")
        await pilot.pause()
        assert screen.listing.query == "", "esc cleared the filter, as the key bar says"


async def test_esc_on_a_tiny_screen_clears_the_filter_and_keeps_one_pane(make_app: Any) -> None:
    """At 30x8 the focused pane takes the screen: esc clears the filter and the list takes it (the focus with
    it); with nothing to clear, esc leaves the one pane as it is."""
    app = make_app(_STORIES)
    async with app.run_test(size=_TINY) as pilot:
        await pilot.pause()
        await pilot.pause()
        screen = reader(app)
        await pilot.press("slash")
        await _type(pilot, "#filter", "الجسر")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert screen.maximized is screen.article_view and app.focused is screen.article_view
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert screen.listing.query == "", "the filter is cleared"
        assert app.focused is screen.article_list and screen.maximized is screen.list_pane
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert screen.maximized is screen.list_pane, "the one pane stays"
        assert screen.article_list.region.height > 2


_HELD = threading.Event()


class _Held(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        _HELD.wait(60)
        page = "<html lang=ar><head><title>خبر بطيء</title></head><body><p>نص الخبر البطيء هنا.</p></body></html>"
        body = page.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def held() -> Iterator[str]:
    """A page on 127.0.0.1 that answers only once the test is over: its address."""
    _HELD.clear()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Held)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/slow"
    _HELD.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.mark.network
async def test_esc_over_the_maximized_related_pane_stops_the_load(
    make_app: Any, hook: Any, notes: list[Any], held: str
) -> None:
    story = Article(
        id="slow-link",
        title="خبر يشير إلى صفحة بطيئة",
        paragraphs=("في هذا الخبر رابط إلى صفحة تتأخر في الرد.",),
        related=(Link("صفحة بطيئة", url=held),),
        direction="rtl",
    )
    app = make_app([story])
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.related.focus()
        await pilot.press("z", "1")
        deadline = time.monotonic() + 20
        while screen.related.waiting is None:
            assert time.monotonic() < deadline
            await pilot.pause(0.05)
        assert screen.maximized is not None
        await pilot.press("escape")
        await pilot.pause()
        assert screen.related.waiting is None, "esc stopped the load"
        assert any(str(note.message).startswith("Stopped opening") for note in notes)


# -- find on a tiny screen (journey40 #2) -----------------------------------------------------------------


@pytest.mark.parametrize("size", [(20, 8), _TINY])
async def test_find_on_a_tiny_screen_keeps_the_article_with_its_box(make_app: Any, size: tuple[int, int]) -> None:
    app = make_app(_STORIES)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.open_article("bridge")
        screen.article_view.focus()
        await pilot.pause()
        await pilot.pause()
        assert screen.maximized is screen.article_view
        await pilot.press("f")
        await _type(pilot, "#find", "الفقرة")
        await pilot.pause()
        box = screen.query_one("#find", Input)
        assert box is not None and app.focused is box
        assert screen.list_pane.region.height == 0, "the list stays out of the way"
        view = screen.article_view
        assert view.scrollable_content_region.height >= size[1] - 4, "the article keeps the screen"
        assert box.region.height == 1 and box.region.y >= view.region.bottom, "the box under the article, in sight"
        assert view.match_status == (1, 40)
        await pilot.press("enter")
        await pilot.pause()
        assert view.match_status == (2, 40)
        await pilot.press("escape")  # closing find: the article alone again
        await pilot.pause()
        await pilot.pause()
        assert not box.display and app.focused is view and screen.maximized is view


async def test_find_on_a_tiny_screen_with_a_filter_shows_the_box(make_app: Any) -> None:
    app = make_app(_STORIES)
    async with app.run_test(size=_TINY) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("slash")
        await _type(pilot, "#filter", "الجسر")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("f")
        await _type(pilot, "#find", "الفقرة")
        await pilot.pause()
        box = screen.query_one("#find", Input)
        assert box is not None and box.region.height == 1 and box.region.bottom <= _TINY[1] - 1, "the box in sight"
        assert screen.article_view.scrollable_content_region.height >= 2


# -- a number typed together with enter (folders40 #3) -------------------------------------------------------


async def test_a_number_typed_with_enter_in_the_list_follows_the_new_storys_link(
    make_app: Any, hook: Any, notes: list[Any]
) -> None:
    app = make_app(_STORIES)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.history.current == "market" and not screen.related.links
        screen.article_list.focus()
        await pilot.press("j")
        await pilot.pause()
        await _burst(pilot, "enter", "3")
        assert not any("related link" in str(note.message) for note in notes), "no notice about the story left"
        assert screen.history.current == "park", "link 3 of the story enter opened"
        assert [screen.history.back() for _ in range(2)][0] == "bridge", "enter's story is in the history"


async def test_a_number_typed_with_enter_in_the_related_pane_follows_the_new_storys_link(make_app: Any) -> None:
    app = make_app(_STORIES)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.open_article("bridge")
        screen.related.focus()
        await pilot.pause()
        await _burst(pilot, "enter", "1")  # link 1 of the bridge story is the school; the school's link 1 the bus
        assert screen.history.current == "bus"
