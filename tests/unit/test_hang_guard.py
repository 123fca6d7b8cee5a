"""The tests' hang guard: CPU time past the limit fails, waiting past the clock's wider limit fails, and waiting
within it (a busy machine, a helper process) does not."""

from __future__ import annotations

import time

import pytest

from hang_guard import Hung, hang_guard


def _spin(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_cpu_time_past_the_limit_is_a_hang() -> None:
    # The clock's limit wide: on a machine busy with other work one second of CPU time can take more than three.
    with pytest.raises(Hung, match="CPU time"), hang_guard(1, wall_seconds=60):
        _spin(5)


def test_waiting_past_the_clocks_limit_is_a_hang() -> None:
    started = time.monotonic()
    with pytest.raises(Hung, match="a wait that never ends"), hang_guard(1):
        time.sleep(10)
    assert time.monotonic() - started < 6


def test_waiting_longer_than_the_cpu_limit_but_within_the_clocks_is_no_hang() -> None:
    with hang_guard(1):
        time.sleep(1.5)
