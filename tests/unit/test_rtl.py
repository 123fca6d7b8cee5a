"""Tests for newstui.text.rtl and the modules it composes: direction, shaping, wrapping, reordering, widths, caches."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.reference_layout import GOLDEN, REFERENCE, layout_cases, layout_paragraphs
from newstui.text import reorder, rtl, shaping
from newstui.text.rtl import (
    RTL_EMBEDDING,
    STATS,
    cell_width,
    clear_caches,
    fit_line,
    layout_paragraph,
    line_count,
    paragraph_direction,
    reorder_line,
    shape,
    shaped_width,
)

# Our own text (written for these tests): four paragraphs, digits, a lam-alef-heavy last one.
OWN_TEXT = """\
افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة، تضم أكثر من 12000 كتاب باللغتين العربية \
والإنجليزية، إضافة إلى قاعة مطالعة هادئة ومساحة مخصصة للأطفال.

وقال مدير المكتبة في كلمة قصيرة إن المشروع استغرق ثلاث سنوات من التخطيط والبناء، وإن الدخول سيكون \
مجانيا لجميع السكان طوال أيام الأسبوع.

وأضاف أن المكتبة ستنظم ورشات أسبوعية للقراءة والكتابة (للكبار والصغار)، وأن التسجيل فيها يتم عبر \
الموقع الإلكتروني أو مباشرة عند مكتب الاستقبال.

