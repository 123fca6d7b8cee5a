"""Command line: arguments -> sources -> the reader app, ``--print`` or ``--json``; one-line errors, exit codes.

Exit status: 0 every source loaded; 1 some failed and the rest were shown; 2 usage error, nothing
loaded or the output not written; 129 the terminal hung up; 130 interrupted. Textual is imported
only when the interactive reader starts, so ``--version``, ``--help``, ``--print`` and ``--json``
stay fast.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TextIO

from newstui.cli_args import PROG, parse_arguments, with_config
from newstui.errors import NewsError, OutputError, UsageError, error_line, os_reason

if TYPE_CHECKING:
    from newstui.model import Article, LoadResult
    from newstui.settings import Settings
    from newstui.sources.prefetch import Prefetch
    from newstui.terminal import BidiSetup


def bundled_samples() -> list[str]:
    """Paths of the sample articles shipped with the package, in name order."""
    from importlib.resources import files

    root = files("newstui.samples")
    return sorted(str(Path(str(entry))) for entry in root.iterdir() if entry.name.endswith(".txt"))


def utf8_stream(stream: TextIO) -> TextIO:
    """``stream``, writing UTF-8 even when the locale gave it another encoding (``LC_ALL=C`` with
    ``PYTHONUTF8=0``, a Latin-1 locale): newstui writes Arabic, box drawing and JSON, which is UTF-8
    by definition, and no other encoding a terminal may be set to holds them all. A stream that
    cannot be reconfigured (a test's ``StringIO``) is returned as it is.
    """
    import codecs

    encoding = getattr(stream, "encoding", None)
    reconfigure = getattr(stream, "reconfigure", None)
    if not encoding or reconfigure is None:
        return stream
    try:
        if codecs.lookup(encoding).name != "utf-8":
            reconfigure(encoding="utf-8")
    except (LookupError, ValueError, OSError):
        pass
    return stream


def _stdin_is_piped() -> bool:
    """True when stdin is a pipe or a redirected file (not a terminal, not /dev/null, not closed)."""
    import stat

    try:
        mode = os.fstat(0).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def _stdin_alias(ref: str, piped: bool) -> str:
    """``-`` for a path naming piped stdin itself (``/dev/stdin``, ``/dev/fd/0``), else ``ref``: it is read
    once, as ``-``, before the reader takes the keyboard (read later, the name would lead to the terminal)."""
    if not piped or ref == "-" or "://" in ref:
        return ref
    try:
        named, ours = os.stat(ref), os.fstat(0)
    except (OSError, ValueError):
        return ref
    return "-" if (named.st_dev, named.st_ino) == (ours.st_dev, ours.st_ino) else ref


def _read_pipes(refs: Sequence[str], err: TextIO) -> tuple[tuple[str, bytes | NewsError], ...]:
    """Read each pipe named as a source (``<(curl …)``, a FIFO) to its end now, once (``local.read_pipe``);
    one that keeps its first byte is named on stderr at a terminal, as nothing else shows yet."""
    from functools import partial

    from newstui.addresses import display_origin, is_url
    from newstui.sources.local import PIPE_IDLE_SECONDS, is_pipe, read_pipe

    def waiting(ref: str) -> None:
        if err.isatty():
            err.write(f"{PROG}: waiting for {display_origin(ref)} (at most {PIPE_IDLE_SECONDS:g} s; ctrl+c stops)\n")
            err.flush()

    found: dict[str, bytes | NewsError] = {}
    for ref in refs:
        if ref != "-" and ref not in found and not is_url(ref) and is_pipe(ref):
            try:
                found[ref] = read_pipe(ref, on_wait=partial(waiting, ref))
            except NewsError as error:
                found[ref] = error
    return tuple(found.items())


def _read_stdin() -> bytes:
    """Drain piped stdin, one byte past the cap of a local file at most.

    More than the cap is not an error here: the loader reports it as the ``-`` source's error, as it
    does for a file, and the other sources are still shown.
    """
    from newstui.sources.local import FILE_CAP

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return b""
    data: bytes = stream.read(FILE_CAP + 1)
    return data


def _reattach_keyboard() -> None:
    """Point fd 0 at the controlling terminal so the reader gets keys after a pipe was drained."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError as exc:
        raise UsageError("no terminal for the keyboard; use --print or --json to read piped input") from exc
    if fd != 0:  # with stdin closed (``<&-``) the terminal is opened as fd 0 already
        os.dup2(fd, 0)
        os.close(fd)
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    if sys.__stdin__ is None:  # Textual's driver reads keys from sys.__stdin__
        setattr(sys, "__stdin__", sys.stdin)  # noqa: B010 - typeshed declares it Final


def _width(value: int | None) -> int:
    if value is None:
        import shutil

        return max(20, shutil.get_terminal_size((80, 24)).columns)
    if not 1 <= value <= 10_000:
        raise UsageError(f"--width must be between 1 and 10000, not {value}")
    return value


def _all_missing(refs: Sequence[str]) -> list[str]:
    """One ``source: reason`` line each when every source is a path that cannot be opened (no such
    file, permission denied), else none: the reader would open on nothing."""
    from newstui.addresses import is_url
    from newstui.errors import NewsError
    from newstui.load_notes import failure_line
    from newstui.sources.local import stat_path

    lines = []
    for ref in refs:
        if ref == "-" or is_url(ref):
            return []
        try:
            stat_path(ref)
        except NewsError as error:
            lines.append(failure_line(ref, str(error)))
        else:
            return []
    return lines


def _load(settings: Settings, on_result: Callable[[int, LoadResult], None] | None = None) -> list[LoadResult]:
    """Load every source (in parallel) and return the results in command-line order."""
    import asyncio

    from newstui.sources.loader import load_sources
    from newstui.sources.options import LoadOptions

    options = LoadOptions.from_settings(settings, index_folders=False)
    stdin = io.BytesIO(settings.stdin_data) if settings.stdin_data is not None else None
    return asyncio.run(load_sources(list(settings.refs), options, stdin=stdin, on_result=on_result))


def _report(results: Sequence[LoadResult], err: TextIO) -> tuple[list[Article], int]:
    """Print one line per failed source; return the resolved articles and the exit status."""
    from newstui.corpus import resolve_links
    from newstui.load_notes import failure_line

    articles: list[Article] = []
    failed = 0
    for result in results:
        if result.error:
            failed += 1
            err.write(f"{PROG}: {failure_line(result.origin, result.error)}\n")
        articles.extend(result.articles)
    resolved = resolve_links(articles)
    if not resolved:
        return resolved, 2
    return resolved, 1 if failed else 0


def _print_articles(articles: Iterable[Article], width: int, settings: Settings, out: TextIO) -> None:
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
            write("\n".join(lines) + "\n")


def _doctor(bidi: BidiSetup, out: TextIO) -> int:
    """``--doctor``: the terminal's facts and the test sentence in both modes (the first in explicit mode)."""
    import shutil

    from newstui.doctor import report

    tty = out.isatty()
    found = report(os.environ, bidi, is_tty=tty, columns=shutil.get_terminal_size().columns if tty else None)
    from newstui.doctor import wrapped

    width = shutil.get_terminal_size().columns - 1 if tty else 79
    title = wrapped([f"{PROG} --doctor: how this terminal draws Arabic"], width)
    lines = [*title, "", *found.facts, "", *wrapped(["A  newstui reorders (--bidi app):"], width)]
    out.write("\n".join(lines) + "\n")
    out.write((bidi.enter if tty else "") + "\n".join(found.app_lines) + "\n" + (bidi.leave if tty else ""))
    line_b = wrapped(["B  the terminal reorders (--bidi terminal):"], width)
    out.write("\n".join([*line_b, *(found.terminal_lines or (found.terminal_line,)), "", *found.advice]) + "\n")
    out.flush()
    return 0


def _hint_once(hint: str | None) -> str | None:
    """The hint the first time it is given on this machine, else None (remembered in the state dir)."""
    if not hint:
        return None
    try:
        from platformdirs import user_state_path

        marker = user_state_path(PROG) / "bidi-hint-shown"
        if marker.exists():
            return None
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(hint + "\n", encoding="utf-8")
    except OSError:
        pass
    return hint


def _start_prefetch(settings: Settings) -> Prefetch | None:
    """The helper loading the run's files, URLs and folders' first articles (None if none, or it cannot start)."""
    if all(ref == "-" for ref in settings.refs):
        return None
    from newstui.sources.options import reader_options
    from newstui.sources.prefetch import Prefetch

    return Prefetch.start(settings.refs, reader_options(settings))


def _run_app(settings: Settings) -> int:
    """Run the interactive reader; the terminal's bidi mode is restored however it ends."""
    import signal

    from newstui import collector

    collector.pause()  # until the first frame is drawn (the reader resumes it): start-up makes no garbage

    running: list[Any] = []
    """The app, once made: a signal asks it to exit."""

    def _terminate(signum: int, _frame: object) -> None:
        # A terminal closed under its shell also sends SIGCONT: Textual's handler for it would run after its
        # event loop has closed (a RuntimeError instead of this exit). Nothing is to be resumed now.
        signal.signal(signal.SIGCONT, signal.SIG_DFL)
        code = 128 + signum
        # Whatever happens next, the process ends: Textual's input thread, left reading a terminal that has
        # hung up, would keep the interpreter from exiting (at half a core, unseen).
        _end_after(code, FORCED_EXIT_SECONDS)
        if running and running[0].is_running:
            running[0].exit(return_code=code)  # the app winds down and stops its driver (on this thread)
            return
        raise SystemExit(code)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _terminate)
    # Files, URLs and folders start loading in a helper process now, on another core, while Textual is imported.
    prefetch = _start_prefetch(settings)
    saved_stderr = _draw_on_the_terminal()
    if sys.__stderr__ is not None:
        utf8_stream(sys.__stderr__)  # Textual draws through it
    term = sys.__stdout__
    bidi = settings.bidi
    try:
        if bidi.enter and term is not None:
            term.write(bidi.enter)
            term.flush()
        from newstui.ui.app import create_app

        app = create_app(settings, prefetch=prefetch)
        running.append(app)
        app.run()
        code = app.return_code
        _restore_stderr(saved_stderr)
        saved_stderr = None
        if app.unexpected_error is not None:
            sys.stderr.write(f"{PROG}: {error_line(app.unexpected_error)} (NEWSTUI_DEBUG=1 shows where)\n")
            return INTERNAL_ERROR
        if code is not None and code != 0:
            return int(code)
        # What failed was told in the reader; said again on the terminal, it outlives the reader's screen.
        failures = app.load_failures()
        for line in [*failures, *app.state_failures()]:  # the second kind leaves the status as it is
            sys.stderr.write(f"{PROG}: {line}\n")
        if failures and app.loaded_nothing():
            return 2  # as --print: nothing could be shown
        return 1 if failures else 0
    finally:
        _restore_stderr(saved_stderr)
        collector.resume(freeze=False)
        if prefetch is not None:
            prefetch.close()
        if bidi.leave and term is not None:
            try:
                term.write(bidi.leave)
                term.flush()
            except OSError:
                pass


