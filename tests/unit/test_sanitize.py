"""sanitize_text / sanitize_line: nothing dangerous reaches the model, the screen or JSON."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstui.text import sanitize
from newstui.text.sanitize import MAX_MARKS, sanitize_line, sanitize_text

BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def has_control(text: str, *, allow_newline: bool) -> bool:
    return any(
        (unicodedata.category(c) == "Cc" and not (allow_newline and c == "\n")) or c in BIDI_CONTROLS or c == "\ufeff"
        for c in text
    )


CASES = [
    ("osc-title-bel", "a\x1b]2;PWNED\x07b", "a␛]2;PWNED␇b"),
    ("osc-title-st", "a\x1b]2;PWNED\x1b\\b", "a␛]2;PWNED␛\\b"),
    ("osc52", "\x1b]52;c;aGk=\x07", "␛]52;c;aGk=␇"),
    ("csi-clear", "\x1b[2J\x1b[H", "␛[2J␛[H"),
    ("c1-csi", "x\x9b31my", "x\ufffd31my"),
    ("backspaces", "safe\b\b\b\bEVIL", "safe␈␈␈␈EVIL"),
    ("carriage-return", "good\rEVIL", "good\nEVIL"),
    ("crlf", "one\r\ntwo", "one\ntwo"),
    ("nul-del", "a\x00b\x7fc", "a␀b␡c"),
    ("tab", "a\tb", "a    b"),
    ("line-separators", "a\u2028b\u2029c\x85d", "a\nb\nc\nd"),
    ("rlo-trojan", "abc\u202eDEF\u202c ghi", "abcDEF ghi"),
    ("isolates", "\u2067عربي\u2069", "عربي"),
    ("bom", "\ufeffنص", "نص"),
    ("markup-kept-literal", "[bold red]x[/] [/ [@click=app.quit]", "[bold red]x[/] [/ [@click=app.quit]"),
    ("arabic-harakat-kept", "شاملاً يُشارك", "شاملاً يُشارك"),
    ("zwj-zwnj-kept", "می\u200cخواهم", "می\u200cخواهم"),
    ("rlm-kept-for-the-algorithm", "نص\u200f عربي", "نص\u200f عربي"),
]


class TestSanitizeText:
    @pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
    def test_table(self, raw: str, expected: str) -> None:
        """Each hostile or ordinary input maps to its visible, safe form."""
        assert sanitize_text(raw) == expected

    def test_mark_flood_is_capped(self) -> None:
        """10,000 combining marks on one letter are cut to MAX_MARKS."""
        assert sanitize_text("a" + "\u0301" * 10_000) == "a" + "\u0301" * MAX_MARKS

    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def test_output_has_no_control_but_newline(self, text: str) -> None:
        """Whatever comes in, only \\n survives among controls, and no bidi override or BOM."""
        assert not has_control(sanitize_text(text), allow_newline=True)

    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def test_idempotent(self, text: str) -> None:
        """Sanitizing twice changes nothing more."""
        once = sanitize_text(text)
        assert sanitize_text(once) == once

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
    def test_length_is_bounded(self, text: str) -> None:
        """The result is never more than four times the input (tabs expand to four spaces)."""
        assert len(sanitize_text(text)) <= 4 * len(text)


class TestSanitizeLine:
    @settings(max_examples=300, deadline=None)
    @given(st.text())
    def test_single_line_without_controls(self, text: str) -> None:
        """A sanitized line has no newline and no control character at all, and is idempotent."""
        line = sanitize_line(text)
        assert "\n" not in line
        assert not has_control(line, allow_newline=False)
        assert sanitize_line(line) == line

    def test_whitespace_collapses(self) -> None:
        """Newlines and runs of spaces become single spaces; ends are trimmed."""
        assert sanitize_line("  a\n\n b\t c ") == "a b c"


def _full_sanitize(text: str) -> str:
    """sanitize_text with its fast path turned off: every regular expression runs."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sanitize, "is_clean", lambda text: False)
        return sanitize.sanitize_text(text)


HARAKA = "\u064e"
SUSPECT_ALPHABET = st.sampled_from(
    [
        "a",
        "ب",
        " ",
        "\n",
        "\t",
        "\r",
        "\x1b",
        "\x85",
        "\u2028",
        "\u202e",
        "\ufeff",
        "\u200c",
        HARAKA,
        "\u0301",
        "\ufe0f",
        "\U000e0041",
        "\U000e0100",
        "\U000e0090",
        "\ud800",
    ]
)


class TestFastPath:
    @pytest.mark.parametrize(
        ("text", "clean"),
        [
            ("نص عربي عادي", True),
            ("شاملاً يُشارك", True),
            ("ب" + HARAKA * MAX_MARKS, True),
            ("ب" + HARAKA * (MAX_MARKS + 1), False),
            (("بَ" * 40), False),
            ("a\tb", False),
            ("a\u202eb", False),
            ("tag\U000e0041", False),
            ("unassigned\U000e0090", False),
            ("no change needed\n", True),
        ],
        ids=["plain", "harakat", "eight-marks", "nine-marks", "many-short-runs", "tab", "rlo", "tag", "gap", "newline"],
    )
    def test_is_clean(self, text: str, clean: bool) -> None:
        """is_clean is True only for text sanitize_text leaves alone (False may also mean "not sure")."""
        assert sanitize.is_clean(text) is clean
        if clean:
            assert sanitize_text(text) == text

    def test_many_short_runs_are_unchanged(self) -> None:
        """Heavily vocalised text takes the full path and still comes back unchanged."""
        text = "بَ" * 40
        assert sanitize_text(text) == text

    def test_supplementary_variation_selectors_are_capped(self) -> None:
        """The non-BMP marks count towards a flood like the others."""
        assert sanitize_text("a" + "\U000e0100" * 20) == "a" + "\U000e0100" * MAX_MARKS

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet=SUSPECT_ALPHABET, max_size=60))
    def test_same_as_full_path(self, text: str) -> None:
        """With or without the fast path, sanitize_text gives the same result; is_clean never lies."""
        full = _full_sanitize(text)
        assert sanitize_text(text) == full
        if sanitize.is_clean(text):
            assert full == text


def test_sanitize_line_collapses_every_whitespace_like_the_regex() -> None:
    """``sanitize_line`` (str.split) agrees with a \\s+ collapse for every code point, alone and in runs."""
    import re
    import sys

    from newstui.text.sanitize import sanitize_line, sanitize_text

    spaces = re.compile(r"\s+")
    chars = [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF]
    for start in range(0, len(chars), 4096):
        chunk = chars[start : start + 4096]
        text = "a" + "x".join(chunk) + "  b \t" + "".join(chunk[:50])
        assert sanitize_line(text) == spaces.sub(" ", sanitize_text(text)).strip()
