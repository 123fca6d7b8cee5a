"""Aggregator-page variants the plain-text parser reads (parse/plaintext.py): one class per layout.

Each case is a short original article written for these tests (or a fixture of the same kind under
``tests/fixtures/plaintext/variants/``); every test failed on the parser before the change it covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.model import Article
from newstui.parse.markers import MarkerKind, match_marker
from newstui.parse.plaintext import parse_plaintext
from newstui.parse.plaintext_addresses import address_of
from newstui.parse.plaintext_byline import breadcrumb
from newstui.parse.plaintext_credits import author_credit
from newstui.parse.plaintext_cues import reads_on
from newstui.parse.plaintext_dates import iso_date
from newstui.parse.plaintext_head import QuickHead, quick_head
from newstui.parse.plaintext_lines import is_rule

VARIANTS = Path(__file__).resolve().parents[1] / "fixtures" / "plaintext" / "variants"

R, L = MarkerKind.READ_ALSO, MarkerKind.RELATED


def _doc(*lines: str) -> str:
    return "\n\n".join(lines)


def _parse(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _links(article: Article) -> list[tuple[str, str, str | None]]:
    return [(link.kind, link.title, link.url) for link in article.related]


BYLINE = "صحيفة الوادي – محليات"
HEADLINE = "البلدية تفتتح جسرا جديدا فوق النهر"
LEAD = "افتتحت البلدية صباح اليوم جسرا جديدا فوق النهر يربط الحي الشرقي بوسط المدينة، بعد عامين من العمل."
SECOND = "وقال رئيس البلدية إن الجسر سيخفف الزحام في ساعات الذروة ويختصر الطريق إلى المستشفى."
THIRD = "ومن المنتظر أن تفتتح البلدية جسرا ثانيا في الحي الغربي مطلع العام المقبل."


class TestRelatedHeadings:
    @pytest.mark.parametrize(
        ("line", "kind", "rest"),
        [
            ("الأخبار ذات الصلة", L, ""),
            ("أخبار ذات الصلة:", L, ""),
            ("ذات الصلة", L, ""),
            ("مقالات ذات الصلة", L, ""),
            ("روابط ذات صلة:", L, ""),
            ("اخترنا لك", L, ""),
            ("اخترنا لكم", L, ""),
            ("مواضيع قد تهمك", L, ""),
            ("تابع أيضاً: البرلمان يقر الموازنة", R, "البرلمان يقر الموازنة"),
            ("تابع ايضا:", R, ""),
        ],
    )
    def test_heading_variants(self, line: str, kind: MarkerKind, rest: str) -> None:
        """Common Arabic related-list and read-also headings are markers."""
        assert match_marker(line) == (kind, rest)

    @pytest.mark.parametrize(
        "line",
        ["اخترنا لك أجمل الصور من المهرجان.", "تابع أيضا تطورات الموقف في الجنوب عبر قناتنا على مدار الساعة."],
    )
    def test_prose_starting_with_the_words_is_text(self, line: str) -> None:
        """A sentence that starts with the heading's words is not a heading."""
        assert match_marker(line) is None

    @pytest.mark.parametrize(
        "heading", ["الأخبار ذات الصلة", "روابط ذات صلة:", "اخترنا لك", "ذات الصلة", "مواضيع قد تهمك"]
    )
    def test_list_under_the_heading_is_related(self, heading: str) -> None:
        """The bulleted titles under such a heading are related links, not paragraphs."""
        (article,) = _parse(
            _doc(BYLINE, HEADLINE, LEAD, SECOND, heading, "• جسر المشاة يعود للعمل\n• إغلاق طريق الكورنيش")
        )
        assert article.paragraphs == (LEAD, SECOND)
        assert _links(article) == [
            ("related", "جسر المشاة يعود للعمل", None),
            ("related", "إغلاق طريق الكورنيش", None),
        ]

    def test_follow_also_line_is_a_read_also_link(self) -> None:
        """ "تابع أيضاً: title" after the page's source is one read-also link."""
        (article,) = _parse(_doc(BYLINE, HEADLINE, LEAD, "المصدر: الوادي", "تابع أيضاً: البرلمان يقر الموازنة"))
        assert article.paragraphs == (LEAD,)
        assert _links(article) == [("read-also", "البرلمان يقر الموازنة", None)]


class TestInlineReadAlso:
    @pytest.mark.parametrize(
        "tail",
        [(), ("مقالات مشابهة", "• جسر المشاة يعود للعمل")],
        ids=["text-to-the-end", "related-list-after"],
    )
    def test_link_between_paragraphs_keeps_the_story_whole(self, tail: tuple[str, ...]) -> None:
        """ "اقرأ أيضاً: title" between two paragraphs of the page, with no source or tags after it, is a link."""
        articles = _parse(
            _doc(BYLINE, HEADLINE, LEAD, "اقرأ أيضاً: الحكومة تقر خطة لدعم المزارعين", SECOND, THIRD, *tail)
        )
        assert len(articles) == 1
        assert articles[0].paragraphs == (LEAD, SECOND, THIRD)
        assert _links(articles[0])[0] == ("read-also", "الحكومة تقر خطة لدعم المزارعين", None)

    def test_english_read_more_between_paragraphs(self) -> None:
        """The same in English: the paragraph after the link goes on about the page's own story."""
        articles = _parse(
            _doc(
                "Harbour ferry returns after repairs",
                "The ferry between the two towns carried its first passengers again on Sunday.",
                "Read more: Council approves a new budget for schools",
                "The operator said the new engines would cut the crossing time by a third.",
            )
        )
        assert len(articles) == 1 and len(articles[0].paragraphs) == 2
        assert _links(articles[0]) == [("read-also", "Council approves a new budget for schools", None)]

    def test_story_whose_lead_names_its_headline_is_still_a_story(self) -> None:
        """An inline headline followed by its own lead (sharing its names) stays an embedded story."""
        articles = _parse(
            _doc(
                BYLINE,
                HEADLINE,
                LEAD,
                "اقرأ أيضاً: افتتاح حديقة نباتية في الضاحية",
                "افتتحت الأمانة حديقة نباتية كبيرة في الضاحية الشمالية.",
                THIRD,
            )
        )
        assert [a.title for a in articles] == [HEADLINE, "افتتاح حديقة نباتية في الضاحية"]
        assert articles[0].paragraphs == (LEAD,)
        assert len(articles[1].paragraphs) == 2


