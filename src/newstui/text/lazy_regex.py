"""LazyRegex: a regular expression compiled on its first use, so importing a module compiles nothing."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

__all__ = ["LazyRegex"]


class LazyRegex:
    """A regex compiled on first use, with the ``re.Pattern`` methods newstui calls.

    CPython compiles a character class that goes past Latin-1 in Python code (0.2-2 ms each, more on
    a cold start); most of the classes in ``text.rtl`` and ``text.sanitize`` are needed only for
    unusual text, so the reader's first frame, ``--version`` and ``--help`` need few or none of them.
    """

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled yet."""
        return self._compiled is not None

    def get(self) -> re.Pattern[str]:
        """The compiled pattern (compiled on the first call)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.get().search(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.fullmatch``."""
        return self.get().fullmatch(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.get().finditer(text)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """``re.Pattern.sub``."""
        return self.get().sub(repl, text)
