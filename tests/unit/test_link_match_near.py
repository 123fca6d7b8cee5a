"""Near-title link matching refuses titles that differ in a content word (link_match.py, audit 15 #12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.corpus import Corpus
from newstui.link_match import Postings, post, unpost
from newstui.model import Article, Link
from newstui.parse.plaintext import parse_plaintext

NEAR = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "audit" / "near"


def targets(link_title: str, article_title: str) -> list[str | None]:
    corpus = Corpus(
        [
            Article(id="a-0", title="Page one", related=(Link(link_title),)),
            Article(id="b-0", title=article_title),
        ]
    )
    found = corpus.get("a-0")
    assert found is not None
    return [link.target for link in found.related]


def folder() -> dict[str, Article]:
    articles: list[Article] = []
    for path in sorted(NEAR.glob("*.txt")):
        articles += parse_plaintext(path.read_text(encoding="utf-8"), origin=path.name)
    return {article.origin: article for article in Corpus(articles).articles}


class TestFolder:
    def test_evening_trading_is_not_the_early_trading_story(self) -> None:
        """The auditor's folder: "... في التعاملات المسائية" has no article; "... المبكرة" is another story."""
        articles = folder()
        links = {link.title: link.target for link in articles["n1.txt"].related}
        assert links["أسعار الذهب تتراجع مع صعود الدولار في التعاملات المسائية"] is None
        assert links["أسعار الذهب ترتفع مع تراجع الدولار في التعاملات المبكرة"] is None

    def test_the_exact_title_still_links(self) -> None:
        articles = folder()
        gold = articles["t02_gold.txt"].id
        assert [link.target for link in articles["t01_basic.txt"].related][0] == gold

    def test_variant_and_truncated_titles_still_link(self) -> None:
        """Hamza, ى/ي, ة/ه, «» and a "..." cut headline are the same story (the auditor's t29)."""
        articles = folder()
        found = [link.target for link in articles["t29_variant_links.txt"].related]
        assert found == [articles["t02_gold.txt"].id, articles["t01_basic.txt"].id, None, None]


class TestContentWords:
    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            (
                "أسعار الذهب تتراجع مع صعود الدولار في التعاملات المسائية",
                "أسعار الذهب تتراجع مع صعود الدولار في التعاملات المبكرة",
            ),
            (
                "أسعار الذهب تتراجع مع صعود الدولار الأمريكي في التعاملات المبكرة اليوم",
                "أسعار الذهب تتراجع مع صعود اليورو الأمريكي في التعاملات المبكرة اليوم",
            ),
            (
                "الحكومة لن ترفع أسعار الوقود في الربع الأخير من العام",
                "الحكومة ترفع أسعار الوقود في الربع الأخير من العام",
            ),
            (
                "the council approves a new fibre network for the harbour district",
                "the council approves a new fibre network for the harbour station",
            ),
            (
                "the council approves the new fibre network for harbour district in 2025",
                "the council approves the new fibre network for harbour district in 2026",
            ),
        ],
        ids=["final-word", "middle-word", "negation", "english-final-word", "year"],
    )
    def test_a_differing_content_word_refuses(self, link_title: str, article_title: str) -> None:
        """Titles sharing 80% of their words are still two stories when a content word differs."""
        assert targets(link_title, article_title) == [None]

    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            (
                "the council approves a new fibre network for the harbour district",
                "council approves new fibre network for the harbour district",
            ),
            (
                "البنك المركزي يرفع سعر الفائدة الرئيسي في اجتماعه الدوري يوم الخميس",
                "البنك المركزي يرفع سعر الفائدة الرئيسي خلال اجتماعه الدوري يوم الخميس",
            ),
            (
                "the council approves a new fibre network for the harbour",
                "council approves new fibre network for the harbour district",
            ),
            (
                "اسعار الذهب تتراجع مع صعود الدولار فى التعاملات المبكره",
                "أسعار الذهب تتراجع مع صعود الدولار في التعاملات المبكرة اليوم",
            ),
            ("«البورصة» تغلق على ارتفاع بدعم من أسهم البنوك", "البورصة تغلق على ارتفاع بدعم من اسهم البنوك"),
            (
                "البنك المركزي يرفع سعر الفائدة نصف نقطة...",
                "البنك المركزي يرفع سعر الفائدة نصف نقطة لكبح التضخم",
            ),
            ("مجلس النواب يقر الموازنة", "مجلس النواب يقر الموازنة العامة"),  # 4 words: the fewest for a near match
            (
                "الحكومة تطلق برنامجا وطنيا لتطوير المدارس الريفية وتدريب المعلمين الجدد بالمحافظات الجنوبية"
                " في الموسم الدراسي",
                "الحكومة تطلق برنامجا وطنيا لتطوير المدارس الريفية وتدريب المعلمين الجدد بالمحافظات الجنوبية"
                " الموسم الدرا",
            ),
        ],
        ids=[
            "function-words",
            "preposition-swap",
            "cut-tail-and-function-word",
            "variants-cut-tail",
            "guillemets",
            "ellipsis",
            "four-word-prefix",
            "article-cut-link-whole",
        ],
    )
    def test_function_words_variants_and_truncation_still_match(self, link_title: str, article_title: str) -> None:
        assert targets(link_title, article_title) == ["b-0"]

    def test_the_same_story_beats_a_refused_one(self) -> None:
        """Among a refused title and the real one, the link finds the real one (no tie)."""
        corpus = Corpus(
            [
                Article(
                    id="a-0", title="Page", related=(Link("أسعار الذهب تتراجع مع صعود الدولار في التعاملات المسائية"),)
                ),
                Article(id="b-0", title="أسعار الذهب تتراجع مع صعود الدولار في التعاملات المبكرة"),
                Article(id="c-0", title="أسعار الذهب تتراجع مع صعود الدولار خلال التعاملات المسائية"),
            ]
        )
        found = corpus.get("a-0")
        assert found is not None and [link.target for link in found.related] == ["c-0"]

    def test_one_by_one_equals_batch(self) -> None:
        """A refused candidate arriving later does not unlink or tie an earlier match."""
        items = [
            Article(
                id="a-0", title="Page", related=(Link("أسعار الذهب تتراجع مع صعود الدولار في التعاملات المسائية"),)
            ),
            Article(id="c-0", title="أسعار الذهب تتراجع مع صعود الدولار خلال التعاملات المسائية"),
            Article(id="b-0", title="أسعار الذهب تتراجع مع صعود الدولار في التعاملات المبكرة"),
        ]
        single = Corpus()
        for item in items:
            single.add([item])
        assert single.articles == Corpus(items).articles
        found = single.get("a-0")
        assert found is not None and [link.target for link in found.related] == ["c-0"]


