"""folders41fix #4: a feed cut before its first whole entry says it ends early, not that it is empty."""

from __future__ import annotations

import pytest

from newstui.errors import ParseError
from newstui.parse.feed import parse_feed

HEAD = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة المساء</title>'


@pytest.mark.parametrize(
    "tail",
    ["<item><title>انقطاع الكهرباء عن", "<item><tit"],
)
def test_a_feed_cut_inside_its_first_entry_ends_early(tail: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_feed((HEAD + tail).encode(), origin="cut.xml")
    assert str(caught.value).startswith("the feed ends early (not well-formed XML)")
    assert "no entries" not in str(caught.value)


def test_an_empty_whole_feed_still_has_no_entries() -> None:
    with pytest.raises(ParseError, match="feed has no entries"):
        parse_feed((HEAD + "</channel></rss>").encode(), origin="empty.xml")


def test_a_feed_cut_after_an_entry_says_as_before() -> None:
    data = HEAD + "<item><title>افتتاح سوق الخضار</title><description>افتتح السوق صباح اليوم.</description></item>"
    articles = parse_feed((data + "<item><title>خبر").encode(), origin="cut.xml")
    assert articles.note == "the feed ends early (not well-formed XML): 1 entry read, the last may be incomplete"
