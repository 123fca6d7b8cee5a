"""The loading API the CLI and the TUI both call: paths, folders, URLs and stdin to LoadResults, in parallel."""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Final

from newstui.errors import NewsError, NotReadable, ParseError, SourceNotFound, UsageError
from newstui.model import Article, LoadResult

if TYPE_CHECKING:
    import httpx

    from newstui.settings import Settings
    from newstui.sources.folder import WalkStats
    from newstui.sources.parallel import FolderHelper
    from newstui.sources.prefetch import Prefetch

__all__ = ["LoadOptions", "fetch_article", "file_result", "full_entry", "is_url", "load_sources", "reader_options"]

MAX_ENTRY_FETCHES: Final = 200
"""Feed entries whose pages are fetched per feed with ``fetch_entries`` (the rest stay summaries)."""
FOLDER_BATCH_SECONDS: Final = 0.05
"""A folder is read in batches of about this long, so progress is reported and other sources run."""

_URL: Final = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

ClientFactory = Callable[[], Awaitable["httpx.AsyncClient"]]
"""Gives the shared client when a URL is first loaded (the reader builds its client only then)."""
ResultCallback = Callable[[int, LoadResult], None]
"""``on_result(index, result)``: ``index`` is the position of the source in ``refs``."""


@dataclass(frozen=True)
class LoadOptions:
    """How sources are loaded."""

    timeout: float = 20.0
    """Overall deadline per HTTP request, in seconds."""
    encoding: str | None = None
    """Forced encoding (``--encoding``) for every document, else detected."""
    fetch_entries: bool = False
    """Fetch each feed entry's page and use it instead of the summary when it parses."""
    max_bytes: int = 10_000_000
    """Cap on a decoded HTTP body."""
    concurrency: int = 8
    """Sources loaded at once (network requests and parsing jobs)."""
    max_file_bytes: int = 20_000_000
    """Cap on a local file or on piped stdin."""
    index_folders: bool = False
    """List a folder's plain-text files by title only (``Article.indexed_only``), to be parsed when
    opened; the reader sets it, ``--print`` and ``--json`` need every article whole and do not."""


def reader_options(settings: Settings) -> LoadOptions:
    """The reader's load options: the run's settings, and folders listed by title (files parsed when opened)."""
    return LoadOptions(
        timeout=settings.timeout,
        encoding=settings.encoding,
        fetch_entries=settings.fetch_entries,
        index_folders=True,
    )


def is_url(ref: str) -> bool:
    """Whether a source reference is a URL (``scheme://...``) rather than a path.

    Any scheme counts, so ``feed://x`` is reported as an unsupported URL instead of a missing file;
    only http and https are fetched.
    """
    return bool(_URL.match(ref))


def _message(error: BaseException) -> str:
    """One sanitized line without the origin, for ``LoadResult.error``."""
    if isinstance(error, NewsError):
        return error.message
    from newstui.text.sanitize import sanitize_line

    return sanitize_line(f"unexpected error: {type(error).__name__}: {error}")[:200]


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
    import asyncio

    from newstui.parse import parse_document
    from newstui.sources.http import fetch

    document = await fetch(url, client, timeout=options.timeout, max_bytes=options.max_bytes)
    try:
        return await asyncio.to_thread(parse_document, document, encoding=options.encoding)
    except NewsError:
        raise
    except Exception as error:  # a parser bug must reach the UI as a NewsError, not kill its worker
        raise ParseError(_message(error)) from error


