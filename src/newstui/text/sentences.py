"""Where a paragraph's first sentence ends (not at a decimal point, initials or "Dr.")."""

from __future__ import annotations

from typing import Final

from newstui.text.lazy_regex import LazyRegex

__all__ = ["first_sentence"]

# The sentence end starts with its class (scanned for quickly); the lookbehind after its first
# character keeps a match from starting inside a run.
_SENTENCE_END_RE: Final = LazyRegex("[.!?؟…](?<![.!?؟…][.!?؟…])[.!?؟…]*+[\"'”’»)\\]]*+(?=\\s|$)")
_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr st prof gen sen rep gov lt col sgt capt jr sr no vs inc ltd co corp dept est fig approx".split()
)
_INITIALS_RE: Final = LazyRegex(r"(?:[A-Za-z]\.)*[A-Za-z]")


def first_sentence(paragraph: str) -> str:
    """The paragraph up to its first sentence end (not a decimal point, initials or "Dr.").

    A module of its own, light to import: the parser titles a story by it, and the layout draws that
    sentence as the headline (``render_blocks.lead_split``) in the reader's first frame, whose process
    does not import the parser.
    """
    match = _SENTENCE_END_RE.search(paragraph)
    while match is not None:
        if paragraph[match.start()] == ".":
            # The word before the dot, looked for in the last 64 characters (not a copy of all before it).
            before = paragraph[max(0, match.start() - 64) : match.start()].rsplit(None, 1)
            last = before[-1] if before else ""
            if last.lower() in _ABBREVIATIONS or _INITIALS_RE.fullmatch(last):
                match = _SENTENCE_END_RE.search(paragraph, match.end())
                continue
        return paragraph[: match.end()].strip()
    return paragraph.strip()
