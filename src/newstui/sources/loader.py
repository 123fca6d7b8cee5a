"""``load_sources``: paths, folders, URLs and stdin to LoadResults, in parallel through one bounded pool."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO, Final

from newstui.addresses import is_url
from newstui.errors import FeedList, NewsError
from newstui.model import LoadResult
from newstui.sources.files import bug_result

if TYPE_CHECKING:
    import asyncio

    import httpx

    from newstui.sources.options import LoadOptions
    from newstui.sources.prefetch import Prefetch
    from newstui.sources.web import EntryPages

__all__ = ["MAX_LISTED_FEEDS", "ClientFactory", "ResultCallback", "load_sources"]

MAX_LISTED_FEEDS: Final = 500
"""Feeds opened from one list of feeds (OPML); a longer list opens its first ones and says so."""
LISTED_AT_ONCE: Final = 24
"""A list's feeds waiting on the network at once (parsing them still takes turns in the shared pool),
so a few that hang or retry leave room for the others."""
LIST_GRACE: Final = 0.5
"""Seconds a feed that has landed waits for the feeds above it in its list before it is told anyway."""


async def _in_order(
    tasks: Sequence[asyncio.Future[LoadResult | None]], grace: float
) -> AsyncIterator[LoadResult | None]:
    """The tasks' results in their order, but a result never waits more than ``grace`` seconds for an
    earlier task: so feeds that answer at about the same time join the reader's list in the list's
    order, and one that hangs or retries holds none of the others up (it is told when it lands)."""
    import asyncio

    loop = asyncio.get_running_loop()
    landed: dict[int, float] = {}
    left = list(range(len(tasks)))
    while left:
        waiting = [tasks[i] for i in left if not tasks[i].done()]
        held = [landed[i] for i in left if i in landed]
        timeout = max(0.0, min(held) + grace - loop.time()) if held else None
        if waiting:
            await asyncio.wait(waiting, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        now = loop.time()
        blocked = False
        for i in list(left):
            if not tasks[i].done():
                blocked = True
                continue
            landed.setdefault(i, now)
            if not blocked or now - landed[i] >= grace:
                left.remove(i)
                yield tasks[i].result()


ClientFactory = Callable[[], Awaitable["httpx.AsyncClient"]]
"""Gives the shared client when a URL is first loaded (the reader builds its client only then)."""
ResultCallback = Callable[[int, LoadResult], None]
"""``on_result(index, result)``: ``index`` is the position of the source in ``refs``."""


class _Slot:
    """One source's results as they are told (``on_result`` is told of each at once)."""

    __slots__ = ("index", "on_result", "results")

    def __init__(self, index: int, on_result: ResultCallback | None) -> None:
        self.index = index
        self.on_result = on_result
        self.results: list[LoadResult] = []

    def __call__(self, result: LoadResult) -> None:
        self.results.append(result)
        if self.on_result is not None:
            self.on_result(self.index, result)


