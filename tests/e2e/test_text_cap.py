"""End-to-end: a plain-text file past the line cap in the reader (tmux, private socket): drawn at once, the cut told."""

from __future__ import annotations

import shlex

import pytest
from e2e_support import Tmux

from newstui.parse.plaintext import MAX_LINES, cap_note

pytestmark = pytest.mark.e2e


def test_the_reader_tells_a_text_past_the_cap(tmux: Tmux) -> None:
    """A file of one more one-letter line than the cap (300 KB): the reader draws it and tells the cut in a
    notice; closed, it says it again on stderr with status 1, as for a feed past its 2,000 entries."""
    path = tmux.workdir / "lines.txt"
    path.write_text("عنوان الخبر\n\n" + "ب\n" * MAX_LINES, encoding="utf-8")
    errors = tmux.workdir / "errors.txt"
    # By its name in the pane's folder: a long temporary path (an xdist worker's) wrapped the notice's words.
    tmux.start(f"{tmux.newstui(path.name)} 2> {shlex.quote(str(errors))}")
    # The notice shows for 10 s: waited for alone (the list's count is read from the same screen), so a busy
    # machine's slow first wait cannot use up its time.
    tmux.wait_text(f"a text of more than {MAX_LINES:,} lines", timeout=30)
    # The first frame's list title is fitted to the narrowest list pane (its width is not known yet), then to
    # its own once laid out.
    screen = tmux.wait_text("1 · 1 unread", timeout=30)
    assert "1 · 1 unread" in screen[0], "the list's title counts the one story"
    tmux.keys("q")
    assert tmux.exit_status() == "EXIT=1"
    assert errors.read_text(encoding="utf-8") == f"newstui: {path.name}: {cap_note(MAX_LINES)}\n"
