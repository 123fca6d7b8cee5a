"""Explicit bidi mode on a real pseudo-terminal: CSI 8 l at start, CSI 8 h at exit, however the app ends."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from pty_support import finish, read_until, start

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cli" / "english.txt"
EXPLICIT = b"\x1b[8l"
IMPLICIT = b"\x1b[8h"


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
