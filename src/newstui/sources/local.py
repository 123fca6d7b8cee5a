"""Reading local files and piped stdin safely: stat first, regular files only, a size cap, no hangs."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from typing import BinaryIO, Final

from newstui.errors import NotReadable, SourceError, SourceNotFound, TooLarge, os_reason
from newstui.model import RawDocument
from newstui.sources.options import MAX_FILE_BYTES

FILE_CAP: Final = MAX_FILE_BYTES
"""Default size cap for a local file or piped stdin, in bytes."""
CHUNK: Final = 1 << 20
"""Read size per system call."""

CONTENT_TYPES: Final = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".feed": "application/xml",
    ".opml": "text/x-opml",
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/plain",
}
"""Media type assumed for a file extension (the parser still sniffs the content)."""


def human_size(size: int) -> str:
    """A size for messages: "20 MB", "512 KB", "100 bytes" (decimal units, rounded down)."""
    for unit, factor in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def _too_large(cap: int) -> TooLarge:
    return TooLarge(f"too large (over {human_size(cap)})")


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "special file"


def os_error(error: OSError) -> SourceError:
    """The newstui error for an OS error met while opening or reading a path (one line, no traceback)."""
    code = error.errno
    if code in (errno.ENOENT, errno.ENOTDIR):
        return SourceNotFound("no such file")
    if code in (errno.EACCES, errno.EPERM):
        return SourceError("permission denied")
    if code == errno.ELOOP:
        return SourceError("symbolic link loop")
    if code == errno.ENAMETOOLONG:
        return SourceError("file name too long")
    if code == errno.EISDIR:
        return NotReadable("is a folder")
    return SourceError(f"cannot read: {os_reason(error)}")


def stat_path(path: str | os.PathLike[str]) -> os.stat_result:
    """``os.stat`` with newstui errors; tells a dangling symbolic link from a missing file.

    Raises:
        SourceNotFound: no such file, or a dangling symbolic link.
        SourceError: permission denied, symbolic link loop, a name the file-system encoding cannot hold,
            other OS errors.
    """
    try:
        return os.stat(path)
    except OSError as error:
        if error.errno == errno.ENOENT:
            try:
                if stat.S_ISLNK(os.lstat(path).st_mode):
                    raise SourceNotFound("dangling symbolic link (its target does not exist)") from None
            except OSError:
                pass
        raise os_error(error) from None
    except UnicodeEncodeError:
        raise _unencodable_name() from None
    except ValueError:  # embedded NUL in the path
        raise SourceNotFound("no such file") from None


def _unencodable_name() -> SourceError:
    """The error for a file name this process cannot pass to the system: an ASCII locale outside Python's
    UTF-8 mode cannot encode ``خبر.txt`` (``os.stat`` raises ``UnicodeEncodeError``), though the file may
    well be there, so "no such file" would be false."""
    import sys

    encoding = sys.getfilesystemencoding()
    return SourceError(
        f"the file name cannot be encoded in this locale ({encoding}): set a UTF-8 locale or PYTHONUTF8=1"
    )


def _read_capped(read: Callable[[int], bytes], cap: int) -> bytes:
    """Call ``read(n)`` until end of input; TooLarge as soon as more than ``cap`` bytes came."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = read(min(CHUNK, cap + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total > cap:
            raise _too_large(cap)
    return b"".join(parts)


def _read_fd(fd: int, cap: int) -> bytes:
    """Read at most ``cap`` bytes from a descriptor; TooLarge if there is more."""
    return _read_capped(lambda size: os.read(fd, size), cap)


