"""The theme remembered between runs against what may be found at its name: a FIFO, a device, temporary
files a killed reader left."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from newstui.theme_memory import remember_theme, remembered_theme


def _in_a_thread(path: Path) -> list[str | None]:
    """``remembered_theme(path)`` on a thread, given 5 s (a FIFO nobody writes to blocked a plain open)."""
    found: list[str | None] = []
    worker = threading.Thread(target=lambda: found.append(remembered_theme(path)), daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():  # the old code, blocked in open(): let it go so the thread ends
        with open(path, "wb"):
            pass
        worker.join(5)
        return ["blocked"]
    return found


def test_a_fifo_where_the_theme_is_kept_is_no_theme_at_once(tmp_path: Path) -> None:
    """The reader started with a blank terminal and no word until a FIFO there got a writer."""
    path = tmp_path / "theme"
    os.mkfifo(path)
    started = time.monotonic()
    assert _in_a_thread(path) == [None]
    assert time.monotonic() - started < 10  # (at once, not when a writer comes: a loaded machine is slow)


def test_a_device_is_no_theme(tmp_path: Path) -> None:
    path = tmp_path / "theme"
    path.symlink_to("/dev/zero")
    assert remembered_theme(path) is None
    path.unlink()
    path.write_text("nord\n")
    assert remembered_theme(path) == "nord"


def test_temporary_files_a_killed_write_left_are_removed(tmp_path: Path) -> None:
    old, new = tmp_path / ".theme-dead1234.tmp", tmp_path / ".theme-live5678.tmp"
    for temp in (old, new):
        temp.write_text("nord\n")
    long_ago = time.time() - 3600
    os.utime(old, (long_ago, long_ago))
    remember_theme("nord", tmp_path / "theme")
    assert sorted(os.listdir(tmp_path)) == [new.name, "theme"]
    assert remembered_theme(tmp_path / "theme") == "nord"
