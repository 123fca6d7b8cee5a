"""Tests for list items: their markers, their runs drawn without blank lines, their text hanging beside the marker."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.render import render_text
from newstui.text.list_items import HANG_MIN, JOINED_CHARS, JOINED_ITEMS, item_marker, join_items
from newstui.text.rtl import layout_paragraph, line_count

# Our own items, written for these tests.
LONG_EN = "- build a new bridge over the river that runs through the town centre and its old market"
LONG_AR = "- بناء جسر جديد فوق النهر الذي يمر في وسط المدينة وسوقها القديم بتكلفة 12 مليون دولار"
NUMBERED_AR = "1. البند الأول في القائمة المرقمة وهو طويل بما يكفي ليلتف على أكثر من سطر واحد"
QUOTE_EN = '> "The new bridge will change how the whole town moves," the mayor said on the riverbank.'
QUOTE_AR = '> "سيغير الجسر الجديد طريقة تنقل المدينة كلها"، قال رئيس البلدية على ضفة النهر صباح اليوم.'


@pytest.mark.parametrize(
    ("paragraph", "marker"),
    [
        ("- open two schools", "- "),
        ("* open two schools", "* "),
        ("• فتح مدرستين", "• "),
        ("◦ a nested item", "◦ "),
        ("3. the third", "3. "),
        ("12) the twelfth", "12) "),
        ("١- بند عربي", "١- "),
        ("۳. بند فارسی", "۳. "),
        ("2026 was a year", None),  # a number with no mark after it
        ("1.5 million people", None),  # a decimal
        ("1000. too many digits", None),
        ("-5 degrees", None),  # a sign
        ("- ", None),  # a marker with nothing after it
        ("-  two spaces", None),
        ("The council said", None),
        ("", None),
    ],
)
def test_item_marker(paragraph: str, marker: str | None) -> None:
    assert item_marker(paragraph) == marker


@pytest.mark.parametrize(
    ("paragraphs", "joined"),
    [
        (("a", "- b", "- c", "d"), ("a", "- b\n- c", "d")),
        (("- b", "- c"), ("- b\n- c",)),
        (("a", "- lone", "b"), ("a", "- lone", "b")),  # one item: a paragraph as before
        (("- b", "• c", "◦ d"), ("- b\n• c\n◦ d",)),  # bullets of any kind: one list
        (("- b", "- c", "1. d", "2. e"), ("- b\n- c", "1. d\n2. e")),  # a bulleted list, then a numbered one
        (("1. a", "x", "2. b"), ("1. a", "x", "2. b")),
        (("2026 was a year", "1.5 million"), ("2026 was a year", "1.5 million")),
    ],
)
def test_join_items(paragraphs: tuple[str, ...], joined: tuple[str, ...]) -> None:
    assert join_items(paragraphs) == joined


def test_long_items_and_long_lists_are_drawn_a_block_at_a_time() -> None:
    """A numbered paragraph longer than a list item stands apart; a list of thousands is cut into blocks."""
    long = "3. " + "word " * (JOINED_CHARS // 5)
    assert join_items(("1. a", "2. b", long, "4. d")) == ("1. a\n2. b", long, "4. d")
    many = tuple(f"{n}. item" for n in range(1, 901))
    joined = join_items(many)
    assert [block.count("\n") + 1 for block in joined] == [JOINED_ITEMS] * (900 // JOINED_ITEMS) + [900 % JOINED_ITEMS]
    assert "\n".join(joined) == "\n".join(many)


def test_join_items_gives_the_same_tuple_when_nothing_joins() -> None:
    paragraphs = ("one", "2026 was a year", "- lone item", "three")
    assert join_items(paragraphs) is paragraphs


class TestHanging:
    def test_a_left_to_right_item_hangs_under_its_text(self) -> None:
        lines = layout_paragraph(LONG_EN, 40, default="ltr")
        assert len(lines) > 1
        assert lines[0].startswith("- build")
        assert all(line.startswith("  ") and line[2] != " " for line in lines[1:])
        assert all(len(line) == 40 for line in lines)
        assert " ".join(" ".join(lines).split()) == LONG_EN

    @pytest.mark.parametrize("text", [LONG_AR, NUMBERED_AR])
    def test_a_right_to_left_item_hangs_under_its_text_on_the_right(self, text: str) -> None:
        marker = item_marker(text)
        assert marker is not None
        lines = layout_paragraph(text, 40)
        assert len(lines) > 1
        shown = marker[:-1][::-1]  # "-" stays "-", "1." reads ".1" at the right edge
        assert lines[0].endswith(" " + shown)
        for line in lines[1:]:
            assert line.endswith(" " * len(marker)) and line[-len(marker) - 1] != " "
            assert shown not in line[-len(marker) - 1 :]

    def test_too_narrow_to_hang_it_wraps_under_the_marker(self) -> None:
        width = HANG_MIN + 1  # "- " leaves HANG_MIN - 1 cells
        lines = layout_paragraph(LONG_EN, width, default="ltr")
        assert any(line[0] != " " for line in lines[1:])

    def test_terminal_mode_hangs_items_too(self) -> None:
        """``--bidi terminal`` hangs an item as well (rtl10; see tests/unit/test_rtl10_terminal_hang.py)."""
        lines = layout_paragraph(LONG_EN, 40, mode="terminal", default="ltr")
        assert all(line.startswith("  ") and line[2] != " " for line in lines[1:])

    @pytest.mark.parametrize(
        "text", [LONG_EN, LONG_AR, NUMBERED_AR, "١- بند " * 30, f"{LONG_AR}\n{NUMBERED_AR}", QUOTE_EN, QUOTE_AR]
    )
    @pytest.mark.parametrize("width", [1, 5, 13, 14, 15, 20, 33, 40, 79, 200])
    def test_line_count_agrees_with_the_layout(self, text: str, width: int) -> None:
        assert line_count(text, width) == len(layout_paragraph(text, width))


class TestQuotes:
    """A paragraph opened by ``> `` is a quote: a bar beside each of its lines on its reading side, no ``>`` (drawn
    as ``<`` in Arabic, the second line under it)."""

    @pytest.mark.parametrize(("text", "default"), [(QUOTE_EN, "ltr"), (QUOTE_AR, "rtl")])
    def test_every_line_has_the_bar_on_its_reading_side(self, text: str, default: str) -> None:
        lines = layout_paragraph(text, 40, default=default)  # type: ignore[arg-type]
        assert len(lines) > 1 and all(len(line) == 40 for line in lines)
        if default == "rtl":
            assert all(line.endswith(" │") and line[-3] != " " or line.rstrip(" │") == "" for line in lines)
            assert lines[0].endswith(" │") and lines[0][-3] != " "
        else:
            assert all(line.startswith("│ ") and line[2] != " " for line in lines)
        assert not any(mark in line for line in lines for mark in "<>")
        words = " ".join(line.replace("│", " ") for line in lines).split()
        assert len(words) == len(text[2:].split())

    @pytest.mark.parametrize("text", ["> It is a good day for the harbour.", "> يوم جميل للميناء."])
    def test_a_one_line_quote_has_its_bar_too(self, text: str) -> None:
        """A quote short enough for one line (a short ASCII line takes a shortcut) loses its '>' for the bar."""
        (line,) = layout_paragraph(text, 60, default="ltr" if text.isascii() else "rtl")
        assert "│" in line and ">" not in line and "<" not in line, line

    def test_only_a_quote_mark_and_a_space_open_a_quote(self) -> None:
        for text in (
            ">not a quote but a long line of words to wrap across the width",
            "a > b is a long comparison here",
        ):
            assert not any("│" in line for line in layout_paragraph(text, 20, default="ltr"))

    @pytest.mark.parametrize(
        ("quoted", "expected"),
        [
            (
                ["> We are glad to have the ferry back,", "> said the harbour master."],
                ["> We are glad to have the ferry back, said the harbour master."],
            ),
            (["> سعداء بعودة العبّارة،", "> قال مدير الميناء."], ["> سعداء بعودة العبّارة، قال مدير الميناء."]),
            (["> one quote.", "", "> another quote."], ["> one quote.", "> another quote."]),
            (["> a quote,", ">", "> its second paragraph."], ["> a quote,", "> its second paragraph."]),
        ],
        ids=["english", "arabic", "apart", "quoted-blank"],
    )
    def test_quoted_lines_one_under_the_other_are_one_quote(self, quoted: list[str], expected: list[str]) -> None:
        """A mail client's quote, a '> ' on every line of it, is one quoted paragraph (each line was one, and the
        last kept its '>')."""
        from newstui.parse.plaintext import parse_plaintext

        text = "\n".join(["Harbor Daily – Local", "", "Ferry returns", "", "The ferry is back.", "", *quoted, ""])
        (article,) = parse_plaintext(text, origin="x.txt")
        assert list(article.paragraphs[1:]) == [line for line in expected if line]

    def test_terminal_mode_leaves_the_mark(self) -> None:
        assert layout_paragraph(QUOTE_EN, 40, mode="terminal", default="ltr")[0].startswith("> ")


def test_printed_list_has_no_blank_lines_between_items() -> None:
    article = Article(
        id="plans",
        title="Plans for the town",
        paragraphs=("The council listed its plans:", LONG_EN, "- open two schools", "- repair the roads", "It ended."),
        direction="ltr",
    )
    lines = render_text(article, 40).splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("- build"))
    end = next(n for n, line in enumerate(lines) if line.startswith("- repair"))
    assert lines[start - 1] == "" and lines[end + 1] == ""  # the list stands apart from the paragraphs
    assert all(line for line in lines[start : end + 1])  # no blank line inside it
    assert lines[start + 1].startswith("  runs")
