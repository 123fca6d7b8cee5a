"""A reload that reads a file again whole without one of its stories (an edit cut an embedded story out) takes
that story off the list and out of link resolution, as a fresh start leaves it out."""

from __future__ import annotations

import pytest

from newstui.corpus import Corpus
from newstui.load_notes import reload_news, reload_note, stories_dropped
from newstui.model import Article, Link, LoadResult
from newstui.parse.ids import article_id

# Original headlines written for these tests.
BRIDGE = "البلدية تفتتح جسرا للمشاة فوق الوادي"
DETOUR = "تحويل السير إلى الطريق الساحلي أسبوعين"
WATER = "انقطاع الكهرباء عن أحياء الميناء ليلتين"
HOSPITAL = "مستشفى الحي يفتتح قسما جديدا للأطفال"

PAGE = "news/a.txt"


def _story(number: int, title: str, *, origin: str = PAGE, related: tuple[Link, ...] = ()) -> Article:
    return Article(
        id=article_id(origin, number),
        title=title,
        paragraphs=(f"نص الخبر رقم {number}.",),
        origin=origin,
        related=related,
    )


def _page(*embedded: str) -> list[Article]:
    """The file's first story and the stories embedded under its read-also marker (linked from it)."""
    links = tuple(Link(title, None, article_id(PAGE, number)) for number, title in enumerate(embedded, start=1))
    return [_story(0, BRIDGE, related=links), *(_story(n, t) for n, t in enumerate(embedded, start=1))]


def _corpus() -> Corpus:
    other = _story(0, HOSPITAL, origin="news/b.txt", related=(Link(WATER, None),))
    return Corpus([*_page(DETOUR, WATER), other])


def test_an_embedded_story_cut_out_of_its_file_is_dropped_and_withdrawn() -> None:
    corpus = _corpus()
    linking = article_id("news/b.txt", 0)
    assert corpus.get(linking).related[0].target == article_id(PAGE, 2)  # type: ignore[union-attr]
    news = reload_news(
        corpus, [LoadResult(origin=PAGE, articles=tuple(_page(DETOUR)))], tag="r1", told=set(), quiet=False
    )
    assert news.dropped == {article_id(PAGE, 2)}
    assert news.gone == set() and news.fresh == []
    corpus.withdraw(news.dropped)
    assert corpus.get(linking).related[0].target is None, "not loaded, as after a fresh start"  # type: ignore[union-attr]


def test_a_file_read_again_whole_with_every_story_drops_none() -> None:
    corpus = _corpus()
    assert stories_dropped(corpus.articles, _page(DETOUR, WATER)) == set()


def test_a_file_listed_by_its_headline_only_tells_nothing_of_the_stories_under_it() -> None:
    """A folder lists a file by its first headline: the stories embedded under it are not dropped by that."""
    corpus = _corpus()
    stub = Article(id=article_id(PAGE, 0), title=BRIDGE, origin=PAGE, indexed_only=True)
    assert stories_dropped(corpus.articles, [stub]) == set()


def test_a_feed_that_lost_an_entry_drops_nothing() -> None:
    feed = "feeds/local.xml"
    entries = [
        Article(id=article_id(feed, n), title=t, origin=feed, summary_only=True) for n, t in enumerate((BRIDGE, WATER))
    ]
    corpus = Corpus(entries)
    assert stories_dropped(corpus.articles, entries[:1]) == set()


def test_reread_stories_come_first_their_new_ones_are_fresh() -> None:
    """A folder's opened file read again whole (``reread``) beside its listing's stub: its edits win over the stub,
    a story embedded since is new, one cut out is dropped."""
    corpus = _corpus()
    stub = Article(id=article_id(PAGE, 0), title=BRIDGE, origin=PAGE, indexed_only=True)
    again = _page(DETOUR, "سباق الزوارق يعود إلى الميناء")
    news = reload_news(
        corpus, [LoadResult(origin=PAGE, articles=(stub,))], tag="r1", told=set(), quiet=False, reread=again
    )
    assert news.dropped == set(), "the same id, another headline: an edit"
    assert [article.title for article in news.edited] == [BRIDGE, "سباق الزوارق يعود إلى الميناء"]
    assert not news.edited[0].indexed_only
    assert article_id(PAGE, 2) in news.back


@pytest.mark.parametrize(
    ("dropped", "restored", "note"),
    [
        (1, 0, "1 story no longer in its file left the list."),
        (3, 0, "3 stories no longer in their files left the list."),
        (0, 1, "1 story back in its file returned to the list."),
        (0, 2, "2 stories back in their files returned to the list."),
    ],
)
def test_reload_note_tells_stories_an_edit_took_out_or_put_back(dropped: int, restored: int, note: str) -> None:
    assert reload_note(0, "loaded", quiet=True, dropped=dropped, restored=restored) == note