لا تزال بعض الأقسام قيد التجهيز، ولا يعلن الموظفون الآن عن موعد الافتتاح الكامل قبل نهاية الصيف."""

BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
HARAKA_RE = re.compile("[\u064b-\u0652\u0670]")


def N(text: str) -> str:
    """NFKC (presentation forms back to base letters) with the padding stripped, as in RTL.md §4."""
    return unicodedata.normalize("NFKC", text).strip()


def V(text: str, width: int = 80, **options: object) -> tuple[str, ...]:
    """The visual lines of ``text`` at ``width``."""
    return layout_paragraph(text, width, **options)  # type: ignore[arg-type]


# Our own articles in the reference sample's layout (tests/fixtures/plaintext): golden_layout.txt (with the
# reference sample itself as an extra case where it is present, helpers.reference_layout) and an earlier one.
READ_ALSO_BLOCK = Path(__file__).resolve().parents[1] / "fixtures" / "plaintext" / "arabic_read_also_block.txt"
LAYOUT_FILES = [pytest.param(READ_ALSO_BLOCK, id="read-also-block"), *layout_cases(GOLDEN, REFERENCE)]


def own_paragraphs() -> list[str]:
    return [p for p in OWN_TEXT.split("\n") if p.strip()]


def letters(text: str) -> Counter[str]:
    """The characters of a (visual or logical) string, order-free, spaces and padding ignored."""
    return Counter(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def split_as_lines(paragraph: str, lines: tuple[str, ...]) -> list[list[str]]:
    """Group the paragraph's words, in logical order, so each group has the characters of one line.

    Fails (returns fewer groups) when a visual line does not hold exactly the next logical words.
    """
    words = paragraph.split()
    groups: list[list[str]] = []
    for line in lines:
        want, got, group = letters(line), Counter[str](), []
        while words and got != want:
            group.append(words.pop(0))
            got = letters(" ".join(group))
        if got != want:
            break
        groups.append(group)
    return groups


def naive_layout(paragraph: str, width: int) -> list[str]:
    """The anti-pattern of RTL.md 1.1: reorder the whole paragraph, then wrap."""
    from bidi import get_display

    return textwrap.wrap(str(get_display(shape(paragraph), base_dir="R")), width)


def rtl_words(line: str) -> list[str]:
    """The Arabic words of a visual RTL line in reading order (right to left), harakat dropped.

    The line is reversed before NFKC, so a lam-alef ligature unfolds into lam then alef.
    """
    return ARABIC_WORD.findall(HARAKA_RE.sub("", unicodedata.normalize("NFKC", line[::-1])))


def first_and_last_word_at_edges(paragraph: str, lines: list[str] | tuple[str, ...]) -> bool:
    """RTL line order: the first word at the right edge of line 0, the last at the left edge of the end."""
    words = ARABIC_WORD.findall(HARAKA_RE.sub("", paragraph))
    first, last = rtl_words(lines[0]), rtl_words(lines[-1])
    return bool(first and last) and first[0] == words[0] and last[-1] == words[-1]


@pytest.fixture(autouse=True)
def _fresh_caches() -> None:
    clear_caches()
    STATS.reset()


class TestLineOrder:
    """RTL.md §4 cases 1-2: wrap in logical order, then reorder each line."""

    @pytest.mark.parametrize(
        "case",
        [
            # (file, its lead paragraph's first words, words a line at 60: greedy filling by shaped width)
            pytest.param((READ_ALSO_BLOCK, "أعلنت الهيئة العامة", [11, 9, 11, 11, 7]), id="read-also-block"),
            *layout_cases(
                (GOLDEN, "قالت مديرة دائرة", [10, 9, 9, 10, 10, 2]),
                (REFERENCE, "قال مسؤول حكومي", 7),  # (the line count only)
            ),
        ],
    )
    def test_lead_paragraph_lines_hold_logical_lines_in_order(self, case: tuple[Path, str, list[int] | int]) -> None:
        """Case 1: the lead paragraph under the byline ("أعلنت الهيئة…", "قالت مديرة…", the sample's "قال مسؤول…")
        gives its lines at 60, each the next logical words; its first word at the right of line 0, its full stop
        at the left of the last."""
        path, start, sizes = case
        paragraph = layout_paragraphs(path)[1]
        assert paragraph.startswith(start)
        lines = V(paragraph, 60)
        groups = split_as_lines(paragraph, lines)
        if isinstance(sizes, int):
            assert len(lines) == len(groups) == sizes
        else:
            assert [len(group) for group in groups] == sizes
            assert len(lines) == len(sizes)
        assert sum(len(group) for group in groups) == len(paragraph.split())
        assert lines[0].rstrip().endswith(shape(start.split()[0])[::-1])
        assert lines[-1].lstrip().startswith(".")

    @pytest.mark.parametrize("source", [pytest.param(None, id="own"), *LAYOUT_FILES])
    def test_first_word_top_right_last_word_bottom_left(self, source: Path | None) -> None:
        """Case 2: every multi-line paragraph starts at the right of line 0 and ends at the left of the last."""
        paragraphs = own_paragraphs() if source is None else layout_paragraphs(source)
        multi = [p for p in paragraphs if len(V(p, 60)) > 1 and ARABIC_WORD.search(p)]
        assert multi
        for paragraph in multi:
            lines = V(paragraph, 60)
            assert first_and_last_word_at_edges(paragraph, lines), paragraph
            assert len(split_as_lines(paragraph, lines)) == len(lines)

    def test_own_text_edges(self) -> None:
        """Case 2: in our own text the first word is the rightmost token of line 0, the last the leftmost."""
        for paragraph in own_paragraphs():
            assert first_and_last_word_at_edges(paragraph, V(paragraph, 40))

    def test_anti_pattern_fails_the_same_check(self) -> None:
        """Case 2 guard: reordering the whole paragraph before wrapping breaks the edge check."""
        failures = [
            paragraph
            for paragraph in own_paragraphs()
            if len(naive_layout(paragraph, 40)) > 1
            and not first_and_last_word_at_edges(paragraph, naive_layout(paragraph, 40))
        ]
        assert failures


class TestDirection:
    """RTL.md §4 cases 3-5: direction once per paragraph, auto vs forced, neutral paragraphs."""

    def test_latin_run_stays_at_right_of_its_line(self) -> None:
        """Case 3: with the paragraph's RTL direction the line holding "Reuters News" ends with it."""
        text = "قال مسؤول حكومي عراقي لوكالة Reuters News إن المحادثات مع الولايات المتحدة قد لا تنتهي قريبا"
        lines = [N(line) for line in V(text, 30)]
        holder = [line for line in lines if "Reuters" in line]
        assert holder == [holder[0]] and holder[0].endswith("نإ Reuters News")

    @pytest.mark.parametrize(
        ("options", "expected", "right_aligned"),
        [
            ({}, "CNN: يقارع لوؤسم لاق", False),
            ({"prefer_rtl": True}, "يقارع لوؤسم لاق :CNN", True),
            ({"direction": "rtl"}, "يقارع لوؤسم لاق :CNN", True),
        ],
        ids=["auto-ltr", "arabic-override", "forced-rtl"],
    )
    def test_auto_vs_forced(self, options: dict[str, object], expected: str, right_aligned: bool) -> None:
        """Case 4: a Latin first word makes the paragraph LTR unless the Arabic override forces RTL."""
        (line,) = V("CNN: قال مسؤول عراقي", 40, **options)
        assert N(line) == expected
        assert line.startswith(" ") is right_aligned and line.endswith(" ") is not right_aligned

    @pytest.mark.parametrize(
        ("text", "default", "prefer_rtl", "expected"),
        [
            ("2500", "rtl", False, "rtl"),
            ("•", "rtl", False, "rtl"),
            ("", "rtl", False, "rtl"),
            ("", "ltr", False, "ltr"),
            ("2500 ...", "ltr", False, "ltr"),
            ("Reuters reported 2500 troops", "rtl", False, "ltr"),
            ("«قال المسؤول» Reuters", "ltr", False, "rtl"),
            ("CNN: قال", "ltr", True, "rtl"),
            ("CNN only", "rtl", True, "ltr"),
            ("\u2067CNN\u2069 قال", "ltr", False, "rtl"),
            ("\u200fabc", "ltr", False, "rtl"),
            ("2024 \u0661 ابن", "ltr", False, "rtl"),
            ("abc\nقال", "rtl", False, "ltr"),
            ("123\nقال", "ltr", False, "ltr"),
            ("Google أعلنت", "ltr", True, "rtl"),
            ("The new law «قانون حماية البيانات» takes effect next year, Reuters said.", "rtl", True, "ltr"),
            ("The law «قانون حماية البيانات» took effect", "rtl", True, "rtl"),
            ("«قانون حماية البيانات» takes effect next year, according to Reuters.", "rtl", True, "rtl"),
            ("The report, titled “الحصاد” (Weekly Harvest), was published.", "rtl", False, "ltr"),
            ("CNN: ok\nقال مسؤول إن المحادثات ستستمر", "rtl", True, "ltr"),
            ("«هذا المشروع» — “This project will change the region,” said the minister.", "ltr", False, "ltr"),
            ("«هذا المشروع» — “This project will change the region,” said the minister.", "rtl", False, "rtl"),
            ("«قال المتحدث باسم الوزارة» in Arabic", "ltr", False, "rtl"),
            ("«هذا» the minister said\nقال مسؤول إن المحادثات ستستمر والوفد عاد", "ltr", False, "ltr"),
            ("«هذا القرار نهائي» the minister\nsaid this and more and more and more", "ltr", False, "rtl"),
            ("\u200fthe minister said so", "ltr", False, "rtl"),
            ("«זה הפרויקט» — the minister said, speaking at the conference.", "ltr", False, "ltr"),
            ("«שלום לכולם כאן היום בעיר» — he said.", "ltr", False, "rtl"),
        ],
        ids=[
            "digits-default",
            "bullet-default",
            "empty-rtl",
            "empty-ltr",
            "neutral-ltr-default",
            "english",
            "guillemet-then-arabic",
            "override",
            "override-without-arabic",
            "isolate-skipped",
            "rlm-is-strong",
            "arabic-indic-digit-is-weak",
            "first-paragraph-only",
            "first-paragraph-neutral",
            "override-latin-lead",
            "override-not-for-an-english-sentence",
            "override-when-arabic-is-half-as-many",
            "override-arabic-first",
            "english-without-override",
            "override-looks-at-the-first-paragraph-only",
            "english-story-arabic-quote-first",
            "arabic-story-keeps-first-strong",
            "english-story-arabic-sentence",
            "english-story-mirror-rule-first-paragraph",
            "english-story-mirror-rule-first-paragraph-only",
            "english-story-rlm-is-not-a-quote",
            "english-story-hebrew-quote-first",
            "english-story-hebrew-sentence",
        ],
    )
    def test_paragraph_direction(self, text: str, default: str, prefer_rtl: bool, expected: str) -> None:
        """Case 5: the first strong character decides (P2/P3), else the default; no error on ""."""
        assert paragraph_direction(text, default, prefer_rtl=prefer_rtl) == expected  # type: ignore[arg-type]

    @pytest.mark.parametrize("text", ["2500", "•"], ids=["digits", "bullet"])
    def test_neutral_paragraph_takes_article_direction(self, text: str) -> None:
        """Case 5: a neutral-only paragraph in an RTL article is right-aligned."""
        (line,) = V(text, 10)
        assert line == " " * (10 - len(text)) + text

    def test_ltr_english_unchanged_and_left_aligned(self) -> None:
        """Case 5: an English paragraph comes out as typed, flush left, in both modes."""
        for mode in ("app", "terminal"):
            (line,) = V("Reuters reported 2500 troops (and more)", 50, mode=mode)
            assert line == "Reuters reported 2500 troops (and more)".ljust(50)

    def test_direction_is_per_paragraph(self) -> None:
        """Each newline starts a paragraph with its own direction."""
        lines = V("English first\nقال مسؤول", 20)
        assert lines[0] == "English first".ljust(20)
        assert lines[1].startswith(" ") and N(lines[1]) == "لوؤسم لاق"


class TestMixedRuns:
    """RTL.md §4 cases 6-13: numbers, Latin runs, punctuation, quotes and bidi controls (as FriBidi)."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("حوالي 2,500 جندي", "يدنج 2,500 يلاوح"),
            ("ارتفع بنسبة 1.5% في عام 2024", "2024 ماع يف %1.5 ةبسنب عفترا"),
            ("في 2024/09/11 أعلن", "نلعأ 2024/09/11 يف"),
            ("و900 جندي", "يدنج 900و"),
            ("عام ٢٠١٤", "٢٠١٤ ماع"),
            ("الفترة (2014-2017) شهدت", "تدهش (2017-2014) ةرتفلا"),
            ("درجة الحرارة -5 اليوم", "مويلا 5- ةرارحلا ةجرد"),
            ("قال مسؤول لوكالة Reuters News إن المحادثات", "تاثداحملا نإ Reuters News ةلاكول لوؤسم لاق"),
            ("التحالف (الدولي) ضد داعش", "شعاد دض (يلودلا) فلاحتلا"),
            ("انظر [1] والمصدر {ب}", "{ب} ردصملاو [1] رظنا"),
            ("قال (CNN news) أمس", "سمأ (CNN news) لاق"),
            ("«الباعور» يُشارك", "كراشيُ «روعابلا»"),
            ("لـ “التحالف الدولي”", "”يلودلا فلاحتلا“ ـل"),
            ("نص\u200f عربي", "يبرع صن"),
            ("نص \u2067RLI عربي\u2069 هنا", "انه يبرع RLI صن"),
            ("أ < ب > ج", "ج < ب > أ"),
        ],
        ids=[
            "thousands",
            "percent-and-year",
            "date",
            "digits-glued",
            "arabic-indic",
            "range-quirk",
            "minus-quirk",
            "latin-run",
            "parens",
            "square-and-curly",
            "parens-around-latin",
            "guillemets",
            "curly-quotes-not-mirrored",
            "rlm",
            "isolate",
            "angle-brackets",
        ],
    )
    def test_visual_line(self, text: str, expected: str) -> None:
        """Cases 6-13: the visual line agrees with UBA/FriBidi (digits never reversed, brackets mirrored)."""
        (line,) = V(text, 60)
        assert N(line) == expected
        assert not BIDI_CONTROLS & set(line)

    @pytest.mark.parametrize(
        ("width", "second"),
        [(30, "جئاتنلا نإ MIT (University"), (34, "ةديج جئاتنلا نإ MIT (University")],
    )
    def test_a_bracket_pair_broken_between_lines_keeps_its_direction(self, width: int, second: str) -> None:
        """A pair holding Latin in an Arabic sentence is right to left (N0); broken after ``Harvard``,
        its ``)`` sits between two Latin words on the next line and stays right to left there, so
        ``MIT`` is drawn to its left as in the unbroken line (``… MIT (Harvard University) …``)."""
        text = "قال الباحث في جامعة (Harvard University) MIT إن النتائج جيدة"
        assert N(V(text, 80)[0]).strip() == "ةديج جئاتنلا نإ MIT (Harvard University) ةعماج يف ثحابلا لاق"
        first, *rest = (N(line).strip() for line in V(text, width))
        assert first == "Harvard) ةعماج يف ثحابلا لاق"
        assert rest[0] == second

    def test_guillemets_point_outward(self) -> None:
        """Case 11: « stays at the left and » at the right of the RTL word (mirrored twice by L4)."""
        visual = N(V("«الباعور» يُشارك", 40)[0])
        assert visual.index("\u00ab") < visual.index("\u00bb")
        assert visual.endswith("«روعابلا»")

    def test_plain_rust_get_display_does_not_mirror(self) -> None:
        """Case 10 tripwire: python-bidi's Rust core alone leaves brackets unmirrored (python-bidi#25)."""
        from bidi import get_display

        assert get_display("(الدولي)", base_dir="R") == ")يلودلا("
        assert reorder_line("(الدولي)", "rtl") == "(يلودلا)"

    @pytest.mark.parametrize(
        ("text", "direction", "expected"),
        [
            ("(abc)", "ltr", "(abc)"),
            ("(abc)", "rtl", "(abc)"),
            ("(אב)", "ltr", "(בא)"),
            ("a (ج) b", "rtl", "b (ج) a"),
            ("[ج", "rtl", "ج]"),
            ("x≤ج", "rtl", "ج≥x"),
        ],
        ids=["latin-ltr", "latin-rtl", "hebrew-in-ltr", "bracket-pair", "unpaired", "math"],
    )
    def test_reorder_line_mirroring(self, text: str, direction: str, expected: str) -> None:
        """L4: a mirrored character at an odd level shows its mirror glyph, at an even level it does not."""
        assert reorder_line(text, direction) == expected  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("text", "direction", "expected"),
        [
            ("نعم 👍🏽", "rtl", "👍🏽 معن"),
            ("نعم 👍🏽👎🏿 لا", "rtl", "ال 👎🏿👍🏽 معن"),
            ("نعم ☝🏾 (لا)", "rtl", "(ال) ☝🏾 معن"),
            ("نعم 👍️🏽", "rtl", "👍️🏽 معن"),
            ("ok 👍🏽👎🏿 fine", "ltr", "ok 👍🏽👎🏿 fine"),
            ("ok 👍🏽 fine", "rtl", "ok 👍🏽 fine"),
            ("نعم 🏽 لا", "rtl", "ال 🏽 معن"),
            ("نعم \u2500👍🏽", "rtl", "👍🏽\u2500 معن"),
        ],
        ids=["one", "two-in-a-row", "bmp-base", "variation-selector", "ltr", "latin-in-rtl", "lone", "stand-in-taken"],
    )
    def test_skin_tone_stays_after_its_emoji(self, text: str, direction: str, expected: str) -> None:
        """An emoji's skin-tone modifier (a neutral, not a mark) is drawn after it at any level: reversed,
        the terminal draws two pictures, two cells wider than counted, and the pane's edge moves."""
        assert reorder_line(text, direction) == expected  # type: ignore[arg-type]

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize("width", [6, 11, 24, 80])
    def test_skin_tones_are_left_out_on_screen(self, mode: str, width: int) -> None:
        """Every line is exactly the width Rich counts, so no terminal draws a tone as a picture of its own."""
        text = "شكرا 👍🏽 للجميع 👏🏿👏🏻 اليوم ☝🏾 و👩🏽 (نعم)"
        lines = layout_paragraph(text, width, mode=mode, direction="rtl")  # type: ignore[arg-type]
        assert not any(0x1F3FB <= ord(char) <= 0x1F3FF for line in lines for char in line)
        assert all(cell_width(line) == width for line in lines)
        assert sum(line.count("👏") for line in lines) == 2 and any("☝" in line for line in lines)
        headline = fit_line(text, width, mode=mode)  # type: ignore[arg-type]
        assert cell_width(headline) == width and not any(0x1F3FB <= ord(char) <= 0x1F3FF for char in headline)

    @pytest.mark.parametrize(
        "text",
        ["نص\u200e عربي\u061c", "\u202bنص\u202c", "\u202eabc\u202c نص", "\u2066a\u2069 \u2068ب\u2069", "\ufeffنص"],
        ids=["marks", "embedding", "override", "isolates", "bom"],
    )
    def test_reorder_line_drops_every_bidi_control(self, text: str) -> None:
        """Case 13: no U+200E/F, U+061C, U+202A-E, U+2066-9 or U+FEFF survives reordering."""
        for direction in ("rtl", "ltr"):
            assert not BIDI_CONTROLS & set(reorder_line(text, direction))  # type: ignore[arg-type]


