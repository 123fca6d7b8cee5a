"""sanitize_text / sanitize_line: nothing dangerous reaches the model, the screen or JSON."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hang_guard import guarded
from newstui.text import sanitize
from newstui.text.sanitize import MAX_MARKS, pasted_line, pasted_path, sanitize_line, sanitize_text, visible_path

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
        "\u200f",  # RLM: zero-width, counts in a mark run
        "\u200b",  # ZWSP
        "\u0951",  # Devanagari udatta, outside the old mark set
        "\U0001d165",  # musical combining stem (Mc, astral)
        "\U0001f600",  # an emoji: an astral base
        "\U0001f3fd",  # a skin-tone modifier: zero-width for Rich
        "\U0001e900",  # an Adlam letter: a base inside an astral block that holds marks
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
            ("unassigned\U000e0090", True),  # a default-ignorable: zero-width, one alone is kept
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


# Zero-width runs: marks of every kind and the format characters between them count as one run.


def zero_width(char: str) -> bool:
    """The oracle, independent of the sanitizer's table: a mark or format character, or 0 cells for Rich.

    Controls and line separators are left out: the sanitizer replaces them before it counts.
    """
    from rich.cells import get_character_cell_size

    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Mc", "Cf"):
        return True
    return category not in ("Cc", "Cs") and char not in "\u2028\u2029" and get_character_cell_size(char) == 0


def longest_zero_width_run(text: str) -> int:
    """The most zero-width code points in a row in ``text`` (per the oracle)."""
    longest = run = 0
    for char in text:
        run = run + 1 if zero_width(char) else 0
        longest = max(longest, run)
    return longest


def reference_cap(text: str) -> str:
    """What sanitize_text does to control-free text: each zero-width run keeps its first MAX_MARKS code points."""
    out, run = [], 0
    for char in text:
        run = run + 1 if zero_width(char) else 0
        if run <= MAX_MARKS:
            out.append(char)
    return "".join(out)


FATHA, RLM, ZWSP = "\u064e", "\u200f", "\u200b"

# Each one got past the old cap (each run of 8 was counted apart, or the marks were not in its set).
BYPASSES = [
    ("marks-split-by-rlm", "ب" + (FATHA * 8 + RLM) * 2000),
    ("marks-split-by-zwsp", "X" + ("\u0301" * 8 + ZWSP) * 2000),
    ("marks-split-by-lrm", "a" + ("\u0301" * 8 + "\u200e") * 500),
    ("marks-split-by-alm", "ب" + (FATHA * 8 + "\u061c") * 500),
    ("marks-split-by-word-joiner", "a" + ("\u0301" * 8 + "\u2060") * 500),
    ("marks-split-by-mixed-format", "ب" + (FATHA * 5 + "\u200b\u200e\u200f\u2060\u2063") * 500),
    ("rlm-flood", "ب" + RLM * 5000),
    ("zwsp-flood", "a" + ZWSP * 5000),
    ("devanagari-udatta", "क" + "\u0951" * 5000),
    ("tibetan-vowel-e", "ཀ" + "\u0f7a" * 5000),
    ("vedic-tone", "a" + "\u1cd0" * 5000),
    ("musical-stem-mc-astral", "x" + "\U0001d165" * 5000),
    ("myanmar-mc", "က" + "\u102c" * 5000),
    ("tamil-mc", "க" + "\u0bbe" * 5000),
    ("hangul-medial-vowels", "\u1100" + "\u1161" * 5000),
    ("skin-tone-modifiers", "\U0001f44d" + "\U0001f3fd" * 5000),
    ("brahmi-astral-marks", "\U00011013" + "\U00011038" * 5000),
]


class TestZeroWidthRuns:
    @pytest.mark.parametrize("attack", [b[1] for b in BYPASSES], ids=[b[0] for b in BYPASSES])
    def test_bypass_is_capped(self, attack: str) -> None:
        """However marks and format characters are mixed, at most MAX_MARKS of them follow one base."""
        text = "قبل " + attack + " بعد\n"
        out = sanitize_text(text)
        assert longest_zero_width_run(out) <= MAX_MARKS
        assert out == reference_cap(text)  # the first MAX_MARKS of the run are kept, the rest dropped
        assert out.startswith("قبل " + attack[0]) and out.endswith(" بعد\n")
        assert longest_zero_width_run(sanitize_line(text)) <= MAX_MARKS

    def test_rlm_split_run_keeps_its_first_marks(self) -> None:
        """The audit's case: 8 fathas and an RLM, 2,000 times, become one letter with 8 fathas."""
        assert sanitize_text("ب" + (FATHA * 8 + RLM) * 2000 + " عربي") == "ب" + FATHA * 8 + " عربي"

    def test_run_split_by_a_removed_override_is_one_run(self) -> None:
        """Bidi overrides are removed before the marks are counted, so they do not split a run either."""
        assert sanitize_text("a" + ("\u0301" * 8 + "\u202e") * 100) == "a" + "\u0301" * MAX_MARKS


