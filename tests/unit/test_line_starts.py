"""rtl.line_starts: where each line layout_paragraph gives starts among the text's words, from the logical plan."""

from __future__ import annotations

import pytest

from newstui.text import rtl

_TEXTS = (
    "",
    "short",
    "وقال المتحدث باسم البلدية إن أعمال الصيانة ستبدأ في الأسبوع المقبل بعد استكمال الإجراءات اللازمة",
    "The council said https://example.org/news/" + "abcdefghij" * 6 + " repairs start next week " + "x" * 90,
    "كان المجلس https://example.org/news/" + "abcdefghij" * 6 + " يناقش خطة لتوسيع الحدائق " + "لا" * 40,
    "first paragraph here\n\nsecond one, after a blank line\n1. an item of a list that runs over several lines",
    "> a quoted paragraph that is long enough to wrap over more than one line of the pane",
    "- قائمة طويلة من الكلمات التي تلتف على عدة أسطر في الشاشة الضيقة",
    "emoji 👍🏻 and ❤️ and 👨\u200d👩\u200d👧 in a line that wraps here and there",
)


@pytest.mark.parametrize("mode", ["app", "terminal"])
@pytest.mark.parametrize("width", [1, 3, 8, 12, 20, 37, 80])
@pytest.mark.parametrize("text", _TEXTS)
def test_one_start_per_line_laid_out(text: str, width: int, mode: rtl.BidiMode) -> None:
    """As many starts as lines, in order, each at a word (or just past the last, for an empty paragraph)."""
    words, starts = rtl.line_starts(text, width, mode=mode)
    assert len(starts) == len(rtl.layout_paragraph(text, width, mode=mode)) == rtl.line_count(text, width, mode=mode)
    assert list(starts) == sorted(starts)
    for word, char in starts:
        assert 0 <= word <= len(words)
        assert char == 0 or 0 < char < len(words[word])


def test_a_cut_word_is_one_word_and_its_lines_start_inside_it() -> None:
    token = "x" * 25
    words, starts = rtl.line_starts(f"ab {token} cd", 10)
    assert words == ("ab", token, "cd")
    assert starts == ((0, 0), (1, 0), (1, 10), (1, 20))  # "cd" joins the token's last piece
    assert rtl.layout_paragraph(f"ab {token} cd", 10, direction="ltr")[3].rstrip() == "xxxxx cd"


def test_a_list_items_marker_starts_its_first_line() -> None:
    words, starts = rtl.line_starts("1. one two three four five six seven", 14)
    assert words[0] == "1." and starts[0] == (0, 0) and starts[1][0] > 1
