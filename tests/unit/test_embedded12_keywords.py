"""A tags row closing the page under its embedded story is the page's (audit texts12, finding 4).

"كلمات دلالية: …" as the page's last line (the footer aside), right under a story embedded under "إقرأ أيضاً:"
that has no source or tags of its own, is the page's tags row when the page has none yet; under an embedded story
with its own source line, or on a page with tags of its own, it stays the embedded story's. Our own text.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

BYLINE = "صحيفة الوادي – محليات"
HEADLINE = "بلدية المدينة تزرع عشرة آلاف شجرة في الأحياء الجديدة"
LEAD = "بدأت بلدية المدينة حملة لزراعة عشرة آلاف شجرة في الأحياء الجديدة شرق المدينة بمشاركة المتطوعين."
SECOND = "وتستمر الحملة حتى نهاية شهر مارس المقبل."
SOURCE = "المصدر: بلدية المدينة"
STORY = "افتتاح حديقة عامة في حي النخيل"
STORY_LEAD = "المدينة - واس - افتتح رئيس البلدية حديقة عامة جديدة في حي النخيل على مساحة 12 ألف متر مربع."
STORY_MORE = "وتضم الحديقة ممرات للمشي وملاعب للأطفال."
TAGS = "كلمات دلالية: البلدية، التشجير، الحدائق"
WORDS = ("البلدية", "التشجير", "الحدائق")
FOOTER = "جميع الحقوق محفوظة © 2026 صحيفة الوادي"


def _articles(*lines: str) -> list[Article]:
    return parse_plaintext("\n\n".join(lines), origin="embedded12")


@pytest.mark.parametrize(
    "closing",
    [(TAGS,), (TAGS, FOOTER), ("كلمات دلالية:", "البلدية", "التشجير", "الحدائق")],
    ids=["last-line", "over-the-footer", "one-a-line"],
)
def test_tags_closing_the_page_under_its_embedded_story_are_the_pages(closing: tuple[str, ...]) -> None:
    main, story = _articles(
        BYLINE, HEADLINE, LEAD, SECOND, SOURCE, "إقرأ أيضاً:", STORY, STORY_LEAD, STORY_MORE, *closing
    )
    assert (main.keywords, story.keywords) == (WORDS, ())
    assert story.paragraphs == (STORY_LEAD, STORY_MORE)
    assert (main.attribution, story.attribution) == ("بلدية المدينة", "واس")


def test_tags_above_the_box_stay_the_pages_as_ever() -> None:
    """The sample's order: the page's tags over its read-also box."""
    main, story = _articles(BYLINE, HEADLINE, LEAD, SOURCE, TAGS, "إقرأ أيضاً:", STORY, STORY_LEAD, STORY_MORE)
    assert (main.keywords, story.keywords) == (WORDS, ())


@pytest.mark.parametrize(
    ("page", "box"),
    [
        ((SOURCE, "كلمات دلالية: الأشجار"), (STORY, STORY_LEAD, STORY_MORE)),  # the page has tags of its own
        ((SOURCE,), (STORY, STORY_LEAD, STORY_MORE, "المصدر: وكالة الأنباء")),  # the story's own source line
        ((SOURCE,), (STORY, STORY_LEAD, TAGS, STORY_MORE)),  # the story's text goes on under them
    ],
    ids=["page-tagged", "story-sourced", "not-the-end"],
)
def test_tags_that_are_the_embedded_storys_stay_its(page: tuple[str, ...], box: tuple[str, ...]) -> None:
    main, story = _articles(BYLINE, HEADLINE, LEAD, *page, "إقرأ أيضاً:", *box, *(() if TAGS in box else (TAGS,)))
    assert story.keywords == WORDS
    assert not set(WORDS) & set(main.keywords)
