"""``load_notes.taken_over`` pairs a story leaving the list with the fresh copy of it from another file, and
``ReadMarks.carry`` gives the copy the story's read or unread mark of this session."""

from __future__ import annotations

import pytest

from newstui.corpus import Corpus
from newstui.load_notes import taken_over
from newstui.model import Article
from newstui.read_log import ReadMarks

URL = "https://akhbar.example/news/77"
TITLE = "افتتاح سوق جديد للخضار"


def _story(origin: str, *, url: str | None = URL, title: str = TITLE, source: str = "أخبار") -> Article:
    return Article(id=f"{origin}-0", title=title, paragraphs=("نص.",), url=url, source=source, origin=origin)


@pytest.mark.parametrize(
    ("fresh", "paired"),
    [
        (_story("/f/a.txt"), True),  # the same address, headline and source
        (_story("/f/a.txt", url="http://akhbar.example/news/77#top"), True),  # http = https, no fragment
        (_story("/f/a.txt", title="عنوان آخر"), False),  # another headline
        (_story("/f/a.txt", source="صحيفة أخرى"), False),  # another source
        (_story("/f/a.txt", url="https://akhbar.example/news/78"), False),  # another address
        (_story("/f/a.txt", url=None), False),  # no address: no story to be the same as
        (_story("https://akhbar.example/news/77"), False),  # a page of the web, not a file's story
    ],
)
def test_taken_over(fresh: Article, paired: bool) -> None:
    corpus = Corpus([_story("/f/a.html")])
    expected = [("/f/a.html-0", fresh.id)] if paired else []
    assert taken_over(corpus, [fresh], {"/f/a.html-0"}) == expected
    assert taken_over(corpus, [fresh], set()) == [], "nothing leaves: nothing is taken over"


@pytest.mark.parametrize(("mark", "read"), [("opened", True), ("unread", False), (None, False)])
def test_carry(mark: str | None, read: bool) -> None:
    old, new = _story("/f/a.html"), _story("/f/a.txt")
    corpus = Corpus([old, new])
    marks = ReadMarks(corpus)
    if mark is not None:
        getattr(marks, mark).add(old.id)
    before = marks.changes
    marks.carry([(old.id, new.id)])
    assert marks.was_read(new.id) is read
    assert (new.id in marks.unread) is (mark == "unread")
    assert (marks.changes > before) is (mark is not None)
