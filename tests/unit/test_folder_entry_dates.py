"""Dates of title-only folder entries: read with the full parse, kept in the folder cache, shown in the list title."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

import newstui.sources.folder_cache as folder_cache
from newstui.model import LoadResult
from newstui.reader_view import Listing
from newstui.sources import LoadOptions, load_sources
from newstui.sources.folder_cache import file_stamp, known_undated, remember_dates
from newstui.sources.index import dated_entries, entry_date

CACHED = LoadOptions(index_folders=True, folder_cache=True)
OLD = 1_600_000_000


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder; caches kept from 3 files; files settle at once."""
    where = tmp_path / "cache" / "folders"
    monkeypatch.setattr(folder_cache, "cache_folder", lambda: where)
    monkeypatch.setattr(folder_cache, "MIN_FILES", 3)
    monkeypatch.setattr(folder_cache, "SETTLE_NS", -(10**12))
    return where


def _story(number: int, dated: bool = True) -> str:
    dateline = f"الأحد {number + 1} نوفمبر 2026 - 09:00 ص\n\n" if dated else ""
    return (
        f"وكالة الوادي – محليات\n\nمجلس الحي يناقش الخطة رقم {number}\n\n{dateline}"
        f"قال المجلس إن الخطة رقم {number} تبدأ في الربيع المقبل بعد موافقة السكان.\n"
    )


def _folder(root: Path, count: int = 5, undated: tuple[int, ...] = ()) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = root / f"{number:03d}.txt"
        path.write_text(_story(number, dated=number not in undated), encoding="utf-8")
        os.utime(path, (OLD, OLD))
        paths.append(str(path))
    return paths


def _load(root: Path) -> list[LoadResult]:
    return asyncio.run(load_sources([str(root)], CACHED))


def _entries(results: list[LoadResult]) -> list[tuple[str, str, str | None]]:
    return [(a.origin, a.title, a.published) for result in results for a in result.articles if a.indexed_only]


def test_entry_date_is_the_full_parses(tmp_path: Path) -> None:
    paths = _folder(tmp_path / "news", 2, undated=(1,))
    assert entry_date(paths[0], cap=1 << 20) == "2026-11-01T09:00:00"
    assert entry_date(paths[1], cap=1 << 20) is None


def test_dated_entries_reads_each_file_and_stops_when_asked(tmp_path: Path) -> None:
    paths = _folder(tmp_path / "news", 3)
    gone = str(tmp_path / "news" / "gone.txt")
    entries = [("a", paths[0]), ("gone", gone), ("c", paths[2])]
    dated = list(dated_entries(entries, cap=1 << 20))
    assert dated == [
        ("a", paths[0], "2026-11-01T09:00:00", file_stamp(paths[0])),
        ("gone", gone, None, None),  # unreadable: no date, no stamp
        ("c", paths[2], "2026-11-03T09:00:00", file_stamp(paths[2])),
    ]
    asked: list[int] = []

    def stopped() -> bool:
        asked.append(1)
        return len(asked) > 1

    assert [item[0] for item in dated_entries(entries, cap=1 << 20, stopped=stopped)] == ["a"]


def test_dates_kept_in_the_cache_list_the_entries_dated_next_time(tmp_path: Path, cache_dir: Path) -> None:
    """A folder's entries are listed without dates; dates remembered under the files' stamps are listed with
    them (a file without one as known undated, not read again); a file edited since keeps no date."""
    root = tmp_path / "news"
    paths = _folder(root, 5, undated=(3,))
    first = _load(root)
    assert [published for _, _, published in _entries(first)] == [None] * 5
    dated = [
        (origin, stamp, published)
        for _, origin, published, stamp in dated_entries([(str(n), path) for n, path in enumerate(paths)], cap=1 << 20)
        if stamp is not None
    ]
    # The last file is edited after its date was read: its line (and date) is for its old stamp, a miss now.
    Path(paths[4]).write_text(_story(9), encoding="utf-8")
    os.utime(paths[4], (OLD + 5, OLD + 5))
    assert remember_dates(dated, encoding=None) == 5
    assert remember_dates(dated, encoding="cp1256") == 0, "another encoding's cache is another file"
    second = _load(root)
    listed = {origin: published for origin, _, published in _entries(second)}
    assert listed[paths[0]] == "2026-11-01T09:00:00"
    assert listed[paths[2]] == "2026-11-03T09:00:00"
    assert listed[paths[3]] is None and known_undated(paths[3], file_stamp(paths[3]) or "")
    assert not known_undated(paths[0], file_stamp(paths[0]) or "")
    assert listed[paths[4]] is None
    # Listed a third time (the edited file remembered now too), the dates and the undated mark stay.
    third = _load(root)
    assert {origin: published for origin, _, published in _entries(third)} == listed
    assert known_undated(paths[3], file_stamp(paths[3]) or "")