class TestShaping:
    """RTL.md §4 cases 14-20: lam-alef, harakat, stacked marks, Persian letters, tatweel, no ALLAH ligature."""

    @pytest.mark.parametrize(
        ("word", "ligature"),
        [("لا", "\ufefb"), ("الولايات", "\ufefb"), ("الإمارات", "\ufef9"), ("الأمريكية", "\ufef7"), ("الآن", "\ufef5")],
        ids=["la", "wilayat", "hamza-below", "hamza-above", "madda"],
    )
    def test_lam_alef(self, word: str, ligature: str) -> None:
        """Case 14: lam + alef becomes one ligature code point and one cell."""
        shaped = shape(word)
        assert ligature in shaped
        assert cell_width(shaped) == len(word) - 1
        assert shape("لا") == "\ufefb" and cell_width("\ufefb") == 1

    def test_harakat_kept_after_their_letter(self) -> None:
        """Case 15: "إقرأ أيضاً:" keeps its tanween, right after ALEF FINAL, in the visual line."""
        (line,) = V("إقرأ أيضاً:", 20)
        assert line.strip() == ":\ufe8e\u064b\ufec0\ufef3\ufe83 \ufe83\ufeae\ufed7\ufe87"

    def test_default_reshaper_drops_harakat(self) -> None:
        """Case 15 regression: arabic_reshaper's default configuration deletes the tanween."""
        import arabic_reshaper

        assert "\u064b" not in arabic_reshaper.reshape("أيضاً")
        assert "\u064b" in shape("أيضاً")

    @pytest.mark.parametrize(
        ("word", "starts"),
        [("شاملاً", "\ufefc\u064b"), ("لَا", "\ufefb\u064e"), ("تعاوناً", "\ufe8e\u064b")],
        ids=["tanween-on-lam-alef", "fatha-between-lam-and-alef", "tanween"],
    )
    def test_mark_follows_lam_alef(self, word: str, starts: str) -> None:
        """Case 16: the mark of a lam-alef ligature comes right after the ligature, not before it."""
        assert V(word, 10)[0].strip().startswith(starts)

    def test_stacked_marks_follow_their_own_letter(self) -> None:
        """Case 17: each mark of "كَنَدِيَّةٌ" follows its own letter, the stack keeping logical order."""
        word = "كَنَدِيَّةٌ"
        clusters = re.findall("[^\u064b-\u0652][\u064b-\u0652]*", shape(word))
        visual = V(word, 20)[0].strip()
        assert visual == "".join(reversed(clusters))
        assert "\ufef3\u064e\u0651" in visual

    def test_no_visual_line_starts_with_a_mark(self) -> None:
        """Case 16: in every line, each combining mark sits right after a non-space base."""
        texts = [OWN_TEXT, "شاملاً", "لَا", "كَنَدِيَّةٌ ثُمَّ", "إقرأ أيضاً: موضحاً أن تعاوناً دولياً شاملاً"]
        for text in texts:
            for width in (5, 9, 20):
                for line in V(text, width):
                    for index, ch in enumerate(line):
                        if unicodedata.category(ch) == "Mn":
                            assert index > 0 and not line[index - 1].isspace(), (text, line)

    def test_persian_letters_are_shaped(self) -> None:
        """Case 18: Farsi yeh is shaped (initial U+FBFE, final U+FBFD) and lines keep the width."""
        lines = V("الولایات المتحدة فی العراق", 20)
        joined = "".join(lines)
        assert "\ufbfe" in joined and "\ufbfd" in joined and "\u06cc" not in joined
        assert all(cell_width(line) == 20 for line in lines)

    def test_tatweel(self) -> None:
        """Case 19: "لـ" shapes to lam initial then tatweel, one cell each."""
        assert shape("لـ “التحالف").startswith("\ufedf\u0640")
        assert cell_width("\ufedf") == cell_width("\u0640") == 1

    def test_allah_ligature_disabled(self) -> None:
        """Case 20: "الله" stays four cells, no U+FDF2 (fonts draw it wider than one cell)."""
        assert "\ufdf2" not in shape("الله") and cell_width(shape("الله")) == 4
        assert "\ufdf2" not in "".join(V("بسم الله", 20))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("\ufefb", "\ufefb"), ("\ufe8d\ufedf\ufee0\ufeea", shape("الله")), ("\ufdf2", shape("الله"))],
        ids=["ligature", "forms", "allah-glyph"],
    )
    def test_presentation_forms_are_reshaped_from_base_letters(self, text: str, expected: str) -> None:
        """Already-shaped input is folded (NFKC) and shaped again, so U+FDF2 cannot sneak in."""
        assert shape(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("\u200dلا", "\ufefc"), ("ب\u200dلا", "\ufe91\ufefc"), ("بَ\u200dلا", "\ufe91\u064e\ufefc")],
        ids=["zwj-first", "zwj-joins", "zwj-after-mark"],
    )
    def test_zwj_does_not_crash_the_reshaper(self, text: str, expected: str) -> None:
        """arabic-reshaper 3.1.0 raises IndexError on a ZWJ before lam-alef; we shape it and join."""
        assert shape(text) == expected