class TestHeadlineOverFurniture:
    @pytest.mark.parametrize(
        ("lines", "author"),
        [
            (("كتب: سامر الحلبي", "الأحد 14 أبريل 2024 - 10:30 ص"), "سامر الحلبي"),
            (("بقلم: د. سامر الحلبي",), "د. سامر الحلبي"),
            (("كتبت - ريم العلي", "تحديث: 2024/03/05 14:20"), "ريم العلي"),
            (("By: Sam Hale",), "Sam Hale"),
        ],
        ids=["wrote-colon-and-date", "pen-colon", "wrote-feminine-dash", "by-colon"],
    )
    def test_author_line_below_the_headline(self, lines: tuple[str, ...], author: str) -> None:
        """An author line (and a dateline) under the headline: the headline is the title only, the author credited."""
        (article,) = _parse(_doc(BYLINE, HEADLINE, *lines, LEAD, SECOND))
        assert article.title == HEADLINE
        assert HEADLINE not in article.paragraphs
        assert (article.author, article.attribution) == (author, None)
        assert article.paragraphs[-2:] == (LEAD, SECOND)
        assert all(not paragraph.startswith(("كتب", "بقلم", "By")) for paragraph in article.paragraphs)

    @pytest.mark.parametrize("joiner", ["\n\n", "\n"], ids=["blank-lines", "no-blank-lines"])
    def test_author_line_above_the_headline(self, joiner: str) -> None:
        """Byline, author, headline, dateline, text: the headline is the title only (not also the first
        paragraph), the author credited and the dateline read, with or without blank lines between them."""
        dateline = "الأحد 14 أبريل 2024 - 10:30 ص"
        (article,) = _parse(joiner.join([BYLINE, "كتب: سامر الحلبي", HEADLINE, dateline, LEAD, SECOND]))
        assert (article.title, article.author, article.published) == (HEADLINE, "سامر الحلبي", "2024-04-14T10:30:00")
        assert article.paragraphs == (dateline, LEAD, SECOND)

    def test_author_comes_before_the_pages_source(self) -> None:
        """A page with both an author line and a source line names both: who wrote it, and who it is credited to."""
        (article,) = _parse(_doc(HEADLINE, "بقلم: سامر الحلبي", LEAD, "المصدر: وكالة الأنباء"))
        assert (article.author, article.attribution) == ("سامر الحلبي", "وكالة الأنباء")

    def test_short_lead_without_full_stop(self) -> None:
        """A headline over a short lead without a full stop (and longer text after it) is the title, not a paragraph."""
        (article,) = _parse(
            _doc("انقطاع الكهرباء عن أحياء واسعة في العاصمة بسبب موجة الحر", "الشركة تعلن الطوارئ", SECOND)
        )
        assert article.title == "انقطاع الكهرباء عن أحياء واسعة في العاصمة بسبب موجة الحر"
        assert article.paragraphs == ("الشركة تعلن الطوارئ", SECOND)

    def test_headline_ending_in_an_ellipsis(self) -> None:
        """A headline ending in "..." is the whole title, not cut at its first "..", and not a paragraph."""
        headline = "بعد غياب عشرين عاماً.. فرقة الحي تعود إلى المسرح..."
        (article,) = _parse(_doc(BYLINE, headline, LEAD, SECOND))
        assert article.title == headline
        assert article.paragraphs == (LEAD, SECOND)

    @pytest.mark.parametrize(
        ("headline", "title", "paragraphs"),
        [
            ("الذهب يرتفع.", "الذهب يرتفع.", (LEAD, SECOND)),
            ("Gold rises again.", "Gold rises again.", (LEAD, SECOND)),
            # A sentence of more than a few words with a full stop is the lead, and titles the story.
            (
                "ارتفع الذهب اليوم في كل الأسواق العالمية وسط إقبال كبير.",
                "ارتفع الذهب اليوم في كل الأسواق العالمية وسط إقبال كبير",
                ("ارتفع الذهب اليوم في كل الأسواق العالمية وسط إقبال كبير.", LEAD, SECOND),
            ),
        ],
        ids=["arabic", "english", "a-long-sentence-is-the-lead"],
    )
    def test_a_short_headline_with_a_full_stop(self, headline: str, title: str, paragraphs: tuple[str, ...]) -> None:
        """A headline a site ends with a full stop, over a longer paragraph, is the title and not a paragraph too
        (it was the story's lead: its title, and a first paragraph saying it again)."""
        (article,) = _parse(_doc(BYLINE, headline, LEAD, SECOND))
        assert article.title == title
        assert article.paragraphs == paragraphs

    @pytest.mark.parametrize(
        ("lines", "paragraphs"),
        [
            (("كتب جديدة في معرض المدينة", LEAD), (LEAD,)),
            (("لم يحسم الأمر بعد...", "قصير"), ("لم يحسم الأمر بعد...", "قصير")),
        ],
        ids=["books-is-not-an-author", "ellipsis-over-shorter-line"],
    )
    def test_lookalikes_stay_as_they_were(self, lines: tuple[str, ...], paragraphs: tuple[str, ...]) -> None:
        """ "كتب" without a colon is a word (books), so that line is the headline; an ellipsis line over a shorter
        line is text."""
        (article,) = _parse(_doc(*lines))
        assert article.author is None and article.attribution is None
        assert article.paragraphs == paragraphs


class TestCreditWithDateOrPlace:
    @pytest.mark.parametrize(
        ("line", "credit"),
        [
            ("By Lena Ortiz | December 2, 2026 8:45 PM GMT", ("Lena Ortiz", "December 2, 2026 8:45 PM GMT")),
            ("By Lena Ortiz, December 2, 2026", ("Lena Ortiz", "December 2, 2026")),
            ("كتبت: ريم العلي | الأربعاء 2 ديسمبر 2026", ("ريم العلي", "الأربعاء 2 ديسمبر 2026")),
            ("بقلم: سامر الحلبي – 2 ديسمبر 2026 - 10:30 ص", ("سامر الحلبي", "2 ديسمبر 2026 - 10:30 ص")),
            ("كتب: سامر الحلبي - دمشق", ("سامر الحلبي", None)),
            ("كتب: سامر الحلبي - دمشق - الأربعاء 2 ديسمبر 2026", ("سامر الحلبي", "دمشق - الأربعاء 2 ديسمبر 2026")),
            ("By Lena Ortiz - Staff Writer", ("Lena Ortiz", None)),
            ("By Lena Ortiz, Tom Reyes", ("Lena Ortiz, Tom Reyes", None)),
            ("كتب: سامر الحلبي، وريم العلي", ("سامر الحلبي، وريم العلي", None)),
            ("By Lena Ortiz - the port", ("Lena Ortiz - the port", None)),
            ("By Anne-Marie Duval", ("Anne-Marie Duval", None)),
            ("By Lena Ortiz | the port reopened on Monday after the storm", None),
        ],
        ids=[
            "bar-date-time-zone",
            "comma-date",
            "arabic-bar-weekday-date",
            "dash-date-time",
            "dash-place",
            "dash-place-dateline",
            "dash-role",
            "comma-two-names",
            "arabic-comma-two-names",
            "dash-then-lower-case-words",
            "hyphenated-name",
            "bar-then-a-sentence",
        ],
    )
    def test_author_credit(self, line: str, credit: tuple[str, str | None] | None) -> None:
        """The name ends where a dateline or a place follows a bar, comma or dash; a list of names stays whole."""
        assert author_credit(line) == credit

    @pytest.mark.parametrize(
        ("line", "author", "dateline", "published"),
        [
            (
                "By Lena Ortiz | December 2, 2026 8:45 PM GMT",
                "Lena Ortiz",
                "December 2, 2026 8:45 PM GMT",
                "2026-12-02T20:45:00+00:00",
            ),
            ("By Lena Ortiz, December 2, 2026", "Lena Ortiz", "December 2, 2026", "2026-12-02"),
            ("كتبت: ريم العلي | الأربعاء 2 ديسمبر 2026", "ريم العلي", "الأربعاء 2 ديسمبر 2026", "2026-12-02"),
            ("كتب: سامر الحلبي - دمشق", "سامر الحلبي", "دمشق", None),
        ],
        ids=["bar-date-time-zone", "comma-date", "arabic-bar-weekday-date", "dash-place"],
    )
    def test_under_the_headline(self, line: str, author: str, dateline: str | None, published: str | None) -> None:
        """Byline, headline, credit with a date, text: the author credited, the date read, the dateline kept."""
        (article,) = _parse(_doc(BYLINE, HEADLINE, line, LEAD, SECOND))
        assert (article.title, article.author, article.published) == (HEADLINE, author, published)
        assert article.paragraphs == ((dateline,) if dateline else ()) + (LEAD, SECOND)


