"""Local sources: safe file reads, stdin, lazy folder walks, and load_sources on paths and stdin."""

from __future__ import annotations

import io
import os
import re
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hang_guard import guarded
from newstui.errors import NewsError, NotReadable, SourceError, SourceNotFound, TooLarge
from newstui.model import LoadResult
from newstui.sources import LoadOptions, is_url, load_sources
from newstui.sources.folder import EXTENSIONS, WalkStats, is_candidate, iter_folder, natural_key
from newstui.sources.local import (
    is_pipe,
    read_file,
    read_listed_file,
    read_pipe,
    read_pipe_async,
    read_pipe_fd_async,
    read_stdin,
)

ARTICLE = "مدرسة القرية تفتتح مختبراً جديداً للعلوم\nتبرع الأهالي بالأجهزة وتطوع المعلمون لتدريب الطلاب.\n"
ENGLISH = "Bridge repairs finish early\nThe east bridge reopened on Friday after six weeks of work.\n"


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A temporary folder with a short path (for AF_UNIX sockets and 2,000-level trees)."""
    with tempfile.TemporaryDirectory(dir="/tmp", prefix="nt") as name:
        yield Path(name)


def _opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths ``os.open`` is asked to open from now on (it still opens them)."""
    opened: list[str] = []
    real_open = os.open

    def spy(path: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    return opened


class TestReadFile:
    def test_reads_a_regular_file(self, tmp_path: Path) -> None:
        """A regular file is read whole, with the path as origin and a content type from its extension."""
        path = tmp_path / "story.html"
        path.write_bytes(b"<p>hi</p>")
        doc = read_file(path)
        assert (doc.origin, doc.data, doc.content_type) == (str(path), b"<p>hi</p>", "text/html")

    @pytest.mark.parametrize(
        ("name", "content_type"),
        [("a.txt", "text/plain"), ("a.md", "text/plain"), ("a.rss", "application/rss+xml"), ("noext", None)],
        ids=["txt", "md", "rss", "none"],
    )
    def test_content_type_from_extension(self, tmp_path: Path, name: str, content_type: str | None) -> None:
        """The extension sets the assumed media type (None without an extension)."""
        (tmp_path / name).write_text(ENGLISH)
        assert read_file(tmp_path / name).content_type == content_type

    async def test_a_missing_folder_is_named_a_folder(self, tmp_path: Path) -> None:
        """A missing path written as a folder (ending in /) is "no such folder"; without the / it is a file."""
        folder, plain = str(tmp_path / "gone") + "/", str(tmp_path / "gone")
        results = await load_sources([folder, plain], LoadOptions())
        assert [(result.origin, result.error) for result in results] == [
            (folder, "no such folder"),
            (plain, "no such file"),
        ]

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing path raises SourceNotFound("no such file")."""
        with pytest.raises(SourceNotFound, match="^no such file$"):
            read_file(tmp_path / "nope.txt")

    def test_directory_is_not_read(self, tmp_path: Path) -> None:
        """A folder given to read_file is NotReadable ("a folder"); load_sources walks folders instead."""
        with pytest.raises(NotReadable, match="a folder"):
            read_file(tmp_path)

    @pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
    def test_devices_are_refused_without_reading(self, device: str, monkeypatch: pytest.MonkeyPatch) -> None:
        """Character devices are refused from their stat, never opened (no endless /dev/zero)."""
        if not os.path.exists(device):
            pytest.skip(f"{device} absent")
        opened = _opens(monkeypatch)
        with pytest.raises(NotReadable, match="character device"):
            guarded(lambda: read_file(device))
        assert device not in opened

    def test_fifo_without_writer_does_not_hang(self, tmp_path: Path) -> None:
        """A FIFO with no writer is refused instead of blocking in open() (which would wait for a writer
        past the hang guard)."""
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)
        with pytest.raises(NotReadable, match="FIFO"):
            guarded(lambda: read_file(fifo))

    def test_socket_is_refused(self, short_tmp: Path) -> None:
        """A Unix socket is refused with a message naming it."""
        path = short_tmp / "s.txt"
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(path))
            with pytest.raises(NotReadable, match="socket"):
                read_file(path)

    @pytest.mark.parametrize(("size", "ok"), [(100, True), (101, False)], ids=["at-cap", "over-cap"])
    def test_size_cap(self, tmp_path: Path, size: int, ok: bool) -> None:
        """A file of exactly the cap is read; one byte more raises TooLarge with the cap in words."""
        path = tmp_path / "big.txt"
        path.write_bytes(b"x" * size)
        if ok:
            assert len(read_file(path, cap=100).data) == size
        else:
            with pytest.raises(TooLarge, match=r"^too large \(over 100 bytes\)$"):
                read_file(path, cap=100)

    @pytest.mark.parametrize(
        ("cap", "words"),
        [
            (999, "999 bytes"),
            (1000, "1 KB"),
            (1500, "1.5 KB"),
            (10**6, "1 MB"),
            (20 * 10**6, "20 MB"),
            (10**9, "1 GB"),
        ],
    )
    def test_the_cap_is_named_in_the_largest_unit_it_reaches(self, tmp_path: Path, cap: int, words: str) -> None:
        """A file one byte over the cap is refused with the cap in words: 1,000,000 bytes is "1 MB"."""
        path = tmp_path / "big.txt"
        with path.open("wb") as file:
            file.truncate(cap + 1)  # (sparse: no data written)
        with pytest.raises(TooLarge, match=rf"^too large \(over {re.escape(words)}\)$"):
            read_file(path, cap=cap)

    def test_proc_file_with_zero_size_is_read(self) -> None:
        """A /proc file (st_size 0, content on read) is read up to EOF."""
        if not os.path.exists("/proc/self/status"):
            pytest.skip("no /proc")
        assert b"Name:" in read_file("/proc/self/status").data

    def test_permission_denied(self, tmp_path: Path) -> None:
        """An unreadable file raises SourceError("permission denied")."""
        if os.geteuid() == 0:
            pytest.skip("root reads files regardless of mode")
        path = tmp_path / "secret.txt"
        path.write_text(ENGLISH)
        path.chmod(0)
        with pytest.raises(SourceError, match="^permission denied$"):
            read_file(path)

    def test_symlink_loop(self, tmp_path: Path) -> None:
        """A symbolic link loop raises SourceError("symbolic link loop")."""
        (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
        (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
        with pytest.raises(SourceError, match="^symbolic link loop$"):
            read_file(tmp_path / "a.txt")

    def test_dangling_link(self, tmp_path: Path) -> None:
        """A link whose target is gone says so instead of plain "no such file"."""
        (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
        with pytest.raises(SourceNotFound, match="dangling symbolic link"):
            read_file(tmp_path / "gone.txt")

    def test_symlink_to_file_is_read(self, tmp_path: Path) -> None:
        """A link to a regular file is read through."""
        (tmp_path / "real.txt").write_text(ENGLISH)
        (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
        assert read_file(tmp_path / "link.txt").data == ENGLISH.encode()


def _outcome(read: Any, path: Path | str, cap: int) -> tuple[str, object]:
    """What a read gives: ("ok", (origin, data, content type)) or (error class name, message)."""
    try:
        doc = read(str(path), cap=cap)
    except NewsError as error:
        return type(error).__name__, error.message
    return "ok", (doc.origin, doc.data, doc.content_type)


def _listed_case(kind: str, root: Path) -> Path | str:
    """Make the file of one case under ``root``; returns the path to read."""
    path = root / f"{kind}.txt"
    if kind == "regular":
        path.write_text(ARTICLE, encoding="utf-8")
    elif kind == "html":
        path = root / "page.html"
        path.write_bytes(b"<p>hi</p>")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind in ("at-cap", "over-cap"):
        path.write_bytes(b"x" * (500 if kind == "at-cap" else 501))
    elif kind == "link":
        (root / "real.txt").write_text(ENGLISH)
        path.symlink_to(root / "real.txt")
    elif kind == "dangling":
        path.symlink_to(root / "missing.txt")
    elif kind == "loop":
        path.symlink_to(root / "other.txt")
        (root / "other.txt").symlink_to(path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "proc":
        return "/proc/self/status"
    elif kind == "device":
        return "/dev/zero"
    return path


class TestReadListedFile:
    @pytest.mark.parametrize(
        "kind",
        ["regular", "html", "empty", "at-cap", "over-cap", "link", "dangling", "loop", "fifo", "folder", "missing"],
    )
    def test_same_outcome_as_read_file(self, tmp_path: Path, kind: str) -> None:
        """Whatever the path turns out to be, the listed read gives read_file's document or error, without hanging."""
        path = _listed_case(kind, tmp_path)
        listed = guarded(lambda: _outcome(read_listed_file, path, 500))
        assert listed == _outcome(read_file, path, 500)
        assert (listed[0] == "ok") == (kind in ("regular", "html", "empty", "at-cap", "link"))

    @pytest.mark.parametrize("kind", ["proc", "device"])
    def test_special_files(self, tmp_path: Path, kind: str) -> None:
        """A /proc file (size 0, content on read) is read to its end; a device is refused, never read."""
        path = _listed_case(kind, tmp_path)
        if not os.path.exists(path):
            pytest.skip(f"{path} absent")
        listed = _outcome(read_listed_file, path, 1_000_000)
        if kind == "proc":
            assert listed[0] == "ok" and b"Name:" in listed[1][1]  # type: ignore[index]
        else:
            assert listed == ("NotReadable", "not a regular file (a character device)")

    @pytest.mark.parametrize(("grown", "cap", "ok"), [(50, 1000, True), (50, 120, False)], ids=["within", "over"])
    def test_a_file_that_changed_since_the_fstat_is_read_to_its_end(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, grown: int, cap: int, ok: bool
    ) -> None:
        """A file longer than its fstat said is read on to its end, still within the cap."""
        path = tmp_path / "growing.txt"
        path.write_bytes(b"a" * 100 + b"b" * grown)
        real = os.fstat

        def stale(fd: int) -> os.stat_result:
            info = real(fd)
            fields = list(info)
            fields[6] = 100  # st_size as before the file grew
            return os.stat_result(fields)

        monkeypatch.setattr(os, "fstat", stale)
        outcome = _outcome(read_listed_file, path, cap)
        if ok:
            assert outcome == ("ok", (str(path), b"a" * 100 + b"b" * grown, "text/plain"))
        else:
            assert outcome == ("TooLarge", "too large (over 120 bytes)")


def _read_pipe(how: str, fifo: Path, *, on_wait: Any = None, **limits: Any) -> bytes:
    """``read_pipe`` (the command line's, on its thread) or ``read_pipe_async`` (the reader's event loop)."""
    if how == "thread":
        return read_pipe(str(fifo), on_wait=on_wait, **limits)
    import asyncio

    return asyncio.run(read_pipe_async(str(fifo), **limits))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
class TestReadPipe:
    """A pipe named on the command line is streamed to its end, within a cap, never waiting forever."""

    @staticmethod
    def _writer(path: Path, chunks: list[bytes], pause: float = 0.05) -> Any:
        import threading

        def write() -> None:
            try:
                with open(path, "wb") as pipe:  # blocks until the reader has opened it
                    for chunk in chunks:
                        pipe.write(chunk)
                        pipe.flush()
                        time.sleep(pause)
            except BrokenPipeError:  # the reader stopped at its cap
                pass

        thread = threading.Thread(target=write, daemon=True)
        thread.start()
        return thread

    @pytest.mark.parametrize("how", ["thread", "event-loop"])
    @pytest.mark.parametrize("chunks", [[b"one story"], [b"part one, ", b"part two, ", b"part three"], [b""]])
    def test_everything_written_until_the_writer_closes(self, tmp_path: Path, chunks: list[bytes], how: str) -> None:
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        assert is_pipe(str(fifo)) and not is_pipe(str(tmp_path)) and not is_pipe(str(tmp_path / "none"))
        thread = self._writer(fifo, chunks)
        assert _read_pipe(how, fifo, idle=10) == b"".join(chunks)
        thread.join(5)

    @pytest.mark.parametrize("how", ["thread", "event-loop"])
    def test_a_writer_that_comes_late_is_waited_for(self, tmp_path: Path, how: str) -> None:
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        import threading

        threading.Timer(0.8, lambda: fifo.write_bytes(b"late story")).start()
        waited: list[bool] = []
        assert _read_pipe(how, fifo, idle=10, on_wait=lambda: waited.append(True)) == b"late story"
        assert waited == ([True] if how == "thread" else []), "told once that it waits (the command line)"

    @pytest.mark.parametrize("how", ["thread", "event-loop"])
    def test_a_pipe_nobody_writes_to_is_given_up(self, tmp_path: Path, how: str) -> None:
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        with pytest.raises(SourceError, match="the pipe sent nothing for 0.3 s"):
            guarded(lambda: _read_pipe(how, fifo, idle=0.3))

    @pytest.mark.parametrize("how", ["thread", "event-loop"])
    def test_a_writer_that_stays_open_gives_what_it_sent(self, tmp_path: Path, how: str) -> None:
        """``tail -f story.txt | newstui``: the story comes, the writer never closes; what it sent is read once
        the pipe has been quiet for the idle limit (it was an error, the story thrown away)."""
        import threading

        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        done = threading.Event()

        def write_and_hold() -> None:
            with open(fifo, "wb") as pipe:
                pipe.write(b"a story that came at once")
                pipe.flush()
                done.wait(5)

        writer = threading.Thread(target=write_and_hold)
        writer.start()
        try:
            assert guarded(lambda: _read_pipe(how, fifo, idle=0.5)) == b"a story that came at once"
        finally:
            done.set()
            writer.join(5)

    @pytest.mark.parametrize("how", ["thread", "event-loop"])
    def test_more_than_the_cap(self, tmp_path: Path, how: str) -> None:
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        thread = self._writer(fifo, [b"x" * 600, b"y" * 600], pause=0)
        with pytest.raises(TooLarge):
            _read_pipe(how, fifo, cap=1000, idle=10)
        thread.join(5)

    def test_the_reader_quitting_stops_the_read_at_once(self, tmp_path: Path) -> None:
        """On the event loop a read of a FIFO nobody writes to is cancelled at once, its descriptor closed (a
        thread blocked on it would hold the process up to the idle limit as the reader quits)."""
        import asyncio

        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None

        async def read_then_quit() -> None:
            task = asyncio.ensure_future(read_pipe_async(str(fifo), idle=30))
            await asyncio.sleep(0.2)
            assert not task.done(), "still waiting for a writer"
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        # A read left blocked in a worker thread would hold asyncio.run's shutdown up to the 30 s idle limit.
        guarded(lambda: asyncio.run(read_then_quit()), seconds=5)
        if before is not None:
            assert len(os.listdir("/proc/self/fd")) == before, "the pipe's descriptor is closed"

    @pytest.mark.parametrize(
        ("head", "chunks"), [(b"", [b"all later"]), (b"read at start, ", [b"the rest"]), (b"all", [])]
    )
    def test_a_pipe_already_open_goes_on_from_what_was_read(self, head: bytes, chunks: list[bytes]) -> None:
        """Piped stdin left to the reader: its descriptor, read on the event loop after the bytes the start read,
        and closed at the end."""
        import asyncio

        read_end, write_end = os.pipe()
        for chunk in chunks:
            os.write(write_end, chunk)
        os.close(write_end)
        got = guarded(lambda: asyncio.run(read_pipe_fd_async(read_end, head=head, idle=5)))
        assert got == head + b"".join(chunks)
        with pytest.raises(OSError):
            os.fstat(read_end)

    def test_a_regular_file_is_no_pipe(self, tmp_path: Path) -> None:
        story = tmp_path / "story.txt"
        story.write_text("x")
        with pytest.raises(NotReadable, match="not a pipe"):
            read_pipe(str(story))
        with pytest.raises(SourceNotFound):
            read_pipe(str(tmp_path / "missing"))


class TestReadStdin:
    def test_reads_stream(self) -> None:
        """Piped bytes are read from the given stream with origin "-"."""
        doc = read_stdin(io.BytesIO(ARTICLE.encode()))
        assert (doc.origin, doc.data) == ("-", ARTICLE.encode())

    def test_cap(self) -> None:
        """More than the cap on stdin raises TooLarge."""
        with pytest.raises(TooLarge):
            read_stdin(io.BytesIO(b"x" * 50), cap=49)

    def test_closed_stream(self) -> None:
        """A closed stream raises SourceNotFound("stdin is closed")."""
        stream = io.BytesIO(b"x")
        stream.close()
        with pytest.raises(SourceNotFound, match="stdin is closed"):
            read_stdin(stream)


def _make_deep_tree(root: Path, depth: int) -> None:
    """``root/d/d/.../d/deep.txt`` built through directory descriptors (no long-path system calls)."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=fd)
            child = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
        out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, ENGLISH.encode())
        os.close(out)
    finally:
        os.close(fd)


def _remove_deep_tree(root: Path) -> None:
    """Undo ``_make_deep_tree`` bottom-up without recursion (shutil.rmtree would overflow)."""
    path = str(root)
    while os.path.isdir(os.path.join(path, "d")):
        path = os.path.join(path, "d")
    for name in os.listdir(path):
        os.unlink(os.path.join(path, name))
    while path != str(root):
        os.rmdir(path)
        path = os.path.dirname(path)


class TestIterFolder:
    def test_natural_sorted_candidates_only(self, tmp_path: Path) -> None:
        """Candidate files come in natural order, subfolders in place; other extensions and hidden names are skipped."""
        for name in ["10.txt", "2.txt", "b.html", "A.md", "notes", "photo.png", ".hidden.txt", "data.json"]:
            (tmp_path / name).write_text(ENGLISH)
        (tmp_path / "sub").mkdir()
        (tmp_path / "sub" / "1.xml").write_text("<rss/>")
        (tmp_path / ".git").mkdir()
        (tmp_path / ".git" / "HEAD.txt").write_text("x")
        stats = WalkStats()
        found = [os.path.relpath(p, tmp_path) for p in iter_folder(tmp_path, stats=stats)]
        assert found == ["2.txt", "10.txt", "A.md", "b.html", "notes", os.path.join("sub", "1.xml")]
        assert stats.skipped == 4  # photo.png, data.json, .hidden.txt, .git

    def test_deep_tree_without_recursion_error(self, short_tmp: Path) -> None:
        """A 2,000-level tree is walked with an explicit stack: no RecursionError, the deepest file is found."""
        _make_deep_tree(short_tmp, 2000)
        limit = sys.getrecursionlimit()
        try:
            found = list(iter_folder(short_tmp, max_depth=5000))
        finally:
            _remove_deep_tree(short_tmp)
        assert sys.getrecursionlimit() == limit
        assert len(found) == 1 and found[0].endswith("deep.txt") and found[0].count(os.sep) > 2000

    def test_depth_cap(self, short_tmp: Path) -> None:
        """Past the depth cap folders are not entered, and the walk says so."""
        _make_deep_tree(short_tmp, 40)
        stats = WalkStats()
        try:
            assert list(iter_folder(short_tmp, stats=stats)) == []
        finally:
            _remove_deep_tree(short_tmp)
        assert stats.depth_capped == 1

    def test_symlink_to_ancestor_terminates(self, tmp_path: Path) -> None:
        """A symbolic link back to an ancestor is not followed: each file is seen once."""
        (tmp_path / "a").mkdir()
        (tmp_path / "a" / "one.txt").write_text(ENGLISH)
        (tmp_path / "a" / "up").symlink_to(tmp_path)
        (tmp_path / "a" / "self").symlink_to(tmp_path / "a")
        found = list(iter_folder(tmp_path))
        assert found == [str(tmp_path / "a" / "one.txt")]

    def test_entry_cap(self, tmp_path: Path) -> None:
        """The walk stops after max_entries entries and marks itself truncated."""
        for index in range(100):
            (tmp_path / f"{index}.txt").write_text("x")
        stats = WalkStats()
        found = list(iter_folder(tmp_path, max_entries=50, stats=stats))
        assert len(found) == 50 and stats.truncated

    def test_large_folder_starts_at_once(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """With 10,000 files in 100 folders the first path comes after two listings (the top and its first
        folder), not after the whole walk; each folder is listed once, and no regular file is stat-ed."""
        for folder in range(100):
            (tmp_path / f"d{folder:02d}").mkdir()
            for index in range(100):
                os.close(os.open(tmp_path / f"d{folder:02d}" / f"{index:02d}.txt", os.O_CREAT | os.O_WRONLY, 0o644))
        listed: list[str] = []
        real_scandir = os.scandir

        def scandir(path: Any) -> Any:
            listed.append(os.fspath(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
        monkeypatch.setattr(os, "stat", lambda *args, **kwargs: pytest.fail("a regular file was stat-ed"))
        walker = iter_folder(tmp_path)
        first = next(walker)
        assert first == str(tmp_path / "d00" / "00.txt")
        assert listed == [str(tmp_path), str(tmp_path / "d00")]
        rest = list(walker)
        assert len(rest) == 9_999 and rest[-1] == str(tmp_path / "d99" / "99.txt")
        assert listed == [str(tmp_path)] + [str(tmp_path / f"d{folder:02d}") for folder in range(100)]

    def test_devices_and_fifos_are_skipped(self, tmp_path: Path) -> None:
        """A FIFO with a candidate name is skipped, not yielded (reading it would hang)."""
        os.mkfifo(tmp_path / "pipe.txt")
        (tmp_path / "ok.txt").write_text(ENGLISH)
        assert [os.path.basename(p) for p in iter_folder(tmp_path)] == ["ok.txt"]

    @pytest.mark.parametrize(
        ("names", "expected"),
        [
            (["b10", "b9", "a"], ["a", "b9", "b10"]),
            (["File2.txt", "file10.txt", "file1.txt"], ["file1.txt", "File2.txt", "file10.txt"]),
            (["a2", "a01", "a1", "a10", "a010", "a٣", "a3"], ["a01", "a1", "a2", "a3", "a٣", "a010", "a10"]),
            (["b", "a 1", "a1", "a", "a1b", "a1 "], ["a", "a1", "a1 ", "a1b", "a 1", "b"]),
            (["page2.html", "page.html", "page10.html"], ["page.html", "page2.html", "page10.html"]),
            (["story-1.txt", "story.txt", "story.md"], ["story.md", "story.txt", "story-1.txt"]),
        ],
        ids=["numbers", "case-insensitive", "zeros-and-arabic-digits", "prefixes", "stem-first", "stem-then-extension"],
    )
    def test_natural_key(self, names: list[str], expected: list[str]) -> None:
        """Numbers compare by value and letters without case."""
        assert sorted(names, key=natural_key) == expected

    @given(st.lists(st.text(alphabet="aAbBßİx._-00129٣٤٠ \x01", max_size=10), max_size=30))
    def test_natural_key_orders_as_its_definition(self, names: list[str]) -> None:
        """The string key orders names as defined: stem then extension, text casefolded, digit runs by value."""

        def runs(text: str) -> tuple[tuple[int, str], ...]:
            parts = re.split(r"(\d+)", text)
            return tuple((int(part), part) if i % 2 else (-1, part.casefold()) for i, part in enumerate(parts))

        def definition(name: str) -> tuple[tuple[tuple[int, str], ...], ...]:
            stem, suffix = os.path.splitext(name)
            return runs(stem), runs(suffix)

        assert sorted(names, key=lambda n: (natural_key(n), n)) == sorted(names, key=lambda n: (definition(n), n))

    def test_casefolding_never_makes_or_changes_a_digit(self) -> None:
        """natural_key splits the casefolded name: no character gains or changes a decimal digit by casefolding."""
        digit = re.compile(r"\d")
        changed = [
            hex(code)
            for code in range(0x110000)
            if (char := chr(code)).casefold() != char and (digit.search(char) or digit.search(char.casefold()))
        ]
        assert changed == []

    @pytest.mark.parametrize(
        "name", ["a.txt", "A.TXT", "a.b.md", "noext", "a.", ".txt", "..txt", "...", "x.jpg", "story.HTML", "a..rss"]
    )
    def test_is_candidate_reads_the_extension_as_splitext_does(self, name: str) -> None:
        """The fast extension check agrees with os.path.splitext on ordinary and dotted names."""
        assert is_candidate(name) == (os.path.splitext(name)[1].lower() in EXTENSIONS)


class TestLoadSourcesLocal:
    async def test_results_in_command_line_order(self, tmp_path: Path) -> None:
        """Results follow the refs order; a folder expands in place; a missing file becomes an error result."""
        (tmp_path / "first.txt").write_text(ENGLISH)
        folder = tmp_path / "box"
        folder.mkdir()
        (folder / "2.txt").write_text(ARTICLE)
        (folder / "10.txt").write_text(ENGLISH)
        (tmp_path / "last.html").write_text("<html><body><h1>Tide tables</h1><p>High tide is at six.</p></body></html>")
        refs = [str(tmp_path / "first.txt"), str(folder), str(tmp_path / "missing.txt"), str(tmp_path / "last.html")]
        seen: list[tuple[int, LoadResult]] = []
        results = await load_sources(refs, LoadOptions(), on_result=lambda i, r: seen.append((i, r)))
        origins = [r.origin for r in results]
        assert origins == [refs[0], str(folder / "2.txt"), str(folder / "10.txt"), refs[2], refs[3]]
        assert results[3].error == "no such file" and not results[3].articles
        assert all(r.articles for r in results if r is not results[3])
        assert sorted((i, r.origin) for i, r in seen) == sorted(
            [(0, refs[0]), (1, origins[1]), (1, origins[2]), (2, refs[2]), (3, refs[3])]
        )

    async def test_folder_skips_binary_and_empty_silently(self, tmp_path: Path) -> None:
        """Binary and empty files inside a folder produce no result; readable ones do."""
        (tmp_path / "a.txt").write_text(ENGLISH)
        (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
        (tmp_path / "c.txt").write_bytes(b"")
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert [os.path.basename(r.origin) for r in results] == ["a.txt"] and results[0].error is None

    async def test_folder_with_nothing_readable(self, tmp_path: Path) -> None:
        """A folder with only binary/empty files gives one error result counting what was skipped."""
        (tmp_path / "b.txt").write_bytes(b"\x00\x01")
        (tmp_path / "c.txt").write_bytes(b"  \n")
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert results == [
            LoadResult(origin=str(tmp_path), error="no readable files (2 binary or empty files skipped)")
        ]

    async def test_a_folder_of_other_kinds_of_files_says_so(self, tmp_path: Path) -> None:
        """Files a folder does not read (other extensions) are counted, and what it reads is said."""
        (tmp_path / "story.dat").write_text(ENGLISH)
        (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
        (tmp_path / "c.txt").write_bytes(b"")
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert results == [
            LoadResult(
                origin=str(tmp_path),
                error="no readable files (1 binary or empty file skipped; 2 files of other kinds:"
                " a folder's .txt, .md, .html and feed files are read)",
            )
        ]

    async def test_a_linked_folder_is_said_not_followed(self, tmp_path: Path) -> None:
        """A link to a folder (one back up would loop) is not followed, and said so: not "a file of another
        kind"."""
        (tmp_path / "a").mkdir()
        (tmp_path / "a" / "up").symlink_to(tmp_path)
        (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8")
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert results == [
            LoadResult(
                origin=str(tmp_path),
                error="no readable files (1 linked folder not followed; 1 file of another kind:"
                " a folder's .txt, .md, .html and feed files are read)",
            )
        ]

    async def test_a_folder_that_cannot_be_listed_is_told(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A subfolder that cannot be read (permissions) is counted in one note after the folder's files."""
        (tmp_path / "a.txt").write_text(ENGLISH)
        (tmp_path / "locked").mkdir()
        (tmp_path / "locked" / "b.txt").write_text(ENGLISH)
        real_scandir = os.scandir

        def scandir(path: Any) -> Any:
            if os.fspath(path).endswith("locked"):
                raise PermissionError(13, "Permission denied")
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)  # root reads any folder: its refusal is simulated
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert [os.path.basename(r.origin) for r in results] == ["a.txt", os.path.basename(tmp_path)]
        assert results[-1] == LoadResult(
            origin=str(tmp_path), error="1 folder could not be read: locked (permission denied)"
        )

    async def test_stdin_is_read_from_the_passed_stream(self) -> None:
        """ "-" reads the stream passed as stdin, and only that."""
        results = await load_sources(["-"], LoadOptions(), stdin=io.BytesIO(ARTICLE.encode()))
        assert results[0].origin == "-" and results[0].error is None
        assert results[0].articles[0].direction == "rtl"

    async def test_stdin_without_stream(self) -> None:
        """ "-" without a stream is an error result, not an attempt to read sys.stdin."""
        results = await load_sources(["-"], LoadOptions())
        assert results == [LoadResult(origin="-", error="no input on stdin")]

    @pytest.mark.parametrize(
        ("content", "message"),
        [(b"\x89PNG\r\n\x1a\n\x00\x00", "binary file, not text"), (b"", "empty file")],
        ids=["binary", "empty"],
    )
    async def test_single_file_errors_are_one_line(self, tmp_path: Path, content: bytes, message: str) -> None:
        """A binary or empty file named directly gives its one-line error without the origin in it."""
        path = tmp_path / "x.txt"
        path.write_bytes(content)
        results = await load_sources([str(path)], LoadOptions())
        assert results == [LoadResult(origin=str(path), error=message)]

    async def test_file_cap_from_options(self, tmp_path: Path) -> None:
        """max_file_bytes caps local files."""
        path = tmp_path / "x.txt"
        path.write_text(ENGLISH * 10)
        results = await load_sources([str(path)], LoadOptions(max_file_bytes=100))
        assert results[0].error == "too large (over 100 bytes)"

    async def test_unsupported_url_scheme(self) -> None:
        """A feed:// reference is refused as a URL with a friendly message, without any network."""
        results = await load_sources(["feed://example.com/rss"], LoadOptions())
        assert results[0].error is not None and "unsupported URL scheme (feed:)" in results[0].error


class TestIsUrl:
    @pytest.mark.parametrize(
        ("ref", "expected"),
        [
            ("https://example.com/a", True),
            ("http://x", True),
            ("feed://x", True),
            ("story.txt", False),
            ("-", False),
            ("./http:/x", False),
            ("C:\\news\\a.txt", False),
        ],
        ids=["https", "http", "feed", "path", "stdin", "relative", "windows"],
    )
    def test_is_url(self, ref: str, expected: bool) -> None:
        """Anything shaped scheme://... is a URL; paths and "-" are not."""
        assert is_url(ref) is expected


class TestListedFeedsOrder:
    """``loader._in_order``: a list's feeds told in its order, but none kept waiting past the grace."""

    @staticmethod
    async def _told(finish: list[float], grace: float, never: set[int]) -> list[int]:
        """Results of futures finished after ``finish[i]`` seconds (never for those in ``never``)."""
        import asyncio

        from newstui.sources.loader import _in_order

        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[LoadResult]] = [loop.create_future() for _ in finish]
        for i, delay in enumerate(finish):
            if i not in never:
                loop.call_later(delay, futures[i].set_result, LoadResult(origin=str(i)))
        told: list[int] = []

        async def collect() -> None:
            async for result in _in_order(futures, grace):
                told.append(int(result.origin))
                if len(told) == len(finish) - len(never):
                    return

        await asyncio.wait_for(collect(), 10)
        return told

    @pytest.mark.parametrize(
        ("finish", "grace", "never", "expected"),
        [
            ([0.05, 0.0, 0.02], 30.0, set(), [0, 1, 2]),  # landing in another order, told in the list's
            ([0.0, 0.0, 0.0], 30.0, set(), [0, 1, 2]),
            ([0.0, 0.0, 0.0], 0.0, set(), [0, 1, 2]),
            ([9.0, 0.0, 0.01], 0.05, {0}, [1, 2]),  # the first hangs: the others are told after the grace
            ([0.0, 9.0, 0.0, 0.0], 0.05, {1}, [0, 2, 3]),
            ([], 0.5, set(), []),
        ],
        ids=["reordered", "together", "no-grace", "first-hangs", "middle-hangs", "empty"],
    )
    async def test_order(self, finish: list[float], grace: float, never: set[int], expected: list[int]) -> None:
        assert await self._told(finish, grace, never) == expected


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(28, "No space left on device", "/home/you/secret/name.txt"), "no space left on device"),
        (OSError(27, "File too large"), "file too large"),
        (OSError("bare"), "OSError"),  # no system words: the type
        (PermissionError(13, "Permission denied", "/x"), "permission denied"),
    ],
)
def test_os_reason_is_the_systems_words_without_the_path(error: OSError, reason: str) -> None:
    from newstui.errors import os_reason

    assert os_reason(error) == reason and "/" not in os_reason(error)


