"""Callers killed outright and their helpers: starting them, killing the caller, waiting for the helper to end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def process_gone(pid: int, seconds: float) -> bool:
    """Whether process ``pid`` ends (or is left a zombie, waiting to be reaped) within ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except (ProcessLookupError, FileNotFoundError):
            return True
        time.sleep(0.02)
    return False


def start_caller(script: Path) -> tuple[subprocess.Popen[str], int]:
    """Run ``script``, which starts a helper and prints its pid first; the caller and the helper's pid."""
    caller = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert caller.stdout is not None
    return caller, int(caller.stdout.readline())


def kill_caller(caller: subprocess.Popen[str], helper_pid: int, seconds: float = 2.0) -> bool:
    """SIGKILL the caller (no clean-up at all); whether its helper ends within ``seconds``.

    The helper must be alive while its caller is; one left running is killed afterwards.
    """
    os.kill(helper_pid, 0)
    caller.send_signal(signal.SIGKILL)
    caller.wait()
    if caller.stdout is not None:
        caller.stdout.close()
    gone = process_gone(helper_pid, seconds)
    if not gone:
        try:
            os.kill(helper_pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return gone
