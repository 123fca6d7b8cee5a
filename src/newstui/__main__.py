"""Entry point for ``python -m newstui``."""

from newstui.cli import main

if __name__ == "__main__":  # importing the module (runpy, multiprocessing, tools) must not run the CLI
    raise SystemExit(main())