def test_the_readme_names_the_extensions_a_folder_reads() -> None:
    """The README's list of the extensions read in a folder is ``folder.EXTENSIONS``."""
    import re
    from pathlib import Path

    from newstui.sources.folder import EXTENSIONS

    readme = Path(__file__).resolve().parents[2] / "README.md"
    line = " ".join(readme.read_text(encoding="utf-8").split("- **Folders**", 1)[1].split("\n")[:3])
    named = set(re.findall(r"`(\.[a-z]+)`", line.split("or with no extension")[0]))
    assert named | {""} == EXTENSIONS


class TestFilesBesideTheStories:
    """A folder's README, LICENSE and CHANGELOG are not listed as stories (journey10 L1); a folder that cannot
    itself be listed says why, as a file does (journey10 L3)."""

    @pytest.mark.parametrize(
        "name", ["README.md", "readme.txt", "LICENSE", "Licence.txt", "CHANGELOG.md", "README.ar.md"]
    )
    async def test_a_readme_beside_the_stories_is_not_listed(self, tmp_path: Path, name: str) -> None:
        (tmp_path / "1_story.txt").write_text(ENGLISH)
        (tmp_path / name).write_text(ENGLISH)
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert [os.path.basename(r.origin) for r in results] == ["1_story.txt"]

    @pytest.mark.parametrize("name", ["readme_gold_prices.txt", "licensed_taxis.txt", "2_readme.md"])
    async def test_a_story_whose_name_only_starts_alike_is_listed(self, tmp_path: Path, name: str) -> None:
        (tmp_path / name).write_text(ENGLISH)
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert [os.path.basename(r.origin) for r in results] == [name]

    async def test_a_folder_of_a_readme_alone_says_so(self, tmp_path: Path) -> None:
        (tmp_path / "README.md").write_text(ENGLISH)
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert results == [
            LoadResult(origin=str(tmp_path), error="no readable files (1 README, LICENSE or CHANGELOG: not a story)")
        ]

    async def test_a_readme_named_on_the_command_line_is_read(self, tmp_path: Path) -> None:
        (tmp_path / "README.md").write_text(ENGLISH)
        results = await load_sources([str(tmp_path / "README.md")], LoadOptions())
        assert results[0].error is None and results[0].articles

    async def test_a_folder_that_cannot_be_listed_says_why(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (tmp_path / "a.txt").write_text(ENGLISH)
        real_scandir = os.scandir

        def scandir(path: Any) -> Any:
            if os.fspath(path) == str(tmp_path):
                raise PermissionError(13, "Permission denied")
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)  # root reads any folder: its refusal is simulated
        results = await load_sources([str(tmp_path)], LoadOptions())
        assert results == [LoadResult(origin=str(tmp_path), error="permission denied")]
