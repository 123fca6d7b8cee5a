"""link_match's file links: a related link naming a story file of the same folder by its bare file name."""

from __future__ import annotations

import os

import pytest

from newstui.link_match import file_link_id, file_link_path
from newstui.model import Article, Link

FOLDER = os.path.join(os.sep, "news", "valley")
ORIGIN = os.path.join(FOLDER, "1_intro.txt")


@pytest.mark.parametrize(
    ("text", "origin", "expected"),
    [
        ("2_festival.txt", ORIGIN, os.path.join(FOLDER, "2_festival.txt")),
        ("  2_festival.txt ", ORIGIN, os.path.join(FOLDER, "2_festival.txt")),
        ("تقرير المهرجان.md", ORIGIN, os.path.join(FOLDER, "تقرير المهرجان.md")),
        ("page.HTML", ORIGIN, os.path.join(FOLDER, "page.HTML")),
        ("2_festival.txt", "1_intro.txt", "2_festival.txt"),
        ("2_festival.txt", os.path.join("valley", "1_intro.txt"), os.path.join("valley", "2_festival.txt")),
        ("sub/2_festival.txt", ORIGIN, None),
        ("../2_festival.txt", ORIGIN, None),
        (".hidden.txt", ORIGIN, None),
        (".txt", ORIGIN, None),
        ("2_festival.pdf", ORIGIN, None),
        ("مهرجان الموسيقى يعود إلى ساحة البلدة", ORIGIN, None),
        ("festival.txt\x1b[2J", ORIGIN, None),
        ("x" * 300 + ".txt", ORIGIN, None),
        ("2_festival.txt", "https://valley.test/ar/intro", None),
        ("2_festival.txt", "-", None),
        ("2_festival.txt", "", None),
    ],
    ids=[
        "name",
        "spaces-around",
        "arabic-name",
        "upper-extension",
        "relative-origin",
        "origin-in-a-folder",
        "a-folder",
        "parent",
        "hidden",
        "no-stem",
        "not-a-story-file",
        "headline",
        "escape",
        "too-long",
        "web-origin",
        "stdin",
        "no-origin",
    ],
)
def test_file_link_path(text: str, origin: str, expected: str | None) -> None:
    assert file_link_path(text, origin) == expected


STORIES = (
    Article(id="intro", title="افتتاح سوق البلدة", origin=ORIGIN),
    Article(id="festival", title="مهرجان الموسيقى يعود", origin=os.path.join(FOLDER, "2_festival.txt")),
    Article(id="festival-2", title="قصة ثانية في الملف نفسه", origin=os.path.join(FOLDER, "2_festival.txt")),
    Article(id="other", title="قصة من مجلد آخر", origin=os.path.join(os.sep, "news", "city", "3_olives.txt")),
    Article(id="dotted", title="قصة بمسار فيه نقطة", origin=os.path.join(FOLDER, ".", "4_market.txt")),
)


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        (Link("2_festival.txt"), "festival"),
        (Link("مهرجان الموسيقى", url="2_festival.txt"), "festival"),
        (Link("4_market.txt"), "dotted"),
        (Link("3_olives.txt"), None),
        (Link("5_missing.txt"), None),
        (Link("مهرجان الموسيقى يعود"), None),
        (Link("2_festival.txt", url="https://valley.test/festival"), "festival"),
    ],
    ids=["by-title", "by-url", "normalized-path", "other-folder", "not-loaded", "headline", "web-url-then-title"],
)
def test_file_link_id(link: Link, expected: str | None) -> None:
    """The first story of the named file in the linking story's folder; none from another folder."""
    assert file_link_id(link, ORIGIN, STORIES) == expected
