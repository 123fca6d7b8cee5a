"""rtl14b (audit regress13a): digit groups kept whole, soft hyphens as breaks, emoji sequences wrapped as drawn."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from newstui.model import Article
from newstui.render import ArticleLayout, render_text
from newstui.text.pipeline_cache import STATS
from newstui.text.rtl import layout_paragraph, line_count, line_starts, shaping_seed

# Our own sentences, written for these tests.
GROUPED = "بلغ عدد الزوار 1{0}250{0}000 زائر في المعرض."


class TestDigitGroups:
    """A Unicode space between two digits (a thousands separator) is drawn as a space but never breaks."""

    @pytest.mark.parametrize(
        "space",
        ["\u2009", "\u2006", "\u2008", "\u200a", "\u2002", "\u3000"],
        ids=["thin", "6em", "punct", "hair", "en", "ideo"],
    )
    @pytest.mark.parametrize("width", [9, 10, 12, 20, 24])
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_the_number_stays_on_one_line(self, space: str, width: int, mode: str) -> None:
        text = GROUPED.format(space)
        bidi = "app" if mode == "app" else "terminal"
        found, starts = line_starts(text, width, mode=bidi)
        assert "1\u2007250\u2007000" in found, found
        lines = layout_paragraph(text, width, mode=bidi)
        assert len(lines) == line_count(text, width, mode=bidi) == len(starts)
        shown = ("000\u2007250\u20071", "1\u2007250\u2007000")  # reordered (app, as U+2007 is) or logical
        assert sum(any(number in line for number in shown) for line in lines) == 1, lines
        assert all(cell_len(line) == width for line in lines)
        assert not any(space in line for line in lines)

    def test_arabic_indic_digits_too(self) -> None:
        found, _ = line_starts("بلغ عدد الزوار ١\u2009٢٥٠\u2009٠٠٠ زائر", 10)
        assert "١\u2007٢٥٠\u2007٠٠٠" in found

    def test_between_words_it_still_breaks(self) -> None:
        found, _ = line_starts("عدد 12\u2009زائرا\u2009في المعرض", 10)
        assert "زائرا" in found and "12" in found

    def test_a_resize_reshapes_nothing(self) -> None:
        article = Article(id="n", title="عنوان", paragraphs=(GROUPED.format("\u2009") * 5,), direction="rtl")
        ArticleLayout(article, 30).lines()
        STATS.reset()
        ArticleLayout(article, 17).lines()
        assert STATS.reshape_calls == 0


FAMILY = "👨\u200d👩\u200d👧\u200d👦"
PICTURES = ("👨", "👩", "👧", "👦")


class TestEmojiSequences:
    """An emoji ZWJ sequence, drawn as its separate pictures (its joiners dropped), wraps as those pictures."""

    @pytest.mark.parametrize("width", [2, 3, 4, 5, 6, 7])
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize(
        "text", [f"وعائلة {FAMILY} في السطر.", f"A family {FAMILY} here.", FAMILY], ids=["arabic", "english", "alone"]
    )
    def test_no_line_wider_than_the_width(self, text: str, width: int, mode: str) -> None:
        bidi = "app" if mode == "app" else "terminal"
        lines = layout_paragraph(text, width, mode=bidi)
        assert all(cell_len(line) == width for line in lines), lines
        assert len(lines) == line_count(text, width, mode=bidi) == len(line_starts(text, width, mode=bidi)[1])
        shown = "".join(char for line in lines for char in line if char in PICTURES)
        assert shown == "".join(PICTURES)  # every picture once, in logical order (top to bottom)

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_whole_where_it_fits(self, mode: str) -> None:
        bidi = "app" if mode == "app" else "terminal"
        lines = layout_paragraph(f"وعائلة {FAMILY} في السطر.", 8, mode=bidi)
        assert any("".join(PICTURES) in line for line in lines), lines

    def test_a_picture_wider_than_the_width_still_overflows_alone(self) -> None:
        lines = layout_paragraph(FAMILY, 1)
        assert lines == PICTURES


SHY = "\u00ad"


class TestSoftHyphenBreaks:
    """A word too long for its line breaks at a soft hyphen by preference, a hyphen drawn at the line's logical
    end (the left of a right-to-left line); unused, a soft hyphen stays invisible and joining goes across it."""

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_latin_word_breaks_at_the_authors_point(self, mode: str) -> None:
        bidi = "app" if mode == "app" else "terminal"
        text = f"The committee discussed inter{SHY}national{SHY}ization of news{SHY}papers today."
        lines = [line.rstrip() for line in layout_paragraph(text, 14, mode=bidi, direction="ltr")]
        assert "international-" in lines and "ization of" in lines, lines
        assert len(lines) == line_count(text, 14, mode=bidi)
        found, starts = line_starts(text, 14, mode=bidi)
        assert "internationalization" in found and not any("\U000e01d1" in word for word in found)
        word, char = starts[lines.index("ization of")]
        assert found[word][char:] == "ization"

    def test_arabic_hyphen_at_the_left_end(self) -> None:
        text = f"كلمة{SHY}طويلة{SHY}جداً مقسومة"
        lines = layout_paragraph(text, 8)
        assert lines[0] == "   -\ufe94\ufee4\ufee0\ufedb", lines  # "كلمة-": hyphen at the left of the word
        assert lines[1] == "\ufe8d\u064b\ufeaa\ufe9f\ufe94\ufee0\ufef3\ufeee\ufec3", lines  # "طويلةجداً", joined
        assert all(cell_len(line) == 8 for line in lines) and len(lines) == line_count(text, 8)

    def test_arabic_terminal_mode_hyphen_at_the_logical_end(self) -> None:
        lines = layout_paragraph(f"كلمة{SHY}طويلة{SHY}جداً مقسومة", 8, mode="terminal")
        assert lines[0] == "   \u202bكلمة-\u202c", lines

    def test_joining_goes_across_an_unused_one_in_a_cut_word(self) -> None:
        text = f"المست{SHY}شفي{SHY}ات"  # cut at the second, the first unused: ت and ش still join (ﺸﺘ, visual)
        lines = layout_paragraph(text, 9)
        assert "\ufeb8\ufe98" in lines[0] and lines[0].lstrip().startswith("-"), lines
        assert not any("\u00ad" in line or "\U000e01d1" in line for line in lines)

    @pytest.mark.parametrize("width", [1, 2, 3, 5, 8, 13])
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_never_wider_and_counts_agree(self, width: int, mode: str) -> None:
        bidi = "app" if mode == "app" else "terminal"
        text = f"{SHY}بداية ال{SHY}ل{SHY}غ{SHY}{SHY}ة الاست{SHY}ثمار{SHY}ات ex{SHY}tra{SHY}ordinary{SHY}"
        lines = layout_paragraph(text, width, mode=bidi)
        assert all(cell_len(line) == width for line in lines), lines
        assert len(lines) == line_count(text, width, mode=bidi) == len(line_starts(text, width, mode=bidi)[1])
        assert not any(line.strip() in ("-", "\u202b-\u202c") for line in lines), lines

    def test_print_and_reader_agree_and_a_resize_reshapes_nothing(self) -> None:
        paragraph = f"زار الوزير المست{SHY}شفيات والمدا{SHY}رس أمس في المدي{SHY}نة."
        article = Article(id="s", title="عنوان", paragraphs=(paragraph,), direction="rtl")
        reader = [line.text for line in ArticleLayout(article, 8).lines()]
        printed = render_text(article, 8).split("\n")
        assert printed[: len(reader)] == [line.rstrip() for line in reader]
        assert any(line.lstrip().startswith("-") for line in reader), reader
        STATS.reset()
        ArticleLayout(article, 9).lines()
        assert STATS.reshape_calls == 0
        assert article.paragraphs == (paragraph,)

    def test_the_shaping_seed_holds_the_words_the_layout_shapes(self) -> None:
        """A helper's seed gives the words without their soft hyphens, as the layout looks them up."""
        seed = shaping_seed([f"زار الوزير المست{SHY}شفيات أمس."])
        assert "المستشفيات" in seed and not any("\U000e01d1" in word or SHY in word for word in seed)
