"""The reader's colour theme remembered between runs: the last one chosen in the command palette."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Final

from newstui.errors import OutputError, os_reason

__all__ = ["KNOWN_THEMES", "THEME_NAME", "remember_theme", "remembered_theme", "theme_path"]

FILE_NAME: Final = "theme"
_MAX_BYTES: Final = 100
"""More than a theme's name and a line feed: a file this long holds no theme."""
_TEMP_PREFIX: Final = ".theme-"
THEME_NAME: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
"""What a theme's name looks like (Textual's are ``textual-light``, ``ansi-dark``, …)."""
KNOWN_THEMES: Final = frozenset(
    {
        "ansi-dark", "ansi-light", "atom-one-dark", "atom-one-light", "catppuccin-frappe", "catppuccin-latte",
        "catppuccin-macchiato", "catppuccin-mocha", "dracula", "flexoki", "gruvbox", "monokai", "nord",
        "rose-pine", "rose-pine-dawn", "rose-pine-moon", "solarized-dark", "solarized-light", "textual-dark",
        "textual-light", "tokyo-night",
    }
)  # fmt: skip
"""Textual's themes (8.2), so that ``--print`` and ``--json`` check a config file's theme without importing
Textual; a name not here is looked up in the Textual installed (``ui.themes``) before it is refused."""


def theme_path(env: dict[str, str] | os._Environ[str] | None = None) -> Path:
    """``$XDG_STATE_HOME/newstui/theme`` (an absolute ``XDG_STATE_HOME``, else ``~/.local/state``), worked out
    without importing platformdirs on the way to the first frame (what it answers on Linux)."""
    env = os.environ if env is None else env
    if sys.platform in ("darwin", "win32"):  # pragma: no cover - the platforms CI does not run
        from platformdirs import user_state_path

        return user_state_path("newstui") / FILE_NAME
    base = env.get("XDG_STATE_HOME", "")
    folder = Path(base) if os.path.isabs(base) else Path.home() / ".local" / "state"
    return folder / "newstui" / FILE_NAME


def remembered_theme(path: Path | None = None) -> str | None:
    """The theme chosen last, or None (none chosen yet, or a file that holds no theme's name: a FIFO or a
    device put there is neither waited on nor read)."""
    from newstui.atomic_file import read_regular

    try:
        text = read_regular(path or theme_path(), _MAX_BYTES).decode("ascii").strip()
    except (OSError, ValueError):
        return None
    return text if THEME_NAME.fullmatch(text) else None


def remember_theme(name: str, path: Path | None = None) -> None:
    """Keep ``name`` for the next run: written whole or not at all.

    Raises:
        OutputError: the state folder cannot be made or written (the system's reason).
    """
    from newstui.atomic_file import remove_stale_temps, synced_temp

    path = path or theme_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with synced_temp(path.parent, name + "\n", prefix=_TEMP_PREFIX) as temp:
            os.replace(temp, path)
    except OSError as error:
        raise OutputError(os_reason(error), origin=str(path)) from error
    remove_stale_temps(path.parent, (_TEMP_PREFIX,))  # left by a reader killed while it wrote
