"""Saving a story as a text file: the reader's ``w``; the file opens again in newstui as the same story.

The text is logical (as the source wrote it, unshaped), in the plain-text format newstui reads: the
byline (``source – section``, when the story has both: the format has no line for a source alone or a
date), the headline, the paragraphs and the story's web address, each a paragraph of its own. A file
is written whole or not at all, and never over an existing one.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Final

from newstui.atomic_file import synced_temp
from newstui.errors import OutputError
from newstui.model import Article

__all__ = ["article_text", "default_name", "save_new"]

NAME_CHARS: Final = 60
"""Most characters of the title kept in a suggested file name."""
_UNSAFE: Final = frozenset('/\\:*?"<>|')
"""Characters a suggested file name leaves out (path separators, and those other systems refuse)."""


_NO_LINKS: Final = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS})
"""What ``os.link`` answers on a file system that has no hard links (FAT, some network shares)."""


def article_text(article: Article) -> str:
    """The story as logical text: byline, headline, paragraphs and web address, separated by blank lines."""
    head = f"{article.source} – {article.section}" if article.source and article.section else ""
    parts = [head, article.title, *article.paragraphs, article.url or ""]
    return "\n\n".join(part for part in parts if part) + "\n"


def default_name(article: Article) -> str:
    """A file name for the story: its title (safe characters, cut short) and ``.txt``."""
    title = "".join(" " if char in _UNSAFE or not char.isprintable() else char for char in article.title).split()
    stem = " ".join(title)[:NAME_CHARS].strip(" .") or "story"
    return f"{stem}.txt"


def save_new(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to a new file at ``path``: whole or not at all, never over an existing file.

    The text goes to a temporary file beside the target, is flushed to disk, and is then linked to
    the name, which fails when the name is taken; the temporary file is removed in every case.

    Returns:
        The path written.

    Raises:
        OutputError: the name is taken, the folder is missing, or the file cannot be written.
    """
    path = path.expanduser()
    try:
        if path.exists() or path.is_symlink():
            raise FileExistsError(errno.EEXIST, "already exists")
        with synced_temp(path.parent, text, prefix=".newstui-") as temp:
            try:
                os.link(temp, path)
            except OSError as error:
                if error.errno not in _NO_LINKS:
                    raise
                os.rename(temp, path)  # a file system without hard links: the name was free a moment ago
    except FileExistsError:
        raise OutputError("a file of that name exists already", origin=str(path)) from None
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        raise OutputError(f"cannot save: {reason}", origin=str(path)) from None
    return path
