"""List items in a story's text: which paragraph is one, and its marker (``• ``, ``- ``, ``3. ``, ``١- ``)."""

from __future__ import annotations

from operator import itemgetter
from typing import Final

from newstui.text.lazy_regex import LazyRegex

__all__ = ["HANG_MIN", "ITEM_FIRST", "JOINED_CHARS", "JOINED_ITEMS", "item_marker", "join_items"]

_BULLETS: Final = "-*•◦▪‣–"
"""Marks that bullet an item (the HTML reader writes ``•`` and ``◦``; plain text has ``-`` and ``*``)."""
_DIGITS: Final = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
ITEM_FIRST: Final = frozenset(_BULLETS + _DIGITS)
_MARKER: Final = LazyRegex(f"(?:[{_BULLETS}]|[{_DIGITS}]{{1,3}}[.)\\-]) (?=\\S)")
"""A bullet, or a number of up to three digits with ``.``, ``)`` or ``-`` (``١- `` in Arabic lists), then a
space and the item's text."""
_FIRST_CHAR: Final = itemgetter(slice(0, 1))
JOINED_CHARS: Final = 300
"""Items up to this long are drawn without blank lines between them; longer ones (numbered paragraphs
rather than a list's items) stand apart as paragraphs do, and still hang beside their markers."""
JOINED_ITEMS: Final = 32
"""Items joined at most into one block: a story of ten thousand numbered lines is still drawn a screenful
at a time (the layout lays out a whole block to show any of its lines)."""
HANG_MIN: Final = 12
"""Cells an item's text needs beside its marker for it to hang there; narrower, it wraps under the marker."""


def item_marker(paragraph: str) -> str | None:
    """The marker and its space that open ``paragraph`` when it is a list item (``"• "``, ``"12. "``), else None.

    Every character of a marker is one cell wide, so its length is its width.
    """
    if paragraph[:1] not in ITEM_FIRST:
        return None
    found = _MARKER.get().match(paragraph)
    return None if found is None else found.group()


def join_items(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """``paragraphs`` with each run of list items made one, the items a line each (``\\n`` between them);
    a bulleted run and a numbered one next to each other are two lists.

    The layout draws a paragraph's lines one under the other: a list's items then follow each other
    without the blank line that separates paragraphs. The same tuple when no two items are neighbours.
    """
    if not any(map(ITEM_FIRST.__contains__, map(_FIRST_CHAR, paragraphs))):  # (C-level: no Python call a paragraph)
        return paragraphs
    out: list[str] = []
    run: list[str] = []
    numbered = False
    for paragraph in paragraphs:
        if len(paragraph) <= JOINED_CHARS and item_marker(paragraph) is not None:
            # A numbered list after a bulleted one is two lists; a long one is drawn a block at a time.
            if run and ((paragraph[0] in _DIGITS) != numbered or len(run) == JOINED_ITEMS):
                _flush(run, out)
            numbered = paragraph[0] in _DIGITS
            run.append(paragraph)
            continue
        _flush(run, out)
        out.append(paragraph)
    _flush(run, out)
    return paragraphs if len(out) == len(paragraphs) else tuple(out)


def _flush(run: list[str], out: list[str]) -> None:
    if run:
        out.append("\n".join(run))
        run.clear()
