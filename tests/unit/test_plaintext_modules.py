"""The plain-text format's line helpers live in modules of one job each: lines, credits, addresses, keywords, byline."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import newstui.parse

JOBS = {
    "plaintext_lines": {"Line", "classify", "classified_lines", "classified_with_rules", "headline_like", "lead_title"},
    "plaintext_credits": {"author_credit", "credit_line", "place_shaped"},
    "plaintext_addresses": {"address_of", "address_title", "site_path", "split_url"},
    "plaintext_keywords": {"is_hashtags", "split_keywords"},
    "plaintext_byline": {"Head", "breadcrumb", "headline_below_dates", "looks_like_site_name", "read_head"},
}
PARSE_DIR = Path(newstui.parse.__file__).parent


@pytest.mark.parametrize("module", sorted(JOBS))
def test_each_name_is_defined_in_its_module(module: str) -> None:
    loaded = importlib.import_module(f"newstui.parse.{module}")
    for name in JOBS[module]:
        assert getattr(loaded, name).__module__ == loaded.__name__, name
        assert name in loaded.__all__, name


def test_line_classification_holds_no_other_job() -> None:
    """``plaintext_lines`` neither defines nor re-exports the credits, addresses, keywords or byline reading."""
    lines = importlib.import_module("newstui.parse.plaintext_lines")
    others = set().union(*(names for module, names in JOBS.items() if module != "plaintext_lines"))
    assert others.isdisjoint(lines.__all__)
    on_top = JOBS["plaintext_keywords"] | JOBS["plaintext_byline"]
    assert not [name for name in on_top if hasattr(lines, name)]


def _siblings(module: str) -> set[str]:
    """The ``newstui.parse.plaintext*`` modules ``module`` imports."""
    tree = ast.parse((PARSE_DIR / f"{module}.py").read_text(encoding="utf-8"))
    found = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    return {name.rpartition(".")[2] for name in found if name.startswith("newstui.parse.plaintext")}


def test_no_import_cycle_among_the_line_helpers() -> None:
    """Addresses and credits stand alone; lines use only them; keywords and the byline reading sit on top."""
    assert _siblings("plaintext_addresses") == set()
    assert _siblings("plaintext_credits") == {"plaintext_dates"}
    assert _siblings("plaintext_lines") == {"plaintext_addresses", "plaintext_credits", "plaintext_dates"}
    assert _siblings("plaintext_keywords") == {"plaintext_addresses", "plaintext_dates"}
    assert _siblings("plaintext_byline") == {
        "plaintext_addresses",
        "plaintext_credits",
        "plaintext_dates",
        "plaintext_lines",
    }
