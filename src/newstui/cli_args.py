"""The command line's options: the defaults, the parser and ``--help``, and what the config file fills in."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn

from newstui import __version__
from newstui.sources.options import DEFAULT_TIMEOUT
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    import argparse

    from _typeshed import SupportsWrite

    from newstui.settings import DirectionChoice, LayoutChoice, SortChoice

__all__ = ["PROG", "Arguments", "build_parser", "parse_arguments", "with_config"]

PROG = "newstui"

EPILOG = """\
sources:
  a file, a folder, an http(s) URL (page or RSS/Atom feed), or - for stdin;
  a pipe (stdin, <(curl ...), /dev/stdin, a FIFO) is read once, to its end,
  and given up after 30 s without a byte; a file or pipe over 20 MB is
  refused; a text is read to its first 100,000 lines with a letter or digit;
  a list of feeds (OPML, a file or a URL) opens the feeds it names; no
  SOURCE with piped stdin reads stdin; no SOURCE otherwise (a terminal,
  </dev/null, cron) opens the config file's sources, or the bundled
  samples.

config file (TOML; every key optional, the command line wins):
  sources = ["https://example.org/rss.xml", "~/news/"]
  bidi, layout, direction = "auto" | ...    sort = "loaded" | "newest"
  harakat = true    hyperlinks = true    remember = true (false: as --private)
  timeout = 20    refresh = 15 (minutes)    theme = "textual-light"
  [directions]  "~/news/english/" = "ltr"   (one source's reading direction)

environment:
  NEWSTUI_BIDI     auto | app | terminal (the --bidi default; over the
                   config file's bidi)
  XDG_CONFIG_HOME  where newstui/config.toml is looked for (usually ~/.config)
  XDG_STATE_HOME   where the reader keeps newstui/read.txt, the stories read
                   (hashed; see --private)
  XDG_CACHE_HOME   where it keeps big folders' indexes, newstui/folders
                   (see --private)
  HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY
                   the proxy for web requests, as curl reads them
  SSL_CERT_FILE, SSL_CERT_DIR
                   CA certificates to trust instead of certifi's (a company CA)
  BROWSER          the browser o opens; NO_COLOR: no colours
  COLUMNS          the --print width when --width is not given
  NEWSTUI_DEBUG=1  a traceback for a failure newstui did not expect

exit status: 0 all sources loaded; 1 some failed and the rest were shown;
2 usage error, nothing loaded or output not written; 130 interrupted; 143
terminated (kill); 129 the terminal went away; 70 a failure newstui did not
expect (a bug: one line; NEWSTUI_DEBUG=1 shows the traceback).
keys in the reader: press ? for help.
"""


@dataclass
class Arguments:
    """The parsed command line, with every option's default (the one place defaults are written)."""

    sources: list[str] = field(default_factory=list)
    print: bool = False
    json: bool = False
    width: int | None = None
    bidi: str | None = None
    encoding: str | None = None
    layout: LayoutChoice = "auto"
    direction: DirectionChoice = "auto"
    sort: SortChoice = "loaded"
    timeout: float = DEFAULT_TIMEOUT
    refresh: float = 0.0
    fetch_entries: bool = False
    harakat: bool = True
    hyperlinks: bool = True
    private: bool = False
    doctor: bool = False
    config: str | None = None
    source_directions: tuple[tuple[str, DirectionChoice], ...] = ()
    """The config file's ``[directions]`` (none when ``--direction`` is given: it is for every source)."""
    default_sources: tuple[str, ...] = ()
    """The config file's sources: opened when no SOURCE is given and nothing is piped in."""
    config_file: str | None = None
    """The config file read (its sources failing are said to be its own)."""
    theme: str | None = None
    """The config file's colour theme for the reader."""
    given: frozenset[str] = field(default=frozenset(), compare=False)
    """The options given on the command line (the config file fills in the others)."""


def parse_arguments(argv: Sequence[str]) -> Arguments:
    """The command line as ``Arguments``; exits with status 2 and a one-line error on a usage error.

    A command line of sources only (``newstui``, ``newstui story.txt``, ``newstui -``: nothing
    argparse would read as an option) is the answer as it is, without building the parser: argparse
    costs a few milliseconds and ~0.3 MiB on every start of the reader. Anything else (an option, a
    ``--``, a negative number) goes through argparse, which fills in the same ``Arguments``.

    Sources and options may come in any order (``newstui a.txt -p b.txt``, a script's
    ``newstui "$@" --json "$extra"``): argparse's ``parse_intermixed_args``. Everything after the first
    ``--`` is a source, as for ``parse_args`` (``parse_intermixed_args`` itself refuses ``-- -a.txt``).
    """
    if not any(arg.startswith("-") and arg != "-" for arg in argv):
        return Arguments(sources=list(argv))
    import argparse

    head, tail = list(argv), []
    if "--" in head:
        split = head.index("--")
        head, tail = head[:split], head[split + 1 :]
    parser = build_parser()
    given = vars(parser.parse_intermixed_args(head, namespace=argparse.Namespace()))
    if tail:
        given["sources"] = [*given.get("sources", ()), *tail]
    _refuse_misfits(parser, given)
    return Arguments(**given, given=frozenset(given) - {"sources"})


_DOCTOR_TAKES: Final = frozenset({"doctor", "bidi", "config"})
"""What ``--doctor`` reads of the command line: the bidi mode, from ``--bidi`` or the config file."""


def _refuse_misfits(parser: argparse.ArgumentParser, given: dict[str, Any]) -> None:
    """Exit with a usage line (status 2) for what argparse lets through but newstui would not use: an empty
    ``--bidi`` (taken as no ``--bidi`` at all), or sources and options beside ``--doctor``, which reads none
    of them (``--doctor --json`` would give text a script took for JSON)."""
    bidi = given.get("bidi")
    if bidi is not None and not bidi.strip():
        parser.error(f"argument --bidi: expected a mode, not {bidi!r} (choose auto, app or terminal)")
    if not given.get("doctor"):
        return
    if given.get("sources"):
        parser.error(f"argument --doctor: takes no source, not {given['sources'][0]!r}")
    for action in parser._actions:  # (argparse keeps its options only there)
        if action.dest in given and action.dest not in _DOCTOR_TAKES and action.option_strings:
            option = max(action.option_strings, key=len)
            parser.error(f"argument --doctor: not allowed with {option} (only --bidi and --config apply)")


def with_config(args: Arguments) -> Arguments:
    """``args`` with what the config file sets for the options not given on the command line.

    ``NEWSTUI_BIDI`` comes between the two for the bidi mode. Raises UsageError for a bad config file.
    """
    from dataclasses import replace

    from newstui.config import load_config
    from newstui.terminal import ENV_VAR

    if args.config == "":  # (``Path('')`` is ``.``, the current folder): named ``''`` as an empty source is
        from newstui.errors import UsageError, shown_origin

        raise UsageError("no such file", origin=f"config {shown_origin('')}")
    config = load_config(Path(args.config) if args.config is not None else None, required=args.config is not None)
    if config.path is None:
        return args
    chosen: dict[str, object] = {"default_sources": config.sources, "config_file": str(config.path)}
    if config.theme is not None:
        chosen["theme"] = config.theme
    fields: dict[str, object] = {"layout": config.layout, "direction": config.direction, "sort": config.sort}
    fields.update(timeout=config.timeout, refresh=config.refresh, harakat=config.harakat)
    fields["hyperlinks"] = config.hyperlinks
    fields["private"] = None if config.remember is None else not config.remember
    if not os.environ.get(ENV_VAR):
        fields["bidi"] = config.bidi
    if config.directions and "direction" not in args.given:
        chosen["source_directions"] = config.directions
    chosen.update({key: value for key, value in fields.items() if value is not None and key not in args.given})
    return replace(args, **chosen)  # type: ignore[arg-type]  # the values are checked by load_config


def _undecodable_shown(message: str) -> str:
    r"""argparse's message with each byte of an argument that is not UTF-8 shown as U+FFFD, as everywhere else.

    Python reads such a byte of argv as a lone surrogate (U+DC80 to U+DCFF), which ``sanitize_line`` shows
    as U+FFFD; but argparse quotes a bad value with ``repr`` (``invalid choice: '\udc9b'``), spelling the
    surrogate as an escape before the sanitizer sees it. After an escaped backslash (``'\\udc9b'``) the
    text is what the user typed, and is kept.
    """
    if "\\udc" not in message:
        return message
    import re

    return re.sub(r"(?<!\\)((?:\\\\)*)\\udc[89a-f][0-9a-f]", "\\1\ufffd", message)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to render ``--help``); its defaults come from ``Arguments``."""
    import argparse

    defaults = Arguments()
    parser = _one_line_parser()(
        prog=PROG,
        description="A terminal news reader that gets Arabic right: shaped, right to left.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        argument_default=argparse.SUPPRESS,  # absent options keep the values of the Arguments given
    )
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help="file, folder, URL, or - for stdin")
    _add_output_options(parser)
    _add_reading_options(parser, defaults)
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="read settings and default sources from FILE (default: $XDG_CONFIG_HOME/newstui/config.toml)",
    )
    parser.add_argument(
        "--doctor",
        action="store_true",
        help="show how this terminal draws Arabic (a test line in each bidi mode) and exit (with --bidi, --config)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _one_line_parser() -> type[argparse.ArgumentParser]:
    """argparse's parser class with newstui's one-line error format (and a close option suggested)."""
    import argparse

    class Parser(argparse.ArgumentParser):
        """argparse with our one-line error format."""

        def error(self, message: str) -> NoReturn:
            hint = f"see {PROG} --help"
            if message.startswith("unrecognized arguments:"):
                import difflib

                known = [option for option in self._option_string_actions if option.startswith("--")]
                for word in message.partition(":")[2].split():
                    close = difflib.get_close_matches(word.partition("=")[0], known, n=1, cutoff=0.7)
                    if word.startswith("--") and close:
                        hint = f"did you mean {close[0]}? {hint}"
                        break
            self.exit(2, f"{PROG}: {sanitize_line(_undecodable_shown(message))} ({hint})\n")

        def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
            """argparse's writer, which drops a failed write: ``--help`` or ``--version`` into a full disk would
            exit 0 with nothing written. Standard output is flushed here, and a failure said as ``--print``
            says it (``cannot write the output: …``, status 2); a reader that stops early (``| head -1``) is
            no error. Messages for stderr are written as argparse writes them.

            A closed standard output (``>&-``) is ``sys.stdout is None``, which argparse passes on as no file at
            all and would write to stderr with status 0: it is said as ``--print`` says it (one line, status 2)."""
            if file is None and sys.stdout is None:
                super()._print_message(f"{PROG}: standard output is closed\n", sys.stderr)  # (dropped if closed)
                raise SystemExit(2)
            if not _is_stdout(file):
                super()._print_message(message, file)
                return
            out = sys.stdout
            try:
                out.write(message)
                out.flush()
            except BrokenPipeError:
                from newstui.write_out import discard

                discard(out)
            except OSError as error:
                from newstui.write_out import output_failed

                self.exit(2, f"{PROG}: {output_failed(out, error)}\n")

    return Parser


def _is_stdout(file: object) -> bool:
    """Whether argparse writes ``file`` for standard output (``--help``, ``--version``), not stderr."""
    return file is not None and file is sys.stdout


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    """The "output" group: --print or --json (one of them), --width."""
    out = parser.add_argument_group("output")
    modes = out.add_mutually_exclusive_group()  # (one output: asking for both is a mistake, said at once)
    modes.add_argument(
        "-p",
        "--print",
        action="store_true",
        help=(
            "render to stdout (the default when stdout is not a terminal, TERM=dumb or a terminal of 0 rows or "
            "columns; the last two say so on stderr)"
        ),
    )
    modes.add_argument(
        "--json",
        action="store_true",
        help="print the parsed articles as JSON and exit (indented on a terminal, one line in a pipe)",
    )
    out.add_argument(
        "-w",
        "--width",
        type=_whole_number,
        metavar="N",
        help="wrap width for --print, 1 to 10000 (default: COLUMNS, else the terminal's, else 80)",
    )


_LONGEST_SHOWN: Final = 40
"""Characters of a bad number that a usage line quotes (the rest cut with …)."""


def _whole_number(value: str) -> int:
    """``-w``'s value as ``int`` reads it; a value it refuses is quoted in the usage line cut to a few words (a
    number of 5,000 digits, which Python refuses to read, would otherwise fill the screen)."""
    try:
        return int(value)
    except ValueError:
        import argparse

        shown = value if len(value) <= _LONGEST_SHOWN else value[: _LONGEST_SHOWN - 1] + "…"
        reason = " (too many digits)" if value.strip().isdigit() else ""
        raise argparse.ArgumentTypeError(f"invalid int value: {shown!r}{reason}") from None


def _add_reading_options(parser: argparse.ArgumentParser, defaults: Arguments) -> None:
    """The "reading" group: how the sources are read and shown, in the reader and --print."""
    opts = parser.add_argument_group("reading")
    opts.add_argument("--bidi", metavar="MODE", help="auto | app | terminal (default: $NEWSTUI_BIDI or auto)")
    opts.add_argument("--encoding", metavar="ENC", help="force the input encoding (e.g. windows-1256)")
    opts.add_argument(
        "--layout", choices=("auto", "ltr", "rtl"), help=f"pane order in the reader (default {defaults.layout})"
    )
    opts.add_argument(
        "--direction",
        choices=("auto", "rtl", "ltr"),
        help="reading direction of every paragraph in the reader and --print (default auto: each paragraph's own)",
    )
    opts.add_argument(
        "--sort",
        choices=("loaded", "newest"),
        help="order of the reader's list and of --print: as loaded, or newest first (default loaded)",
    )
    opts.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help=f"overall limit per web request, above 0 and at most 3600 (default {defaults.timeout:g})",
    )
    opts.add_argument(
        "--refresh",
        type=float,
        metavar="MINUTES",
        help="reload the sources every MINUTES while the reader is open (at least 1; default 0: never)",
    )
    opts.add_argument(
        "--fetch-entries",
        action="store_true",
        help="fetch each feed entry's page for --print / --json (the reader fetches an entry's page when opened)",
    )
    opts.add_argument(
        "--no-harakat",
        dest="harakat",
        action="store_false",
        help="hide harakat (Arabic vowel marks) in the reader and --print; --json keeps them",
    )
    opts.add_argument(
        "--no-hyperlinks",
        dest="hyperlinks",
        action="store_false",
        help="do not make headlines and related links clickable in the reader (OSC 8 terminal hyperlinks)",
    )
    opts.add_argument(
        "--private",
        action="store_true",
        help="do not read or remember which stories were read, nor keep folder indexes (state and cache folders)",
    )