# Real text that must come back exactly as it went in.
LEGITIMATE = [
    ("arabic-shadda-fatha-tanween", "بًّ مُحَمَّدٌ رَبَّنَا"),
    ("arabic-quranic", "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝١"),
    ("arabic-rlm-after-harakat", "نصٌّ\u200f عربي"),
    ("arabic-alm-before-digits", "\u061c١٢٣ و\u061c456"),
    ("persian-zwnj", "می\u200cخواهم کتاب\u200cها"),
    ("emoji-family-zwj", "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"),
    ("emoji-skin-tones", "\U0001f44d\U0001f3fd \U0001f469\U0001f3ff\u200d\U0001f4bb"),
    (
        "emoji-family-with-tones",
        "\U0001f468\U0001f3fb\u200d\U0001f469\U0001f3fb\u200d\U0001f467\U0001f3fb\u200d\U0001f466\U0001f3fb",
    ),
    ("emoji-flags", "\U0001f1f8\U0001f1e6\U0001f1ea\U0001f1ec\U0001f1f2\U0001f1e6"),
    ("emoji-keycaps", "1\ufe0f\u20e3#\ufe0f\u20e3*\ufe0f\u20e3"),
    ("emoji-zwj-with-vs16", "\U0001f3f3\ufe0f\u200d\U0001f308 \u2764\ufe0f\u200d\U0001f525"),
    ("emoji-many-in-a-row", "\U0001f600" * 40 + "\U0001f44d\U0001f3fd" * 20),
    ("devanagari", "क्षत्रिय हिन्दी श्रीमद्भगवद्गीता"),
    ("vedic-accents", "अ॒ग्निमी॑ळे पु॒रोहि॑तं"),
    ("thai-tone-marks", "สวัสดีครับ น้ำ ก้ำ"),
    ("thai-repeated-mai-yamok", "มากๆๆๆๆๆๆๆๆๆๆ"),  # U+0E46 is a letter (Lm); the old mark set cut it
    ("hebrew-points-and-cantillation", "בְּרֵאשִׁ֖ית בָּרָ֣א"),
    ("myanmar", "မြန်မာ ကျွန်ုပ်"),
    ("tamil", "தமிழ் நாடு"),
    ("tibetan", "བོད་སྐད་ རྒྱ་"),
    ("korean-nfd", unicodedata.normalize("NFD", "한국어 뉴스")),
    ("mongolian-fvs", "ᠠ\u180b ᠬ\u180c"),
    ("soft-hyphen", "Donau\u00addampf\u00adschiff"),
    ("eight-mixed", "a" + "\u0301\u200b\u0302\u200f\u0303\u2060\u0304\u200d"),
    ("math-letters", "\U0001d41a\U0001d41b\U0001d41c" * 10),
]


class TestLegitimateText:
    @pytest.mark.parametrize("text", [c[1] for c in LEGITIMATE], ids=[c[0] for c in LEGITIMATE])
    def test_unchanged(self, text: str) -> None:
        """Real orthography, emoji sequences and joiners stay as they are, with and without the fast path."""
        assert longest_zero_width_run(text) <= MAX_MARKS
        assert sanitize_text(text) == text
        assert _full_sanitize(text) == text
        assert sanitize_line(text) == text