class TestReadAlsoHeadlines:
    @pytest.mark.parametrize(
        ("lines", "links"),
        [
            (
                ("ارتفاع أسعار الخبز في الأسواق", "طبيب يحذر من السهر", "دراسة: النوم يقوي المناعة"),
                [
                    ("ارتفاع أسعار الخبز في الأسواق", None),
                    ("طبيب يحذر من السهر", None),
                    ("دراسة: النوم يقوي المناعة", None),
                ],
            ),
            (
                ("ارتفاع أسعار الخبز في الأسواق", "https://w.example/a", "طبيب يحذر من السهر", "https://w.example/b"),
                [
                    ("ارتفاع أسعار الخبز في الأسواق", "https://w.example/a"),
                    ("طبيب يحذر من السهر", "https://w.example/b"),
                ],
            ),
            (
                ("ارتفاع أسعار الخبز في الأسواق - https://w.example/a", "هل يعود الشتاء البارد؟"),
                [("ارتفاع أسعار الخبز في الأسواق", "https://w.example/a"), ("هل يعود الشتاء البارد؟", None)],
            ),
        ],
        ids=["three-headlines", "title-and-url-lines", "inline-url-and-question"],
    )
    def test_unbulleted_headlines_under_read_also_are_links(
        self, lines: tuple[str, ...], links: list[tuple[str, str | None]]
    ) -> None:
        """Short headline lines without bullets under a bare read-also marker are read-also links, not a story."""
        related = ("مقالات مشابهة", "• جسر المشاة يعود للعمل")
        articles = _parse(_doc(BYLINE, HEADLINE, LEAD, "المصدر: الوادي", "اقرأ أيضا:", "\n".join(lines), *related))
        assert len(articles) == 1
        assert articles[0].paragraphs == (LEAD,)
        assert _links(articles[0]) == [
            *[("read-also", title, url) for title, url in links],
            ("related", "جسر المشاة يعود للعمل", None),
        ]

    @pytest.mark.parametrize(
        "story",
        [
            ("افتتاح حديقة نباتية في الضاحية", "افتتحت الأمانة حديقة نباتية كبيرة في الضاحية.", THIRD),
            ("افتتاح حديقة نباتية في الضاحية", "السبت 12 أكتوبر 2024", THIRD),
        ],
        ids=["headline-over-paragraphs", "headline-over-dateline"],
    )
    def test_headline_over_paragraphs_is_still_a_story(self, story: tuple[str, ...]) -> None:
        """A headline followed by sentences (or a dateline and text) is an embedded story, as in the reference."""
        articles = _parse(_doc(BYLINE, HEADLINE, LEAD, "المصدر: الوادي", "اقرأ أيضا:", *story))
        assert [a.title for a in articles] == [HEADLINE, story[0]]
        assert articles[1].paragraphs == story[1:]

    def test_headline_with_its_address_over_a_story(self) -> None:
        """A "title - URL" line over the story's text is its headline and the link's address."""
        articles = _parse(
            _doc(
                "Main text of the page.",
                "Source: Wire",
                "Read more:",
                "Bridge reopens - https://w.example/b",
                "The bridge reopened on Tuesday after repairs.",
            )
        )
        assert [(a.title, a.paragraphs) for a in articles][1] == (
            "Bridge reopens",
            ("The bridge reopened on Tuesday after repairs.",),
        )
        assert _links(articles[0]) == [("read-also", "Bridge reopens", "https://w.example/b")]


class TestFooter:
    @pytest.mark.parametrize(
        "footer",
        [
            (
                "تابعونا على فيسبوك وتويتر",
                "جميع الحقوق محفوظة © 2024 صحيفة الوادي",
                "سياسة الخصوصية | اتصل بنا | من نحن",
            ),
            ("جميع الحقوق محفوظة لصحيفة الوادي",),
            ("Follow us on X and Facebook", "© 2024 Valley Post. All rights reserved.", "Privacy Policy | Contact us"),
        ],
        ids=["arabic-footer", "rights-line", "english-footer"],
    )
    def test_footer_after_the_related_list_is_dropped(self, footer: tuple[str, ...]) -> None:
        """The site's footer under the related list is neither related links nor paragraphs."""
        related = ("مقالات مشابهة", "• جسر المشاة يعود للعمل\n• إغلاق طريق الكورنيش")
        (article,) = _parse(_doc(BYLINE, HEADLINE, LEAD, SECOND, *related, "\n".join(footer)))
        assert article.paragraphs == (LEAD, SECOND)
        assert [title for _, title, _ in _links(article)] == ["جسر المشاة يعود للعمل", "إغلاق طريق الكورنيش"]

    def test_footer_under_the_text_is_dropped(self) -> None:
        """Without a related list, the footer lines are not paragraphs of the story either."""
        (article,) = _parse(_doc(HEADLINE, LEAD, SECOND, "تابعونا عبر تيليجرام", "جميع الحقوق محفوظة © 2023"))
        assert article.paragraphs == (LEAD, SECOND)

    @pytest.mark.parametrize(
        "sentence",
        [
            "وقالت الشركة إن الصور محفوظة الحقوق © 2025 لكنها سمحت بنشرها في الصحف المحلية.",
            "وأضاف المتحدث أن جميع الحقوق محفوظة © 2024 للمصور الذي التقط صور الفيضان في القرية.",
            "The agency said the photographs, © 2025 by the estate, may be shown in schools across the valley.",
        ],
        ids=["arabic-sentence", "arabic-rights-words", "english-sentence"],
    )
    def test_a_sentence_that_names_a_copyright_is_kept(self, sentence: str) -> None:
        """A paragraph of the story that mentions "©" and a year is part of the story, not the site's footer."""
        (article,) = _parse(_doc(HEADLINE, LEAD, sentence, SECOND))
        assert article.paragraphs == (LEAD, sentence, SECOND)

    @pytest.mark.parametrize(
        "notice",
        [
            "© 2025 صحيفة النهر. جميع الحقوق محفوظة",
            "Copyright © 2025 Example News",
            "صحيفة النهر © 2020-2025",
            "© 2025 River Post | Privacy Policy",
        ],
        ids=["arabic-opens", "english-copyright", "closes-with-years", "with-site-links"],
    )
    def test_a_rights_notice_under_the_text_is_dropped(self, notice: str) -> None:
        (article,) = _parse(_doc(HEADLINE, LEAD, SECOND, notice))
        assert article.paragraphs == (LEAD, SECOND)

    @pytest.mark.parametrize(
        "line",
        ["الندى نيوز | محليات", "صورة الجسر © البلدية", "Follow-up talks are planned for May", "Copyright law changes"],
        ids=["pipe-title", "photo-credit-without-year", "follow-up", "copyright-headline"],
    )
    def test_lookalikes_are_kept(self, line: str) -> None:
        """Lines that merely share a footer's sign or first word stay related titles."""
        (article,) = _parse(_doc(HEADLINE, LEAD, "مقالات مشابهة", f"• جسر المشاة\n{line}"))
        assert [title for _, title, _ in _links(article)] == ["جسر المشاة", line]


