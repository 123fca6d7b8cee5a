"""Document parsing in-process: HTML page -> article and feed -> list, against the library call alone."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from benchmarks.runner import Case, Context, Measured, Outcome, RowSpec, interleave
from benchmarks.support import require, server_url

HTML_ROWS = (RowSpec("B8", "HTML page (130 KB, heavy boilerplate) -> article", "the extractor call alone", 1.1),)
FEED_ROWS = (
    RowSpec("B9", "feed -> list, RSS 100 items", "feedparser.parse alone", 1.1),
    RowSpec("B9b", "feed -> list, Atom 1,000 items", "feedparser.parse alone", 1.1),
    RowSpec("B9c", "feed URL -> list (Atom 1,000, loopback, load_sources)", "client.get + feedparser.parse", 1.1),
)

FEEDPARSER_OPTIONS = {"sanitize_html": False, "resolve_relative_uris": False}
"""The options newstui.parse.feed passes to feedparser.parse."""


def _html(ctx: Context) -> Mapping[str, Outcome]:
    require("newstui.parse", "newstui.parse.html", "trafilatura")
    import trafilatura

    from newstui.model import RawDocument
    from newstui.parse import parse_document
    from newstui.parse.html import EXTRACT_OPTIONS  # the parser's own options: the baseline compares like with like

    data = ctx.data.h1.read_bytes()
    text = data.decode("utf-8")
    url = "http://127.0.0.1/page_130k.html"
    doc = RawDocument(origin=url, data=data, content_type="text/html", charset="utf-8", url=url)
    articles = parse_document(doc)
    if not articles or "BNCHMK" not in " ".join(articles[0].paragraphs):
        raise RuntimeError("parse_document did not extract the article body")

    def candidate() -> None:
        parse_document(doc)

    def baseline() -> None:
        trafilatura.bare_extraction(text, url=url, **EXTRACT_OPTIONS)

    cand, base = interleave(candidate, baseline, iterations=ctx.iterations, warmup=ctx.warmup)
    return {"B8": Measured(cand, base, note=f"{len(articles[0].paragraphs)} paragraphs")}


def _feeds(ctx: Context) -> Mapping[str, Outcome]:
    require("newstui.parse", "newstui.parse.feed", "feedparser")
    import feedparser

    from newstui.model import RawDocument
    from newstui.parse import parse_document

    out: dict[str, Outcome] = {}
    for row_id, path, media, count in (
        ("B9", ctx.data.f1, "application/rss+xml", 100),
        ("B9b", ctx.data.f2, "application/atom+xml", 1000),
    ):
        data = path.read_bytes()
        doc = RawDocument(origin=str(path), data=data, content_type=media)
        found = len(parse_document(doc))
        if found != count:
            raise RuntimeError(f"parse_document found {found} entries in {path.name}, expected {count}")

        def candidate(doc: RawDocument = doc) -> None:
            parse_document(doc)

        def baseline(data: bytes = data, media: str = media) -> None:
            feedparser.parse(data, response_headers={"content-type": media}, **FEEDPARSER_OPTIONS)

        cand, base = interleave(candidate, baseline, iterations=ctx.iterations, warmup=ctx.warmup)
        out[row_id] = Measured(cand, base, note=f"{count} entries")
    out["B9c"] = _feed_url(ctx)
    return out


def _feed_url(ctx: Context) -> Outcome:
    """load_sources on the feed URL with a shared client, against the same client's GET + feedparser."""
    require("newstui.sources", "httpx")
    import feedparser

    from newstui.sources import LoadOptions, load_sources
    from newstui.sources.http import make_client

    url = server_url(ctx) + "/" + ctx.data.f2.name
    options = LoadOptions()

    async def measure() -> tuple[list[float], list[float]]:
        import time

        client = make_client(options)
        try:
            results = await load_sources([url], options, client=client)
            if not results or results[0].error or len(results[0].articles) != 1000:
                raise RuntimeError(f"load_sources on the feed URL gave {results[:1]!r}")
            cand: list[float] = []
            base: list[float] = []
            for round_no in range(ctx.warmup + ctx.iterations):
                order = ("c", "b") if round_no % 2 == 0 else ("b", "c")
                for which in order:
                    start = time.perf_counter()
                    if which == "c":
                        await load_sources([url], options, client=client)
                    else:
                        response = await client.get(url)
                        feedparser.parse(
                            response.content,
                            response_headers={"content-type": response.headers.get("content-type", "")},
                            **FEEDPARSER_OPTIONS,
                        )
                    elapsed = time.perf_counter() - start
                    if round_no >= ctx.warmup:
                        (cand if which == "c" else base).append(elapsed)
            return cand, base
        finally:
            await client.aclose()

    cand, base = asyncio.run(measure())
    return Measured(cand, base, note="one shared client")


CASES = [
    Case("HTML -> article", HTML_ROWS, _html),
    Case("feed -> list", FEED_ROWS, _feeds),
]
