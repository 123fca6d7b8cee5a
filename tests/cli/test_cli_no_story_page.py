"""A page that gives no story (a title over an empty body, or over menus only): one line, the usual exit status.

Original pages written for these tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STORY = "أقر المجلس البلدي مساء الأحد خطة لتوسيع شبكة الحافلات في الأحياء الشمالية من المدينة.\n"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80"}
    proc = subprocess.run(
        [sys.executable, "-m", "newstui", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("<html><head><title>x</title></head><body></body></html>", "no article text found"),
        (
            '<html lang="ar"><head><meta charset="utf-8"><title>أخبار اليوم</title></head><body><nav>'
            '<a href="/">الرئيسية</a> <a href="/s">سياسة</a></nav></body></html>',
            "no article text found",
        ),
        (
            '<html><head><title>Valley Times</title></head><body><div id="root"></div>'
            '<script src="/main.js"></script></body></html>',
            "the page shows its story only with JavaScript, which newstui does not run",
        ),
    ],
    ids=["title-only", "arabic-menu-only", "app-shell"],
)
@pytest.mark.parametrize("mode", ["--json", "--print"])
def test_a_page_without_a_story_fails_in_one_line(tmp_path: Path, page: str, reason: str, mode: str) -> None:
    """Alone it is exit status 2 (nothing loaded); beside a story that loads, 1; one line on stderr each time."""
    bad = tmp_path / "page.html"
    bad.write_text(page, encoding="utf-8")
    good = tmp_path / "story.txt"
    good.write_text(STORY, encoding="utf-8")

    alone = _run(mode, str(bad))
    assert alone.returncode == 2
    assert alone.stderr.splitlines() == [f"newstui: {bad}: {reason}"]
    if mode == "--json":
        assert json.loads(alone.stdout) == {"articles": [], "errors": [{"origin": str(bad), "message": reason}]}

    both = _run(mode, str(bad), str(good))
    assert both.returncode == 1
    assert both.stderr.splitlines() == [f"newstui: {bad}: {reason}"]
    if mode == "--json":
        assert [article["origin"] for article in json.loads(both.stdout)["articles"]] == [str(good)]
