"""The reading direction an article is shown in: its source's, from the config file, else the run's."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from newstui.addresses import is_url

if TYPE_CHECKING:
    from newstui.model import Article, Direction
    from newstui.settings import DirectionChoice, Settings

__all__ = ["SourceDirections", "base_direction"]

_MEMO_CAP: Final = 50_000
"""Origins whose answer is remembered (a folder's files each have their own origin)."""


class SourceDirections:
    """The config file's ``[directions]``: which entry an article's origin falls under.

    A URL entry matches the articles loaded from that address (a feed's entries carry the feed's);
    a path entry matches that file, or every file under that folder (the deepest folder wins).
    Paths are compared absolute and normalized, so ``news/a.txt`` typed on the command line is found
    under an entry written ``~/news``.
    """

    __slots__ = ("_memo", "_paths", "_urls")

    def __init__(self, pairs: tuple[tuple[str, DirectionChoice], ...]) -> None:
        self._urls: dict[str, DirectionChoice] = {}
        paths: list[tuple[str, DirectionChoice]] = []
        for source, choice in pairs:
            if is_url(source):
                self._urls.setdefault(source.rstrip("/"), choice)
            else:
                paths.append((os.path.abspath(source), choice))
        paths.sort(key=lambda pair: len(pair[0]), reverse=True)  # the deepest folder first
        self._paths = paths
        self._memo: dict[str, DirectionChoice | None] = {}

    def choice_for(self, origin: str) -> DirectionChoice | None:
        """The entry ``origin`` falls under, or None when no entry names it (nor a folder above it)."""
        memo = self._memo
        if origin in memo:
            return memo[origin]
        found: DirectionChoice | None = None
        if is_url(origin):
            found = self._urls.get(origin.rstrip("/"))
        elif origin != "-" and self._paths:
            path = os.path.abspath(origin)
            for entry, choice in self._paths:
                if path == entry or path.startswith(entry.rstrip(os.sep) + os.sep):
                    found = choice
                    break
        if len(memo) >= _MEMO_CAP:
            memo.clear()
        memo[origin] = found
        return found


@lru_cache(maxsize=4)
def _table(pairs: tuple[tuple[str, DirectionChoice], ...]) -> SourceDirections:
    return SourceDirections(pairs)


def base_direction(article: Article, settings: Settings) -> Direction | None:
    """The base direction of ``article``'s paragraphs before ``d``: its source's, else ``direction``; None: detected.

    A source's entry (the config file's ``[directions]``) wins over the run's ``direction``; an entry
    of ``auto`` gives the source each paragraph's own direction again. ``--direction`` on the command
    line clears the table (the CLI does), so it applies to every source.
    """
    if settings.source_directions:
        choice = _table(settings.source_directions).choice_for(article.origin)
        if choice is not None:
            return None if choice == "auto" else choice
    chosen = settings.direction
    return None if chosen == "auto" else chosen