def read_file(path: str | os.PathLike[str], *, cap: int = FILE_CAP, origin: str | None = None) -> RawDocument:
    """Read a regular file, refusing devices, pipes, sockets and folders without opening them.

    The file is stat-ed first; pipes and devices are never opened (a FIFO without a writer or
    ``/dev/zero`` would hang or never end). The open uses ``O_NONBLOCK`` and re-checks the type on the
    descriptor, so a file swapped for a FIFO after the stat cannot hang either. At most ``cap + 1``
    bytes are read to detect an oversized file.

    Args:
        path: the file to read.
        cap: size cap in bytes.
        origin: the name to record as the document's origin (default: the path as given).

    Returns:
        The file's bytes, with a content type guessed from the extension.

    Raises:
        SourceNotFound: no such file, dangling link.
        NotReadable: a folder, FIFO, device or socket.
        TooLarge: bigger than ``cap``.
        SourceError: permission denied, symbolic link loop, read errors.
    """
    name = os.fspath(path)
    info = stat_path(name)
    if not stat.S_ISREG(info.st_mode):
        raise NotReadable(f"not a regular file ({_kind(info.st_mode)})")
    if info.st_size > cap:
        raise _too_large(cap)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise os_error(error) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotReadable(f"not a regular file ({_kind(mode)})")
        data = _read_fd(fd, cap)
    except OSError as error:
        raise os_error(error) from None
    finally:
        os.close(fd)
    return _document(name if origin is None else origin, name, data)


PIPE_IDLE_SECONDS: Final = 30.0
"""How long a pipe named on the command line may send nothing (no writer yet, or a silent one) before it
is given up: a FIFO nobody writes to would otherwise hang the run."""


PIPE_NOTE_SECONDS: Final = 0.5
"""How long a pipe may stay quiet (before its first byte, or later) before ``read_pipe`` says it is waiting."""


def read_pipe(
    path: str,
    *,
    cap: int = FILE_CAP,
    idle: float = PIPE_IDLE_SECONDS,
    on_wait: Callable[[], object] | None = None,
    on_stall: Callable[[int], object] | None = None,
) -> bytes:
    """Stream a pipe named on the command line (``<(curl …)``, a FIFO made with ``mkfifo``) to its end.

    Opened without blocking, then read as it comes: up to ``cap`` bytes, and never more than ``idle``
    seconds without a byte (a FIFO that never gets a writer, or a writer that stalls: what it sent before
    it went quiet is the text, an error only when it sent nothing). Read once, by the
    command line, before anything else (the reader's ``r`` does not read it again, as for stdin).
    ``on_wait`` is called if the first byte is half a second or more in coming (to say what is awaited),
    ``on_stall`` with the bytes read so far if the pipe later goes as quiet as long (a writer that sent a
    line and stalls: ``tail -f``, a slow script); at most one of them, once, in a read.

    Raises:
        NotReadable: not a pipe after all (a file swapped for it: ``read_file`` reads those).
        TooLarge: more than ``cap`` bytes.
        SourceError: nothing for ``idle`` seconds, or a read error.
        SourceNotFound: no such file.
    """
    return read_pipe_fd(_open_pipe(path), cap=cap, idle=idle, on_wait=on_wait, on_stall=on_stall)


def read_pipe_fd(
    fd: int,
    *,
    cap: int = FILE_CAP,
    idle: float = PIPE_IDLE_SECONDS,
    on_wait: Callable[[], object] | None = None,
    on_stall: Callable[[int], object] | None = None,
) -> bytes:
    """``read_pipe`` of a pipe already open as ``fd`` (piped stdin), which is made non-blocking and closed.

    Raises:
        The same errors as ``read_pipe``.
    """
    import selectors

    try:
        os.set_blocking(fd, False)
        parts: list[bytes] = []
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            note = min(idle, PIPE_NOTE_SECONDS)
            told = on_wait is None and on_stall is None
            while True:
                wait = idle
                if not told and not selector.select(note):  # (returns at once while bytes keep coming)
                    told, wait = True, idle - note
                    if not parts:
                        if on_wait is not None:
                            on_wait()
                    elif on_stall is not None:
                        on_stall(sum(map(len, parts)))
                if not selector.select(wait):
                    if parts:
                        break  # a writer that keeps it open (``tail -f``): what it sent is the text
                    raise _pipe_idle(idle)
                if not _read_some(fd, parts, cap):
                    break  # every writer has closed it: the end
        return b"".join(parts)
    except OSError as error:
        raise os_error(error) from None
    finally:
        os.close(fd)


