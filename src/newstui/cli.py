"""Command line: arguments -> sources -> the reader app, ``--print`` or ``--json``; one-line errors, exit codes.

Exit status: 0 every source loaded; 1 some failed and the rest were shown; 2 usage error, nothing
loaded or the output not written; 70 a bug in newstui (on one source, the others still shown); 129 the
terminal hung up; 130 interrupted. Textual is imported only when the interactive reader starts, so
``--version``, ``--help``, ``--print`` and ``--json`` stay fast.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple, TextIO

from newstui.addresses import distinct_sources
from newstui.cli_args import PROG, Arguments, parse_arguments, with_config
from newstui.errors import NewsError, UsageError, bug_line, quoted
from newstui.run_reader import INTERNAL_ERROR, hint_once, run_app
from newstui.stdin_input import hold_closed_stdin, read_pipes, read_stdin, stdin_alias, take_stdin_pipe
from newstui.stdin_input import reattach_keyboard as _reattach_keyboard
from newstui.stdin_input import stdin_is_piped as _stdin_is_piped
from newstui.write_out import discard, say, tell_config, write_out

if TYPE_CHECKING:
    from newstui.run_reader import ReaderApp
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


MAX_WIDTH: Final = 10_000
"""The widest ``--print`` wraps at, given or taken from the terminal."""


def _width(value: int | None, streams: Sequence[TextIO] = ()) -> int:
    """``--width`` checked, or (not given) the terminal's width, at least 20 and at most ``MAX_WIDTH`` (see
    ``_terminal_columns``: ``COLUMNS=100000000`` would otherwise pad every line to 100 million cells)."""
    if value is None:
        return min(MAX_WIDTH, max(20, _terminal_columns(streams)))
    if not 1 <= value <= MAX_WIDTH:
        raise UsageError(f"--width must be between 1 and {MAX_WIDTH}, not {value}")
    return value


def _terminal_columns(streams: Sequence[TextIO]) -> int:
    """The width ``--print`` wraps at by default: ``COLUMNS`` when set (as ``shutil.get_terminal_size``), else
    the first of ``streams`` (stdout, then stderr) that is a terminal, else 80.

    ``newstui --print story.txt | less -R`` at a terminal: stdout is a pipe, but stderr still is the terminal
    the pager draws on, so the text fills its width. With no terminal at all (cron, CI, a subprocess with
    pipes) it is 80. The controlling terminal (``/dev/tty``) is not asked: a job started from a terminal with
    both streams redirected would take that terminal's width into its file.
    """
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    for stream in streams:
        try:
            if stream.isatty():
                columns = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, OSError, ValueError):  # (no descriptor, closed: not a terminal)
            continue
        if columns > 0:
            return columns
    return 80


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


def run(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run newstui with ``argv``; returns the exit status instead of exiting."""
    stdin_closed = hold_closed_stdin()  # (first: no descriptor of newstui's may land on a closed stdin's 0)
    from dataclasses import replace

    from newstui.terminal import dumb_terminal, resolve_bidi

    # A closed stream (`>&-`, `2>&-`) is None here: messages then go nowhere, output is an error.
    err = utf8_stream(err or sys.stderr or io.StringIO())
    stdout = out or sys.stdout
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if stdout is None:
        say(err, f"{PROG}: standard output is closed\n")
        return 2
    out = utf8_stream(stdout)
    try:
        args = with_config(args)
        # Only the reader and --doctor write the escapes tmux may pass on: --print and --json ask it nothing.
        asks_tmux = args.doctor or not (args.print or args.json or not out.isatty() or dumb_terminal())
        bidi = resolve_bidi(args.bidi, probe_tmux=asks_tmux)  # (UsageError for an unknown mode)
        if args.doctor:
            from newstui.doctor import write_report

            return write_report(bidi, out)
        _check_values(args)
        refs = list(args.sources)
        piped = _stdin_is_piped()
        from_config = not refs and not piped and bool(args.default_sources)
        if not refs:
            refs = ["-"] if piped else list(args.default_sources) or bundled_samples()
        interactive = _can_draw(args, out, err)
        # The reader takes the terminal's width, but a bad --width is a mistake there too.
        width = _width(args.width, (out, err)) if not interactive or args.width is not None else 80
        if "-" in refs and not piped and _stdin_is_terminal():
            # `newstui -` at a terminal reads what is typed: say so, as the screen would stay blank.
            say(err, f"{PROG}: reading the story from the terminal; end it with ctrl+d\n")
        refs = distinct_sources(_stdin_once([stdin_alias(ref, piped, stdin_closed) for ref in refs]))
        settings = _settings(args, bidi, refs, _stdin_inputs(refs, interactive, err))
        _check_theme(args.theme, args.config_file)  # a wrong value stops every mode, as any other does
        config_file = args.config_file if from_config else None
        if not interactive:
            return write_out(settings, err, out, as_json=args.json, width=width, config_file=config_file)
        missing = _all_missing(refs)
        if missing:  # nothing the reader could show: said at once, as --print says it
            for line in missing:
                say(err, f"{PROG}: {line}\n")
            tell_config(err, config_file)
            return 2
        if settings.stdin_data is not None or settings.stdin_pipe is not None or not _stdin_is_terminal():
            _reattach_keyboard()  # stdin drained, redirected or closed (``<&-``): keys come from the terminal
        return _run_app(replace(settings, bidi=replace(bidi, hint=hint_once(bidi.hint))))
    except NewsError as exc:
        say(err, f"{PROG}: {exc}\n")
        return 2