ZERO_WIDTH_SAMPLE = [
    FATHA,
    "\u0651",
    "\u0301",
    "\u0951",
    "\u0f7a",
    "\u1cd0",
    "\u093e",
    "\U0001d165",
    "\U00011038",
    ZWSP,
    "\u200c",
    "\u200d",
    "\u200e",
    RLM,
    "\u061c",
    "\u2060",
    "\u00ad",
    "\u034f",
    "\u180b",
    "\ufe0f",
    "\u20e3",
    "\U000e0100",
    "\U0001f3fd",
    "\u1161",
]
BASE_SAMPLE = ["a", "ب", "क", " ", "\U0001f600", "\u1100", "\U0001d15e", "\U0001e900", "\U00011013"]
INTERLEAVINGS = st.lists(
    st.tuples(st.sampled_from(BASE_SAMPLE), st.lists(st.sampled_from(ZERO_WIDTH_SAMPLE), max_size=30)), max_size=8
).map(lambda parts: "".join(base + "".join(marks) for base, marks in parts))


class TestZeroWidthProperties:
    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(ZERO_WIDTH_SAMPLE), max_size=40), INTERLEAVINGS)
    def test_random_interleavings_never_exceed_the_cap(self, lead: list[str], text: str) -> None:
        """Any mix of marks and format characters comes out as runs of at most MAX_MARKS, the first ones kept."""
        text = "".join(lead) + text
        out = sanitize_text(text)
        assert longest_zero_width_run(out) <= MAX_MARKS
        assert out == reference_cap(text)
        assert sanitize_text(out) == out
        if sanitize.is_clean(text):
            assert out == text

    def test_every_zero_width_code_point_is_counted(self) -> None:
        """The sanitizer's class holds every mark, format character and 0-cell character of this Python and Rich.

        (Less the ones it removes or replaces first.) Planes 4-13 are unassigned and 15-16 are private use.
        It may hold more: code points this Python does not know yet (newer marks Rich already measures).
        """
        import re
        from itertools import chain

        counted = re.compile(f"[{sanitize._ZERO_WIDTH_BMP}{sanitize._ZERO_WIDTH_ASTRAL}]")
        replaced = sanitize._NEEDS_WORK.get()
        blocks = re.compile(f"[{sanitize._ZERO_WIDTH_BLOCKS}]")
        missing, extra, both, outside = [], [], [], []
        for code in chain(range(0xD800), range(0xE000, 0x40000), range(0xE0000, 0xF0000)):
            char = chr(code)
            is_counted = counted.match(char) is not None
            is_replaced = replaced.match(char) is not None
            if is_counted and is_replaced:
                both.append(hex(code))
            if zero_width(char) and not is_replaced and not is_counted:
                missing.append(hex(code))
            if is_counted and not zero_width(char) and unicodedata.category(char) != "Cn":
                extra.append(hex(code))
            if is_counted and code > 0xFFFF and blocks.match(char) is None:
                outside.append(hex(code))
        assert not missing, f"zero-width code points the cap does not count: {missing[:40]}"
        assert not extra, f"counted as zero-width but visible: {extra[:40]}"
        assert not both, f"counted and also removed or replaced: {both[:40]}"
        assert not outside, f"astral zero-width code points outside _ZERO_WIDTH_BLOCKS: {outside[:40]}"
        assert all(c <= "\uffff" for c in sanitize._ZERO_WIDTH_BMP)
        assert all(c > "\uffff" or c == "-" for c in sanitize._ZERO_WIDTH_ASTRAL)


