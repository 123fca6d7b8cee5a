"""Web addresses inside a line of text, laid out as a browser's address bar shows one.

An address reads left to right in its typed order whatever script its parts are in: each part between
``/ ? # & =`` is laid out on its own at a left-to-right base (``rtl.fit_host``: an Arabic part shaped and
reading right to left inside itself), and the parts follow one another left to right. Under the plain bidi
algorithm the digits after an Arabic part resolve as Arabic numbers, so ``…/سياسة/2026/12/1021.html`` formed
one right-to-left run and read ``…/2026/12/1021/سياسة.html``. For the algorithm this is an address wrapped in
a left-to-right isolate, each part in one of its own; terminal mode gives exactly that (LRI … PDI, zero
cells wide), the terminal's bidi doing the rest.

Used by the notices (``ui.notices.visual_message``: a line is wrapped with each address as one left-to-right
unit) and by the text boxes (``text.caret.visual_line``: the caret's cells come from the same parts).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

from rich.cells import cell_len

if TYPE_CHECKING:
    from newstui.text.rtl import BidiMode

__all__ = ["address_spans", "isolated", "layout_line", "part_spans", "visual_address"]

_ADDRESS: Final = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://\S*")
"""A web address: a scheme, ``://`` and what follows up to a space."""
_TRAILING: Final = ".,:;!?)]}»\"'…"
"""Punctuation after an address in a sentence (``Could not open <address>: refused``), not part of it."""
_OPENING: Final = {")": "(", "]": "[", "}": "{"}
"""The opening bracket of each closing one that may end an address."""
_SEPARATORS: Final = frozenset("/?#&=")
"""Where an address's parts meet: each part is laid out on its own."""
_WORD_BREAKS: Final = frozenset("-_.+~,")
"""Where a long part is cut when no separator is in reach: between its words (``الحكومة-تقر-الموازنة``), never
inside one (each piece is shaped on its own: a word cut in two gets the wrong letter forms)."""
_LRI: Final = "\u2066"
_PDI: Final = "\u2069"
_LEAST: Final = 12
"""Fewest cells worth starting an address in at a line's end; fewer, and it starts the next line."""


