"""Text as the layout takes it: sanitized, presentation forms folded back to letters, split into paragraphs."""

from __future__ import annotations

import unicodedata
from typing import Final

from newstui.text.lazy_regex import LazyRegex
from newstui.text.pipeline_cache import _LRU, LAYOUT_CACHE_SIZE
from newstui.text.sanitize import sanitize_text

_PRESENTATION: Final = LazyRegex("[\ufb50-\ufdff\ufe70-\ufefe]+")
"""Arabic Presentation Forms-A and -B (the BOM U+FEFF excluded)."""
_NEEDS_PREPARING: Final = LazyRegex(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u206f\ufb50-\ufdff\ufe70-\ufeff"
    "\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
"""Controls, separators, bidi overrides, presentation forms, BOM, surrogates, tags: one scan finds them.

All but the presentation forms are unprintable, so printable text only needs the cheaper ``_PRESENTATION``."""

_SPLIT: Final[_LRU[tuple[str, ...]]] = _LRU(LAYOUT_CACHE_SIZE)


def _fold_presentation(text: str) -> str:
    """Turn Arabic presentation forms (already-shaped input) back into base letters (NFKC)."""
    if _PRESENTATION.search(text) is None:
        return text
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _needs_preparing(text: str) -> bool:
    """``_NEEDS_PREPARING.search(text)``, without compiling it for printable text."""
    if text.isprintable():
        return _PRESENTATION.search(text) is not None
    return _NEEDS_PREPARING.search(text) is not None


def _paragraphs(text: str) -> tuple[str, ...]:
    """Sanitized, presentation-form-free paragraphs of ``text`` (split at newlines); cached.

    Model text is sanitized already; this is defence in depth (no control character reaches the
    screen whatever the caller passes) and costs one regex scan per distinct text: the cache holds
    as many texts as an article has blocks, so a re-layout never scans again.
    """
    found = _SPLIT.get(text)
    if found is None:
        prepared = _fold_presentation(sanitize_text(text)) if _needs_preparing(text) else text
        found = tuple(prepared.split("\n"))
        _SPLIT.put(text, found)
    return found