class TestWidth:
    """RTL.md §4 cases 21-24: widths, long tokens, bullets, headline truncation."""

    @pytest.mark.parametrize("width", [1, 2, 20, 37, 60, 80])
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_every_line_is_exactly_the_width(self, width: int, mode: str) -> None:
        """Case 21: every line of our text is padded to exactly the width."""
        for paragraph in own_paragraphs():
            lines = V(paragraph, width, mode=mode)
            assert all(cell_width(line) == width for line in lines)
            assert len(lines) == line_count(paragraph, width, mode=mode)  # type: ignore[arg-type]

    @pytest.mark.parametrize("path", LAYOUT_FILES)
    @pytest.mark.parametrize("width", [1, 2, 20, 37, 60, 80])
    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_every_layout_line_is_exactly_the_width(self, width: int, mode: str, path: Path) -> None:
        """Case 21 on every line of an article in the reference sample's layout (and on the sample's own)."""
        for paragraph in layout_paragraphs(path):
            lines = V(paragraph, width, mode=mode)
            assert all(cell_width(line) == width for line in lines)
            assert len(lines) == line_count(paragraph, width, mode=mode)  # type: ignore[arg-type]

    @pytest.mark.parametrize("path", LAYOUT_FILES)
    def test_layout_width_invariant(self, path: Path) -> None:
        """Case 21 on an article in the reference sample's layout as one text: all lines exactly 20, 37, 60 and
        80 cells."""
        text = path.read_text(encoding="utf-8")
        for width in (20, 37, 60, 80):
            lines = V(text, width)
            assert {cell_width(line) for line in lines} == {width}

    def test_long_url_is_split_and_keeps_ltr_order(self) -> None:
        """Case 22: a URL wider than the line is split; no line exceeds 20 cells; its characters stay LTR."""
        url = "https://example.com/very/long/path/to/article?id=2500"
        lines = V(f"المصدر: {url} اليوم", 20)
        assert all(cell_width(line) == 20 for line in lines)
        latin = "".join(re.sub("[^A-Za-z0-9]", "", line) for line in lines)
        assert latin == re.sub("[^A-Za-z0-9]", "", url)
        assert len(lines) == line_count(f"المصدر: {url} اليوم", 20)

    def test_long_arabic_word_never_splits_a_letter_from_its_marks(self) -> None:
        """Case 22/4: hard splits fall between clusters; widths and marks survive width 3."""
        word = "كَنَدِيَّةٌالولاياتُ"
        lines = V(word, 3)
        assert all(cell_width(line) == 3 for line in lines)
        assert letters("".join(lines)) == letters(shape(word))
        assert len(lines) == line_count(word, 3)

    @pytest.mark.parametrize("token", ["x" * 20_000, "بلا" * 7_000], ids=["latin", "arabic-lam-alef"])
    def test_very_long_token(self, token: str) -> None:
        """A 20,000-character token is cut into full-width lines, in order, and counted exactly."""
        lines = V(token, 60)
        assert len(lines) == line_count(token, 60) == -(-shaped_width(token) // 60)
        assert all(cell_width(line) == 60 for line in lines)
        assert "".join(line.strip()[::-1] for line in lines) == shape(token)

    def test_bullet_at_right_edge(self) -> None:
        """Case 23: "  • الإمارات…" puts the bullet at the right edge, text right-aligned."""
        (line,) = V("  • الإمارات تشارك في الاجتماع", 40)
        assert line.startswith(" ") and line.endswith("•")

    def test_wide_characters(self) -> None:
        """Two-cell characters never overflow from width 2; at width 1 each is kept whole on a line of its own,
        overflowing (cropped, it was dropped)."""
        for width in (1, 2, 3):
            lines = V("中文 字符 مرحبا", width)
            assert all(cell_width(line) == width or (width == 1 and line in "中文字符") for line in lines)
            assert "".join(lines).count("字") == 1
            assert len(lines) == line_count("中文 字符 مرحبا", width)

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_empty_paragraph_is_one_blank_line(self, mode: str) -> None:
        """An empty paragraph (and a blank one between two others) gives one padded line."""
        assert V("", 7, mode=mode) == (" " * 7,)
        assert len(V("أ\n\nب", 7, mode=mode)) == 3
        assert line_count("", 7) == 1

    @pytest.mark.parametrize("width", [0, -3])
    def test_width_below_one_is_rejected(self, width: int) -> None:
        """A width below 1 raises ValueError in every entry point."""
        with pytest.raises(ValueError):
            layout_paragraph("نص", width)
        with pytest.raises(ValueError):
            line_count("نص", width)
        with pytest.raises(ValueError):
            fit_line("نص", width)

    @pytest.mark.parametrize(
        "options",
        [{"mode": "html"}, {"direction": "up"}, {"default": "down"}],
        ids=["mode", "direction", "default"],
    )
    def test_unknown_options_are_rejected(self, options: dict[str, object]) -> None:
        """Unknown mode or direction values raise ValueError instead of rendering something odd."""
        with pytest.raises(ValueError):
            layout_paragraph("نص", 10, **options)  # type: ignore[arg-type]

    def test_align_false_does_not_pad(self) -> None:
        """With align=False lines keep their natural width."""
        assert V("نص قصير", 20, align=False) == (shape("نص قصير")[::-1],)


class TestFitLine:
    """RTL.md §4 case 24: one-line headlines truncated in logical order."""

    HEADLINE = "بوريطة: المغرب شريك أساسي في التحالف الدولي ضد داعش"

    @pytest.mark.parametrize("width", [12, 24, 40])
    def test_rtl_headline_keeps_first_words_ellipsis_left(self, width: int) -> None:
        """Case 24: the first word shows at the right, "…" at the left, and the line is exactly the width."""
        line = fit_line(self.HEADLINE, width)
        assert cell_width(line) == width
        content = line.strip()
        assert content.startswith("\u2026")
        assert N(content).endswith(":ةطيروب")

    def test_ltr_headline_ellipsis_right(self) -> None:
        """Case 24: an English headline keeps its first words on the left and ends with "…"."""
        line = fit_line("Minister opens the new public library downtown", 20)
        assert line.startswith("Minister opens the") and line.rstrip().endswith("\u2026")
        assert cell_width(line) == 20

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    def test_short_headline_fits_untouched(self, mode: str) -> None:
        """A headline that fits is not truncated: right-aligned RTL, no ellipsis."""
        line = fit_line("الإمارات تشارك", 30, mode=mode)  # type: ignore[arg-type]
        assert "\u2026" not in line and line.startswith(" ") and cell_width(line) == 30

    @pytest.mark.parametrize("width", [24, 26, 28])
    def test_a_number_is_never_cut_short(self, width: int) -> None:
        """A cut falls between words: "85.5" is never left as "85." (reordered, it would read ".85")."""
        line = fit_line("ارتفاع أسعار النفط إلى 85.5 دولار للبرميل", width, mode="terminal")
        kept = line.strip().removesuffix("\u2026").split()
        assert kept[-1] in ("إلى", "85.5", "دولار"), kept
        assert "85." not in kept

    @pytest.mark.parametrize(
        ("text", "width", "expected"),
        [
            ("سعر 85.5 دولار اليوم", 8, "سعر…"),
            ("Price 12,345,678.90 dollars today", 11, "Price…"),
            ("127.0.0.1:38261 · 2026-11-29", 20, "127.0.0.1:38261…"),
            ("Harbour works · 2026-11-29", 20, "Harbour works…"),
        ],
        ids=["arabic-number", "latin-number", "host-and-date", "no-lone-separator"],
    )
    def test_a_number_is_dropped_whole_rather_than_cut(self, text: str, width: int, expected: str) -> None:
        """Even when going back to the space leaves less than half the room, a number is not cut, and no
        separator is left hanging before the "…"."""
        assert fit_line(text, width, mode="terminal").strip() == expected

    @pytest.mark.parametrize(
        ("text", "width", "expected"),
        [
            ("Nada News – Technology · 2026-11-30", 26, "Nada News – Technology…"),
            ("Nada News – Technology · 2026-11-30", 22, "Nada News – Technolog…"),
            ("Nada News – Technology · 2026-11-30", 16, "Nada News…"),
            ("نشرة الحي – ثقافة · 2026/10/01", 24, "نشرة الحي – ثقافة…"),
        ],
        ids=["separator-before-the-cut", "section-cut-inside", "half-filled-by-words", "arabic-byline"],
    )
    def test_a_byline_keeps_what_fits(self, text: str, width: int, expected: str) -> None:
        """A byline cut where a separator ends the room leaves no "·…"; a cut that only the separator would
        push under half the room cuts inside the next word ("Nada News…" left 12 of 22 cells empty)."""
        assert fit_line(text, width, mode="terminal").strip() == expected

    @pytest.mark.parametrize("separator", list("·-–—|/:،,"))
    def test_no_separator_is_left_standing_before_the_ellipsis(self, separator: str) -> None:
        """A list headline cut right after a lone separator (the Arabic comma too) ends "…", not " ،…"."""
        text = f"وكالة الأنباء {separator} تقرير موسع عن الأسواق العربية اليوم"
        for width in range(16, 22):
            assert fit_line(text, width, mode="terminal", align=False) == "وكالة الأنباء…", width

    def test_a_long_word_is_still_cut_inside(self) -> None:
        """A cut between words that would leave less than half the room filled cuts the word instead."""
        line = fit_line("See https://news.example/a-very-long-address-of-the-story", 30, mode="terminal")
        assert line.startswith("See https://news.example/") and line.endswith("\u2026")

    def test_terminal_mode_truncates_logical_text(self) -> None:
        """In terminal mode the label stays logical and unshaped, "…" at its logical end."""
        line = fit_line(self.HEADLINE, 20, mode="terminal")
        assert line.endswith("\u2026") and line.lstrip().startswith("بوريطة")

    def test_width_one(self) -> None:
        """At width 1 only the ellipsis is left."""
        assert fit_line(self.HEADLINE, 1) == "\u2026"


FLAG_RUN = re.compile("[\U0001f1e6-\U0001f1ff]+")
"""A run of regional indicators: its letters pair 0-1, 2-3, ... into flags."""
SAUDI, EGYPT, JAPAN, FRANCE = "🇸🇦", "🇪🇬", "🇯🇵", "🇫🇷"
WHOLE_FLAGS = frozenset({SAUDI, EGYPT, JAPAN, FRANCE})
"""Paired one letter off (🇦🇪, 🇬🇯, ...) none of these is one of them: a cut inside a flag shows."""


def wrong_flags(line: str) -> list[str]:
    """The letter pairs of the line's flag runs that are not whole flags in logical letter order."""
    return [
        run[i : i + 2]
        for run in FLAG_RUN.findall(line)
        for i in range(0, len(run), 2)
        if run[i : i + 2] not in WHOLE_FLAGS
    ]


class TestFlags:
    """A flag (two regional indicators) is one cluster: wrapped, truncated and reordered whole."""

    ARABIC_FLAGS = (
        f"فازت السعودية {SAUDI} على مصر {EGYPT} في النهائي أمام {(SAUDI + EGYPT + JAPAN + FRANCE) * 5} الجماهير"
    )

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize(
        ("text", "direction"),
        [
            (ARABIC_FLAGS, None),
            (ARABIC_FLAGS, "ltr"),
            (f"Final: {(SAUDI + EGYPT + JAPAN + FRANCE) * 5} and more", None),
            (f"Final: {(SAUDI + EGYPT + JAPAN + FRANCE) * 5} and more", "rtl"),
        ],
        ids=["arabic", "arabic-ltr", "latin", "latin-rtl"],
    )
    def test_paragraph_lines_keep_flags_whole(self, text: str, direction: str | None, mode: str) -> None:
        """At widths 2..50 every line is the width exactly and its flag runs are whole flags, letters in
        order: bidi reordering keeps a flag's two letters (class L) as they are."""
        for width in range(2, 51):
            lines = V(text, width, mode=mode, direction=direction)
            assert [cell_width(line) for line in lines] == [width] * len(lines), width
            assert [wrong_flags(line) for line in lines] == [[]] * len(lines), (width, lines)
            assert "".join(FLAG_RUN.findall("".join(lines))).count(SAUDI) == text.count(SAUDI)

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize(
        "text",
        [f"{SAUDI}{EGYPT}{JAPAN}{FRANCE} السعودية ومصر", f"{SAUDI}{EGYPT}{JAPAN}{FRANCE}{SAUDI[0]} Final"],
        ids=["arabic", "odd-run"],
    )
    def test_truncated_label_keeps_flags_whole(self, text: str, mode: str) -> None:
        """``fit_line`` cuts a label between flags, never between the two letters of one."""
        for width in range(2, 14):
            line = fit_line(text, width, mode=mode)  # type: ignore[arg-type]
            assert cell_width(line) == width
            (whole,) = FLAG_RUN.findall(text)
            kept = FLAG_RUN.findall(line)
            # The flags kept are the first ones, whole (the lone letter of an odd run only with all before it).
            assert kept in ([], [whole]) or (len(kept[0]) % 2 == 0 and whole.startswith(kept[0])), (width, line)
            assert wrong_flags(line.replace(whole, "")) == []


class TestTerminalMode:
    """``mode="terminal"``: same wrapping, logical unshaped text, still padded."""

    def test_logical_unshaped_text(self) -> None:
        """Terminal mode returns the logical words, unshaped and in order, padded on the left for RTL."""
        for paragraph in own_paragraphs():
            lines = V(paragraph, 30, mode="terminal")
            text = [line.strip().removeprefix(RTL_EMBEDDING[0]).removesuffix(RTL_EMBEDDING[1]) for line in lines]
            assert " ".join(text) == " ".join(paragraph.split())
            assert not any("\ufb50" <= ch <= "\ufeff" for line in lines for ch in line)
            assert all(line.startswith(" ") or cell_width(line.strip()) == 30 for line in lines)

    def test_same_wrapping_without_lam_alef(self) -> None:
        """Terminal mode wraps the same words as app mode when no lam-alef makes a shaped word narrower."""
        text = "وقال مدير المكتبة في كلمة قصيرة إن المشروع استغرق ثلاث سنوات من التخطيط"
        terminal = [line.strip().strip("".join(RTL_EMBEDDING)).split() for line in V(text, 20, mode="terminal")]
        assert split_as_lines(text, V(text, 20)) == terminal

    def test_lam_alef_packs_app_lines_tighter(self) -> None:
        """App mode measures the shaped text, where each lam-alef saves a cell, so it can fit more."""
        text = "لا لا لا لا"
        assert line_count(text, 7) == 1 and line_count(text, 7, mode="terminal") == 2


class TestCaches:
    """PERF.md: reshape once per paragraph; re-layout and line counting never reshape."""

    def test_relayout_makes_no_reshape_calls(self) -> None:
        """Laying out again at other widths reuses the shaped paragraphs: zero reshape calls."""
        layout_paragraph(OWN_TEXT, 60)
        assert STATS.reshape_calls == len(own_paragraphs())
        STATS.reset()
        for width in (37, 80, 20, 1):
            layout_paragraph(OWN_TEXT, width)
        assert STATS.reshape_calls == 0
        assert STATS.bidi_calls > 0

    def test_layout_cache_makes_no_calls_at_all(self) -> None:
        """The same layout twice is served from the cache: no reshaping, no reordering."""
        first = layout_paragraph(OWN_TEXT, 60)
        STATS.reset()
        assert layout_paragraph(OWN_TEXT, 60) == first
        assert STATS.reshape_calls == STATS.bidi_calls == 0
        assert STATS.layout_hits == len(OWN_TEXT.split("\n"))

    def test_line_count_neither_shapes_nor_reorders(self) -> None:
        """line_count on a fresh article calls neither the reshaper nor python-bidi."""
        assert line_count(OWN_TEXT * 3, 33) > 0
        assert STATS.reshape_calls == STATS.bidi_calls == 0

    def test_line_count_on_a_large_text(self) -> None:
        """line_count handles ~1 MB of Arabic without shaping, and equals the layout's length."""
        big = "\n".join(f"{p} {i}" for i in range(60) for p in own_paragraphs()) * 25
        assert len(big.encode()) > 1_000_000
        count = line_count(big, 80)
        assert STATS.reshape_calls == 0
        small = "\n".join(big.split("\n")[:40])
        assert line_count(small, 80) == len(layout_paragraph(small, 80))
        assert count > 4 * 60 * 25

    def test_reset(self) -> None:
        """PipelineStats.reset sets every counter back to zero."""
        layout_paragraph("نص", 5)
        STATS.reset()
        assert (STATS.reshape_calls, STATS.bidi_calls, STATS.layout_hits) == (0, 0, 0)


class TestInternals:
    """Invariants of the private helpers the speed depends on."""

    def test_nsm_table_matches_unicodedata(self) -> None:
        """The built-in NSM ranges are all Bidi_Class NSM, and cover nearly all of this Python's NSMs."""
        table: set[int] = set()
        for item in reorder._NSM_RANGES.split():
            first, _, last = item.partition("-")
            table.update(range(int(first, 16), int(last or first, 16) + 1))
        assert all(unicodedata.bidirectional(chr(code)) == "NSM" for code in table)
        scanned = [*range(0x300, 0x20000), *range(0xE0100, 0xE01F0)]
        current = {code for code in scanned if unicodedata.bidirectional(chr(code)) == "NSM"}
        assert len(current - table) < 0.05 * len(current)
        # The class the probes use on a line with astral characters (the whole table).
        nsm = reorder._class_body(reorder._clip(reorder._parse_ranges(reorder._NSM_RANGES), "astral"))
        assert re.fullmatch(f"[{nsm}]+", "\u064b\u0300\U000e0100") and not re.match(f"[{nsm}]", "ب")

    def test_rtl_fast_path_alphabet_is_rtl_or_neutral(self) -> None:
        """Every character the RTL fast path accepts is AL/R or neutral, so a whole line is level 1."""
        allowed = {"AL", "R", "ON", "ES", "ET", "CS", "WS", "NSM"}
        accepted = [ch for ch in map(chr, range(0x10000)) if reorder.ONLY_RTL_AND_NEUTRAL.fullmatch(ch)]
        assert accepted and all(unicodedata.bidirectional(ch) in allowed for ch in accepted)

    def test_memo_config_shapes_like_the_stock_reshaper(self) -> None:
        """The memoized configuration gives the same output as a stock ArabicReshaper."""
        from arabic_reshaper import ArabicReshaper

        config = {"delete_harakat": False, "shift_harakat_position": False, "ARABIC LIGATURE ALLAH": False}
        stock = ArabicReshaper(configuration=config)
        for paragraph in own_paragraphs() + ["لَا شاملاً الله كَنَدِيَّةٌ فی"]:
            assert shape(paragraph) == stock.reshape(paragraph)

    @pytest.mark.parametrize("ligatures", [True, False])
    def test_memo_config_known_answers_are_the_reshapers_own(self, ligatures: bool) -> None:
        """Every option answered from newstui's own settings is what the reshaper's configparser answers."""
        from arabic_reshaper.ligatures import LIGATURES

        config = shaping._reshaper(ligatures).__self__.configuration  # type: ignore[attr-defined]
        section = config._section
        known = dict(config._memo)
        assert {name for name, _ in LIGATURES} | {"delete_harakat", "support_ligatures"} <= set(known)
        for key, value in known.items():
            assert section.getboolean(key) is value, key


# ----------------------------------------------------------------------------------------------------
# Properties

ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B)] + list("یکگپچژ")
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
LAM_ALEF = ["\u0644", "\u0622", "\u0623", "\u0625", "\u0627"]
OTHERS = list("abcXYZ0123456789 .,:;!?()[]{}«»“”-/%") + ["\u0640", "\u06e5", "\u0300", "\u200d", "\ufe0f"]
SAMPLE_WORDS = ["الولايات", "لا", "الإمارات", "الأمريكية", "الآن", "أيضاً", "شاملاً", "«الباعور»", "يُشارك", "فی"]
EXTRA = ["\ufefb", "\ufe8e", "中", "\u0660", "\u2067", "\u2069", "\u202e", "\u200f", "\x00", "\x1b", "\x85"]
EXTRA += ["\t", "\ufeff", "\n", "\u2029", "\U0001f468", "\U000e01ef", "\ud800"]

