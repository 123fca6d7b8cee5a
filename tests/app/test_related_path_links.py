"""Pilot tests: a related link whose address is a site path or a relative one (``/archives/7``, ``../x.txt``) cannot
be followed (no host to resolve it against); the line under it says so, as pressing its number does, not ``web:``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, screen_lines, settle

from newstui.model import Link
from newstui.text import rtl
from newstui.ui.widgets.related_links import link_status

# Original stories written for these tests.
ARABIC_STORY = (
    "نشرة الساحل – محليات\n\nالبلدية تفتتح موقفا جديدا للدراجات قرب الميناء\n\n"
    "افتتحت البلدية صباح اليوم موقفا جديدا للدراجات الهوائية قرب الميناء القديم.\n\n"
    "مقالات ذات صلة\n\nسباق الدراجات السنوي يعود إلى الكورنيش\n/p/7\n"
    "حافلات الليل تبدأ العمل في الشتاء\n../b.txt\n"
)
ENGLISH_STORY = (
    "Coast Gazette – Local\n\nA new bicycle park opens by the harbour\n\n"
    "The council opened a new bicycle park by the old harbour this morning.\n\n"
    "Related articles\n\nThe yearly bicycle race returns to the seafront\n/p/7\n"
)


def _visual(text: str) -> str:
    """``text`` as the app draws an Arabic phrase (shaped, in visual order)."""
    return rtl.layout_paragraph(text, 40, mode="app", direction="rtl")[0].strip()


@pytest.mark.parametrize(
    ("link", "direction", "status"),
    [
        (Link("race", "/archives/7"), "ltr", "not loaded: /archives/7"),
        (Link("سباق", "/archives/7"), "rtl", "غير محمل: /archives/7"),
        (Link("buses", "../older/buses.txt"), "ltr", "not loaded: ../older/buses.txt"),
        (Link("buses", "www.example.org/buses"), "ltr", "not loaded: www.example.org/buses"),
        (Link("ep.mp3", "/media/ep.mp3", kind="media"), "ltr", "not loaded: /media/ep.mp3"),
        (Link("race", "https://news.example/race"), "ltr", "web: news.example"),
    ],
    ids=["site-path", "site-path-arabic", "relative", "no-scheme", "media-path", "web"],
)
def test_only_a_web_address_says_web(link: Link, direction: Any, status: str) -> None:
    assert link_status(link, direction) == status


async def test_a_site_path_under_an_english_title(make_app: Any, tmp_path: Path, notes: list[Any], hook: Any) -> None:
    story = tmp_path / "bikes.txt"
    story.write_text(ENGLISH_STORY, encoding="utf-8")
    app = make_app([], refs=(str(story),))
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        screen = reader(app)
        rows = [row.strip() for row in screen_lines(screen.related)]
        assert "not loaded: /p/7" in rows
        assert not any(row.startswith("web:") for row in rows)
        await pilot.press("1")
        await pilot.pause()
        assert any("Not a web address: /p/7" in str(note.message) for note in notes), "pressing it says so"


async def test_a_site_path_and_a_relative_path_under_arabic_titles(make_app: Any, tmp_path: Path) -> None:
    story = tmp_path / "bikes.txt"
    story.write_text(ARABIC_STORY, encoding="utf-8")
    app = make_app([], refs=(str(story),))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert [link.url for link in screen.related.links] == ["/p/7", "../b.txt"]
        rows = screen_lines(screen.related)
        for address in ("/p/7", "../b.txt"):
            row = next(row for row in rows if address in row)
            assert _visual("غير محمل") in row and _visual("ويب") not in row