class TestHeadlineWithSeparator:
    @pytest.mark.parametrize(
        "headline",
        [
            "عاجل | زلزال يضرب جنوب البلاد",
            "عاجل - انقطاع الكهرباء في العاصمة",
            "بالفيديو | لحظة افتتاح الجسر",
            "الأهلي - الزمالك: موعد القمة والقنوات الناقلة",
            "Breaking - Ferry hits the harbour wall",
        ],
        ids=["urgent-pipe", "urgent-hyphen", "video-pipe", "match-with-colon", "breaking-english"],
    )
    def test_first_line_is_the_headline_not_a_byline(self, headline: str) -> None:
        """A headline with a label before "|"/"-", or a colon after it, is the title and no source or section."""
        (article,) = _parse(_doc(headline, LEAD, SECOND))
        assert (article.title, article.source, article.section) == (headline, None, None)
        assert article.paragraphs == (LEAD, SECOND)

    @pytest.mark.parametrize(
        ("byline", "parts"),
        [
            ("الندى نيوز – ثقافة", ("الندى نيوز", "ثقافة")),
            ("الندى نيوز | محليات", ("الندى نيوز", "محليات")),
            ("Harbor Times - World", ("Harbor Times", "World")),
            ("قناة المباشر – أخبار", ("قناة المباشر", "أخبار")),
        ],
        ids=["en-dash", "pipe", "english-hyphen", "label-word-inside-a-name"],
    )
    def test_bylines_still_split(self, byline: str, parts: tuple[str, str]) -> None:
        """Real ``source – section`` bylines keep splitting."""
        (article,) = _parse(_doc(byline, HEADLINE, LEAD))
        assert (article.source, article.section, article.title) == (*parts, HEADLINE)


class TestSiteNameAlone:
    @pytest.mark.parametrize("site", ["سكاي نيوز عربية", "العربية نت", "بوابة الوادي", "Harbor Times"])
    def test_site_name_over_the_headline_is_the_source(self, site: str) -> None:
        """A site's name alone on the first line, over the headline, is the source; the headline is the title."""
        (article,) = _parse(_doc(site, HEADLINE, LEAD, SECOND))
        assert (article.source, article.section, article.title) == (site, None, HEADLINE)
        assert article.paragraphs == (LEAD, SECOND)

    @pytest.mark.parametrize(
        "lines",
        [
            ("قناة السويس تسجل إيرادات قياسية", LEAD, SECOND),
            ("سكاي نيوز عربية", LEAD, SECOND),
            ("مشروع جديد في الحي", HEADLINE, LEAD),
        ],
        ids=["headline-with-a-site-word", "site-name-over-text", "short-headline-without-site-word"],
    )
    def test_other_first_lines_are_unchanged(self, lines: tuple[str, ...]) -> None:
        """A headline that contains a site word, or a first line over text (not over a headline), is the title."""
        (article,) = _parse(_doc(*lines))
        assert (article.title, article.source) == (lines[0], None)


EN_HEADLINE = "Harbour ferry returns after two years of repairs"
EN_LEAD = "The old harbour ferry carried its first passengers on Monday after two years in the repair yard."
EN_SUBHEAD = "Repairs took twice as long as the council had promised"


class TestSiteNameWithoutSiteWord:
    """A site's name with no "news"/"صحيفة" in it, told from a short headline by where it stands."""

    @pytest.mark.parametrize(
        ("lines", "site", "headline", "published"),
        [
            (("صدى", HEADLINE, LEAD, SECOND), "صدى", HEADLINE, None),
            (("الوادي اليوم", HEADLINE, LEAD, SECOND), "الوادي اليوم", HEADLINE, None),
            (("Valley Courier", EN_HEADLINE, EN_LEAD), "Valley Courier", EN_HEADLINE, None),
            (("Voice of Ashdale", EN_HEADLINE, EN_LEAD), "Voice of Ashdale", EN_HEADLINE, None),
            (("نبض البلد", HEADLINE, "كتب: سامر الحلبي", LEAD), "نبض البلد", HEADLINE, None),
            (("نبض البلد", HEADLINE, "دمشق – 2 ديسمبر 2026", LEAD), "نبض البلد", HEADLINE, "2026-12-02"),
            (("نبض البلد", "الأربعاء 2 ديسمبر 2026", HEADLINE, LEAD), "نبض البلد", HEADLINE, "2026-12-02"),
            (("Courier", EN_HEADLINE, "By Lena Ortiz", EN_LEAD), "Courier", EN_HEADLINE, None),
        ],
        ids=[
            "one-word",
            "arabic-words-with-article",
            "capitalised-words",
            "capitalised-with-particles",
            "two-words-over-headline-and-author",
            "two-words-over-headline-and-dateline",
            "two-words-over-dateline-and-headline",
            "one-word-over-headline-and-author",
        ],
    )
    def test_name_over_the_headline_is_the_source(
        self, lines: tuple[str, ...], site: str, headline: str, published: str | None
    ) -> None:
        """One word, a name's shape, or furniture around the headline: the first line is the source."""
        text = _doc(*lines)
        (article,) = _parse(text)
        assert (article.source, article.section, article.title, article.published) == (site, None, headline, published)
        assert site not in article.paragraphs and headline not in article.paragraphs
        assert quick_head(text) in (None, QuickHead(headline, site, None))

    @pytest.mark.parametrize(
        ("lines", "title"),
        [
            (("نبض البلد", HEADLINE, LEAD, SECOND), "نبض البلد"),
            (("الذهب يرتفع", HEADLINE, LEAD), "الذهب يرتفع"),
            (("مشروع جديد في الحي", HEADLINE, "كتب: سامر الحلبي", LEAD), "مشروع جديد في الحي"),
            (("الحي في الشتاء", HEADLINE, "كتب: سامر الحلبي", LEAD), "الحي في الشتاء"),
            (("Ferry returns", EN_SUBHEAD, EN_LEAD), "Ferry returns"),
            (("جسر جديد", "بلدية تفتتح جسرا", LEAD), "جسر جديد"),
            (("صدى", LEAD, SECOND), None),
            (("Ferry", "The harbour ferry is back, two years late.", EN_LEAD), None),
            (("عاجل", HEADLINE, LEAD), None),
        ],
        ids=[
            "two-words-over-a-subheading",
            "arabic-headline-with-a-verb",
            "four-words",
            "with-a-particle",
            "sentence-case-headline",
            "subheading-not-two-words-longer",
            "one-word-over-text",
            "one-word-over-a-standfirst",
            "kicker",
        ],
    )
    def test_short_headlines_are_not_sources(self, lines: tuple[str, ...], title: str | None) -> None:
        """A short headline over a subheading, a standfirst or the text (or a kicker) is no site's name."""
        (article,) = _parse(_doc(*lines))
        assert article.source is None
        if title is not None:
            assert article.title == title


