"""A bug injected into newstui's own code for tests of how a bug is told (exit 70, its hint, its traceback)."""

from __future__ import annotations

from typing import Any

import pytest

MARK = "BUGGY"
"""A text holding this makes the plain-text parser raise (``inject_parser_bug``)."""


def inject_parser_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the plain-text parser raise TypeError on a text holding ``MARK`` (a bug in newstui's own code)."""
    import newstui.parse

    parse = newstui.parse.parse_sanitized

    def broken(text: str, *args: Any, **kwargs: Any) -> Any:
        if MARK in text:
            raise TypeError("an injected bug")
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(newstui.parse, "parse_sanitized", broken)
