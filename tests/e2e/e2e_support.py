"""Helpers for the tmux end-to-end tests: a private tmux server, pane cropping, right-to-left read-back."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from helpers.readback import reads_back  # noqa: F401 - the shared right-to-left read-back, re-exported

SESSION = "reader"


def shaped_share(lines: Iterable[str]) -> float:
    """Share of Arabic letters drawn as presentation forms (shaped by the app)."""
    letters = shaped = 0
    for line in lines:
        for c in line:
            if "\u0621" <= c <= "\u064a":
                letters += 1
            elif "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefc":
                letters += 1
                shaped += 1
    return shaped / letters if letters else 0.0


def pane(lines: list[str], title: str) -> list[str]:
    """The inside of the bordered pane whose top border carries ``title`` (columns and rows)."""
    for top, line in enumerate(lines):
        start = line.find(f"╭─ {title} ")
        if start < 0:
            continue
        end = line.find("╮", start)
        inner: list[str] = []
        for row in lines[top + 1 :]:
            if row[start : start + 1] != "│":
                break
            inner.append(row[start + 1 : end])
        return inner
    raise AssertionError(f"no pane titled {title!r} on screen:\n" + "\n".join(lines))


# -- a private tmux server --------------------------------------------------------------------------


class Tmux:
    """One tmux server on a private socket (``tmux -L``); only this server is ever killed."""

    def __init__(self, socket: str, workdir: Path) -> None:
        self.socket = socket
        self.workdir = workdir
        self.status_file = workdir / "status"

    def run(self, *args: str, check: bool = True) -> str:
        """Run a tmux command against this server and return its output."""
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=check, timeout=10
        )
        return done.stdout

    def start(self, shell_command: str, width: int = 120, height: int = 40) -> None:
        """Start a detached session of a fixed size running ``shell_command`` (exit status to a file).

        Once the command before it has ended, the same server starts the next one in the same session.
        """
        # COLUMNS/LINES (inherited from some parent) would pin Textual to that size instead of the pane's.
        status = shlex.quote(str(self.status_file))
        wrapped = f"unset COLUMNS LINES; {shell_command}; echo EXIT=$? > {status}"
        self.status_file.unlink(missing_ok=True)
        if self._has_session():
            self.run("respawn-pane", "-k", "-t", SESSION, "-c", str(self.workdir), f"sh -c {shlex.quote(wrapped)}")
            return
        self.run("-f", "/dev/null", "new-session", "-d", "-s", SESSION, "-x", str(width), "-y", str(height))
        self.run("set-option", "-g", "status", "off")
        self.run("set-option", "-g", "window-size", "manual")
        self.run("resize-window", "-t", SESSION, "-x", str(width), "-y", str(height))
        self.run("respawn-pane", "-k", "-t", SESSION, "-c", str(self.workdir), f"sh -c {shlex.quote(wrapped)}")

    def _has_session(self) -> bool:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "has-session", "-t", SESSION], capture_output=True, timeout=10
        )
        return done.returncode == 0

    def newstui(self, *args: str, stdin_from: Path | None = None) -> str:
        """The shell command that runs ``python -m newstui`` (optionally reading a piped file)."""
        command = shlex.join([sys.executable, "-m", "newstui", *args])
        if stdin_from is not None:
            command = f"cat {shlex.quote(str(stdin_from))} | {command}"
        return command

    def lines(self) -> list[str]:
        """The visible screen, one string per row."""
        return self.run("capture-pane", "-p", "-t", SESSION).split("\n")

    def keys(self, *keys: str, literal: bool = False) -> None:
        """Send key names (``BSpace``, ``M-Left``) or, with ``literal``, text."""
        self.run("send-keys", "-t", SESSION, *(["-l"] if literal else []), *keys)

    def resize(self, width: int, height: int) -> None:
        """Resize the window (and so the pane the app runs in)."""
        self.run("resize-window", "-t", SESSION, "-x", str(width), "-y", str(height))

    def pane_title(self) -> str:
        """The pane title, which an escape sequence in an article must not change."""
        return self.run("display-message", "-p", "-t", SESSION, "#{pane_title}").strip()

    def wait_for(self, check: Callable[[list[str]], bool], what: str, timeout: float = 30.0) -> list[str]:
        """Poll the screen until ``check`` holds; fail with the last screen after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.lines()
            if check(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen:\n" + "\n".join(screen))
            time.sleep(0.05)

    def wait_text(self, text: str, timeout: float = 30.0) -> list[str]:
        """Poll until ``text`` is somewhere on the screen."""
        return self.wait_for(lambda screen: any(text in line for line in screen), repr(text), timeout)

    def exit_status(self, timeout: float = 30.0) -> str:
        """Wait for the command to end and return what it wrote ("EXIT=<status>")."""
        deadline = time.monotonic() + timeout
        while not self.status_file.exists() or not self.status_file.read_text().strip():
            if time.monotonic() > deadline:
                raise AssertionError("the app did not exit; screen:\n" + "\n".join(self.lines()))
            time.sleep(0.05)
        return self.status_file.read_text().strip()

    def kill(self) -> None:
        """Kill this private server (never any other) and remove its socket file, which tmux leaves behind."""
        self.run("kill-server", check=False)
        folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        (folder / self.socket).unlink(missing_ok=True)
