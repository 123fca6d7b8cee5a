"""The "Feed summary" notice stands over a feed's summary only: not over a title alone, nor full content."""

from __future__ import annotations

import pytest

from newstui.model import Article
from newstui.parse.feed import parse_feed
from newstui.render_blocks import LABELS, article_blocks

_RSS = (
    '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
    "<channel><title>t</title><language>ar</language>{}</channel></rss>"
)
_ATOM = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>t</title>{}</feed>'
_LEAD = "افتتحت البلدية سوقاً مسقوفاً للخضار في وسط المدينة."
_MORE = "ويضم السوق مئة وعشرين محلاً وموقفاً للسيارات."


def _entry(feed: str) -> Article:
    (article,) = parse_feed(feed.encode(), origin="f.xml")
    return article


def _notices(article: Article) -> list[str]:
    return [block.text for block in article_blocks(article) if block.role == "notice"]


@pytest.mark.parametrize(
    ("feed", "notices"),
    [
        pytest.param(_RSS.format(f"<item><title>سوق جديد</title><description>{_LEAD}</description></item>"),
                     [LABELS["rtl"]["summary"]], id="rss summary"),
        pytest.param(_RSS.format("<item><title>سوق جديد</title><link>https://example.com/s</link></item>"),
                     [], id="rss title alone"),
        pytest.param(_RSS.format(f"<item><title>سوق جديد</title><description>{_LEAD}</description>"
                                 f"<content:encoded>&lt;p&gt;{_LEAD}&lt;/p&gt;&lt;p&gt;{_MORE}&lt;/p&gt;"
                                 "</content:encoded></item>"),
                     [], id="rss content:encoded"),
        pytest.param(_ATOM.format(f"<entry><id>e1</id><title>سوق جديد</title><summary>{_LEAD}</summary></entry>"),
                     [LABELS["rtl"]["summary"]], id="atom summary"),
        pytest.param(_ATOM.format(f'<entry><id>e1</id><title>سوق جديد</title><summary>{_LEAD}</summary>'
                                  f'<content type="html">&lt;p&gt;{_LEAD}&lt;/p&gt;&lt;p&gt;{_MORE}&lt;/p&gt;</content>'
                                  "</entry>"),
                     [], id="atom content"),
        pytest.param(_ATOM.format(f"<entry><id>e1</id><title>سوق جديد</title><content>{_LEAD}</content></entry>"),
                     [], id="atom content alone"),
        pytest.param(_ATOM.format("<entry><id>e1</id><title>سوق جديد</title></entry>"), [], id="atom title alone"),
    ],
)  # fmt: skip
def test_the_notice_is_for_summaries(feed: str, notices: list[str]) -> None:
    assert _notices(_entry(feed)) == notices


def test_a_title_alone_has_no_blank_heading() -> None:
    """An entry with only a title is its title and byline, with no notice and no empty lines under them."""
    article = _entry(_RSS.format("<item><title>سوق جديد</title></item>"))
    roles = [block.role for block in article_blocks(article)]
    assert "notice" not in roles and roles[-1] == "blank" and roles.count("blank") == 1
