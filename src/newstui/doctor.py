"""The --doctor report: how this terminal will show Arabic, with one test sentence in each bidi mode."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, TextIO

from newstui.cli_args import PROG
from newstui.terminal import BidiSetup, dumb_terminal, tmux_passthrough_allowed, unswitchable_terminal
from newstui.text import rtl
from newstui.text.sanitize import sanitize_line

__all__ = ["SENTENCE", "Report", "report", "write_report"]

SENTENCE: Final = "قال الوزير (2024) إن نظام GPS جاهز للعمل."
"""The test sentence: Arabic words, a number in brackets, a Latin word and a full stop."""
MEANING: Final = '"The minister said (2024) that the GPS system is ready for work."'
WIDTH: Final = 60
"""Width the test line is laid out at (right-aligned in it, as in the reader)."""
MIN_WIDTH: Final = 20
"""The narrowest it is laid out at (the sentence then takes two lines)."""


@dataclass(frozen=True, slots=True)
class Report:
    """The report as parts: the caller writes ``app_lines`` between the setup's enter and leave escapes."""

    facts: list[str]
    """What newstui knows about the terminal, one line each."""
    app_lines: tuple[str, ...]
    """The sentence as newstui draws it (``--bidi app``): shaped, reordered, right-aligned (one line
    but in a terminal narrower than the sentence)."""
    terminal_line: str
    """The sentence in logical order, unshaped (``--bidi terminal``)."""
    advice: list[str]
    """How to read the two lines, and what to do."""
    terminal_lines: tuple[str, ...] = ()
    """``terminal_line`` cut between words to the terminal's width (logical order: the terminal reorders each)."""


def _terminal_facts(env: Mapping[str, str], setup: BidiSetup, *, is_tty: bool, probe_tmux: bool) -> list[str]:
    term = sanitize_line(env.get("TERM") or "(not set)")
    program = sanitize_line(env.get("TERM_PROGRAM") or "")
    facts = [f"terminal   TERM={term}" + (f", TERM_PROGRAM={program}" if program else "")]
    if env.get("TMUX"):
        allowed = probe_tmux and tmux_passthrough_allowed(env)
        if allowed:
            facts.append("tmux       allow-passthrough is on: CSI 8 l reaches the outer terminal")
        else:
            facts.append("tmux       allow-passthrough is off: CSI 8 l cannot reach the outer terminal")
            facts.append("           (tmux set -g allow-passthrough on lets newstui switch its reordering off)")
    name = unswitchable_terminal(env)
    if name:
        facts.append(f"known      {name} reorders right-to-left text itself and ignores CSI 8 l")
    facts.extend(_term_limits(sanitize_line(env.get("TERM") or "")))
    if setup.mode == "app":
        sent = "explicit mode (CSI 8 l) is sent at start" if setup.enter else "no escape can switch it here"
        facts.append(f"bidi       app: newstui shapes and reorders; {sent}")
    else:
        facts.append("bidi       terminal: newstui leaves shaping and reordering to the terminal")
    if not is_tty:
        facts.append("output     not a terminal: run --doctor at the terminal to see how it shows the lines")
    return facts


def _term_limits(term: str) -> list[str]:
    """What a TERM known to fall short of the reader cannot do, one line each (none for other terminals)."""
    if term == "dumb":
        return ["known      TERM=dumb cannot move the cursor: newstui prints the stories (--print), no reader"]
    if term == "linux" or term.startswith("vt"):
        return [
            f"known      TERM={term}: a console font seldom has Arabic's joined letter forms (they may show as"
            " boxes or '?'); a terminal emulator with an Arabic font draws them"
        ]
    return []


