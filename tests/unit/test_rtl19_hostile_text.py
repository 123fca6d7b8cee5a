"""Audit rtl19: Arabic and Persian ZWJs reach a terminal that shapes, subdivision flags survive sanitizing and
are drawn whole, and the Basmala ligature is drawn spelled out (its text kept as written)."""

from __future__ import annotations

import json

import pytest
from rich.cells import cell_len, get_character_cell_size

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext
from newstui.text import rtl
from newstui.text.paragraphs import fold_for_drawing, split_paragraphs
from newstui.text.sanitize import is_clean, sanitize_line, sanitize_text

ZWJ = "\u200d"
# Persian: the solar-hijri abbreviation written with a ZWJ after heh, as Persian writes it.
PERSIAN = "جلسه شورا در ۱۴۰۶ ه\u200d.ش برگزار شد و گزارش آن روز بعد منتشر می\u200cشود"
ARABIC = "كتب المحرر الاختصار ع\u200d ثم الكلمة \u200dب في سطر طويل من الخبر"
EMOJI = "أطلق فريق البرمجة 👩\u200d💻 تطبيقا جديدا"


def terminal_cells(line: str) -> int:
    """The cells a terminal gives a line: each character as wcwidth counts it, a ZWJ none (it takes no cell of
    its own and swallows nothing), tags and bidi controls none."""
    return sum(get_character_cell_size(char) for char in line)


def flag(code: str) -> str:
    """A subdivision's flag: black flag, ``code`` in tag letters, cancel tag."""
    return "\U0001f3f4" + "".join(chr(0xE0000 + ord(char)) for char in code) + "\U000e007f"


ENGLAND, SCOTLAND, WALES = flag("gbeng"), flag("gbsct"), flag("gbwls")
TAGS = range(0xE0000, 0xE0080)


# -- 1. ZWJ in terminal mode -------------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 40, 20, 12, 7])
@pytest.mark.parametrize("text", [PERSIAN, ARABIC], ids=["persian", "arabic"])
def test_terminal_mode_keeps_letter_joiners(text: str, width: int) -> None:
    """Every ZWJ after or before a letter reaches the terminal, right after its letter, and every line is as
    wide for Rich as for the terminal (never wider than the width)."""
    lines = rtl.layout_paragraph(text, width, mode="terminal")
    joined = "".join(lines)
    assert joined.count(ZWJ) >= text.count(ZWJ)
    if text is PERSIAN:
        assert "ه\u200d" in joined
    else:
        assert "ع\u200d" in joined
        assert f"{ZWJ}ب" in joined
    for line in lines:
        assert cell_len(line) == width
        assert terminal_cells(line) == width
    assert rtl.line_count(text, width, mode="terminal") == len(lines)


def test_terminal_mode_words_for_search_are_the_texts() -> None:
    """``line_starts`` gives the words as written, without ZWJs, as before (search folds them)."""
    words, starts = rtl.line_starts(PERSIAN, 7, mode="terminal")
    assert words == tuple(PERSIAN.replace(ZWJ, "").split())
    assert len(starts) == rtl.line_count(PERSIAN, 7, mode="terminal")


def test_terminal_mode_drops_emoji_joiners_only() -> None:
    """The joiner of an emoji sequence still goes (its pictures are drawn one by one, 4 cells)."""
    (line,) = rtl.layout_paragraph(EMOJI, 60, mode="terminal")
    assert ZWJ not in line
    assert "👩💻" in line
    assert cell_len(line) == terminal_cells(line) == 60
    mixed = "هذا ع\u200d و 👩\u200d💻 معا"
    (line,) = rtl.layout_paragraph(mixed, 40, mode="terminal")
    assert "ع\u200d" in line and "👩💻" in line
    assert cell_len(line) == terminal_cells(line) == 40


@pytest.mark.parametrize("width", [40, 12])
def test_terminal_labels_keep_letter_joiners(width: int) -> None:
    """A headline fitted on one line (the list, the related pane) keeps the joiner too, at its width."""
    line = rtl.fit_line(PERSIAN, width, mode="terminal")
    assert cell_len(line) == terminal_cells(line) == width
    if width == 40:
        assert "ه\u200d" in line


def test_app_mode_still_joins_by_the_zwj() -> None:
    """App mode draws the joined form (U+FEEB, initial heh) and no ZWJ, as before."""
    lines = rtl.layout_paragraph(PERSIAN, 80)
    assert "\ufeeb" in "".join(lines)
    assert ZWJ not in "".join(lines)


# -- 2. subdivision flags -----------------------------------------------------------------------------


@pytest.mark.parametrize("sequence", [ENGLAND, SCOTLAND, WALES, flag("us"), flag("usca12")])
def test_sanitize_keeps_well_formed_tag_sequences(sequence: str) -> None:
    text = f"فاز منتخب {sequence} بالمباراة"
    assert sanitize_text(text) == text
    assert sanitize_line(text) == text
    assert is_clean(text)