class TestBreadcrumb:
    """A site's breadcrumb over the headline: navigation, whose last crumb is the section."""

    @pytest.mark.parametrize(
        ("line", "crumbs"),
        [
            ("الرئيسية > محليات > بلديات", ["محليات", "بلديات"]),
            ("Home › News › Business", ["News", "Business"]),
            ("أخبار » محليات » الوادي", ["أخبار", "محليات", "الوادي"]),
            ("News / Local / Harbour", ["News", "Local", "Harbour"]),
            ("Home > Sport", ["Sport"]),
            ("Politics / Opinion", None),
            ("الأهلي > الزمالك", None),
            ("Home > News > Is the ferry late again?", None),
            ("Home", None),
            ("Home > > News", None),
        ],
        ids=[
            "arabic-gt",
            "angle-quote",
            "guillemet",
            "spaced-slash",
            "home-and-one",
            "two-slashed",
            "two-without-home",
            "question",
            "home-alone",
            "empty-crumb",
        ],
    )
    def test_breadcrumb(self, line: str, crumbs: list[str] | None) -> None:
        """Three crumbs or more, or a home crumb and more; crumbs short and without sentence punctuation."""
        assert breadcrumb(line) == crumbs

    @pytest.mark.parametrize(
        ("lines", "fields"),
        [
            (("الرئيسية > محليات > بلديات", HEADLINE, LEAD, SECOND), (HEADLINE, None, "بلديات", None, None)),
            (
                ("Home › News › Business", EN_HEADLINE, "By Lena Ortiz", EN_LEAD),
                (EN_HEADLINE, None, "Business", "Lena Ortiz", None),
            ),
            (
                ("أخبار » محليات » الوادي", HEADLINE, "02/12/2026", "كتب: سامر الحلبي - دمشق", LEAD),
                (HEADLINE, None, "الوادي", "سامر الحلبي", "2026-12-02"),
            ),
            ((BYLINE, "الرئيسية > محليات", HEADLINE, LEAD), (HEADLINE, "صحيفة الوادي", "محليات", None, None)),
            (("صدى", "الرئيسية > بلديات", HEADLINE, LEAD), (HEADLINE, "صدى", "بلديات", None, None)),
        ],
        ids=[
            "over-the-headline",
            "english-with-author",
            "over-date-and-author",
            "under-the-byline",
            "under-a-site-name",
        ],
    )
    def test_breadcrumb_is_not_the_title(self, lines: tuple[str, ...], fields: tuple[str | None, ...]) -> None:
        """The head reads as without the breadcrumb; its last crumb is the section when no byline gives one."""
        text = _doc(*lines)
        (article,) = _parse(text)
        assert (article.title, article.source, article.section, article.author, article.published) == fields
        assert not any(">" in paragraph or "›" in paragraph or "»" in paragraph for paragraph in article.paragraphs)
        assert quick_head(text) in (None, QuickHead(*fields[:3]))

    def test_breadcrumb_in_the_text_stays_a_paragraph(self) -> None:
        """Below the head a breadcrumb-like line is text like any other."""
        (article,) = _parse(_doc(HEADLINE, LEAD, "الرئيسية > محليات", SECOND))
        assert article.paragraphs == (LEAD, "الرئيسية > محليات", SECOND) and article.section is None


class TestRelatedAddressLines:
    @pytest.mark.parametrize(
        ("items", "links"),
        [
            (
                "جسر المشاة يعود للعمل\nhttps://w.example/a\nإغلاق طريق الكورنيش\n<https://w.example/b>",
                [("جسر المشاة يعود للعمل", "https://w.example/a"), ("إغلاق طريق الكورنيش", "https://w.example/b")],
            ),
            (
                "• جسر المشاة يعود للعمل\n  https://w.example/a\n• إغلاق طريق الكورنيش",
                [("جسر المشاة يعود للعمل", "https://w.example/a"), ("إغلاق طريق الكورنيش", None)],
            ),
        ],
        ids=["plain-lines", "bullets-with-indented-address"],
    )
    def test_title_line_and_its_address_line_are_one_link(self, items: str, links: list[tuple[str, str]]) -> None:
        """A related title followed by a line holding only its URL is one link with that URL."""
        (article,) = _parse(_doc(HEADLINE, LEAD, "مقالات مشابهة", items))
        assert [(title, url) for _, title, url in _links(article)] == links

    def test_addresses_alone_stay_links_of_their_own(self) -> None:
        """A list of bare addresses (and a titled link followed by one) keeps one link per address."""
        items = "https://w.example/a\nhttps://w.example/b\nجسر المشاة - https://w.example/c\nhttps://w.example/d"
        (article,) = _parse(_doc(HEADLINE, LEAD, "مقالات مشابهة", items))
        assert [url for _, _, url in _links(article)] == [f"https://w.example/{c}" for c in "abcd"]


class TestKeywordLayouts:
    @pytest.mark.parametrize(
        ("lines", "keywords"),
        [
            (("الكلمات المفتاحية:", "الجسور\nالنقل العام\nالبلدية"), ("الجسور", "النقل العام", "البلدية")),
            (("الوسوم: الجسور - النقل العام – البلدية",), ("الجسور", "النقل العام", "البلدية")),
            (("Tags:", "bridges\npublic transport", "Source: Valley Post"), ("bridges", "public transport")),
        ],
        ids=["one-a-line", "dash-separated", "one-a-line-then-source"],
    )
    def test_keywords(self, lines: tuple[str, ...], keywords: tuple[str, ...]) -> None:
        """Keywords one a line under a bare heading, or separated by spaced dashes, are each a keyword."""
        (article,) = _parse(_doc(HEADLINE, LEAD, SECOND, *lines))
        assert article.keywords == keywords
        assert article.paragraphs == (LEAD, SECOND)

    @pytest.mark.parametrize(
        ("lines", "keywords", "paragraphs"),
        [
            (("الوسوم:", "الجسور، البلدية", THIRD), ("الجسور", "البلدية"), (LEAD, THIRD)),
            (("الوسوم:", "الجسور", THIRD), ("الجسور",), (LEAD, THIRD)),
            (("الوسوم: Al-Monitor",), ("Al-Monitor",), (LEAD,)),
        ],
        ids=["separated-line-then-text", "keyword-then-sentence", "hyphen-inside-a-word"],
    )
    def test_text_after_the_keywords_stays_text(
        self, lines: tuple[str, ...], keywords: tuple[str, ...], paragraphs: tuple[str, ...]
    ) -> None:
        """A sentence after the keywords is a paragraph; an unspaced hyphen does not split a keyword."""
        (article,) = _parse(_doc(HEADLINE, LEAD, *lines))
        assert (article.keywords, article.paragraphs) == (keywords, paragraphs)


class TestDatelines:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("الأحد 14 أبريل 2024 - 10:30 ص", "2024-04-14T10:30:00"),
            ("نشر في 3 مايو 2024 - 9:05 م", "2024-05-03T21:05:00"),
            ("تحديث: 2024/03/05 14:20", "2024-03-05T14:20:00"),
            ("السبت 12 أكتوبر 2024", "2024-10-12"),
            ("١٢ كانون الثاني ٢٠٢٤", "2024-01-12"),
            ("الخميس 7 تشرين الأول 2023", "2023-10-07"),
            ("05/03/2024", "2024-03-05"),
            ("03/25/2024", "2024-03-25"),
            ("September 11, 2024", "2024-09-11"),
            ("Updated: Mar 5, 2024 at 2:20 pm", "2024-03-05T14:20:00"),
            ("14 أبريل", None),
            ("31 فبراير 2024", None),
            ("Officials may approve 2 new ferries", None),
        ],
    )
    def test_iso_date(self, line: str, expected: str | None) -> None:
        """Arabic (Egyptian and Levantine months, Arabic-Indic digits), numeric and English datelines."""
        assert iso_date(line) == expected

    @pytest.mark.parametrize(
        ("lines", "published"),
        [
            ((BYLINE, HEADLINE, "الأحد 14 أبريل 2024 - 10:30 ص", LEAD), "2024-04-14T10:30:00"),
            ((BYLINE, HEADLINE, "بقلم: سامر الحلبي", "تحديث: 2024/03/05 14:20", LEAD), "2024-03-05T14:20:00"),
            (("الأربعاء 11 سبتمبر 2024", LEAD), "2024-09-11"),
            ((HEADLINE, LEAD, "الأحد 14 أبريل 2024", SECOND), None),
            ((HEADLINE, "الأحد 14 أبريل", LEAD), None),
        ],
        ids=["under-headline", "after-author", "first-line", "inside-the-text", "no-year"],
    )
    def test_dateline_above_the_text_is_the_publication_date(
        self, lines: tuple[str, ...], published: str | None
    ) -> None:
        """A dateline above the first paragraph sets ``published``; it stays a paragraph as written."""
        (article,) = _parse(_doc(*lines))
        assert article.published == published
        assert LEAD in article.paragraphs and all(line in article.paragraphs for line in lines if "2024" in line)

    def test_embedded_story_has_its_own_date(self) -> None:
        """The dateline under an embedded story's headline dates that story, not the page."""
        articles = _parse(
            _doc(
                BYLINE,
                HEADLINE,
                LEAD,
                "المصدر: الوادي",
                "إقرأ أيضاً:",
                "افتتاح حديقة في الضاحية",
                "السبت 12 أكتوبر 2024",
                THIRD,
            )
        )
        assert [a.published for a in articles] == [None, "2024-10-12"]