def full_entry(entry: Article, pages: Sequence[Article]) -> Article | None:
    """A feed entry with the story of the page its link leads to, or None when that page gave no story.

    The entry keeps its id, origin and URL, so the list keeps its row and two entries that link to
    one page stay two (with the page's id the second one was dropped as a duplicate); the page's
    source, date and keywords fill in only what it has. A feed behind the link gives only summaries
    of other stories: None (the entry's own summary stays).

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
        published=page.published or entry.published,
        keywords=page.keywords or entry.keywords,
        summary_only=False,
    )


class _Loader:
    """State shared by the loads of one ``load_sources`` call: the pool, the lazy client, stdin."""

    def __init__(
        self,
        options: LoadOptions,
        client: httpx.AsyncClient | ClientFactory | None,
        stdin: BinaryIO | None,
        prefetch: Prefetch | None = None,
    ) -> None:
        import asyncio

        self.options = options
        self.client: httpx.AsyncClient | None = None
        self.client_factory: ClientFactory | None = None
        if callable(client):
            self.client_factory = client
        else:
            self.client = client
        self.owns_client = False
        self.stdin = stdin
        self.prefetch = prefetch
        self.pool = asyncio.Semaphore(max(1, options.concurrency))
        self._client_lock = asyncio.Lock()

    async def get_client(self) -> httpx.AsyncClient:
        async with self._client_lock:
            if self.client is None and self.client_factory is not None:
                self.client = await self.client_factory()
            if self.client is None:
                from newstui.sources.http import make_client

                self.client = make_client(self.options)
                self.owns_client = True
            return self.client

    async def close(self) -> None:
        if self.owns_client and self.client is not None:
            await self.client.aclose()

    async def load(self, ref: str, report: Callable[[LoadResult], None]) -> None:
        """Load one reference, reporting each result (several for a folder)."""
        import asyncio

        try:
            if ref != "-" and not is_url(ref) and await asyncio.to_thread(_is_folder, ref):
                await self._folder(ref, report)
                return
            if ref == "-":
                result = await self._stdin()
            elif is_url(ref):
                result = await self._url(ref)
            else:
                result = await self._file(ref)
        except Exception as error:  # noqa: BLE001 - a bad source must never stop the others
            result = LoadResult(origin=ref, error=_message(error))
        report(result)

    async def _stdin(self) -> LoadResult:
        import asyncio

        if self.stdin is None:
            return LoadResult(origin="-", error="no input on stdin")
        stream = self.stdin
        async with self.pool:
            articles = await asyncio.to_thread(self._read_stdin, stream)
        return LoadResult(origin="-", articles=tuple(articles))

    def _read_stdin(self, stream: BinaryIO) -> list[Article]:
        from newstui.parse import parse_document
        from newstui.sources.local import read_stdin

        document = read_stdin(stream, cap=self.options.max_file_bytes)
        return parse_document(document, encoding=self.options.encoding)

    async def _url(self, ref: str) -> LoadResult:
        if self.prefetch is not None:
            result = await self.prefetch.take(ref)
            if result is not None:
                return result
        from newstui.sources.http import validate_url

        validate_url(ref)
        client = await self.get_client()
        async with self.pool:
            articles = await fetch_article(ref, self.options, client=client)
        if self.options.fetch_entries:
            articles = await self._fetch_entries(articles, client)
        return LoadResult(origin=ref, articles=tuple(articles))

    async def _fetch_entries(self, articles: list[Article], client: httpx.AsyncClient) -> list[Article]:
        """Replace summary articles by their pages where the page loads and parses."""
        import asyncio

        async def full(article: Article) -> Article:
            if not article.summary_only or article.url is None:
                return article
            try:
                async with self.pool:
                    pages = await fetch_article(article.url, self.options, client=client)
            except NewsError:
                return article
            return full_entry(article, pages) or article

        head = [full(a) for a in articles[:MAX_ENTRY_FETCHES]]
        return [*await asyncio.gather(*head), *articles[MAX_ENTRY_FETCHES:]]

    async def _file(self, ref: str) -> LoadResult:
        import asyncio

        if self.prefetch is not None:
            result = await self.prefetch.take(ref)
            if result is not None:
                return result
        async with self.pool:
            articles = await asyncio.to_thread(_read_file, ref, self.options)
        return LoadResult(origin=ref, articles=tuple(articles))

    async def _folder(self, ref: str, report: Callable[[LoadResult], None]) -> None:
        """Load every readable file of a folder, in order, in short batches on a worker thread.

        A big folder is shared with a helper process (``sources.parallel``); the results and their
        order are the same.
        """
        from newstui.sources.folder import MAX_DEPTH, MAX_ENTRIES, WalkStats, iter_folder

        stats = WalkStats()
        walker: Iterator[str] = iter_folder(ref, stats=stats)
        counts = {"results": 0, "skipped": 0}
        await self._folder_whole(ref, walker, report, counts)
        notes = _folder_notes(stats, counts["skipped"], MAX_DEPTH, MAX_ENTRIES)
        if counts["results"] == 0:
            report(LoadResult(origin=ref, error="no readable files" + (f" ({notes})" if notes else "")))
        elif notes and (stats.truncated or stats.depth_capped):
            report(LoadResult(origin=ref, error=notes))

    async def _folder_whole(
        self, ref: str, walker: Iterator[str], report: Callable[[LoadResult], None], counts: dict[str, int]
    ) -> None:
        """Read every file of a folder; a big one is shared with a helper process.

        A folder whose top level is big enough has its helper launched first, so the helper starts up
        while the folder is listed. The reader's first file comes next, on its own, so its list shows
        a title at once; the rest of the walk is then listed and shared out.
        """
        import asyncio

        from newstui.sources.helper import finish
        from newstui.sources.parallel import FolderHelper, helper_share, prestart

        early = await asyncio.to_thread(prestart, ref)
        helper: FolderHelper | None = None
        try:
            if self.options.index_folders:
                async with self.pool:
                    batch, finished = await asyncio.to_thread(self._folder_batch, walker, counts, 0.0)
                for first in batch:
                    report(first)
                if finished:
                    return
            async with self.pool:
                paths = await asyncio.to_thread(list, walker)
            share = helper_share(len(paths))
            helper = FolderHelper.start(paths[share:], self.options, process=early) if share < len(paths) else None
            if helper is not None:
                early = None
        finally:
            if early is not None:
                await asyncio.to_thread(finish, early)
        if helper is None:
            await self._folder_batches(iter(paths), report, counts)
            return
        try:
            await self._folder_batches(iter(paths[:share]), report, counts)
            await self._share_with(helper, report, counts)
        finally:
            await asyncio.to_thread(helper.close)

    async def _share_with(
        self, helper: FolderHelper, report: Callable[[LoadResult], None], counts: dict[str, int]
    ) -> None:
        """Share a big folder's files with its helper from both ends; report them all in walk order.

        The helper's answers are reported as they come, while this process parses the helper's files
        from the last one back, until the two meet; then come whatever the helper left unanswered (it
        failed or stopped) and the files taken from the end.
        """
        import asyncio

        total = len(helper.paths)
        reported = 0
        taken: list[LoadResult | None] = []  # results of the last paths, the last one first
        while True:
            for result in helper.answered(reported, total - len(taken)):
                reported += 1
                _count(result, counts)
                if result is not None:
                    report(result)
            if helper.covered(len(taken)):
                break
            async with self.pool:
                taken += await asyncio.to_thread(helper.take_some, len(taken), self.options, FOLDER_BATCH_SECONDS)
        for result in helper.answered(reported, total - len(taken)):  # the last ones, in before the helper ended
            reported += 1
            _count(result, counts)
            if result is not None:
                report(result)
        await self._folder_batches(iter(helper.paths[reported : total - len(taken)]), report, counts)
        for result in reversed(taken):
            _count(result, counts)
            if result is not None:
                report(result)

    async def _folder_batches(
        self, walker: Iterator[str], report: Callable[[LoadResult], None], counts: dict[str, int]
    ) -> None:
        """Read the walk's files in short batches on a worker thread, reporting each batch."""
        import asyncio

        while True:
            async with self.pool:
                # The first batch ends with its first article, so the list shows something at once.
                seconds = FOLDER_BATCH_SECONDS if counts["results"] else 0.0
                batch, finished = await asyncio.to_thread(self._folder_batch, walker, counts, seconds)
            for result in batch:
                report(result)
            if finished:
                break

    def _folder_batch(
        self, walker: Iterator[str], counts: dict[str, int], seconds: float
    ) -> tuple[list[LoadResult], bool]:
        """Read folder files for about ``seconds`` (until a result, up to FOLDER_BATCH_SECONDS); (results, finished)."""
        start = time.monotonic()
        results: list[LoadResult] = []
        for path in walker:
            result = folder_file_result(path, self.options)
            if result is None:
                counts["skipped"] += 1
            else:
                results.append(result)
            elapsed = time.monotonic() - start
            if elapsed >= seconds and (results or elapsed >= FOLDER_BATCH_SECONDS):
                counts["results"] += len(results)
                return results, False
        counts["results"] += len(results)
        return results, True