@pytest.mark.parametrize(
    ("filed", "taken", "left"),
    [
        ([1, 3, 5, 7], 5, [1, 3, 7]),
        ([1, 3, 5, 7], 4, [1, 3, 5, 7]),
        ([1, 3, 5, 7], 9, [1, 3, 5, 7]),
        ([2, 4], 2, 4),
        ([6], 6, None),
    ],
    ids=["middle", "absent", "past-the-end", "one-left-is-bare", "last-one"],
)
def test_unpost(filed: list[int], taken: int, left: object) -> None:
    """Taking a position out keeps the others ascending; one left is a bare int, none no key."""
    index: Postings = {}
    for position in filed:
        post(index, "k", position)
    unpost(index, "k", taken)
    assert index.get("k") == left


class TestCutTitles:
    """A title that starts another is that title cut short only when what the longer one adds is short beside
    it (journey10 M2: a four-word headline took every link that started with its words)."""

    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            ("أسعار الذهب ترتفع اليوم في الهند وتنخفض في مصر", "أسعار الذهب ترتفع اليوم"),
            ("أسعار الذهب ترتفع اليوم بعد قرار الفيدرالي الأمريكي خفض الفائدة", "أسعار الذهب ترتفع اليوم"),
            ("وزارة الصحة تعلن حملة تطعيم جديدة للأطفال في المدارس الحكومية", "وزارة الصحة تعلن حملة"),
            ("Harbour authority plans a new ferry route to the islands next spring", "Harbour authority plans a new"),
        ],
        ids=["three-more-content-words", "six-more", "arabic-long-tail", "english-long-tail"],
    )
    def test_a_link_going_on_far_past_a_short_headline_is_another_story(
        self, link_title: str, article_title: str
    ) -> None:
        assert targets(link_title, article_title) == [None]

    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            ("المزارعون يخشون على محصول الزيتون في الجنوب", "المزارعون يخشون على محصول الزيتون"),
            (
                "الحكومة تطلق برنامجا وطنيا لتطوير المدارس الريفية وتدريب المعلمين",
                "الحكومة تطلق برنامجا وطنيا لتطوير المدارس الريفية",
            ),
            ("مجلس النواب يقر الموازنة", "مجلس النواب يقر الموازنة العامة بعد جلسة طويلة استمرت حتى الفجر"),
        ],
        ids=["one-more-word", "two-more-beside-seven", "the-link-cut-whatever-it-leaves-out"],
    )
    def test_a_short_tail_or_a_cut_link_still_links(self, link_title: str, article_title: str) -> None:
        assert targets(link_title, article_title) == ["b-0"]


class TestOneDescribingWordMore:
    """A title with one describing word more in its middle is the same story (journey10's folder: a link
    without "واسعة" was "not loaded"); a negation, an ordinal, a number or "after" make another story, and a
    short title takes no word more."""

    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            (
                "انقطاع الكهرباء عن أحياء في العاصمة بسبب العاصفة",
                "انقطاع الكهرباء عن أحياء واسعة في العاصمة بسبب العاصفة",
            ),
            (
                "انقطاع الكهرباء عن أحياء واسعة في العاصمة بسبب العاصفة",
                "انقطاع الكهرباء عن أحياء في العاصمة بسبب العاصفة",
            ),
            (
                "Storm cuts power to districts across the capital overnight",
                "Storm cuts power to eastern districts across the capital overnight",
            ),
        ],
        ids=["link-without-the-adjective", "article-without-it", "english"],
    )
    def test_links(self, link_title: str, article_title: str) -> None:
        assert targets(link_title, article_title) == ["b-0"]

    @pytest.mark.parametrize(
        ("link_title", "article_title"),
        [
            (
                "الحكومة توافق على خطة تطوير شبكة الكهرباء في العاصمة",
                "الحكومة لا توافق على خطة تطوير شبكة الكهرباء في العاصمة",
            ),
            (
                "انفجار يهز حيا سكنيا قرب مطار العاصمة مساء اليوم",
                "انفجار ثان يهز حيا سكنيا قرب مطار العاصمة مساء اليوم",
            ),
            (
                "إصابة عمال في انهيار مبنى قديم وسط المدينة القديمة",
                "إصابة 12 عمال في انهيار مبنى قديم وسط المدينة القديمة",
            ),
            ("انقطاع الكهرباء عن أحياء العاصمة", "انقطاع الكهرباء عن أحياء واسعة العاصمة"),
        ],
        ids=["negation", "ordinal", "number", "short-title"],
    )
    def test_refuses(self, link_title: str, article_title: str) -> None:
        assert targets(link_title, article_title) == [None]