def test_cli_print_and_json_are_capped(tmp_path: Path) -> None:
    """End to end: the audit's three files come out of --print and --json with no run over the cap."""
    import json
    import os
    import subprocess
    import sys

    import newstui

    head = "وكالة – سياسة\n\n"
    files = {
        "rlm.txt": head + "ب" + (FATHA * 8 + RLM) * 2000 + " عربي\n",
        "zwsp.txt": head + "X" + ("\u0301" * 8 + ZWSP) * 2000 + " end\n",
        "marks.txt": head
        + "क"
        + "\u0951" * 5000
        + " ཀ"
        + "\u0f7a" * 5000
        + " a"
        + "\u1cd0" * 5000
        + " x"
        + "\U0001d165" * 5000
        + "\n",
    }
    paths = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    src = str(Path(newstui.__file__).resolve().parents[1])
    env = {**os.environ, "NEWSTUI_BIDI": "", "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    for mode in ("--print", "--json"):
        proc = subprocess.run(
            [sys.executable, "-m", "newstui", mode, "-w", "60", *paths],
            capture_output=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
            check=True,
        )
        out = proc.stdout.decode("utf-8")
        if mode == "--json":
            out = json.dumps(json.loads(out), ensure_ascii=False)
        assert longest_zero_width_run(out) <= MAX_MARKS, mode
        assert out.count(RLM) <= MAX_MARKS
        assert "عربي" in out or "\ufef2\ufe91\ufeae\ufecb" in out  # the word after the flood survives


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("see http://news.example/\u202etxt.exe now", "see http://news.example/%E2%80%AEtxt.exe now"),
        ("https://x.example/a\u2066b\u2069 and \u202eword", "https://x.example/a%E2%81%A6b%E2%81%A9 and word"),
        ("no address \u202ehere", "no address here"),  # in text, the control is dropped as before
    ],
    ids=["rlo-in-address", "isolates-in-address", "text-only"],
)
def test_a_bidi_control_in_an_address_is_escaped_not_dropped(text: str, clean: str) -> None:
    """Dropping the RLO from …/<RLO>txt.exe would leave another address: it is percent-encoded (as a browser
    sends it), so the address is the same and shows what it holds."""
    assert sanitize_line(text) == clean
    assert sanitize_line(clean) == clean


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("plain", "plain"),
        ("a\tb", "a b"),
        ("first\nsecond", "first"),
        ("first\r\nsecond", "first"),
        ("first\u2028second", "first"),
        ("\x1b[31mred\x07", "[31mred"),
        ("\u202eevil\u202c \u2067x\u2069", "evil x"),
        ("\x85next", ""),
        ("سلام\u200fعليكم", "سلام\u200fعليكم"),
    ],
    ids=["plain", "tab", "lf", "crlf", "line-separator", "escape-and-bell", "overrides-isolates", "nel", "rlm-kept"],
)
def test_pasted_line(pasted: str, expected: str) -> None:
    """A paste into a one-line box: its first line, tabs as spaces, controls and overrides dropped."""
    assert pasted_line(pasted) == expected


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("news/abc\u202edef.txt\nsecond", "news/abc\\u202edef.txt"),
        ("أخبار/خبر\u2067اليوم\u2069.txt", "أخبار/خبر\\u2067اليوم\\u2069.txt"),
        ("a\tb\x1bc\x7fd.txt", "a bcd.txt"),
        ("name\xa0with\u200fmark.txt", "name\\xa0with\\u200fmark.txt"),
        ("می\u200cخواهم.txt", "می\u200cخواهم.txt"),
    ],
    ids=["override", "isolates", "tab-c0-del", "nbsp-and-mark", "zwnj-kept"],
)
def test_pasted_path(pasted: str, expected: str) -> None:
    """A path pasted into the Open box: its first line, hidden characters written as the path is shown (C0 dropped)."""
    assert pasted_path(pasted) == expected
    assert visible_path(pasted.split("\n")[0].replace("\t", " ")).replace("␛", "").replace("␡", "") == expected


OLD_URL_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")
"""The address pattern as first written (tried from every letter): the reference for what is escaped."""


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "Z", "1", "+", ".", "-", "://", ":", "/", " ", "\u202e", "\t", "é", "x"]), max_size=24
    )
)
def test_addresses_are_found_as_the_first_pattern_found_them(pieces: list[str]) -> None:
    """Escaping bidi controls in addresses: the same result as the pattern tried from every letter."""
    text = "".join(pieces)
    escaped = OLD_URL_TOKEN.sub(sanitize._escape_drops, text)
    assert sanitize._URL_TOKEN.sub(sanitize._escape_drops, text) == escaped


