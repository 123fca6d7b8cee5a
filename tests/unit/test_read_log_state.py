"""The log of stories read against what may be found at its name: an unreadable file, a FIFO, a device, a
symbolic link, two readers saving at once (also while something else holds the folder's lock), temporary
files a killed reader left."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from newstui import read_log
from newstui.errors import OutputError
from newstui.model import Article
from newstui.read_log import ReadLog, story_keys

MOVE = "left as it is (move it away to have them remembered again)"
HEADER = b"# newstui: stories read (hashed keys, most recent last)\n"


def story(title: str) -> Article:
    return Article(id="x-0", title=title, paragraphs=("نص.",), source=None)


def log_with(*titles: str) -> bytes:
    return HEADER + b"".join(story_keys(story(title))[0].encode() + b"\n" for title in titles)


needs_no_root = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads a file whatever its mode"
)


class TestAFileThatCannotBeRead:
    """An existing log the user cannot read is never replaced: the stories read in earlier runs stay."""

    def test_an_unreadable_log_is_left_as_it_is(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path = tmp_path / "read.txt"
        content = log_with("قصة قديمة", "قصة أقدم")
        path.write_bytes(content)
        real_open = os.open

        def denied(name: object, flags: int, *args: object) -> int:
            if os.fspath(name) == str(path):  # type: ignore[arg-type]
                raise PermissionError(13, "Permission denied")
            return real_open(name, flags, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", denied)
        log = ReadLog.load(path)
        assert len(log) == 0, "unreadable: an empty log for the reader"
        log.add(story("قصة اليوم"))
        with pytest.raises(OutputError) as caught:
            log.save()
        monkeypatch.setattr(os, "open", real_open)
        said = str(caught.value)
        assert said == f"{path}: cannot read the stories read: permission denied: {MOVE}"
        assert path.read_bytes() == content and log.dirty
        assert os.listdir(tmp_path) == ["read.txt"]

    @needs_no_root
    def test_a_log_of_mode_000_is_left_as_it_is(self, tmp_path: Path) -> None:
        path = tmp_path / "read.txt"
        content = log_with("قصة قديمة")
        path.write_bytes(content)
        path.chmod(0)
        try:
            log = ReadLog.load(path)
            log.add(story("قصة اليوم"))
            with pytest.raises(OutputError, match="permission denied: left as it is"):
                log.save()
        finally:
            path.chmod(0o600)
        assert path.read_bytes() == content

    @pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
    def test_a_fifo_or_device_is_neither_waited_on_nor_read(self, tmp_path: Path, kind: str) -> None:
        """A FIFO at the name would block an open for reading forever, /dev/zero would be read without end:
        the load is an empty log at once, and the save is refused with one line, the name left as it was."""
        path = tmp_path / "read.txt"
        if kind == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to("/dev/zero")
        done: list[object] = []

        def load_and_save() -> None:
            log = ReadLog.load(path)
            done.append(len(log))
            log.add(story("قصة"))
            try:
                log.save()
            except OutputError as error:
                done.append(str(error))

        worker = threading.Thread(target=load_and_save, daemon=True)
        worker.start()
        worker.join(5)
        if worker.is_alive() and kind == "fifo":
            with open(path, "wb"):  # let the blocked open go (old code), so the thread ends
                pass
        assert not worker.is_alive() or kind == "fifo", "still reading"
        assert len(done) == 2, "blocked"
        assert done[0] == 0
        assert done[1] == f"{path}: cannot read the stories read: not a regular file: {MOVE}"
        assert path.is_symlink() if kind == "dev-zero" else path.is_fifo()


class TestWrittenThroughALink:
    def test_a_log_that_is_a_symbolic_link_has_its_target_replaced(self, tmp_path: Path) -> None:
        """A read.txt linked into a synced dotfiles folder stays a link; the synced file gets the new stories."""
        synced = tmp_path / "sync" / "read.txt"
        synced.parent.mkdir()
        synced.write_bytes(log_with("قصة قديمة"))
        path = tmp_path / "state" / "read.txt"
        path.parent.mkdir()
        path.symlink_to(synced)
        log = ReadLog.load(path)
        log.add(story("قصة اليوم"))
        log.save()
        assert path.is_symlink() and os.readlink(path) == str(synced)
        again = ReadLog.load(synced)
        assert again.has(story("قصة قديمة")) and again.has(story("قصة اليوم"))
        assert os.listdir(synced.parent) == ["read.txt"] and os.listdir(path.parent) == ["read.txt"]


class TestTwoReadersSavingAtOnce:
    def test_neither_loses_the_others_stories(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Both read the file, merge and replace it at the same moment (a tmux session closed: SIGHUP to both):
        the saves take turns, so the second merges what the first wrote."""
        path = tmp_path / "read.txt"
        path.write_bytes(log_with("قصة قديمة"))
        real_replace = read_log.os.replace
        both_read = threading.Barrier(2, timeout=1)

        def slow_replace(source: str, target: object) -> None:
            try:
                both_read.wait()  # without a lock both have read the old file by now
            except threading.BrokenBarrierError:
                pass  # the other waits for the lock: it reads after this replace
            real_replace(source, target)  # type: ignore[arg-type]

        monkeypatch.setattr(read_log.os, "replace", slow_replace)
        logs = [ReadLog.load(path), ReadLog.load(path)]
        logs[0].add(story("قصة القارئ الأول"))
        logs[1].add(story("قصة القارئ الثاني"))
        errors: list[BaseException] = []

        def save(log: ReadLog) -> None:
            try:
                log.save()
            except BaseException as error:  # noqa: BLE001 - told by the assertion
                errors.append(error)

        threads = [threading.Thread(target=save, args=(log,)) for log in logs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert not errors
        kept = ReadLog.load(path)
        assert [kept.has(story(title)) for title in ("قصة قديمة", "قصة القارئ الأول", "قصة القارئ الثاني")] == [
            True,
            True,
            True,
        ]
        assert os.listdir(tmp_path) == ["read.txt"], "no lock file is left"

    def test_a_lock_held_too_long_does_not_hang_the_save(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A lock never given up (a reader stopped with ctrl+z while it saved): the save waits a moment, then
        goes on."""
        import fcntl

        monkeypatch.setattr(read_log, "_LOCK_SECONDS", 0.2)
        holder = os.open(tmp_path, os.O_RDONLY)
        try:
            fcntl.flock(holder, fcntl.LOCK_EX)
            log = ReadLog.load(tmp_path / "read.txt")
            log.add(story("قصة"))
            started = time.monotonic()
            log.save()
            assert 0.15 < time.monotonic() - started < 10  # (waits a moment, then goes on: not for ever)
        finally:
            os.close(holder)
        assert ReadLog.load(tmp_path / "read.txt").has(story("قصة"))


SAVER = """
import sys, time
from pathlib import Path
from newstui.model import Article
from newstui.read_log import ReadLog
path, name, start = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
for number in range(15):
    log = ReadLog.load(path)
    log.add(Article(id="x-0", title=f"{name} {number}", paragraphs=("p",), source=None))
    time.sleep(max(0.0, start + number * 0.05 - time.time()))  # every process saves at the same moments
    log.save()
"""


def test_four_processes_saving_at_the_same_moments_lose_nothing(tmp_path: Path) -> None:
    """Four readers' saves, 15 each, at the same instants: every story is kept (without the lock, one
    process's load-merge-replace overwrote another's, and most stories were lost)."""
    import subprocess
    import sys

    path = tmp_path / "read.txt"
    start = time.time() + 1.5  # after every interpreter has started
    names = [f"reader{number}" for number in range(4)]
    savers = [
        subprocess.Popen([sys.executable, "-c", SAVER, str(path), name, str(start)], env={**os.environ})
        for name in names
    ]
    assert [saver.wait(timeout=60) for saver in savers] == [0, 0, 0, 0]
    kept = ReadLog.load(path)
    missing = [f"{name} {n}" for name in names for n in range(15) if not kept.has(story(f"{name} {n}"))]
    assert missing == []
    assert os.listdir(tmp_path) == ["read.txt"]


FOREIGN_SAVER = """
import sys, time
from pathlib import Path
from newstui import read_log
from newstui.model import Article
from newstui.read_log import ReadLog
read_log._LOCK_SECONDS = 0.2  # the folder's lock is held by something else throughout: wait a little only
path, name, start = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
longest = 0.0
for number in range(10):
    log = ReadLog.load(path)
    log.add(Article(id="x-0", title=f"{name} {number}", paragraphs=("p",), source=None))
    time.sleep(max(0.0, start + number * 0.05 - time.time()))  # every process saves at the same moments
    began = time.monotonic()
    log.save()
    longest = max(longest, time.monotonic() - began)
print(longest)
"""


class TestTheFolderLockedBySomethingElse:
    """Something else holds the folder's lock (a backup tool, ``flock``, a reader on a slow NFS folder): the
    saves stop waiting for it at once, and must still take turns rather than all replace the file together."""

    def test_four_processes_saving_at_the_same_moments_lose_nothing(self, tmp_path: Path) -> None:
        """Without the log's own lock every save went on unlocked at the same moment: most stories were lost."""
        import fcntl
        import subprocess
        import sys

        path = tmp_path / "read.txt"
        holder = os.open(tmp_path, os.O_RDONLY)  # a lock of another open file: as foreign as another process's
        try:
            fcntl.flock(holder, fcntl.LOCK_EX)
            start = time.time() + 1.5  # after every interpreter has started
            names = [f"reader{number}" for number in range(4)]
            savers = [
                subprocess.Popen(
                    [sys.executable, "-c", FOREIGN_SAVER, str(path), name, str(start)],
                    env={**os.environ},
                    stdout=subprocess.PIPE,
                    text=True,
                )
                for name in names
            ]
            outputs = [saver.communicate(timeout=90)[0] for saver in savers]
        finally:
            os.close(holder)
        assert [saver.returncode for saver in savers] == [0, 0, 0, 0]
        kept = ReadLog.load(path)
        missing = [f"{name} {n}" for name in names for n in range(10) if not kept.has(story(f"{name} {n}"))]
        assert missing == []
        assert max(float(output) for output in outputs) < 0.2 + read_log._LOG_LOCK_SECONDS + 1.0, "bounded"
        assert os.listdir(tmp_path) == ["read.txt"], "nothing is left behind"

    def test_with_both_locks_held_the_save_merges_what_came_meanwhile(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The folder and the log itself both locked by something else: the save goes on after a bounded wait, but
        reads the log again before its rename, and merges again the stories another save wrote meanwhile."""
        import fcntl

        monkeypatch.setattr(read_log, "_LOCK_SECONDS", 0.1)
        monkeypatch.setattr(read_log, "_LOG_LOCK_SECONDS", 0.1, raising=False)
        path = tmp_path / "read.txt"
        path.write_bytes(log_with("قصة قديمة"))
        real_log_on_disk = read_log._log_on_disk
        reads: list[int] = []

        def another_save_meanwhile(target: Path, origin: Path) -> bytes:
            data = real_log_on_disk(target, origin)
            reads.append(1)
            if len(reads) == 1:  # another reader replaces the log just after this one read it
                path.write_bytes(log_with("قصة قديمة", "قصة القارئ الآخر"))
            return data

        monkeypatch.setattr(read_log, "_log_on_disk", another_save_meanwhile)
        holders = [os.open(tmp_path, os.O_RDONLY), os.open(path, os.O_RDONLY)]
        try:
            for holder in holders:
                fcntl.flock(holder, fcntl.LOCK_EX)
            log = ReadLog.load(path)
            log.add(story("قصة اليوم"))
            started = time.monotonic()
            log.save()
            assert time.monotonic() - started < 1.5
        finally:
            for holder in holders:
                os.close(holder)
        kept = ReadLog.load(path)
        assert [kept.has(story(title)) for title in ("قصة قديمة", "قصة القارئ الآخر", "قصة اليوم")] == [
            True,
            True,
            True,
        ]
        assert not log.dirty

    def test_a_failed_first_save_leaves_no_empty_log(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """The log's lock needs a file to lock: one made for a save that then fails (a full disk) is removed."""
        from newstui import atomic_file

        def full(*args: object, **kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(atomic_file, "synced_temp", full)
        log = ReadLog.load(tmp_path / "read.txt")
        log.add(story("قصة"))
        with pytest.raises(OutputError, match="no space left on device"):
            log.save()
        assert os.listdir(tmp_path) == [] and log.dirty


def test_temporary_files_a_killed_save_left_are_removed(tmp_path: Path) -> None:
    """A reader killed between writing its temporary file and renaming it leaves ``.read-*.tmp``: the next save
    removes those older than a few minutes (not one another reader is writing now)."""
    old, new = tmp_path / ".read-dead1234.tmp", tmp_path / ".read-live5678.tmp"
    for temp in (old, new):
        temp.write_text("x")
    long_ago = time.time() - 3600
    os.utime(old, (long_ago, long_ago))
    log = ReadLog.load(tmp_path / "read.txt")
    log.add(story("قصة"))
    log.save()
    assert sorted(os.listdir(tmp_path)) == [new.name, "read.txt"]


@pytest.mark.parametrize("in_the_way", ["newstui", "."], ids=["the-app-folder", "the-state-folder"])
def test_a_file_where_the_folder_should_be_is_named(tmp_path: Path, in_the_way: str) -> None:
    """The state folder's ``newstui`` (or the state folder itself) a file: the error names it as no folder, not
    mkdir's "file exists" under the log's own name."""
    state = tmp_path / "state"
    if in_the_way == ".":
        state.write_text("not a folder")
        blocker = state
    else:
        state.mkdir()
        blocker = state / in_the_way
        blocker.write_text("not a folder")
    log = ReadLog.load(state / "newstui" / "read.txt")
    log.add(story("قصة اليوم"))
    with pytest.raises(OutputError) as caught:
        log.save()
    assert str(caught.value) == f"{blocker}: cannot save the stories read: not a folder"
    assert blocker.read_text() == "not a folder"
