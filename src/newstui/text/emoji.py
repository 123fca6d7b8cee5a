"""Emoji ZWJ sequences as drawn: their joiners dropped, their pictures kept together and in logical order."""

from __future__ import annotations

from typing import Final

from newstui.text.lazy_regex import LazyRegex

__all__ = ["EMOJI_JOIN", "PICTOGRAPHIC", "mark_emoji_joins"]

EMOJI_JOIN: Final = "\U000e01d0"
"""What a ZWJ between two pictographs becomes on its way to the screen (app mode).

The ZWJ itself cannot get there: shaping consumes it, and Rich counts ``x ZWJ y`` as one picture where
tmux and many terminals draw two. Without it, the pictures of ``👩‍💻`` are two neutrals, which an
odd level reverses (``💻👩``). This variation selector (class NSM, zero cells in Rich, passed through by
the reshaper like any non-Arabic character, and practically never in real text) takes the ZWJ's place:
``wrap.split_clusters`` keeps the pictures it joins in one cluster (a label is never cut between them; a
line may wrap between them, as they are drawn as separate pictures), ``reorder.reorder_text`` holds them
as one neutral while the line is reordered and then drops it, so ``👩💻`` is drawn in logical order at
any level, as wide as its pictures."""

PICTOGRAPHIC: Final = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21ff\u2300-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
)
"""Characters an emoji ZWJ sequence is made of (Extended_Pictographic, rounded to whole blocks)."""
_EMOJI_ZWJ: Final = LazyRegex(f"([{PICTOGRAPHIC}]\ufe0f?)\u200d(?=[{PICTOGRAPHIC}])")
"""A ZWJ between two pictographs (the first may carry its VS16): one joint of an emoji ZWJ sequence."""


def mark_emoji_joins(text: str) -> str:
    """``text`` with each ZWJ of an emoji ZWJ sequence replaced by ``EMOJI_JOIN``; other ZWJs (in Arabic
    words, where they only affect joining) are left for shaping to consume. Linear in ``text``."""
    if "\u200d" not in text:  # one C-level scan; nearly every paragraph stops here
        return text
    return _EMOJI_ZWJ.sub(f"\\1{EMOJI_JOIN}", text)
