"""The sample format: markers, bylines, titles, read-also stories and related lists (parse/plaintext.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.reference_layout import GOLDEN, REFERENCE, layout_cases, skip_without_reference
from newstui.errors import ParseError
from newstui.model import Article
from newstui.parse import markers, plaintext_lines
from newstui.parse.ids import article_id
from newstui.parse.markers import MarkerKind, match_marker, split_byline, split_list_item
from newstui.parse.plaintext import TITLE_MAX, lead_title, parse_plaintext, parse_sanitized
from newstui.text.normalize import normalize
from newstui.text.sanitize import sanitize_text
from newstui.text.script import detect_language, language_direction, text_direction

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "plaintext"
SAMPLES = ROOT / "src" / "newstui" / "samples"
# Our own articles in the reference sample's layout (byline, no headline, read-also block, related list), always
# present: golden_layout.txt (helpers.reference_layout, with the sample as an extra case where it is) and this one.
READ_ALSO_BLOCK = FIXTURES / "arabic_read_also_block.txt"

A, K, R, L = MarkerKind.ATTRIBUTION, MarkerKind.KEYWORDS, MarkerKind.READ_ALSO, MarkerKind.RELATED


def parse_fixture(name: str) -> list[Article]:
    path = FIXTURES / name
    return parse_plaintext(path.read_text(encoding="utf-8"), origin=f"fixtures/{name}")


def field_words(articles: list[Article]) -> set[str]:
    """Normalized words of every field of every article."""
    parts: list[str] = []
    for article in articles:
        parts += [article.title, article.source or "", article.section or "", article.attribution or ""]
        parts += [article.url or "", *article.paragraphs, *article.keywords]
        for link in article.related:
            parts += [link.title, link.url or ""]
    return set(normalize(" ".join(parts)).split())


def content_words(text: str) -> set[str]:
    """Normalized words of every line, without marker words, bullets and list numbers."""
    words: set[str] = set()
    for raw in text.splitlines():
        line = raw.strip()
        marker = match_marker(line)
        content = marker[1] if marker is not None else (split_list_item(line) or line)
        words |= set(normalize(content).split())
    return words


class TestMarkers:
    @pytest.mark.parametrize(
        ("line", "kind", "rest"),
        [
            ("المصدر: السومرية العراقية", A, "السومرية العراقية"),
            ("المصدر : وكالات", A, "وكالات"),
            ("مصدر الخبر: الشبكة", A, "الشبكة"),
            ("مصدر الخبر وكالة الأنباء", A, "وكالة الأنباء"),
            ("نقلا عن رويترز", A, "رويترز"),
            ("Source: Reuters", A, "Reuters"),
            ("**Source:** AP", A, "AP"),
            ("Via Reuters", A, "Reuters"),
            ("منبع: ایرنا", A, "ایرنا"),
            ("كلمات دلالية: الولایات المتحدة فی العراق", K, "الولایات المتحدة فی العراق"),
            ("كلمات مفتاحية: أ، ب", K, "أ، ب"),
            ("الكلمات المفتاحية : أ", K, "أ"),
            ("الوسوم: طقس", K, "طقس"),
            ("وسوم: مياه | مناخ", K, "مياه | مناخ"),
            ("کلمات دلالیة: ایران", K, "ایران"),
            ("برچسب\u200cها: کتاب", K, "کتاب"),
            ("Tags: a, b", K, "a, b"),
            ("KEYWORDS: x", K, "x"),
            ("Tags", K, ""),
            ("إقرأ أيضاً:", R, ""),
            ("اقرأ أيضا", R, ""),
            ("اقرأ ايضاً :", R, ""),
            ("إقرأ أيضًا:", R, ""),
            ("اقرأ كذلك:", R, ""),
            ("شاهد أيضا: فيديو الحفل", R, "فيديو الحفل"),
            ("اقرأ أيضا.. عنوان الخبر", R, "عنوان الخبر"),
            ("اقرأ أيضا عنوان بلا نقطتين", R, "عنوان بلا نقطتين"),
            ("اقـرأ أيـضـاً:", R, ""),
            ("Read also:", R, ""),
            ("Read more: Heat wave hits the city", R, "Heat wave hits the city"),
            ("See also", R, ""),
            ("مقالات مشابهة", L, ""),
            ("مقالات ذات صلة:", L, ""),
            ("أخبار ذات صلة", L, ""),
            ("اخبار متعلقة", L, ""),
            ("مواضيع ذات صلة", L, ""),
            ("قد يهمك أيضاً", L, ""),
            ("Related", L, ""),
            ("Related articles", L, ""),
            ("## Related stories", L, ""),
            ("More on this story", L, ""),
            ("Related: Ferry fares rise", L, "Ferry fares rise"),
        ],
        ids=lambda value: value if isinstance(value, str) and value and len(value) < 40 else None,
    )
    def test_marker_variants(self, line: str, kind: MarkerKind, rest: str) -> None:
        """Every spelling of a marker is recognised and the rest of the line is kept as written."""
        assert match_marker(line) == (kind, rest)

    @pytest.mark.parametrize(
        "line",
        [
            "Related to this, the minister said the talks would continue.",
            "Relatedness matters",
            "Sources say the talks failed.",
            "Read more about the programme on our website",
            "المصدر نفسه قال إن المحادثات مستمرة.",
            "المصدرين الرئيسيين للنفط",
            "وقال المصدر: إن المحادثات مستمرة",
            "مقالات مشابهة كثيرة نشرت أمس عن الموضوع",
            "Tagsy",
            "",
        ],
        ids=[
            "related-prose",
            "related-prefix-word",
            "sources-prose",
            "read-more-prose",
            "source-word-in-sentence",
            "source-prefix-word",
            "marker-mid-line",
            "related-words-in-sentence",
            "tags-prefix-word",
            "empty",
        ],
    )
    def test_prose_is_not_a_marker(self, line: str) -> None:
        """Lines that merely start with a marker word, or contain one mid-line, are text."""
        assert match_marker(line) is None


class TestBylineAndItems:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("السومرية نيوز – سياسة", ("السومرية نيوز", "سياسة")),
            ("Harbor Times - World", ("Harbor Times", "World")),
            ("Mountain Herald — Weather", ("Mountain Herald", "Weather")),
            ("الندى نيوز | محليات", ("الندى نيوز", "محليات")),
            ("Al-Monitor - Politics", ("Al-Monitor", "Politics")),
            ("قال مسؤول – إن المحادثات مستمرة.", None),
            ("Ferry service resumes between the two harbour towns", None),
            ("well-known", None),
            ("a – b c d e f g h", None),
        ],
        ids=[
            "en-dash",
            "spaced-hyphen",
            "em-dash",
            "pipe",
            "hyphenated-source",
            "sentence",
            "headline",
            "hyphen-word",
            "long-part",
        ],
    )
    def test_split_byline(self, line: str, expected: tuple[str, str] | None) -> None:
        """A short `source – section` line splits on en/em dash, pipe or spaced hyphen; prose does not."""
        assert split_byline(line) == expected

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("  • الإمارات تشارك", "الإمارات تشارك"),
            ("- item one", "item one"),
            ("* star item", "star item"),
            ("· dotted", "dotted"),
            ("▪ square", "square"),
            ("– dash item", "dash item"),
            ("1. First", "First"),
            ("2) Second", "Second"),
            ("3- Third", "Third"),
            ("١. أول", "أول"),
            ("٢- ثان", "ثان"),
            ("(4) Fourth", "Fourth"),
            ("-5 degrees", None),
            ("2024 - a year", None),
            ("plain line", None),
        ],
        ids=[
            "bullet",
            "hyphen",
            "star",
            "middle-dot",
            "square",
            "en-dash",
            "dot-number",
            "paren-number",
            "dash-number",
            "arabic-dot-number",
            "arabic-dash-number",
            "bracket-number",
            "negative-number",
            "year",
            "plain",
        ],
    )
    def test_split_list_item(self, line: str, expected: str | None) -> None:
        """Bulleted and numbered lines lose their bullet or number; other lines are not items."""
        assert split_list_item(line) == expected


class TestLeadTitle:
    def test_short_sentence_is_the_title(self) -> None:
        """A first sentence that fits becomes the title without its full stop."""
        assert lead_title("The ferry runs again. More later.") == "The ferry runs again"

    def test_long_sentence_is_cut_at_a_word(self) -> None:
        """A long first sentence is cut at a word boundary to at most TITLE_MAX characters with "…"."""
        paragraph = " ".join(["الكلمة"] * 60) + "."
        title = lead_title(paragraph)
        assert len(title) <= TITLE_MAX and title.endswith("…")
        assert paragraph.startswith(title[:-1]) and paragraph[len(title) - 1] == " "

    def test_cut_does_not_end_on_a_particle(self) -> None:
        """A cut title does not end on a particle such as "في" or "the"."""
        paragraph = ("كلمة " * 21) + "في " + ("كلمة " * 40) + "."
        title = lead_title(paragraph, limit=len("كلمة " * 21) + 4)
        assert not title[:-1].endswith("في") and title.endswith("…")

    @pytest.mark.parametrize(
        ("paragraph", "expected"),
        [
            ("Dr. Salma Attar opened the library. It has 40,000 books.", "Dr. Salma Attar opened the library"),
            ("The U.S. team won. Fans cheered.", "The U.S. team won"),
            ("Prices rose 2.5 percent in May. Then fell.", "Prices rose 2.5 percent in May"),
            ("هل تنتهي المحادثات؟ قال المسؤول إنها مستمرة.", "هل تنتهي المحادثات؟"),
            ("No full stop at all", "No full stop at all"),
        ],
        ids=["abbreviation", "initials", "decimal", "arabic-question", "no-stop"],
    )
    def testfirst_sentence_boundaries(self, paragraph: str, expected: str) -> None:
        """Abbreviations, initials and decimals do not end the first sentence; ؟ does."""
        assert lead_title(paragraph) == expected


FIXTURE_EXPECTATIONS: list[tuple[str, list[dict[str, Any]]]] = [
    (
        "english_read_more.txt",
        [
            {
                "title": "Ferry service resumes between the two harbour towns",
                "source": "Harbor Times",
                "section": "World",
                "attribution": "Harbor Times",
                "keywords": ("ferry", "transport", "harbour"),
                "paragraphs": 2,
                "language": "en",
                "direction": "ltr",
                "related": [
                    ("read-also", "Harbour authority plans a second ferry for the summer", None, 1),
                    ("related", "Ferry fares to rise by 5% in April", None, None),
                    (
                        "related",
                        "Eastport opens a new waiting hall",
                        "https://harbor.example.com/news/waiting-hall",
                        None,
                    ),
                ],
            },
            {
                "title": "Harbour authority plans a second ferry for the summer",
                "paragraphs": 2,
                "related": [("parent", "Ferry service resumes between the two harbour towns", None, 0)],
            },
        ],
    ),
    (
        "arabic_no_byline.txt",
        [
            {
                "source": None,
                "section": None,
                "attribution": "وكالة الأنباء الوطنية",
                "keywords": ("زراعة", "بيئة", "تصحر"),
                "paragraphs": 2,
                "language": "ar",
                "direction": "rtl",
                "related": [],
            }
        ],
    ),
    (
        "arabic_variants.txt",
        [
            {
                "title": "تحذير من تراجع منسوب المياه في البحيرة الشمالية",
                "source": "الشبكة الخضراء",
                "section": "بيئة",
                "attribution": "الشبكة الخضراء",
                "keywords": ("مياه", "بحيرات", "مناخ"),
                "paragraphs": 2,
                "related": [
                    ("read-also", "مشروع لتحلية مياه البحر في المدن الساحلية", None, 1),
                    ("related", "الجفاف يهدد محاصيل القمح هذا العام", None, None),
                    ("related", "حملة لتنظيف شواطئ البحيرة الشمالية", "https://green.example.net/ar/cleanup", None),
                ],
            },
            {"title": "مشروع لتحلية مياه البحر في المدن الساحلية", "paragraphs": 2, "attribution": None},
        ],
    ),
    (
        "english_inline_link.txt",
        [
            {
                "title": "A bakery chain opens its tenth shop in the valley",
                "attribution": "Valley Post",
                "keywords": ("business", "food"),
                "paragraphs": 2,
                "related": [("read-also", "How the bakery started in a garage", None, None)],
            }
        ],
    ),
    (
        "headline_above_byline.txt",
        [
            {
                "title": "Storm closes mountain roads for a second day",
                "source": "Mountain Herald",
                "section": "Weather",
                "attribution": None,
                "paragraphs": 2,
                "related": [
                    ("related", "Snow brings skiers back to the valley resorts", None, None),
                    ("related", "Roads agency buys six new snow ploughs", None, None),
                ],
            }
        ],
    ),
    (
        "persian_keywords.txt",
        [
            {
                "title": "نمایشگاه کتاب تهران با حضور ناشران خارجی آغاز شد",
                "source": "خبرگزاری باران",
                "attribution": "خبرگزاری باران",
                "keywords": ("کتاب", "نمایشگاه", "فرهنگ"),
                "language": "fa",
                "direction": "rtl",
                "related": [("related", "کاهش قیمت کاغذ در بازار نشر", None, None)],
            }
        ],
    ),
]


class TestFixtures:
    @pytest.mark.parametrize(
        ("name", "expected"), FIXTURE_EXPECTATIONS, ids=[name.removesuffix(".txt") for name, _ in FIXTURE_EXPECTATIONS]
    )
    def test_fields(self, name: str, expected: list[dict[str, Any]]) -> None:
        """Each fixture parses into the expected articles, fields and links."""
        articles = parse_fixture(name)
        assert len(articles) == len(expected)
        for article, want in zip(articles, expected, strict=True):
            for key, value in want.items():
                if key == "paragraphs":
                    assert len(article.paragraphs) == value, key
                elif key == "related":
                    got = [
                        (
                            link.kind,
                            link.title,
                            link.url,
                            None if link.target is None else [a.id for a in articles].index(link.target),
                        )
                        for link in article.related
                    ]
                    assert got == value
                else:
                    assert getattr(article, key) == value, key

    @pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
    def test_paragraphs_are_lines_as_written(self, name: str) -> None:
        """Every paragraph is one input line exactly as written, only stripped (every fixture's stories have at
        least two paragraphs, so the check has lines to check); a story's last paragraph may have lost the agency
        glued to its end ("….واس", golden_layout.txt), which is then the story's attribution."""
        text = (FIXTURES / name).read_text(encoding="utf-8")
        lines = {line.strip() for line in text.splitlines()}
        articles = parse_fixture(name)
        assert articles
        for article in articles:
            assert len(article.paragraphs) >= 2, article.title
            *body, last = article.paragraphs
            assert [paragraph for paragraph in body if paragraph not in lines] == []
            credit = article.attribution or ""
            assert last in lines or (bool(credit) and last + credit in lines), last


