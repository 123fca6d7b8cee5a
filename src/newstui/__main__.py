"""Entry point for ``python -m newstui``."""

from newstui.cli import main

raise SystemExit(main())
