"""The folder index cache: an unchanged file is listed from it without being read, anything else is read."""

from __future__ import annotations

import asyncio
import os
import stat
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newstui.sources.folder_cache as folder_cache
import newstui.sources.folder_load as folder_load
import newstui.sources.parallel as parallel
from newstui.model import LoadResult
from newstui.settings import Settings
from newstui.sources import LoadOptions, load_sources
from newstui.sources.folder_cache import FolderCache
from newstui.sources.options import reader_options
from newstui.text.sanitize import sanitize_line

CACHED = LoadOptions(index_folders=True, folder_cache=True)
UNCACHED = replace(CACHED, folder_cache=False)
OLD = 1_600_000_000  # a modification time long before any test runs


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder; caches kept from 5 files; files settle at once (unless a test says otherwise)."""
    where = tmp_path / "cache" / "folders"
    monkeypatch.setattr(folder_cache, "cache_folder", lambda: where)
    monkeypatch.setattr(folder_cache, "MIN_FILES", 5)
    monkeypatch.setattr(folder_cache, "SETTLE_NS", -(10**12))
    return where


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folder files read (the cache answers the others)."""
    paths: list[str] = []
    real = folder_load.folder_file_result

    def counting(path: str, options: LoadOptions) -> LoadResult | None:
        paths.append(path)
        return real(path, options)

    monkeypatch.setattr(folder_load, "folder_file_result", counting)
    return paths


def _article(number: int, word: str = "المدينة") -> str:
    return f"مجلس {word} يناقش الخطة رقم {number} للعام المقبل\n\nقال المجلس إن الخطة رقم {number} تبدأ في الربيع.\n"


def _folder(root: Path, count: int = 12) -> Path:
    """``count`` small articles (every one listed by title only), with old modification times."""
    root.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        path = root / f"{number:03d}.txt"
        path.write_text(_article(number), encoding="utf-8")
        os.utime(path, (OLD, OLD))
    return root


def _load(root: Path, options: LoadOptions = CACHED) -> list[LoadResult]:
    return asyncio.run(load_sources([str(root)], options))


def _titles(results: list[LoadResult]) -> list[tuple[str, str, str]]:
    return [(a.id, a.title, a.origin) for result in results for a in result.articles]


def test_a_folder_listed_again_reads_no_file_and_lists_the_same(
    tmp_path: Path, cache_dir: Path, reads: list[str]
) -> None:
    root = _folder(tmp_path / "news")
    first = _load(root)
    assert len(reads) == 12 and len(list(cache_dir.glob("*.idx"))) == 1
    reads.clear()
    again = _load(root)
    assert reads == []
    assert again == first == _load(root, UNCACHED)
    assert all(a.indexed_only for result in again for a in result.articles)


@pytest.mark.parametrize(
    "change",
    ["same size, other words", "same size, old times put back", "replaced by rename", "grown"],
)
def test_a_changed_file_is_read_again(tmp_path: Path, cache_dir: Path, reads: list[str], change: str) -> None:
    root = _folder(tmp_path / "news")
    _load(root)
    target = root / "005.txt"
    text = _article(5, "البلدية")  # as many bytes as "المدينة"
    assert len(text.encode()) == target.stat().st_size
    if change == "replaced by rename":
        (root / ".new").write_text(text, encoding="utf-8")
        os.utime(root / ".new", (OLD, OLD))
        os.replace(root / ".new", target)
    elif change == "grown":
        target.write_text(text + "وأضاف أن التنفيذ يستغرق عامين.\n", encoding="utf-8")
    else:
        time.sleep(0.01)  # a later change time than the write that was remembered
        target.write_text(text, encoding="utf-8")
        if change == "same size, old times put back":
            os.utime(target, (OLD, OLD))  # as `touch -d` or `rsync -t` would: the change time still moves
    reads.clear()
    again = _load(root)
    assert reads == [str(target)]
    assert again == _load(root, UNCACHED)
    assert "البلدية" in again[5].articles[0].title


def test_files_added_and_removed_are_listed_as_a_fresh_load_lists_them(
    tmp_path: Path, cache_dir: Path, reads: list[str]
) -> None:
    root = _folder(tmp_path / "news")
    _load(root)
    (root / "003.txt").unlink()
    (root / "007b.txt").write_text(_article(70), encoding="utf-8")
    (root / "999.txt").write_text(_article(99), encoding="utf-8")
    reads.clear()
    again = _load(root)
    assert sorted(reads) == [str(root / "007b.txt"), str(root / "999.txt")]
    assert again == _load(root, UNCACHED)
    reads.clear()
    assert _load(root) == again and reads == []  # the new files are remembered too