class _Loader:
    """State shared by the loads of one ``load_sources`` call: the pool, the lazy client, stdin."""

    def __init__(
        self,
        options: LoadOptions,
        *,
        client: httpx.AsyncClient | None,
        client_factory: ClientFactory | None,
        stdin: BinaryIO | tuple[int, bytes] | None,
        prefetch: Prefetch | None,
    ) -> None:
        import asyncio

        self.options = options
        self.client = client
        self.client_factory = client_factory
        self.owns_client = False
        self.stdin = stdin
        self.prefetch = prefetch
        self.pool = asyncio.Semaphore(max(1, options.concurrency))
        self._client_lock = asyncio.Lock()
        self.entry_pages: EntryPages = {}
        """Feed entries' pages fetched so far (``fetch_entries``): each address once for all the feeds."""
        self.listed: dict[str, asyncio.Future[LoadResult]] = {}
        """Feeds named by the lists of feeds loaded so far: a feed two lists name is fetched once."""

    async def get_client(self) -> httpx.AsyncClient:
        """The shared client: the one given, the factory's, or one made here (and closed by ``close``)."""
        async with self._client_lock:
            if self.client is None and self.client_factory is not None:
                self.client = await self.client_factory()
            if self.client is None:
                from newstui.sources.http import make_client

                self.client = make_client(self.options)
                self.owns_client = True
            return self.client

    async def close(self) -> None:
        """Stop the lists' feeds still loading, and close the client if this loader made it."""
        for task in self.listed.values():
            task.cancel()
        if self.owns_client and self.client is not None:
            await self.client.aclose()

    async def load(self, ref: str, report: _Slot) -> None:
        """Load one reference, reporting each result (several for a folder or a list of feeds)."""
        import asyncio

        from newstui.sources.files import is_folder

        try:
            if ref == "-":
                result = await self._stdin()
            elif is_url(ref):
                result = await self._url(ref)
            elif await asyncio.to_thread(is_folder, ref):
                from newstui.sources.folder_load import load_folder

                await load_folder(ref, self.options, self.pool, report)
                return
            else:
                result = await self._file(ref)
        except FeedList as listing:
            if self.options.open_feed_lists:
                await self._listed_feeds(ref, listing, report)
                return
            result = LoadResult(origin=ref)  # nothing yet: the caller opens the list's feeds itself
        except NewsError as error:
            result = LoadResult(origin=ref, error=error.message)
        except Exception as error:  # noqa: BLE001 - a bug on one source must not stop the others: told as a bug
            result = bug_result(ref, error)
        report(result)

    async def _listed_feeds(self, ref: str, listing: FeedList, report: _Slot) -> None:
        """Load the feeds a list names side by side, told in its order but for a slow one (``_in_order``);
        the slot ends in the list's order. No list inside is opened."""
        import asyncio

        if listing.refused:
            plural = "es" if listing.refused != 1 else ""
            message = f"{listing.refused:,} feed address{plural} not opened (http or https only, no control characters)"
            report(LoadResult(origin=ref, error=message))
        relative = listing.relative_reason()
        if relative is not None:
            report(LoadResult(origin=ref, error=relative))
        feeds = listing.feeds
        if len(feeds) > MAX_LISTED_FEEDS:
            message = f"a list of {len(feeds):,} feeds: only the first {MAX_LISTED_FEEDS:,} are opened"
            report(LoadResult(origin=ref, error=message))
        network = asyncio.Semaphore(LISTED_AT_ONCE)

        async def fetched(url: str) -> LoadResult:
            try:
                return await self._url(url, network=network)
            except FeedList:
                return LoadResult(origin=url, error="a list of feeds inside a list of feeds is not opened")
            except NewsError as error:
                return LoadResult(origin=url, error=error.message)
            except Exception as error:  # noqa: BLE001 - a bug on one feed must not stop the list: told as a bug
                return bug_result(url, error)

        async def one(url: str) -> LoadResult | None:
            """The feed's result; for a feed an earlier list named, the same fetch's result, or None if it
            failed (its line was told already; its stories are told again and the reader lists them once)."""
            shared = self.listed.get(url)
            if shared is None:
                shared = self.listed[url] = asyncio.ensure_future(fetched(url))
                return await asyncio.shield(shared)
            result = await asyncio.shield(shared)
            return None if result.error and not result.articles else result

        opened = feeds[:MAX_LISTED_FEEDS]
        tasks = [asyncio.ensure_future(one(url)) for url in opened]
        try:
            async for result in _in_order(tasks, LIST_GRACE):
                if result is not None:
                    report(result)
        finally:
            for task in tasks:
                task.cancel()
        place = {url: position for position, url in enumerate(opened)}
        report.results.sort(key=lambda result: place.get(result.origin, -1))  # the list's line first

    async def _stdin(self) -> LoadResult:
        import asyncio

        from newstui.sources.files import parsed_result, stdin_parsed

        failed = dict(self.options.piped_files).get("-")
        if isinstance(failed, NewsError):
            raise failed  # the command line could not read it (a pipe that stayed silent, or too much)
        stream = self.stdin
        if isinstance(stream, tuple):  # a pipe left to the reader: read on the event loop, the window drawn
            import io

            from newstui.sources.local import read_pipe_fd_async

            self.stdin = None  # read once
            fd, head = stream
            stream = io.BytesIO(await read_pipe_fd_async(fd, cap=self.options.max_file_bytes, head=head))
        if stream is None:
            return LoadResult(origin="-", error="no input on stdin")
        async with self.pool:
            parsed = await asyncio.to_thread(stdin_parsed, stream, self.options)
        return parsed_result("-", parsed)

    async def _url(self, ref: str, *, network: asyncio.Semaphore | None = None) -> LoadResult:
        """One URL's articles; with ``network``, a list's feed: fetched under it, parsed in the pool."""
        if self.prefetch is not None:
            result = await self.prefetch.take(ref)
            if result is not None:
                return result
        from newstui.parse.feed_notes import feed_note, feed_remarks
        from newstui.sources.http import validate_url
        from newstui.sources.web import (
            EntryFailure,
            entries_note,
            fetch_article,
            fetch_document,
            fetch_entries,
            parse_fetched,
        )

        validate_url(ref)
        client = await self.get_client()
        if network is not None:
            async with network:
                document = await fetch_document(ref, self.options, client=client)
            async with self.pool:
                articles = await parse_fetched(document, self.options)
        else:
            async with self.pool:
                articles = await fetch_article(ref, self.options, client=client)
        note = feed_note(articles)
        remarks = feed_remarks(articles)  # (``fetch_entries`` gives a plain list)
        if self.options.fetch_entries:
            failures: list[EntryFailure] = []
            bugs: list[str] = []
            articles = await fetch_entries(
                articles,
                self.options,
                client=client,
                pool=self.pool,
                pages=self.entry_pages,
                failures=failures,
                bugs=bugs,
            )
            note = "; ".join(filter(None, (note, entries_note(articles, failures))))
            if bugs:  # a bug on an entry's page: the feed loaded, but the run tells it as a bug
                return LoadResult(origin=ref, articles=tuple(articles), error=note, notes=remarks, traceback=bugs[0])
        return LoadResult(origin=ref, articles=tuple(articles), error=note or None, notes=remarks)

    async def _file(self, ref: str) -> LoadResult:
        import asyncio

        from newstui.sources.files import file_parsed, parsed_result
        from newstui.sources.local import is_pipe

        if self.prefetch is not None:
            result = await self.prefetch.take(ref)
            if result is not None:
                return result
        options = self.options
        if ref not in dict(options.piped_files) and is_pipe(ref):
            # A pipe the command line left to the reader: read on the event loop, while the window draws.
            from dataclasses import replace

            from newstui.sources.local import read_pipe_async

            data = await read_pipe_async(ref, cap=options.max_file_bytes)
            options = replace(options, piped_files=((ref, data),))
        async with self.pool:
            parsed = await asyncio.to_thread(file_parsed, ref, options)
        return parsed_result(ref, parsed)


