"""Untrusted text in a notification: drawn as the panes draw it, on one line of the toast or wrapped to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from rich.cells import cell_len

from newstui.text import rtl
from newstui.text.harakat import strip_harakat
from newstui.text.paragraphs import paragraph_direction
from newstui.text.sanitize import sanitize_line
from newstui.text.script import has_rtl_letters

if TYPE_CHECKING:
    from textual.app import App

    from newstui.model import Direction

TOAST_WIDTH: Final = 60
"""Textual's toast: 60 cells, at most half of the screen but its last column, of which its padding and
edge take 3 (measured: 36 cells of text on an 80-column screen, 16 on 40, 57 from 120 up)."""
_TOAST_FRAME: Final = 3
_BREAKS: Final = frozenset(" /\\-_.")
"""Where a path or a name may be cut without cutting a word."""
_LEAST: Final = 12
"""Fewest cells worth giving the text after its prefix; fewer, and the prefix takes a line of its own."""


def notice_width(app: App[Any], prefix: str = "") -> int:
    """Cells left for a text after ``prefix`` on one line of a notification, on this screen."""
    inner = min(TOAST_WIDTH, (app.size.width - 1) // 2) - _TOAST_FRAME
    return max(1, inner - len(prefix))


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
    """``prefix`` then ``text`` in visual order, cut with "…" to one line of the toast (the prefix on a
    line of its own when the screen is too narrow for both).

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
    if prefix and width < _LEAST:  # a narrow screen: the words before it on a line of their own
        prefix, width = prefix.rstrip() + "\n", notice_width(app)
    if keep_end and cell_len(shown) > width:
        whole = shown
        while shown and cell_len(shown) > width - 1:
            shown = shown[max(1, (cell_len(shown) - width + 1) // 2) :]
        cut = len(whole) - len(shown)
        if cut and whole[cut - 1] not in _BREAKS:  # cut inside a word: the word goes whole, if one follows
            starts = [index for index, char in enumerate(shown) if char in _BREAKS]
            if starts and len(shown) - starts[0] > _LEAST // 2:
                shown = shown[starts[0] + 1 :]
        shown = shown.lstrip()
        # Cut inside a right-to-left run, the "…" joins it (a mark before it): drawn at the run's right
        # end, where its first words were, not at its left end, where it would say its last ones went.
        shown = ("\u200f…" if paragraph_direction(shown, "ltr") == "rtl" else "…") + shown
    line = rtl.fit_line(shown, width, mode=mode, direction=direction, default=default, align=False)
    return prefix + line.strip()


def visual_message(app: App[Any], message: str, *, mode: rtl.BidiMode = "app") -> str:
    """A notification's message with its right-to-left words drawn as the panes draw them.

    A message is English words around what a source gave (a path, an address, a reason, a title):
    each of its lines is laid out left to right, its Arabic runs shaped and reordered, and wrapped
    here at the toast's width (Textual, which does no bidi, would wrap the visual line as if it were
    logical text and put its pieces in the wrong order). A message with no right-to-left letter is
    left as it is.
    """
    if not has_rtl_letters(message):
        return message
    width = notice_width(app)
    lines: list[str] = []
    for part in message.split("\n"):
        shown = sanitize_line(part)
        laid = rtl.layout_paragraph(shown, width, mode=mode, direction="ltr", align=False) if shown else ("",)
        lines += [line.rstrip() for line in laid]
    return "\n".join(lines)
