"""The reference sample's layout in every checkout: our golden_layout.txt always, the sample itself where present.

The reference sample lies outside the repository (../shared/samples next to it on the machine it came from).
Tests of that layout are parametrized over ``layout_cases(golden, reference)``: the "golden" case always runs,
the "reference" case is skipped with ``REFERENCE_MISSING`` as its reason where the file is absent (a clean
clone, an sdist, CI), never dropped from collection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "fixtures" / "plaintext" / "golden_layout.txt"
"""Our own article (own wording) laid out line by line as the reference sample is."""
REFERENCE = ROOT.parent / "shared" / "samples" / "000_c09c5e9696860b00.txt"
"""The reference sample, next to the repository on the machine it came from; not part of the repository."""
REFERENCE_MISSING = (
    f"reference sample not found: {REFERENCE} (not in the repository; golden_layout.txt covers its layout)"
)
skip_without_reference = pytest.mark.skipif(not REFERENCE.is_file(), reason=REFERENCE_MISSING)


def reference_present() -> bool:
    """Whether the reference sample is there to test too."""
    return REFERENCE.is_file()


def layout_cases(golden: object, reference: object) -> list[Any]:
    """``[golden, reference]`` as pytest parameters with ids "golden" and "reference"; the reference's is skipped,
    its reason shown, where the sample is absent."""
    return [
        pytest.param(golden, id="golden"),
        pytest.param(reference, id="reference", marks=skip_without_reference),
    ]


def layout_paragraphs(path: Path) -> list[str]:
    """The non-empty lines of a file in the layout, stripped (one paragraph, marker or list item each)."""
    return [line.strip() for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