arabic_text = st.lists(
    st.one_of(
        st.sampled_from(ARABIC_LETTERS + HARAKAT + LAM_ALEF * 4 + OTHERS),
        st.sampled_from(SAMPLE_WORDS),
    ),
    max_size=30,
).map("".join)
messy_text = st.lists(
    st.one_of(st.sampled_from(ARABIC_LETTERS + HARAKAT + LAM_ALEF + OTHERS + EXTRA), st.sampled_from(SAMPLE_WORDS)),
    max_size=40,
).map("".join)
WIDTHS = st.sampled_from([1, 2, 3, 5, 8, 20, 37, 60, 80])
FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestShapingSeed:
    """Words shaped in a helper process let the reader lay out text without the reshaper, with the same lines."""

    def test_harakat_class_is_the_reshapers_own(self) -> None:
        from arabic_reshaper.arabic_reshaper import HARAKAT_RE

        assert shaping._harakat() == HARAKAT_RE.pattern.strip("[]")

    @given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=20))
    def test_the_reshaper_leaves_ascii_words_alone(self, word: str) -> None:
        """Why an ASCII word is its own shaped form without asking the reshaper."""
        assert shaping._reshaper(True)(word) == word

    def test_seeded_words_lay_out_the_same_lines_without_the_reshaper(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A seed made in another process gives exactly the lines shaping here gives; no reshaper call."""
        import pickle
        import subprocess
        import sys

        texts = own_paragraphs() + ["لَا شاملاً كَنَدِيَّةٌ (2024) «الباعور» Reuters ٣٤٥"]
        code = (
            "import pickle, sys\nfrom newstui.text.rtl import shaping_seed\n"
            "sys.stdout.buffer.write(pickle.dumps(shaping_seed(pickle.load(sys.stdin.buffer))))\n"
        )
        made = subprocess.run([sys.executable, "-c", code], input=pickle.dumps(texts), capture_output=True, check=True)
        seed = pickle.loads(made.stdout)
        rtl.clear_caches()
        expected = [rtl.layout_paragraph(text, width) for text in texts for width in (24, 60)]
        rtl.clear_caches()
        assert rtl.seed_shaping(seed) == len(seed) > 50

        def no_reshaper(ligatures: bool) -> None:
            raise AssertionError("the reshaper was asked for a seeded word")

        monkeypatch.setattr(shaping, "_reshaper", no_reshaper)
        try:
            assert [rtl.layout_paragraph(text, width) for text in texts for width in (24, 60)] == expected
        finally:
            rtl.clear_caches()

    @pytest.mark.parametrize(
        ("word", "form", "taken"),
        [
            ("كتاب", "ﻛﺘﺎﺏ", True),
            ("لا", "ﻻ", True),  # a lam-alef ligature is shorter
            ("two words", "ﺗﻮ", False),
            ("كتاب", "ﻛﺘﺎﺏx", False),  # longer than the word
            ("كتاب", "\x1b[31m", False),
            ("\x1bكتاب", "ﻛﺘﺎﺏ", False),
            ("كتاب", 42, False),
            (7, "ﻛﺘﺎﺏ", False),
        ],
    )
    def test_seed_takes_only_plausible_words(self, word: object, form: object, taken: bool) -> None:
        rtl.clear_caches()
        try:
            assert rtl.seed_shaping({word: form}) == int(taken)  # type: ignore[dict-item]
            assert (shaping.WORD_CACHE.get(word) == form) is taken  # type: ignore[call-overload]
        finally:
            rtl.clear_caches()

    def test_seed_never_evicts(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A seed that would overflow the word cache is dropped whole; the words already there stay."""
        rtl.clear_caches()
        try:
            shaping.WORD_CACHE["قائم"] = "ﻗﺎﺋﻢ"
            monkeypatch.setattr(shaping, "WORD_CACHE_SIZE", 2)
            assert rtl.seed_shaping({"كتاب": "ﻛﺘﺎﺏ", "باب": "ﺑﺎﺏ"}) == 0
            assert shaping.WORD_CACHE == {"قائم": "ﻗﺎﺋﻢ"}
        finally:
            rtl.clear_caches()


TEXT_MARKS = frozenset("\u200e\u200f\u061c")
"""LRM, RLM, ALM: the text's own marks, which terminal mode writes (zero cells wide)."""


class TestProperties:
    """Hypothesis properties over Arabic, Latin, digits, punctuation, marks and hostile characters."""

    @FAST
    @given(arabic_text)
    def test_width_estimate_is_exact(self, text: str) -> None:
        """shaped_width (no shaping) equals the cell width of the shaped text."""
        assert shaped_width(text) == cell_width(shape(text))

    @FAST
    @given(arabic_text.filter(lambda t: "\u200d" not in t and not shaping._has_split_pair(t)))
    def test_own_lam_alef_pass_matches_the_reshaper(self, text: str) -> None:
        """The ZWJ-safe shaping path gives the reshaper's own result wherever that one works and ligates
        every lam-alef pair (``shaping._ligate`` leaves some apart where the lam has harakat)."""
        assert shaping._reshape_ligating_here(text) == shaping._reshaper(True)(text)

    @FAST
    @given(arabic_text)
    def test_shaped_text_splits_like_the_logical_text(self, text: str) -> None:
        """Joining never crosses a space: the shaped paragraph has one token per logical token."""
        logical = [t for t in text.replace("\u200d", "").split(" ") if t]
        assert len([t for t in shape(text).split(" ") if t]) == len(logical)

    @FAST
    @given(messy_text, WIDTHS, st.sampled_from(["app", "terminal"]), st.booleans())
    def test_layout_invariants(self, text: str, width: int, mode: str, prefer_rtl: bool) -> None:
        """Every line is exactly the width (but a cluster wider than the whole width, kept whole on a line of its
        own), line_count agrees, and no bidi control or C0/C1 gets out (terminal mode passes on the text's own
        LRM, RLM and ALM, zero cells wide, to the terminal's bidi; never an embedding, override or isolate)."""
        lines = layout_paragraph(text, width, mode=mode, prefer_rtl=prefer_rtl)  # type: ignore[arg-type]
        assert all(cell_width(line) == width or " " not in line.strip(" \u202b\u202c") for line in lines)
        assert line_count(text, width, mode=mode) == len(lines)  # type: ignore[arg-type]
        refused = BIDI_CONTROLS - TEXT_MARKS if mode == "terminal" else BIDI_CONTROLS
        for line in lines:
            if mode == "terminal":  # (rtl11) a right-to-left line's text between RLE and PDF, and no other control
                shown = line.strip(" ")
                if shown.startswith(RTL_EMBEDDING[0]) and shown.endswith(RTL_EMBEDDING[1]):
                    line = shown[1:-1]
            assert not refused & set(line)
            assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in line)
        label = fit_line(text, width, mode=mode)  # type: ignore[arg-type]
        assert cell_width(label) == width and not refused & set(label)

    @FAST
    @given(arabic_text, WIDTHS)
    def test_lines_keep_every_character(self, text: str, width: int) -> None:
        """Wrapping loses nothing but spaces (width >= 2 fits every cluster) and VS16 (left out on screen);
        mirroring may swap a bracket."""
        from bidi.mirror import MIRRORED

        def folded(counter: Counter[str]) -> Counter[str]:
            return Counter(min(ch, MIRRORED.get(ch, ch)) for ch in counter.elements())

        if width < 2:
            return
        lines = layout_paragraph(text, width)
        assert folded(letters("".join(lines))) == folded(letters(shape(text).replace("\ufe0f", "")))

    @settings(max_examples=200, deadline=None)
    @given(st.text(), st.sampled_from(["ltr", "rtl"]), st.booleans())
    def test_reorder_line_never_raises(self, text: str, direction: str, marks: bool) -> None:
        """reorder_line takes any string (isolates, overrides, surrogates) and drops every bidi control."""
        assert not BIDI_CONTROLS & set(reorder_line(text, direction, marks=marks))  # type: ignore[arg-type]

    @FAST
    @given(
        st.lists(
            st.sampled_from(
                ["\u2066", "\u2067", "\u2068", "\u2069", "\u202a", "\u202e", "\u202c", "ج", "a", "(", "\u064e", " "]
            ),
            max_size=20,
        ).map("".join)
    )
    def test_reorder_line_with_explicit_controls(self, text: str) -> None:
        """Unbalanced isolates, embeddings and overrides never raise and never reach the output, and every
        other character comes out exactly once (a bracket possibly as its mirror image, ``(`` as ``)``)."""
        from bidi.mirror import MIRRORED

        def folded(chars: Iterable[str]) -> Counter[str]:  # a mirrored pair counts as one character
            return Counter(min(ch, MIRRORED.get(ch, ch)) for ch in chars)

        assert folded("()") == Counter({"(": 2})
        for direction in ("ltr", "rtl"):
            out = reorder_line(text, direction)  # type: ignore[arg-type]
            assert not BIDI_CONTROLS & set(out)
            assert folded(out) == folded(ch for ch in text if ch not in BIDI_CONTROLS)

    @FAST
    @given(st.text(alphabet=st.sampled_from(ARABIC_LETTERS + list(" .,:!?«»“”-/%()")), max_size=40))
    def test_rtl_fast_path_equals_get_display(self, text: str) -> None:
        """The reversal fast path gives what python-bidi gives for Arabic plus neutrals (then L4)."""
        from bidi import get_display
        from bidi.mirror import MIRRORED

        if any(ch in MIRRORED for ch in text):
            return
        assert reorder_line(text, "rtl") == get_display(text, base_dir="R")

    @FAST
    @given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40))
    def test_ltr_ascii_fast_path_equals_get_display(self, text: str) -> None:
        """Printable ASCII in an LTR paragraph is already in visual order."""
        from bidi import get_display

        assert reorder_line(text, "ltr") == get_display(text, base_dir="L")