async def read_pipe_async(path: str, *, cap: int = FILE_CAP, idle: float = PIPE_IDLE_SECONDS) -> bytes:
    """``read_pipe`` on the running event loop (the reader's): no thread waits on the pipe, so the reader
    draws and takes keys meanwhile, and quitting cancels the read at once (a thread blocked on a FIFO
    with no writer would hold the process up to ``idle`` seconds at exit).

    Raises:
        The same errors as ``read_pipe``.
    """
    return await read_pipe_fd_async(_open_pipe(path), cap=cap, idle=idle)


class PipeProgress:
    """How far the read of a pipe has come (``watch_pipe``): for a reader that shows it while it waits."""

    __slots__ = ("ended", "size", "start")

    def __init__(self, head: bytes = b"") -> None:
        self.size = len(head)
        """Bytes read so far."""
        self.start = head[:PROGRESS_START_BYTES]
        """The first bytes read (up to ``PROGRESS_START_BYTES``): what the text will most likely look like."""
        self.ended = False
        """The read is over (the pipe ended, was given up, or the read was cancelled)."""


PROGRESS_START_BYTES: Final = 4096
"""How many of a pipe's first bytes ``PipeProgress.start`` keeps."""

_WATCHED: dict[int, PipeProgress] = {}
"""Pipes whose next ``read_pipe_fd_async`` keeps a ``PipeProgress`` up to date, by descriptor."""


def watch_pipe(fd: int, head: bytes = b"") -> PipeProgress:
    """A ``PipeProgress`` that the next ``read_pipe_fd_async`` of ``fd`` (with this ``head``) keeps up to date,
    chunk by chunk: the reader polls it to say how much piped stdin has sent while the story is not in yet."""
    progress = _WATCHED[fd] = PipeProgress(head)
    return progress


async def read_pipe_fd_async(
    fd: int, *, cap: int = FILE_CAP, idle: float = PIPE_IDLE_SECONDS, head: bytes = b""
) -> bytes:
    """``read_pipe_async`` of a pipe already open as ``fd`` (piped stdin left to the reader), which is made
    non-blocking and closed; ``head``: what was read from it before. A ``watch_pipe`` of ``fd`` is kept up to
    date.

    Raises:
        The same errors as ``read_pipe``.
    """
    import asyncio

    loop = asyncio.get_running_loop()
    parts: list[bytes] = [head] if head else []
    progress = _WATCHED.pop(fd, None)
    readable = asyncio.Event()
    try:
        os.set_blocking(fd, False)
        loop.add_reader(fd, readable.set)
    except OSError as error:  # (a regular file cannot be watched: epoll refuses it)
        os.close(fd)
        if progress is not None:
            progress.ended = True
        raise os_error(error) from None
    try:
        while True:
            try:
                await asyncio.wait_for(readable.wait(), idle)
            except TimeoutError:
                if parts and any(parts):
                    return b"".join(parts)  # a writer that keeps it open (``tail -f``): what it sent is the text
                raise _pipe_idle(idle) from None
            readable.clear()
            count = len(parts)
            if not _read_some(fd, parts, cap):
                return b"".join(parts)
            if progress is not None and len(parts) > count:  # (per chunk read, not per byte)
                chunk = parts[-1]
                progress.size += len(chunk)
                if len(progress.start) < PROGRESS_START_BYTES:
                    progress.start += chunk[: PROGRESS_START_BYTES - len(progress.start)]
    except OSError as error:
        raise os_error(error) from None
    finally:
        loop.remove_reader(fd)
        os.close(fd)
        if progress is not None:
            progress.ended = True