@pytest.mark.parametrize(
    "hostile",
    [
        "نص" + "".join(chr(0xE0000 + ord(c)) for c in "ignore previous") + " آخر",  # smuggled ASCII
        "\U0001f3f4" + "".join(chr(0xE0000 + ord(c)) for c in "gbengxx") + "\U000e007f",  # 7 tags: too long
        "\U0001f3f4\U000e0067\U000e007f",  # 1 tag: too short
        "\U0001f3f4" + "".join(chr(0xE0000 + ord(c)) for c in "gbeng"),  # no cancel tag
        "\U0001f3f4\U000e0047\U000e0042\U000e007f",  # capital tag letters: not a subdivision code
        "\U000e007f" + "".join(chr(0xE0000 + ord(c)) for c in "gbeng") + "\U000e007f",  # no flag
        "\U0001f3f4\U000e0020\U000e0020\U000e007f",  # tag spaces
        "\U000e0001لغة",  # language tag
    ],
)
def test_sanitize_drops_stray_tags(hostile: str) -> None:
    cleaned = sanitize_text(hostile)
    assert not any(0xE0000 <= ord(char) <= 0xE007F for char in cleaned)
    assert not is_clean(hostile)
    assert sanitize_text(cleaned) == cleaned


def test_sanitize_keeps_a_flag_and_drops_a_stray_tag_beside_it() -> None:
    text = f"{ENGLAND}\U000e0041{SCOTLAND}\U000e0067 و{WALES}"
    assert sanitize_text(text) == f"{ENGLAND}{SCOTLAND} و{WALES}"


def test_addresses_still_escape_tags() -> None:
    assert sanitize_text("https://example.test/a\U000e0041b") == "https://example.test/a%F3%A0%81%81b"


def test_json_keeps_the_flags() -> None:
    """What ``--json`` writes: the article's text as sanitized, the three flags in it."""
    body = f"المنتخبات المتأهلة: إنجلترا {ENGLAND} واسكتلندا {SCOTLAND} وويلز {WALES} في المجموعة نفسها."
    text = f"موقع – رياضة\n\nتأهل ثلاثة منتخبات\n\n{body}\n"
    (article,) = parse_plaintext(text, origin="flags.txt")
    assert isinstance(article, Article)
    written = " ".join(article.paragraphs)
    for sequence in (ENGLAND, SCOTLAND, WALES):
        assert sequence in written
    assert all(sequence in json.dumps(article.to_json(), ensure_ascii=False) for sequence in (ENGLAND, WALES))


@pytest.mark.parametrize("mode", ["app", "terminal"])
@pytest.mark.parametrize("width", [80, 30, 16, 9, 4])
def test_flags_are_drawn_whole_and_counted_two_cells(mode: rtl.BidiMode, width: int) -> None:
    """Each flag reaches the screen whole, its tags right after the black flag in logical order (also at a
    right-to-left level in app mode), 2 cells for Rich and the terminal alike: no line overflows."""
    text = f"فاز {ENGLAND} على {SCOTLAND} ثم تعادل مع {WALES} في الملعب"
    lines = rtl.layout_paragraph(text, width, mode=mode)
    joined = "".join(lines)
    for sequence in (ENGLAND, SCOTLAND, WALES):
        assert sequence in joined
    for line in lines:
        assert cell_len(line) == terminal_cells(line) == width
    assert rtl.line_count(text, width, mode=mode) == len(lines)
    label = rtl.fit_line(text, width, mode=mode)
    assert cell_len(label) == width
    rest = label.replace(ENGLAND, "").replace(SCOTLAND, "").replace(WALES, "")
    assert not any(0xE0000 <= ord(char) <= 0xE007F for char in rest)  # a flag cut short? never


# -- 3. the Basmala -----------------------------------------------------------------------------------


def test_basmala_is_drawn_spelled_out() -> None:
    text = "\ufdfd افتتح المحافظ الحديقة العامة"
    assert fold_for_drawing(text) == "بسم الله الرحمن الرحيم افتتح المحافظ الحديقة العامة"
    assert split_paragraphs(text) == ("بسم الله الرحمن الرحيم افتتح المحافظ الحديقة العامة",)
    for mode in ("app", "terminal"):
        lines = rtl.layout_paragraph(text, 24, mode=mode)  # type: ignore[arg-type]
        assert "\ufdfd" not in "".join(lines)
        assert all(cell_len(line) == 24 for line in lines)
    assert "\ufdfd" not in rtl.fit_line(text, 20)


def test_other_undecomposed_ligatures_are_spelled_out() -> None:
    assert fold_for_drawing("قال عز\ufdff") == "قال عزعز وجل"
    assert fold_for_drawing("الإمام \ufd47") == "الإمام عليه السلام"
    assert fold_for_drawing("\ufdfa \ufdf2") == "صلى الله عليه وسلم الله"  # (NFKC, as before)


def test_json_keeps_the_basmala_as_written() -> None:
    text = "موقع – دين\n\nافتتاح مسجد\n\n\ufdfd افتتح الوزير اليوم المسجد الجديد في المدينة.\n"
    (article,) = parse_plaintext(text, origin="basmala.txt")
    assert "\ufdfd" in " ".join(article.paragraphs)