def _check_values(args: Arguments) -> None:
    """``--timeout``, ``--refresh`` and ``--encoding`` checked (config values too): ``UsageError`` for a bad one."""
    from newstui.config import refresh_minutes, timeout_seconds

    try:
        timeout_seconds(args.timeout, "--timeout")
        refresh_minutes(args.refresh, "--refresh")
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.encoding is not None:  # (an empty name too: it names no encoding)
        from newstui.text.decode import forced_codec

        if forced_codec(args.encoding) is None:
            raise UsageError(f"unknown encoding {quoted(args.encoding)}")


def _can_draw(args: Arguments, out: TextIO, err: TextIO) -> bool:
    """Whether the reader is drawn: not for --print or --json, nor when stdout is no terminal or one that cannot
    draw it (the stories are then printed, and ``err`` says why)."""
    if args.print or args.json or not out.isatty():
        return False
    from newstui.terminal import dumb_terminal

    if dumb_terminal():
        # A terminal that cannot move its cursor (Emacs's shell, some IDE consoles): Textual would redraw
        # over and over there, deaf to keys; the stories are printed instead.
        say(err, f"{PROG}: TERM=dumb: this terminal cannot draw the reader; printing the stories instead\n")
        return False
    if _sizeless_terminal(out):
        # A pty whose size was never set (a script or expect driving it, some `ssh -tt`): Textual would
        # redraw a screen of no rows over and over, deaf to keys; the stories are printed instead.
        say(err, f"{PROG}: this terminal reports no size (0 rows or columns); printing the stories instead\n")
        return False
    return True


def _stdin_is_terminal() -> bool:
    """Whether stdin is open and a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()


class _StdinInputs(NamedTuple):
    """What stdin and the named pipes gave before the reader starts (``Settings``' fields of the same names)."""

    data: bytes | None
    """Stdin's bytes, read whole."""
    pipe: tuple[int, bytes] | None
    """A copy of a slow stdin pipe's descriptor and the bytes read so far, for the reader to read the rest."""
    piped_files: tuple[tuple[str, bytes | NewsError], ...]
    """Each pipe among the sources read now, with its bytes or why it could not be read."""


def _stdin_inputs(refs: Sequence[str], interactive: bool, err: TextIO) -> _StdinInputs:
    """What the ``-`` source and the named pipes among ``refs`` give before the reader starts.

    A pipe on stdin is left to the reader (its window drawn while a slow writer writes, given up after its
    idle limit); a file redirected to stdin, or stdin for --print/--json, is read now. The reader reads named
    pipes itself, on its event loop, its window drawn (``loader``): a FIFO with no writer yet would otherwise
    hold the window (and its keys) up to the pipe's idle limit.
    """
    taken = take_stdin_pipe() if interactive and "-" in refs else None
    stdin_pipe = taken if isinstance(taken, tuple) else None
    stdin_data, stdin_failed = _read_stdin(err) if "-" in refs and taken is None else (None, ())
    if isinstance(taken, bytes):
        stdin_data = taken  # the pipe ended at once (``cat story.txt |``): shown in the first frame
    piped_files = stdin_failed + (() if interactive else read_pipes(refs, err))
    return _StdinInputs(stdin_data, stdin_pipe, piped_files)


def _settings(args: Arguments, bidi: BidiSetup, refs: Sequence[str], stdin: _StdinInputs) -> Settings:
    """The run's settings from the checked arguments, the sources and what stdin and the pipes gave."""
    from newstui.settings import Settings

    return Settings(
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
        stdin_data=stdin.data,
        stdin_pipe=stdin.pipe,
        piped_files=stdin.piped_files,
    )


def _read_stdin(err: TextIO) -> tuple[bytes | None, tuple[tuple[str, bytes | NewsError], ...]]:
    """Piped stdin's bytes, or why it could not be read as the ``-`` source's error (the others still load)."""
    try:
        return read_stdin(err), ()
    except NewsError as error:
        return None, (("-", error),)


def _stdin_once(refs: list[str]) -> list[str]:
    """``refs`` with stdin (``-``) named once: it is read once, and a second ``-`` would be empty."""
    first = refs.index("-") if "-" in refs else -1
    return [ref for index, ref in enumerate(refs) if ref != "-" or index == first]


def _run_app(settings: Settings) -> int:
    """Run the interactive reader (``run_reader.run_app``) on the app ``newstui.ui.app`` makes."""
    return run_app(settings, _create_app)


def _create_app(settings: Settings, prefetch: Prefetch | None) -> ReaderApp:
    """The reader app: Textual is imported here, the command line's one way into the UI package."""
    from newstui.ui.app import create_app

    return create_app(settings, prefetch=prefetch)


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
        raise UsageError(f"unknown theme {quoted(theme)} (known: {', '.join(names)})", origin=f"config {config_file}")


def _sizeless_terminal(out: TextIO) -> bool:
    """The terminal says it has 0 rows or 0 columns (its size was never set): no reader there either."""
    try:
        size = os.get_terminal_size(out.fileno())
    except (AttributeError, OSError, ValueError):  # (no file descriptor: not a terminal the reader would use)
        return False
    return size.lines == 0 or size.columns == 0


def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry point."""
    try:
        return run(argv)
    except KeyboardInterrupt:
        if sys.stderr is not None and _is_terminal(sys.stderr):
            say(sys.stderr, "\n")  # the shell's prompt after the terminal's ``^C``, not a blank line in a file
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `newstui --print x | head`): not an error.
        if sys.stdout is not None:
            discard(sys.stdout)
        return 0
    except Exception as error:
        # A bug in newstui or a library: one line, as for any failure (NEWSTUI_DEBUG=1 shows the traceback).
        if os.environ.get("NEWSTUI_DEBUG"):
            raise
        if sys.stderr is not None:
            say(sys.stderr, f"{PROG}: {bug_line(error)}\n")
        return INTERNAL_ERROR


def _is_terminal(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal (False when it cannot tell: closed, or no descriptor)."""
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False
