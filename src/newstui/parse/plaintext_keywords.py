"""Keywords of the sample format: a line of hashtags, a keyword line split into its keywords."""

from __future__ import annotations

import re
from typing import Final

from newstui.parse.plaintext_addresses import URL_RE, address_of
from newstui.parse.plaintext_dates import is_date_line, iso_date

__all__ = ["is_hashtags", "split_keywords"]

_KEYWORD_SPLIT_RE: Final = re.compile("[،,;؛|]")
_HASHTAGS_RE: Final = re.compile(r"^\s*#\S+(?:\s+#\S+)+\s*$")
_KEYWORD_SLASH_RE: Final = re.compile(r"(?<!\s)\s++/\s*+|(?<![\d/:\s])/\s*+(?![\d/])")
"""A "/" between keywords ("دبي / التجارة", "غزة/التهدئة"); not one written between digits ("24/7", "2026/11/30").
A match starts after a word and takes its spaces whole (tried from each space of a run, it was quadratic)."""
# Each match starts where its run starts and never gives back what it took (tried from every space or
# dot of a long run, both were quadratic: 40,000 spaces took 17 s, 10,000 dots 4.9 s); the matches
# are the same, as giving back a space or a dot can never make the next character fit.
_KEYWORD_DASH_RE: Final = re.compile(r"(?<!\s)\s++[-–—]\s+")


def is_hashtags(text: str) -> bool:
    """A line of two hashtags or more and nothing else ("#السودان #الخرطوم")."""
    return _HASHTAGS_RE.match(text) is not None


def split_keywords(text: str) -> list[str]:
    """Keywords from one line, split on ``، , ; ؛ |`` and ``/`` (spaces stay inside a keyword), else on hashtags
    or on " - ". A keyword holding a date or an address keeps its "/" ("24/7", "30/11/2026", "example.org/a").

    A hashtag's keyword is its word without the "#" ("#السودان" is "السودان", as under "وسوم:"); its
    underscores stay as written ("الأمم_المتحدة").
    """
    parts = _KEYWORD_SPLIT_RE.split(text)
    if "/" in text:
        parts = [piece for part in parts for piece in _slash_split(part)]
    if len(parts) == 1:
        parts = text.split() if _HASHTAGS_RE.match(text) else _KEYWORD_DASH_RE.split(text)
    keywords = [part.strip().rstrip(".").strip() for part in parts if part.strip(" .")]
    return [_untagged(keyword) for keyword in keywords] if "#" in text else keywords


def _slash_split(part: str) -> list[str]:
    """``part`` split on its "/" between words, or whole when it holds an address or a date."""
    if URL_RE.search(part) or "www." in part.lower() or address_of(part.strip()) is not None:
        return [part]
    pieces = _KEYWORD_SLASH_RE.split(part)
    if len(pieces) > 1 and (is_date_line(part.strip()) or iso_date(part) is not None):
        return [part]  # "30 نوفمبر/تشرين الثاني 2026": one date, its month in two names
    return pieces


def _untagged(keyword: str) -> str:
    """A hashtag alone ("#السودان") without its "#"; any other keyword as it is."""
    if keyword[:1] == "#" and len(keyword) > 1 and keyword[1].isalnum() and " " not in keyword:
        return keyword[1:]
    return keyword
