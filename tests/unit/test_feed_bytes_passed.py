"""A feed read as plain UTF-8 goes to feedparser as the bytes it came as, not a copy encoded again; any other
encoding goes as the decoded text in UTF-8 (counted by identity, not timed)."""

from __future__ import annotations

import pytest

import newstui.parse.feed as feed_module
from newstui.model import RawDocument
from newstui.parse import parse_noted

FEED = (
    '<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>أخبار المدينة</title>'
    "<item><title>افتتاح مكتبة جديدة قرب السوق</title><link>https://example.org/1</link>"
    "<description>افتتحت البلدية مكتبة صغيرة قرب السوق الشعبي صباح اليوم.</description></item>"
    "</channel></rss>"
)


@pytest.mark.parametrize(
    ("encoding", "prefix", "same"),
    [("utf-8", b"", True), ("utf-8", b"\xef\xbb\xbf", False), ("windows-1256", b"", False)],
    ids=["plain-utf8", "utf8-with-bom", "windows-1256"],
)
def test_the_bytes_feedparser_gets(monkeypatch: pytest.MonkeyPatch, encoding: str, prefix: bytes, same: bool) -> None:
    data = prefix + FEED.format(encoding=encoding).encode(encoding)
    given: list[bytes] = []
    real = feed_module.parse_feed

    def spy(raw: bytes, **kwargs: object) -> object:
        given.append(raw)
        return real(raw, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(feed_module, "parse_feed", spy)
    parsed = parse_noted(RawDocument(data=data, origin="feed.xml"))
    assert [article.title for article in parsed.articles] == ["افتتاح مكتبة جديدة قرب السوق"]
    assert len(given) == 1 and (given[0] is data) == same
    assert given[0].decode("utf-8").lstrip("\ufeff").startswith('<?xml version="1.0"')
