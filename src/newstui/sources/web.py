"""Web sources to articles: fetch and parse one address, and a feed entry's full story from its page."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newstui.errors import NewsError, ParseError, error_line
from newstui.model import Article, RawDocument

if TYPE_CHECKING:
    import asyncio

    import httpx

    from newstui.sources.options import LoadOptions

__all__ = [
    "MAX_ENTRY_FETCHES",
    "EntryPage",
    "EntryPages",
    "fetch_article",
    "fetch_document",
    "fetch_entries",
    "full_entry",
    "parse_fetched",
]

MAX_ENTRY_FETCHES: Final = 200
"""Feed entries whose pages are fetched per feed with ``fetch_entries`` (the rest stay summaries)."""


async def fetch_article(url: str, options: LoadOptions, *, client: httpx.AsyncClient) -> list[Article]:
    """Fetch one URL and parse it (a page, a feed or text), for following a link or opening an entry.

    Args:
        url: an http(s) URL.
        options: timeout, size cap and forced encoding.
        client: the shared client.

    Returns:
        The document's articles (their origin is ``url``).

    Raises:
        NewsError: any subclass (UsageError, FetchError, TooLarge, NotReadable, ParseError ...).
    """
    return await parse_fetched(await fetch_document(url, options, client=client), options)


async def fetch_document(url: str, options: LoadOptions, *, client: httpx.AsyncClient) -> RawDocument:
    """The first half of ``fetch_article``: the document at ``url``, within the options' deadline and cap.

    Raises:
        NewsError: as ``fetch_article``, but never ParseError.
    """
    from newstui.sources.http import fetch

    document = await fetch(url, client, timeout=options.timeout, max_bytes=options.max_bytes)
    for _ in range(MAX_REFRESHES):
        target = _refresh_target(document)
        if target is None:
            break
        # A page that only sends the browser on ("Redirecting…", <meta http-equiv="refresh">): the
        # page it names, under the name the user gave.
        document = dataclasses.replace(
            await fetch(target, client, timeout=options.timeout, max_bytes=options.max_bytes), origin=document.origin
        )
    return document


MAX_REFRESHES: Final = 3
"""``<meta http-equiv="refresh">`` pages followed one after the other (HTTP redirects are the client's)."""
_REFRESH_BYTES: Final = 16_384
"""Only a short page is a redirecting one (a story that reloads itself every minute is not)."""
_REFRESH_DELAY: Final = 10.0
_REFRESH: Final = re.compile(rb"<meta\s[^>]*?http-equiv\s*=\s*[\"']?refresh[\"']?[^>]*>", re.IGNORECASE)
_REFRESH_CONTENT: Final = re.compile(
    rb"content\s*=\s*[\"']\s*(\d+(?:\.\d*)?)\s*[;,]\s*(?:url\s*=\s*)?['\"]?([^'\">\s]+)", re.IGNORECASE
)


def _refresh_target(document: RawDocument) -> str | None:
    """The http(s) address a short HTML page sends the browser on to with ``<meta http-equiv="refresh">``
    within ``_REFRESH_DELAY`` seconds, or None."""
    from urllib.parse import urljoin

    from newstui.addresses import is_web_url

    if document.content_type not in ("text/html", "application/xhtml+xml") or len(document.data) > _REFRESH_BYTES:
        return None
    tag = _REFRESH.search(document.data)
    found = _REFRESH_CONTENT.search(tag.group()) if tag is not None else None
    if found is None or float(found.group(1)) > _REFRESH_DELAY:
        return None
    here = document.url or document.origin
    target: str = urljoin(here, found.group(2).decode("ascii", "replace"))
    if not is_web_url(target) or target == here or (here.startswith("https:") and not target.startswith("https:")):
        return None  # as for HTTP redirects: never from https down to http
    return target


async def parse_fetched(document: RawDocument, options: LoadOptions) -> list[Article]:
    """The second half of ``fetch_article``: a fetched document's articles, parsed on a worker thread.

    Raises:
        NewsError: as ``parse_document`` (a parser's own bug too, as a ParseError).
    """
    import asyncio

    from newstui.parse import parse_document

    try:
        return await asyncio.to_thread(parse_document, document, encoding=options.encoding)
    except NewsError:
        raise
    except Exception as error:  # a parser bug must reach the UI as a NewsError, not kill its worker
        raise ParseError(error_line(error)) from error


def full_entry(entry: Article, pages: Sequence[Article]) -> Article | None:
    """A feed entry with the story of the page its link leads to, or None when that page gave no story.

    The entry keeps its id, origin and URL, so the list keeps its row and two entries that link to
    one page stay two (with the page's id the second one was dropped as a duplicate). The feed's
    author stays (a feed's ``dc:creator`` is a name; a page's byline is often noisier), the page's
    only fills one in; the page's date replaces the feed's unless it is less precise (a day where the
    feed gave the time: ``2024-05-01`` under ``2024-05-01T08:00:00+00:00``); the page's source,
    section and keywords fill in only what they have (a feed's section, "محليات" of a feed titled
    "صحيفة النخيل - محليات", stays under a page that names none). A feed behind the link gives only
    summaries of other stories: None (the entry's own summary stays).

    Args:
        entry: the feed entry (``summary_only``).
        pages: what fetching and parsing its link gave.
    """
    page = next((article for article in pages if article.paragraphs and not article.summary_only), None)
    if page is None:
        return None
    return dataclasses.replace(
        page,
        id=entry.id,
        origin=entry.origin,
        url=entry.url,
        source=page.source or entry.source,
        published=_more_precise(page.published, entry.published),
        section=page.section or entry.section,
        keywords=page.keywords or entry.keywords,
        author=entry.author or page.author,
        summary_only=False,
    )


def _more_precise(page: str | None, feed: str | None) -> str | None:
    """The page's ISO date unless the feed's is more precise (it has the time of day, the page's not)."""
    if not page or (feed and "T" in feed and "T" not in page):
        return feed
    return page


def entries_note(articles: Sequence[Article]) -> str | None:
    """What ``--fetch-entries`` could not do, as a note for the feed: the entries whose page gave no
    story (it failed, or was no article), whose summaries stand instead; None when every page did."""
    missed = sum(1 for article in articles[:MAX_ENTRY_FETCHES] if article.summary_only and article.url is not None)
    if not missed:
        return None
    entries = "entry's page" if missed == 1 else "entries' pages"
    return f"{missed} {entries} gave no story: the feed's summary is shown"


class EntryPage:
    """One entry page's fetch, shared by the entries that link to it (``fetch_entries``)."""

    __slots__ = ("fetch", "waiting")

    def __init__(self, fetch: asyncio.Future[list[Article]]) -> None:
        self.fetch = fetch
        self.waiting = 0
        """Entries waiting on it: when the last one is given up on (its load cancelled), so is the fetch."""


EntryPages = dict[str, EntryPage]
"""Entry pages fetched (or being fetched) in one load, by address without its ``#fragment``
(``fetch_entries``'s ``pages``)."""


async def fetch_entries(
    articles: Sequence[Article],
    options: LoadOptions,
    *,
    client: httpx.AsyncClient,
    pool: asyncio.Semaphore,
    pages: EntryPages | None = None,
) -> list[Article]:
    """A feed's entries with each summary replaced by its page's story where the page loads and parses.

    The first ``MAX_ENTRY_FETCHES`` entries are fetched, ``pool`` bounding how many at once; an
    entry whose page fails keeps its summary. Each address (its ``#fragment`` aside) is fetched once
    for all the entries that link to it, in this feed and in every feed given the same ``pages``
    (``load_sources`` gives one to all the feeds of a load: a story listed by five feeds of a list
    is fetched once).
    """
    import asyncio

    shared: EntryPages = {} if pages is None else pages

    async def fetch(url: str) -> list[Article]:
        async with pool:
            return await fetch_article(url, options, client=client)

    async def full(article: Article) -> Article:
        if not article.summary_only or article.url is None:
            return article
        address = article.url.partition("#")[0]
        page = shared.get(address)
        if page is None:
            page = shared[address] = EntryPage(asyncio.ensure_future(fetch(article.url)))
            page.fetch.add_done_callback(_retrieved)
        page.waiting += 1
        try:
            found = await asyncio.shield(page.fetch)  # an entry given up on does not cancel the others' fetch
        except NewsError:
            return article
        finally:
            page.waiting -= 1
            if not page.waiting and not page.fetch.done():  # every entry waiting on it was given up on
                page.fetch.cancel()
                if shared.get(address) is page:
                    del shared[address]
        return full_entry(article, found) or article

    head = [full(article) for article in articles[:MAX_ENTRY_FETCHES]]
    return [*await asyncio.gather(*head), *articles[MAX_ENTRY_FETCHES:]]


def _retrieved(done: asyncio.Future[list[Article]]) -> None:
    """Mark a shared fetch's failure as seen (each entry waiting on it reads it; none may be left)."""
    if not done.cancelled():
        done.exception()
