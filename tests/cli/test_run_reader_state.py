"""The reader's run and what it keeps or tells as it ends: the stories-read line after a signal, ``kill -INT``'s
status, the one-time bidi hint's marker (kept once shown, never with --private)."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newstui import run_reader
from newstui.run_reader import hint_once, run_app
from newstui.settings import Settings
from newstui.terminal import BidiSetup

HINT_MARKER = "bidi-hint-shown"
HINT = "Konsole reorders right-to-left words itself: turn its bidi off (Settings → Profile → Advanced)."
UNSAVED = "/state/read.txt: not newstui's list of stories read: left as it is"


class FakeApp:
    """What ``run_app`` asks of the reader: ``during`` runs as it "runs", then it ends with ``code``."""

    unexpected_error = None

    def __init__(self, code: int = 0, during: Any = None) -> None:
        self.return_code: int | None = None
        self._code = code
        self._during = during
        self.is_running = False
        self.exits: list[int] = []

    def run(self) -> None:
        self.is_running = True
        if self._during is not None:
            self._during(self)
        self.is_running = False
        if self.return_code is None:
            self.return_code = self._code

    def exit(self, *, return_code: int) -> None:
        self.exits.append(return_code)
        self.return_code = return_code

    def load_failures(self) -> list[str]:
        return []

    def state_failures(self) -> list[str]:
        return [UNSAVED]

    def loaded_nothing(self) -> bool:
        return False


@pytest.fixture(autouse=True)
def handlers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The test process's own signal handlers back afterwards; no forced exit timer (it would end pytest)."""
    monkeypatch.setattr(run_reader, "end_after", lambda code, seconds: None)
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGCONT)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    return tmp_path / "newstui"


def _settings(hint: str | None = None, *, remember: bool = True) -> Settings:
    return Settings(refs=("-",), bidi=BidiSetup(mode="app", hint=hint), remember=remember)


