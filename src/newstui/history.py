"""A browser-style back/forward history, generic and free of any UI."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class History(Generic[T]):
    """Visited locations with a cursor: ``visit`` drops forward entries, like a web browser.

    Visiting the location that is already current is a no-op, so re-opening an article does not
    grow the trail. The oldest entries fall off beyond ``max_length``.
    """

    def __init__(self, max_length: int = 500) -> None:
        if max_length < 1:
            raise ValueError("max_length must be at least 1")
        self._items: list[T] = []
        self._index = -1
        self._max = max_length

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    @property
    def current(self) -> T | None:
        """The location shown now, or None before the first visit."""
        return self._items[self._index] if self._index >= 0 else None

    @property
    def index(self) -> int:
        """Position of the current location (-1 when empty)."""
        return self._index

    @property
    def can_go_back(self) -> bool:
        """True when there is an earlier location."""
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        """True when a location was left by going back."""
        return 0 <= self._index < len(self._items) - 1

    def visit(self, item: T) -> T:
        """Make ``item`` current, discarding every forward entry."""
        if self.current == item:
            return item
        del self._items[self._index + 1 :]
        self._items.append(item)
        if len(self._items) > self._max:
            del self._items[: len(self._items) - self._max]
        self._index = len(self._items) - 1
        return item

    def back(self) -> T | None:
        """Step back; returns the new current location, or None (and stays) at the start."""
        if not self.can_go_back:
            return None
        self._index -= 1
        return self._items[self._index]

    def forward(self) -> T | None:
        """Step forward; returns the new current location, or None (and stays) at the end."""
        if not self.can_go_forward:
            return None
        self._index += 1
        return self._items[self._index]

    def trail(self) -> list[T]:
        """Locations from the first up to and including the current one."""
        return self._items[: self._index + 1]
