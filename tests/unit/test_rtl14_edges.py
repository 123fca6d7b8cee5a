"""rtl14 (audit rtl13): decomposed letters, soft hyphens, Unicode spaces, ZWSP and over-wide clusters as drawn."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from newstui.model import Article
from newstui.render import ArticleLayout, render_text
from newstui.text import paragraphs, rtl, wrap
from newstui.text.pipeline_cache import STATS
from newstui.text.rtl import layout_paragraph, line_count, line_starts, shape, shaped_width

# Our own sentences, written for these tests.
HAMZA_WORDS = (
    "سُئِلَ المسؤولُ عن الأئمة",
    "الأمن والإسلام وآمال لآلئ",
    "رئيس الهيئة سأل عن مسؤولية الإمام",
    "قرأَ أبناؤُهم لآخر مرة",
    "خانۂ نغمۂ سلسلۂ ۀ ۓ",
)
WIDTHS = (1, 7, 12, 20, 33, 80)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


class TestDecomposedLetters:
    """NFD Arabic (a letter + combining hamza or madda) is drawn as its composed form is."""

    def test_the_table_is_every_arabic_canonical_composition(self) -> None:
        found = {}
        for code in (*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0x08A0, 0x0900)):
            parts = unicodedata.decomposition(chr(code))
            if parts and not parts.startswith("<"):
                base, mark = (chr(int(part, 16)) for part in parts.split())
                found[base, mark] = chr(code)
        assert found == paragraphs._COMPOSED

    @pytest.mark.parametrize("text", HAMZA_WORDS)
    def test_compose_arabic_is_nfc_on_nfd_text(self, text: str) -> None:
        assert nfd(text) != text
        assert paragraphs.compose_arabic(nfd(text)) == unicodedata.normalize("NFC", text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("\u064a\u0654", "\u0626"),  # ئ
            ("\u0627\u064e\u0654", "\u0623\u064e"),  # harakat between stay after the letter
            ("\u0627\u0651\u064e\u0653", "\u0622\u0651\u064e"),  # in their written order
            ("\u0643\u0654", "\u0643\u0654"),  # kaf + hamza: no such letter, left alone
            ("\u0627\u0656\u0654", "\u0627\u0656\u0654"),  # a mark between that is no haraka: left alone
            ("\u0648\u0653", "\u0648\u0653"),  # waw + madda: no such letter
        ],
        ids=["yeh", "alef-fatha-hamza", "alef-shadda-fatha-madda", "kaf", "subscript-alef", "waw-madda"],
    )
    def test_compose_arabic_cases(self, text: str, expected: str) -> None:
        assert paragraphs.compose_arabic(text) == expected

    @pytest.mark.parametrize(
        ("text", "wanted", "unwanted"),
        [
            ("الأئمة", ("\ufef7", "\ufe8b"), ("\ufefb", "\u0654", "\ufef3")),  # ﻷ and ئ initial; not ﻻ + hamza, yeh
            ("مسؤولية", ("\ufe86",), ("\u0654",)),  # ؤ final
            ("لإسلام", ("\ufef9",), ("\u0655",)),  # ﻹ
            ("وآمال", ("\ufe81",), ("\u0653",)),  # آ isolated
            ("لآلئ", ("\ufef5", "\ufe8a"), ("\u0653", "\u0654")),  # ﻵ, ئ final
        ],
        ids=["aimma", "masuliya", "lislam", "amal", "laali"],
    )
    def test_nfd_words_are_shaped_composed(self, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
        for shown in (shape(nfd(text)), "".join(layout_paragraph(nfd(text), 20))):
            assert all(form in shown for form in wanted), [hex(ord(c)) for c in shown]
            assert not any(form in shown for form in unwanted), [hex(ord(c)) for c in shown]

    @pytest.mark.parametrize("width", WIDTHS)
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize("text", HAMZA_WORDS)
    def test_nfd_lays_out_as_nfc(self, text: str, mode: rtl.BidiMode, width: int) -> None:
        composed = unicodedata.normalize("NFC", text)
        assert layout_paragraph(nfd(text), width, mode=mode) == layout_paragraph(composed, width, mode=mode)
        assert line_count(nfd(text), width, mode=mode) == line_count(composed, width, mode=mode)
        assert line_starts(nfd(text), width, mode=mode) == line_starts(composed, width, mode=mode)

    @pytest.mark.parametrize("text", HAMZA_WORDS)
    def test_width_agrees_and_a_resize_reshapes_nothing(self, text: str) -> None:
        assert shaped_width(nfd(text)) == cell_len(shape(nfd(text)))
        article = Article(id="nfd", title="عنوان", paragraphs=(nfd(text) + " " + text * 3,), direction="rtl")
        ArticleLayout(article, 30).lines()
        STATS.reset()
        ArticleLayout(article, 23).lines()
        assert STATS.reshape_calls == 0

    def test_the_article_keeps_its_text(self) -> None:
        """Only the drawing composes: the article's paragraphs (search, ``--json``) stay as written."""
        article = Article(id="nfd", title="t", paragraphs=(nfd(HAMZA_WORDS[0]),), direction="rtl")
        render_text(article, 40)
        assert article.paragraphs == (nfd(HAMZA_WORDS[0]),)


