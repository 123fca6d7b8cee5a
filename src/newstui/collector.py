"""Python's cyclic garbage collector paused while the reader starts, and let run again after its first frame.

Starting the reader allocates Textual's and newstui's modules, classes, widgets and styles, which
live for the whole run. The collector would scan them many times over before the first frame, and
once in full (~30 ms on a 2-core VM, more than Textual's own start-up costs a bare app); none of it
is garbage. The reader pauses collection before it imports Textual and resumes it once the first
frame is drawn; everything allocated until then is moved to the collector's permanent generation
(``gc.freeze``), so later full collections skip it too.
"""

from __future__ import annotations

import gc

__all__ = ["pause", "paused", "resume"]

_paused = False


def pause() -> None:
    """Stop automatic collection, if it runs (``resume`` restarts it; nothing happens if it was off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def paused() -> bool:
    """Whether ``pause`` stopped automatic collection and nothing has resumed it yet."""
    return _paused


def resume(*, freeze: bool = True) -> None:
    """Restart automatic collection, only after ``pause`` (idempotent).

    Args:
        freeze: first move everything allocated so far to the permanent generation (after the first
            frame: the start-up objects); False when the run is over.
    """
    global _paused
    if _paused:
        _paused = False
        if freeze:
            gc.freeze()
        gc.enable()
