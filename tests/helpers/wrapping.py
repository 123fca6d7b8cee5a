"""Hard-wrapping as ``fold -s`` does it, for the tests of hard-wrapped input (no ``fold`` binary needed)."""

from __future__ import annotations


def fold(text: str, width: int) -> str:
    """``fold -s -w width`` (UTF-8 bytes): each line broken after its last space within the width, the
    space left at the end of the line; a word longer than the width is cut where the width ends."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > width:
            fits = len(line.encode("utf-8")[:width].decode("utf-8", "ignore"))
            space = line.rfind(" ", 0, fits)
            cut = space + 1 if space > 0 else fits
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def fold_bytes(text: str, width: int) -> bytes:
    """GNU ``fold -s -w width`` exactly: it counts bytes and, where a line's width holds no space, cuts
    where the width ends, inside a UTF-8 character if one is there."""
    out: list[bytes] = []
    for line in text.encode("utf-8").split(b"\n"):
        while len(line) > width:
            space = line.rfind(b" ", 0, width)
            cut = space + 1 if space >= 0 else width
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return b"\n".join(out)
