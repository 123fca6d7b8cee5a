"""Waiting in Pilot tests for what a worker brings (a load, a reload), with a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


async def wait_until(pilot: Any, done: Callable[[], bool], timeout: float = 20.0) -> None:
    """Let the app run until ``done()`` holds (failing after ``timeout`` seconds), then one more pause."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)
    await pilot.pause()
