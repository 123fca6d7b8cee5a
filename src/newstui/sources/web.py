"""Web sources to articles: fetch and parse one address, and a feed entry's full story from its page."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final

from newstui.errors import NewsError, error_line, traceback_text
from newstui.model import Article, RawDocument

if TYPE_CHECKING:
    import asyncio

    import httpx

    from newstui.sources.options import LoadOptions

__all__ = [
    "MAX_ENTRY_FETCHES",
    "EntryFailure",
    "EntryPage",
    "EntryPages",
    "fetch_article",
    "fetch_document",
    "fetch_entries",
    "full_entry",
    "is_part",
    "links_own_media",
    "parse_fetched",
    "sharing",
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

    An HTML page with no story that names its site's feed (``<link rel="alternate" type="application/rss+xml">``)
    says where the stories are: ``no article text found; the page names a feed: https://…/rss.xml``.

    Raises:
        NewsError: as ``parse_document`` (a library's failure on a hostile page is a ParseError there).
        Exception: anything else is a bug in newstui, and reaches the caller's bug handling as it is.
    """
    import asyncio

    from newstui.errors import ParseError
    from newstui.parse import parse_document

    try:
        return await asyncio.to_thread(parse_document, document, encoding=options.encoding)
    except ParseError as error:
        feed = named_feed(document) if type(error) is ParseError else None  # (not a list of feeds: FeedList)
        if feed is None:
            raise
        raise ParseError(f"{error.message}; the page names a feed: {feed}") from error


