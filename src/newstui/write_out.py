"""``--print`` and ``--json``: load the sources, tell the failed ones, write the articles to the output."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final, Literal, TextIO

from newstui.cli_args import PROG
from newstui.errors import OutputError, os_reason

if TYPE_CHECKING:
    from newstui.model import Article, LoadResult
    from newstui.settings import Settings

__all__ = ["discard", "load", "output_failed", "print_articles", "report", "say", "tell_config", "write_out"]

_LINES_AT_ONCE: Final = 4096
"""Lines of one block written with one ``write``: a block of one huge paragraph (a 10 MB line wraps into
~70,000 lines) is written a part at a time, never joined into one more string of its whole text."""


def load(settings: Settings, on_result: Callable[[int, LoadResult], None] | None = None) -> list[LoadResult]:
    """Load every source (in parallel) and return the results in command-line order."""
    import asyncio

    from newstui.sources.loader import load_sources
    from newstui.sources.options import LoadOptions

    options = LoadOptions.from_settings(settings, index_folders=False)
    stdin = io.BytesIO(settings.stdin_data) if settings.stdin_data is not None else None
    return asyncio.run(load_sources(list(settings.refs), options, stdin=stdin, on_result=on_result))


def report(results: Sequence[LoadResult], err: TextIO) -> tuple[list[Article], int]:
    """Print one line per failed source (and per note of one that loaded); return the resolved articles and
    the exit status.

    A source stopped by a bug in newstui (``LoadResult.internal``) is told as one, ``unexpected error: …
    (NEWSTUI_DEBUG=1 shows where)``, its traceback after it under ``NEWSTUI_DEBUG``; the status is then 70
    (``run_reader.INTERNAL_ERROR``), whatever else loaded.
    """
    from newstui.corpus import resolve_links
    from newstui.errors import bug_line, debugging
    from newstui.load_notes import failure_line

    articles: list[Article] = []
    failed = 0
    bug = False
    for result in results:
        if result.traceback is not None:
            bug = True
            say(err, f"{PROG}: {failure_line(result.origin, bug_line(result.error or 'unexpected error'))}\n")
            if debugging():
                say(err, result.traceback + "\n")
        elif result.error:
            failed += 1
            say(err, f"{PROG}: {failure_line(result.origin, result.error)}\n")
        for note in result.notes:  # told, not a failure: the exit status stays
            say(err, f"{PROG}: {failure_line(result.origin, note)}\n")
        articles.extend(result.articles)
    resolved = resolve_links(articles)
    if bug:
        from newstui.run_reader import INTERNAL_ERROR

        return resolved, INTERNAL_ERROR
    if not resolved:
        return resolved, 2
    return resolved, 1 if failed else 0


def tell_config(err: TextIO, config_file: str | None) -> None:
    """After the failures of sources the config file named (no SOURCE given): where they come from."""
    if config_file is not None:
        from newstui.text.sanitize import visible_path

        say(err, f"{PROG}: (those sources are listed in {visible_path(config_file)})\n")


def print_articles(articles: Iterable[Article], width: int, settings: Settings, out: TextIO) -> None:
    """``--print``: each article through the one rendering pipeline, in its reading direction, with a rule between.

    Written block by block as the blocks are laid out: the first lines come at once, and an article of a
    million paragraphs takes the memory of one block, not of its whole text twice over.
    """
    from newstui.render import print_blocks, without_harakat
    from newstui.source_directions import base_direction

    rule = "─" * width
    mode: Literal["app", "terminal"] = "terminal" if settings.bidi.mode == "terminal" else "app"
    write = out.write
    for i, article in enumerate(articles):
        if i:
            write(f"\n{rule}\n\n")
        shown = article if settings.harakat else without_harakat(article)
        for lines in print_blocks(shown, width, mode=mode, direction=base_direction(article, settings)):
            if len(lines) <= _LINES_AT_ONCE:
                write("\n".join(lines) + "\n")
                continue
            for start in range(0, len(lines), _LINES_AT_ONCE):  # a huge paragraph: not its whole text once more
                write("\n".join(lines[start : start + _LINES_AT_ONCE]) + "\n")


def write_out(
    settings: Settings, err: TextIO, out: TextIO, *, as_json: bool, width: int, config_file: str | None = None
) -> int:
    """``--json`` or ``--print``: load, report failed sources (``config_file``: the file that named them),
    write the articles; a progress line on a terminal. Returns the exit status.

    Raises:
        OutputError: the output could not be written.
    """
    from newstui.progress import ProgressLine, into_pipe
    from newstui.terminal import dumb_terminal

    # No line when the output goes into a pipe (the reader at its end may be a pager on this terminal), nor on a
    # terminal that takes no control sequence.
    progress = ProgressLine(err, prog=PROG, enabled=not (into_pipe(out) or dumb_terminal()))
    try:
        results = load(settings, progress.loaded)
        progress.clear()
        articles, status = report(results, err)
        if any(result.error for result in results):
            tell_config(err, config_file)
        # Output going to the same screen as the line would be interleaved with it: count only into a file.
        to_screen = out.isatty()
        if settings.sort == "newest" and not as_json:  # --json keeps the sources' order: it is their structure
            from newstui.ordering import newest_first

            articles = newest_first(articles)
        items = articles if to_screen else progress.writing(articles)
        try:
            if as_json:
                from newstui.json_output import write_json

                # Indented for a person at a terminal; compact for a pipe, where json.dumps runs its C encoder
                # (any indent switches it to the pure-Python one, ~8x slower on 10,000 articles).
                write_json(items, results, out, indent=to_screen)
                out.write("\n")
            elif articles:
                print_articles(items, width, settings, out)
            out.flush()
        except BrokenPipeError:
            # The reader of the output stopped early (`| head`): not an error of its own, but the sources
            # that failed before it did are still a status of 1 (or 2) for a script that checks it.
            discard(out)
            return status
        except OSError as error:
            progress.clear()
            raise output_failed(out, error) from None
        return status
    finally:
        progress.clear()


def output_failed(out: TextIO, error: OSError) -> OutputError:
    """The error to raise when writing ``out`` failed (a full disk, an I/O error): ``cannot write the output: no
    space left on device``, exit status 2; what is still buffered in ``out`` is dropped (``discard``), so that
    Python's flush at exit does not fail on it again. ``--print``, ``--json``, ``--doctor``, ``--help`` and
    ``--version`` all say it so."""
    discard(out)
    return OutputError(f"cannot write the output: {os_reason(error)}")


def say(err: TextIO, text: str) -> None:
    """Write ``text`` (whole lines: a message) to ``err``, the messages' stream, and flush it.

    A stream that cannot take it (``2>>log`` on a full disk, an I/O error, a closed file) drops it, and every
    later message (``discard``): the run goes on to the exit status it earned (README's 2 for a usage error or
    nothing loaded, not the 1 of "some failed" Python gives a process that lost its stderr), and Python's
    flush at exit does not fail on the same bytes again.
    """
    try:
        err.write(text)
        err.flush()
    except (OSError, ValueError):
        discard(err)


def discard(stream: TextIO) -> None:
    """Point ``stream``'s descriptor at the null device, so that what is still buffered in it is dropped
    when Python flushes it at exit (instead of failing again there)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass
