"""Shared bookkeeping of the RTL pipeline: its thread-safe LRU cache type and its counters of expensive calls."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Final, Generic, TypeVar

__all__ = ["LAYOUT_CACHE_SIZE", "STATS", "LruCache", "PipelineStats"]

LAYOUT_CACHE_SIZE: Final = 8192
"""(paragraph, width, options) entries of finished visual lines."""

T = TypeVar("T")


class PipelineStats:
    """Counters of the expensive calls, for tests and benchmarks (noise-free performance invariants).

    A plain class: a dataclass costs ~1 ms of code generation on the way to the reader's first frame.
    """

    __slots__ = ("bidi_calls", "layout_hits", "reshape_calls", "reshaper_failures")

    def __init__(self) -> None:
        self.reshape_calls = 0
        """Paragraphs shaped: one per distinct paragraph while the shape cache holds it. Each makes at
        most one arabic-reshaper call, for the words it holds that no earlier paragraph had."""
        self.bidi_calls = 0
        """Calls into python-bidi's ``get_display`` (one per non-empty visual line in app mode)."""
        self.layout_hits = 0
        """Paragraph layouts served from the cache."""
        self.reshaper_failures = 0
        """arabic-reshaper calls that raised (the text was shaped another way, or shown unshaped)."""

    def reset(self) -> None:
        """Set every counter back to zero."""
        self.reshape_calls = self.bidi_calls = self.layout_hits = self.reshaper_failures = 0


STATS: Final = PipelineStats()
"""The pipeline's counters (``rtl.STATS``)."""


class LruCache(Generic[T]):
    """A small thread-safe least-recently-used cache."""

    def __init__(self, maxsize: int) -> None:
        self._data: OrderedDict[Hashable, T] = OrderedDict()
        self._maxsize = maxsize
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> T | None:
        # Each OrderedDict call is atomic under the GIL; a concurrent eviction only costs a miss.
        data = self._data
        value = data.get(key)
        if value is not None:
            try:
                data.move_to_end(key)
            except KeyError:
                pass
        return value

    def put(self, key: Hashable, value: T) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self._maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
