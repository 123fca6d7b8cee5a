"""End-to-end runs of piped stdin at a terminal (tmux, private socket): slow writers, a closed stdin, ctrl+c."""

from __future__ import annotations

import json
import os
import select
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from e2e_support import Tmux, pane, reads_back

pytestmark = pytest.mark.e2e

HEADLINE = "ارتفاع أسعار القمح في الأسواق المحلية"
STORY = (
    f"الشروق نيوز – اقتصاد\n\n{HEADLINE}\n\n"
    "قالت وزارة التموين اليوم إن أسعار القمح ارتفعت بنسبة 12% خلال الأسبوع الماضي بسبب تأخر وصول الشحنات.\n\n"
    "وأضاف المتحدث باسم الوزارة أن الحكومة تدرس خططاً لتعويض المزارعين وضمان توفر الخبز بأسعار مناسبة.\n"
)


def _story(tmux: Tmux) -> tuple[str, str]:
    """The story's first line and the rest, as files in the test's folder (shell-quoted paths)."""
    first, rest = tmux.workdir / "first.txt", tmux.workdir / "rest.txt"
    head, _, tail = STORY.partition("\n")
    first.write_text(head + "\n", encoding="utf-8")
    rest.write_text(tail, encoding="utf-8")
    return shlex.quote(str(first)), shlex.quote(str(rest))


def _held(gate: Path) -> str:
    """A shell command that waits (up to 60 s) until the test creates ``gate``: a writer silent for as long as the
    test needs, not for a fixed time a loaded machine's slow start can outlast."""
    quoted = shlex.quote(str(gate))
    return f"for i in $(seq 1200); do [ -e {quoted} ] && break; sleep 0.05; done"


def _mirrored(screen: list[str]) -> bool:
    """The list pane is on the right (its title after the related pane's on the top row)."""
    top = screen[0]
    return top.find("╭─ Articles") > top.find("╭─ Related") >= 0


