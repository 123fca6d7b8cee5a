"""End-to-end runs of piped stdin at a terminal (tmux, private socket): slow writers, a closed stdin, ctrl+c."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
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
    writer = f"(cat {first}; sleep 2; cat {rest}; sleep 1.5)"
    tmux.start(f"{writer} | {tmux.newstui('--json')} > {shlex.quote(str(out))}; echo STATUS=$?; sleep 10")
    tmux.wait_text("waiting for stdin", timeout=5)  # (while the writer is quiet)
    screen = tmux.wait_text("STATUS=", timeout=15)
    assert "STATUS=0" in screen
    told = [line for line in screen if "waiting for stdin" in line]
    assert told == [f"newstui: waiting for stdin ({size} bytes so far; at most 30 s without a byte; ctrl+c stops)"]
    (article,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert article["title"] == HEADLINE


def test_the_reader_says_it_reads_stdin_and_its_panes_stay_where_they_are(tmux: Tmux) -> None:
    """A slow pipe into the reader: the list says "Reading stdin…" with the bytes so far (not only "Loading…"),
    and the panes are mirrored for the Arabic story before it lands (they swapped sides when it did)."""
    first, rest = _story(tmux)
    tmux.start(f"(cat {first}; sleep 3; cat {rest}) | {tmux.newstui('--private')}")
    screen = tmux.wait_text("Reading stdin… ", timeout=5)
    assert _mirrored(screen), "\n".join(screen)
    assert any("Loading… stdin has sent" in row for row in pane(screen, "Article"))

    def landed(screen: list[str]) -> bool:
        try:
            return reads_back(HEADLINE, pane(screen, "Article")[:3])
        except AssertionError:
            return False

    screen = tmux.wait_for(landed, "the story once written", timeout=10)
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


def _interrupted(stderr: int | object) -> subprocess.Popen[bytes]:
    """``newstui --json`` reading a pipe that stays silent, interrupted (SIGINT) once it waits for it."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "newstui", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=stderr,  # type: ignore[arg-type]
    )
    time.sleep(2.0)  # (started and waiting on the pipe: a signal before Python's start-up would kill it)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=10)
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
    try:
        try:
            proc = _interrupted(terminal)
        finally:
            os.close(terminal)
        output = b""
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
