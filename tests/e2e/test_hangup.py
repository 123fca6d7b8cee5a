"""The reader on a terminal that goes away without a SIGHUP: it quits (status 129) instead of spinning.

A pseudo-terminal that is not the process's controlling terminal (a dropped SSH session can leave a
reader in that state) gets no SIGHUP when its other end closes; Textual's input thread then reads
its end again and again at 100 % of a core (textual#6690). The reader checks its terminal every
second and quits when it has hung up.
"""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from pty_support import read_until

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newstui" / "samples" / "01_library.txt"
PAINTED = "ﺔﺒﺘﻜﻣ".encode()
"""A shaped word of the sample's title: the reader has painted its first frame."""


def _reader_on_a_pty(home: Path) -> tuple[subprocess.Popen[bytes], int]:
    """The reader on a pseudo-terminal of 100x30 in a session of its own (whose controlling terminal this
    is not); the pty's master end."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "NEWSTUI_BIDI": "app", "HOME": str(home)}
    env.pop("TMUX", None)
    reader = subprocess.Popen(
        [sys.executable, "-m", "newstui", str(SAMPLE)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        env=env,
    )
    os.close(slave)
    return reader, master


def test_the_reader_quits_when_its_terminal_hangs_up(tmp_path: Path) -> None:
    """Close the terminal's other end after the first frame: the reader exits 129 within seconds."""
    reader, master = _reader_on_a_pty(tmp_path)
    try:
        assert PAINTED in read_until(master, PAINTED, 30), "the reader never painted its first frame"
        os.close(master)
        master = -1
        hung_up = time.monotonic()
        status = reader.wait(timeout=15)
        assert status == 129
        assert time.monotonic() - hung_up < 10
    finally:
        if master >= 0:
            os.close(master)
        if reader.poll() is None:
            reader.kill()
            reader.wait()


@pytest.mark.parametrize("later", [0.0, 0.2, 0.4])
def test_a_hang_up_with_the_shell_quits_with_129(tmp_path: Path, later: float) -> None:
    """A terminal closed under its shell sends the reader SIGHUP and then SIGCONT: it quits with 129 and no
    error line (Textual's SIGCONT handler ran after its event loop had closed: "unexpected error", 70)."""
    import signal

    reader, master = _reader_on_a_pty(tmp_path)
    try:
        assert PAINTED in read_until(master, PAINTED, 30), "the reader never painted its first frame"
        reader.send_signal(signal.SIGHUP)
        time.sleep(later)  # the SIGCONT may land while the reader winds down
        reader.send_signal(signal.SIGCONT)
        told = read_until(master, None, 5)  # everything it writes until it is gone
        status = reader.wait(timeout=15)
        assert status == 129, told[-400:]
        assert b"unexpected error" not in told
    finally:
        os.close(master)
        if reader.poll() is None:
            reader.kill()
            reader.wait()
