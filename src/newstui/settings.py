"""Run settings resolved from the command line and environment, shared by the CLI and the TUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newstui.errors import NewsError
from newstui.sources.options import DEFAULT_TIMEOUT
from newstui.terminal import BidiSetup

LayoutChoice = Literal["auto", "ltr", "rtl"]
"""Pane order: ``rtl`` puts the article list on the right."""
SortChoice = Literal["loaded", "newest"]
"""List order (``ordering.Order``): as loaded, or the newest first."""
DirectionChoice = Literal["auto", "rtl", "ltr"]
"""The reading direction of articles: ``auto`` detects it per paragraph, the others give it to every one."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run needs to know; built once by the CLI (or a test) and passed down."""

    refs: tuple[str, ...] = ()
    """Sources as given: paths, folders, URLs, or "-" for stdin."""
    bidi: BidiSetup = field(default_factory=lambda: BidiSetup(mode="app"))
    layout: LayoutChoice = "auto"
    timeout: float = DEFAULT_TIMEOUT
    refresh: float = 0.0
    """Minutes between reloads of the sources while the reader is open (the config file's ``refresh``); 0: never."""
    encoding: str | None = None
    fetch_entries: bool = False
    sort: SortChoice = "loaded"
    """List order: ``loaded`` (sources in command-line order) or ``newest`` (by publication time; ``s``)."""
    direction: DirectionChoice = "auto"
    """The base direction of every article's paragraphs in the reader and ``--print`` (``d`` changes one article's)."""
    source_directions: tuple[tuple[str, DirectionChoice], ...] = ()
    """The config file's ``[directions]``: a direction per source, over ``direction`` (``source_directions``)."""
    harakat: bool = True
    """Draw harakat (vowel marks); False hides them in the reader and ``--print`` (``h`` switches)."""
    hyperlinks: bool = True
    """Make the reader's headline and related links terminal hyperlinks (OSC 8) to their web addresses."""
    theme: str | None = None
    """The reader's colour theme (the config file's); None: the one chosen last, else Textual's default."""
    remember: bool = False
    """Remember the stories read across runs (``read_log``, in the state folder); the CLI sets it
    unless ``--private`` is given, tests leave it off."""
    stdin_data: bytes | None = None
    """Piped stdin, drained before the app takes the keyboard (used for the "-" source)."""
    stdin_pipe: tuple[int, bytes] | None = None
    """Piped stdin left to the reader instead (a pipe that did not end at once): a copy of its descriptor
    and the bytes read so far, the rest read on the reader's event loop with its window drawn, as a named
    pipe is (``sources.local.read_pipe_fd_async``)."""
    piped_files: tuple[tuple[str, bytes | NewsError], ...] = ()
    """Pipes named as sources (``<(curl …)``, a FIFO), each read once by the command line before anything
    else (``sources.local.read_pipe``): its bytes, or why they could not be read."""
