"""A whole feed with markup after its root, or without its root's end tag, loses no entry and says nothing."""

from __future__ import annotations

import pytest

from newstui.parse.feed import parse_feed
from newstui.parse.feed_notes import feed_note


def _rss(count: int) -> str:
    items = "".join(
        f"<item><title>خبر رقم {i}</title><link>https://news.example.org/{i}</link>"
        f"<description><![CDATA[<p>Story {i}: the market reopened after the holiday.</p>]]></description></item>"
        for i in range(count)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة</title>{items}'


WHOLE = _rss(4) + "</channel></rss>"


@pytest.mark.parametrize(
    "data",
    [
        WHOLE + '\n<script type="text/javascript">var _hosted = {"id": 42};</script>\n',
        WHOLE + "<div class='ad'>إعلان</div>",
        WHOLE.removesuffix("</rss>"),
        WHOLE.removesuffix("</rss>") + "\n",
    ],
    ids=["script-after-root", "div-after-root", "no-root-end", "no-root-end-newline"],
)
def test_whole_feed_with_a_bad_tail_says_nothing(data: str) -> None:
    articles = parse_feed(data.encode(), origin="feed.xml")
    assert [a.title for a in articles] == [f"خبر رقم {i}" for i in range(4)]
    assert feed_note(articles) is None


@pytest.mark.parametrize(
    "data",
    [
        _rss(4)[:-20],  # the last item cut in its description
        WHOLE + "<script>x</script>" + "<item><title>orphan</title>",  # an entry start past the root
        WHOLE[:-3],  # cut inside the root's end tag
    ],
    ids=["cut-in-last-item", "entry-after-root", "cut-in-end-tag"],
)
def test_a_lost_entry_is_still_said(data: str) -> None:
    articles = parse_feed(data.encode(), origin="feed.xml")
    note = feed_note(articles)
    assert note is not None and note.startswith("the feed ends early")
