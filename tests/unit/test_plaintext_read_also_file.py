"""A read-also headline with a story file's bare name under it is one link to that file (as a headline and its
address are), never an embedded story whose text is the file's name."""

from __future__ import annotations

import pytest

from newstui.corpus import resolve_links
from newstui.parse.plaintext import parse_plaintext

STORY = (
    "صحيفة المدينة – ثقافة\n\n"
    "افتتاح معرض الكتاب الدولي بمشاركة مئة دار نشر\n\n"
    "افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي بمشاركة أكثر من مئة دار نشر.\n\n"
    "ويستمر المعرض عشرة أيام ويضم ندوات وأمسيات شعرية.\n\n"
)
FESTIVAL = "صحيفة المدينة – ثقافة\n\nمهرجان المسرح يعلن برنامجه\n\nأعلن مهرجان المسرح برنامج الموسم الجديد.\n"


@pytest.mark.parametrize(
    ("tail", "title", "url"),
    [
        (
            "اقرأ أيضاً:\nمهرجان المسرح يعلن برنامجه لهذا الموسم\n2_festival.txt\n",
            "مهرجان المسرح يعلن برنامجه لهذا الموسم",
            "2_festival.txt",
        ),
        ("اقرأ أيضاً: عنوان آخر لا يطابق أي خبر\n2_festival.txt\n", "عنوان آخر لا يطابق أي خبر", "2_festival.txt"),
        (
            "اقرأ أيضاً:\nمهرجان المسرح يعلن برنامجه\nhttps://city.example/2\n",
            "مهرجان المسرح يعلن برنامجه",
            "https://city.example/2",
        ),
    ],
    ids=["headline-then-name", "inline-then-name", "headline-then-address"],
)
def test_a_file_name_under_a_read_also_headline_is_its_address(tail: str, title: str, url: str) -> None:
    (article,) = parse_plaintext(STORY + tail, origin="/news/1_opening.txt")
    assert [(link.title, link.url) for link in article.related] == [(title, url)]


def test_the_link_leads_to_the_files_story() -> None:
    tail = "اقرأ أيضاً:\nعنوان آخر لا يطابق أي خبر\n2_festival.txt\n"
    (opening,) = parse_plaintext(STORY + tail, origin="/news/1_opening.txt")
    (festival,) = parse_plaintext(FESTIVAL, origin="/news/2_festival.txt")
    resolved = resolve_links([opening, festival])
    assert resolved[0].related[0].target == festival.id
