"""Pilot tests of piped stdin the reader reads itself: what the panes say meanwhile, their order, its source line."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from app_support import SIZE, reader, screen_lines, settle

from hang_guard import hang_guard
from newstui.sources.local import PIPE_IDLE_SECONDS

HEAD = "الشروق نيوز – اقتصاد\n\n".encode()
STORY = (
    "ارتفاع أسعار القمح في الأسواق المحلية\n\n"
    "قالت وزارة التموين اليوم إن أسعار القمح ارتفعت بنسبة 12% خلال الأسبوع الماضي بسبب تأخر وصول الشحنات.\n\n"
    "وأضاف المتحدث باسم الوزارة أن الحكومة تدرس خططاً لتعويض المزارعين وضمان توفر الخبز بأسعار مناسبة.\n"
).encode()


class _Writer:
    """The write end of the test's pipe: closed once, by the test or at its end."""

    def __init__(self, fd: int) -> None:
        self.fd: int | None = fd

    def write(self, data: bytes) -> None:
        assert self.fd is not None
        os.write(self.fd, data)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


@pytest.fixture
def pipe() -> Iterator[tuple[int, _Writer]]:
    """A pipe: its read end (the reader closes it) and its write end."""
    read_end, write_end = os.pipe()
    writer = _Writer(write_end)
    try:
        yield read_end, writer
    finally:
        writer.close()


def _text(lines: list[str]) -> str:
    """A pane's rows joined, spaces collapsed (the placeholder is wrapped to the pane's width)."""
    return " ".join(" ".join(lines).split())


async def _wait(pilot: Any, check: Any, what: str, seconds: float = 3.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what}")


class TestStdinPlaceholders:
    """While the reader reads a pipe on stdin, the list and article panes say so, with the bytes so far."""

    async def test_the_panes_say_how_much_stdin_has_sent_and_keep_their_order(
        self, make_app: Any, pipe: tuple[int, _Writer]
    ) -> None:
        read_end, writer = pipe
        app = make_app([], refs=("-",), stdin_pipe=(read_end, HEAD))
        mirrored: list[bool] = []
        with hang_guard():
            async with app.run_test(size=SIZE) as pilot:
                screen = reader(app)
                await pilot.pause()
                mirrored.append(screen.has_class("-mirrored"))
                assert _text(screen_lines(screen.article_list)) == f"Reading stdin… {len(HEAD)} bytes"
                rest = STORY + b"\n" * (3000 - len(HEAD) - len(STORY))  # 3,000 bytes in all
                writer.write(rest)
                await _wait(pilot, lambda: "3 KB" in _text(screen_lines(screen.article_list)), "the count to move on")
                mirrored.append(screen.has_class("-mirrored"))
                assert _text(screen_lines(screen.article_list)) == "Reading stdin… 3 KB"
                assert _text(screen_lines(screen.article_view)) == (
                    f"Loading… stdin has sent 3 KB so far: the story shows once it ends, or has been quiet for"
                    f" {PIPE_IDLE_SECONDS:g} s."
                )
                assert screen.current is None, "the story is not in before the pipe ends"
                writer.close()
                await settle(pilot)
                current = screen.current
                assert current is not None and current.title == "ارتفاع أسعار القمح في الأسواق المحلية"
                mirrored.append(screen.has_class("-mirrored"))
        assert mirrored == [True, True, True], "mirrored for the Arabic story from the first frame on: no jump"

    async def test_a_pipe_silent_at_first_sets_the_order_from_its_first_bytes(
        self, make_app: Any, pipe: tuple[int, _Writer]
    ) -> None:
        """Nothing to go by in the first frame (``(sleep 2; cat story) |``): the panes take the story's order
        when its first bytes come, before the story lands."""
        read_end, writer = pipe
        app = make_app([], refs=("-",), stdin_pipe=(read_end, b""))
        with hang_guard():
            async with app.run_test(size=SIZE) as pilot:
                screen = reader(app)
                await pilot.pause()
                assert _text(screen_lines(screen.article_list)) == "Reading stdin…"
                assert _text(screen_lines(screen.article_view)).startswith("Loading… waiting for stdin")
                assert not screen.has_class("-mirrored")
                writer.write(HEAD)
                await _wait(pilot, lambda: screen.has_class("-mirrored"), "the mirrored panes")
                assert screen.current is None
                writer.write(STORY)
                writer.close()
                await settle(pilot)
                assert screen.current is not None and screen.has_class("-mirrored")

    @pytest.mark.parametrize(
        "first",
        [
            b"30/11/2026\n\n",
            b'<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>p{margin:0}</style>\n',
            b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><language>ar</language>\n',
        ],
        ids=["dateline-first", "page-head", "feed-head"],
    )
    async def test_first_bytes_that_do_not_say_are_looked_at_again_or_their_declaration_read(
        self, make_app: Any, pipe: tuple[int, _Writer], first: bytes
    ) -> None:
        """A dateline with no letters is looked at again as more comes (the Arabic story then mirrors the
        panes before it lands); a page's or a feed's head gives its declared direction."""
        read_end, writer = pipe
        app = make_app([], refs=("-",), stdin_pipe=(read_end, b""))
        with hang_guard():
            async with app.run_test(size=SIZE) as pilot:
                screen = reader(app)
                await pilot.pause()
                writer.write(first)
                await pilot.pause(0.6)
                if first.startswith(b"<"):
                    await _wait(pilot, lambda: screen.has_class("-mirrored"), "the mirrored panes")
                else:
                    assert not screen.has_class("-mirrored")
                    writer.write(HEAD)
                    await _wait(pilot, lambda: screen.has_class("-mirrored"), "the mirrored panes")
                assert screen.current is None
                writer.close()


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
