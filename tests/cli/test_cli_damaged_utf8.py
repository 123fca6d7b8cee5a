"""The command line on a UTF-8 file with one bad byte: Arabic with one U+FFFD, not windows-1252 mojibake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Original text written for this test.
TITLE = "افتتاح جسر جديد فوق النهر"
BODY = (
    "افتتحت البلدية صباح اليوم جسرا جديدا للمشاة فوق النهر، بعد عامين من العمل. "
    "وقال المهندس المسؤول إن الجسر يختصر الطريق إلى السوق القديم بنحو ربع ساعة."
)


def test_one_bad_byte_keeps_the_file_utf8(tmp_path: Path) -> None:
    """--print and --json show the Arabic text with U+FFFD where the bad byte was, and no mojibake."""
    story = tmp_path / "story.txt"
    cut = BODY.index("وقال")
    story.write_bytes(f"{TITLE}\n\n{BODY[:cut]}".encode() + b"\xff" + BODY[cut:].encode() + b"\n")
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80"}
    outputs = []
    for mode in ("--print", "--json"):
        proc = subprocess.run(
            [sys.executable, "-m", "newstui", mode, str(story)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
        outputs.append(proc.stdout.decode("utf-8"))
    printed, dumped = outputs
    assert "\ufffd" in printed and "Ø" not in printed and "Ù" not in printed
    article = json.loads(dumped)["articles"][0]
    assert article["title"] == TITLE
    assert " ".join(article["paragraphs"]) == BODY[:cut] + "\ufffd" + BODY[cut:]
