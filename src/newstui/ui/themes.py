"""The colour themes the reader can be started with (Textual's own)."""

from __future__ import annotations

from textual.theme import BUILTIN_THEMES

__all__ = ["theme_names"]


def theme_names() -> list[str]:
    """The names of the themes a config file may choose, sorted."""
    return sorted(BUILTIN_THEMES)
