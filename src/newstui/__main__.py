"""Entry point for ``python -m newstui`` and the ``newstui`` command."""

from __future__ import annotations

import sys


def run() -> int:
    """``cli.main``; Ctrl-C while the command line's module is still being imported is status 130 too, no traceback."""
    try:
        from newstui.cli import main
    except KeyboardInterrupt:
        if sys.stderr is not None:
            sys.stderr.write("\n")
        return 130
    return main()


if __name__ == "__main__":  # importing the module (runpy, multiprocessing, tools) must not run the CLI
    raise SystemExit(run())
