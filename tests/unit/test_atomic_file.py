"""atomic_file: a temporary file on disk beside the target, gone afterwards whatever happened."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newstui.atomic_file import synced_temp


def test_renamed_to_its_name(tmp_path: Path) -> None:
    with synced_temp(tmp_path, "نص\n", prefix=".t-") as temp:
        assert Path(temp).parent == tmp_path and Path(temp).name.startswith(".t-")
        assert Path(temp).read_text(encoding="utf-8") == "نص\n"
        os.replace(temp, tmp_path / "final.txt")
    assert os.listdir(tmp_path) == ["final.txt"]


def test_text_in_pieces_is_written_in_order(tmp_path: Path) -> None:
    pieces = (f"سطر {number}\n" for number in range(1000))
    with synced_temp(tmp_path, pieces, prefix=".t-") as temp:
        os.replace(temp, tmp_path / "final.txt")
    assert (tmp_path / "final.txt").read_text(encoding="utf-8") == "".join(f"سطر {n}\n" for n in range(1000))


def test_nothing_left_when_a_piece_fails(tmp_path: Path) -> None:
    def pieces() -> Iterator[str]:
        yield "first\n"
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    with pytest.raises(UnicodeEncodeError), synced_temp(tmp_path, pieces(), prefix=".t-"):
        pass
    assert os.listdir(tmp_path) == []


def test_linked_then_the_temporary_name_goes(tmp_path: Path) -> None:
    with synced_temp(tmp_path, "text", prefix=".t-") as temp:
        os.link(temp, tmp_path / "final.txt")
    assert os.listdir(tmp_path) == ["final.txt"]
    assert (tmp_path / "final.txt").read_text(encoding="utf-8") == "text"


def test_nothing_left_when_the_caller_fails(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), synced_temp(tmp_path, "text", prefix=".t-"):
        raise RuntimeError("the final step failed")
    assert os.listdir(tmp_path) == []


def test_nothing_left_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"), synced_temp(tmp_path, "text", prefix=".t-"):
        pass
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_shared_file_takes_the_users_umask(tmp_path: Path, umask: int, mode: int) -> None:
    """A saved story is a file like any other the user makes (it was 0600 whatever the umask)."""
    old = os.umask(umask)
    try:
        with synced_temp(tmp_path, "text", prefix=".t-", shared=True) as temp:
            os.link(temp, tmp_path / "saved.txt")
    finally:
        os.umask(old)
    assert (tmp_path / "saved.txt").stat().st_mode & 0o777 == mode


def test_a_failed_chmod_closes_the_file_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system that refuses fchmod (some FUSE/SMB mounts): each failed save closes its descriptor."""

    def refuse(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchmod", refuse)
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(5):
        with pytest.raises(PermissionError), synced_temp(tmp_path, "text", prefix=".t-", shared=True):
            pass
    assert len(os.listdir("/proc/self/fd")) == before
    assert os.listdir(tmp_path) == []


def test_a_private_file_stays_private(tmp_path: Path) -> None:
    """The read log (``shared`` off) is the user's reading history: 0600."""
    with synced_temp(tmp_path, "text", prefix=".t-") as temp:
        os.link(temp, tmp_path / "log.txt")
    assert (tmp_path / "log.txt").stat().st_mode & 0o777 == 0o600


def test_read_regular_reads_a_file_and_refuses_what_could_block_or_never_end(tmp_path: Path) -> None:
    """At most ``cap`` bytes of a regular file (through a link); a FIFO (never waited on), a device, a folder and
    a file over ``cap`` are OSErrors saying which."""
    import errno
    import time

    from newstui.atomic_file import read_regular

    (tmp_path / "f").write_bytes(b"12345")
    (tmp_path / "link").symlink_to(tmp_path / "f")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "zero").symlink_to("/dev/zero")
    assert read_regular(tmp_path / "link", 5) == b"12345"
    started = time.monotonic()
    for name, cap, code in (
        ("f", 4, errno.EFBIG),
        ("fifo", 5, errno.EINVAL),
        ("zero", 5, errno.EINVAL),
        (".", 5, errno.EISDIR),
    ):
        with pytest.raises(OSError) as caught:
            read_regular(tmp_path / name, cap)
        assert caught.value.errno == code, name
    assert time.monotonic() - started < 10  # (none waits for a writer or reads for ever)
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "none", 5)


def test_remove_stale_temps_removes_only_old_temporary_files_of_the_prefixes(tmp_path: Path) -> None:
    import time

    from newstui.atomic_file import remove_stale_temps

    long_ago = time.time() - 3600
    names = [".t-old.tmp", ".t-new.tmp", ".u-old.tmp", ".t-old.txt", "t-old.tmp"]
    for name in names:
        (tmp_path / name).write_text("x")
        if "old" in name:
            os.utime(tmp_path / name, (long_ago, long_ago))
    (tmp_path / ".t-link.tmp").symlink_to(tmp_path / "t-old.tmp")
    os.utime(tmp_path / ".t-link.tmp", (long_ago, long_ago), follow_symlinks=False)
    remove_stale_temps(tmp_path, (".t-",))
    assert sorted(os.listdir(tmp_path)) == [".t-link.tmp", ".t-new.tmp", ".t-old.txt", ".u-old.tmp", "t-old.tmp"]
    remove_stale_temps(tmp_path / "no-such-folder", (".t-",))  # never fails
