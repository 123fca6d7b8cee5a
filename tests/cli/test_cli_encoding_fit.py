"""The command line on mixed encodings, --encoding utf-16, forced encodings that do not fit, named binaries."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Original text written for this test.
BYLINE = "صحيفة الواحة – محليات"
HEADLINE = "افتتاح سوق الخضار الجديد في وسط المدينة"
BODY = "افتتح رئيس البلدية صباح اليوم سوق الخضار الجديد، بعد عامين من أعمال البناء.\n\nوقال التجار إن السوق أوسع.\n"
STORY = f"{BYLINE}\n\n{HEADLINE}\n\n{BODY}"


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80"}
    return subprocess.run(
        [sys.executable, "-m", "newstui", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


# (id, bytes, --encoding or None, what stderr must say or "" for nothing)
READ_CASES = [
    ("mixed-encoding-headline", f"{BYLINE}\n\n{HEADLINE}\n\n".encode("cp1256") + BODY.encode(), None, ""),
    ("utf-16-be-bom-as-utf-16", b"\xfe\xff" + STORY.encode("utf-16-be"), "utf-16", ""),
    ("x-cp1256-label", STORY.encode("cp1256"), "x-cp1256", ""),
    ("one-nul", STORY.replace("اليوم", "اليوم\x00").encode(), None, ""),
]


@pytest.mark.parametrize(("data", "encoding", "told"), [c[1:] for c in READ_CASES], ids=[c[0] for c in READ_CASES])
def test_encoding_read_right(tmp_path: Path, data: bytes, encoding: str | None, told: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    proc = _run("--json", *(["--encoding", encoding] if encoding else []), str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    (article,) = json.loads(proc.stdout)["articles"]
    assert (article["title"], article["source"]) == (HEADLINE, "صحيفة الواحة")
    assert proc.stderr.decode() == told


def test_encoding_that_plainly_does_not_fit_is_told(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode())
    proc = _run("--json", "--encoding", "windows-1256", str(path))
    assert proc.returncode == 0
    assert "(--encoding): it is valid UTF-8 with multi-byte letters; try --encoding utf-8" in proc.stderr.decode()


@pytest.mark.parametrize("piped", [False, True], ids=["file", "stdin"])
def test_binary_gzip_is_named(tmp_path: Path, piped: bool) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode()))
    proc = _run("--print", "-", stdin=path.read_bytes()) if piped else _run("--print", str(path))
    assert proc.returncode == 2 and proc.stdout == b""
    (line,) = proc.stderr.decode().splitlines()
    command = "… | zcat | newstui" if piped else f"zcat {path} | newstui"
    assert line == f"newstui: {'-' if piped else path}: gzip-compressed: try {command}"
