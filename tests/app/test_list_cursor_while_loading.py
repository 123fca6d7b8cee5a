"""Pilot test: a source landing while the user moves through the list leaves the list's cursor where the user put
it (it used to jump back onto the open story with every batch that landed)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, settle
from test_journey16_first_story import FOLDER_STORIES, LONE, OTHER, _hold_back, _wait_for, _write


async def test_the_cursor_stays_where_the_user_moved_it_when_a_source_lands(
    make_app: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``newstui lone.txt other.txt folder``, the folder landing last: the user moves the cursor down to the second
    story while it loads; once it lands, the cursor is still on that story and the open story is the first."""
    lone, other, folder = tmp_path / "lone.txt", tmp_path / "other.txt", tmp_path / "folder"
    _write(lone, *LONE)
    _write(other, *OTHER)
    folder.mkdir()
    for name, title, body in FOLDER_STORIES:
        _write(folder / name, title, body)
    release = asyncio.Event()
    _hold_back(monkeypatch, {2}, release)
    app = make_app([], refs=(str(lone), str(other), str(folder)))
    async with app.run_test(size=SIZE) as pilot:
        screen = reader(app)
        await _wait_for(pilot, lambda: len(screen.article_list.articles) == 2 and screen.current is not None)
        await pilot.pause()
        screen.article_list.focus()
        await pilot.press("j")
        await pilot.pause()
        moved = screen.article_list.highlighted_id
        assert moved is not None and moved != screen.current.id  # (the cursor left the open story)
        release.set()
        await settle(pilot)
        assert len(screen.article_list.articles) == 5
        assert screen.current is not None and screen.current.title == LONE[0]
        assert screen.article_list.highlighted_id == moved