def test_json_at_a_terminal_says_it_waits_when_a_pipe_stalls_after_its_first_line(tmux: Tmux) -> None:
    """A writer that sends its first line at once and then stalls: the waiting line is said (it was said only
    for a first byte that was late), once, with what has come so far; stdout still gets the story."""
    first, rest = _story(tmux)
    out = tmux.workdir / "out.json"
    size = len(STORY.partition("\n")[0].encode()) + 1
    gate = tmux.workdir / "write-the-rest"
    writer = f"(cat {first}; {_held(gate)}; cat {rest}; sleep 1.5)"
    tmux.start(f"{writer} | {tmux.newstui('--json')} > {shlex.quote(str(out))}; echo STATUS=$?; sleep 10")
    tmux.wait_text("waiting for stdin", timeout=30)  # (while the writer is quiet)
    gate.touch()
    screen = tmux.wait_text("STATUS=", timeout=30)
    assert "STATUS=0" in screen
    told = [line for line in screen if "waiting for stdin" in line]
    assert told == [f"newstui: waiting for stdin ({size} bytes so far; at most 30 s without a byte; ctrl+c stops)"]
    (article,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert article["title"] == HEADLINE


def test_the_reader_says_it_reads_stdin_and_its_panes_stay_where_they_are(tmux: Tmux) -> None:
    """A slow pipe into the reader: the list says "Reading stdin…" with the bytes so far (not only "Loading…"),
    and the panes are mirrored for the Arabic story before it lands (they swapped sides when it did)."""
    first, rest = _story(tmux)
    gate = tmux.workdir / "write-the-rest"
    tmux.start(f"(cat {first}; {_held(gate)}; cat {rest}) | {tmux.newstui('--private')}")
    screen = tmux.wait_text("Reading stdin… ", timeout=30)
    assert _mirrored(screen), "\n".join(screen)
    assert any("Loading… stdin has sent" in row for row in pane(screen, "Article"))
    gate.touch()

    def landed(screen: list[str]) -> bool:
        try:
            return reads_back(HEADLINE, pane(screen, "Article")[:3])
        except AssertionError:
            return False

    screen = tmux.wait_for(landed, "the story once written", timeout=30)
    assert _mirrored(screen)
    tmux.keys("q")
    assert tmux.exit_status() == "EXIT=0"


def test_a_closed_stdin_is_told_as_closed(tmux: Tmux) -> None:
    """``<&-``: "stdin is closed", not "empty input", for --json and for the reader (which closes by itself)."""
    errors = tmux.workdir / "errors.txt"
    quoted = shlex.quote(str(errors))
    tmux.start(f"{tmux.newstui('--json', '-')} <&- 2> {quoted}")
    assert tmux.exit_status() == "EXIT=2"
    assert errors.read_text(encoding="utf-8") == "newstui: -: stdin is closed\n"
    tmux.start(f"{tmux.newstui('--private', '-')} <&- 2> {quoted}")
    assert tmux.exit_status() == "EXIT=2"
    assert errors.read_text(encoding="utf-8").endswith("newstui: -: stdin is closed\n")


WAITING_CALLS = {"7", "23", "232", "270", "271", "281", "441"}
"""x86-64 system calls a process waiting on a descriptor sits in (poll, select, epoll_wait, pselect6, ppoll,
epoll_pwait, epoll_pwait2)."""


def _waits_on_its_pipe(pid: int) -> bool | None:
    """Whether process ``pid`` sits in a wait for a descriptor (None: the kernel does not say)."""
    try:
        with open(f"/proc/{pid}/syscall", encoding="ascii") as calls:
            return calls.read().split(" ", 1)[0] in WAITING_CALLS
    except (OSError, ValueError):
        return None


def _interrupted(
    stderr: int | object, ready: Callable[[subprocess.Popen[bytes]], bool] | None = None
) -> subprocess.Popen[bytes]:
    """``newstui --json`` reading a pipe that stays silent, interrupted (SIGINT) once it waits for it: once
    ``ready(proc)`` says so, or the process has sat in a wait for a descriptor a while (not after a fixed time: a
    signal before Python's start-up, which a loaded machine makes slow, would kill it)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=stderr,  # type: ignore[arg-type]
    )
    deadline = time.monotonic() + 30
    waited = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if ready is not None:
            if ready(proc):
                break
            continue
        waits = _waits_on_its_pipe(proc.pid)
        if waits is None:  # (no /proc/PID/syscall: the old fixed wait, longer)
            time.sleep(5.0)
            break
        waited = waited + 1 if waits else 0
        if waited >= 5:  # (seen waiting five times in a row: the pipe's wait, not a moment in start-up)
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)
    assert proc.stdin is not None
    proc.stdin.close()
    return proc


def test_ctrl_c_writes_no_blank_line_into_a_file(tmp_path: Path) -> None:
    """``kill -INT`` with stderr in a file: status 130 and an empty file (a bare newline was written, which only a
    terminal needs, after its ``^C``)."""
    errors = tmp_path / "int.err"
    with errors.open("wb") as file:
        proc = _interrupted(file)
    assert proc.returncode == 130
    assert errors.read_bytes() == b""


def test_ctrl_c_at_a_terminal_still_ends_the_line(tmp_path: Path) -> None:
    """stderr on a terminal: the newline after ``^C`` is still written, so the shell's prompt starts a line."""
    controller, terminal = os.openpty()
    output = b""

    def says_it_waits(_proc: subprocess.Popen[bytes]) -> bool:
        nonlocal output
        if select.select([controller], [], [], 0.05)[0]:
            output += os.read(controller, 4096)
        return b"ctrl+c stops)" in output

    try:
        try:
            proc = _interrupted(terminal, says_it_waits)
        finally:
            os.close(terminal)
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(controller)
    assert proc.returncode == 130
    assert output.startswith(b"newstui: waiting for stdin (at most 30 s without a byte; ctrl+c stops)\r\n")
    assert output.endswith(b"ctrl+c stops)\r\n\r\n")
