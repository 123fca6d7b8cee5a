"""A bug in newstui on a web source is told as a bug (``LoadResult.internal``, its traceback kept; exit 70), not
as the page's ParseError; a bug on one feed entry's page still fails only that entry, but the run says it."""

from __future__ import annotations

import io

import pytest
from local_server import LocalServer, Reply

from hang_guard import hang_guard
from helpers.bugs import inject_parser_bug
from newstui import cli
from newstui.sources import LoadOptions, load_sources

STORY = "خبر تجريبي عن الطقس BUGGY\n\nهذا نص تجريبي عن المطر في المدينة.\n".encode()
ENTRY = "خبر المدخل\n\nنص الخبر الكامل في صفحته.\n".encode()
FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>'
    "<item><title>خبر المدخل</title><link>{entry}</link><description>ملخص الخبر.</description></item>"
    "<item><title>خبر ثان</title><link>{other}</link><description>ملخص الخبر الثاني.</description></item>"
    "</channel></rss>"
)
TEXT = {"Content-Type": "text/plain; charset=utf-8"}


@pytest.fixture
def server(http_server: LocalServer) -> LocalServer:
    """The shared local server with a story the buggy parser fails on, and a feed whose first entry's page is one."""
    http_server.routes["/bug-story.txt"] = Reply(200, TEXT, STORY)
    http_server.routes["/bug-entry.txt"] = Reply(200, TEXT, STORY)
    http_server.routes["/good-entry.txt"] = Reply(200, TEXT, ENTRY)
    feed = FEED.format(entry=http_server.url("/bug-entry.txt"), other=http_server.url("/good-entry.txt"))
    http_server.routes["/bug-feed.xml"] = Reply(200, {"Content-Type": "application/rss+xml"}, feed.encode())
    return http_server


@pytest.fixture(autouse=True)
def buggy_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain-text parser raises TypeError on a text holding ``BUGGY`` (a bug in newstui's own code)."""
    inject_parser_bug(monkeypatch)


async def test_a_bug_parsing_a_page_is_a_bug_not_a_parse_error(server: LocalServer) -> None:
    """The page's result is internal, its line the unexpected error, its traceback the parser's."""
    with hang_guard():
        (result,) = await load_sources([server.url("/bug-story.txt")], LoadOptions(timeout=20))
    assert result.internal and not result.articles
    assert result.error == "unexpected error: TypeError: an injected bug"
    assert result.traceback is not None and "in broken" in result.traceback


def test_print_exits_70_on_a_page_s_bug(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """--json of the page: exit 70 and one line, as for a file."""
    monkeypatch.delenv("NEWSTUI_DEBUG", raising=False)
    err = io.StringIO()
    with hang_guard():
        status = cli.run(["--json", "--timeout", "5", server.url("/bug-story.txt")], out=io.StringIO(), err=err)
    assert status == 70
    assert err.getvalue().endswith("unexpected error: TypeError: an injected bug (NEWSTUI_DEBUG=1 shows where)\n")
    assert len(err.getvalue().splitlines()) == 1


async def test_a_bug_on_an_entry_s_page_keeps_the_feed_but_is_told(server: LocalServer) -> None:
    """--fetch-entries: the buggy entry keeps its summary, the other entry gets its page; the feed's result
    carries the bug's traceback (so --print and --json exit 70)."""
    with hang_guard():
        (result,) = await load_sources([server.url("/bug-feed.xml")], LoadOptions(timeout=20, fetch_entries=True))
    assert [article.summary_only for article in result.articles] == [True, False]
    assert result.error is not None and "unexpected error: TypeError: an injected bug" in result.error
    assert result.internal and result.traceback is not None and "in broken" in result.traceback
