"""The benchmark cases, in the order the suite runs them (fast in-process ones first)."""

from __future__ import annotations

from benchmarks.cases import cli, index, keys, parse, pipeline, startup
from benchmarks.runner import Case

ALL_CASES: list[Case] = [
    *cli.CASES,
    *pipeline.CASES,
    *parse.CASES,
    *keys.CASES,
    *index.CASES,
    *startup.CASES,
]

REPORT_ORDER: tuple[str, ...] = (
    "B2", "B2b", "B2c", "B2d", "B2dw", "B2f", "B1v", "B1h", "B3", "B3m", "B3b", "B4", "B4b", "B5", "B6", "B6c",
    "B6f", "B7", "B7w", "B7f", "B7b", "B8", "B9", "B9b", "B9c", "B10", "B10b", "B11a", "B11b", "B11c", "B11cw",
    "B11f",
)  # fmt: skip
"""Row order of the report: the issue's table order (the run order differs: fast cases first)."""
