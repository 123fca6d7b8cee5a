"""A helper process that loads the command line's files, URLs and folders' first articles while the reader starts.

The reader is single-threaded Python: importing Textual, setting up the window, importing the
parser and httpx all queue on one core. Started before Textual is imported, this helper reads and
parses the files, fetches and parses the URLs on another core with exactly the code the reader would
run (``file_result``, ``load_sources``), and hands back the ``LoadResult`` of each: the reader's
process then never imports the parser or decoder for its first frame, and a big file is parsed while
Textual loads instead of after. For a folder it hands back the first file of the folder's walk that
gives articles, parsed in full (``folder_head``), so the reader's first frame can show it while the
folder itself is still to be listed. The reader takes a result the helper already has for its first
frame, waits for it otherwise, and loads a source itself whenever the helper cannot answer (it
failed to start, died, or sent something unexpected), so a missing helper changes nothing but speed.
Files go to the helper only when a second CPU can run it.

The helper never touches the terminal (its own session, stdin and stdout are pipes, stderr is
discarded) and enforces the same deadlines and size caps as the reader.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newstui.model import LoadResult
from newstui.sources.helper import cores, finish, read_frame, read_header, spawn, stop

if TYPE_CHECKING:
    from newstui.sources.options import LoadOptions

__all__ = ["HEAD_TRIES", "Prefetch", "folder_head"]

MODULE = "newstui.sources.prefetch"
WORDS: Final = "words"
"""First item of a frame of shaped words (the other frames start with a source's index)."""
VALIDATORS: Final = "validators"
"""First item of a frame of the documents the helper fetched with their ETag and Last-Modified
(``http_validators.kept_since``): kept by the reader, its first reload asks whether they changed."""
HEAD_TRIES: Final = 20
"""Files of a folder tried for its first article (binary, empty or broken ones are passed over)."""


class Prefetch:
    """The helper for a run's URLs and folders: started at once, answering each as it lands, closed at the end.

    The helper (``sources.helper``) writes its header and then one frame per source as its load ends
    (``index, LoadResult``): a URL's result, or a folder's first article (its origin is the file,
    inside the folder). After a file's or a folder's frame may come a ``("words", dict)`` frame: the
    shaped words of what the first frame shows of it (``text.rtl.shaping_seed``; see
    ``shaped_words``), sent after the result so that it never holds the result up. Before a URL's frame may
    come a ``("validators", list)`` frame: the documents its fetch kept with their ETag and Last-Modified
    (``http_validators.kept_since``), kept here too (``adopt``), so the first reload of the URL is a
    conditional request (answered by a 304 when the feed has not changed). A frame that is
    neither ends the conversation: the helper is stopped and every source without an answer yet is
    left to the reader.
    """

    def __init__(
        self,
        refs: Sequence[str],
        process: subprocess.Popen[bytes],
        folders: Sequence[str] = (),
        files: Sequence[str] = (),
    ) -> None:
        self.refs: tuple[str, ...] = tuple(refs)
        self.folders: frozenset[str] = frozenset(folders)
        """The refs that are folders: their answer is the folder's first article only."""
        self.files: frozenset[str] = frozenset(files)
        """The refs that are regular files (the others are URLs and folders)."""
        self._process = process
        self._ready = {ref: threading.Event() for ref in self.refs}
        self._results: dict[str, LoadResult] = {}
        self._seeds: list[dict[str, str]] = []
        self._reader = threading.Thread(target=self._collect, name="newstui-prefetch", daemon=True)
        self._reader.start()

    @classmethod
    def start(cls, refs: Sequence[str], options: LoadOptions, *, argv: Sequence[str] | None = None) -> Prefetch | None:
        """Start the helper on the URLs, folders and files among ``refs``; None if none or it cannot start.

        Args:
            refs: the run's sources (piped stdin, already read, is not sent; files only with 2 CPUs).
            options: the load options the reader uses (deadlines, caps, encoding, feed entries).
            argv: the helper's command (tests); this interpreter running this module by default.
        """
        from dataclasses import replace

        from newstui.addresses import is_url

        urls: list[str] = []
        folders: list[str] = []
        files: list[str] = []
        for ref in dict.fromkeys(refs):
            if ref == "-":
                continue
            if is_url(ref):
                urls.append(ref)
            elif ref.lower().endswith(".opml"):
                continue  # a list of feeds: the reader opens its feeds itself, so the helper's parse is wasted
            elif (kind := _kind(ref)) is not None:
                (folders if kind == "folder" else files).append(ref)
        if cores() < 2:
            files = []
        if not urls and not folders and not files:
            return None
        # Pipes were read by the command line and are not the helper's to load: their bytes stay here.
        process = spawn(MODULE, files + urls + folders, replace(options, piped_files=()), argv=argv)
        return cls(files + urls + folders, process, folders, files) if process is not None else None

    def _collect(self) -> None:
        """Read the helper's frames as they come (on a thread); whatever is left unanswered is the reader's."""
        stdout = self._process.stdout
        assert stdout is not None
        try:
            if read_header(stdout):
                while (frame := read_frame(stdout)) is not None:
                    self._accept(frame)
        except Exception:  # noqa: BLE001 - any failure means "load it yourself", never a crash
            pass
        finally:
            finish(self._process)
            for event in self._ready.values():
                event.set()

    def _accept(self, frame: object) -> None:
        """Keep one ``(index, LoadResult | None)``, ``("words", dict)`` or ``("validators", list)`` frame; anything
        else ends the conversation.

        ``(index, None)`` leaves that source to the reader (a list of feeds, whose feeds it loads).
        """
        if not (isinstance(frame, tuple) and len(frame) == 2):
            raise ValueError("not a result frame")
        if frame[0] == WORDS and isinstance(frame[1], dict):
            self._seeds.append(frame[1])
            return
        if frame[0] == VALIDATORS:
            from newstui.sources.http_validators import adopt

            adopt(frame[1])
            return
        index, result = frame
        if not (isinstance(index, int) and 0 <= index < len(self.refs) and isinstance(result, LoadResult | None)):
            raise ValueError("not a result frame")
        ref = self.refs[index]
        if result is None:  # "load it yourself": a list of feeds (OPML), which the reader opens
            self._ready[ref].set()
            return
        inside = ref in self.folders and result.origin.startswith(os.path.join(ref, ""))
        if not (result.origin == ref or inside) or ref in self._results:
            raise ValueError("a result for another source")
        self._results[ref] = result
        self._ready[ref].set()

    @property
    def done(self) -> bool:
        """Whether every source has its answer (or will not get one from the helper)."""
        return all(event.is_set() for event in self._ready.values())

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for every answer; whether they are all in."""
        import time

        deadline = time.monotonic() + timeout
        for event in self._ready.values():
            if not event.wait(max(0.0, deadline - time.monotonic())):
                return False
        return True

    def shaped_words(self) -> dict[str, str]:
        """The shaped words the answers in so far came with, for ``text.rtl.seed_shaping`` (unchecked)."""
        words: dict[str, str] = {}
        for seed in list(self._seeds):
            words.update(seed)
        return words

    def result_now(self, ref: str) -> LoadResult | None:
        """The helper's result for ``ref`` if it has one already; never waits."""
        event = self._ready.get(ref)
        if event is None or not event.is_set():
            return None
        return self._results.get(ref)

    async def take(self, ref: str) -> LoadResult | None:
        """The helper's result for ``ref``, waiting for it; None when the caller must load ``ref`` itself."""
        import asyncio

        event = self._ready.get(ref)
        if event is None:
            return None
        if not event.is_set():
            await asyncio.to_thread(event.wait)
        return self._results.get(ref)

    def close(self) -> None:
        """Stop the helper if it still runs and reap it (idempotent); unanswered sources stay unanswered."""
        stop(self._process)
        self._reader.join(5)


def _kind(ref: str) -> str | None:
    """What a path names, following symbolic links: "folder", "file" (a regular one) or None (anything else)."""
    import stat

    try:
        mode = os.stat(ref).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    return "file" if stat.S_ISREG(mode) else None


def folder_head(folder: str, options: LoadOptions) -> LoadResult | None:
    """The first file of ``folder``'s walk that gives articles, parsed in full; None if the first few give none.

    What the reader shows first for the folder: the same walk order and per-file function as
    ``load_sources`` (whole files, not title-only entries), at most ``HEAD_TRIES`` files tried.
    """
    from dataclasses import replace

    from newstui.sources.files import folder_file_result
    from newstui.sources.folder import iter_folder

    whole = replace(options, index_folders=False)
    for tried, path in enumerate(iter_folder(folder), 1):
        result = folder_file_result(path, whole)
        if result is not None and result.articles:
            return result
        if tried >= HEAD_TRIES:
            break
    return None


def _shaping_seed(result: LoadResult) -> dict[str, str]:
    """The shaped words of what the reader's first frame shows of ``result`` (empty on any failure)."""
    if not result.articles:
        return {}
    try:
        from newstui.render import first_frame_texts
        from newstui.text.rtl import shaping_seed

        return shaping_seed(first_frame_texts(result.articles))
    except Exception:  # noqa: BLE001 - the words are only a head start: the reader shapes what is missing
        return {}


def _answer(result: LoadResult) -> LoadResult | None:
    """What the helper sends for a source: its result, or None for one that gave neither articles nor an
    error (a list of feeds), which the reader then loads itself."""
    return result if result.articles or result.error is not None else None


def _serve() -> int:
    """The helper: load the requested files, then URLs and folder heads, writing each result as it lands."""
    from newstui.sources.helper import settle_in

    settle_in()
    from newstui.addresses import is_url
    from newstui.sources.files import file_result, is_folder
    from newstui.sources.helper import read_request, write_frame, write_header

    request = read_request()
    if request is None:
        return 2
    refs, options = request
    out = write_header()
    urls = [index for index, ref in enumerate(refs) if is_url(ref)]
    folders = [index for index, ref in enumerate(refs) if not is_url(ref) and is_folder(ref)]
    # Files first, in this thread: the reader's first frame waits for them (a file that turned into
    # a folder since the request is a folder here, as in the reader).
    others = {*urls, *folders}
    seeding = cores() >= 2  # shaping ahead only pays on a second CPU
    for index, ref in enumerate(refs):
        if index not in others:
            result = file_result(ref, options)
            write_frame(out, (index, _answer(result)))
            if seeding:
                write_frame(out, (WORDS, _shaping_seed(result)))
    if not urls and not folders:
        return 0
    import asyncio
    from dataclasses import replace

    from newstui.sources.http_validators import kept_since
    from newstui.sources.loader import load_sources

    told: set[tuple[str, str | None, str | None]] = set()

    def report(position: int, result: LoadResult) -> None:
        kept = kept_since(told)
        if kept:  # before the result: the reader has them by the time it can reload the source
            write_frame(out, (VALIDATORS, kept))
        write_frame(out, (urls[position], _answer(result)))

    async def heads() -> None:
        for index in folders:
            result = await asyncio.to_thread(folder_head, refs[index], options)
            if result is not None:
                write_frame(out, (index, result))
                if seeding:
                    write_frame(out, (WORDS, await asyncio.to_thread(_shaping_seed, result)))

    async def load() -> None:
        listed_here = replace(options, open_feed_lists=False)  # a list's feeds are the reader's to load
        await asyncio.gather(heads(), load_sources([refs[index] for index in urls], listed_here, on_result=report))

    asyncio.run(load())
    return 0


if __name__ == "__main__":
    raise SystemExit(_serve())
