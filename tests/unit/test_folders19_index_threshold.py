"""The folder index's threshold counts the files a folder lists, of any kind (README: "a folder of 200 files or
more"), not only its plain-text ones: a folder of mostly HTML pages and a few text files is indexed too, and
lists its text files from the index the next time (audit folders19 #4)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

import newstui.sources.folder_cache as folder_cache
import newstui.sources.folder_load as folder_load
from newstui.model import LoadResult
from newstui.sources import LoadOptions, load_sources

CACHED = LoadOptions(index_folders=True, folder_cache=True)
OLD = 1_600_000_000  # a modification time long before any test runs


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder; folders of 8 files or more indexed; files settle at once."""
    where = tmp_path / "cache" / "folders"
    monkeypatch.setattr(folder_cache, "cache_folder", lambda: where)
    monkeypatch.setattr(folder_cache, "MIN_FILES", 8)
    monkeypatch.setattr(folder_cache, "SETTLE_NS", -(10**12))
    return where


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folder files read (the index answers the others)."""
    paths: list[str] = []
    real = folder_load.folder_file_result

    def counting(path: str, options: LoadOptions) -> LoadResult | None:
        paths.append(os.path.basename(path))
        return real(path, options)

    monkeypatch.setattr(folder_load, "folder_file_result", counting)
    return paths


def _text(number: int) -> str:
    return f"لجنة الحي تناقش مشروع الحديقة رقم {number}\n\nقالت اللجنة إن المشروع رقم {number} يبدأ في الخريف.\n"


def _page(number: int) -> str:
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>افتتاح مكتبة الحي رقم {number}</title></head>'
        f"<body><article><h1>افتتاح مكتبة الحي رقم {number}</h1>"
        f"<p>افتتحت البلدية اليوم مكتبة جديدة للحي رقم {number} تضم آلاف الكتب للكبار والصغار.</p>"
        "<p>وقال مدير المكتبة إن أبوابها تفتح كل يوم من الصباح حتى المساء طوال أيام الأسبوع.</p>"
        "</article></body></html>"
    )


def _folder(root: Path, texts: int, pages: int) -> Path:
    root.mkdir(parents=True)
    for number in range(texts):
        (root / f"t{number:02d}.txt").write_text(_text(number), encoding="utf-8")
    for number in range(pages):
        (root / f"p{number:02d}.html").write_text(_page(number), encoding="utf-8")
    for path in root.iterdir():
        os.utime(path, (OLD, OLD))
    return root


def _load(root: Path) -> list[LoadResult]:
    return asyncio.run(load_sources([str(root)], CACHED))


def test_a_folder_of_enough_files_mostly_pages_is_indexed(tmp_path: Path, cache_dir: Path, reads: list[str]) -> None:
    """3 text files and 6 pages (9 files, over the threshold of 8; 3 text files under it): an index is written,
    and the next load reads the pages again but no text file."""
    root = _folder(tmp_path / "archive", texts=3, pages=6)
    first = _load(root)
    assert sum(1 for result in first if result.articles) == 9
    assert len(list(cache_dir.glob("*.idx"))) == 1
    reads.clear()
    again = _load(root)
    assert sorted(reads) == [f"p{number:02d}.html" for number in range(6)], "the text files came from the index"
    assert again == first


def test_a_folder_of_fewer_files_is_not_indexed(tmp_path: Path, cache_dir: Path) -> None:
    _load(_folder(tmp_path / "small", texts=3, pages=4))
    assert not cache_dir.exists()


def test_a_folder_of_pages_alone_has_nothing_to_remember(tmp_path: Path, cache_dir: Path) -> None:
    _load(_folder(tmp_path / "pages", texts=0, pages=9))
    assert not cache_dir.exists()
