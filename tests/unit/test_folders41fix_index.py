"""folders41fix #2: a folder whose files start with a byline above the headline (parsed in full, no title-only
stub) is remembered in the folder index too, so it is listed from the index the next time."""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

import newstui.sources.folder_cache as folder_cache
import newstui.sources.folder_load as folder_load
from newstui.model import LoadResult
from newstui.sources import LoadOptions, load_sources
from newstui.sources.index import parse_indexed

CACHED = LoadOptions(index_folders=True, folder_cache=True)
UNCACHED = replace(CACHED, folder_cache=False)
OLD = 1_600_000_000


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache" / "folders"
    monkeypatch.setattr(folder_cache, "cache_folder", lambda: where)
    monkeypatch.setattr(folder_cache, "MIN_FILES", 5)
    monkeypatch.setattr(folder_cache, "SETTLE_NS", -(10**12))
    return where


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    paths: list[str] = []
    real = folder_load.folder_file_result

    def counting(path: str, options: LoadOptions) -> LoadResult | None:
        paths.append(path)
        return real(path, options)

    monkeypatch.setattr(folder_load, "folder_file_result", counting)
    return paths


def _story(number: int, town: str = "البصرة") -> str:
    return (
        "كتب: قسم الأخبار المحلية\n\n"
        f"افتتاح جسر جديد فوق النهر في {town} رقم {number}\n\n"
        f"{town} - 12 مارس 2026\n\n"
        f"افتتحت البلدية الجسر رقم {number} بعد عامين من العمل، وقال المهندسون إنه يخفف الزحام عن وسط المدينة.\n\n"
        "وأضافوا أن الحركة عليه تبدأ صباح الغد.\n"
    )


def _folder(root: Path, count: int = 8) -> Path:
    root.mkdir(parents=True)
    for number in range(count):
        path = root / f"{number:02d}.txt"
        path.write_text(_story(number), encoding="utf-8")
        os.utime(path, (OLD, OLD))
    return root


def _load(root: Path, options: LoadOptions = CACHED) -> list[LoadResult]:
    return asyncio.run(load_sources([str(root)], options))


def _listed(results: list[LoadResult]) -> list[tuple[str, str, str | None, str | None, str, str]]:
    return [(a.id, a.title, a.source, a.published, a.origin, a.direction) for r in results for a in r.articles]


def test_a_byline_first_folder_is_listed_from_the_index_the_second_time(
    tmp_path: Path, cache_dir: Path, reads: list[str]
) -> None:
    root = _folder(tmp_path / "news")
    first = _load(root)
    assert not any(a.indexed_only for r in first for a in r.articles)  # (parsed in full: no quick head)
    assert len(list(cache_dir.glob("*.idx"))) == 1
    reads.clear()
    again = _load(root)
    assert reads == []  # every file listed from the index
    assert all(a.indexed_only for r in again for a in r.articles)
    assert _listed(again) == _listed(first) == _listed(_load(root, UNCACHED))
    assert all(a.published for r in again for a in r.articles)  # the date the full parse read is kept
    # Opening an entry parses the file into the story the full parse gave.
    stub = again[3].articles[0]
    assert parse_indexed(stub, cap=CACHED.max_bytes) == list(first[3].articles)


def test_a_byline_first_file_edited_with_its_times_put_back_is_read_again(
    tmp_path: Path, cache_dir: Path, reads: list[str]
) -> None:
    root = _folder(tmp_path / "news")
    _load(root)
    target = root / "04.txt"
    text = _story(4, "الموصل")  # as many bytes as "البصرة"
    assert len(text.encode()) == target.stat().st_size
    time.sleep(0.01)
    target.write_text(text, encoding="utf-8")
    os.utime(target, (OLD, OLD))
    reads.clear()
    again = _load(root)
    assert reads == [str(target)]
    assert "الموصل" in again[4].articles[0].title
    assert _listed(again) == _listed(_load(root, UNCACHED))
