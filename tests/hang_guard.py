"""A hang guard for tests of work that must stay linear: a generous wall-clock limit, not a speed target."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

LIMIT_SECONDS = 10
"""Far above what the linear code takes (milliseconds) and far below what quadratic code took (minutes)."""


class Hung(BaseException):
    """The guarded work ran past its limit (not an ``Exception``: code that catches every error, as the
    HTML extraction does around trafilatura, must not swallow it and carry on)."""


@contextmanager
def hang_guard(seconds: int = LIMIT_SECONDS) -> Iterator[None]:
    """Fail (``Hung``) if the block runs past ``seconds``; regex matching is interrupted too (it checks signals)."""

    def expired(_signum: int, _frame: object) -> None:
        raise Hung(f"still running after {seconds} s: superlinear work")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def guarded(work: Callable[[], T], seconds: int = LIMIT_SECONDS) -> T:
    """``work()`` under ``hang_guard``."""
    with hang_guard(seconds):
        return work()
