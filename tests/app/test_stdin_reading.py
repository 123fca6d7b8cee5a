"""Pilot tests of piped stdin in the reader: its source line."""

from __future__ import annotations

from typing import Any

from app_support import SIZE, reader, screen_lines, settle


class TestStdinSourceLine:
    async def test_a_stdin_story_without_a_source_line_says_stdin(self, make_app: Any) -> None:
        """The list's second row names where the story came from: ``stdin``, not a lone ``-``."""
        data = b"Harbour lights repaired\n\nThe harbour lights were repaired on Monday before the winter storms.\n"
        app = make_app([], refs=("-",), stdin_data=data)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            current = screen.current
            assert current is not None and current.origin == "-"
            rows = screen_lines(screen.article_list)
            assert "Harbour lights repaired" in rows[0]
            assert rows[1].strip() == "stdin"