_FEED_LINK_BYTES: Final = 65_536
"""Where a page's ``<link rel="alternate">`` to its feed is looked for (its head, in practice)."""
_LINK_TAG: Final = re.compile(rb"<link\s[^>]{0,2000}>", re.IGNORECASE)
_FEED_TYPE: Final = re.compile(rb"""(?<![-\w])type\s*=\s*["']?\s*application/(?:rss|atom)\+xml\b""", re.IGNORECASE)
_ALTERNATE: Final = re.compile(
    rb"""(?<![-\w])rel\s*=\s*(?:"[^"]*\balternate\b[^"]*"|'[^']*\balternate\b[^']*'|alternate\b)""", re.IGNORECASE
)
_HREF: Final = re.compile(rb"""(?<![-\w])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def named_feed(document: RawDocument) -> str | None:
    """The http(s) address of the first RSS or Atom feed an HTML page names in its head
    (``<link rel="alternate" type="application/rss+xml" href="/rss.xml">``, resolved), or None."""
    if document.content_type not in ("text/html", "application/xhtml+xml"):
        return None
    import html
    from urllib.parse import urljoin

    from newstui.addresses import is_web_url
    from newstui.text.sanitize import sanitize_line

    for tag in _LINK_TAG.finditer(document.data, 0, _FEED_LINK_BYTES):
        text = tag.group()
        href = _HREF.search(text) if _ALTERNATE.search(text) and _FEED_TYPE.search(text) else None
        if href is None:
            continue
        value = html.unescape((href.group(1) or href.group(2) or href.group(3) or b"").decode("utf-8", "replace"))
        target = sanitize_line(urljoin(document.url or document.origin, value.strip()))
        if is_web_url(target):
            return target
    return None


def full_entry(
    entry: Article, pages: Sequence[Article], *, shared: bool = False, landed: bool = False
) -> Article | None:
    """A feed entry with the story of the page its link leads to, or None when that page gave no story.

    The entry keeps its id, origin and URL, so the list keeps its row and two entries that link to
    one page stay two (with the page's id the second one was dropped as a duplicate); with ``landed``
    its URL becomes the page's (``_landed``: where a tracking link led, so the same page loaded directly
    is the same story, listed once) when the page's headline is the entry's (not a login wall's, a
    removed story's "home" page). The feed's
    author stays (a feed's ``dc:creator`` is a name; a page's byline is often noisier), the page's
    only fills one in; the page's date replaces the feed's unless it is less precise (a day where the
    feed gave the time: ``2024-05-01`` under ``2024-05-01T08:00:00+00:00``); the page's source,
    section and keywords fill in only what they have (a feed's section, "محليات" of a feed titled
    "صحيفة النخيل - محليات", stays under a page that names none). A feed behind the link gives only
    summaries of other stories, a homepage (``listing``) only links to them: None (the entry's own
    summary stays). A page whose story is shorter than the entry's own text never replaces that text
    (``_longer_entry``).

    An entry with media (a podcast episode, a video, whose link is often the show's page) keeps its own
    title, text and links (``_own_entry``): the page adds its paragraphs only when the entry had a
    summary alone and the page's headline is the entry's. One of several entries of its feed that link
    to the page (``shared``) takes the page only when the page's headline is its own. Otherwise the
    entry is given back as it was (the page was had, but it is another story).

    Args:
        entry: the feed entry (``summary_only``).
        pages: what fetching and parsing its link gave (a feed's entries, summaries or whole, are no page's story).
        shared: other entries of its feed link to the same page, and this one is not the one entry linking
            the page itself (its link points into it, ``#video``, or several link the page itself).
        landed: give the story the page's address (``--fetch-entries``, before the stories of a load are told
            apart; ``fetch_entries`` gives the entry's link back when another entry of its feed has that address
            or lands there too); the reader, which merges an entry it opens, keeps the entry's link its read
            marks know.
    """
    page = next(
        (article for article in pages if article.paragraphs and not _feed_entry(article) and not article.listing), None
    )
    if page is None:
        return None
    if any(link.kind == "media" for link in entry.related):
        return _own_entry(entry, page)
    if shared and not _same_headline(entry.title, page.title):
        return entry  # another entry's story, or none of theirs (a section's page)
    if _text_size(page) < _text_size(entry):
        return _longer_entry(entry, page)
    return dataclasses.replace(
        page,
        id=entry.id,
        origin=entry.origin,
        url=_landed(entry.url, page.url) if landed and _same_headline(entry.title, page.title) else entry.url,
        # the page's site name, not the host its parser falls back on (the feed's title names the site better)
        source=entry.source
        if entry.source and _host_only(page.source, page.url, entry.url)
        else page.source or entry.source,
        published=_more_precise(page.published, entry.published),
        section=page.section or entry.section,
        keywords=page.keywords or entry.keywords,
        author=entry.author or page.author,
        summary_only=False,
    )


def _landed(link: str | None, page: str | None) -> str | None:
    """The address of the story an entry's link led to: the page's own (its final address after the
    redirects of a tracking link, ``feedproxy``'s, a newsletter's, or its canonical one), so it is the
    address the page loaded directly has; the entry's link when it points into the page (``#video``), or
    when the page's address is a site's home (an empty or root path: a canonical link every page of a
    misconfigured site gives, a removed story's redirect), which is no story's."""
    if page is None or link is None or "#" in link:
        return link or page
    return link if _site_home(page) else page


def _site_home(url: str) -> bool:
    """Whether an address is a site's home page: its path empty or ``/`` (a query aside)."""
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).path in ("", "/")
    except ValueError:
        return True


def _own_addresses(articles: Sequence[Article], stories: Sequence[Article]) -> list[Article]:
    """``fetch_entries``'s stories, each given back its entry's link where the address it landed on
    (``full_entry``'s ``landed``) is not its alone: another entry of the feed links it (its ``#fragment``
    aside) or lands there too (two links a site redirects to one page, a removed story's). Two entries
    are never told apart as one story by the page they led to."""
    landed = [story.url if story.url != article.url else None for article, story in zip(articles, stories, strict=True)]
    counts: dict[str, int] = {}
    for url in filter(None, landed):
        counts[url] = counts.get(url, 0) + 1
    linked = {article.url.partition("#")[0] for article in articles if article.url is not None}
    return [
        dataclasses.replace(story, url=article.url)
        if url is not None and (counts[url] > 1 or url.partition("#")[0] in linked)
        else story
        for article, story, url in zip(articles, stories, landed, strict=True)
    ]


def _text_size(article: Article) -> int:
    """Characters of an article's text (its paragraphs)."""
    return sum(map(len, article.paragraphs))


def _longer_entry(entry: Article, page: Article) -> Article:
    """An entry whose own text is longer than the story its page gave (a page cut, a teaser behind a wall):
    its text stays, no longer a summary to fetch; the page fills in only a date and an author it lacks."""
    return dataclasses.replace(
        entry,
        published=entry.published or page.published,
        author=entry.author or page.author,
        summary_only=False,
    )


def _host_only(source: str | None, *urls: str | None) -> bool:
    """Whether a page's source is only the host of its address (``127.0.0.1:8080``, ``example.com``): what
    ``parse.html`` falls back on when the page names no site of its own."""
    if not source:
        return False
    from urllib.parse import urlsplit

    hosts: set[str] = set()
    for url in urls:
        try:
            parts = urlsplit(url or "")
            hosts.update((parts.netloc.rpartition("@")[2].lower(), (parts.hostname or "").lower()))
        except ValueError:
            continue
    hosts |= {host.removeprefix("www.") for host in hosts}
    hosts.discard("")
    return source.strip().lower() in hosts


def _own_entry(entry: Article, page: Article) -> Article:
    """An entry that keeps its own title and text, with the page's paragraphs after its summary when the
    page is clearly its story (its headline is the entry's, as a related link's title finds its story)."""
    if entry.feed_content or not _same_headline(entry.title, page.title):
        return entry
    known = set(entry.paragraphs)
    return dataclasses.replace(
        entry,
        paragraphs=(*entry.paragraphs, *(paragraph for paragraph in page.paragraphs if paragraph not in known)),
        published=_more_precise(page.published, entry.published),
        author=entry.author or page.author,
        keywords=entry.keywords or page.keywords,
        related=(*entry.related, *page.related),
        summary_only=False,
    )


def _same_headline(entry: str, page: str) -> bool:
    """Whether a page's headline is the entry's: the same words (``text.normalize``), or near enough
    (``link_match``: one cut short of the other, or the same content words)."""
    from newstui.link_match import Match, article_key, title_key

    match = Match(title_key(entry), None)
    match.offer(0, article_key(page), None)
    return match.target is not None


def _more_precise(page: str | None, feed: str | None) -> str | None:
    """The page's ISO date unless the feed's is more precise: it has the time of day, the page's not; or
    its offset, the page's time not (``_zoned_page_time``)."""
    if not page or (feed and "T" in feed and "T" not in page):
        return feed
    if feed and "T" in feed:
        return _zoned_page_time(page, feed) or page
    return page


def _zoned_page_time(page: str, feed: str) -> str | None:
    """A page's zoneless time (a dateline's ``2026-11-30T14:15:00``) with the offset the feed wrote its own
    time with, when it is the feed's time as written (``…14:15:00+02:00`` under the feed's ``…14:15:00+02:00``),
    or in UTC when it is the feed's moment in UTC (``…12:15:00+00:00`` under the same): the same time, ordered
    as the feed's. None when the page's time has its own offset, or is another time than the feed's (its
    update, or the feed's in a zone neither wrote): it then stays as it is, no offset made up for it."""
    from datetime import UTC, datetime

    try:
        local, moment = datetime.fromisoformat(page), datetime.fromisoformat(feed)
    except ValueError:
        return None
    if local.tzinfo is not None or moment.tzinfo is None:
        return None
    if local == moment.replace(tzinfo=None):
        return local.replace(tzinfo=moment.tzinfo).isoformat()
    if local == moment.astimezone(UTC).replace(tzinfo=None):
        return local.replace(tzinfo=UTC).isoformat()
    return None


EntryFailure = tuple[str, str]
"""An entry whose page gave no story: its address and why (one line, ``errors.error_line``)."""
_REASON_SHOWN: Final = 120
"""Characters of the first failure's reason in a feed's note."""


def entries_note(articles: Sequence[Article], failures: Sequence[EntryFailure] | None = None) -> str | None:
    """What ``--fetch-entries`` could not do, as a note for the feed: the entries whose page gave no
    story (it failed, or was no article), whose summaries stand instead, and the entries past the first
    ``MAX_ENTRY_FETCHES``, whose pages were not fetched (``unfetched_note``); None when every page did.

    With ``failures`` (``fetch_entries``'s, in feed order) the note names the first one's address and
    reason and counts the others, on one line: ``2 entries' pages gave no story (https://…/a: HTTP 404
    Not Found; 1 more): the feed's summary is shown``. Without, the entries still summaries are counted.
    """
    notes = (_failures_note(articles, failures), unfetched_note(articles))
    return "; ".join(note for note in notes if note) or None


def unfetched_note(articles: Sequence[Article]) -> str | None:
    """The line for a feed whose entries past the first ``MAX_ENTRY_FETCHES`` had pages to fetch, left
    summaries (as the other cuts are told: "only the first … are shown"), or None.

    ``only the first 200 entries' pages are fetched: 100 more show the feed's summary``
    """
    left = sum(1 for article in articles[MAX_ENTRY_FETCHES:] if _to_fetch(article))
    if not left:
        return None
    return f"only the first {MAX_ENTRY_FETCHES:,} entries' pages are fetched: {left:,} more show the feed's summary"


def _to_fetch(article: Article) -> bool:
    """Whether ``fetch_entries`` fetches an entry's page: a summary with an address other than its own media."""
    return article.summary_only and article.url is not None and not links_own_media(article)


def _failures_note(articles: Sequence[Article], failures: Sequence[EntryFailure] | None) -> str | None:
    """``entries_note``'s part for the entries whose page gave no story."""
    if failures is None:
        missed = sum(1 for article in articles[:MAX_ENTRY_FETCHES] if article.summary_only and article.url is not None)
    else:
        missed = len(failures)
    if not missed:
        return None
    entries = "entry's page" if missed == 1 else "entries' pages"
    if not failures:
        return f"{missed} {entries} gave no story: the feed's summary is shown"
    from newstui.load_notes import failure_line
    from newstui.text.sanitize import sanitize_line

    url, reason = failures[0]
    reason = sanitize_line(reason)
    if len(reason) > _REASON_SHOWN:
        reason = reason[: _REASON_SHOWN - 1] + "…"
    more = f"; {missed - 1:,} more" if missed > 1 else ""
    return f"{missed:,} {entries} gave no story ({failure_line(url, reason)}{more}): the feed's summary is shown"


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
    failures: list[EntryFailure] | None = None,
    bugs: list[str] | None = None,
) -> list[Article]:
    """A feed's entries with each summary replaced by its page's story where the page loads and parses.

    The first ``MAX_ENTRY_FETCHES`` entries are fetched (``entries_note`` tells the entries past them),
    ``pool`` bounding how many at once; an
    entry whose page fails keeps its summary (and is added to ``failures``, in feed order, with why; when
    a bug in newstui failed it, its traceback is added to ``bugs`` too).
    Each address (its ``#fragment`` aside) is fetched once
    for all the entries that link to it, in this feed and in every feed given the same ``pages``
    (``load_sources`` gives one to all the feeds of a load: a story listed by five feeds of a list
    is fetched once). Entries of this feed that link to one page keep their own titles and texts
    (``full_entry``'s ``shared``) unless its headline is theirs, but for the one entry linking the page
    itself where the others link into it (``#video``): the page is at most one of their stories.
    """
    import asyncio

    shared: EntryPages = {} if pages is None else pages
    linked: dict[str, list[int]] = {}  # per page: the feed's entries linking it, and those linking the page itself
    for article in articles[:MAX_ENTRY_FETCHES]:
        if article.summary_only and article.url is not None:
            address, _, fragment = article.url.partition("#")
            counts = linked.setdefault(address, [0, 0])
            counts[0] += 1
            counts[1] += not fragment
    missed: dict[int, EntryFailure] = {}

    async def fetch(url: str) -> list[Article]:
        async with pool:
            return await fetch_article(url, options, client=client)

    async def full(number: int, article: Article) -> Article:
        if not article.summary_only or article.url is None:
            return article
        if links_own_media(article):
            return article  # the entry's link is its own audio or video: no page to read
        address = article.url.partition("#")[0]
        page = shared.get(address)
        if page is None:
            page = shared[address] = EntryPage(asyncio.ensure_future(fetch(article.url)))
            page.fetch.add_done_callback(_retrieved)
        page.waiting += 1
        try:
            found = await asyncio.shield(page.fetch)  # an entry given up on does not cancel the others' fetch
        except NewsError as error:
            missed[number] = (article.url, error_line(error))
            return article
        except Exception as error:  # noqa: BLE001 - a bug on one page: that entry fails, not its feed; told as a bug
            missed[number] = (article.url, error_line(error))
            if bugs is not None:
                bugs.append(traceback_text(error))
            return article
        finally:
            page.waiting -= 1
            if not page.waiting and not page.fetch.done():  # every entry waiting on it was given up on
                page.fetch.cancel()
                if shared.get(address) is page:
                    del shared[address]
        entries, whole = linked.get(address, (1, 1))
        story = full_entry(article, found, shared=is_part(article.url, entries, whole), landed=True)
        if story is None:
            missed[number] = (article.url, _no_story(found))
            return article
        return story

    head = [full(number, article) for number, article in enumerate(articles[:MAX_ENTRY_FETCHES])]
    done = _own_addresses(articles, [*await asyncio.gather(*head), *articles[MAX_ENTRY_FETCHES:]])
    if failures is not None:
        failures.extend(missed[number] for number in sorted(missed))
    return done


def is_part(url: str, linking: int, whole: int) -> bool:
    """Whether an entry linking ``url`` is a part of a page other entries of its feed link too (``full_entry``'s
    ``shared``): of the ``linking`` entries that link the page, ``whole`` link the page itself; the one entry
    linking the page itself may take it whole, one linking into it (``#video``) is a part of it, and with
    several of the first kind each keeps its own."""
    return linking > 1 and ("#" in url or whole > 1)


def sharing(entry: Article, entries: Iterable[Article]) -> bool:
    """``is_part`` for ``entry`` among ``entries`` (its feed's, loaded before: the reader's corpus)."""
    if entry.url is None:
        return False
    address = entry.url.partition("#")[0]
    linking = whole = 0
    for other in entries:
        url = other.url
        if url is not None and other.origin == entry.origin and url.partition("#")[0] == address:
            linking += 1
            whole += "#" not in url
    return is_part(entry.url, linking, whole)


def links_own_media(entry: Article) -> bool:
    """Whether a feed entry's link is its own audio or video (one of its ``media`` links): no page to read."""
    return any(link.kind == "media" and link.url == entry.url for link in entry.related)


def _feed_entry(article: Article) -> bool:
    """Whether an article is a feed's entry (a summary, or a story its feed gave whole), not a page's story."""
    return article.summary_only or article.feed_content


def _no_story(pages: Sequence[Article]) -> str:
    """Why a page that loaded gave an entry no story."""
    if pages and all(_feed_entry(article) for article in pages):
        return "the page is a feed, not a story"
    return "no story in the page"


def _retrieved(done: asyncio.Future[list[Article]]) -> None:
    """Mark a shared fetch's failure as seen (each entry waiting on it reads it; none may be left)."""
    if not done.cancelled():
        done.exception()
