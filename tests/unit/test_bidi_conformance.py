"""Unicode BidiCharacterTest.txt against newstui's per-line reordering (python-bidi core + L4 probes)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from newstui.text import reorder

UNICODE_DATA = Path("/usr/share/unicode")
"""Debian's unicode-data package."""
TEST_FILE = UNICODE_DATA / "BidiCharacterTest.txt"
MIRRORING_FILE = UNICODE_DATA / "BidiMirroring.txt"
REQUIRED = 0.999
"""Share of test lines that must agree."""
BASE_DIRS = {"0": "L", "1": "R", "2": None}
"""Field 1 of a test line: LTR, RTL, or auto (P2/P3)."""
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


@dataclass(frozen=True)
class Agreement:
    """How many lines the pipeline got right, two ways."""

    total: int
    folded: int
    """Same visual string, a character and its mirror glyph counted as equal (UBA through L2)."""
    mirrored: int
    """Same visual string exactly, with odd-level characters replaced by their mirror glyph (L4)."""
    failures: tuple[str, ...]


def read_mirrors() -> dict[str, str]:
    """Bidi_Mirroring_Glyph from BidiMirroring.txt (python-bidi's table when the file is absent)."""
    if not MIRRORING_FILE.is_file():
        from bidi.mirror import MIRRORED

        return dict(MIRRORED)
    mirrors: dict[str, str] = {}
    for raw in MIRRORING_FILE.read_text(encoding="utf-8").splitlines():
        data = raw.split("#", 1)[0].strip()
        if data:
            source, target = data.split(";")
            mirrors[chr(int(source, 16))] = chr(int(target.strip(), 16))
    return mirrors


@pytest.fixture(scope="module")
def agreement() -> Agreement:
    """Run every test line once through the reordering step (L3 mark pass off, as the file excludes L3).

    Each line is ``code points;direction;paragraph level;levels;visual order``: the expected visual
    string is the characters in the order of the last field (which omits those X9 removes).
    """
    if not TEST_FILE.is_file():
        pytest.skip(f"{TEST_FILE} not found (Debian package unicode-data)")
    mirrors = read_mirrors()
    lines = [raw for raw in TEST_FILE.read_text(encoding="utf-8").splitlines() if raw and raw[0] != "#"]
    code_points = {code for raw in lines for code in raw.split(";", 1)[0].split()}
    alphabet = {chr(int(code, 16)) for code in code_points} | BIDI_CONTROLS
    # Translation tables: drop bidi controls and X9-removed characters (BN); fold c and its mirror.
    drop = {ord(ch): None for ch in alphabet if ch in BIDI_CONTROLS or unicodedata.bidirectional(ch) == "BN"}
    fold = {**{ord(ch): min(ch, mirror) for ch, mirror in mirrors.items()}, **drop}
    char = {code: chr(int(code, 16)) for code in code_points}

    total = folded = mirrored = 0
    failures = []
    for raw in lines:
        codes, direction, _level, levels, order = raw.split(";")
        text = "".join(char[code] for code in codes.split())
        resolved = levels.split()
        visual = reorder.reorder_text(text, BASE_DIRS[direction], marks=False)
        indices = [int(index) for index in order.split()]
        expected = "".join(text[i] for i in indices)
        with_l4 = "".join(mirrors.get(text[i], text[i]) if int(resolved[i]) % 2 else text[i] for i in indices)
        total += 1
        if visual.translate(fold) == expected.translate(fold):
            folded += 1
        else:
            failures.append(f"{codes};{direction}")
        if visual.translate(drop) == with_l4.translate(drop):
            mirrored += 1
    return Agreement(total, folded, mirrored, tuple(failures))


class TestBidiCharacterTest:
    """The reordering step conforms to UAX #9 (L1-L2 from python-bidi, L4 from our probes)."""

    def test_file_is_complete(self, agreement: Agreement) -> None:
        """The test file was read in full (about 91,700 lines in Unicode 15)."""
        assert agreement.total > 90_000

    def test_reordering_agrees(self, agreement: Agreement) -> None:
        """At least 99.9 % of lines give the expected visual order (mirror glyphs folded, controls ignored)."""
        print(f"BidiCharacterTest agreement {agreement.folded}/{agreement.total}")
        assert agreement.folded >= REQUIRED * agreement.total, agreement.failures[:10]

    def test_mirroring_agrees(self, agreement: Agreement) -> None:
        """At least 99.9 % of lines mirror exactly the characters at odd resolved levels (rule L4)."""
        print(f"BidiCharacterTest L4 mirroring agreement {agreement.mirrored}/{agreement.total}")
        assert agreement.mirrored >= REQUIRED * agreement.total