def test_files_changed_just_before_the_load_are_not_remembered(
    tmp_path: Path, cache_dir: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written within the file system's clock tick of the load could change unseen: it is read again."""
    monkeypatch.setattr(folder_cache, "SETTLE_NS", 2_000_000_000)
    root = _folder(tmp_path / "news")  # just written: their change times are now
    _load(root)
    assert list(cache_dir.glob("*.idx")) == []
    reads.clear()
    _load(root)
    assert len(reads) == 12


def test_small_folders_are_not_remembered(tmp_path: Path, cache_dir: Path) -> None:
    _load(_folder(tmp_path / "news", count=4))
    assert not cache_dir.exists()


def test_the_cache_is_private_and_replaced_whole(tmp_path: Path, cache_dir: Path) -> None:
    root = _folder(tmp_path / "news")
    _load(root)
    (file,) = cache_dir.glob("*.idx")
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    (root / "100.txt").write_text(_article(100), encoding="utf-8")
    _load(root)
    assert [path.name for path in cache_dir.iterdir()] == [file.name]  # no temporary file left
    assert str(root / "100.txt")[len(str(root)) + 1 :] in file.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [
        "truncated",
        "not UTF-8",
        "an escape sequence in a title",
        "a bidi override in a title",
        "another format",
        "a line with a field missing",
        "a direction that is none",
        "a url that is not an address",
        "empty",
    ],
)
def test_a_damaged_cache_never_changes_what_is_listed(
    tmp_path: Path, cache_dir: Path, reads: list[str], damage: str
) -> None:
    root = _folder(tmp_path / "news")
    expected = _load(root)
    (file,) = cache_dir.glob("*.idx")
    text = file.read_text(encoding="utf-8")
    lines = text.split("\n")
    if damage == "truncated":
        file.write_bytes(text.encode()[: len(text.encode()) // 2])
    elif damage == "not UTF-8":
        file.write_bytes(text.encode().replace("الخطة رقم 3 ".encode(), b"\xff\xfe"))
    elif damage == "an escape sequence in a title":
        file.write_text(text.replace("مجلس", "\x1b]0;owned\x07مجلس"), encoding="utf-8")
    elif damage == "a bidi override in a title":
        file.write_text(text.replace("مجلس", "\u202eمجلس"), encoding="utf-8")
    elif damage == "another format":
        file.write_text(text.replace(folder_cache.FORMAT, "newstui folder index 0"), encoding="utf-8")
    elif damage == "a line with a field missing":
        lines[3] = lines[3].rsplit("\t", 1)[0]
        file.write_text("\n".join(lines), encoding="utf-8")
    elif damage == "a direction that is none":
        lines[3] = lines[3].replace("\trtl\t", "\tsideways\t")
        file.write_text("\n".join(lines), encoding="utf-8")
    elif damage == "a url that is not an address":
        fields = lines[3].split("\t")
        fields[5] = "javascript:alert(1)"  # (the url field: the story's address, what the reader would open)
        lines[3] = "\t".join(fields)
        file.write_text("\n".join(lines), encoding="utf-8")
    else:
        file.write_bytes(b"")
    reads.clear()
    assert _load(root) == expected
    assert reads  # what the cache could not answer was read
    assert all("\x1b" not in a.title and "\u202e" not in a.title for result in expected for a in result.articles)


def test_newstui_code_changed_since_means_an_empty_cache(
    tmp_path: Path, cache_dir: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _folder(tmp_path / "news")
    _load(root)
    monkeypatch.setattr(folder_cache, "_code_key", lambda: "another newstui")
    reads.clear()
    _load(root)
    assert len(reads) == 12


def test_another_encoding_and_a_lower_cap_are_not_answered_from_the_cache(
    tmp_path: Path, cache_dir: Path, reads: list[str]
) -> None:
    root = _folder(tmp_path / "news")
    _load(root)
    reads.clear()
    _load(root, replace(CACHED, encoding="cp1256"))
    assert len(reads) == 12
    assert len(list(cache_dir.glob("*.idx"))) == 2
    reads.clear()
    small = _load(root, replace(CACHED, max_file_bytes=50))
    assert len(reads) == 12
    assert all(result.error for result in small[:12])


def test_the_least_recently_used_caches_go(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(folder_cache, "MAX_FOLDERS", 2)
    folders = [_folder(tmp_path / f"news{number}", count=6) for number in range(3)]
    seen: set[Path] = set()
    for number, root in enumerate(folders):
        _load(root)
        for index in set(cache_dir.glob("*.idx")) - seen:  # written in this order, whatever the clock's grain
            stamp = 1_700_000_000_000_000_000 + number * 1_000_000_000
            os.utime(index, ns=(stamp, stamp))
            seen.add(index)
    kept = {path.read_text(encoding="utf-8").split("\n", 1)[0].rsplit("\t", 1)[1] for path in cache_dir.glob("*.idx")}
    assert kept == {str(folders[1].resolve()), str(folders[2].resolve())}


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(folder_cache, "cache_folder", lambda: blocker / "folders")
    monkeypatch.setattr(folder_cache, "MIN_FILES", 5)
    monkeypatch.setattr(folder_cache, "SETTLE_NS", -(10**12))
    root = _folder(tmp_path / "news")
    assert _load(root) == _load(root, UNCACHED)


def test_without_the_option_nothing_is_written(tmp_path: Path, cache_dir: Path) -> None:
    _load(_folder(tmp_path / "news"), UNCACHED)
    assert not cache_dir.exists()


@pytest.mark.parametrize(
    ("remember", "reader", "expected"),
    [(True, True, True), (False, True, False), (True, False, False), (False, False, False)],
)
def test_only_the_reader_remembering_stories_keeps_folder_indexes(remember: bool, reader: bool, expected: bool) -> None:
    """``--private`` (remember off) and ``--print`` / ``--json`` (no title-only listing) never use the cache."""
    settings = Settings(remember=remember)
    options = reader_options(settings) if reader else LoadOptions.from_settings(settings, index_folders=False)
    assert options.folder_cache is expected


def test_a_folder_listed_before_starts_no_helper(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, reads: list[str]
) -> None:
    """The files the helper read the first time are remembered too (stamped before it read them)."""
    monkeypatch.setattr(parallel, "MIN_FILES", 10)
    monkeypatch.setattr(parallel, "HEAD_FILES", 4)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    launched: list[str] = []
    real = parallel.launch

    def launch(module: str, **kwargs: object) -> object:
        launched.append(module)
        return real(module, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "launch", launch)
    root = _folder(tmp_path / "news", count=30)
    first = _load(root)
    assert launched  # a cold folder of 30 files (over the lowered threshold) is shared
    launched.clear()
    reads.clear()
    assert _load(root) == first
    assert launched == []
    assert reads == []


def test_lookups_in_walk_order_answer_and_out_of_order_ones_are_never_wrong(tmp_path: Path, cache_dir: Path) -> None:
    root = _folder(tmp_path / "news")
    (root / "sub").mkdir()
    for name in ("2.txt", "10.txt"):
        (root / "sub" / name).write_text(_article(len(name)), encoding="utf-8")
    results = _load(root)
    paths = [result.origin for result in results]
    assert paths[-2:] == [str(root / "sub" / "2.txt"), str(root / "sub" / "10.txt")]  # natural order
    cache = FolderCache.open(str(root), encoding=None, cap=10_000)
    assert len(cache) == 14
    assert [cache.lookup(path) for path in paths] == results
    cache.close()
    cache = FolderCache.open(str(root), encoding=None, cap=10_000)
    answers = [cache.lookup(path) for path in reversed(paths)]
    cache.close()
    assert all(answer in (None, result) for answer, result in zip(answers, reversed(results), strict=True))
    assert cache.lookup(str(root / "missing.txt")) is None
    assert cache.lookup(str(tmp_path / "elsewhere.txt")) is None


@pytest.mark.parametrize("swap", ["symbolic link retargeted", "file replaced by rename"])
def test_a_file_swapped_for_an_older_one_while_it_is_listed_is_not_remembered(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, swap: str
) -> None:
    """The stamp remembered is the one taken before the read: a swap after the read leaves the file out."""
    root = _folder(tmp_path / "news")
    store = tmp_path / "store"
    store.mkdir()
    for name, word in (("x.txt", "المدينة"), ("y.txt", "البلدية")):
        (store / name).write_text(_article(5, word), encoding="utf-8")
        os.utime(store / name, (OLD, OLD))
    target = root / "005.txt"
    target.unlink()
    if swap == "symbolic link retargeted":
        target.symlink_to(store / "x.txt")
    else:
        os.link(store / "x.txt", target)
    real = folder_load.folder_file_result

    def swapping(path: str, options: LoadOptions) -> LoadResult | None:
        result = real(path, options)
        if path == str(target):  # just read: now the name points at another, older file
            staged = root / ".swap"
            if swap == "symbolic link retargeted":
                staged.symlink_to(store / "y.txt")
            else:
                os.link(store / "y.txt", staged)
            os.replace(staged, target)
        return result

    monkeypatch.setattr(folder_load, "folder_file_result", swapping)
    assert "المدينة" in _load(root)[5].articles[0].title
    monkeypatch.setattr(folder_load, "folder_file_result", real)
    again = _load(root)
    assert "البلدية" in again[5].articles[0].title
    assert again == _load(root, UNCACHED)


@pytest.mark.parametrize("count", ["99999999999999999999", "12345678"])
def test_an_impossible_count_in_the_end_line_is_a_damaged_cache(tmp_path: Path, cache_dir: Path, count: str) -> None:
    root = _folder(tmp_path / "news")
    expected = _load(root)
    (file,) = cache_dir.glob("*.idx")
    file.write_text(file.read_text(encoding="utf-8").replace("\tend\t12\n", f"\tend\t{count}\n"), encoding="utf-8")
    assert _load(root) == expected
    assert file.read_text(encoding="utf-8").endswith("\tend\t12\n")  # written again whole


def test_a_fifo_where_the_cache_file_goes_never_blocks(tmp_path: Path, cache_dir: Path) -> None:
    import threading

    root = _folder(tmp_path / "news")
    _load(root)
    (file,) = cache_dir.glob("*.idx")
    file.unlink()
    os.mkfifo(file)
    answers: list[int] = []
    opener = threading.Thread(
        target=lambda: answers.append(len(FolderCache.open(str(root), encoding=None, cap=10_000))), daemon=True
    )
    opener.start()
    opener.join(10)
    assert answers == [0]


@pytest.mark.parametrize("title", ["   ", "  two  spaces", "trailing ", "\u00a0\u00a0\u00a0"])
def test_a_title_the_writer_would_never_write_is_not_shown(
    tmp_path: Path, cache_dir: Path, reads: list[str], title: str
) -> None:
    root = _folder(tmp_path / "news")
    expected = _load(root)
    (file,) = cache_dir.glob("*.idx")
    lines = file.read_text(encoding="utf-8").split("\n")
    fields = lines[4].split("\t")
    fields[-1] = title  # (the last field)
    lines[4] = "\t".join(fields)
    file.write_text("\n".join(lines), encoding="utf-8")
    reads.clear()
    assert _load(root) == expected
    assert reads == [str(root / "003.txt")]


def test_a_folder_whose_path_holds_a_line_break_is_never_remembered(tmp_path: Path, cache_dir: Path) -> None:
    root = _folder(tmp_path / "line\nbreak")
    assert _load(root) == _load(root, UNCACHED)
    assert not cache_dir.exists()


_TRICKY = "اب م \u00a0\u200c\u064e\u0651\x1b\u202e\u2066\t\n\ufeffa1 \U0001f44d\U0001f3fd\u3000"


@given(st.lists(st.text(alphabet=_TRICKY, max_size=14), min_size=3, max_size=3))
def test_the_fast_check_of_a_line_read_back_agrees_with_the_sanitizer(fields: list[str]) -> None:
    assert folder_cache._clean_entry(*fields) == all(sanitize_line(field) == field for field in fields)


def test_an_index_too_big_to_be_read_back_is_not_kept(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _folder(tmp_path / "news")
    _load(root)
    (file,) = cache_dir.glob("*.idx")
    monkeypatch.setattr(folder_cache, "MAX_BYTES", file.stat().st_size - 1)
    (root / "100.txt").write_text(_article(100), encoding="utf-8")
    _load(root)
    assert list(cache_dir.iterdir()) == []  # the old one removed, the new one (too big) not kept


def test_temporary_files_a_crash_left_are_removed_by_the_next_write(tmp_path: Path, cache_dir: Path) -> None:
    """A reader killed while it wrote a big folder's index leaves its ``.index-*.tmp`` (tens of megabytes): the
    next index written removes those older than a few minutes, not one another reader is writing now."""
    cache_dir.mkdir(parents=True)
    old, new = cache_dir / ".index-dead1234.tmp", cache_dir / ".index-live5678.tmp"
    for temp in (old, new):
        temp.write_bytes(b"x" * 1000)
    os.utime(old, (OLD, OLD))
    _load(_folder(tmp_path / "news"))
    left = sorted(path.name for path in cache_dir.iterdir())
    assert len(left) == 2 and left[0] == new.name and left[1].endswith(".idx"), left
