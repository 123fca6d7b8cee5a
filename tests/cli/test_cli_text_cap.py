"""The command line on a plain-text file past the line cap: its first lines shown, the cut told as a feed's is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CAP = 5


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """newstui with ``plaintext.MAX_LINES`` set to ``CAP`` (a small cap: a small file)."""
    script = tmp_path / "capped.py"
    script.write_text(
        "import sys\n"
        "from newstui.parse import plaintext\n"
        f"plaintext.MAX_LINES = {CAP}\n"
        "from newstui import cli\n"
        "sys.exit(cli.main(sys.argv[1:]))\n",
        encoding="utf-8",
    )
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80"}
    return subprocess.run(
        [sys.executable, str(script), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def test_a_text_past_the_cap_is_told_in_json_and_print(tmp_path: Path) -> None:
    """--json lists the note under "errors" and the first lines as paragraphs, --print tells it on stderr;
    both exit 1 (part of the source left out, the rest shown), as for a feed past its 2,000 entries."""
    path = tmp_path / "story.txt"
    paragraphs = [f"الفقرة رقم {number} من نص الخبر." for number in range(40)]
    path.write_text("عنوان الخبر\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    message = f"a text of more than {CAP} lines: only the first {CAP} are shown"

    proc = _run(tmp_path, "--json", str(path))
    assert proc.returncode == 1
    document = json.loads(proc.stdout)
    [article] = document["articles"]
    assert article["paragraphs"][-1] == paragraphs[CAP - 2]  # the title's line and 4 paragraphs
    assert document["errors"] == [{"origin": str(path), "message": message}]
    assert proc.stderr == f"newstui: {path}: {message}\n"

    printed = _run(tmp_path, "--print", str(path))
    assert (printed.returncode, printed.stderr) == (1, f"newstui: {path}: {message}\n")
    lines = [line for line in printed.stdout.splitlines() if line.strip()]  # (drawn shaped, right to left)
    assert len(lines) == CAP and " 3 " in lines[-1]