SHY = "\u00ad"


class TestSoftHyphen:
    """A soft hyphen is left out of the drawing: invisible, and no break in an Arabic word's joining."""

    @pytest.mark.parametrize(
        "text",
        [
            "زار الوزير المست\u00adشفيات والمدا\u00adرس أمس.",
            "الاست\u00adثمار\u00adات في الطا\u00adقة",
            "an ex\u00adtra\u00adordinary word",
            "\u00adبداية ونهاية\u00ad",
        ],
        ids=["hospitals", "two-in-a-word", "latin", "at-the-edges"],
    )
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize("width", WIDTHS)
    def test_drawn_as_without_it(self, text: str, mode: rtl.BidiMode, width: int) -> None:
        """(rtl14b, audit regress13a finding 9: a word too long for the line breaks at its soft hyphens, with a
        hyphen drawn, see test_rtl14b_edges.py; where every word fits, nothing changes.)"""
        lines = layout_paragraph(text, width, mode=mode)
        if all(shaped_width(word) <= width for word in text.split()):
            assert lines == layout_paragraph(text.replace(SHY, ""), width, mode=mode)
        assert not any(SHY in line for line in lines)
        assert all(cell_len(line) == width for line in lines)
        assert line_count(text, width, mode=mode) == len(lines)

    @pytest.mark.parametrize(
        ("word", "joined"),
        [("المست\u00adشفيات", "\ufe98\ufeb8"), ("مد\u00adرسة", "\ufee3\ufeaa"), ("سل\u00adم", "\ufee0\ufee2")],
        ids=["teh-sheen", "meem-dal", "lam-meem"],
    )
    def test_joining_goes_across_it(self, word: str, joined: str) -> None:
        assert joined in shape(word)
        assert shaped_width(word) == cell_len(shape(word)) == cell_len(word.replace(SHY, ""))


class TestBreaks:
    """Zero-width and Unicode spaces are places a line may break."""

    @pytest.mark.parametrize(
        ("space", "width"),
        [("\u2003", 20), ("\u2009", 20), ("\u3000", 20), ("\u2002", 14), ("\u205f", 14), ("\u200a", 9)],
        ids=["em", "thin", "ideographic", "en", "math", "hair"],
    )
    def test_unicode_spaces_break(self, space: str, width: int) -> None:
        words = ["بلغ", "العدد", "الإجمالي", "للسكان", "في", "المدينة", "الكبيرة", "هذا", "العام"]
        text = space.join(words)
        found, starts = line_starts(text, width)
        assert all(char == 0 for _, char in starts), (found, starts)  # no word cut
        assert list(found) == words
        lines = layout_paragraph(text, width)
        assert len(lines) > 1 and not any(space in line for line in lines)
        assert all(cell_len(line) == width for line in lines)

    @pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007"], ids=["nbsp", "narrow-nbsp", "figure"])
    def test_no_break_spaces_hold(self, space: str) -> None:
        text = f"بلغ عدد السكان 12{space}500 نسمة"
        found, _ = line_starts(text, 10)
        assert f"12{space}500" in found

    @pytest.mark.parametrize(
        ("text", "width", "second"),
        [
            ("فاصل\u200bبعرض\u200bصفر\u200bبين\u200bالكلمات\u200bالطويلة\u200bجداً\u200bهنا نهاية.", 30, "جداً"),
            ("مدينة\u200bالثقافة\u200bالعربية\u200bللعام\u200bالمقبل", 20, "للعام"),
            ("www.example.com/\u200bأخبار\u200bاليوم", 22, "اليوم"),
        ],
        ids=["audit", "city", "address"],
    )
    def test_a_long_run_breaks_after_a_zero_width_space(self, text: str, width: int, second: str) -> None:
        found, starts = line_starts(text, width)
        word, char = starts[1]
        assert found[word][char:].startswith(second), (found, starts)
        assert found[word][char - 1] == "\u200b"

    @pytest.mark.parametrize(
        ("text", "width", "first", "second"),
        [
            ("قال الوزير إن مدينة\u200bالثقافة\u200bالعربية ستفتتح غداً", 24, "مدينة\u200b", "الثقافة"),
            ("He said the long\u200bcompound\u200bword is here now", 20, "long\u200b", "compound"),
            ("أعلنت الوزارة أمس عن خطة\u200bعمل\u200bجديدة للمدارس", 28, "عمل\u200b", "جديدة"),
        ],
        ids=["arabic", "latin", "two-breaks"],
    )
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_a_line_ends_after_a_zero_width_space(
        self, text: str, width: int, first: str, second: str, mode: rtl.BidiMode
    ) -> None:
        """A run joined by zero-width spaces that fits a line of its own but not the end of this one goes on
        this line up to its last zero-width space that fits, as a word after a space would."""
        found, starts = line_starts(text, width, mode=mode)
        word, char = starts[1]
        assert found[word][:char].endswith(first) and found[word][char:].startswith(second), (found, starts)
        lines = layout_paragraph(text, width, mode=mode)
        assert len(lines) == line_count(text, width, mode=mode) == len(starts)
        assert all(cell_len(line) == width for line in lines)

    @given(
        st.lists(
            st.sampled_from(["قال", "الوزير", "لا", "أن", "abc", "12", "\u200b", " ", "\u064e", "ـ"]), max_size=40
        ),
        st.integers(1, 30),
        st.sampled_from(["app", "terminal"]),
    )
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_zero_width_breaks_keep_the_counts(self, parts: list[str], width: int, mode: str) -> None:
        """With zero-width spaces anywhere: the count, the plan, the line starts and the lines agree, every
        line is the width, and the planned pieces give the text back."""
        text = "".join(parts)
        app = mode == "app"
        bidi: rtl.BidiMode = "app" if app else "terminal"
        measure = wrap.measure_paragraph(text, app)
        plan = wrap.plan_lines(measure, width, app)
        assert wrap.count_lines(measure, width, app) == len(plan)
        lines = layout_paragraph(text, width, mode=bidi)
        assert line_count(text, width, mode=bidi) == len(lines) == max(len(plan), 1)
        assert len(line_starts(text, width, mode=bidi)[1]) == len(lines)
        assert all(cell_len(line) == width for line in lines)
        pieces = [
            "".join(wrap.piece_text(piece, measure.tokens, None, app) for piece in planned)
            if isinstance(planned, list)
            else "".join(measure.tokens[planned[0] : planned[1]])
            for planned in plan
        ]
        assert "".join(pieces) == "".join(measure.tokens)