async def load_sources(
    refs: Sequence[str],
    options: LoadOptions,
    *,
    client: httpx.AsyncClient | None = None,
    client_factory: ClientFactory | None = None,
    stdin: BinaryIO | tuple[int, bytes] | None = None,
    on_result: ResultCallback | None = None,
    prefetch: Prefetch | None = None,
    on_done: Callable[[int], None] | None = None,
) -> list[LoadResult]:
    """Load every source in parallel through a bounded pool; results come back in command-line order.

    Files are read and parsed on worker threads, URLs fetched through one client (created here only
    if some reference is a URL and none was passed, and then closed here). A folder expands, at its
    position, to one result per readable file in natural path order; binary and empty files in it
    are skipped silently. A list of feeds (OPML) expands, at its position, to one result per feed
    it names (``MAX_LISTED_FEEDS`` at most), told in the list's order but for one that keeps the
    others waiting (``LIST_GRACE``), and returned in the list's order. A
    bad source becomes ``LoadResult(origin, error=...)`` (one sanitized line without the origin);
    this function does not raise for bad sources.

    Args:
        refs: file paths, folders, http(s) URLs (pages, feeds, lists of feeds), and "-" for ``stdin``.
        options: limits, forced encoding, concurrency, whether to fetch feed entries' pages.
        client: a shared ``httpx.AsyncClient`` (see ``sources.http.make_client``).
        client_factory: an async callable giving the shared client, called only when a URL is
            fetched here (when no ``client`` is given).
        stdin: the binary stream "-" reads (the CLI passes ``sys.stdin.buffer``), or the descriptor of a
            pipe and the bytes read from it so far, the rest read as it comes and given up after
            ``local.PIPE_IDLE_SECONDS`` without a byte (piped stdin left to the reader); never read otherwise.
        on_result: called as ``on_result(index, result)`` when each result is ready, ``index`` being
            the source's position in ``refs`` (a folder or a list of feeds reports several results
            with its index).
        prefetch: a helper already loading the URLs and files (``sources.prefetch``): its result is
            taken for each one it answers for, and the source is loaded here otherwise.
        on_done: called as ``on_done(index)`` once source ``index`` has told its last result (a folder
            or a list of feeds is loading until then, whatever it has told).

    Returns:
        All results, sources in ``refs`` order, a folder's files in walk order, a list's feeds in its order.
    """
    import asyncio

    loader = _Loader(options, client=client, client_factory=client_factory, stdin=stdin, prefetch=prefetch)
    slots = [_Slot(index, on_result) for index in range(len(refs))]

    async def load(index: int, ref: str) -> None:
        await loader.load(ref, slots[index])
        if on_done is not None:
            on_done(index)

    try:
        async with asyncio.TaskGroup() as group:
            for index, ref in enumerate(refs):
                group.create_task(load(index, ref))
    finally:
        await loader.close()
    return [result for slot in slots for result in slot.results]
