"""The user's config file: the sources ``newstui`` opens with no SOURCE, and defaults for the options.

``$XDG_CONFIG_HOME/newstui/config.toml`` (usually ``~/.config/newstui/config.toml``), or the file given
with ``--config``. Every key is optional; the command line wins over the file, and ``NEWSTUI_BIDI``
over its ``bidi``::

    sources = ["https://example.org/arabic/rss.xml", "~/news/"]   # opened by a bare `newstui`
    bidi = "auto"          # auto | app | terminal
    layout = "auto"        # auto | ltr | rtl (pane order)
    direction = "auto"     # auto | rtl | ltr (reading direction of every paragraph)
    sort = "loaded"        # loaded | newest (list order)
    harakat = true         # false hides them, as --no-harakat
    hyperlinks = true      # false: as --no-hyperlinks (headlines and related links not clickable)
    remember = true        # false: as --private
    theme = "textual-dark" # the reader's colours (ctrl+p → Theme lists them; "ansi-dark" uses the terminal's)
    timeout = 20           # seconds per web request
    refresh = 15           # minutes between reloads while the reader is open (0: never)

    [directions]           # a reading direction per source, over ``direction`` (--direction wins)
    "https://example.org/en/rss.xml" = "ltr"
    "~/news/persian/" = "rtl"

A missing default file is no config (a symbolic link to a missing file is no missing file: the file it
meant is gone, which is an error). A file that cannot be read, is not TOML, or holds an unknown key
or a wrong value is one usage error naming the file (and the line, for TOML errors): nothing is
started with settings the user did not mean.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Any, Final

from newstui.addresses import is_url
from newstui.errors import UsageError, os_reason

__all__ = ["CONFIG_KEYS", "Config", "default_config_path", "load_config", "refresh_minutes", "timeout_seconds"]

APP: Final = "newstui"
FILE_NAME: Final = "config.toml"
MAX_BYTES: Final = 256 * 1024
"""A config file larger than this is refused (it is a few lines; anything bigger is a mistake)."""
MAX_SOURCES: Final = 10_000
"""Most sources a config file may list."""

_CHOICES: Final[dict[str, tuple[str, ...]]] = {
    "bidi": ("auto", "app", "terminal"),
    "layout": ("auto", "ltr", "rtl"),
    "direction": ("auto", "rtl", "ltr"),
    "sort": ("loaded", "newest"),
}
_SWITCHES: Final = ("harakat", "hyperlinks", "remember")
CONFIG_KEYS: Final = ("sources", *_CHOICES, *_SWITCHES, "timeout", "refresh", "theme", "directions")
"""Every key a config file may hold."""


class Config:
    """What a config file sets; None (or no sources) where it is silent.

    A plain class: a dataclass or named tuple would generate its methods with ``exec`` (0.5–1 ms) on
    every start of the reader, which imports this module to look for the file.
    """

    __slots__ = (
        "bidi",
        "direction",
        "directions",
        "harakat",
        "hyperlinks",
        "layout",
        "path",
        "refresh",
        "remember",
        "sort",
        "sources",
        "theme",
        "timeout",
    )

    def __init__(
        self,
        *,
        sources: tuple[str, ...] = (),
        bidi: str | None = None,
        layout: str | None = None,
        direction: str | None = None,
        sort: str | None = None,
        harakat: bool | None = None,
        hyperlinks: bool | None = None,
        remember: bool | None = None,
        timeout: float | None = None,
        refresh: float | None = None,
        theme: str | None = None,
        directions: tuple[tuple[str, str], ...] = (),
        path: Path | None = None,
    ) -> None:
        self.sources = sources
        """Paths (``~`` expanded, relative to the file's folder) and URLs, in the file's order."""
        self.bidi = bidi
        self.layout = layout
        self.direction = direction
        self.sort = sort
        self.harakat = harakat
        self.hyperlinks = hyperlinks
        self.remember = remember
        self.timeout = timeout
        self.refresh = refresh
        """Minutes between reloads while the reader is open (0: never)."""
        self.theme = theme
        """The reader's colour theme, by name (checked against Textual's themes when the reader starts)."""
        self.directions = directions
        """``(source, direction)`` pairs of the ``[directions]`` table, sources resolved as ``sources``."""
        self.path = path
        """The file read (None: there was none)."""

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Config) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Config({shown})"


def default_config_path(env: dict[str, str] | os._Environ[str] | None = None) -> Path:
    """Where the config file is looked for: the XDG config folder on Linux, the platform's elsewhere.

    On Linux and other Unix systems this is ``$XDG_CONFIG_HOME/newstui/config.toml`` (an absolute
    ``XDG_CONFIG_HOME``, else ``~/.config``), which is what platformdirs answers there, worked out
    without importing it on the way to the reader's first frame.
    """
    env = os.environ if env is None else env
    if sys.platform in ("darwin", "win32"):  # pragma: no cover - the platforms CI does not run
        from platformdirs import user_config_path

        return user_config_path(APP) / FILE_NAME
    base = env.get("XDG_CONFIG_HOME", "")
    folder = Path(base) if os.path.isabs(base) else Path.home() / ".config"
    return folder / APP / FILE_NAME


def load_config(path: Path | None = None, *, required: bool = False) -> Config:
    """Read and check the config file at ``path`` (the default path when None).

    Args:
        path: the file to read; None looks at ``default_config_path()``.
        required: the user named the file (``--config``): a missing file is an error too.

    Returns:
        The settings found; an empty ``Config`` when the default file does not exist.

    Raises:
        UsageError: the file cannot be read, is not UTF-8 TOML, or holds an unknown key or a bad value;
            the message names the file.
    """
    path = default_config_path() if path is None else path
    try:
        data = _read(path)
    except FileNotFoundError:
        if path.is_symlink():  # a link left pointing nowhere: the file meant is gone, which is worth a word
            raise UsageError("a symbolic link to a file that does not exist", origin=f"config {path}") from None
        if required:
            raise UsageError("no such file", origin=f"config {path}") from None
        return Config()
    except OSError as error:
        raise UsageError(os_reason(error), origin=f"config {path}") from None
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark (some editors write one) is not TOML
    except UnicodeDecodeError:
        raise UsageError("not UTF-8 text", origin=f"config {path}") from None
    import tomllib

    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"not valid TOML: {error}", origin=f"config {path}") from None
    except RecursionError:  # tomllib reads arrays and inline tables by recursion: ~500 levels fill the stack
        raise UsageError("not valid TOML: nested too deeply", origin=f"config {path}") from None
    except ValueError:  # Python's int() refuses a decimal integer of more than 4,300 digits
        raise UsageError(_long_number(text), origin=f"config {path}") from None
    try:
        return _checked(table, path)
    except ValueError as error:
        raise UsageError(str(error), origin=f"config {path}") from None


def _long_number(text: str) -> str:
    """What is wrong with a TOML text ``tomllib`` refused with a plain ValueError: a decimal integer too long
    for Python to read (``sys.get_int_max_str_digits``), named by its key and line when found."""
    import re
    import sys

    limit = sys.get_int_max_str_digits() or 4300
    reason = f"a number of more than {limit:,} digits"
    found = re.search("[0-9_]{" + str(limit + 1) + ",}", text)
    if found is None:
        return f"not valid TOML: {reason}"
    line = text.count("\n", 0, found.start()) + 1
    start = text.rfind("\n", 0, found.start()) + 1
    key = re.match(r"\s*([A-Za-z0-9_-]+)\s*=", text[start : found.start()])
    if key is not None:
        return f"{key.group(1)} is {reason} (at line {line})"
    return f"not valid TOML: {reason} (at line {line})"


def _read(path: Path) -> bytes:
    """The file's bytes (``os.devnull`` reads as empty); a folder, a pipe or device (never waited on: a pipe
    could hold the start forever), or a file over ``MAX_BYTES`` is refused with an OSError."""
    if str(path) == os.devnull:
        return b""
    from newstui.atomic_file import read_regular

    try:
        return read_regular(path, MAX_BYTES)
    except OSError as error:
        if error.errno == errno.EFBIG:
            raise OSError(errno.EFBIG, f"larger than {MAX_BYTES // 1024} KiB") from None
        raise


def _checked(table: dict[str, Any], path: Path) -> Config:
    """``table`` as a ``Config``; ValueError names the first key that is unknown or wrong."""
    unknown = sorted(set(table) - set(CONFIG_KEYS))
    if unknown:
        raise ValueError(f"unknown setting {unknown[0]!r} (known: {', '.join(CONFIG_KEYS)})")
    values: dict[str, Any] = {"path": path}
    for key, allowed in _CHOICES.items():
        if key in table:
            value = table[key]
            if value not in allowed:
                raise ValueError(f"{key} must be one of {', '.join(map(repr, allowed))}, not {_shown(value)}")
            values[key] = value
    for key in _SWITCHES:
        if key in table:
            if not isinstance(table[key], bool):
                raise ValueError(f"{key} must be true or false, not {_shown(table[key])}")
            values[key] = table[key]
    if "timeout" in table:
        values["timeout"] = timeout_seconds(table["timeout"])
    if "refresh" in table:
        values["refresh"] = refresh_minutes(table["refresh"])
    if "theme" in table:
        from newstui.theme_memory import THEME_NAME

        theme = table["theme"]
        if not isinstance(theme, str) or not THEME_NAME.fullmatch(theme):
            raise ValueError(f'theme must be a theme\'s name such as "textual-light", not {_shown(theme)}')
        values["theme"] = theme
    if "sources" in table:
        values["sources"] = _sources(table["sources"], path.parent)
    if "directions" in table:
        values["directions"] = _directions(table["directions"], path.parent)
    return Config(**values)


MAX_TIMEOUT: Final = 3600.0
"""Longest overall limit per web request, in seconds (a longer wait is a hang, not a timeout)."""


def timeout_seconds(value: object, name: str = "timeout") -> float:
    """``value`` as the seconds a web request may take: above 0, at most ``MAX_TIMEOUT``; ValueError otherwise
    (naming the setting ``name``: the config file's key, or the option on the command line)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_TIMEOUT:
        raise ValueError(f"{name} must be a number of seconds above 0, at most {MAX_TIMEOUT:g}; not {_shown(value)}")
    return float(value)


MIN_REFRESH: Final = 1.0
"""Fewest minutes between timed reloads (a feed polled more often than this gains nothing)."""


def refresh_minutes(value: object, name: str = "refresh") -> float:
    """``value`` as minutes between timed reloads: 0 (never) or at least ``MIN_REFRESH``; ValueError otherwise
    (naming the setting ``name``)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ValueError(f"{name} must be a number of minutes, not {_shown(value)}")
    if value != 0 and not MIN_REFRESH <= value < float("inf"):
        raise ValueError(f"{name} must be 0 (never) or at least {MIN_REFRESH:g} minute, not {_shown(value)}")
    return float(value)


def _sources(value: object, folder: Path) -> tuple[str, ...]:
    """The ``sources`` list: URLs as they are, paths with ``~`` expanded and made relative to ``folder``."""
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise ValueError(f"sources must be a list of paths and web addresses, not {_shown(value)}")
    if len(value) > MAX_SOURCES:
        raise ValueError(f"sources lists {len(value):,} entries; at most {MAX_SOURCES:,}")
    return tuple(_resolved(item, folder) for item in value)


def _resolved(item: str, folder: Path) -> str:
    """A source as the file names it: a URL as written, a path with ``~`` expanded and relative to ``folder``."""
    item = item.strip()
    if is_url(item):
        return item
    expanded = os.path.expanduser(item)
    if expanded.startswith("~") and not os.path.lexists(Path(os.path.realpath(folder)) / expanded):
        # expanduser leaves a home folder it cannot find as written: no such user, unless a file or folder of
        # that name stands beside the config file ("~drafts.txt"), as the command line reads it too.
        home = expanded.split("/", 1)[0]
        reason = "no home folder is known" if home == "~" else "no such user"
        raise ValueError(f"{reason}: {home if len(home) <= 40 else home[:39] + '…'} (in {_shown(item)})")
    if os.path.isabs(expanded):
        return expanded
    # "../news/" of a config folder that is a link (a dotfiles checkout) is beside the folder linked to: the
    # folder's real path is joined, and only then is ".." tidied away.
    return os.path.normpath(Path(os.path.realpath(folder)) / expanded)


def _directions(value: object, folder: Path) -> tuple[tuple[str, str], ...]:
    """The ``[directions]`` table: each source (resolved as in ``sources``) with ``auto``, ``rtl`` or ``ltr``."""
    if not isinstance(value, dict):
        raise ValueError(f"directions must be a table of sources and directions, not {_shown(value)}")
    if len(value) > MAX_SOURCES:
        raise ValueError(f"directions lists {len(value):,} sources; at most {MAX_SOURCES:,}")
    allowed = _CHOICES["direction"]
    found: list[tuple[str, str]] = []
    for source, direction in value.items():
        if not source.strip():
            raise ValueError("directions: a source name is empty")
        if direction not in allowed:
            shown = ", ".join(map(repr, allowed))
            raise ValueError(f"directions: {_shown(source)} must be one of {shown}, not {_shown(direction)}")
        found.append((_resolved(source, folder), direction))
    return tuple(found)


def _shown(value: object) -> str:
    """A value as an error message quotes it (cut short; a whole float as the number it is: ``0``, not ``0.0``)."""
    text = f"{value:g}" if isinstance(value, float) and value == value and abs(value) < 1e16 else repr(value)
    if isinstance(value, float) and text != repr(value) and float(text) != value:
        text = repr(value)  # ``:g`` rounds to 6 digits: ``3600.0000001`` is no 3600
    return text if len(text) <= 40 else text[:39] + "…"
