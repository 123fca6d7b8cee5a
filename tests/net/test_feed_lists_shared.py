"""A feed that two lists of feeds name is fetched once: its stories told once, its failure one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from local_server import LocalServer, Reply

from newstui.sources import LoadOptions, load_sources

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
HEADLINES = ["سوق الخضار يعود إلى الساحة القديمة", "إغلاق الطريق الساحلي للصيانة ليلا"]


def _rss(headlines: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{headline}</title><link>https://town.example/{n}</link></item>"
        for n, headline in enumerate(headlines)
    )
    channel = f"<channel><title>t</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'.encode()


def _opml(*urls: str) -> str:
    outlines = "".join(f'<outline type="rss" text="f{n}" xmlUrl="{url}"/>' for n, url in enumerate(urls))
    return f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>'


def _two_lists(tmp_path: Path, server: LocalServer) -> tuple[list[str], str, str]:
    server.routes["/shared/town.xml"] = Reply(headers=RSS, body=_rss(HEADLINES))
    live, dead = server.url("/shared/town.xml"), server.url("/shared/gone.xml")
    lists = []
    for name, order in (("home.opml", (live, dead)), ("work.opml", (dead, live))):
        (tmp_path / name).write_text(_opml(*order), encoding="utf-8")
        lists.append(str(tmp_path / name))
    return lists, live, dead


async def test_two_lists_naming_one_feed_fetch_it_once(tmp_path: Path, http_server: LocalServer) -> None:
    """Each address once on the wire; the dead feed's line told once, the live feed's stories given."""
    lists, live, dead = _two_lists(tmp_path, http_server)
    results = await load_sources(lists, LoadOptions(timeout=10))
    assert http_server.hits.get("/shared/town.xml") == 1
    assert http_server.hits.get("/shared/gone.xml") == 1
    assert [result.origin for result in results if result.error] == [dead]
    assert {article.title for result in results for article in result.articles} == set(HEADLINES)


def test_the_command_line_tells_the_dead_feed_once(tmp_path: Path, http_server: LocalServer) -> None:
    """``newstui --json home.opml work.opml``: one line for the feed both lists name, each story once."""
    lists, _live, dead = _two_lists(tmp_path, http_server)
    proc = subprocess.run(
        [sys.executable, "-m", "newstui", "--json", *lists], capture_output=True, timeout=60, check=False
    )
    lines = proc.stderr.decode().splitlines()
    assert lines == [f"newstui: {dead}: HTTP 404 Not Found"], lines
    assert sorted(article["title"] for article in json.loads(proc.stdout)["articles"]) == sorted(HEADLINES)
