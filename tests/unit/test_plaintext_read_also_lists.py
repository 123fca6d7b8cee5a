"""The plain-text parser on read-also lists and lines inside a story's text (audit textfmt4).

A list of titles under a read-also or related heading inside the text ends where the text goes on; an inline
"اقرأ أيضا: <title>" line between paragraphs is a link, not a new story; a wire story's credits trailer under a
"Read more:" title and its address stays the story's last line. The audit's articles are our own text.
"""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.plaintext import parse_plaintext

HEADLINE = "الحكومة تعلن خطة جديدة لدعم المشروعات الصغيرة والمتوسطة"
LEAD = "أعلنت الحكومة اليوم خطة جديدة لدعم المشروعات الصغيرة بقيمة 5 مليارات جنيه، تشمل قروضا ميسرة وإعفاءات ضريبية."
SAID = "وقال المتحدث الرسمي إن الخطة تستهدف مليون مشروع."
ADDED = "وأضاف المتحدث الرسمي أن الخطة تستهدف مليون مشروع."
ANNOUNCED = "أكد المتحدث الرسمي أن الخطة تستهدف مليون مشروع خلال ثلاث سنوات."
BANK = "البنك المركزي يخفض الفائدة على قروض الشباب"
MINISTER = "وزير المالية يشرح تفاصيل الخطة"
BANK_URL = "https://example.com/a/2"


def _doc(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _articles(text: str) -> list[Article]:
    return parse_plaintext(text, origin="x")


def _links(article: Article) -> list[tuple[str, str | None]]:
    return [(link.title, link.url) for link in article.related]


# -- H3. a list of titles inside the text ends where the text goes on -------------------------------------

_LISTS_IN_THE_TEXT = [
    # (list block, paragraph under it, closing lines, links, attribution)
    (f"اقرأ أيضا:\n• {BANK}\n• {MINISTER}", ADDED, ("المصدر: وكالات",), [(BANK, None), (MINISTER, None)], "وكالات"),
    (f"اقرأ أيضا:\n- {BANK}\n- {MINISTER}", SAID, (), [(BANK, None), (MINISTER, None)], None),
    (f"اقرأ أيضا:\n1. {BANK}\n2. {MINISTER}", ANNOUNCED, (), [(BANK, None), (MINISTER, None)], None),
    (f"مواضيع ذات صلة:\n{BANK} - {BANK_URL}", SAID, (), [(BANK, BANK_URL)], None),
    (f"مواضيع ذات صلة:\n• {BANK}\n{BANK_URL}", ANNOUNCED, ("المصدر: وكالات",), [(BANK, BANK_URL)], "وكالات"),
    (f"مقالات ذات صلة\n{BANK}\n{MINISTER}", ADDED, (), [(BANK, None), (MINISTER, None)], None),
]


@pytest.mark.parametrize(
    ("block", "going_on", "closing", "links", "attribution"),
    _LISTS_IN_THE_TEXT,
    ids=["q4-bullets-wa-adafa-source", "r5-dashes-wa-qala", "numbered-sentence", "r7-title-url", "bullet-url", "plain"],
)
def test_text_under_a_list_in_the_text_is_the_storys(
    block: str, going_on: str, closing: tuple[str, ...], links: list[tuple[str, str | None]], attribution: str | None
) -> None:
    (article,) = _articles(_doc(HEADLINE, LEAD, block, going_on, *closing))
    assert article.paragraphs == (LEAD, going_on)
    assert _links(article) == links
    assert article.attribution == attribution


def test_the_text_goes_on_under_the_list_paragraph_after_paragraph() -> None:
    third = "ومن المنتظر أن تبدأ البنوك في تلقي الطلبات مطلع الشهر المقبل."
    (article,) = _articles(_doc(HEADLINE, LEAD, f"اقرأ أيضا:\n• {BANK}\n• {MINISTER}", ADDED, third))
    assert article.paragraphs == (LEAD, ADDED, third)
    assert _links(article) == [(BANK, None), (MINISTER, None)]


@pytest.mark.parametrize(
    "under",
    [
        "الذهب يرتفع في الأسواق العالمية",  # a headline without a full stop
        "/archives/7.",  # a path under a title is no sentence
        "الذهب يرتفع.",  # a short headline a site ends with a full stop
    ],
    ids=["headline", "path", "short-full-stop"],
)
def test_a_title_under_bulleted_titles_stays_in_the_list(under: str) -> None:
    (article,) = _articles(_doc(HEADLINE, LEAD, f"مقالات ذات صلة\n• {BANK}\n• {MINISTER}\n{under}"))
    assert article.paragraphs == (LEAD,)
    assert [title for title, _ in _links(article)] == [BANK, MINISTER, under]


def test_teasers_under_bulleted_titles_stay_out_of_the_text() -> None:
    """Cards of a title and its teaser: a sentence with a bulleted title under it is no text going on."""
    teaser = "أعلن البنك المركزي خفض الفائدة على قروض الشباب بنسبة نقطتين اعتبارا من الشهر المقبل."
    (article,) = _articles(_doc(HEADLINE, LEAD, f"مقالات ذات صلة\n• {BANK}\n{teaser}\n• {MINISTER}"))
    assert article.paragraphs == (LEAD,)
    assert {BANK, MINISTER} <= {title for title, _ in _links(article)}
