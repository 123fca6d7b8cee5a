"""A helper process's frames do not go through its fd 1: a stray print (newstui's or a library's) cannot spoil them."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import newstui
from newstui.sources.helper import read_frame, read_header

CHILD = textwrap.dedent(
    """
    import os, sys
    from newstui.sources.helper import settle_in, write_frame, write_header

    settle_in()
    print("a stray print before the header")
    out = write_header()
    print("a stray print between frames", flush=True)
    os.write(1, b"raw bytes on fd 1")
    sys.stdout.buffer.write(b"bytes on stdout's buffer")
    write_frame(out, ["first", 1])
    print("and after", end="")
    write_frame(out, {"second": (2, 3)})
    """
)


def test_a_child_that_prints_still_sends_whole_frames() -> None:
    """The caller reads the header and both frames intact, then a clean end: every print went to the null device."""
    src = str(Path(newstui.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("NEWSTUI_HELPER_PARENT", None)
    child = subprocess.run(
        [sys.executable, "-c", CHILD], stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=60, check=True
    )
    stream = io.BytesIO(child.stdout)
    assert read_header(stream)
    assert read_frame(stream) == ["first", 1]
    assert read_frame(stream) == {"second": (2, 3)}
    assert read_frame(stream) is None
    assert child.stderr == b""