class TestOverWideClusters:
    """A cluster wider than the whole width is kept whole on a line of its own, overflowing."""

    @pytest.mark.parametrize(
        ("text", "width", "pictures"),
        [
            ("فوز 🎉 العائلة 🇮🇶 نعم.", 1, ("🎉", "🇮🇶")),
            ("Win 🎉 family 🇪🇬 yes.", 1, ("🎉", "🇪🇬")),
            ("العائلة 👨\u200d👩\u200d👧 سعيدة", 1, ("👨", "👩", "👧")),  # (rtl14b: a sequence wraps as its pictures)
            ("كلمة 中文 كلمة", 1, ("中", "文")),
        ],
        ids=["arabic-w1", "english-w1", "family-w1", "wide-w1"],
    )
    def test_kept_whole(self, text: str, width: int, pictures: tuple[str, ...]) -> None:
        lines = layout_paragraph(text, width)
        assert len(lines) == line_count(text, width)
        for picture in pictures:
            assert picture in lines, lines
        for line in lines:
            assert cell_len(line) == width or line.strip() in pictures, lines

    @pytest.mark.parametrize("width", [1, 2, 3])
    def test_flag_never_split_in_terminal_mode(self, width: int) -> None:
        lines = layout_paragraph("فوز 🎉 العائلة 🇮🇶 نعم.", width, mode="terminal")
        assert any("🇮🇶" in line for line in lines) and any("🎉" in line for line in lines), lines


class TestPrintedHang:
    """(audit rtl13 finding 2, checked: no change) ``--print`` leaves out trailing spaces only: the padding
    before an Arabic item's text keeps its next lines where the reader has them, the marker's width short of
    the right edge, under its text."""

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize("width", [33, 40, 60])
    def test_printed_lines_sit_where_the_reader_draws_them(self, mode: rtl.BidiMode, width: int) -> None:
        item = "1. رفع أسعار الوقود بنسبة 15% اعتباراً من الشهر المقبل في كل المحافظات والمدن الكبرى"
        article = Article(id="hang", title="عنوان", paragraphs=("مقدمة الخبر.", item), direction="rtl")
        reader = [line.text for line in ArticleLayout(article, width, mode=mode).lines()]
        printed = render_text(article, width, mode=mode).split("\n")
        assert printed[: len(reader)] == [line.rstrip() for line in reader]
        first = next(n for n, line in enumerate(reader) if (".1" if mode == "app" else "1.") in line)
        hung = [line for line in printed[first + 1 : len(reader)] if line.strip()]
        assert hung and all(cell_len(line) == width - 3 for line in hung), hung
