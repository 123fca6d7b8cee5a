"""r against the real local server: a feed that gained entries shows them on top, each story once."""

from __future__ import annotations

from typing import Any

from local_server import LocalServer, Reply

from helpers.waiting import wait_until
from newstui.corpus import Corpus
from newstui.settings import Settings
from newstui.terminal import BidiSetup

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}

# Original headlines written for this test.
EARLY = [("قطار جديد بين المدينتين", "/r/train"), ("معرض للصور القديمة", "/r/photos")]
LATE = [("انقطاع الكهرباء في حيين", "/r/power"), ("افتتاح سوق الكتب المستعملة", "/r/books")]


def _feed(server: LocalServer, items: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>{server.url(path)}</link><description>ملخص: {title}.</description></item>"
        for title, path in items
    )
    channel = f"<channel><title>نشرة الاختبار</title><language>ar</language>{body}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


async def test_a_feed_reloaded_adds_its_new_entries_on_top(http_server: LocalServer) -> None:
    from newstui.ui.app import create_app

    path = "/reload/feed.xml"
    http_server.routes[path] = Reply(headers=RSS, body=_feed(http_server, EARLY))
    url = http_server.url(path)
    app = create_app(Settings(refs=(url,), bidi=BidiSetup(mode="app")), corpus=Corpus())
    app.animation_level = "none"
    notes: list[Any] = []

    def hook(message: Any) -> None:
        from textual.notifications import Notify

        if isinstance(message, Notify):
            notes.append(message.notification)

    def titles() -> list[str]:
        return [article.title for article in app.screen.article_list.articles]

    def reloaded(count: int) -> bool:
        return sum(note.title == "Reloaded" for note in notes) >= count

    async with app.run_test(size=(110, 30), message_hook=hook) as pilot:
        screen = app.screen
        await wait_until(pilot, lambda: not screen.loading_sources and len(titles()) == 2)
        reading = screen.current
        assert reading is not None and reading.title == EARLY[0][0]
        hits = http_server.hits.get(path, 0)

        http_server.routes[path] = Reply(headers=RSS, body=_feed(http_server, LATE + EARLY))
        await pilot.press("r")
        await wait_until(pilot, lambda: reloaded(1))
        assert http_server.hits[path] == hits + 1, "fetched again"
        assert titles() == [LATE[0][0], LATE[1][0], EARLY[0][0], EARLY[1][0]]
        assert [str(note.message) for note in notes if note.title == "Reloaded"] == [
            "2 new stories, at the top of the list."
        ]
        assert screen.current is not None and screen.current.id == reading.id, "the story being read stays open"
        ids = [article.id for article in screen.article_list.articles]
        assert len(set(ids)) == 4

        await pilot.press("r")
        await wait_until(pilot, lambda: reloaded(2))
        assert str(notes[-1].message) == "No new stories." and len(titles()) == 4

        http_server.routes[path] = Reply(status=503, body=b"down")
        await pilot.press("r")
        await wait_until(pilot, lambda: str(notes[-1].message).startswith("Reload failed:"))
        assert str(notes[-1].message).startswith(f"Reload failed: {url}: ") and "503" in str(notes[-1].message)
        assert notes[-1].severity == "error" and reloaded(2) and not reloaded(3), "one notice, no 'No new stories.'"
        assert len(titles()) == 4, "a failed reload keeps every story"
        (line,) = app.load_failures()
        assert line.startswith(url) and "503" in line, "told again when the reader closes (exit status 1)"

        http_server.routes[path] = Reply(headers=RSS, body=_feed(http_server, LATE + EARLY))
        await pilot.press("r")
        await wait_until(pilot, lambda: reloaded(3))
        assert app.load_failures() == [], "loaded again: no failure left to tell"
