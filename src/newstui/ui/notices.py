"""Untrusted text in a notification: drawn as the panes draw it, on one line of the toast."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from rich.cells import cell_len

from newstui.text import rtl
from newstui.text.harakat import strip_harakat
from newstui.text.sanitize import sanitize_line

if TYPE_CHECKING:
    from textual.app import App

    from newstui.model import Direction

TOAST_WIDTH: Final = 60
"""Textual's toast: 60 cells, at most half the screen, of which its padding and edge take 3."""
_TOAST_FRAME: Final = 3
_LEAST: Final = 8


def notice_width(app: App[Any], prefix: str = "") -> int:
    """Cells left for a text after ``prefix`` on one line of a notification, on this screen."""
    inner = min(TOAST_WIDTH, app.size.width // 2) - _TOAST_FRAME
    return max(_LEAST, inner - len(prefix))


def visual_notice(
    app: App[Any],
    text: str,
    *,
    prefix: str = "",
    mode: rtl.BidiMode = "app",
    direction: Direction | None = None,
    default: Direction = "rtl",
    harakat: bool = True,
    keep_end: bool = False,
) -> str:
    """``prefix`` then ``text`` in visual order, cut with "…" to one line of the toast.

    Textual does no bidi and wraps a long message as left-to-right text: a reordered Arabic title
    wrapped by it would read its last line first. So the text is laid out here as one line, the
    width the toast leaves it.

    Args:
        app: the app (its width sets the toast's).
        text: untrusted text in logical order (a title, a file name).
        prefix: plain words before it ("Saved to ").
        mode: the reader's bidi mode.
        direction: force the text's direction (a path: ``ltr``); None detects it.
        default: the direction when the text has no strong character.
        harakat: draw the vowel marks (the reader's ``h``).
        keep_end: cut a long text at its start, not its end (a path: its file name and extension stay).
    """
    shown = sanitize_line(text) if harakat else strip_harakat(sanitize_line(text))
    width = notice_width(app, prefix)
    if keep_end and cell_len(shown) > width:
        while shown and cell_len(shown) > width - 1:
            shown = shown[max(1, (cell_len(shown) - width + 1) // 2) :]
        shown = "…" + shown.lstrip()
    line = rtl.fit_line(shown, width, mode=mode, direction=direction, default=default, align=False)
    return prefix + line.strip()
