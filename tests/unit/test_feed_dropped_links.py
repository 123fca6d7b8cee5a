"""parse_feed: an item whose link or enclosure holds a bidi control or an escape keeps its place, without that
address, and the feed's note says which item lost what and why (``LoadResult.notes``, not a failure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.parse.feed import parse_feed
from newstui.sources import LoadOptions
from newstui.sources.files import file_result

# Our own feed, written for these tests.
_HEAD = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة المدينة</title>'
_TITLES = ("افتتاح جسر المشاة", "موسم الزيتون يبدأ مبكرا", "مهرجان الكتاب في الساحة")
_GOOD = "https://city.example/news/{}"


def _feed(*items: str) -> bytes:
    return f"{_HEAD}{''.join(items)}</channel></rss>".encode()


def _item(number: int, link: str | None = None, enclosure: str | None = None) -> str:
    address = _GOOD.format(number) if link is None else link
    media = f'<enclosure url="{enclosure}" type="audio/mpeg" length="1000"/>' if enclosure else ""
    return (
        f"<item><title>{_TITLES[number - 1]}</title><link>{address}</link>"
        f"<description>نص الخبر رقم {number}.</description>{media}</item>"
    )


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        pytest.param("https://city.example/\u202egpj.exe", "bidi control characters in address", id="rlo"),
        pytest.param("https://city.example/\u2067news", "bidi control characters in address", id="isolate"),
        pytest.param("https://city.example/&#27;[31mnews", "control characters in address", id="esc-reference"),
        pytest.param("https://city.example/news\x1b]8;;x\x07", "control characters in address", id="raw-esc"),
        pytest.param("https://city.example/news\x7f", "control characters in address", id="delete"),
    ],
)
def test_an_item_with_a_bad_link_keeps_its_place_without_it(bad: str, reason: str) -> None:
    articles = parse_feed(_feed(_item(1), _item(2), _item(3, link=bad)), origin="f.xml")
    assert [article.title for article in articles] == list(_TITLES), "no item is dropped"
    assert [article.url for article in articles] == [_GOOD.format(1), _GOOD.format(2), None]
    assert articles[2].paragraphs == ("نص الخبر رقم 3.",)
    assert articles.remarks == (f"feed item 3: link dropped: {reason}",)
    assert articles.note is None, "not a failure of the feed"


def test_a_bad_enclosure_is_dropped_and_told() -> None:
    bad = "https://city.example/\u202e3pm.episode.mp3"
    articles = parse_feed(_feed(_item(1, enclosure=bad), _item(2, enclosure=_GOOD.format("a.mp3"))), origin="f.xml")
    assert [len(article.related) for article in articles] == [0, 1]
    assert articles[0].url == _GOOD.format(1), "the item's own link stays"
    assert articles.remarks == ("feed item 1: enclosure dropped: bidi control characters in address",)


def test_many_bad_links_are_one_note() -> None:
    items = [
        f"<item><title>خبر رقم {number}</title><link>https://city.example/\u202e{number}</link></item>"
        for number in range(6)
    ]
    articles = parse_feed(_feed(*items), origin="f.xml")
    assert len(articles) == 6 and all(article.url is None for article in articles)
    (remark,) = articles.remarks
    assert remark.startswith("feed item 1: link dropped: ") and remark.endswith("; 3 more addresses dropped")
    assert remark.count("feed item") == 3 and "\u202e" not in remark


def test_clean_links_make_no_note() -> None:
    assert parse_feed(_feed(_item(1), _item(2)), origin="f.xml").remarks == ()


def test_the_note_reaches_the_sources_result(tmp_path: Path) -> None:
    """A feed file with a bad link: its result keeps every story and carries the note, with no error."""
    path = tmp_path / "city.xml"
    path.write_bytes(_feed(_item(1), _item(2, link="https://city.example/\u202eevil")))
    result = file_result(str(path), LoadOptions())
    assert len(result.articles) == 2 and result.error is None
    assert result.notes == ("feed item 2: link dropped: bidi control characters in address",)