def address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each web address in ``text``, without the punctuation that ends a sentence after it."""
    if "://" not in text:  # the cheap test: most lines hold none
        return []
    spans: list[tuple[int, int]] = []
    for found in _ADDRESS.finditer(text):
        start, end = found.span()
        while end > start and text[end - 1] in _TRAILING:
            closing = text[end - 1]
            opening = _OPENING.get(closing)
            if opening is not None and text.count(opening, start, end) >= text.count(closing, start, end):
                break  # the bracket closes one of the address's own: ``…/wiki/مصر_(توضيح)``
            end -= 1
        if end - start > 3:
            spans.append((start, end))
    return spans


def part_spans(address: str) -> list[tuple[int, int]]:
    """(start, end) of each part of ``address`` between its separators (``/ ? # & =``), in typed order; a
    separator is in no part."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index, char in enumerate(address):
        if char in _SEPARATORS:
            if index > start:
                spans.append((start, index))
            start = index + 1
    if len(address) > start:
        spans.append((start, len(address)))
    return spans


def visual_address(address: str, mode: BidiMode = "app") -> str:
    """``address`` as drawn: app mode, each part shaped and reordered on its own, the parts left to right;
    terminal mode, the address in logical order inside a left-to-right isolate, each part in one of its own."""
    from newstui.text.rtl import fit_host

    out: list[str] = []
    done = 0
    for start, end in part_spans(address):
        out.append(address[done:start])
        part = address[start:end]
        out.append(fit_host(part, max(1, cell_len(part)), mode=mode, keep_end=False))
        done = end
    out.append(address[done:])
    drawn = "".join(out)
    return _LRI + drawn + _PDI if mode == "terminal" else drawn


def isolated(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` in logical order with each web address in it between LRI and PDI, and each of its parts too
    (what a terminal's bidi needs to draw it as ``visual_address`` does), and where each of its positions
    (``0`` to ``len(text)``) went in the result."""
    out: list[str] = []
    where: list[int] = []
    size = 0

    def put(piece: str, typed: bool) -> None:
        nonlocal size
        for char in piece:
            if typed:
                where.append(size)
            out.append(char)
            size += 1

    done = 0
    for start, end in address_spans(text):
        put(text[done:start], True)
        put(_LRI, False)
        at = start
        for part_start, part_end in part_spans(text[start:end]):
            put(text[at : start + part_start], True)
            put(_LRI, False)
            put(text[start + part_start : start + part_end], True)
            put(_PDI, False)
            at = start + part_end
        put(text[at:end], True)
        put(_PDI, False)
        done = end
    put(text[done:], True)
    where.append(size)
    return "".join(out), tuple(where)


def _cut_address(address: str, room: int) -> tuple[str, str]:
    """``address`` cut in two so that its first piece fits ``room`` cells: after a separator when one is in
    reach, else between two words of a part (``_WORD_BREAKS``), else between characters."""
    fits = 0  # characters that fit
    after_separator = 0  # of those, up to the last separator
    after_word = 0  # of those, up to the last break between words
    used = 0
    for index, char in enumerate(address):
        used += cell_len(char)
        if used > room:
            break
        fits = index + 1
        if char in _SEPARATORS:
            after_separator = fits
        elif char in _WORD_BREAKS:
            after_word = fits
    best = after_separator or after_word or max(fits, 1)
    return address[:best], address[best:]


def layout_line(line: str, width: int, mode: BidiMode = "app") -> list[str]:
    """One line of a message (logical order, at a left-to-right base) in visual lines of at most ``width``
    cells, each web address in it one left-to-right unit (``visual_address``), the words around it laid out
    as ``rtl.layout_paragraph`` lays them out. Wrapped at spaces; an address too long for a line is cut after
    one of its separators, and the punctuation right after it (``…``, ``:``) stays on its last line."""
    items: list[_Item] = []
    done = 0
    for start, end in address_spans(line):
        _words(line[done:start], items)
        after = line[end:].split(" ", 1)[0]  # what is glued to its end: drawn with it
        items.append(_Item(True, line[start:end], start > 0 and line[start - 1] == " ", after))
        done = end + len(after)
    _words(line[done:], items)
    lines: list[list[_Item]] = [[]]
    used = 0
    queue = list(reversed(items))
    while queue:
        item = queue.pop()
        gap = 1 if item.space and lines[-1] else 0
        size = cell_len(item.text) + cell_len(item.after)
        if used + gap + size <= width:
            lines[-1].append(item)
            used += gap + size
            continue
        room = width - used - gap
        whole = size <= width
        if not lines[-1] or (item.address and room >= _LEAST and not whole):
            head, tail = _cut_address(item.text, room if lines[-1] else width)
            if not tail and item.after:  # the address fits; what is glued to it does not: cut that
                head, tail = _cut_address(item.text, max(1, len(item.text) - 1))
            lines[-1].append(_Item(item.address, head, item.space, ""))
            lines.append([])
            used = 0
            if tail or item.after:
                queue.append(_Item(item.address, tail, False, item.after))
            continue
        lines.append([])
        used = 0
        queue.append(item)
    return [_drawn(pieces, mode) for pieces in lines if pieces] or [""]


class _Item(NamedTuple):
    """A word of a line, or an address (or a piece of one) with what is glued after it."""

    address: bool
    text: str
    space: bool
    """A space before it."""
    after: str = ""
    """Punctuation glued after an address, drawn after it as words are."""


def _words(text: str, items: list[_Item]) -> None:
    """Add the words of ``text`` (no address in it) to ``items``, each with whether a space comes before it."""
    index = 0
    for word in text.split(" "):
        if word:
            items.append(_Item(False, word, index > 0 and text[index - 1] == " "))
        index += len(word) + 1


def _drawn(pieces: list[_Item], mode: BidiMode) -> str:
    """One wrapped line drawn: its runs of words laid out together, each address on its own, left to right."""
    from newstui.text.rtl import layout_paragraph

    out: list[str] = []
    words: list[str] = []

    def flush() -> None:
        if words:
            text = "".join(words).strip()
            laid = layout_paragraph(text, max(1, cell_len(text)), mode=mode, direction="ltr", align=False)
            out.append(" ".join(part.strip() for part in laid))
            words.clear()

    for index, (address, text, space, after) in enumerate(pieces):
        lead = " " if space and index else ""
        if address:
            flush()
            out.append(lead + (visual_address(text, mode) if text else ""))
            if after:
                words.append(after)
        elif not words and lead:
            out.append(lead)
            words.append(text)
        else:
            words.append(lead + text)
    flush()
    return "".join(out)
