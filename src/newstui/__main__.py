"""Entry point for ``python -m newstui`` and the ``newstui`` command."""

from __future__ import annotations

import sys


def run() -> int:
    """``cli.main``; Ctrl-C while the command line's module is still being imported is status 130 too, no traceback."""
    _utf8_mode()
    try:
        from newstui.cli import main
    except KeyboardInterrupt:
        if sys.stderr is not None:
            sys.stderr.write("\n")
        return 130
    return main()


def _utf8_mode() -> None:
    """In an ASCII locale (``LC_ALL=C`` with ``PYTHONUTF8=0``) start again in Python's UTF-8 mode.

    There Python reads file names and arguments as ASCII: ``خبر.txt`` would be a name of escaped bytes,
    shown as ``������.txt`` and hashed into another id than in any other locale. Output is UTF-8
    anyway (``cli.utf8_stream``); the UTF-8 mode makes names, arguments and standard streams agree.
    Nothing has been read yet, so the new process sees what this one would have.
    """
    import os

    if sys.flags.utf8_mode or sys.platform == "win32" or sys.getfilesystemencoding().lower() != "ascii":
        return
    argv = list(getattr(sys, "orig_argv", ()))
    if not argv or not sys.executable:
        return
    try:
        os.execv(sys.executable, [sys.executable, "-X", "utf8", *argv[1:]])
    except OSError:
        return  # go on as before: only names outside ASCII suffer


if __name__ == "__main__":  # importing the module (runpy, multiprocessing, tools) must not run the CLI
    raise SystemExit(run())