def _doc(*lines: str) -> str:
    return "\n\n".join(lines)


class TestStructure:
    def test_one_paragraph(self) -> None:
        """A single line is an article whose title comes from its lead sentence."""
        (article,) = parse_plaintext("افتتحت البلدية حديقة جديدة. وحضر الافتتاح مئات السكان.", origin="x")
        assert article.title == "افتتحت البلدية حديقة جديدة"
        assert len(article.paragraphs) == 1 and article.related == ()

    def test_line_separated_paragraphs_with_crlf_and_blank_runs(self) -> None:
        """Paragraphs separated by single lines, CRLF line ends or runs of blank lines are the same."""
        body = ["Harbor Times – World", "First paragraph of the story.", "Second paragraph here.", "Third one."]
        plain = parse_plaintext("\n".join(body), origin="x")
        crlf = parse_plaintext("\r\n\r\n\r\n".join(body) + "\r\n", origin="x")
        assert plain == crlf
        assert plain[0].paragraphs == tuple(body[1:])

    def test_question_headline(self) -> None:
        """A short line ending with a question mark, followed by a longer paragraph, is the headline."""
        (article,) = parse_plaintext(
            _doc("Will the ferry run in winter?", "The operator will decide next month, a spokesman said."),
            origin="x",
        )
        assert article.title == "Will the ferry run in winter?" and len(article.paragraphs) == 1

    def test_date_and_url_lines_are_not_headlines(self) -> None:
        """A dateline is a paragraph, a URL line is the article's URL, and the headline above them stays."""
        (article,) = parse_plaintext(
            _doc(
                "Valley Post – Local",
                "Bridge reopens after repairs",
                "https://valley.example.com/bridge",
                "11 September 2024",
                "The old bridge reopened to traffic on Tuesday after six months of repairs.",
            ),
            origin="x",
        )
        assert article.title == "Bridge reopens after repairs"
        assert article.url == "https://valley.example.com/bridge"
        assert article.paragraphs[0] == "11 September 2024"

    def test_dateline_first_is_not_the_title(self) -> None:
        """A date line at the top does not become the headline."""
        (article,) = parse_plaintext(
            _doc("الأربعاء 11 سبتمبر 2024", "افتتحت البلدية حديقة جديدة في وسط المدينة. وحضر مئات السكان."),
            origin="x",
        )
        assert article.title == "افتتحت البلدية حديقة جديدة في وسط المدينة"
        assert article.paragraphs[0] == "الأربعاء 11 سبتمبر 2024"

    def test_title_is_never_the_byline(self) -> None:
        """Without a headline the title comes from the lead paragraph, not from the byline."""
        (article,) = parse_plaintext(_doc("الندى نيوز – محليات", "سجلت المدينة أعلى حرارة منذ عشر سنوات."), origin="x")
        assert article.source == "الندى نيوز" and article.title == "سجلت المدينة أعلى حرارة منذ عشر سنوات"

    def test_lone_byline_like_line_is_text(self) -> None:
        """A document that is only an "a – b" line is that line as a paragraph, not an empty article."""
        (article,) = parse_plaintext("مرحبا – عالم", origin="x")
        assert article.paragraphs == ("مرحبا – عالم",) and article.source is None

    @pytest.mark.parametrize(
        "text",
        ["", "   \n\n\t\n", "* * *\n---", "المصدر: وكالات\n\nكلمات دلالية: أ، ب", "مقالات مشابهة\n\n• عنوان"],
        ids=["empty", "blank", "separators", "only-markers", "only-related"],
    )
    def test_no_paragraphs_is_a_parse_error(self, text: str) -> None:
        """Text without any paragraph raises ParseError("no article text found")."""
        with pytest.raises(ParseError, match="no article text found"):
            parse_plaintext(text, origin="x")

    def test_related_dedup_keeps_first_and_fills_url(self) -> None:
        """Related titles are unique by normalized title; a later duplicate's URL fills a missing one."""
        (article,) = parse_plaintext(
            _doc(
                "Text of the story.",
                "Related",
                "- “Ferry fares rise”\n- Ferry fares rise - https://x.example.com/fares\n- FERRY FARES RISE!",
            ),
            origin="x",
        )
        assert [(link.title, link.url) for link in article.related] == [
            ("“Ferry fares rise”", "https://x.example.com/fares")
        ]

    def test_related_item_equal_to_own_title_is_dropped(self) -> None:
        """A related title equal to the article's own title is not a link."""
        (article,) = parse_plaintext(
            _doc(
                "Bridge reopens after repairs",
                "The bridge reopened on Tuesday.",
                "Related",
                "• Bridge reopens after repairs",
            ),
            origin="x",
        )
        assert article.related == ()

    @pytest.mark.parametrize(
        ("item", "title", "url"),
        [
            ("Title one - https://a.example.com/1", "Title one", "https://a.example.com/1"),
            ("Title two (https://a.example.com/2)", "Title two", "https://a.example.com/2"),
            ("[Title three](https://a.example.com/3)", "Title three", "https://a.example.com/3"),
            ("Title four | https://a.example.com/4?x=(1)", "Title four", "https://a.example.com/4?x=(1)"),
            ("https://a.example.com/5", "https://a.example.com/5", "https://a.example.com/5"),
            ("عنوان عربي – https://a.example.com/6.", "عنوان عربي", "https://a.example.com/6"),
        ],
        ids=["dash", "parens", "markdown", "pipe-balanced-parens", "bare", "arabic-trailing-dot"],
    )
    def test_related_item_urls(self, item: str, title: str, url: str) -> None:
        """An http(s) URL in a related item becomes the link's url; the rest is its title."""
        (article,) = parse_plaintext(_doc("Story text.", "Related articles", f"1. {item}"), origin="x")
        (link,) = article.related
        assert (link.title, link.url, link.target, link.kind) == (title, url, None, "related")

    def test_read_also_title_on_marker_line(self) -> None:
        """A read-also headline after the colon starts an embedded story with the following paragraphs."""
        articles = parse_plaintext(
            _doc("نص الخبر الأول.", "اقرأ أيضا: عنوان الخبر الثاني", "فقرة الخبر الثاني.", "فقرة أخرى."),
            origin="x",
        )
        assert [a.title for a in articles] == ["نص الخبر الأول", "عنوان الخبر الثاني"]
        assert articles[1].paragraphs == ("فقرة الخبر الثاني.", "فقرة أخرى.")

    def test_read_also_without_headline_derives_title(self) -> None:
        """An embedded story that starts with its lead paragraph gets a title from that sentence."""
        articles = parse_plaintext(
            _doc("Main story text.", "Read also:", "The council met on Monday. It voted twice."),
            origin="x",
        )
        assert articles[1].title == "The council met on Monday"
        assert articles[1].paragraphs == ("The council met on Monday. It voted twice.",)

    def test_read_also_headline_alone_is_a_link(self) -> None:
        """A read-also headline with no paragraphs after it is a read-also link without a story."""
        articles = parse_plaintext(
            _doc("Main story text.", "Read more: Another story", "Related", "• Third story"), origin="x"
        )
        assert len(articles) == 1
        assert [(link.kind, link.title, link.target) for link in articles[0].related] == [
            ("read-also", "Another story", None),
            ("related", "Third story", None),
        ]

    def test_read_also_over_a_list_is_a_related_list(self) -> None:
        """A "See also" heading followed by bullets is a related list."""
        (article,) = parse_plaintext(_doc("Main story text.", "See also", "• One story\n• Two story"), origin="x")
        assert [link.title for link in article.related] == ["One story", "Two story"]

    def test_story_keeps_its_own_attribution(self) -> None:
        """An attribution after the embedded story's paragraphs belongs to it when the page has its own."""
        articles = parse_plaintext(
            _doc("Main text.", "Source: Page Agency", "Read also:", "Second story", "Its text.", "Source: Wire"),
            origin="x",
        )
        assert [a.attribution for a in articles] == ["Page Agency", "Wire"]

    def test_metadata_after_a_related_list_belongs_to_the_page(self) -> None:
        """Keywords after the related list go to the page, not to the embedded story before it."""
        articles = parse_plaintext(
            _doc("Main text.", "Read also:", "Second story", "Its text.", "Related", "• A", "Tags: x, y"),
            origin="x",
        )
        assert articles[0].keywords == ("x", "y") and articles[1].keywords == ()

    def test_keywords_on_following_lines(self) -> None:
        """A bare keywords heading takes the bullet lines (or the one line) below it."""
        (bullets,) = parse_plaintext(_doc("Text.", "Tags:", "• alpha\n• beta, gamma"), origin="x")
        (line,) = parse_plaintext(_doc("Text.", "الوسوم", "طقس، حر"), origin="y")
        assert bullets.keywords == ("alpha", "beta", "gamma") and line.keywords == ("طقس", "حر")

    @pytest.mark.parametrize(
        ("last", "keyword"),
        [("أسواق المال العربية اليوم", True), ("أسواق المال العربية اليوم الجديد", False)],
        ids=["four-words", "five-words"],
    )
    def test_one_keyword_a_line_takes_lines_of_up_to_four_words(self, last: str, keyword: bool) -> None:
        """Under a bare keywords heading with one keyword a line, a short line of 4 words is a keyword too;
        one of 5 words is text of the story."""
        lead = "قال محللون إن أسعار النفط ارتفعت اليوم بشكل ملحوظ في الأسواق العالمية."
        text = f"الجزيرة – اقتصاد\nأسعار النفط ترتفع في الأسواق\n{lead}\nكلمات دلالية\nاقتصاد\nنفط\n{last}\n"
        (article,) = parse_plaintext(text, origin="x")
        assert article.keywords == (("اقتصاد", "نفط", last) if keyword else ("اقتصاد", "نفط"))
        assert article.paragraphs == ((lead,) if keyword else (lead, last))

    @pytest.mark.parametrize(("length", "item"), [(299, True), (300, True), (301, False)])
    def test_an_unbulleted_line_in_a_related_list_is_a_headline_up_to_300_characters(
        self, length: int, item: bool
    ) -> None:
        """After a related heading, a line without a bullet is another headline when it is at most 300
        characters long; a longer one is the page's prose again."""
        lead = "قال محللون إن أسعار النفط ارتفعت اليوم بشكل ملحوظ في الأسواق العالمية."
        filler = "تقرير مطول عن تراجع أسعار الذهب في الأسواق العالمية مع صعود الدولار وتوقعات الفائدة " * 5
        line = filler[: length - 1] + "ة"
        text = f"الجزيرة – اقتصاد\nأسعار النفط ترتفع في الأسواق\n{lead}\nمقالات مشابهة\n• رابط أول قصير\n{line}\n"
        (article,) = parse_plaintext(text, origin="x")
        assert [link.title for link in article.related] == (["رابط أول قصير", line] if item else ["رابط أول قصير"])
        assert article.paragraphs == ((lead,) if item else (lead, line))

    def test_hashtag_keywords(self) -> None:
        """A keywords line of hashtags without separators splits at the hashtags, each without its "#"."""
        (article,) = parse_plaintext(_doc("نص.", "الوسوم: #العراق #سوريا"), origin="x")
        assert article.keywords == ("العراق", "سوريا")

    def test_read_also_lines_above_the_text_are_links(self) -> None:
        """One-line read-also headlines before the page's own text are links, not stories."""
        (article,) = parse_plaintext(
            _doc("اقرأ أيضا: الخبر الأول", "اقرأ أيضا: الخبر الثاني", "نص الخبر يبدأ هنا."), origin="x"
        )
        assert article.paragraphs == ("نص الخبر يبدأ هنا.",)
        assert [(link.kind, link.title) for link in article.related] == [
            ("read-also", "الخبر الأول"),
            ("read-also", "الخبر الثاني"),
        ]

    def test_story_after_standalone_marker_owns_following_attribution(self) -> None:
        """With the headline below the marker, an attribution after the story's text is the story's."""
        articles = parse_plaintext(
            _doc("نص الصفحة.", "اقرأ أيضا:", "البنك المركزي يرفع الفائدة", "قرر البنك رفع الفائدة.", "المصدر: وام"),
            origin="x",
        )
        assert [a.attribution for a in articles] == [None, "وام"]

    @pytest.mark.parametrize(
        ("first", "title"),
        [
            ("كتب جديدة في معرض المدينة", "كتب جديدة في معرض المدينة"),
            ("بقلم سلمى العطار", "وصلت إلى المعرض آلاف الكتب الجديدة هذا الأسبوع"),
            ("Officials may approve 2 new ferries", "Officials may approve 2 new ferries"),
        ],
        ids=["books-not-author", "author-line", "may-not-a-date"],
    )
    def test_headline_versus_author_and_date(self, first: str, title: str) -> None:
        """Author lines are not headlines; words like "كتب" (books) or "may" do not make a line furniture."""
        (article,) = parse_plaintext(_doc(first, "وصلت إلى المعرض آلاف الكتب الجديدة هذا الأسبوع."), origin="x")
        assert article.title == title

    def test_keyword_with_spaces_is_one_keyword(self) -> None:
        """Keywords split on ، , ; ؛ | only, never on spaces."""
        (article,) = parse_plaintext(_doc("نص.", "كلمات دلالية: الولایات المتحدة فی العراق ؛ داعش"), origin="x")
        assert article.keywords == ("الولایات المتحدة فی العراق", "داعش")

    def test_page_without_own_text_becomes_its_story(self) -> None:
        """A page whose only text is an embedded story yields that story, with the page's byline."""
        (article,) = parse_plaintext(_doc("الندى نيوز – ثقافة", "إقرأ أيضاً:", "عنوان القصة", "فقرة القصة."), origin="x")
        assert (article.title, article.source, article.paragraphs) == ("عنوان القصة", "الندى نيوز", ("فقرة القصة.",))
        assert article.id == article_id("x", 0)

    def test_language_hint(self) -> None:
        """A language hint that fits the script is used; one that contradicts it is ignored."""
        text = _doc("يجتمع المجلس غدا لمناقشة الميزانية الجديدة.")
        assert parse_plaintext(text, origin="x", language_hint="ar-EG")[0].language == "ar"
        assert parse_plaintext(text, origin="x", language_hint="en")[0].language == "ar"
        assert parse_plaintext(text, origin="x", language_hint="ur")[0].language == "ur"

    def test_ids_are_stable_and_unique(self) -> None:
        """Ids hash the origin as given: equal for equal origins, different across origins and positions."""
        assert article_id("samples/01_library.txt", 3) == "76ab94939a-3"
        assert article_id("-", 0) == "3bc15c8aae-0"
        first = parse_fixture("english_read_more.txt")
        again = parse_fixture("english_read_more.txt")
        other = parse_plaintext((FIXTURES / "english_read_more.txt").read_text(encoding="utf-8"), origin="elsewhere")
        assert [a.id for a in first] == [a.id for a in again]
        assert len({a.id for a in first + other}) == 4

    @pytest.mark.parametrize("origin", ["-", "samples/01_library.txt", "https://ex.example/ا?b=1", "bad\udcff", ""])
    def test_ids_hash_like_hashlib(self, origin: str) -> None:
        """The origin key is the start of hashlib's SHA-1 of the origin (the id scheme does not depend on OpenSSL)."""
        import hashlib

        expected = hashlib.sha1(origin.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        assert article_id(origin, 2) == f"{expected}-2"

    def test_hostile_text_is_sanitized(self) -> None:
        """Escape sequences and bidi overrides never reach the articles."""
        (article,) = parse_plaintext("عنوان\x1b]2;x\x07 \u202eمقلوب\u202c.", origin="x")
        text = article.title + "".join(article.paragraphs)
        assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text


def _nothing_lost_cases() -> list[tuple[str, str]]:
    cases = [(f"fixture:{p.name}", p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))]
    cases += [(f"sample:{p.name}", p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    cases.append(
        (
            "inline:mixed",
            _doc(
                "Title above byline text",
                "Wire – News",
                "https://wire.example.com/a",
                "Body one. Body two.",
                "Read more: Inline headline",
                "Body three continues here.",
                "Via Wire Service",
                "Keywords:",
                "• k1\n• k2",
                "Related",
                "1) first (https://wire.example.com/f)\n2) second\nA long unbulleted closing line " + "word " * 70,
            ),
        )
    )
    return cases


NOTHING_LOST = _nothing_lost_cases()


class TestNothingLost:
    @pytest.mark.parametrize(
        ("name", "text"),
        [
            *(pytest.param(name, text, id=name) for name, text in NOTHING_LOST),
            pytest.param("reference", REFERENCE, id="reference", marks=skip_without_reference),
        ],
    )
    def test_every_word_lands_in_a_field(self, name: str, text: str | Path) -> None:
        """Every word of every non-marker line (and of a marker's rest) is in some field of some article."""
        if isinstance(text, Path):
            text = text.read_text(encoding="utf-8")
        articles = parse_plaintext(text, origin=name)
        missing = content_words(text) - field_words(articles)
        assert not missing


@dataclass(frozen=True)
class Layout:
    """What the parser gives for a file in the reference sample's layout, as TestReferenceLayout checks it."""

    path: Path
    title_start: str  # the page's title: its lead's first words, cut with "…"
    byline: tuple[str, str]  # (source, section)
    attribution: str
    keywords: tuple[str, ...]
    story_title: str
    story_end: str  # how the story's last paragraph ends once the agency glued to it is lifted
    story_attribution: str
    related_first: str  # the first and last unresolved related titles begin so
    related_last: str


GOLDEN_LAYOUT = Layout(
    GOLDEN,
    title_start='قالت مديرة دائرة الصيد البحري في بلدة رأس النخيل لصحيفة "المرسى" إن أعمال',
    byline=("شبكة النهر الإخبارية", "مجتمع"),
    attribution="صحيفة المرسى المحلية",
    keywords=("الصید البحری فی رأس النخیل",),  # Persian yeh kept as written
    story_title="بلدية المنارة تستضيف الملتقى السنوي لـ “شبكة السلامة البحرية” في مينائها القديم",
    story_end="بين الموانئ الأعضاء بشكل يومي.",
    story_attribution="واس",
    related_first="إذا تأخر الإصلاح..صيادو رأس النخيل",
    related_last="وزير النقل يزور ميناء رأس النخيل",
)
REFERENCE_LAYOUT = Layout(
    REFERENCE,
    title_start='قال مسؤول حكومي عراقي لوكالة "رويترز" إن المحادثات',
    byline=("السومرية نيوز", "سياسة"),
    attribution="السومرية العراقية",
    keywords=("الولایات المتحدة فی العراق",),
    story_title="الإمارات تشارك في الاجتماع الوزاري لـ “التحالف الدولي ضد داعش” في واشنطن",
    story_end="الإرهابية.",
    story_attribution="وام",
    related_first="إذا ردت على هجوم إيران",
    related_last="وزير الخارجية يترأس وفد دولة الكويت",
)


@pytest.mark.parametrize("layout", layout_cases(GOLDEN_LAYOUT, REFERENCE_LAYOUT))
class TestReferenceLayout:
    """The reference sample's structure, checked on our golden_layout.txt in every checkout and on the sample
    itself where it is present (skipped, with the reason shown, where it is not)."""

    @pytest.fixture
    def articles(self, layout: Layout) -> list[Article]:
        return parse_plaintext(layout.path.read_text(encoding="utf-8"), origin=layout.path.name)

    def test_two_articles(self, articles: list[Article]) -> None:
        """The page and its embedded read-also story."""
        assert len(articles) == 2

    def test_main_fields(self, articles: list[Article], layout: Layout) -> None:
        """The page: lead-sentence title, byline, attribution, one keyword as written, six paragraphs."""
        main = articles[0]
        assert main.title.startswith(layout.title_start)
        assert main.title.endswith("…") and len(main.title) <= TITLE_MAX
        assert main.paragraphs[0].startswith(main.title[:-1])
        assert (main.source, main.section, main.attribution) == (*layout.byline, layout.attribution)
        assert main.keywords == layout.keywords
        assert len(main.paragraphs) == 6
        assert (main.direction, main.language) == ("rtl", "ar")

    def test_story_fields(self, articles: list[Article], layout: Layout) -> None:
        """The read-also story: its headline, six paragraphs, the agency glued after the last one ("….وام") as
        its attribution, and a link back to the page."""
        main, story = articles
        assert story.title == layout.story_title
        assert len(story.paragraphs) == 6
        assert story.paragraphs[-1].endswith(layout.story_end)
        assert story.attribution == layout.story_attribution
        assert [(link.kind, link.target, link.title) for link in story.related] == [("parent", main.id, main.title)]

    def test_related_links(self, articles: list[Article], layout: Layout) -> None:
        """Nine unique related links out of ten items: the read-also story first (resolved, its headline listed
        twice, once without quotes), then eight unresolved titles."""
        main, story = articles
        assert len(main.related) == 9
        first, *others = main.related
        assert (first.kind, first.target, first.title) == ("read-also", story.id, story.title)
        assert all(link.kind == "related" and link.target is None and link.url is None for link in others)
        assert len({normalize(link.title) for link in main.related}) == 9
        assert others[0].title.startswith(layout.related_first)
        assert others[-1].title.startswith(layout.related_last)


class TestGoldenLayout:
    """golden_layout.txt line by line: every field the parser must give for it, exactly (the file is ours)."""

    LINES = GOLDEN.read_text(encoding="utf-8").split("\n")

    @pytest.fixture(scope="class")
    def articles(self) -> list[Article]:
        return parse_fixture(GOLDEN.name)

    def line(self, number: int) -> str:
        """The file's line ``number`` (counted from 1), as written."""
        return self.LINES[number - 1]

    def test_layout_of_the_file(self) -> None:
        """The reference sample's lines: byline, lead, three blank lines, paragraphs, المصدر, كلمات دلالية,
        إقرأ أيضاً, the story, two blank lines, مقالات مشابهة and ten items, no final line break."""
        blank = [number for number, line in enumerate(self.LINES, start=1) if not line.strip()]
        assert blank == [2, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 37, 39]
        assert len(self.LINES) == 49 and self.line(49).startswith("  • ")
        assert [self.line(n).split(":")[0] for n in (17, 19, 21)] == ["المصدر", "كلمات دلالية", "إقرأ أيضاً"]
        assert self.line(38) == "مقالات مشابهة"

    def test_main_article(self, articles: list[Article]) -> None:
        """The page: its title cut from the lead at 120 characters, its six paragraphs exactly as written, no
        author or date (the layout has no such line), the source line and the keyword line."""
        main = articles[0]
        assert main.title == (
            'قالت مديرة دائرة الصيد البحري في بلدة رأس النخيل لصحيفة "المرسى" إن أعمال إصلاح الرصيف الشمالي'
            " لميناء الصيادين لن تكتمل…"
        )
        assert len(main.title) == TITLE_MAX
        assert main.paragraphs == tuple(self.line(n) for n in (3, 7, 9, 11, 13, 15))
        assert (main.source, main.section) == ("شبكة النهر الإخبارية", "مجتمع")
        assert (main.attribution, main.keywords) == ("صحيفة المرسى المحلية", ("الصید البحری فی رأس النخیل",))
        assert (main.author, main.published, main.url) == (None, None, None)

    def test_embedded_story(self, articles: list[Article]) -> None:
        """The story under إقرأ أيضاً: its headline line, its six paragraphs as written but the agency glued to
        the last ("….واس"), which is its attribution; the page's site is its source (the same site published
        it), not the page's section or keywords."""
        main, story = articles
        assert story.title == self.line(23)
        assert story.paragraphs == (*(self.line(n) for n in (25, 27, 29, 31, 33)), self.line(35).removesuffix("واس"))
        assert story.paragraphs[-1].endswith("يومي.")
        assert story.attribution == "واس"
        assert (story.source, story.section, story.keywords, story.author, story.published) == (
            "شبكة النهر الإخبارية",
            None,
            (),
            None,
            None,
        )
        assert (story.direction, story.language) == ("rtl", "ar")
        assert story.id != main.id

    def test_related_titles(self, articles: list[Article]) -> None:
        """The related list: items 1 and 2 (the story's headline, without and with its quotes) are the read-also
        link; items 3 to 10 follow as written, in order."""
        main, story = articles
        items = [self.line(n).removeprefix("  • ") for n in range(40, 50)]
        assert items[1] == story.title and items[0] == story.title.replace("“", "").replace("”", "")
        assert [(link.kind, link.title, link.target) for link in main.related] == [
            ("read-also", story.title, story.id),
            *(("related", title, None) for title in items[2:]),
        ]

    def test_nothing_lost_covers_it(self) -> None:
        """The every-word check runs on this file too."""
        assert f"fixture:{GOLDEN.name}" in [name for name, _ in NOTHING_LOST]


class TestReadAlsoBlockFixture:
    """The structural checks of TestReferenceSample on our own article in the same layout, so they run in
    every checkout (the reference sample is not part of the repository)."""

    @pytest.fixture(scope="class")
    def articles(self) -> list[Article]:
        return parse_fixture(READ_ALSO_BLOCK.name)

    def test_two_articles(self, articles: list[Article]) -> None:
        """The page and its embedded read-also story."""
        assert len(articles) == 2

    def test_main_fields(self, articles: list[Article]) -> None:
        """The page: lead-sentence title, byline, attribution, one keyword as written, six paragraphs."""
        main = articles[0]
        assert main.title.startswith('أعلنت الهيئة العامة للري في محافظة وادي الزيتون أن محطة "شمس الوادي"')
        assert main.title.endswith("…") and len(main.title) <= TITLE_MAX
        assert main.paragraphs[0].startswith(main.title[:-1])
        assert (main.source, main.section, main.attribution) == (
            "وكالة أنباء الوادي",
            "اقتصاد",
            "إذاعة وادي الزيتون المحلية",
        )
        assert main.keywords == ("الطاقة الشمسیة فی الزراعة",)  # Persian yeh kept as written
        assert len(main.paragraphs) == 6
        assert main.paragraphs[1].startswith("وتمتد ألواح المحطة") and main.paragraphs[-1].endswith("في الزراعة.")
        assert (main.direction, main.language) == ("rtl", "ar")

    def test_story_fields(self, articles: list[Article]) -> None:
        """The read-also story: its headline, six paragraphs and a link back to the page."""
        main, story = articles
        assert story.title == "مدينة الساحل تستضيف الدورة الرابعة لـ “منتدى الطاقة النظيفة” الإقليمي"
        assert len(story.paragraphs) == 6
        assert story.paragraphs[0].startswith("تستضيف مدينة الساحل")
        assert story.paragraphs[-1].endswith("المشاركة.ونا")
        assert [(link.kind, link.target, link.title) for link in story.related] == [("parent", main.id, main.title)]

    def test_related_links(self, articles: list[Article]) -> None:
        """Nine unique related links out of ten items: the read-also story first (resolved, its headline listed
        twice, once without quotes), then eight unresolved titles."""
        main, story = articles
        assert len(main.related) == 9
        first, *others = main.related
        assert (first.kind, first.target, first.title) == ("read-also", story.id, story.title)
        assert all(link.kind == "related" and link.target is None and link.url is None for link in others)
        assert len({normalize(link.title) for link in main.related}) == 9
        assert others[0].title == "إذا ارتفع سعر الوقود مجدداً..مزارعو الوادي يخشون موسماً صعباً"
        assert others[-1].title.startswith("وزير الزراعة يفتتح مركز أبحاث الري")

    def test_nothing_lost_covers_it(self) -> None:
        """The every-word check runs on this fixture too."""
        assert f"fixture:{READ_ALSO_BLOCK.name}" in [name for name, _ in NOTHING_LOST]


RTL_LETTER = "[\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdfb\ufe70-\ufefc]"
LTR_LETTER = "[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0900-\u0dff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"


def _reference_language(text: str, hint: str | None) -> tuple[str | None, str | None]:
    """detect_language as first written: count every letter of both scripts and every special letter."""
    sample = text[:300]
    arabic = len(re.findall(RTL_LETTER, sample))
    latin = len(re.findall(LTR_LETTER, sample))
    hinted = hint.strip().lower().replace("_", "-").split("-")[0] if hint and hint.strip() else None
    hint_direction = language_direction(hinted)
    if arabic == latin == 0:
        return hinted, hint_direction
    direction = "rtl" if arabic >= latin else "ltr"
    if hinted and hint_direction == direction:
        return hinted, direction
    if direction == "ltr":
        words = normalize(sample).split()
        english = set("the and of to in is was for on that with said by at from as it are were has have".split())
        return ("en" if words and sum(word in english for word in words) * 20 >= len(words) else None), direction
    wide = text[:2000]
    persian, arabic_only, urdu = (sum(wide.count(c) for c in letters) for letters in ("پچژگکی", "يكةى", "ٹڈڑںےھ"))
    if urdu > arabic_only and urdu >= 3:
        return "ur", direction
    if persian > arabic_only:
        return "fa", direction
    if arabic_only or persian or re.search("[\u0620-\u064a]", sample):
        return "ar", direction
    return None, direction


def _reference_lead_title(paragraph: str, limit: int) -> str:
    """lead_title's word cut as first written: add words one by one while they fit."""
    sentence = plaintext_lines.first_sentence(paragraph)
    if len(sentence) <= limit:
        return lead_title(paragraph, limit)
    words: list[str] = []
    length = 0
    for word in sentence.split():
        added = len(word) + (1 if words else 0)
        if length + added > limit - 1:
            break
        words.append(word)
        length += added
    if not words:
        return sentence[: limit - 1].rstrip() + "…"
    while len(words) > 3 and normalize(words[-1]) in plaintext_lines._TRAILING_STOPWORDS:
        words.pop()
    return " ".join(words).rstrip(plaintext_lines._TITLE_TRIM) + "…"


LETTERS = st.lists(st.sampled_from([*"ابتيكةىپچگکیٹڈےھ abcxyz123.،\u064e\u200c«»", "the ", "of ", "and "])).map("".join)


class TestFastPathsAgree:
    @settings(max_examples=400, deadline=None)
    @given(LETTERS, st.sampled_from([None, "ar", "en-GB", "fa", " ", "x-y"]))
    def test_language_same_as_counting_every_letter(self, text: str, hint: str | None) -> None:
        """Counting letter runs and searching for Persian/Urdu letters decides exactly as counting all."""
        assert detect_language(text, hint) == _reference_language(text, hint)

    @settings(max_examples=300, deadline=None)
    @given(LETTERS, st.sampled_from([5, 300, 5000]))
    def test_direction_same_as_counting_every_letter(self, text: str, limit: int) -> None:
        """text_direction: right to left when its letters are at least as many, the default without letters."""
        sample = text[: min(limit, 300)]
        rtl = len(re.findall(RTL_LETTER, sample))
        ltr = len(re.findall(LTR_LETTER, sample))
        expected = "ttb" if rtl == ltr == 0 else "rtl" if rtl >= ltr else "ltr"
        assert text_direction(text, "ttb", limit=limit) == expected  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "text",
        ["مرحبا" * 70 + " hello" * 3, "hello " * 60 + "مرحبا", "ab" + "ب" * 2, "a" * 5 + "ب" * 5, "؟؟ ... 123", ""],
        ids=["arabic", "latin", "rtl-wins", "tie", "no-letters", "empty"],
    )
    def test_language_edge_cases(self, text: str) -> None:
        """Ties go right to left; no letters keep the hint."""
        for hint in (None, "ar", "en"):
            assert detect_language(text, hint) == _reference_language(text, hint)

    @settings(max_examples=400, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                ["في", "the", "Dr.", "U.S.", "3.5", "وزير", "التعليم", "x" * 130, "«قال»", "end.", "…", ""]
            ),
            max_size=40,
        ),
        st.sampled_from([" ", "  ", "\u00a0", " \t "]),
        st.sampled_from([1, 2, 5, 20, 60, TITLE_MAX]),
    )
    def test_lead_title_cut_same_as_word_by_word(self, words: list[str], space: str, limit: int) -> None:
        """Cutting the single-spaced sentence at the last fitting space equals adding words one by one."""
        paragraph = space.join(words)
        assert lead_title(paragraph, limit) == _reference_lead_title(paragraph, limit)

    @settings(max_examples=400, deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                ["المصدر", "مصدر", "ـ", "«", ":", " ", "\u200c", "ها", "برچسب", "Read", "more", "اقرأ", "أيضاً", "x"]
            ),
            max_size=8,
        ).map("".join)
    )
    def test_marker_first_word_filter_changes_nothing(self, line: str) -> None:
        """Ruling lines out by their first word gives the same answer as folding the whole head."""
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(markers, "_may_start_marker", lambda word: True)
            full = match_marker(line)
        assert match_marker(line) == full

    def test_marker_after_a_letter_that_folds_away(self) -> None:
        """A tatweel alone before the phrase folds to nothing, so the whole head decides."""
        assert match_marker("ـ المصدر: وكالات") == (A, "وكالات")

    @pytest.mark.parametrize("name", sorted(path.name for path in FIXTURES.glob("*.txt")))
    def test_parse_sanitized_equals_parse_plaintext(self, name: str) -> None:
        """parse_document's entry (text already sanitized) gives the same articles."""
        text = (FIXTURES / name).read_text(encoding="utf-8")
        assert parse_sanitized(sanitize_text(text), origin=name) == parse_plaintext(text, origin=name)

    def test_byline_memo(self) -> None:
        """split_byline answers the same every time, and a padded line is judged on its stripped text."""
        assert (
            split_byline("صحيفة المدينة – محليات")
            == split_byline("صحيفة المدينة – محليات")
            == ("صحيفة المدينة", "محليات")
        )
        assert split_byline(" " * 200 + "Harbor Times - World") == ("Harbor Times", "World")
        assert split_byline("Harbor Times - World " + "x" * 100) is None
