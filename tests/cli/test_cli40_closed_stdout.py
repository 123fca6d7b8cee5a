"""`--help`, `-h` and `--version` with standard output closed: one line and status 2, as for --print (audit
newcomer40 #1; README's exit-status table)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _run(args: list[str], *, close: tuple[int, ...] = (1,)) -> subprocess.CompletedProcess[bytes]:
    def closing() -> None:
        for descriptor in close:
            os.close(descriptor)

    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80"}
    stderr = subprocess.DEVNULL if 2 in close else subprocess.PIPE
    return subprocess.run(
        [sys.executable, "-m", "newstui", *args],
        env=env,
        stderr=stderr,
        preexec_fn=closing,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["--version"], ["--version", "-w", "40"], ["-p", "--help"]])
def test_closed_standard_output_is_status_2_with_one_line(args: list[str]) -> None:
    proc = _run(args)
    assert proc.returncode == 2
    assert proc.stderr.decode() == "newstui: standard output is closed\n"


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_both_streams_closed_is_still_status_2(args: list[str]) -> None:
    assert _run(args, close=(1, 2)).returncode == 2


def test_a_usage_error_is_still_told_as_one() -> None:
    proc = _run(["-w", "abc"])
    assert proc.returncode == 2
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("newstui: argument -w/--width: invalid int value: 'abc'")


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_an_open_standard_output_is_unchanged(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "newstui", *args], capture_output=True, timeout=60, check=False)
    assert proc.returncode == 0
    assert proc.stdout.startswith(b"usage: newstui" if args == ["--help"] else b"newstui ")
    assert proc.stderr == b""