@pytest.mark.parametrize(
    "run", ["a" * 200_000, "a1" * 100_000, "1a" * 100_000], ids=["letters", "letter-digit", "digit-letter"]
)
def test_a_long_run_of_letters_is_tried_once(run: str) -> None:
    """A long run of letters before an address is one attempt, not one per letter (a 40,000-letter run
    took 6.7 s; this one would take minutes)."""
    text = run + "\t x://y\u202e"
    assert guarded(lambda: sanitize_text(text)) == run + "     x://y%E2%80%AE"


DROPPED_RANGES = [
    ("embeddings-overrides", 0x202A, 0x202E),
    ("isolates", 0x2066, 0x2069),
    ("deprecated-format-controls", 0x206A, 0x206F),
    ("interlinear-annotation", 0xFFF9, 0xFFFB),
    ("bom", 0xFEFF, 0xFEFF),
    ("tags", 0xE0000, 0xE007F),
]


@pytest.mark.parametrize(("first", "last"), [r[1:] for r in DROPPED_RANGES], ids=[r[0] for r in DROPPED_RANGES])
def test_every_dropped_code_point_is_removed_from_text_lines_and_pastes(first: int, last: int) -> None:
    """Each invisible control of a dropped range (tags spell hidden ASCII, e.g. "IGNORE") is gone from a
    story's text, a title line and a paste: none reaches the model, --json or the screen."""
    for code in range(first, last + 1):
        char = chr(code)
        text = f"ارتفعت{char} الأسعار{char * 3}\nاليوم"
        assert sanitize_text(text) == "ارتفعت الأسعار\nاليوم", hex(code)
        assert sanitize_line(text) == "ارتفعت الأسعار اليوم", hex(code)
        assert pasted_line(text) == "ارتفعت الأسعار", hex(code)


