"""newstui: a terminal news reader that renders right-to-left Arabic correctly."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
