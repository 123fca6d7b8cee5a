"""Process-level measurements: time to first paint in a pseudo-terminal, peak RSS, wall time of a command."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from signal import SIGKILL

PROBES = Path(__file__).resolve().parent / "probes"
_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]")
"""CSI, OSC, charset and keypad sequences (what Textual writes between the characters)."""
COLS = 100
ROWS = 32


@dataclass(frozen=True, slots=True)
class ProcessRun:
    """One subprocess: seconds to the event measured, peak RSS, and whether the event happened."""

    seconds: float
    maxrss_mib: float
    ok: bool
    detail: str = ""


STATE_DIR = str(Path(__file__).resolve().parent / ".data" / "state")
"""``$XDG_STATE_HOME`` of measured children (inside the generated data, never committed)."""
CONFIG_DIR = str(Path(__file__).resolve().parent / ".data" / "config")
"""``$XDG_CONFIG_HOME`` of measured children: a folder with no newstui config, so the user's is never read."""
CACHE_DIR = str(Path(__file__).resolve().parent / ".data" / "cache")
"""``$XDG_CACHE_HOME`` of measured children: the folder indexes they keep (never the user's)."""


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for measured children: a fixed TERM, no size overrides, app-side bidi, and a state
    folder of the benchmarks' own (the reader's log of stories read is then the same on every machine), a
    cache folder of their own (the folder indexes) and no config file."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TEXTUAL", "TMUX")}
    env.update({"TERM": "xterm-256color", "NEWSTUI_BIDI": "app", "PYTHONUNBUFFERED": "1", "XDG_STATE_HOME": STATE_DIR})
    env["XDG_CONFIG_HOME"] = CONFIG_DIR
    env["XDG_CACHE_HOME"] = CACHE_DIR
    env.update(extra or {})
    return env


def _reap(pid: int) -> tuple[int, float]:
    """Wait for ``pid``; (status, peak RSS in MiB from wait4's rusage).

    ``ru_maxrss`` also counts the moments between fork and exec, when the child still maps the
    parent's memory, so it is only an upper bound when the parent is large; ``peak_rss`` is exact.
    """
    _, status, usage = os.wait4(pid, 0)
    return status, usage.ru_maxrss / 1024.0  # Linux reports KiB


def peak_rss(pid: int) -> float | None:
    """Peak RSS (``VmHWM``) of the running process ``pid`` in MiB, counted from its exec; None if unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        return None
    return None


def paint_run(
    argv: Sequence[str],
    marker: bytes,
    *,
    env: Mapping[str, str] | None = None,
    cols: int = COLS,
    rows: int = ROWS,
    timeout: float = 60.0,
    settle: float = 0.0,
    progress: re.Pattern[bytes] | None = None,
) -> ProcessRun:
    """Start ``argv`` on a fresh pseudo-terminal and time until ``marker`` appears in its output.

    This is the tmux ``capture-pane`` method without tmux: the parent reads the terminal's byte
    stream as the app writes it, so the time is exact to the write that painted the marker (no
    polling interval, no interpreter teardown). Its peak RSS is read from ``/proc/<pid>/status``
    (``VmHWM``) just before it is killed (SIGKILL, by its pid) and reaped.

    Args:
        argv: the command.
        marker: bytes that appear on screen only once the content of interest is painted.
        env: child environment (default ``child_env()``).
        cols, rows: terminal size.
        timeout: give up after this many seconds.
        settle: keep the child running this long after the marker (so peak RSS covers a loaded state).
        progress: when the marker never comes, the last match of this pattern goes into ``detail``.
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=dict(env) if env is not None else child_env(),
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    seen = b""
    last_progress = b""
    found_at: float | None = None
    deadline = start + timeout
    try:
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                break
            ready, _, _ = select.select([master], [], [], remaining)
            if not ready:
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            now = time.perf_counter()
            # Search the text with escape sequences taken out: a style change or a cursor move in the
            # middle of the marker must not hide it.
            window = _ESCAPES.sub(b"", seen[-(len(marker) + 512) :] + chunk)
            seen = (seen + chunk)[-65536:]
            if progress is not None:
                matches = progress.findall(seen[-len(chunk) - 64 :])
                if matches:
                    last_progress = matches[-1] if isinstance(matches[-1], bytes) else last_progress
            if marker in window:
                found_at = now
                break
        if found_at is not None and settle > 0:
            end = time.perf_counter() + settle
            while (left := end - time.perf_counter()) > 0:
                ready, _, _ = select.select([master], [], [], left)
                if ready:
                    try:
                        if not os.read(master, 1 << 16):
                            break
                    except OSError:
                        break
    finally:
        hwm = peak_rss(proc.pid)
        try:
            os.kill(proc.pid, SIGKILL)  # our own child, not yet reaped (a zombie at worst): safe by pid
        except ProcessLookupError:
            pass
        _, maxrss = _reap(proc.pid)
        rss = hwm if hwm is not None else maxrss
        proc.returncode = -9
        os.close(master)
    if found_at is None:
        if last_progress:
            shown = last_progress.decode("utf-8", "replace")
            return ProcessRun(time.perf_counter() - start, rss, False, f"marker not painted; last seen {shown!r}")
        elapsed = time.perf_counter() - start
        text = _ESCAPES.sub(b" ", seen[-2000:]).decode("utf-8", "replace")
        text = " ".join(text.split())[-200:]
        return ProcessRun(elapsed, rss, False, f"marker not painted in {elapsed:.1f} s; screen text tail: {text!r}")
    return ProcessRun(found_at - start, rss, True)


def wall_run(argv: Sequence[str], *, env: Mapping[str, str] | None = None, timeout: float = 60.0) -> ProcessRun:
    """Run ``argv`` to completion (output discarded) and return its wall time and peak RSS."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(env) if env is not None else None,
    )
    status, rss = _reap(proc.pid)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return ProcessRun(elapsed, rss, proc.returncode == 0, f"exit {proc.returncode}")


def bare_app_argv() -> list[str]:
    """The baseline app: Textual with one Static."""
    return [sys.executable, str(PROBES / "bare_app.py")]


def newstui_argv(*refs: str) -> list[str]:
    """The real reader on ``refs`` (interactive, since stdout is a terminal)."""
    return [sys.executable, "-m", "newstui", *refs]