# File names that differ from "تقرير.txt" (or each other) only by a character that shows nothing or moves text.
LOOK_ALIKE_NAMES = [
    "تقرير.txt",
    "تقرير\u202e.txt",  # right-to-left override
    "\u2066تقرير\u2069.txt",  # left-to-right isolate, pop isolate
    "\u2067تقرير.txt",  # right-to-left isolate
    "\u2068تقرير.txt",  # first strong isolate
    "تقرير\u200e.txt",  # left-to-right mark
    "تقرير\u200f.txt",  # right-to-left mark
    "تقرير\n.txt",
    "تقرير\u2028.txt",
    "تقرير\u2029.txt",
    "تقرير\t.txt",
    "تقرير\ufeff.txt",
    "تقرير\u200b.txt",  # zero-width space
    "تقرير\x1b.txt",
    "تقرير\x85.txt",
    "تقرير\udc9b.txt",  # a byte of the name that is not UTF-8
    "تقرير\U000e0041.txt",  # a Unicode tag
    "تقرير\u061c.txt",  # Arabic letter mark
    "تقرير .txt",
    "تقرير\u3164.txt",  # Hangul filler, a blank letter
    "تقرير\u115f.txt",  # Hangul choseong filler
    "تقرير\u1160.txt",  # Hangul jungseong filler
    "تقرير\uffa0.txt",  # halfwidth Hangul filler
    "تقرير\u2800.txt",  # Braille pattern blank
    "تقرير\u034f.txt",  # combining grapheme joiner
    "تقرير\u17b4.txt",  # Khmer vowel inherent aq
    "تقرير\u17b5.txt",  # Khmer vowel inherent aa
    "تقرير\u180b.txt",  # Mongolian free variation selector one
    "تقرير\u180e.txt",  # Mongolian vowel separator
    "تقرير\u180f.txt",  # Mongolian free variation selector four
]
BLANK_LOOKING = "\u3164\u115f\u1160\uffa0\u2800\u034f\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f"
"""Characters that draw as a blank or as nothing though Unicode calls them printable."""


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/news/تقرير.txt", "/news/تقرير.txt"),
        ("/news/تقرير\u202etxt.exe", "/news/تقرير\\u202etxt.exe"),
        ("\u2066a\u2069/b", "\\u2066a\\u2069/b"),
        ("a\u200eb\u200fc", "a\\u200eb\\u200fc"),
        ("one\ntwo\r\nthree", "one␊two␍␊three"),
        ("a\u2028b\u2029c", "a\\u2028b\\u2029c"),
        ("a\tb", "a␉b"),
        ("red\x1b[31m\x07", "red␛[31m␇"),
        ("c1\x9b\x85", "c1\\x9b\\x85"),
        ("no\xa0break", "no\\xa0break"),
        ("two  spaces", "two  spaces"),
        ("bytes\udc9b\udcff", "bytes\\udc9b\\udcff"),
        ("می\u200cخواهم/سلام\u200d.txt", "می\u200cخواهم/سلام\u200d.txt"),
        ("شاملاً يُشارك.txt", "شاملاً يُشارك.txt"),
        ("\u0600١٢.txt", "\u0600١٢.txt"),
        ("[bold]x[/].txt", "[bold]x[/].txt"),
        ("d\u3164e.txt", "d\\u3164e.txt"),
        ("\u115f\u1160\uffa0.txt", "\\u115f\\u1160\\uffa0.txt"),
        ("خبر\u2800عاجل", "خبر\\u2800عاجل"),
        ("a\u034fb\u17b4c\u17b5", "a\\u034fb\\u17b4c\\u17b5"),
        ("x\u180by\u180ez\u180f", "x\\u180by\\u180ez\\u180f"),
        ("حب\u2764\ufe0f.txt", "حب\u2764\ufe0f.txt"),
    ],
    ids=[
        "plain-arabic",
        "rlo",
        "isolates",
        "marks",
        "line-feeds",
        "line-separators",
        "tab",
        "escape-and-bell",
        "c1",
        "no-break-space",
        "spaces-kept",
        "undecodable-bytes",
        "zwnj-zwj-kept",
        "harakat-kept",
        "arabic-number-sign-kept",
        "markup-literal",
        "hangul-filler",
        "hangul-fillers",
        "braille-blank",
        "cgj-and-khmer-inherent-vowels",
        "mongolian-selectors",
        "emoji-variation-selector-kept",
    ],
)
def test_visible_path(path: str, shown: str) -> None:
    """A path shows a C0 control as its picture (as ``sanitize_text`` does) and every other invisible, bidi or
    control character as its escape (as ``repr`` writes it), on one line; letters, marks, ZWNJ/ZWJ and spaces
    as they are."""
    assert sanitize.visible_path(path) == shown
    assert sanitize.visible_path(shown) == shown, "idempotent"


def test_look_alike_names_are_shown_apart() -> None:
    """Names that differ only by an invisible character are shown differently, and none holds a control."""
    shown = [sanitize.visible_path(name) for name in LOOK_ALIKE_NAMES]
    assert len(set(shown)) == len(LOOK_ALIKE_NAMES), shown
    assert not any(has_control(line, allow_newline=False) or not line.isprintable() for line in shown), shown
    assert not any(char in line for line in shown for char in BLANK_LOOKING), shown


_PATH_LETTERS = st.sampled_from(
    ["a", "ب", "/", ".", " ", "\u064e", "\u200c", *"\u202e\u2066\u2069\u200e\u200f\n\u2028\t\x1b\x9b\xa0\ufeff\u200b",
     *BLANK_LOOKING]
)  # fmt: skip


@given(st.lists(_PATH_LETTERS, max_size=MAX_MARKS), st.lists(_PATH_LETTERS, max_size=MAX_MARKS))
def test_two_paths_shown_alike_are_the_same_path(first: list[str], second: list[str]) -> None:
    """Over names of letters, harakat, separators and invisible characters (no backslash, no mark flood),
    ``visible_path`` is one-to-one: no two names look the same."""
    one, other = "".join(first), "".join(second)
    assert (sanitize.visible_path(one) == sanitize.visible_path(other)) == (one == other)
    assert not any(char in sanitize.visible_path(one) for char in BLANK_LOOKING)
