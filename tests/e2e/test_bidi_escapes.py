"""Explicit bidi mode on a real pseudo-terminal: CSI 8 l at start, CSI 8 h at exit, however the app ends."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cli" / "english.txt"
EXPLICIT = b"\x1b[8l"
IMPLICIT = b"\x1b[8h"


def read_until(fd: int, done: bytes | None, seconds: float) -> bytes:
    """Collect the child's output until ``done`` appears, EOF, or the time is up."""
    out = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if done is not None and done in out:
            break
    return out


def start(*args: str) -> tuple[subprocess.Popen[bytes], int]:
    """Start newstui on a fresh pseudo-terminal of 100x30 (no tmux in between)."""
    controller, terminal = pty.openpty()
    os.set_blocking(controller, True)
    import fcntl
    import struct
    import termios

    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("TMUX", "NEWSTUI_BIDI")}
    env.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newstui", *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,
    )
    os.close(terminal)
    return proc, controller


def finish(proc: subprocess.Popen[bytes], controller: int) -> bytes:
    rest = read_until(controller, None, 10)
    proc.wait(timeout=20)
    os.close(controller)
    return rest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
class TestExplicitMode:
    def test_quit_restores_implicit_mode(self) -> None:
        """App mode writes CSI 8 l before its first frame and CSI 8 h after its last, once each."""
        proc, fd = start("--bidi", "app", str(FIXTURE))
        seen = read_until(fd, b"City council", 20)
        assert b"City council" in seen
        os.write(fd, b"q")
        seen += finish(proc, fd)
        assert proc.returncode == 0
        assert seen.count(EXPLICIT) == 1 and seen.count(IMPLICIT) == 1
        assert seen.index(EXPLICIT) < seen.index(b"City council") < seen.rindex(IMPLICIT)

    def test_sigterm_still_restores_implicit_mode(self) -> None:
        """Killed with SIGTERM, the reader still hands the terminal back in implicit mode."""
        proc, fd = start("--bidi", "app", str(FIXTURE))
        seen = read_until(fd, b"City council", 20)
        proc.send_signal(signal.SIGTERM)
        seen += finish(proc, fd)
        assert proc.returncode != 0
        assert IMPLICIT in seen[seen.index(EXPLICIT) :]

    def test_terminal_mode_sends_no_explicit_mode(self) -> None:
        """--bidi terminal leaves the terminal's own bidi alone."""
        proc, fd = start("--bidi", "terminal", str(FIXTURE))
        seen = read_until(fd, b"City council", 20)
        os.write(fd, b"q")
        seen += finish(proc, fd)
        assert EXPLICIT not in seen and IMPLICIT not in seen


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
class TestDoctorOnATerminal:
    def test_line_a_is_drawn_in_explicit_mode(self) -> None:
        """--doctor at a terminal writes CSI 8 l just before the app-mode line and CSI 8 h right after it."""
        proc, fd = start("--doctor")
        seen = finish(proc, fd)
        assert proc.returncode == 0
        before, _, rest = seen.partition(EXPLICIT)
        line, _, after = rest.partition(IMPLICIT)
        assert b"A  newstui reorders" in before and b"B  the terminal reorders" in after
        assert "ﻝﺎﻗ".encode() in line and b"\n" in line
        assert seen.count(EXPLICIT) == seen.count(IMPLICIT) == 1
