"""--print's default width when stdout is a pipe: the terminal stderr is on (``| less -R``), else 80."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from rich.cells import cell_len

STORY = (
    "وكالة الواحة – اقتصاد\n\nأسعار النفط ترتفع في الأسواق العالمية\n\n"
    "قال محللون إن أسعار النفط ارتفعت اليوم بشكل ملحوظ في الأسواق العالمية مع تراجع المخزونات، "
    "وتوقعوا أن تستمر الأسعار في الصعود خلال الأسابيع المقبلة إذا بقي الطلب على حاله في الأسواق الكبرى.\n"
)


def _env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    return {**env, "NEWSTUI_BIDI": "", **extra}


def _widest(stdout: bytes) -> int:
    return max(cell_len(line) for line in stdout.decode("utf-8").splitlines())


def _print_with_stderr_on_a_terminal(story: Path, columns: int, **env: str) -> subprocess.CompletedProcess[bytes]:
    """``newstui --print story`` with stdout a pipe and stderr a terminal ``columns`` wide (a pty)."""
    master, slave = pty.openpty()
    try:
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 35, columns, 0, 0))
        return subprocess.run(
            [sys.executable, "-m", "newstui", "--print", str(story)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=slave,
            env=_env(**env),
            timeout=60,
            check=False,
        )
    finally:
        os.close(slave)
        os.close(master)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize("columns", [120, 57])
def test_a_pipe_to_a_pager_takes_the_terminal_s_width_from_stderr(story: Path, columns: int) -> None:
    proc = _print_with_stderr_on_a_terminal(story, columns)
    assert proc.returncode == 0
    assert _widest(proc.stdout) == columns


def test_columns_still_comes_first(story: Path) -> None:
    proc = _print_with_stderr_on_a_terminal(story, 120, COLUMNS="66")
    assert proc.returncode == 0
    assert _widest(proc.stdout) == 66


def test_no_terminal_at_all_is_80(story: Path) -> None:
    """cron, CI, a subprocess with pipes: 80, whatever terminal the test itself runs in."""
    proc = _print_piped(story)
    assert proc.returncode == 0, proc.stderr
    assert _widest(proc.stdout) == 80


def _print_piped(story: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newstui", "--print", str(story)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=_env(**env),
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("columns", ["100000", "99999999999999999999"])
def test_a_huge_columns_is_held_to_the_widest_width(story: Path, columns: str) -> None:
    """``-w`` takes 1 to 10000; a width from the environment is held to the same (not a 600 MB print of a 1 KB
    story, nor an OverflowError for a number past an index)."""
    proc = _print_piped(story, COLUMNS=columns)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    assert _widest(proc.stdout) == 10_000


def test_a_huge_terminal_is_held_to_the_widest_width(story: Path) -> None:
    proc = _print_with_stderr_on_a_terminal(story, 50_000)
    assert proc.returncode == 0
    assert _widest(proc.stdout) == 10_000
