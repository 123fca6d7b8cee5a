"""--print and --json of a folder: a file whose encoding was guessed is told on stderr, naming the file, as when it
is named on the command line itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Original text written for this test.
GUESSED = "باب الحديد\n\nوصل القطار صباح اليوم\n"
UTF16 = "مقابلة مع مدير المرفأ\n\nقال المدير إن الأعمال تنتهي في الربيع المقبل بعد تأخير قصير.\n"
PLAIN = "افتتاح حديقة عامة في الحي الشرقي\n\nافتتحت البلدية الحديقة بحضور السكان.\n"


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80"}
    return subprocess.run(
        [sys.executable, "-m", "newstui", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("mode", ["--json", "--print"])
def test_a_folder_tells_each_guessed_file(tmp_path: Path, mode: str) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a_souq.txt").write_bytes(GUESSED.encode("cp1256"))
    (folder / "b_plain.txt").write_bytes(PLAIN.encode())
    (folder / "c_interview.txt").write_bytes(UTF16.encode("utf-16-be"))  # no BOM: a guess
    alone = _run("--json", str(folder / "c_interview.txt")).stderr.decode()
    proc = _run(mode, str(folder))
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stderr.decode().splitlines()
    assert [line.partition(": ")[2].partition(":")[0] for line in lines] == [
        str(folder / "a_souq.txt"),
        str(folder / "c_interview.txt"),
    ]
    assert "encoding guessed (windows-1256)" in lines[0]
    assert lines[1] == alone.strip(), "the same note as for the file named alone"
    if mode == "--json":
        assert len(json.loads(proc.stdout)["articles"]) == 3


def test_a_folder_of_utf8_files_tells_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_bytes(PLAIN.replace("الشرقي", f"رقم {number}").encode())
    proc = _run("--json", str(folder))
    assert proc.returncode == 0 and proc.stderr == b""
