"""The reader on a bare pseudo-terminal (no tmux in between): start it, read what it writes, end it."""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Mapping, Sequence


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


def spawn(command: Sequence[str], environment: Mapping[str, str]) -> tuple[subprocess.Popen[bytes], int]:
    """Run ``command`` in a session of its own on a fresh pseudo-terminal of 100x30; returns the process and
    the terminal's other end."""
    controller, terminal = os.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen(
        list(command),
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=dict(environment),
        start_new_session=True,
    )
    os.close(terminal)
    return proc, controller


def start(*args: str, env: Mapping[str, str] | None = None) -> tuple[subprocess.Popen[bytes], int]:
    """Start newstui on a fresh pseudo-terminal of 100x30; returns the process and the terminal's other end."""
    environment = {k: v for k, v in os.environ.items() if k not in ("TMUX", "NEWSTUI_BIDI")}
    environment.update(TERM="xterm-256color", COLUMNS="100", LINES="30", **(env or {}))
    return spawn([sys.executable, "-m", "newstui", *args], environment)


def finish(proc: subprocess.Popen[bytes], controller: int) -> bytes:
    """Read what is left until the reader exits, and close the terminal."""
    rest = read_until(controller, None, 10)
    proc.wait(timeout=20)
    os.close(controller)
    return rest
