"""One feed loaded through several addresses lists each story once; distinct stories stay apart."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newstui.corpus import Corpus, resolve_links
from newstui.model import Article, Link
from newstui.parse.feed import parse_feed


def _feed(channel: str, items: list[tuple[str, str | None, str]]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title>{f'<link>{link}</link>' if link else ''}<description>{text}</description></item>"
        for title, link, text in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{channel}</title>{body}'
        "</channel></rss>"
    ).encode()


_ITEMS = [
    ("العبارة الليلية تعود إلى الجزيرة", "https://sahil.example/news/ferry", "استأنفت العبارة رحلاتها."),
    ("افتتاح مكتبة الميناء", "https://sahil.example/news/library", "فتحت المكتبة أبوابها."),
    ("Harbour market reopens", "https://sahil.example/en/market", "The market is open again."),
    ("نشرة الصباح", None, "موجز أخبار الصباح."),
]
_FEED = _feed("جريدة الساحل", _ITEMS)
_HTTPS = _FEED.replace(b"https://", b"http://", 2)  # the same entries, two linked over http
_DIRECT = "https://sahil.example/feed.xml"
_OTHER = _feed("Coast Weekly", _ITEMS[:2])  # another channel listing two of the same links
_HOME = _feed("جريدة الساحل", [(t, "https://sahil.example/", x) for t, _, x in _ITEMS[:3]])  # every link the home page


def _entries(feed: bytes, origin: str) -> list[Article]:
    return list(parse_feed(feed, origin=origin))


CASES = [
    pytest.param(
        [(_FEED, _DIRECT), (_FEED, "http://sahil.example/old-feed"), (_FEED, "https://sahil.example/feed.xml?gz")],
        4,
        id="one feed by three addresses (direct, redirect, gzip)",
    ),
    pytest.param([(_FEED, _DIRECT), (_HTTPS, "http://sahil.example/feed.xml")], 4, id="entry links over http"),
    pytest.param([(_FEED, _DIRECT), (_OTHER, "https://weekly.example/rss")], 6, id="another channel: kept"),
    pytest.param([(_HOME, _DIRECT), (_HOME, "https://sahil.example/rss")], 3, id="one link, several titles"),
    pytest.param([(_FEED, _DIRECT)], 4, id="one feed"),
]


@pytest.mark.parametrize(("feeds", "count"), CASES)
@pytest.mark.parametrize("how", ["json", "json with links", "reader"])
def test_a_story_is_listed_once(feeds: list[tuple[bytes, str]], count: int, how: str) -> None:
    articles = [article for feed, origin in feeds for article in _entries(feed, origin)]
    if how == "json with links":  # a link to resolve: the corpus path of resolve_links
        articles[0] = articles[0].with_related((Link("افتتاح مكتبة الميناء"),))
    if how == "reader":
        corpus = Corpus()
        for feed, origin in feeds:  # each source lands on its own
            corpus.add(_entries(feed, origin))
        kept = corpus.articles
    else:
        kept = resolve_links(articles)
    assert len(kept) == count
    assert kept[0].origin == feeds[0][1], "the first loaded copy is the one kept"
    assert len({(article.title, article.source) for article in kept}) == count


def test_entries_without_an_address_differ_by_their_text() -> None:
    """Two entries of one feed without links, one headline and one opening line, are two stories."""
    daily = _feed(
        "Coast Weekly",
        [("Tide table", None, "Today's tides.<br/><br/>High water at 06:10."), ("Tide table", None, "Today's tides.")],
    )
    assert len(resolve_links(_entries(daily, _DIRECT) + _entries(daily, "https://weekly.example/rss"))) == 2
    assert len(Corpus(_entries(daily, _DIRECT) + _entries(daily, "https://weekly.example/rss"))) == 2


def test_files_without_an_address_are_never_merged() -> None:
    """Two text files with the same headline and first paragraph are two stories (no address, not a feed)."""
    story = Article(id="a-0", title="نشرة الصباح", paragraphs=("موجز أخبار الصباح.",), origin="a.txt")
    twin = replace(story, id="b-0", origin="b.txt")
    assert [article.id for article in resolve_links([story, twin])] == ["a-0", "b-0"]
    corpus = Corpus([story])
    corpus.add([twin])
    assert len(corpus) == 2


def test_a_reload_finds_the_kept_copy() -> None:
    """The copies left out are not offered again by a reload (``unseen``) under the other address."""
    corpus = Corpus(_entries(_FEED, _DIRECT))
    corpus.add(_entries(_FEED, "http://sahil.example/old-feed"))
    assert len(corpus) == 4
    assert corpus.unseen(_entries(_FEED, "http://sahil.example/old-feed"), tag="r2") == []


def test_a_copy_left_out_names_the_story_loaded() -> None:
    """The reader opens a source's first story by its id: a copy's id gives the story in the list."""
    corpus = Corpus(_entries(_FEED, _DIRECT))
    copies = _entries(_FEED, "http://sahil.example/old-feed")
    corpus.add(copies)
    kept = corpus.get(copies[1].id)
    assert kept is not None and kept.origin == _DIRECT and kept.title == copies[1].title
    assert copies[1].id in corpus and len(corpus) == 4
    upgraded = corpus.upgrade(replace(copies[1], paragraphs=("فتحت المكتبة أبوابها للقراء صباح اليوم.",)))
    assert upgraded.id == kept.id and corpus.get(kept.id) == upgraded and len(corpus) == 4