class TestMirrorWidths:
    """The width fast path trusts mirrored pairs to be equally wide; only the pairs present are checked."""

    @pytest.mark.parametrize(
        ("text", "swapped", "expected"),
        [
            ("نص (بين قوسين) «واقتباس»", {}, True),
            ("نص بلا أقواس", {}, True),
            ("نص (بين قوسين)", {"(": "\uff08"}, False),  # a mirror image twice as wide: no fast path
            ("نص بلا أقواس", {"(": "\uff08"}, True),  # the odd pair is not in this text
        ],
        ids=["real-table", "no-mirrored", "wide-mirror-present", "wide-mirror-absent"],
    )
    def test_pairs_in_the_text_decide(
        self, text: str, swapped: dict[str, str], expected: bool, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """True unless a mirrored character of the text has a mirror image of another width."""
        real = reorder._bidi()
        monkeypatch.setattr(reorder, "_bidi", lambda: real._replace(mirrored={**real.mirrored, **swapped}))
        assert reorder.mirrors_keep_width(text) is expected

    def test_every_pair_of_the_installed_table_keeps_width(self) -> None:
        """The assumption holds for the whole installed python-bidi table under Rich's widths."""
        from rich.cells import cell_len

        assert reorder.mirrors_keep_width("".join(reorder._bidi().mirrored))
        assert all(cell_len(a) == cell_len(b) for a, b in reorder._bidi().mirrored.items())