def _open_pipe(path: str) -> int:
    """A descriptor of the pipe at ``path``, opened without blocking (a FIFO with no writer yet opens at once)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise os_error(error) from None
    try:
        if not stat.S_ISFIFO(os.fstat(fd).st_mode):
            raise NotReadable("not a pipe")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _read_some(fd: int, parts: list[bytes], cap: int) -> bool:
    """Read what the pipe has into ``parts``; False at its end (every writer gone).

    Raises:
        TooLarge: more than ``cap`` bytes in all.
    """
    total = sum(map(len, parts))
    try:
        chunk = os.read(fd, min(CHUNK, cap + 1 - total))
    except BlockingIOError:
        return True  # woken with nothing to read after all
    if not chunk:
        return False
    parts.append(chunk)
    if total + len(chunk) > cap:
        raise _too_large(cap)
    return True


def _pipe_idle(idle: float) -> SourceError:
    return SourceError(f"the pipe sent nothing for {idle:g} s")


def is_pipe(path: str) -> bool:
    """Whether ``path`` names a pipe (following links: ``/dev/fd/63`` of ``<(…)``); False if it cannot be stat-ed."""
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def content_type_of(name: str) -> str | None:
    """The media type a file name's extension suggests (``CONTENT_TYPES``), or None."""
    return CONTENT_TYPES.get(os.path.splitext(name)[1].lower())


def _document(origin: str, name: str, data: bytes) -> RawDocument:
    """The read bytes with the content type the file name's extension suggests."""
    return RawDocument(origin=origin, data=data, content_type=content_type_of(name))


_LISTED_FLAGS: Final = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)


def read_listed_file(path: str, *, cap: int = FILE_CAP) -> RawDocument:
    """``read_file`` for a file a folder listing has just shown to be a regular file: no stat before the open.

    The directory entry's type stands in for ``read_file``'s stat (that is how the folder walk knew
    it); everything else is checked the same way on the descriptor: opened without following a
    symbolic link and without blocking, it must still be a regular file within ``cap``. A file
    smaller than ``cap`` usually takes one read. A symbolic link, or anything that fails to open, goes
    through ``read_file``, which tells what it is.

    Raises:
        The errors of ``read_file``.
    """
    return _document(path, path, read_listed_bytes(path, cap=cap))


def read_listed_bytes(path: str, *, cap: int = FILE_CAP) -> bytes:
    """The bytes ``read_listed_file`` reads (for a folder index, which needs no document for most files).

    Raises:
        The errors of ``read_file``.
    """
    try:
        fd = os.open(path, _LISTED_FLAGS)
    except (OSError, ValueError):
        return read_file(path, cap=cap).data
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotReadable(f"not a regular file ({_kind(info.st_mode)})")
        if info.st_size > cap:
            raise _too_large(cap)
        data = os.read(fd, info.st_size + 1)
        if len(data) != info.st_size:  # it changed since the fstat, or a short read: read to the end
            if len(data) > cap:
                raise _too_large(cap)
            try:
                data += _read_fd(fd, cap - len(data))
            except TooLarge:
                raise _too_large(cap) from None
    except OSError as error:
        raise os_error(error) from None
    finally:
        os.close(fd)
    return data


def read_stdin(stream: BinaryIO, *, cap: int = FILE_CAP) -> RawDocument:
    """Read piped bytes from ``stream`` (the CLI passes ``sys.stdin.buffer``) up to ``cap``.

    Args:
        stream: a binary stream opened for reading.
        cap: size cap in bytes.

    Returns:
        The bytes, with origin "-".

    Raises:
        TooLarge: more than ``cap`` bytes.
        SourceNotFound: the stream is closed.
        SourceError: a read error.
    """
    try:
        data = _read_capped(stream.read, cap)
    except ValueError:  # I/O operation on closed file
        raise SourceNotFound("stdin is closed") from None
    except OSError as error:
        raise SourceError(f"cannot read stdin: {os_reason(error)}") from None
    return RawDocument(origin="-", data=data)