def _fixture(name: str) -> list[Article]:
    return parse_plaintext((VARIANTS / name).read_text(encoding="utf-8"), origin=f"variants/{name}")


FIXTURE_CASES: list[tuple[str, int, int, list[str], str | None]] = [
    ("related_heading_with_article.txt", 1, 3, ["related"] * 3, "الجزيرة مباشر"),
    ("related_headings_two_lists.txt", 1, 2, ["related"] * 4, "العربية نت"),
    ("inline_read_also_link.txt", 1, 5, ["read-also"], "صحيفة النهار"),
    ("author_and_date_under_headline.txt", 1, 4, [], "المدينة نيوز"),
    ("short_lead_without_full_stop.txt", 1, 4, [], None),
    ("headline_ending_in_ellipsis.txt", 1, 2, [], "النبأ"),
    ("read_also_headlines_without_bullets.txt", 1, 2, ["read-also"] * 3 + ["related"] * 2, "الخليج أونلاين"),
    ("footer_after_related.txt", 1, 3, ["related"] * 2, "اليوم السابع"),
    ("match_headline_with_colon.txt", 1, 3, [], None),
    ("site_name_over_headline.txt", 1, 4, [], "سكاي نيوز عربية"),
    ("related_titles_over_address_lines.txt", 1, 2, ["related"] * 2, "موقع المدن"),
    ("keywords_one_a_line.txt", 1, 2, [], "الغد"),
    ("embedded_story_with_dateline.txt", 3, 2, ["read-also"] * 2 + ["related"] * 2, "الشروق"),
]
"""(fixture, articles, paragraphs of the first, kinds of the first article's links, its source)."""


class TestFixtures:
    @pytest.mark.parametrize(
        ("name", "articles", "paragraphs", "kinds", "source"),
        FIXTURE_CASES,
        ids=[case[0].removesuffix(".txt") for case in FIXTURE_CASES],
    )
    def test_shape(self, name: str, articles: int, paragraphs: int, kinds: list[str], source: str | None) -> None:
        """Each variant fixture gives the expected articles, paragraphs, links and source; its title is no paragraph."""
        parsed = _fixture(name)
        assert len(parsed) == articles
        assert len(parsed[0].paragraphs) == paragraphs
        assert [link.kind for link in parsed[0].related] == kinds
        assert parsed[0].source == source
        assert parsed[0].title not in parsed[0].paragraphs


class TestAddressesWithoutScheme:
    @pytest.mark.parametrize(
        ("line", "url"),
        [
            ("www.harbor.example/ferry/42", "https://www.harbor.example/ferry/42"),
            ("www.harbornews.com", "https://www.harbornews.com"),
            ("harbornews.com/ferry-returns", "https://harbornews.com/ferry-returns"),
            ("<town.gov.uk/notices/7>", "https://town.gov.uk/notices/7"),
            ("news.site.eg:8080/a", "https://news.site.eg:8080/a"),
            ("https://harbornews.com/a", "https://harbornews.com/a"),
            ("e.g.", None),
            ("3.5/10", None),
            ("notes.txt", None),
            ("Node.js", None),
            ("Node.js/streams", None),
            ("harbornews.com", None),
            ("see harbornews.com/a", None),
            ("The ferry is back, says harbornews.com/a", None),
            ("harbornews.com/a.", None),
            ("editor@harbornews.com/a", None),
            ("10.0.0.1/admin", None),
            ("U.S./Canada", None),
        ],
    )
    def test_a_line_that_is_only_an_address(self, line: str, url: str | None) -> None:
        """``www.`` or a known top-level domain with a path, alone on a line, is an https address; prose is not."""
        assert address_of(line) == url

    @pytest.mark.parametrize(
        "heading",
        ["Read more:", "Related articles"],
        ids=["read-also", "related"],
    )
    @pytest.mark.parametrize(
        "bullet",
        ["", "- "],
        ids=["plain", "bulleted"],
    )
    def test_title_and_address_lines_under_a_heading_are_links(self, heading: str, bullet: str) -> None:
        """A title over its scheme-less address is one link, a lone address a link of its own, not a story."""
        items = "\n".join(
            [
                f"{bullet}Ferry fares to rise in spring",
                "  www.harbornews.com/fares",
                f"{bullet}harbornews.com/timetable-2025",
                f"{bullet}New pier opens at the north quay",
            ]
        )
        articles = _parse(
            _doc(
                "Harbour ferry returns after repairs",
                "The ferry between the two towns carried its first passengers again on Sunday.",
                "The operator said the crossing now takes twenty minutes.",
                heading,
                items,
            )
        )
        assert len(articles) == 1
        assert len(articles[0].paragraphs) == 2
        assert [(title, url) for _, title, url in _links(articles[0])] == [
            ("Ferry fares to rise in spring", "https://www.harbornews.com/fares"),
            ("harbornews.com/timetable-2025", "https://harbornews.com/timetable-2025"),
            ("New pier opens at the north quay", None),
        ]

    def test_an_address_under_the_headline_is_the_page_address(self) -> None:
        """A scheme-less address alone above the text is the story's address, as one with its scheme is."""
        (article,) = _parse(_doc(HEADLINE, "www.alwadi.example/local/bridge", LEAD, SECOND))
        assert (article.url, article.paragraphs) == ("https://www.alwadi.example/local/bridge", (LEAD, SECOND))


