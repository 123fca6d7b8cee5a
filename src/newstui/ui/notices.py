"""Untrusted text in a notification: drawn as the panes draw it, on one line of the toast or wrapped to it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from rich.cells import cell_len

from newstui.text import rtl
from newstui.text.harakat import strip_harakat
from newstui.text.paragraphs import paragraph_direction
from newstui.text.sanitize import sanitize_line, visible_path
from newstui.text.script import has_rtl_letters

if TYPE_CHECKING:
    from textual.app import App

    from newstui.model import Direction

KEY_FEEDBACK: Final = "key-feedback"
"""The ``kind`` (``NewsApp.notify``) of a notice that only answers a key (nowhere to go, no unread story that way,
a story marked read, a switch's new state, the list's order or unread-only filter, no such related link): the
next such notice replaces it, whichever key it answers, so at most one of them shows at a time rather than a
stack over the article. Errors have no kind: they stay their own time beside it."""
TOAST_WIDTH: Final = 60
"""Textual's toast: 60 cells, at most half of the screen but its last column, of which its padding and
edge take 3 (measured: 36 cells of text on an 80-column screen, 16 on 40, 57 from 120 up)."""
_TOAST_FRAME: Final = 3
_BREAKS: Final = frozenset(" /\\-_.")
"""Where a path or a name may be cut without cutting a word."""
_LEAST: Final = 12
"""Fewest cells worth giving the text after its prefix; fewer, and the prefix takes a line of its own."""
_NAME_LEAST: Final = 16
"""Cells a path's file name keeps when its folder is long: the folder's middle is cut first."""
_NAME_END: Final = re.compile(r"(?: \(\d+\))?(?:\.[^\s./]{1,10})?$")
"""A file name's end kept whole when its middle is cut: its number (``(2)``) and extension."""


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
        keep_end: the text is a path: shown as ``visible_path`` shows it (an invisible character as its escape)
            and cut as ``fit_path`` cuts it (its folder, the first and last words of its file name and its
            extension stay), not at its end.
    """
    shown = visible_path(text) if keep_end else sanitize_line(text)
    shown = shown if harakat else strip_harakat(shown)
    width = notice_width(app, prefix)
    if prefix and width < _LEAST:  # a narrow screen: the words before it on a line of their own
        prefix, width = prefix.rstrip() + "\n", notice_width(app)
    if keep_end and cell_len(shown) > width:
        shown = fit_path(shown, width)
    line = rtl.fit_line(shown, width, mode=mode, direction=direction, default=default, align=False)
    return prefix + line.strip()


def fit_path(path: str, width: int) -> str:
    """``path`` cut to ``width`` cells so that it still says where a file went: the folder part is kept whole
    (``sub/``, ``~/``), or, when it is long, its first and last folders (``/home/…/sub/``); the file name's
    middle is cut at whole words (a piece of an Arabic word shaped on its own reads as another word), so
    its first and last words, its number and its extension stay."""
    if cell_len(path) <= width:
        return path
    cut = path.rfind("/") + 1
    folder, name = path[:cut], path[cut:]
    room = max(width - min(cell_len(name), _NAME_LEAST), (width + 1) // 2)  # a short folder is never cut
    if folder and cell_len(folder) > room:
        folder = _fit_folder(folder, room)
    return folder + _fit_name(name, max(1, width - cell_len(folder)))


def _fit_folder(folder: str, room: int) -> str:
    """A folder's path (ending in ``/``) cut to ``room`` cells, its last folder (the one a file went into) kept."""
    parts = folder[:-1].split("/")
    last = parts[-1]
    for shown in (f"{parts[0]}/…/{last}/", f"…/{last}/"):
        if len(parts) > 2 and cell_len(shown) <= room:
            return shown
    if len(parts) > 1 and room >= 6:
        return f"…/{_fit_name(last, room - 3)}/"
    return _fit_name(last, max(2, room - 1)) + "/"


def _fit_name(name: str, room: int) -> str:
    """A file name cut in its middle to ``room`` cells: its first and last words, number and extension kept."""
    if cell_len(name) <= room:
        return name
    ending = _NAME_END.search(name)
    end = name[ending.start() :] if ending is not None and cell_len(ending.group()) <= room // 2 else ""
    stem = name[: len(name) - len(end)]
    words = room - 1 - cell_len(end)  # the "…" takes a cell
    head = _first_words(stem, (words + 1) // 2)
    tail = _last_words(stem[len(head) :], words - cell_len(head) - 1)
    head = _first_words(stem, words - cell_len(tail) - (1 if tail else 0))  # room the tail left over
    # Cut inside a right-to-left run, the "…" joins it (a mark after it): drawn at the run's end, where the
    # words cut out were, not beside its first word, as if the cut came before it.
    mark = "\u200f" if paragraph_direction(head, "ltr") == "rtl" else ""
    return head.rstrip() + "…" + mark + (" " + tail if tail else "") + end


def _first_words(text: str, room: int) -> str:
    """The longest start of ``text`` that ends at a word's end and fits ``room`` cells (one word cut if the
    first does not fit)."""
    if cell_len(text) <= room:
        return text
    best = ""
    for index, char in enumerate(text):
        if char in _BREAKS and index and cell_len(text[:index]) <= room:
            best = text[:index]
    if best.strip():
        return best
    shown = text
    while shown and cell_len(shown) > room:
        shown = shown[:-1]
    return shown


def _last_words(text: str, room: int) -> str:
    """The longest end of ``text`` that starts at a word's start and fits ``room`` cells (maybe none)."""
    best = ""
    for index, char in enumerate(text):
        if char == " " and cell_len(text[index + 1 :]) <= room:
            best = text[index + 1 :]
            break
    return best.strip()


def visual_message(app: App[Any], message: str, *, mode: rtl.BidiMode = "app") -> str:
    """A notification's message with its right-to-left words drawn as the panes draw them.

    A message is English words around what a source gave (a path, an address, a reason, a title):
    each of its lines is laid out left to right, its Arabic runs shaped and reordered, and wrapped
    here at the toast's width; a web address in it is one left-to-right unit, its parts in typed order
    (``address_layout.layout_line``) (Textual, which does no bidi, would wrap the visual line as if it were
    logical text and put its pieces in the wrong order). A message with no right-to-left letter is
    left as it is.
    """
    if not has_rtl_letters(message):
        return message
    width = notice_width(app)
    lines: list[str] = []
    for part in message.split("\n"):
        shown = sanitize_line(part)
        if "://" in shown:  # a web address reads left to right in its typed order, part by part
            from newstui.text.address_layout import layout_line

            lines += [line.rstrip() for line in layout_line(shown, width, mode)]
            continue
        laid = rtl.layout_paragraph(shown, width, mode=mode, direction="ltr", align=False) if shown else ("",)
        lines += [line.rstrip() for line in laid]
    return "\n".join(lines)