def report(
    env: Mapping[str, str], setup: BidiSetup, *, is_tty: bool, probe_tmux: bool = True, columns: int | None = None
) -> Report:
    """The report for a terminal with environment ``env`` and the resolved ``setup`` (``--bidi``, NEWSTUI_BIDI).

    ``columns`` is the terminal's width: the test line is right-aligned in ``WIDTH`` cells or in one
    fewer than the terminal has, whichever is narrower (a line wider than the terminal would wrap,
    its first words alone on the next row).
    """
    width = WIDTH if columns is None else max(MIN_WIDTH, min(WIDTH, columns - 1))
    app_lines = rtl.layout_paragraph(SENTENCE, width, mode="app", default="rtl", prefer_rtl=True)
    prose = TEXT_WIDTH if columns is None else max(MIN_WIDTH, min(TEXT_WIDTH, columns - 1))
    advice = [
        "The sentence means:",
        f"  {MEANING}",
        'It is right when its letters are joined, its words run from right to left, and "(2024)" and "GPS"'
        " read left to right inside it, with the full stop at its left end. If line A is right: the default"
        " (--bidi app) suits this terminal. If only line B is right: the terminal reorders text itself; run"
        " newstui --bidi terminal (or set NEWSTUI_BIDI=terminal). If neither is: see 'How Arabic is drawn'"
        " in the README.",
    ]
    return Report(
        facts=wrapped(_terminal_facts(env, setup, is_tty=is_tty, probe_tmux=probe_tmux), prose),
        app_lines=app_lines,
        terminal_line=SENTENCE,
        advice=wrapped(advice, prose),
        terminal_lines=tuple(textwrap.wrap(SENTENCE, width, break_long_words=False)),
    )


TEXT_WIDTH: Final = 76
"""The report's prose is wrapped to this many cells, or to one fewer than the terminal has."""


def wrapped(lines: list[str], width: int) -> list[str]:
    """Each line cut between words to ``width`` cells, its continuation indented as its start (a fact's
    text under the text, not under its label: ``tmux       allow-passthrough …``)."""
    out: list[str] = []
    for line in lines:
        label = len(line) - len(line.lstrip(" "))
        if len(line) > 11 and line[:11].rstrip() and line[9:11] == "  " and not label:
            label = 11  # "terminal   TERM=…": the text starts after the label's column
        if label and max(map(len, line.split()), default=0) > width - label:
            label = 0  # a word too long for the indented column: under the label's start then
        out.extend(
            textwrap.wrap(line, width, subsequent_indent=" " * label, break_long_words=False, break_on_hyphens=False)
            or [""]
        )
    return out


def write_report(bidi: BidiSetup, out: TextIO) -> int:
    """``--doctor``: the terminal's facts and the test sentence in both modes (the first in explicit mode),
    written to ``out``; returns the exit status (0).

    Raises:
        OutputError: ``out`` could not be written (a full disk), as for ``--print`` (exit status 2). A reader
            that stops early (``--doctor | head -3``) is no error: the rest is dropped.
    """
    import os
    import shutil

    tty = out.isatty()
    found = report(os.environ, bidi, is_tty=tty, columns=shutil.get_terminal_size().columns if tty else None)
    width = shutil.get_terminal_size().columns - 1 if tty else 79
    title = wrapped([f"{PROG} --doctor: how this terminal draws Arabic"], width)
    lines = [*title, "", *found.facts, "", *wrapped(["A  newstui reorders (--bidi app):"], width)]
    switch = tty and not dumb_terminal()  # a dumb terminal takes no CSI 8 l/h (its known line says so)
    line_b = wrapped(["B  the terminal reorders (--bidi terminal):"], width)
    try:
        out.write("\n".join(lines) + "\n")
        out.write((bidi.enter if switch else "") + "\n".join(found.app_lines) + "\n" + (bidi.leave if switch else ""))
        out.write("\n".join([*line_b, *(found.terminal_lines or (found.terminal_line,)), "", *found.advice]) + "\n")
        out.flush()
    except BrokenPipeError:
        from newstui.write_out import discard

        discard(out)
    except OSError as error:
        from newstui.write_out import output_failed

        raise output_failed(out, error) from None
    return 0
