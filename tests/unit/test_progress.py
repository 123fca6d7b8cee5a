"""The --print/--json progress line: only at a terminal, only after the delay, throttled, cut to the width, erased."""

from __future__ import annotations

import io
import os
import socket
from pathlib import Path

import pytest

from newstui.model import Article, LoadResult
from newstui.progress import ProgressLine, into_pipe

CLEAR = "\r\x1b[K"


class FakeTerminal(io.StringIO):
    """A StringIO that says it is a terminal (of no known size: the line is cut to 80 columns)."""

    def isatty(self) -> bool:
        return True


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _result(articles: int, error: str | None = None) -> LoadResult:
    return LoadResult("x", tuple(Article(id=f"a-{n}", title="t") for n in range(articles)), error)


@pytest.fixture
def clock() -> Clock:
    return Clock()


class TestProgressLine:
    def test_nothing_before_the_delay(self, clock: Clock) -> None:
        """A run that ends within the delay writes nothing at all, even at a terminal."""
        stream = FakeTerminal()
        progress = ProgressLine(stream, delay=0.5, clock=clock)
        clock.now += 0.49
        progress.loaded(0, _result(3))
        progress.clear()
        assert stream.getvalue() == ""
        assert progress.articles == 3

    def test_counts_then_erases(self, clock: Clock) -> None:
        """After the delay the line shows the running counts (failures too) and clear erases it once."""
        stream = FakeTerminal()
        progress = ProgressLine(stream, delay=0.5, interval=0.1, clock=clock)
        progress.loaded(0, _result(2))
        clock.now += 0.6
        progress.loaded(0, _result(1000))
        assert stream.getvalue() == CLEAR + "newstui: loading: 1,002 articles"
        clock.now += 0.2
        progress.loaded(1, _result(0, "no such file"))
        assert stream.getvalue().endswith(CLEAR + "newstui: loading: 1,002 articles, 1 failed")
        assert progress.shown
        progress.clear()
        progress.clear()
        assert stream.getvalue().endswith("failed" + CLEAR)
        assert not progress.shown

    def test_updates_are_throttled(self, clock: Clock) -> None:
        """Within one interval, many results redraw the line once."""
        stream = FakeTerminal()
        progress = ProgressLine(stream, delay=0.0, interval=0.1, clock=clock)
        for _ in range(50):
            progress.loaded(0, _result(1))
        assert stream.getvalue().count(CLEAR) == 1
        clock.now += 0.1
        progress.loaded(0, _result(1))
        assert stream.getvalue().count(CLEAR) == 2
        assert stream.getvalue().endswith("51 articles")

    def test_not_a_terminal_gets_nothing(self, clock: Clock) -> None:
        """A pipe or file on stderr (a script) never sees the line or the erase sequence."""
        stream = io.StringIO()
        progress = ProgressLine(stream, delay=0.0, clock=clock)
        progress.loaded(0, _result(5))
        assert list(progress.writing([1, 2, 3])) == [1, 2, 3]
        progress.clear()
        assert stream.getvalue() == ""

    def test_writing_yields_everything_in_order_and_erases(self, clock: Clock) -> None:
        """The writing phase passes the items through, shows "n of total", and erases the line at the end."""
        stream = FakeTerminal()
        progress = ProgressLine(stream, delay=0.0, interval=0.0, clock=clock)
        items = list(range(2500))
        assert list(progress.writing(items)) == items
        text = stream.getvalue()
        assert CLEAR + "newstui: writing: 2,499 of 2,500 articles" in text
        assert text.endswith(CLEAR) and not progress.shown

    def test_one_article_is_singular(self, clock: Clock) -> None:
        """ "1 article", "0 of 1 article": the words agree with the count."""
        stream = FakeTerminal()
        progress = ProgressLine(stream, delay=0.0, interval=0.0, clock=clock)
        progress.loaded(0, _result(1))
        assert stream.getvalue().endswith("newstui: loading: 1 article")
        assert list(progress.writing(["one"])) == ["one"]
        assert CLEAR + "newstui: writing: 0 of 1 article" + CLEAR in stream.getvalue()

    def test_line_is_cut_to_the_width(self, clock: Clock) -> None:
        """The line never reaches the last column (so it cannot wrap and break the next redraw)."""
        stream = FakeTerminal()
        progress = ProgressLine(stream, prog="n" * 200, delay=0.0, clock=clock)
        progress.loaded(0, _result(1))
        assert len(stream.getvalue()) == len(CLEAR) + 79

    def test_a_closed_terminal_stops_the_reports(self, clock: Clock) -> None:
        """Writing to a terminal that went away is not an error; the line just stops."""
        stream = FakeTerminal()
        progress = ProgressLine(stream, delay=0.0, interval=0.0, clock=clock)
        stream.close()
        progress.loaded(0, _result(1))
        progress.loaded(0, _result(1))
        progress.clear()
        assert progress.articles == 2

    def test_disabled_writes_nothing(self, clock: Clock) -> None:
        """``enabled=False`` (output into a pipe) keeps even a terminal's stderr free of the line."""
        stream = FakeTerminal()
        progress = ProgressLine(stream, enabled=False, delay=0.0, interval=0.0, clock=clock)
        progress.loaded(0, _result(3))
        assert list(progress.writing([1, 2])) == [1, 2]
        progress.clear()
        assert stream.getvalue() == "" and progress.articles == 3


class TestIntoPipe:
    """Output into a pipe or socket may be a pager on the same terminal; files and memory streams are not."""

    def test_pipe_and_socket(self) -> None:
        read, write = os.pipe()
        left, right = socket.socketpair()
        try:
            with open(write, "w", encoding="utf-8", closefd=False) as stream:
                assert into_pipe(stream)
            with left.makefile("w", encoding="utf-8") as stream:
                assert into_pipe(stream)  # type: ignore[arg-type]
        finally:
            os.close(read)
            os.close(write)
            left.close()
            right.close()

    def test_file_and_memory(self, tmp_path: Path) -> None:
        with open(tmp_path / "out.json", "w", encoding="utf-8") as stream:
            assert not into_pipe(stream)
        assert not into_pipe(io.StringIO())
        closed = open(tmp_path / "x", "w", encoding="utf-8")  # (closed on purpose)
        closed.close()
        assert not into_pipe(closed)