class TestReadAlsoInTheMiddle:
    @pytest.mark.parametrize(
        "closing", [("المصدر: وكالة الأنباء",), ("كلمات دلالية: الجسر، المدينة",)], ids=["source", "tags"]
    )
    @pytest.mark.parametrize("lead", ["وأكد الوزير أن الطريق يفتح الشهر المقبل.", "كما افتتح المحافظ مدرسة."])
    def test_after_the_story_closed_the_block_embeds_a_story(self, closing: tuple[str, ...], lead: str) -> None:
        """As in the sample, a read-also block after the page's source or tags embeds a story, whatever word
        its lead opens with (a generated article's embedded lead opening with "وأكد" was made a link)."""
        articles = _parse(_doc(BYLINE, HEADLINE, LEAD, *closing, "إقرأ أيضاً:", "الأمطار تغلق طريق الساحل", lead))
        assert [article.title for article in articles][1:] == ["الأمطار تغلق طريق الساحل"]
        assert articles[1].paragraphs == (lead,)
        assert articles[0].paragraphs == (LEAD,)

    @pytest.mark.parametrize(
        ("block", "links"),
        [
            (("اقرأ أيضاً", "الأمطار تغلق طريق الساحل"), ["الأمطار تغلق طريق الساحل"]),
            (
                ("اقرأ أيضا:", "الأمطار تغلق طريق الساحل", "تطوير حديقة الشاطئ"),
                ["الأمطار تغلق طريق الساحل", "تطوير حديقة الشاطئ"],
            ),
            (
                ("اقرأ أيضا:", "الأمطار تغلق طريق الساحل", "https://w.example/rain", "تطوير حديقة الشاطئ"),
                ["الأمطار تغلق طريق الساحل", "تطوير حديقة الشاطئ"],
            ),
            (("اقرأ أيضاً: الجسر الجديد يخفف الزحام في المدينة",), ["الجسر الجديد يخفف الزحام في المدينة"]),
        ],
        ids=["one-headline", "two-headlines", "headline-with-address", "inline"],
    )
    @pytest.mark.parametrize(
        "going_on",
        [
            "وأضاف رئيس البلدية أن الجسر الجديد يخفف الزحام في المدينة.",
            "وتابعت البلدية أن الجسر الثاني يفتتح العام المقبل.",
            "كما أعلنت البلدية عن خطة لتوسيع الطريق.",
            "من جهته، قال المحافظ إن المشروع تأخر شهرين.",
        ],
        ids=["wa-adafa", "wa-tabaat", "kama", "min-jihatihi"],
    )
    @pytest.mark.parametrize("tail", [("المصدر: وكالة الأنباء",), ()], ids=["source-after", "text-to-the-end"])
    def test_headlines_over_the_page_text_going_on_are_links(
        self, block: tuple[str, ...], links: list[str], going_on: str, tail: tuple[str, ...]
    ) -> None:
        """A read-also block whose next paragraph goes on from the page's text ("وأضاف ...") only links."""
        articles = _parse(_doc(BYLINE, HEADLINE, LEAD, *block, going_on, THIRD, *tail))
        assert len(articles) == 1
        assert articles[0].paragraphs == (LEAD, going_on, THIRD)
        assert articles[0].attribution == ("وكالة الأنباء" if tail else None)
        assert [title for kind, title, _ in _links(articles[0]) if kind == "read-also"] == links

    @pytest.mark.parametrize(
        ("block", "tail", "links"),
        [
            (("اقرأ أيضاً", "الأمطار تغلق طريق الساحل"), ("المصدر: وكالة الأنباء",), ["الأمطار تغلق طريق الساحل"]),
            (
                ("اقرأ أيضا:", "الأمطار تغلق طريق الساحل", "تطوير حديقة الشاطئ"),
                (),
                ["الأمطار تغلق طريق الساحل", "تطوير حديقة الشاطئ"],
            ),
            (("اقرأ أيضاً: الأمطار تغلق طريق الساحل",), ("الوسوم: الجسر",), ["الأمطار تغلق طريق الساحل"]),
        ],
        ids=["source-still-to-come", "stacked-headlines", "inline-tags-still-to-come"],
    )
    @pytest.mark.parametrize(
        "going_on",
        ["ومن المتوقع أن يفتتح الجسر الثاني العام المقبل.", "وقال المحافظ إن المشروع تأخر شهرين."],
        ids=["wa-min", "wa-qala"],
    )
    def test_a_paragraph_that_likely_reads_on_where_the_layout_agrees(
        self, block: tuple[str, ...], tail: tuple[str, ...], links: list[str], going_on: str
    ) -> None:
        """ "ومن ...", "وقال ..." read on where the page's source is still to come or headlines stand stacked."""
        articles = _parse(_doc(BYLINE, HEADLINE, LEAD, *block, going_on, THIRD, *tail))
        assert len(articles) == 1
        assert articles[0].paragraphs == (LEAD, going_on, THIRD)
        assert [title for kind, title, _ in _links(articles[0]) if kind == "read-also"] == links

    def test_with_no_text_above_the_paragraph_goes_on_from_nothing(self) -> None:
        """A read-also block at the top of a file, over "وأضاف ...": no page text to go on, so a story."""
        articles = _parse(_doc("اقرأ أيضا:", "الأمطار تغلق طريق الساحل", "وأضاف المحافظ أن الطريق يفتح غدا.", THIRD))
        assert [(a.title, a.paragraphs) for a in articles] == [
            ("الأمطار تغلق طريق الساحل", ("وأضاف المحافظ أن الطريق يفتح غدا.", THIRD))
        ]

    def test_one_headline_over_a_paragraph_that_may_start_a_story_is_a_story(self) -> None:
        """Without the layout's word, "اقرأ أيضاً" over one headline and "وقال ..." stays an embedded story."""
        articles = _parse(_doc(BYLINE, HEADLINE, LEAD, "اقرأ أيضاً:", "الأمطار تغلق طريق الساحل", SECOND))
        assert [a.title for a in articles] == [HEADLINE, "الأمطار تغلق طريق الساحل"]
        assert articles[1].paragraphs == (SECOND,)

    @pytest.mark.parametrize(
        "second",
        ["الأمانة تخصص الحديقة النباتية لطلاب المدارس", "سكاي نيوز عربية", "الأمانة – بيئة"],
        ids=["subtitle-on-the-same-thing", "site-name", "byline"],
    )
    def test_a_line_under_the_story_headline_is_no_stacked_headline(self, second: str) -> None:
        """A subtitle naming what the headline names, or the site's name, under it: the story keeps its headline."""
        lead = "افتتحت الأمانة حديقة نباتية كبيرة في الضاحية."
        story = ("افتتاح حديقة نباتية في الضاحية", second, lead)
        articles = _parse(_doc(BYLINE, HEADLINE, LEAD, "المصدر: الوادي", "اقرأ أيضا:", *story, THIRD))
        assert [a.title for a in articles] == [HEADLINE, story[0]]
        assert articles[1].paragraphs[-2:] == (lead, THIRD)

    @pytest.mark.parametrize(
        "going_on",
        ["He added that the new engines would cut the crossing time.", "the operator said on Monday."],
        ids=["he-added", "lowercase"],
    )
    def test_english_text_going_on_under_a_headline(self, going_on: str) -> None:
        """The same in English: a pronoun or linking word, or a lowercase start, reads on."""
        articles = _parse(
            _doc(
                "Harbour ferry returns after repairs",
                "The ferry between the two towns carried its first passengers again on Sunday.",
                "Read also:",
                "Council approves a new budget for schools",
                going_on,
                "Source: Harbour Times",
            )
        )
        assert len(articles) == 1
        assert articles[0].paragraphs[1:] == (going_on,)
        assert articles[0].attribution == "Harbour Times"

    def test_stacked_headlines_over_a_story_of_the_last(self) -> None:
        """Headlines stacked over a story's own lead: the last heads the story, the others are links."""
        articles = _parse(
            _doc(
                BYLINE,
                HEADLINE,
                LEAD,
                "المصدر: الوادي",
                "اقرأ أيضا:",
                "الأمطار تغلق طريق الساحل",
                "افتتاح حديقة نباتية في الضاحية",
                "افتتحت الأمانة حديقة نباتية كبيرة في الضاحية.",
                THIRD,
            )
        )
        assert [a.title for a in articles] == [HEADLINE, "افتتاح حديقة نباتية في الضاحية"]
        assert articles[1].paragraphs == ("افتتحت الأمانة حديقة نباتية كبيرة في الضاحية.", THIRD)
        assert [title for kind, title, _ in _links(articles[0]) if kind == "read-also"] == [
            "الأمطار تغلق طريق الساحل",
            "افتتاح حديقة نباتية في الضاحية",
        ]

    @pytest.mark.parametrize(
        ("paragraph", "going_on"),
        [
            ("وأضافت السلطات أن الرياح اشتدت.", True),
            ("وقالت السلطات إن الرياح اشتدت.", True),
            ("ومن المتوقع أن تهدأ الرياح.", True),
            ("فيما أكد الوزير أن الخطة جاهزة.", True),
            ("وزارة الصحة تعلن عن حملة تطعيم.", False),
            ("وزير الخارجية يصل إلى القاهرة.", False),
            ("في خطوة مفاجئة، أعلنت الحكومة استقالتها.", False),
            ("قال مسؤول حكومي إن المحادثات مستمرة.", False),
            ("شاركت دولة الإمارات في الاجتماع.", False),
            ("Washington said on Monday it would act.", False),
            ("However, the plan was delayed.", True),
        ],
    )
    def test_what_reads_on(self, paragraph: str, going_on: bool) -> None:
        """A conjunction or linking word reads on; a word that only starts with "و" ("وزارة") does not."""
        assert reads_on(paragraph) is going_on

    @pytest.mark.parametrize(
        ("paragraph", "only"),
        [
            ("وأضافت السلطات أن الرياح اشتدت.", True),
            ("وتابع الوزير حديثه عن الخطة.", True),
            ("كما أكد الوزير أن الخطة جاهزة.", True),
            ("ومن جهته، قال الوزير إن الخطة جاهزة.", True),
            ("He added that the plan was ready.", True),
            ("وقالت السلطات إن الرياح اشتدت.", False),
            ("ومن المتوقع أن تهدأ الرياح.", False),
            ("وزارة الصحة تعلن عن حملة تطعيم.", False),
        ],
    )
    def test_what_only_reads_on(self, paragraph: str, only: bool) -> None:
        """ "وأضاف" (added), "كما", "He added" cannot start a story's text; "وقال", "ومن" may."""
        assert reads_on(paragraph, only=True) is only