FORCED_EXIT_SECONDS: Final = 5.0
"""How long the reader may take to wind down after a hang-up or a termination signal."""


def _end_after(code: int, seconds: float) -> None:
    """End the process with ``code`` in ``seconds`` unless it has ended by then (a daemon timer)."""
    import threading

    def end() -> None:
        try:
            sys.stderr.flush()
        except (OSError, ValueError, AttributeError):
            pass
        os._exit(code)

    timer = threading.Timer(seconds, end)
    timer.daemon = True
    timer.start()


def _draw_on_the_terminal() -> int | None:
    """Point fd 2 at the terminal while the reader runs when ``2> file`` sent it elsewhere.

    Textual draws through stderr: with stderr in a file and stdout on the terminal the screen would go
    into the file. Returns a copy of the old fd 2 for ``_restore_stderr`` (None when nothing moved), so
    the lines told after the reader still go where the user sent them.
    """
    try:
        if os.isatty(2) or not os.isatty(1):
            return None
        saved = os.dup(2)
        os.dup2(1, 2)
    except OSError:
        return None
    return saved


def _restore_stderr(saved: int | None) -> None:
    """Give fd 2 back what ``_draw_on_the_terminal`` took from it."""
    if saved is None:
        return
    try:
        if sys.__stderr__ is not None:
            sys.__stderr__.flush()
        os.dup2(saved, 2)
        os.close(saved)
    except (OSError, ValueError):
        pass