@pytest.mark.parametrize("code", [130, 143, 129])
def test_the_stories_read_not_saved_are_told_after_ctrl_c_or_a_signal_too(
    code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """ctrl+c, SIGTERM and SIGHUP end the reader with their status, and the line saying the stories read could
    not be saved still comes (only q printed it)."""
    assert run_app(_settings(), lambda settings, prefetch: FakeApp(code)) == code
    assert capsys.readouterr().err == f"newstui: {UNSAVED}\n"


def test_kill_int_ends_the_reader_with_130(capsys: pytest.CaptureFixture[str]) -> None:
    """A SIGINT from outside (``kill -INT``; the ctrl+c key is a key to the reader) asks the reader to wind down
    with status 130, as README says; it ended with 0 (asyncio's handler cancelled Textual's loop)."""
    app = FakeApp(0, during=lambda app: os.kill(os.getpid(), signal.SIGINT))
    assert run_app(_settings(), lambda settings, prefetch: app) == 130
    assert app.exits == [130]
    assert capsys.readouterr().err == f"newstui: {UNSAVED}\n"


def test_kill_int_before_the_reader_runs_is_a_keyboard_interrupt() -> None:
    """Before the app is made (Textual still importing), SIGINT is Python's KeyboardInterrupt as it was: the
    command line turns it into 130."""

    def interrupted(settings: Settings, prefetch: object) -> FakeApp:
        os.kill(os.getpid(), signal.SIGINT)
        return FakeApp()

    with pytest.raises(KeyboardInterrupt):
        run_app(_settings(), interrupted)


@pytest.mark.skipif(sys.platform != "linux", reason="platformdirs follows XDG on Linux")
class TestTheBidiHintsMarker:
    def test_kept_once_the_reader_has_shown_it(self, state: Path) -> None:
        """Not before the reader runs (one that never showed it would use it up), whole, then never again."""
        seen: list[bool] = []
        assert hint_once(HINT) == HINT
        run_app(
            _settings(HINT),
            lambda settings, prefetch: FakeApp(during=lambda app: seen.append((state / HINT_MARKER).exists())),
        )
        assert seen == [False]
        assert (state / HINT_MARKER).read_text(encoding="utf-8") == HINT + "\n"
        assert sorted(os.listdir(state)) == [HINT_MARKER], "no temporary file is left"
        assert hint_once(HINT) is None

    def test_temporary_files_a_killed_write_left_are_removed(self, state: Path) -> None:
        """A reader killed between writing the marker's temporary file and renaming it leaves ``.bidi-hint-*.tmp``:
        the next write removes those older than a few minutes (as ``.read-*.tmp``), not a fresh one."""
        state.mkdir()
        old, new = state / ".bidi-hint-dead1234.tmp", state / ".bidi-hint-live5678.tmp"
        for temp in (old, new):
            temp.write_text("x")
        long_ago = time.time() - 600
        os.utime(old, (long_ago, long_ago))
        run_app(_settings(HINT), lambda settings, prefetch: FakeApp())
        assert sorted(os.listdir(state)) == [new.name, HINT_MARKER]

    def test_private_writes_no_marker(self, state: Path) -> None:
        """--private (remember = false) writes nothing to the state folder, the hint's marker neither."""
        run_app(_settings(HINT, remember=False), lambda settings, prefetch: FakeApp())
        assert not state.exists()
        assert hint_once(HINT) == HINT

    def test_a_marker_that_cannot_be_written_is_no_failure(self, state: Path) -> None:
        state.parent.joinpath("newstui").write_text("a file where the folder goes")
        assert run_app(_settings(HINT), lambda settings, prefetch: FakeApp()) == 0


@pytest.mark.skipif(sys.platform != "linux", reason="platformdirs follows XDG on Linux")
@pytest.mark.parametrize("private", [True, False])
def test_the_command_line_writes_no_marker_before_the_reader_runs(
    private: bool, state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In Konsole the command line gives the reader the hint; it wrote the marker there and then, even with
    --private (and a reader that never came up used the hint up unseen). The reader gets the hint either way."""
    import io

    from newstui import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    seen: list[Settings] = []
    monkeypatch.setattr(cli, "_run_app", lambda settings: seen.append(settings) or 0)
    monkeypatch.setattr(cli, "_reattach_keyboard", lambda: None)
    monkeypatch.setattr(cli, "_stdin_is_piped", lambda: False)
    for name in ("TMUX", "NEWSTUI_BIDI"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KONSOLE_VERSION", "230800")
    sample = str(Path(__file__).resolve().parents[2] / "src" / "newstui" / "samples" / "01_library.txt")
    argv = ["--private", sample] if private else [sample]
    assert cli.run(argv, out=Terminal(), err=io.StringIO()) == 0
    assert [settings.bidi.hint is not None for settings in seen] == [True]
    assert not (state / HINT_MARKER).exists()


@pytest.mark.skipif(sys.platform != "linux", reason="a pseudo-terminal and Linux signals")
@pytest.mark.parametrize(("sig", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["INT", "TERM"])
def test_the_real_reader_on_a_terminal_after_a_signal(tmp_path: Path, sig: int, status: int) -> None:
    """The reader on a pseudo-terminal, a story opened (n) with a read.txt that is not the log, then ``kill``:
    the status is the signal's (kill -INT gave 0: Textual's loop cancelled by asyncio ended as a quit), and
    the line saying the stories read were not saved comes after the reader's screen."""
    from e2e.pty_support import read_until, start

    state = tmp_path / "state"
    (state / "newstui").mkdir(parents=True)
    (state / "newstui" / "read.txt").write_bytes(b"\x00\xffnot a log\n" * 100)
    samples = Path(__file__).resolve().parents[2] / "src" / "newstui" / "samples"
    env = {"XDG_STATE_HOME": str(state), "NEWSTUI_BIDI": "app"}
    reader, terminal = start(str(samples / "01_library.txt"), str(samples / "02_heat_wave.txt"), env=env)
    try:
        assert "ﺔﺒﺘﻜﻣ".encode() in read_until(terminal, "ﺔﺒﺘﻜﻣ".encode(), 30), "no first frame"
        time.sleep(2.0)  # (the log is loaded on a thread after the first frame: a small file, read at once)
        os.write(terminal, b"n")  # the next story: the first is read now
        # The log is saved 2 s after a story is opened: its failure's notice on screen, not a fixed wait for it.
        assert b"Stories read" in read_until(terminal, b"Stories read", 30), "the save was never tried"
        reader.send_signal(sig)
        told = read_until(terminal, None, 10)
        assert reader.wait(timeout=15) == status
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
        os.close(terminal)
    assert b"newstui: " + str(state / "newstui" / "read.txt").encode() + b": not newstui's list of stories read" in told
