"""Terminal handling: resolving --bidi/NEWSTUI_BIDI, explicit-mode escapes (CSI 8 l/h), hints, hang-ups, job control."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

BidiMode = Literal["app", "terminal"]
"""What the renderer does: shape and reorder in the app, or hand logical text to the terminal."""

CHOICES: Final = ("auto", "app", "terminal")
ENV_VAR: Final = "NEWSTUI_BIDI"

EXPLICIT: Final = "\x1b[8l"
"""BDSM reset: the terminal shows cells as they are (the app did the reordering)."""
IMPLICIT: Final = "\x1b[8h"
"""BDSM set: the terminal reorders on its own (its default)."""


@dataclass(frozen=True, slots=True)
class BidiSetup:
    """The resolved bidi mode and what to tell the terminal and the user."""

    mode: BidiMode
    enter: str = ""
    """Bytes to write to the terminal at start (explicit mode), possibly wrapped for tmux."""
    leave: str = ""
    """Bytes that undo ``enter`` at exit."""
    hint: str | None = None
    """A one-time hint for terminals whose own bidi cannot be switched off by escape sequence."""


def _tmux_wrap(seq: str) -> str:
    """Wrap an escape sequence in tmux's DCS passthrough envelope."""
    return "\x1bPtmux;" + seq.replace("\x1b", "\x1b\x1b") + "\x1b\\"


def tmux_passthrough_allowed(env: Mapping[str, str]) -> bool:
    """True when we run inside tmux and its ``allow-passthrough`` option is on."""
    if not env.get("TMUX"):
        return False
    try:
        out = subprocess.run(
            ["tmux", "show-options", "-gqv", "allow-passthrough"],
            capture_output=True,
            text=True,
            timeout=1.0,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return out.stdout.strip() in ("on", "all")


def unswitchable_terminal(env: Mapping[str, str]) -> str | None:
    """Name of a terminal known to reorder text itself and to ignore CSI 8 l, else None."""
    if env.get("KONSOLE_VERSION"):
        return "Konsole"
    if env.get("MLTERM"):
        return "mlterm"
    if env.get("KITTY_WINDOW_ID") or env.get("TERM") == "xterm-kitty":
        return "kitty"
    if env.get("TERM_PROGRAM") == "Apple_Terminal":
        return "Apple Terminal"
    return None


HINTS: Final = {
    "Konsole": "Konsole reorders Arabic itself: untick Profile > Advanced > 'Bi-Directional text rendering', "
    "or run with --bidi terminal.",
    "mlterm": "mlterm reorders Arabic itself: start it with -bidi=false, or run with --bidi terminal.",
    "kitty": "kitty reverses right-to-left words: set 'force_ltr yes' in kitty.conf, or run with --bidi terminal.",
    "Apple Terminal": "Terminal.app reorders Arabic itself: run with --bidi terminal if text looks reversed.",
}


def resolve_bidi(choice: str | None, env: Mapping[str, str] | None = None, *, probe_tmux: bool = True) -> BidiSetup:
    """Resolve the bidi mode: the command line beats the environment, which beats auto.

    Args:
        choice: the ``--bidi`` value, or None when not given.
        env: the environment (defaults to ``os.environ``).
        probe_tmux: ask tmux whether passthrough is allowed (tests pass False).

    Returns:
        The mode with the escape sequences to send and an optional hint.

    Raises:
        UsageError: for a value that is not one of ``CHOICES`` (exit status 2).
    """
    env = os.environ if env is None else env
    picked = choice or env.get(ENV_VAR) or "auto"
    picked = picked.strip().lower()
    if picked not in CHOICES:
        from newstui.errors import UsageError, quoted

        raise UsageError(f"unknown bidi mode {quoted(picked)} (choose auto, app or terminal)")
    if picked == "terminal":
        return BidiSetup(mode="terminal")
    enter, leave = EXPLICIT, IMPLICIT
    if env.get("TMUX"):
        # tmux swallows CSI 8 l; only the DCS envelope reaches the outer terminal, and only with passthrough.
        if probe_tmux and tmux_passthrough_allowed(env):
            enter, leave = _tmux_wrap(EXPLICIT), _tmux_wrap(IMPLICIT)
        else:
            enter, leave = "", ""
    hint = None
    if picked == "auto":
        name = unswitchable_terminal(env)
        hint = HINTS.get(name) if name else None
    return BidiSetup(mode="app", enter=enter, leave=leave, hint=hint)


def dumb_terminal(env: Mapping[str, str] | None = None) -> bool:
    """TERM says the terminal cannot move its cursor (``dumb``: Emacs's shell, some IDE consoles): no reader
    there, and no control sequence at all (no progress line erased in place, no CSI 8 l/h)."""
    return (os.environ if env is None else env).get("TERM") == "dumb"


def terminal_gone(fd: int) -> bool:
    """Whether the terminal on ``fd`` has hung up: its other end is closed (a dropped SSH session, a closed window).

    A hung-up terminal answers every request with EIO, and its reads end at once; a working
    terminal, or a descriptor that is not one, gives False. Normally the kernel also sends SIGHUP,
    but not to a process that runs on the terminal without it being its controlling terminal.
    """
    try:
        import termios
    except ImportError:  # not a POSIX system
        return False
    try:
        termios.tcgetattr(fd)
    except termios.error as error:
        return bool(error.args) and error.args[0] == errno.EIO
    except (OSError, ValueError):
        return False
    return False


def wait_for_foreground(fd: int) -> None:
    """Wait, stopped, while this process is a background job of its controlling terminal on ``fd``.

    Started in the background (``newstui &``, ``timeout newstui``), the reader is stopped by the terminal
    (SIGTTOU) the first time it sets the terminal's modes. Asked here, before any thread is started, the
    stop comes while the process has one thread: a signal that arrives meanwhile (``kill %1``: SIGTERM, then
    SIGCONT; a closed terminal: SIGHUP, then SIGCONT) reaches that thread and ends the reader. Stopped in
    Textual's driver instead, with its writer thread running, the signal could be taken by that thread while
    the main one set the modes again and was stopped again, for good. ``fg`` lets the reader go on. A
    descriptor that is not the controlling terminal, or a foreground job, returns at once.
    """
    try:
        import termios
    except ImportError:  # not a POSIX system
        return
    try:
        if os.tcgetpgrp(fd) == os.getpgrp():
            return
        termios.tcsetattr(fd, termios.TCSANOW, termios.tcgetattr(fd))  # stopped here while in the background
    except (OSError, ValueError, termios.error):
        return
