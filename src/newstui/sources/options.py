"""How sources are loaded (``LoadOptions``): limits, forced encoding, concurrency; the reader's and the CLI's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from newstui.errors import NewsError
    from newstui.settings import Settings

__all__ = ["DEFAULT_TIMEOUT", "MAX_BODY_BYTES", "MAX_FILE_BYTES", "LoadOptions"]

DEFAULT_TIMEOUT: Final = 20.0
"""Seconds allowed for one HTTP request when neither the command line nor the config file says."""
MAX_BODY_BYTES: Final = 10_000_000
"""Cap on a decoded HTTP body."""
MAX_FILE_BYTES: Final = 20_000_000
"""Cap on a local file or on piped input."""


@dataclass(frozen=True)
class LoadOptions:
    """How sources are loaded."""

    timeout: float = DEFAULT_TIMEOUT
    """Overall deadline per HTTP request, in seconds."""
    encoding: str | None = None
    """Forced encoding (``--encoding``) for every document, else detected."""
    fetch_entries: bool = False
    """Fetch each feed entry's page and use it instead of the summary when it parses."""
    max_bytes: int = MAX_BODY_BYTES
    """Cap on a decoded HTTP body."""
    concurrency: int = 8
    """Sources loaded at once (network requests and parsing jobs)."""
    max_file_bytes: int = MAX_FILE_BYTES
    """Cap on a local file or on piped stdin."""
    index_folders: bool = False
    """List a folder's plain-text files by title only (``Article.indexed_only``), to be parsed when
    opened; the reader sets it, ``--print`` and ``--json`` need every article whole and do not."""
    folder_cache: bool = False
    """Remember big folders' title-only listings between runs (``sources.folder_cache``), so an
    unchanged file is listed again without being read; the reader sets it unless ``--private``."""
    piped_files: tuple[tuple[str, bytes | NewsError], ...] = ()
    """Pipes named as sources, read once by the command line (``Settings.piped_files``): their bytes or error."""
    open_feed_lists: bool = True
    """Load the feeds a list of feeds (OPML) names in its place; without it (the helper process) such a
    source is reported with no articles and no error, for the caller to open."""

    @classmethod
    def from_settings(cls, settings: Settings, *, index_folders: bool) -> LoadOptions:
        """The options a run's settings ask for; ``index_folders`` for the reader, not ``--print``/``--json``."""
        return cls(
            timeout=settings.timeout,
            encoding=settings.encoding,
            fetch_entries=settings.fetch_entries,
            index_folders=index_folders,
            folder_cache=index_folders and settings.remember,
            piped_files=settings.piped_files,
        )


def reader_options(settings: Settings) -> LoadOptions:
    """The reader's load options: the run's settings, and folders listed by title (files parsed when opened)."""
    return LoadOptions.from_settings(settings, index_folders=True)
