"""End-to-end: terminal input that is not UTF-8 (a raw 0x9b, Latin-1 ``é``) in a real terminal (tmux, private
socket); a failure Textual reports through ``App.panic`` ends as newstui's one line and status 70."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest
from e2e_support import SESSION, Tmux, pane, reads_back

pytestmark = pytest.mark.e2e

TITLE = "عنوان الخبر"


def _story(folder: Path) -> Path:
    path = folder / "story.txt"
    path.write_text(f"{TITLE}\n\nنص الخبر في سطر واحد.\n", encoding="utf-8")
    return path


def _send_bytes(tmux: Tmux, *hex_bytes: str) -> None:
    """Send raw bytes to the pane as a terminal would (``send-keys -H``: no UTF-8 check)."""
    tmux.run("send-keys", "-t", SESSION, "-H", *hex_bytes)


def _article_shown(screen: list[str]) -> bool:
    try:
        return reads_back(TITLE, pane(screen, "Article")[:3])
    except AssertionError:
        return False


def test_bytes_that_are_not_utf8_keep_the_reader_running(tmux: Tmux) -> None:
    """0x9b (a C1 byte: an 8-bit-meta key, a paste) and ``é a`` from a Latin-1 terminal (0xe9 0x61) closed the
    reader with a traceback and status 0. Now they are read as U+FFFD: the reader keeps running, the Open box
    takes them as typed characters, and ``q`` quits with status 0 and nothing on stderr."""
    errors = tmux.workdir / "errors.txt"
    tmux.start(f"{tmux.newstui(str(_story(tmux.workdir)))} 2> {shlex.quote(str(errors))}")
    tmux.wait_for(_article_shown, "the story")
    _send_bytes(tmux, "9b")
    _send_bytes(tmux, "e9", "61")
    tmux.keys("g")
    tmux.wait_text("Enter opens")
    _send_bytes(tmux, "e9", "61", "9b")
    tmux.wait_text("\ufffda\ufffd")
    assert not tmux.status_file.exists(), "the reader is still running"
    tmux.keys("Escape")
    tmux.wait_for(lambda s: not any("Enter opens" in line for line in s), "the Open box closed")
    tmux.wait_for(_article_shown, "the story still shown")
    tmux.keys("q")
    assert tmux.exit_status() == "EXIT=0"
    assert errors.read_text(encoding="utf-8") == ""


@pytest.mark.parametrize("debug", ["", "1"], ids=["one-line", "debug"])
def test_a_panic_is_one_line_and_status_70(tmux: Tmux, debug: str) -> None:
    """With Textual's strict decoder put back, 0x9b kills its input thread, which calls ``App.panic``: the
    reader closes with the one line any unexpected failure gives and status 70, not Textual's traceback and
    status 0. With NEWSTUI_DEBUG=1 the traceback is shown (on the terminal), the status still 70."""
    script = tmux.workdir / "strict_input.py"
    script.write_text(
        "import sys\n"
        "from newstui import cli\n"
        "from newstui.ui import panic\n"
        "panic.lenient_input = lambda driver: None\n"
        "sys.exit(cli.main(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    errors = tmux.workdir / "errors.txt"
    command = shlex.join([sys.executable, str(script), str(_story(tmux.workdir))])
    environment = f"env NEWSTUI_DEBUG={debug}" if debug else "env -u NEWSTUI_DEBUG"
    status = shlex.quote(str(tmux.status_file))
    # The pane's shell waits once the status is written: the screen and the terminal's modes stay to be read.
    tmux.start(f"{environment} {command} 2> {shlex.quote(str(errors))}; echo EXIT=$? > {status}; sleep 60")
    tmux.wait_for(_article_shown, "the story")
    _send_bytes(tmux, "9b")
    assert tmux.exit_status() == "EXIT=70"
    modes = "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"
    assert tmux.run("display-message", "-p", "-t", SESSION, modes).split() == ["0", "0", "1"], "terminal restored"
    told = errors.read_text(encoding="utf-8")
    if debug:
        assert "UnicodeDecodeError" in "\n".join(tmux.lines()), "Textual's traceback, on the terminal"
    else:
        assert told == (
            "newstui: unexpected error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0x9b in position 0: "
            "invalid start byte (NEWSTUI_DEBUG=1 shows where)\n"
        )
        assert "Traceback" not in "\n".join(tmux.lines())