def _count(result: LoadResult | None, counts: dict[str, int]) -> None:
    """Count one folder file's result (None: skipped)."""
    if result is None:
        counts["skipped"] += 1
    else:
        counts["results"] += 1


def _read_file(path: str, options: LoadOptions, *, listed: bool = False) -> list[Article]:
    """The articles of one file (``listed``: a folder listing has just shown it to be a regular file)."""
    from newstui.parse import parse_document
    from newstui.sources.local import read_file, read_listed_file

    cap = options.max_file_bytes
    try:
        document = read_listed_file(path, cap=cap) if listed else read_file(path, cap=cap)
    except SourceNotFound:
        from newstui.addresses import opaque_scheme

        scheme = None if listed else opaque_scheme(path)
        if scheme is not None:  # "javascript:alert(1)", "data:,x": an address, not a missing file
            raise UsageError(f"unsupported URL scheme ({scheme[:20]}:); use http:// or https://") from None
        raise
    return parse_document(document, encoding=options.encoding)


def file_result(path: str, options: LoadOptions) -> LoadResult:
    """One file named on the command line as ``load_sources`` reports it: its articles, or its error."""
    try:
        articles = _read_file(path, options)
    except Exception as error:  # noqa: BLE001 - as load_sources: a bad source becomes its error line
        return LoadResult(origin=path, error=_message(error))
    return LoadResult(origin=path, articles=tuple(articles))


