"""A folder's walk (audit folders21): a browser's saved-page asset folder is no story folder (#1), a link to a file
the walk lists anyway is listed once (#6), and the first folder that could not be read is named (#4)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from newstui.model import LoadResult
from newstui.sources.folder import WalkStats, iter_folder
from newstui.sources.loader import load_sources
from newstui.sources.options import LoadOptions

# Original text written for these tests.
STORY = "صدى المدينة – محليات\n\nافتتاح مكتبة عامة جديدة في الحي القديم\n\nافتتحت البلدية مكتبة عامة جديدة اليوم.\n"
PAGE = (
    "<html><head><title>خبر محفوظ</title></head><body><article><h1>البلدية تفتتح جسرا جديدا</h1>"
    "<p>افتتحت البلدية جسرا جديدا فوق النهر صباح اليوم بحضور عدد من السكان والمسؤولين المحليين.</p>"
    "<p>وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة خلال ساعات الذروة.</p></article></body></html>"
)
WIDGET = "<html><body><div>تابعونا على المنصات</div></body></html>"


def _walk(root: Path, stats: WalkStats | None = None) -> list[str]:
    return [os.path.relpath(path, root) for path in iter_folder(root, stats=stats)]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("page", "assets"),
    [
        ("budget.html", "budget_files"),
        ("الموازنة - موقع الأخبار.htm", "الموازنة - موقع الأخبار_files"),  # Chrome: the page's title
        ("haushalt.html", "haushalt-Dateien"),
        ("budget.html", "budget_fichiers"),
        ("Budget.HTML", "budget_FILES"),
    ],
    ids=["firefox", "chrome-title", "german", "french", "any-case"],
)
def test_a_saved_pages_asset_folder_is_not_walked(tmp_path: Path, page: str, assets: str) -> None:
    """``<page>_files`` beside ``<page>.html`` holds the page's frames and widgets: not entered, not counted as
    skipped files, the page itself listed."""
    _write(tmp_path / page, PAGE)
    _write(tmp_path / assets / "saved_resource.html", WIDGET)
    _write(tmp_path / assets / "widgets.html", WIDGET)
    _write(tmp_path / "story.txt", STORY)
    stats = WalkStats()
    assert sorted(_walk(tmp_path, stats)) == sorted([page, "story.txt"])
    assert stats.page_assets == 1 and stats.skipped == 0 and stats.unreadable == 0


def test_a_files_folder_without_its_page_is_walked(tmp_path: Path) -> None:
    """A ``_files`` folder with no page of its name beside it (another page's, a story folder's name) is walked."""
    _write(tmp_path / "other.html", PAGE)
    _write(tmp_path / "press_files" / "story.txt", STORY)
    _write(tmp_path / "budget.txt" / "inner.txt", STORY)  # (a folder named as a page is no page)
    _write(tmp_path / "budget_files" / "widgets.html", WIDGET)
    assert _walk(tmp_path) == [
        "budget.txt/inner.txt",
        "budget_files/widgets.html",
        "other.html",
        "press_files/story.txt",
    ]


def test_the_asset_folder_named_as_the_root_is_walked(tmp_path: Path) -> None:
    """The folder named on the command line is walked whatever its name, its page beside it or not."""
    _write(tmp_path / "budget.html", PAGE)
    _write(tmp_path / "budget_files" / "widgets.html", WIDGET)
    assert _walk(tmp_path / "budget_files") == ["widgets.html"]


def test_a_folder_of_saved_pages_loads_without_failures(tmp_path: Path) -> None:
    """A folder of pages saved whole: each page a story, no asset page a failed source (audit folders21 #1)."""
    for number in range(3):
        _write(tmp_path / f"خبر {number}.html", PAGE.replace("جسرا", f"جسرا رقم {number}"))
        _write(tmp_path / f"خبر {number}_files" / "saved_resource.html", "<html><body></body></html>")
        _write(tmp_path / f"خبر {number}_files" / "widgets.html", WIDGET)
    results = asyncio.run(load_sources([str(tmp_path)], LoadOptions()))
    assert [result.error for result in results] == [None, None, None]
    assert [Path(result.origin).name for result in results] == ["خبر 0.html", "خبر 1.html", "خبر 2.html"]


def test_a_link_to_a_file_listed_before_is_not_listed_again(tmp_path: Path) -> None:
    """``links/latest.txt`` leads to a story file the walk listed: the story once, at the real path."""
    _write(tmp_path / "2026" / "01-story.txt", STORY)
    (tmp_path / "links").mkdir()
    (tmp_path / "links" / "latest.txt").symlink_to(os.path.join("..", "2026", "01-story.txt"))
    stats = WalkStats()
    assert _walk(tmp_path, stats) == [os.path.join("2026", "01-story.txt")]
    assert stats.links_listed == 1


def test_a_link_met_before_its_file_gives_way_to_the_real_path(tmp_path: Path) -> None:
    """The link comes first in the walk (``a-latest.txt`` before ``z-story.txt``, or a folder before): the real
    path's entry is the one listed."""
    _write(tmp_path / "z-story.txt", STORY)
    _write(tmp_path / "zz" / "deep.txt", STORY.replace("مكتبة", "حديقة"))
    (tmp_path / "a-latest.txt").symlink_to("z-story.txt")
    (tmp_path / "a-deep.txt").symlink_to(os.path.join("zz", "deep.txt"))
    assert _walk(tmp_path) == ["z-story.txt", os.path.join("zz", "deep.txt")]


def test_links_to_a_file_the_walk_does_not_list_are_listed_once(tmp_path: Path) -> None:
    """A link to a file outside the folder (or in a hidden folder, or an asset folder) is the story's only
    entry: listed, once however many links lead to it."""
    outside = tmp_path / "elsewhere" / "story.txt"
    _write(outside, STORY)
    root = tmp_path / "news"
    _write(root / ".drafts" / "draft.txt", STORY.replace("مكتبة", "مدرسة"))
    _write(root / "page.html", PAGE)
    _write(root / "page_files" / "frame.txt", STORY.replace("مكتبة", "سوق"))
    (root / "b-link.txt").symlink_to(outside)
    (root / "c-link.txt").symlink_to(outside)
    (root / "d-draft.txt").symlink_to(root / ".drafts" / "draft.txt")
    (root / "e-frame.txt").symlink_to(root / "page_files" / "frame.txt")
    assert _walk(root) == ["b-link.txt", "d-draft.txt", "e-frame.txt", "page.html"]


def test_a_root_given_through_a_link_keeps_its_files_once(tmp_path: Path) -> None:
    """The folder named through a symbolic link (``~/news`` leading to a disk's folder): a link inside it to one
    of its files is still seen as the same file."""
    real = tmp_path / "disk" / "news"
    _write(real / "story.txt", STORY)
    (real / "latest.txt").symlink_to(real / "story.txt")
    (tmp_path / "news").symlink_to(real)
    assert _walk(tmp_path / "news") == ["story.txt"]


def test_the_folder_that_could_not_be_read_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder's note names the first folder it could not read, and why, the others counted."""
    _write(tmp_path / "a.txt", STORY)
    for name in ("locked-1", "locked-2", "locked-3"):
        _write(tmp_path / "sub" / name / "b.txt", STORY)
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:
        if os.path.basename(os.fspath(path)).startswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # root reads any folder: its refusal is simulated
    results = asyncio.run(load_sources([str(tmp_path)], LoadOptions()))
    locked = os.path.join("sub", "locked-1")
    assert results[-1] == LoadResult(
        origin=str(tmp_path), error=f"3 folders could not be read: {locked} (permission denied) and 2 more"
    )