OTHER_BYLINE = "جريدة الساحل – رياضة"
OTHER_HEADLINE = "فريق المدينة يفوز بكأس الدوري"
OTHER_LEAD = "فاز فريق المدينة بكأس الدوري بعد تغلبه على منافسه بهدفين نظيفين مساء أمس."


class TestStoriesApart:
    @pytest.mark.parametrize("rule", ["---", "***", "* * *", "___", "═══", "- - - - -", "———"])
    @pytest.mark.parametrize(
        ("first", "second", "title", "source"),
        [
            ((BYLINE, HEADLINE), (OTHER_BYLINE, OTHER_HEADLINE), OTHER_HEADLINE, ("جريدة الساحل", "رياضة")),
            ((HEADLINE,), (OTHER_HEADLINE,), OTHER_HEADLINE, (None, None)),
            ((BYLINE, HEADLINE), (OTHER_BYLINE,), OTHER_LEAD.rstrip("."), ("جريدة الساحل", "رياضة")),
        ],
        ids=["bylines-and-headlines", "headlines", "byline-only"],
    )
    def test_a_separator_over_a_new_story_parts_two_articles(
        self,
        rule: str,
        first: tuple[str, ...],
        second: tuple[str, ...],
        title: str,
        source: tuple[str | None, str | None],
    ) -> None:
        """A separator line over a byline or a headline and its text starts the file's next story."""
        articles = _parse(_doc(*first, LEAD, SECOND, rule, *second, OTHER_LEAD, THIRD))
        assert [a.title for a in articles] == [HEADLINE, title]
        assert articles[0].paragraphs == (LEAD, SECOND)
        assert articles[1].paragraphs == (OTHER_LEAD, THIRD)
        assert (articles[1].source, articles[1].section) == source
        assert len({a.id for a in articles}) == 2

    @pytest.mark.parametrize(
        "after",
        [
            (THIRD,),
            ("ما بعد الافتتاح", "وأضاف رئيس البلدية أن الجسر سيفتح للمشاة أيضا في الصيف المقبل."),
            ("المصدر: الوادي",),
        ],
        ids=["paragraph", "subheading-reading-on", "attribution"],
    )
    def test_a_separator_inside_one_story_is_dropped(self, after: tuple[str, ...]) -> None:
        """A separator followed by more of the same story (no byline, no headline over a new lead) is a break."""
        articles = _parse(_doc(BYLINE, HEADLINE, LEAD, SECOND, "* * *", *after))
        assert len(articles) == 1
        assert "* * *" not in articles[0].paragraphs
        assert articles[0].paragraphs[:2] == (LEAD, SECOND)

    @pytest.mark.parametrize(
        ("line", "rule"),
        [
            ("---", True),
            ("* * *", True),
            ("═══════", True),
            ("— — —", True),
            ("--", False),
            ("🌟🌟🌟", False),
            ("...", False),
        ],
    )
    def test_what_a_separator_is(self, line: str, rule: bool) -> None:
        """Three or more dashes, stars, underscores or box lines; not two, a row of emoji or dots."""
        assert is_rule(line) is rule

    @pytest.mark.parametrize(
        ("lines", "count"),
        [
            ((BYLINE, "---", OTHER_BYLINE, OTHER_LEAD), 1),
            ((BYLINE, HEADLINE, LEAD, "---", OTHER_BYLINE, "---", OTHER_LEAD), 1),
            ((BYLINE, HEADLINE, "---", OTHER_BYLINE, OTHER_LEAD), 2),
        ],
        ids=["byline-above", "byline-alone-between", "one-line-above"],
    )
    def test_no_story_is_cut_without_text_of_its_own(self, lines: tuple[str, ...], count: int) -> None:
        """A part with nothing under its byline ends no story, and starts none; the listing's title agrees."""
        text = "\n\n".join(lines)
        articles = _parse(text)
        assert len(articles) == count
        head = quick_head(text)
        assert head is None or head == (articles[0].title, articles[0].source, articles[0].section)

    def test_a_headline_under_a_separator_in_a_story_without_one_stays_text(self) -> None:
        """Without a headline of its own above, a headline-shaped line under a break is the story's subheading."""
        (article,) = _parse(_doc(LEAD, SECOND, "---", OTHER_HEADLINE, OTHER_LEAD))
        assert article.paragraphs == (LEAD, SECOND, OTHER_HEADLINE, OTHER_LEAD)


class TestAddressAsTitle:
    @pytest.mark.parametrize(
        ("line", "title"),
        [
            ("- https://w.example/ferry", "https://w.example/ferry"),
            ("- https://editor:secret@w.example/ferry", "https://editor:***@w.example/ferry"),
            ("- https://\u0430pple.example/ferry", "https://xn--pple-43d.example/ferry"),
            ("- w.example/ferry - Ferry fares to rise", "w.example/ferry - Ferry fares to rise"),
        ],
        ids=["plain", "password", "lookalike-host", "not-an-address-alone"],
    )
    def test_a_link_with_only_its_address_is_titled_as_addresses_are_shown(self, line: str, title: str) -> None:
        """A related line that is only an address is titled by it as shown: no password, a lookalike host in ASCII."""
        (article,) = _parse(_doc(HEADLINE, LEAD, "Related articles", line))
        assert [link.title for link in article.related] == [title]
