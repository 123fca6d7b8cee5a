"""Terminal hyperlinks on a real pseudo-terminal: the headline and a web related link arrive as OSC 8 links."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from pty_support import finish, read_until, start

# An original story in the plain-text format (byline, headline, address, body, related links).
STORY = """وكالة الأنباء المحلية – ثقافة

سوق الكتب القديمة يستقبل زواره في أول أيام الربيع

https://news.example/كتب?يوم=١

فتحت أكشاك سوق الكتب القديمة أبوابها صباح اليوم أمام زوار جاؤوا من أحياء المدينة كلها.

وقال أحد الباعة إن الإقبال هذا العام أكبر من الأعوام الماضية.

مقالات مشابهة
1. معرض للصور القديمة في المكتبة العامة - https://photos.example/show
"""
OSC8 = re.compile(rb"\x1b\]8;([^;\x1b\x07]*);([^\x1b\x07]*)\x1b\\")
"""An OSC 8 opening (params; target) or closing (empty target) sequence."""
PAINTED = b"photos.example"
"""The related pane's status line under the web link: the reader has drawn its panes."""


def _run(tmp_path: Path, *options: str) -> bytes:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    proc, fd = start(*options, str(story), env={"HOME": str(tmp_path), "NEWSTUI_BIDI": "app"})
    seen = read_until(fd, PAINTED, 30)
    assert PAINTED in seen, "the reader never drew the related pane"
    os.write(fd, b"q")
    seen += finish(proc, fd)
    assert proc.returncode == 0
    return seen


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
class TestHyperlinksOnATerminal:
    def test_headline_and_related_link_are_hyperlinks(self, tmp_path: Path) -> None:
        targets = {target for _, target in OSC8.findall(_run(tmp_path)) if target}
        assert targets == {
            b"https://news.example/%D9%83%D8%AA%D8%A8?%D9%8A%D9%88%D9%85=%D9%A1",
            b"https://photos.example/show",
        }

    def test_no_hyperlinks_option(self, tmp_path: Path) -> None:
        assert b"\x1b]8;" not in _run(tmp_path, "--no-hyperlinks")
