"""Hiding harakat for display: which marks go, which stay, and the article copy the reader and --print draw."""

from __future__ import annotations

import pytest

from newstui.model import Article, Link
from newstui.render import headline, render_text, without_harakat
from newstui.text.harakat import HARAKAT, strip_harakat
from newstui.text.rtl import BidiMode

# Original sentences written for these tests, each with its unmarked spelling.
VOWELED = "وَقَالَ المُعَلِّمُ إِنَّ الدَّرْسَ سَيَبْدَأُ غَدًا فِي تَمَامِ الثَّامِنَةِ (8:00) صَبَاحًا."
UNMARKED = "وقال المعلم إن الدرس سيبدأ غدا في تمام الثامنة (8:00) صباحا."


def _has_marks(text: str) -> bool:
    return any(char in HARAKAT for char in text)


class TestStrip:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("أيضاً", "أيضا"),
            ("جِدًّا", "جدا"),
            ("مُهِمٌّ", "مهم"),
            ("شاملاً", "شاملا"),
            ("هٰذا", "هذا"),
            ("كِتَابٌ", "كتاب"),
            ("مَسْؤُولٍ", "مسؤول"),
            (VOWELED, UNMARKED),
        ],
        ids=[
            "tanween-fath",
            "kasra-shadda-tanween",
            "damma-shadda-tanween",
            "lam-alef-tanween",
            "dagger-alef",
            "fatha-damma-tanween",
            "sukun-hamza-seat",
            "sentence",
        ],
    )
    def test_marks_go(self, text: str, expected: str) -> None:
        assert strip_harakat(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "ا\u0654",  # alef + hamza above: a decomposed أ
            "ا\u0655",  # alef + hamza below: a decomposed إ
            "ا\u0653",  # alef + maddah: a decomposed آ
            "آ أ إ ؤ ئ ء",
            "الـمـديـنـة",  # tatweel
            "قلى\u06d6",  # a Quranic pause sign
            "GPS (2014-2017) 1.5% ٢٠٢٤",
            "",
        ],
        ids=[
            "hamza-above",
            "hamza-below",
            "maddah",
            "hamza-letters",
            "tatweel",
            "quranic-sign",
            "latin-digits",
            "empty",
        ],
    )
    def test_letters_and_other_signs_stay(self, text: str) -> None:
        assert strip_harakat(text) is text

    def test_every_mark_of_the_set_goes(self) -> None:
        assert strip_harakat("ب" + "ب".join(HARAKAT)) == "ب" * len(HARAKAT)


def _article(**fields: object) -> Article:
    base: dict[str, object] = {
        "id": "lesson",
        "title": "دَرْسٌ جَدِيدٌ",
        "paragraphs": (VOWELED, "فقرة بلا تشكيل."),
        "source": "مَجَلَّةُ المَدْرَسَةِ",
        "section": "تَعْلِيمٌ",
        "attribution": "وَكَالَةُ الأَنْبَاءِ",
        "author": "سَلْمَى العَطَّار",
        "url": "https://news.example/lesson",
        "origin": "lesson.txt",
        "keywords": ("قِرَاءَةٌ", "مدرسة"),
        "related": (Link("كُتُبٌ لِلصِّغَارِ", target="books"), Link("بلا تشكيل", url="https://news.example/x")),
    }
    base.update(fields)
    return Article(**base)


class TestWithoutHarakat:
    def test_every_shown_field_loses_its_marks(self) -> None:
        article = _article()
        plain = without_harakat(article)
        assert plain.title == "درس جديد"
        assert plain.paragraphs == (UNMARKED, "فقرة بلا تشكيل.")
        assert (plain.source, plain.section, plain.attribution) == ("مجلة المدرسة", "تعليم", "وكالة الأنباء")
        assert plain.author == "سلمى العطار"
        assert plain.keywords == ("قراءة", "مدرسة")
        assert [link.title for link in plain.related] == ["كتب للصغار", "بلا تشكيل"]

    def test_identity_and_targets_are_kept(self) -> None:
        article = _article()
        plain = without_harakat(article)
        assert (plain.id, plain.url, plain.origin, plain.direction) == (
            article.id,
            article.url,
            article.origin,
            article.direction,
        )
        assert [(link.url, link.target, link.kind) for link in plain.related] == [
            (link.url, link.target, link.kind) for link in article.related
        ]
        assert plain.related[1] is article.related[1], "an unmarked link is not copied"
        assert _has_marks(article.title), "the original is untouched"

    def test_an_article_without_marks_is_itself(self) -> None:
        article = _article(
            title="درس جديد",
            paragraphs=(UNMARKED,),
            source=None,
            section=None,
            attribution=None,
            author=None,
            keywords=(),
            related=(),
        )
        assert without_harakat(article) is article

    def test_the_copy_is_memoized_per_article_object(self) -> None:
        article = _article()
        assert without_harakat(article) is without_harakat(article)
        other = _article()  # equal, but another object (e.g. the corpus replaced it)
        assert without_harakat(other) is not without_harakat(article)
        assert without_harakat(other) == without_harakat(article)

    @pytest.mark.parametrize("mode", ["app", "terminal"])
    @pytest.mark.parametrize("width", [24, 40, 80])
    def test_drawn_as_if_written_without_marks(self, mode: BidiMode, width: int) -> None:
        """The pipeline draws the copy exactly as it draws the same story typed without harakat."""
        article = _article()
        typed = _article(
            title="درس جديد",
            paragraphs=(UNMARKED, "فقرة بلا تشكيل."),
            source="مجلة المدرسة",
            section="تعليم",
            attribution="وكالة الأنباء",
            author="سلمى العطار",
            keywords=("قراءة", "مدرسة"),
            related=(Link("كتب للصغار", target="books"), Link("بلا تشكيل", url="https://news.example/x")),
        )
        shown = render_text(without_harakat(article), width, mode=mode)
        assert shown == render_text(typed, width, mode=mode)
        assert not _has_marks(shown)
        assert _has_marks(render_text(article, width, mode=mode)), "drawn with their marks by default"

    def test_headline(self) -> None:
        article = _article()
        assert _has_marks(headline(article, 30))
        assert headline(article, 30, harakat=False) == headline(_article(title="درس جديد"), 30)
