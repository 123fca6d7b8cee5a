"""A file of several stories under one byline (audit texts8, LOW 5): a later story that names neither source nor
section has both of the story above; one with a byline (or a site's name) of its own keeps its own.

Every article here is written for these tests.
"""

from __future__ import annotations

from typing import Final

import pytest

from newstui.parse.plaintext import parse_plaintext

_STORIES: Final = (
    (
        "الفيصلي يفوز على الرمثا في قمة الدوري الأردني",
        "حقق فريق الفيصلي فوزا ثمينا على ضيفه الرمثا بثلاثة أهداف مقابل هدف في المباراة التي أقيمت مساء أمس.",
        "وبهذا الفوز رفع الفيصلي رصيده إلى ثلاثين نقطة في صدارة الترتيب.",
    ),
    (
        "منتخب الناشئين يبدأ معسكره التدريبي في العقبة",
        "انطلق معسكر منتخب الناشئين لكرة القدم في مدينة العقبة استعدادا لبطولة غرب آسيا المقررة الشهر المقبل.",
        "ويضم المعسكر خمسة وعشرين لاعبا اختارهم الجهاز الفني بعد سلسلة من المباريات التجريبية.",
    ),
    (
        "اتحاد السلة يعلن مواعيد الموسم الجديد",
        "كشف اتحاد كرة السلة عن جدول مباريات الموسم الجديد الذي ينطلق في الأسبوع الأول من شهر يناير.",
        "وتشارك في المسابقة عشرة أندية للمرة الأولى منذ سنوات.",
    ),
)
_SPORT: Final = "صحيفة الواحة – رياضة"
_ECONOMY: Final = "جريدة الوادي – اقتصاد"
_SITE: Final = "جريدة الوادي"


def _file(bylines: tuple[str | None, ...], separators: tuple[str, ...]) -> str:
    """The stories, each under its byline (None: none), separated by ``separators``."""
    parts = [
        "\n\n".join(line for line in (byline, *story) if line) for byline, story in zip(bylines, _STORIES, strict=True)
    ]
    text = parts[0]
    for separator, part in zip(separators, parts[1:], strict=True):
        text += f"\n\n{separator}\n\n{part}"
    return text + "\n"


@pytest.mark.parametrize(
    ("bylines", "separators", "expected"),
    [
        pytest.param(
            (_SPORT, None, None),
            ("* * *", "---"),
            [("صحيفة الواحة", "رياضة")] * 3,
            id="one-byline-both-inherited",
        ),
        pytest.param(
            (_SPORT, None, None),
            ("---", "---"),
            [("صحيفة الواحة", "رياضة")] * 3,
            id="dashes-only",
        ),
        pytest.param(
            (_SPORT, _ECONOMY, None),
            ("* * *", "* * *"),
            [("صحيفة الواحة", "رياضة"), ("جريدة الوادي", "اقتصاد"), ("جريدة الوادي", "اقتصاد")],
            id="own-byline-kept-and-passed-on",
        ),
        pytest.param(
            (_SPORT, _SITE, None),
            ("* * *", "* * *"),
            [("صحيفة الواحة", "رياضة"), ("جريدة الوادي", None), ("جريدة الوادي", None)],
            id="own-site-name-no-section-of-the-story-above",
        ),
        pytest.param(
            (_SITE, None, None),
            ("* * *", "---"),
            [("جريدة الوادي", None)] * 3,
            id="site-name-alone-nothing-to-inherit",
        ),
    ],
)
def test_later_stories_inherit_source_and_section(
    bylines: tuple[str | None, ...], separators: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    articles = parse_plaintext(_file(bylines, separators), origin="x")
    assert [article.title for article in articles] == [story[0] for story in _STORIES]
    assert [(article.source, article.section) for article in articles] == expected
