"""A folder as a source: its files read in short batches, a big one shared with a helper process, what was left out."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from newstui.model import LoadResult
from newstui.sources.files import folder_file_result

if TYPE_CHECKING:
    import asyncio

    from newstui.sources.folder import WalkStats
    from newstui.sources.folder_cache import FolderCache
    from newstui.sources.options import LoadOptions
    from newstui.sources.parallel import FolderHelper

__all__ = ["FOLDER_BATCH_SECONDS", "load_folder"]

FOLDER_BATCH_SECONDS: Final = 0.05
"""A folder is read in batches of about this long, so progress is reported and other sources run."""

Report = Callable[[LoadResult], None]


@dataclass
class _Counts:
    """How many of a folder's files gave a result, and how many were skipped (binary, empty, devices)."""

    results: int = 0
    skipped: int = 0

    def count(self, result: LoadResult | None) -> None:
        """Count one file's result (None: skipped)."""
        if result is None:
            self.skipped += 1
        else:
            self.results += 1


async def load_folder(ref: str, options: LoadOptions, pool: asyncio.Semaphore, report: Report) -> None:
    """Load every readable file of a folder, reporting each file's result in walk order.

    The files are read in short batches on a worker thread (``pool`` bounds them with the other
    sources' work); a big folder is shared with a helper process (``sources.parallel``), with the
    same results in the same order. With ``folder_cache`` an unchanged file of a big folder listed
    before is answered from the cache (``sources.folder_cache``), which the load then updates. What
    the walk left out ends in one more result for the folder: an error when nothing was readable, or
    a note when files were not reached.
    """
    import asyncio

    from newstui.sources.folder import WalkStats, iter_folder

    stats = WalkStats()
    counts = _Counts()
    load = _FolderLoad(options, pool, report, counts)
    if options.folder_cache and options.index_folders:
        from newstui.sources.folder_cache import FolderCache

        load.cache = await asyncio.to_thread(
            FolderCache.open, ref, encoding=options.encoding, cap=options.max_file_bytes
        )
    try:
        await load.run(ref, iter_folder(ref, stats=stats))
        if load.cache is not None:
            await asyncio.to_thread(load.cache.save, load.found)
    finally:
        if load.cache is not None:
            load.cache.close()
    notes = folder_notes(stats, counts.skipped)
    if stats.top_error:  # the folder itself could not be listed: why, as for a file
        report(LoadResult(origin=ref, error=stats.top_error))
    elif counts.results == 0:
        if stats.beside:  # (a folder of a README alone: it holds no story)
            passed = (
                "1 README, LICENSE or CHANGELOG: not a story"
                if stats.beside == 1
                else f"{stats.beside} README, LICENSE or CHANGELOG files: not stories"
            )
            notes = f"{notes}; {passed}" if notes else passed
        if stats.skipped:  # say what was there: files of other kinds are not read in a folder
            kinds = "file of another kind" if stats.skipped == 1 else "files of other kinds"
            passed = f"{stats.skipped} {kinds}: a folder's .txt, .md, .html and feed files are read"
            notes = f"{notes}; {passed}" if notes else passed
        report(LoadResult(origin=ref, error="no readable files" + (f" ({notes})" if notes else "")))
    elif notes and (stats.truncated or stats.depth_capped or stats.unreadable):
        report(LoadResult(origin=ref, error=notes))


def folder_notes(stats: WalkStats, skipped: int) -> str:
    """What a folder walk left out, as one phrase ("" when nothing notable)."""
    from newstui.sources.folder import MAX_DEPTH, MAX_ENTRIES

    notes = []
    if skipped:
        notes.append(f"{skipped} binary or empty file{'s' if skipped != 1 else ''} skipped")
    if stats.unreadable:
        plural = "s" if stats.unreadable != 1 else ""
        named = stats.first_unreadable
        if named:  # the first one named: "…: locked (permission denied) and 2 more"
            more = stats.unreadable - 1
            named = f": {named}" + (f" and {more:,} more" if more else "")
        notes.append(f"{stats.unreadable} folder{plural} could not be read{named}")
    if stats.depth_capped:
        notes.append(f"{stats.depth_capped} folder(s) deeper than {MAX_DEPTH} levels skipped")
    if stats.truncated:
        notes.append(f"stopped after {MAX_ENTRIES:,} entries")
    if stats.linked_folders:
        plural = "s" if stats.linked_folders != 1 else ""
        notes.append(f"{stats.linked_folders} linked folder{plural} not followed")
    return "; ".join(notes)