def test_dates_reach_a_folders_cache_through_a_subfolder_path(tmp_path: Path, cache_dir: Path) -> None:
    """A file in a subfolder is found in the cache of the folder that was opened (its name relative to it)."""
    root = tmp_path / "news"
    paths = _folder(root / "2026" / "11", 4)
    _load(root)
    stamp = file_stamp(paths[1])
    assert stamp is not None
    assert remember_dates([(paths[1], stamp, "2026-11-02T09:00:00")], encoding=None) == 1
    listed = {origin: published for origin, _, published in _entries(_load(root))}
    assert listed[paths[1]] == "2026-11-02T09:00:00" and listed[paths[0]] is None


def test_a_damaged_date_in_the_cache_is_a_miss(tmp_path: Path, cache_dir: Path) -> None:
    root = tmp_path / "news"
    paths = _folder(root, 4)
    _load(root)
    stamp = file_stamp(paths[0])
    assert stamp is not None and remember_dates([(paths[0], stamp, "yesterday")], encoding=None) == 1
    listed = {origin: published for origin, _, published in _entries(_load(root))}
    assert listed[paths[0]] is None  # read again: listed from the file, without a date


def test_no_cache_no_write(tmp_path: Path, cache_dir: Path) -> None:
    paths = _folder(tmp_path / "news", 2)  # too few files for a cache
    _load(tmp_path / "news")
    stamp = file_stamp(paths[0])
    assert stamp is not None and remember_dates([(paths[0], stamp, None)], encoding=None) == 0
    assert not cache_dir.exists() or not any(cache_dir.iterdir())


def test_the_list_title_tells_the_dating_progress() -> None:
    listing = Listing("newest")
    title = listing.title(shown=9, total=9, loading=None, reloading=False, mode="app", dating=(3, 12))
    assert title == "Articles 9 · dating 25% · newest first"
    done = listing.title(shown=9, total=9, loading=None, reloading=False, mode="app", dating=(12, 12))
    assert "dating 99%" in done, "never 100% while the work is under way"
    assert listing.title(shown=9, total=9, loading=None, reloading=False, mode="app") == "Articles 9 · newest first"
    assert "dating" not in Listing("loaded").title(
        shown=9, total=9, loading=None, reloading=False, mode="app", dating=(3, 12)
    )


def test_lines_written_before_the_date_field_are_still_read(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache of seven-field lines (no date) lists its entries without reading them, and takes dates."""
    import newstui.sources.folder_load as folder_load

    root = tmp_path / "news"
    paths = _folder(root, 4)
    first = _load(root)
    (file,) = cache_dir.glob("*.idx")
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    old = [lines[0], *("\t".join(line.split("\t")[:6] + line.split("\t")[7:]) for line in lines[1:-1]), lines[-1]]
    file.write_text("".join(old), encoding="utf-8")

    def no_read(path: str, options: LoadOptions) -> LoadResult | None:
        raise AssertionError(f"read {path}")

    monkeypatch.setattr(folder_load, "folder_file_result", no_read)
    assert _entries(_load(root)) == _entries(first)
    stamp = file_stamp(paths[2])
    assert stamp is not None and remember_dates([(paths[2], stamp, "2026-11-03T09:00:00")], encoding=None) == 1
    listed = {origin: published for origin, _, published in _entries(_load(root))}
    assert listed[paths[2]] == "2026-11-03T09:00:00" and listed[paths[1]] is None
