"""Corpus.unseen on reload: a local file at a path not listed yet holds new stories (a file renamed, copied, a
second bulletin under the same headline), as a fresh start lists them; a feed's entry seen again stays once."""

from __future__ import annotations

from pathlib import Path

from newstui.corpus import Corpus, file_story
from newstui.load_notes import reload_news
from newstui.model import Article, LoadResult
from newstui.parse.ids import article_id

# Original headlines and sources written for these tests.
MARKET = "افتتاح سوق الخضار الجديد في الحي الغربي"
BULLETIN = "نشرة الأخبار الصباحية"
SOURCE = "صوت المدينة – اقتصاد"


def _stub(path: str, title: str = MARKET, *, url: str | None = None, source: str = SOURCE) -> Article:
    """A folder file listed by its headline (its first story), as a reload lists it."""
    return Article(id=article_id(path, 0), title=title, source=source, url=url, origin=path, indexed_only=True)


def _entry(feed: str, number: int, title: str, **fields: object) -> Article:
    return Article(id=article_id(feed, number), title=title, source="نشرة الميناء", origin=feed, **fields)  # type: ignore[arg-type]


def test_a_file_story_is_a_local_files_not_a_feeds_nor_a_pages() -> None:
    assert file_story(_stub("news/a.txt"))
    assert not file_story(_entry("feeds/local.xml", 0, MARKET, summary_only=True))
    assert not file_story(_entry("feeds/local.xml", 0, MARKET, feed_content=True))
    assert not file_story(Article(id="p-0", title=MARKET, origin="https://news.example/a.html"))
    assert not file_story(Article(id="s-0", title=MARKET, origin="-"))


def test_a_renamed_file_is_a_new_story_when_the_old_one_leaves() -> None:
    """``mv b.txt b_renamed.txt``: the old path's story leaves with its file, the new path's joins the list."""
    old = _stub("news/b.txt")
    corpus = Corpus([_stub("news/a.txt", "مهرجان الكتاب يفتح أبوابه"), old])
    renamed = _stub("news/b_renamed.txt")
    assert corpus.unseen([renamed], tag="r1", leaving={old.id}) == [renamed]


def test_a_copy_and_a_second_bulletin_under_the_same_headline_are_new() -> None:
    """A copy of a file without an address, and Tuesday's bulletin under Monday's headline, are listed apart."""
    monday = _stub("news/bulletin_mon.txt", BULLETIN)
    corpus = Corpus([_stub("news/a.txt"), monday])
    copy, tuesday = _stub("news/a_copy.txt"), _stub("news/bulletin_tue.txt", BULLETIN)
    fresh = corpus.unseen([_stub("news/a.txt"), monday, copy, tuesday], tag="r1")
    assert fresh == [copy, tuesday], "new ids kept as they are: a path's own"


def test_a_file_reached_twice_in_one_reload_is_one_new_story() -> None:
    corpus = Corpus([_stub("news/a.txt")])
    new = _stub("news/c.txt", "أمطار غزيرة على الساحل")
    assert corpus.unseen([new, new], tag="r1") == [new]


def test_a_copy_with_the_same_address_is_one_story_as_at_start() -> None:
    """Files giving one story under one address, headline and source are listed once at start (``story_key``):
    a reload lists such a copy only when the story listed leaves (its file renamed)."""
    url = "https://news.example/market"
    old = _stub("news/a.txt", url=url)
    corpus = Corpus([old])
    copy = _stub("news/a_copy.txt", url=url)
    assert corpus.unseen([copy], tag="r1") == []
    assert len(Corpus([old, copy])) == 1, "a fresh start lists the two files' story once"
    assert corpus.unseen([copy], tag="r1", leaving={old.id}) == [copy]
    corpus.withdraw({old.id})
    corpus.add([copy])
    assert corpus.get(copy.id) == copy, "listed under its own id, not as the story that left"
    assert corpus.unseen([copy, _stub("news/a_copy2.txt", url=url)], tag="r2") == []


def test_a_feed_entry_renumbered_stays_once() -> None:
    """The dedupe by headline and source stays for feeds, a local one too: an entry gained on top renumbers the
    others, whose new ids are not loaded yet."""
    feed = "feeds/local.xml"
    corpus = Corpus([_entry(feed, 0, MARKET, summary_only=True)])
    assert corpus.unseen([_entry(feed, 1, MARKET, summary_only=True)], tag="r1") == []
    assert corpus.unseen([_entry(feed, 1, MARKET, feed_content=True, paragraphs=("نص.",))], tag="r1") == []


def test_reload_news_lists_a_renamed_folder_file(tmp_path: Path) -> None:
    """The folder loaded again: the deleted path's story is gone and the new path's is fresh, in one reload."""
    folder = tmp_path / "news"
    folder.mkdir()
    kept, renamed = folder / "a.txt", folder / "b_renamed.txt"
    for path in (kept, renamed):
        path.write_text("خبر\n", encoding="utf-8")
    old = _stub(str(folder / "b.txt"))
    corpus = Corpus([_stub(str(kept), "مهرجان الكتاب يفتح أبوابه"), old])
    results = [LoadResult(origin=str(path), articles=(_stub(str(path), "x"),)) for path in (kept,)]
    results.append(LoadResult(origin=str(renamed), articles=(_stub(str(renamed)),)))
    news = reload_news(corpus, results, tag="r1", told=set(), quiet=False, folders=[str(folder)])
    assert news.gone == {old.id}
    assert [article.origin for article in news.fresh] == [str(renamed)]