def folder_file_result(path: str, options: LoadOptions) -> LoadResult | None:
    """One file of a folder as ``load_sources`` reports it; None when it is skipped.

    Binary, empty and device files are skipped silently in a folder; any other failure is the
    file's error. With ``index_folders`` a plain-text file is a title-only entry.
    """
    try:
        if options.index_folders:
            from newstui.sources.index import index_file

            articles = index_file(path, cap=options.max_file_bytes, encoding=options.encoding, listed=True)
        else:
            articles = _read_file(path, options, listed=True)
    except NotReadable:
        return None
    except NewsError as error:
        return LoadResult(origin=path, error=error.message)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the folder
        return LoadResult(origin=path, error=_message(error))
    return LoadResult(origin=path, articles=tuple(articles))


def _is_folder(ref: str) -> bool:
    """Whether a path names a folder (following symbolic links); False for anything that fails."""
    import os

    try:
        return os.path.isdir(ref)
    except (OSError, ValueError):
        return False


def _folder_notes(stats: WalkStats, skipped: int, max_depth: int, max_entries: int) -> str:
    """What a folder walk left out, as one phrase ("" when nothing notable)."""
    notes = []
    if skipped:
        notes.append(f"{skipped} binary or empty file{'s' if skipped != 1 else ''} skipped")
    if stats.depth_capped:
        notes.append(f"{stats.depth_capped} folder(s) deeper than {max_depth} levels skipped")
    if stats.truncated:
        notes.append(f"stopped after {max_entries:,} entries")
    return "; ".join(notes)


async def load_sources(
    refs: Sequence[str],
    options: LoadOptions,
    *,
    client: httpx.AsyncClient | ClientFactory | None = None,
    stdin: BinaryIO | None = None,
    on_result: ResultCallback | None = None,
    prefetch: Prefetch | None = None,
) -> list[LoadResult]:
    """Load every source in parallel through a bounded pool; results come back in command-line order.

    Files are read and parsed on worker threads, URLs fetched through one client (created here only
    if some reference is a URL and none was passed, and then closed here). A folder expands, at its
    position, to one result per readable file in natural path order; binary and empty files in it
    are skipped silently. A bad source becomes ``LoadResult(origin, error=...)`` (one sanitized line
    without the origin); this function does not raise for bad sources.

    Args:
        refs: file paths, folders, http(s) URLs, and "-" for ``stdin``.
        options: limits, forced encoding, concurrency, whether to fetch feed entries' pages.
        client: a shared ``httpx.AsyncClient`` (see ``sources.http.make_client``), or an async
            callable giving it, called only when a URL is fetched here.
        stdin: the binary stream "-" reads (the CLI passes ``sys.stdin.buffer``); never read otherwise.
        on_result: called as ``on_result(index, result)`` when each result is ready, ``index`` being
            the source's position in ``refs`` (a folder reports several results with its index).
        prefetch: a helper already loading the URLs and files (``sources.prefetch``): its result is
            taken for each one it answers for, and the source is loaded here otherwise.

    Returns:
        All results, sources in ``refs`` order, a folder's files in walk order.
    """
    import asyncio

    loader = _Loader(options, client, stdin, prefetch)
    slots: list[list[LoadResult]] = [[] for _ in refs]

    def reporter(index: int) -> Callable[[LoadResult], None]:
        def report(result: LoadResult) -> None:
            slots[index].append(result)
            if on_result is not None:
                on_result(index, result)

        return report

    try:
        async with asyncio.TaskGroup() as group:
            for index, ref in enumerate(refs):
                group.create_task(loader.load(ref, reporter(index)))
    finally:
        await loader.close()
    return [result for slot in slots for result in slot]