def run(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run newstui with ``argv``; returns the exit status instead of exiting."""
    from dataclasses import replace

    from newstui.settings import Settings
    from newstui.terminal import resolve_bidi

    # A closed stream (`>&-`, `2>&-`) is None here: messages then go nowhere, output is an error.
    err = utf8_stream(err or sys.stderr or io.StringIO())
    stdout = out or sys.stdout
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if stdout is None:
        err.write(f"{PROG}: standard output is closed\n")
        return 2
    out = utf8_stream(stdout)
    try:
        args = with_config(args)
        try:
            # Only the reader and --doctor write the escapes tmux may pass on: --print and --json ask it nothing.
            asks_tmux = args.doctor or not (args.print or args.json or not out.isatty() or _dumb_terminal())
            bidi = resolve_bidi(args.bidi, probe_tmux=asks_tmux)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        if args.doctor:
            return _doctor(bidi, out)
        from newstui.config import refresh_minutes, timeout_seconds

        try:
            timeout_seconds(args.timeout, "--timeout")
            refresh_minutes(args.refresh, "--refresh")
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        if args.encoding:
            from newstui.text.decode import forced_codec

            if forced_codec(args.encoding) is None:
                raise UsageError(f"unknown encoding {args.encoding!r}")
        refs = list(args.sources)
        piped = _stdin_is_piped()
        from_config = not refs and not piped and bool(args.default_sources)
        if not refs:
            refs = ["-"] if piped else list(args.default_sources) or bundled_samples()
        interactive = not (args.print or args.json) and out.isatty()
        if interactive and _dumb_terminal():
            # A terminal that cannot move its cursor (Emacs's shell, some IDE consoles): Textual would redraw
            # over and over there, deaf to keys; the stories are printed instead.
            err.write(f"{PROG}: TERM=dumb: this terminal cannot draw the reader; printing the stories instead\n")
            interactive = False
        if interactive and _sizeless_terminal(out):
            # A pty whose size was never set (a script or expect driving it, some `ssh -tt`): Textual would
            # redraw a screen of no rows over and over, deaf to keys; the stories are printed instead.
            err.write(f"{PROG}: this terminal reports no size (0 rows or columns); printing the stories instead\n")
            interactive = False
        # The reader takes the terminal's width, but a bad --width is a mistake there too.
        width = _width(args.width) if not interactive or args.width is not None else 80
        if "-" in refs and not piped and sys.stdin is not None and sys.stdin.isatty():
            # `newstui -` at a terminal reads what is typed: say so, as the screen would stay blank.
            err.write(f"{PROG}: reading the story from the terminal; end it with ctrl+d\n")
            err.flush()
        refs = [_stdin_alias(ref, piped) for ref in refs]
        stdin_data = _read_stdin() if "-" in refs else None
        # The reader reads pipes itself, on its event loop, its window drawn (``loader``): a FIFO with no
        # writer yet would otherwise hold the window (and its keys) up to the pipe's idle limit.
        piped_files = () if interactive else _read_pipes(refs, err)
        settings = Settings(
            refs=tuple(refs),
            bidi=bidi,
            layout=args.layout,
            direction=args.direction,
            source_directions=args.source_directions,
            sort=args.sort,
            timeout=args.timeout,
            refresh=args.refresh,
            encoding=args.encoding,
            fetch_entries=args.fetch_entries,
            harakat=args.harakat,
            hyperlinks=args.hyperlinks,
            theme=args.theme,
            remember=not args.private,
            stdin_data=stdin_data,
            piped_files=piped_files,
        )
        _check_theme(args.theme, args.config_file)  # a wrong value stops every mode, as any other does
        if interactive:
            missing = _all_missing(refs)
            if missing:  # nothing the reader could show: said at once, as --print says it
                for line in missing:
                    err.write(f"{PROG}: {line}\n")
                _tell_config(err, args.config_file if from_config else None)
                return 2
            if stdin_data is not None or sys.stdin is None or not sys.stdin.isatty():
                _reattach_keyboard()  # stdin drained, redirected or closed (``<&-``): keys come from the terminal
            settings = replace(settings, bidi=replace(bidi, hint=_hint_once(bidi.hint)))
            return _run_app(settings)
        config_file = args.config_file if from_config else None
        return _write_out(settings, err, out, as_json=args.json, width=width, config_file=config_file)
    except NewsError as exc:
        err.write(f"{PROG}: {exc}\n")
        return 2


def _check_theme(theme: str | None, config_file: str | None) -> None:
    """The config file's theme is one of Textual's (looked up only when one is set).

    Raises:
        UsageError: it is not, naming the file and the themes there are.
    """
    if theme is None:
        return
    from newstui.theme_memory import KNOWN_THEMES

    if theme in KNOWN_THEMES:
        return  # (--print and --json check it too, without importing Textual)
    from newstui.ui.themes import theme_names  # a theme of a newer Textual, or a wrong name: Textual's own list

    names = theme_names()
    if theme not in names:
        raise UsageError(f"unknown theme {theme!r} (known: {', '.join(names)})", origin=f"config {config_file}")


def _tell_config(err: TextIO, config_file: str | None) -> None:
    """After the failures of sources the config file named (no SOURCE given): where they come from."""
    if config_file is not None:
        from newstui.text.sanitize import sanitize_line

        err.write(f"{PROG}: (those sources are listed in {sanitize_line(config_file)})\n")


def _sizeless_terminal(out: TextIO) -> bool:
    """The terminal says it has 0 rows or 0 columns (its size was never set): no reader there either."""
    try:
        size = os.get_terminal_size(out.fileno())
    except (AttributeError, OSError, ValueError):  # (no file descriptor: not a terminal the reader would use)
        return False
    return size.lines == 0 or size.columns == 0


def _dumb_terminal() -> bool:
    """TERM says the terminal cannot move its cursor (``dumb``): no reader there, only printed stories."""
    return os.environ.get("TERM") == "dumb"


def _write_out(
    settings: Settings, err: TextIO, out: TextIO, *, as_json: bool, width: int, config_file: str | None = None
) -> int:
    """``--json`` or ``--print``: load, report failed sources (``config_file``: the file that named them),
    write the articles; a progress line on a terminal."""
    from newstui.progress import ProgressLine, into_pipe

    # No line when the output goes into a pipe: the reader at its end may be a pager on this terminal.
    progress = ProgressLine(err, prog=PROG, enabled=not into_pipe(out))
    try:
        results = _load(settings, progress.loaded)
        progress.clear()
        articles, status = _report(results, err)
        if any(result.error for result in results):
            _tell_config(err, config_file)
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
                _print_articles(items, width, settings, out)
            out.flush()
        except BrokenPipeError:
            # The reader of the output stopped early (`| head`): not an error of its own, but the sources
            # that failed before it did are still a status of 1 (or 2) for a script that checks it.
            _discard(out)
            return status
        except OSError as error:
            progress.clear()
            _discard(out)
            raise OutputError(f"cannot write the output: {os_reason(error)}") from None
        return status
    finally:
        progress.clear()


def _discard(stream: TextIO) -> None:
    """Point ``stream``'s descriptor at the null device, so that what is still buffered in it is dropped
    when Python flushes it at exit (instead of failing again there)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


INTERNAL_ERROR: Final = 70
"""Exit status of a failure newstui did not expect (a bug): sysexits' EX_SOFTWARE."""


def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry point."""
    try:
        return run(argv)
    except KeyboardInterrupt:
        if sys.stderr is not None:
            sys.stderr.write("\n")
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `newstui --print x | head`): not an error.
        if sys.stdout is not None:
            _discard(sys.stdout)
        return 0
    except Exception as error:
        # A bug in newstui or a library: one line, as for any failure (NEWSTUI_DEBUG=1 shows the traceback).
        if os.environ.get("NEWSTUI_DEBUG"):
            raise
        if sys.stderr is not None:
            sys.stderr.write(f"{PROG}: {error_line(error)} (NEWSTUI_DEBUG=1 shows where)\n")
        return INTERNAL_ERROR
