"""Newest first in the reader: undated stories come last in command-line order of their sources, as
``--print --sort newest`` gives them, even when a folder's rest lands after a later source (audit folders42 #1)."""

from __future__ import annotations

from newstui.corpus import Corpus
from newstui.model import Article
from newstui.reader_view import Listing

# Original Arabic headlines written for this test.
_CORPUS = [
    Article(id="folder-1", title="الأمطار تعود إلى المدن الساحلية"),  # the folder's first story (first frame)
    Article(id="feed-1", title="افتتاح معرض الكتاب في العاصمة", published="2026-11-20"),
    Article(id="file-1", title="الحكومة تعلن خطة للنقل العام"),  # the third source, undated
    Article(id="folder-2", title="المزارعون يبدأون موسم الحصاد"),  # the folder's rest, landed last
    Article(id="folder-3", title="تراجع أسعار الخضار في الأسواق"),
]


def test_undated_stories_keep_command_line_order_newest_first() -> None:
    listing = Listing("newest")
    for run in [(0, 0, 1), (1, 1, 2), (2, 2, 3), (0, 3, 5)]:
        listing.placed(*run)
    shown = listing.shown(Corpus(_CORPUS), was_read=frozenset[str]().__contains__, current=None)
    assert [article.id for article in shown] == ["feed-1", "folder-1", "folder-2", "folder-3", "file-1"]


def test_as_loaded_and_newest_agree_on_the_undated_tail() -> None:
    loaded, newest = Listing("loaded"), Listing("newest")
    for listing in (loaded, newest):
        for run in [(0, 0, 1), (1, 1, 2), (2, 2, 3), (0, 3, 5)]:
            listing.placed(*run)
    read = frozenset[str]().__contains__
    as_loaded = [a.id for a in loaded.shown(Corpus(_CORPUS), was_read=read, current=None) if a.published is None]
    newest_tail = [a.id for a in newest.shown(Corpus(_CORPUS), was_read=read, current=None) if a.published is None]
    assert newest_tail == as_loaded
