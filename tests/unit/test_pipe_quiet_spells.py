"""Piped input that goes quiet: the wait said once (first byte or a later stall), its progress for the reader."""

from __future__ import annotations

import asyncio
import io
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from hang_guard import guarded
from newstui.errors import SourceNotFound
from newstui.sources import local
from newstui.sources.local import read_pipe_fd, read_pipe_fd_async

LINE = "عنوان متجدد\n".encode()


def _write(fd: int, steps: Sequence[bytes | float]) -> threading.Thread:
    """Write ``steps`` to the pipe's write end from a thread (bytes are written, numbers slept), then close it."""

    def run() -> None:
        try:
            for step in steps:
                if isinstance(step, bytes):
                    os.write(fd, step)
                else:
                    time.sleep(step)
        except BrokenPipeError:
            pass
        finally:
            os.close(fd)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


class _Told:
    """What ``read_pipe_fd`` said: ``wait`` (first byte late) and ``stall`` calls with their byte counts."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int | None]] = []

    def wait(self) -> None:
        self.calls.append(("wait", None))

    def stall(self, size: int) -> None:
        self.calls.append(("stall", size))


def _read(steps: Sequence[bytes | float], *, idle: float = 5.0) -> tuple[bytes, list[tuple[str, int | None]]]:
    read_end, write_end = os.pipe()
    told = _Told()
    thread = _write(write_end, steps)
    data = guarded(lambda: read_pipe_fd(read_end, idle=idle, on_wait=told.wait, on_stall=told.stall))
    thread.join(5)
    return data, told.calls


class TestQuietSpells:
    """``read_pipe_fd`` tells a quiet spell longer than ``PIPE_NOTE_SECONDS`` once, wherever it comes."""

    def test_a_writer_that_stalls_after_its_first_line_is_told_with_the_bytes_so_far(self) -> None:
        """The first line at once, then quiet (``tail -f``, a slow script): it was never told."""
        data, calls = _read([LINE, 1.0, LINE, 1.0, LINE])
        assert data == LINE * 3
        assert calls == [("stall", len(LINE))], "one note, at the first stall, with what had come"

    def test_a_late_first_byte_is_told_as_before_and_only_once(self) -> None:
        data, calls = _read([1.0, LINE, 1.0, LINE])
        assert data == LINE * 2
        assert calls == [("wait", None)]

    def test_a_steady_writer_is_not_told(self) -> None:
        data, calls = _read([LINE, 0.05] * 10)
        assert data == LINE * 10 and calls == []

    def test_the_idle_limit_counts_from_the_last_byte(self) -> None:
        """A writer that sends a line and holds the pipe open: given up ``idle`` seconds after that line,
        the note's half second not added to it."""
        read_end, write_end = os.pipe()
        os.write(write_end, LINE)
        told = _Told()
        started = time.monotonic()
        try:
            data = guarded(lambda: read_pipe_fd(read_end, idle=0.8, on_wait=told.wait, on_stall=told.stall))
        finally:
            os.close(write_end)
        assert data == LINE and told.calls == [("stall", len(LINE))]
        assert time.monotonic() - started < 1.2


class _Terminal(io.StringIO):
    """stderr as a terminal, recorded."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def stdin_pipe() -> Iterator[int]:
    """A pipe on fd 0 for the test (the real fd 0 put back after); yields its write end."""
    read_end, write_end = os.pipe()
    saved = os.dup(0)
    os.dup2(read_end, 0)
    os.close(read_end)
    try:
        yield write_end
    finally:
        os.dup2(saved, 0)
        os.close(saved)


class TestStdinNote:
    """``--print``/``--json`` at a terminal: the waiting line for piped stdin."""

    def test_a_stdin_writer_that_stalls_is_told_once_with_its_size(self, stdin_pipe: int) -> None:
        from newstui.stdin_input import read_stdin

        err = _Terminal()
        thread = _write(stdin_pipe, [b"x" * 3000, 0.8, b"y" * 10, 0.8, b"z"])
        data = guarded(lambda: read_stdin(err))
        thread.join(5)
        assert len(data) == 3011
        idle = f"{local.PIPE_IDLE_SECONDS:g}"
        assert err.getvalue() == (
            f"newstui: waiting for stdin (3 KB so far; at most {idle} s without a byte; ctrl+c stops)\n"
        )

    def test_stdin_to_a_file_says_nothing(self, stdin_pipe: int) -> None:
        from newstui.stdin_input import read_stdin

        err = io.StringIO()
        thread = _write(stdin_pipe, [LINE, 0.8, LINE])
        assert guarded(lambda: read_stdin(err)) == LINE * 2
        thread.join(5)
        assert err.getvalue() == ""

    def test_closed_stdin_is_not_an_empty_input(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """``newstui --json - <&-``: Python makes sys.stdin None when it finds no fd 0."""
        from newstui.stdin_input import read_stdin

        monkeypatch.setattr(sys, "stdin", None)
        with pytest.raises(SourceNotFound, match="^stdin is closed$"):
            read_stdin(io.StringIO())


class TestReaderProgress:
    """``watch_pipe``: how much the pipe the reader reads has sent, kept up per chunk."""

    def test_the_progress_follows_the_read_and_ends_with_it(self) -> None:
        from newstui.sources.local import watch_pipe

        read_end, write_end = os.pipe()
        progress = watch_pipe(read_end, b"head ")
        seen: list[int] = []

        async def main() -> bytes:
            task = asyncio.create_task(read_pipe_fd_async(read_end, idle=5, head=b"head "))
            for chunk in (b"a" * 1000, b"b" * 2000):
                os.write(write_end, chunk)
                await asyncio.sleep(0.1)
                seen.append(progress.size)
            assert not progress.ended
            os.close(write_end)
            return await task

        data = guarded(lambda: asyncio.run(main()))
        assert data == b"head " + b"a" * 1000 + b"b" * 2000
        assert seen == [1005, 3005]
        assert progress.ended and progress.start == data[: local.PROGRESS_START_BYTES]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_named_pipe_that_stalls_is_told_with_its_size(tmp_path: Path) -> None:
    """A FIFO named as a source, read by the command line: the same note, naming the pipe."""
    from newstui.stdin_input import read_pipes

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as pipe:  # (blocks until the reader has opened it)
            for step in (LINE, 0.8, LINE):
                if isinstance(step, bytes):
                    pipe.write(step)
                    pipe.flush()
                else:
                    time.sleep(step)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    err = _Terminal()
    assert guarded(lambda: read_pipes([str(fifo)], err)) == ((str(fifo), LINE * 2),)
    thread.join(5)
    idle = f"{local.PIPE_IDLE_SECONDS:g}"
    assert err.getvalue() == (
        f"newstui: waiting for {fifo} ({len(LINE)} bytes so far; at most {idle} s without a byte; ctrl+c stops)\n"
    )