class _FolderLoad:
    """One folder being loaded: its options, the shared pool, where results go and what was counted."""

    def __init__(self, options: LoadOptions, pool: asyncio.Semaphore, report: Report, counts: _Counts) -> None:
        self.options = options
        self.pool = pool
        self._report = report
        self.counts = counts
        self.cache: FolderCache | None = None
        """The folder's remembered listing (with ``folder_cache``); its files are looked up before being read."""
        self.found: list[LoadResult] = []
        """Every result reported, in walk order, when there is a cache to update."""

    def report(self, result: LoadResult) -> None:
        """Report one result (and keep it for the cache)."""
        if self.cache is not None:
            self.found.append(result)
        self._report(result)

    async def run(self, ref: str, walker: Iterator[str]) -> None:
        """Read every file of the walk; a big folder is shared with a helper process.

        A folder whose top level is big enough has its helper launched first, so the helper starts up
        while the folder is listed. The reader's first file comes next, on its own, so its list shows
        a title at once; the rest of the walk is then listed and shared out.
        """
        import asyncio

        from newstui.sources.helper import finish
        from newstui.sources.parallel import FolderHelper, helper_share, prestart

        cache = self.cache
        remembered = len(cache) if cache is not None else 0
        # A folder listed before is mostly answered from its cache: no helper is started for it.
        early = None if remembered else await asyncio.to_thread(prestart, ref)
        helper: FolderHelper | None = None
        try:
            if self.options.index_folders:
                async with self.pool:
                    batch, finished = await asyncio.to_thread(self._batch, walker, 0.0)
                for first in batch:
                    self.report(first)
                if finished:
                    return
            async with self.pool:
                paths = await asyncio.to_thread(list, walker)
            if cache is not None:  # every file's stamp is taken before it is read, here or in the helper
                await asyncio.to_thread(cache.note_all, paths)
            share = helper_share(len(paths) - remembered) + remembered
            helper = FolderHelper.start(paths[share:], self.options, process=early) if share < len(paths) else None
            if helper is not None:
                early = None
        finally:
            if early is not None:
                await asyncio.to_thread(finish, early)
        if helper is None:
            await self._batches(iter(paths))
            return
        try:
            await self._batches(iter(paths[:share]))
            await self._share_with(helper)
        finally:
            await asyncio.to_thread(helper.close)

    def _tell(self, result: LoadResult | None) -> None:
        self.counts.count(result)
        if result is not None:
            self.report(result)

    async def _share_with(self, helper: FolderHelper) -> None:
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
                self._tell(result)
            if helper.covered(len(taken)):
                break
            async with self.pool:
                taken += await asyncio.to_thread(helper.take_some, len(taken), self.options, FOLDER_BATCH_SECONDS)
        for result in helper.answered(reported, total - len(taken)):  # the last ones, in before the helper ended
            reported += 1
            self._tell(result)
        await self._batches(iter(helper.paths[reported : total - len(taken)]))
        for result in reversed(taken):
            self._tell(result)

    async def _batches(self, walker: Iterator[str]) -> None:
        """Read the walk's files in short batches on a worker thread, reporting each batch."""
        import asyncio

        while True:
            async with self.pool:
                # The first batch ends with its first article, so the list shows something at once.
                seconds = FOLDER_BATCH_SECONDS if self.counts.results else 0.0
                batch, finished = await asyncio.to_thread(self._batch, walker, seconds)
            for result in batch:
                self.report(result)
            if finished:
                break

    def _batch(self, walker: Iterator[str], seconds: float) -> tuple[list[LoadResult], bool]:
        """Read folder files for about ``seconds`` (until a result, up to FOLDER_BATCH_SECONDS); (results, finished)."""
        start = time.monotonic()
        results: list[LoadResult] = []
        counts = self.counts
        cache = self.cache
        for path in walker:
            result = (cache.lookup(path) if cache is not None else None) or folder_file_result(path, self.options)
            if result is None:
                counts.skipped += 1
            else:
                results.append(result)
            elapsed = time.monotonic() - start
            if elapsed >= seconds and (results or elapsed >= FOLDER_BATCH_SECONDS):
                counts.results += len(results)
                return results, False
        counts.results += len(results)
        return results, True
