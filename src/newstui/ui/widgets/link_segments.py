"""Rows drawn as terminal hyperlinks: the row's text (not its padding) carries an OSC 8 link to a safe target."""

from __future__ import annotations

from typing import Final

from rich.segment import Segment
from rich.style import Style

_CAP: Final = 256
"""Link styles kept per pane (a pane shows a headline or tens of related links at a time)."""


class LinkStyles:
    """A pane's row styles with a hyperlink added, made once per (style, target).

    Rich gives every linked style its own link id, so keeping them means a row keeps its id from one
    frame to the next (the terminal sees one link, not a new one on every redraw).
    """

    __slots__ = ("_styles",)

    def __init__(self) -> None:
        self._styles: dict[tuple[Style, str], Style] = {}

    def clear(self) -> None:
        """Forget them (the pane's styles changed)."""
        self._styles.clear()

    def get(self, style: Style, target: str) -> Style:
        """``style`` linking to ``target`` (already made safe by ``newstui.hyperlinks.hyperlink_target``)."""
        key = (style, target)
        found = self._styles.get(key)
        if found is None:
            if len(self._styles) >= _CAP:
                self._styles.clear()
            found = self._styles[key] = style + Style(link=target)
        return found


def linked_segments(text: str, style: Style, linked: Style) -> list[Segment]:
    """A padded row as segments: its spaces on either side in ``style``, the text between in ``linked``."""
    body = text.strip(" ")
    if not body:
        return [Segment(text, style)]
    start = len(text) - len(text.lstrip(" "))
    end = start + len(body)
    segments = [Segment(body, linked)]
    if start:
        segments.insert(0, Segment(text[:start], style))
    if end < len(text):
        segments.append(Segment(text[end:], style))
    return segments
