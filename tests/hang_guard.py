"""A hang guard for tests of work that must stay linear: a generous limit on the test process's CPU time (and a
wider one on the clock, for work that waits), not a speed target."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

LIMIT_SECONDS = 10
"""Far above what the linear code takes (milliseconds to a few seconds) and far below what quadratic code took
(minutes)."""
WALL_FACTOR = 3
"""The clock's limit, in multiples of the CPU time's: work that waits (a helper process, a socket) is caught by
the clock, and a machine busy with other work (another test worker, a build) slows the clock, not the CPU time
the guarded work takes."""


class Hung(BaseException):
    """The guarded work ran past its limit (not an ``Exception``: code that catches every error, as the
    HTML extraction does around trafilatura, must not swallow it and carry on)."""


@contextmanager
def hang_guard(seconds: int = LIMIT_SECONDS, wall_seconds: int | None = None) -> Iterator[None]:
    """Fail (``Hung``) if the block uses more than ``seconds`` of this process's CPU time, or runs for more
    than ``wall_seconds`` (``WALL_FACTOR`` times ``seconds`` unless given) on the clock; regex matching is
    interrupted too (it checks signals)."""
    wall = seconds * WALL_FACTOR if wall_seconds is None else wall_seconds

    def expired(signum: int, _frame: object) -> None:
        if signum == signal.SIGPROF:
            raise Hung(f"still running after {seconds} s of CPU time: superlinear work")
        raise Hung(f"still running after {wall} s: superlinear work or a wait that never ends")

    previous = {number: signal.signal(number, expired) for number in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.alarm(wall)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.alarm(0)
        for number, handler in previous.items():
            signal.signal(number, handler)


def guarded(work: Callable[[], T], seconds: int = LIMIT_SECONDS) -> T:
    """``work()`` under ``hang_guard``."""
    with hang_guard(seconds):
        return work()
