"""Arabic-aware folding for search and matching (text/normalize.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.reference_layout import GOLDEN, REFERENCE, skip_without_reference
from newstui.text import normalize as normalize_module
from newstui.text.normalize import normalize

# Our own article in the reference's layout (Persian-yeh keyword, alef maksura, a marker with hamza and tanween).
READ_ALSO_BLOCK = Path(__file__).resolve().parents[1] / "fixtures" / "plaintext" / "arabic_read_also_block.txt"

EQUIVALENT = [
    # RTL.md case 29
    ("persian-yeh-keyword", "الولایات المتحدة فی العراق", "الولايات المتحدة في العراق"),
    ("alef-maksura", "فى سوريا", "في سوريا"),
    ("hamza-tanween", "إقرأ أيضاً", "اقرا ايضا"),
    ("tatweel", "لـ", "ل"),
    ("keheh", "ک", "ك"),
    ("teh-marbuta", "ة", "ه"),
    ("arabic-indic-digits", "٢٠١٤", "2014"),
    ("presentation-forms", "ﺍﻟﻮﻻﻳﺎﺕ", "الولايات"),
    # more of the same family
    ("persian-digits", "۱۴۰۳", "1403"),
    ("alef-madda", "الآن", "الان"),
    ("alef-wasla", "ٱلكتاب", "الكتاب"),
    ("hamza-below", "إيران", "ايران"),
    ("waw-hamza", "مسؤول", "مسوول"),
    ("yeh-hamza", "رئيس", "رييس"),
    ("yeh-barree", "ے", "ي"),
    ("heh-goal", "ہ", "ه"),
    ("harakat-stack", "كَنَدِيَّةٌ", "كنديه"),
    ("superscript-alef", "هٰذا", "هذا"),
    ("quranic-marks", "الكتابۖ", "الكتاب"),
    ("lam-alef-ligature", "ﻻ", "لا"),
    ("allah-ligature", "ﷲ", "الله"),
    ("curly-quotes", "“التحالف الدولي ضد داعش”", "التحالف الدولي ضد داعش"),
    ("guillemets", "«داعش»", "داعش"),
    ("single-quotes", "‘x’ ‹y› „z‟", "x y z"),
    ("apostrophe-removed", "don't", "dont"),
    ("arabic-comma", "داعش،", "داعش"),
    ("arabic-semicolon-question", "ماذا؛ لماذا؟", "ماذا لماذا"),
    ("latin-punctuation", "Hello, world! (2,500)", "hello world 2 500"),
    ("casefold", "STRASSE Straße", "strasse strasse"),
    ("fullwidth", "ＡＢＣ１２３", "abc123"),
    ("bidi-controls", "نص\u200f عربي\u202b\u2067", "نص عربي"),
    ("zwnj", "می\u200cخواهم", "میخواهم"),
    ("whitespace", "  a \t b\n\nc  ", "a b c"),
    ("nbsp", "a\u00a0b", "a b"),
    ("zero-width-space", "a\u200bb", "a b"),
    ("cjk-punctuation", "中文。日本", "中文 日本"),
    ("emoji-symbol", "غزة🔥الآن", "غزه الان"),
]


class TestNormalize:
    @pytest.mark.parametrize(("left", "right"), [(a, b) for _, a, b in EQUIVALENT], ids=[i for i, _, _ in EQUIVALENT])
    def test_variants_fold_together(self, left: str, right: str) -> None:
        """Spelling variants a reader calls the same words normalize to the same string."""
        assert normalize(left) == normalize(right)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("إقرأ أيضاً:", "اقرا ايضا"),
            (
                "الإمارات تشارك في الاجتماع الوزاري لـ “التحالف الدولي ضد داعش”",
                "الامارات تشارك في الاجتماع الوزاري ل التحالف الدولي ضد داعش",
            ),
            ("Reuters News 2024/09/11", "reuters news 2024 09 11"),
            ("", ""),
            ("  ،؛؟  ", ""),
        ],
        ids=["marker", "headline", "latin-digits", "empty", "only-punctuation"],
    )
    def test_exact_output(self, text: str, expected: str) -> None:
        """normalize() produces the documented canonical form."""
        assert normalize(text) == expected

    @pytest.mark.parametrize(
        ("different", "other"),
        [("ب", "ت"), ("ء", "ا"), ("كتب", "كتاب"), ("2014", "2015"), ("on", "no")],
        ids=["letters", "bare-hamza", "words", "digits", "latin"],
    )
    def test_distinct_words_stay_distinct(self, different: str, other: str) -> None:
        """Folding never merges letters or digits that differ."""
        assert normalize(different) != normalize(other)

    def test_long_and_short_paths_agree(self) -> None:
        """A long text (not memoized) folds exactly like the same words given one by one."""
        words = ["الإمارات", "«داعش»", "فى", "٢٠١٤", "Read", "MORE"] * 60
        text = " ".join(words)
        assert len(text) > 256
        assert normalize(text) == " ".join(normalize(word) for word in words)

    @given(st.text(max_size=80))
    def test_idempotent(self, text: str) -> None:
        """Normalizing twice gives the same result as normalizing once."""
        once = normalize(text)
        assert normalize(once) == once

    @given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
    def test_output_is_single_spaced(self, text: str) -> None:
        """The output has no leading, trailing or repeated whitespace."""
        folded = normalize(text)
        assert folded == " ".join(folded.split())

    def test_lazy_table_stays_bounded(self) -> None:
        """Classifying many unseen characters never grows the fold table past its cap."""
        normalize("".join(chr(code) for code in range(0x4E00, 0x4E00 + 30_000)))
        assert len(normalize_module._TABLE) <= normalize_module._TABLE_CAP

    @pytest.mark.parametrize(
        ("haystack", "needle", "expected"),
        [
            ("الإمارات تشارك في الاجتماع", "الامارات", True),
            ('قتال تنظيم "داعش،" في العراق', "داعش في", True),
            ("هجوم إيراني واستنفار أمنى", "امني", True),
            ("Tech Week 2025 opens", "tech week", True),
            ("Tech Week 2025 opens", "week tech", False),
            ("العراق", "سوريا", False),
            ("anything", "", True),
        ],
        ids=["hamza", "punctuation-between", "alef-maksura", "casefold", "order-matters", "absent", "empty-needle"],
    )
    def test_a_substring_of_normalized_text(self, haystack: str, needle: str, expected: bool) -> None:
        """The match f (``find_blocks``) and the words of / (``Corpus.filter``) make: a substring of normalized text."""
        assert (normalize(needle) in normalize(haystack)) is expected

    @pytest.mark.parametrize(
        ("haystack", "needle", "expected"),
        [
            ("في العراق، وفى العراق و فی العراق", "في العراق", 3),
            ("aaaa", "aa", 2),
            ("نص", "", 0),
            ("نص", "،", 0),
        ],
        ids=["variants", "non-overlapping", "empty-needle", "punctuation-needle"],
    )
    def test_count(self, haystack: str, needle: str, expected: int) -> None:
        """Non-overlapping occurrences in normalized text; an empty needle occurs zero times."""
        assert _count(haystack, needle) == expected


def _count(haystack: str, needle: str) -> int:
    folded = normalize(needle)
    return normalize(haystack).count(folded) if folded else 0


class TestReferenceLayout:
    """RTL.md 1.8's measure of what folding finds, on our golden_layout.txt in every checkout and on the reference
    sample where it is present (skipped, with the reason shown, where it is not)."""

    @pytest.mark.parametrize(
        ("path", "needle", "raw", "folded"),
        [
            # golden_layout.txt: the Persian-yeh keyword ("الصید البحری فی رأس النخیل"), the alef-maksura item
            # ("فى أسواق المدينة"), the marker "إقرأ أيضاً" and the item "«المرسى» يُطلق"
            pytest.param(GOLDEN, "الصيد البحري", 1, 2, id="golden-fishing"),
            pytest.param(GOLDEN, "رأس النخيل", 4, 5, id="golden-town"),
            pytest.param(GOLDEN, "في أسواق المدينة", 1, 2, id="golden-in-markets"),
            pytest.param(GOLDEN, "اقرأ ايضا", 0, 1, id="golden-read-also"),
            pytest.param(GOLDEN, "يطلق", 0, 1, id="golden-harakat"),
            *(
                pytest.param(REFERENCE, needle, raw, folded, id=f"reference-{name}", marks=skip_without_reference)
                for name, needle, raw, folded in [
                    ("united-states", "الولايات المتحدة", 4, 5),
                    ("in-iraq", "في العراق", 4, 5),
                    ("in-syria", "في سوريا", 1, 2),
                    ("read-also", "اقرأ ايضا", 0, 1),
                ]
            ),
        ],
    )
    def test_hit_counts(self, path: Path, needle: str, raw: int, folded: int) -> None:
        """Normalization finds the hits RTL.md 1.8 measured on the reference sample (raw -> normalized)."""
        text = path.read_text(encoding="utf-8")
        assert text.count(needle) == raw
        assert _count(text, needle) == folded


class TestReadAlsoBlockFixture:
    @pytest.mark.parametrize(
        ("needle", "raw", "folded"),
        [
            ("الطاقة الشمسية", 2, 3),
            ("في الزراعة", 1, 2),
            ("في القرى", 1, 2),
            ("اقرأ ايضا", 0, 1),
            ("تضيء", 0, 1),
        ],
        ids=["solar-energy", "in-farming", "in-villages", "read-also", "harakat"],
    )
    def test_hit_counts(self, needle: str, raw: int, folded: int) -> None:
        """As on the reference sample: normalization also finds the Persian-yeh keyword ("الطاقة الشمسیة فی
        الزراعة"), the alef-maksura title ("فى القرى"), the marker "إقرأ أيضاً" and "تُضيء" (raw -> normalized)."""
        text = READ_ALSO_BLOCK.read_text(encoding="utf-8")
        assert text.count(needle) == raw
        assert _count(text, needle) == folded


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("الأطفال", "تطبيق لتعلم اللغة العربية للأطفال", True),  # ل + الأطفال, the article's alef not written
        ("الاطفال", "وللأطفال مكتبة جديدة", True),  # after و
        ("المرة", "فللمرة الأولى", True),  # after ف
        ("للأطفال", "تطبيق للأطفال", True),  # the written form still finds itself
        ("الأطفال", "الأطفال في الحديقة", True),
        ("الأطفال", "أطفال الحي", False),  # no article: not the same word
        ("الكلل", "أصابه الكلل", True),
        ("الل", "كلل", False),  # لل inside a word is no article
    ],
    ids=["lil", "wa-lil", "fa-lil", "written", "plain", "no-article", "inner-unchanged", "inner"],
)
def test_search_finds_a_word_behind_the_lam_of_li(query: str, text: str, found: bool) -> None:
    from newstui.text.normalize import search_form

    assert (search_form(normalize(query)) in search_form(normalize(text))) is found


def test_find_in_the_article_sees_the_lam_of_li() -> None:
    from newstui.article_index import find_blocks
    from newstui.model import Article

    story = Article(id="f", title="تطبيق جديد", paragraphs=("أطلقت الوزارة تطبيقا لتعلم اللغة للأطفال.", "فقرة أخرى."))
    assert len(find_blocks(story, "الأطفال")) == 1
