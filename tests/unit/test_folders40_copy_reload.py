"""A story saved twice in a folder (a page and a text file with the same address, headline and source) is listed
once; when a reload finds the listed copy's file deleted, the other copy takes its place in the same reload, and
the deleted file put back does not list the story twice (audit folders40 #1)."""

from __future__ import annotations

from pathlib import Path

from newstui.corpus import Corpus
from newstui.load_notes import reload_news
from newstui.model import Article, Link, LoadResult

ADDRESS = "https://www.example-akhbar.test/news/4401"
HEADLINE = "افتتاح محطة تحلية جديدة على الساحل الشرقي"


def _story(path: Path, story_id: str) -> Article:
    return Article(
        id=story_id, title=HEADLINE, origin=str(path), url=ADDRESS, source="أخبار الساحل", paragraphs=("نص الخبر.",)
    )


LEFT: dict[int, set[str]] = {}


def _reload(corpus: Corpus, folder: Path, articles: list[Article], count: int) -> tuple[list[str], set[str], set[str]]:
    """A reload as the reader applies it (``reader_reload``): the gone stories withdrawn, those back restored, the
    new ones added."""
    results = [LoadResult(origin=article.origin, articles=(article,)) for article in articles]
    news = reload_news(corpus, results, tag=f"r{count}", told=set(), quiet=False, folders=[str(folder)])
    left = LEFT.setdefault(id(corpus), set())
    withdrawn, returned = news.gone - left, left & news.back
    left.difference_update(news.back)
    left.update(news.gone)
    corpus.withdraw(withdrawn)
    corpus.restore(returned)
    corpus.add(news.fresh)
    return [article.id for article in news.fresh], withdrawn, news.back


def test_the_copy_kept_takes_the_place_of_the_deleted_one(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    page, text = folder / "tahliya.html", folder / "tahliya.txt"
    for path in (page, text):
        path.write_text("خبر\n", encoding="utf-8")
    linking = Article(
        id="link", title="خبر آخر عن المدارس", origin=str(folder / "a.txt"), related=(Link("المحطة", ADDRESS),)
    )
    (folder / "a.txt").write_text("خبر\n", encoding="utf-8")
    html, txt = _story(page, "html-0"), _story(text, "txt-0")
    corpus = Corpus([linking, html, txt])
    assert [article.id for article in corpus] == ["link", "html-0"]  # the story once
    assert corpus.get("link") is not None and corpus.get("link").related[0].target == "html-0"  # type: ignore[union-attr]

    page.unlink()
    fresh, gone, _ = _reload(corpus, folder, [linking, txt], 1)
    assert gone == {"html-0"}
    assert fresh == ["txt-0"], "the copy kept is listed in the same reload"
    assert corpus.get("txt-0") is not None and corpus.get("txt-0").origin == str(text)  # type: ignore[union-attr]
    assert corpus.get("link").related[0].target == "txt-0"  # type: ignore[union-attr]
    assert corpus.by_url(ADDRESS) is not None and corpus.by_url(ADDRESS).id == "txt-0"  # type: ignore[union-attr]

    fresh, gone, back = _reload(corpus, folder, [linking, txt], 2)
    assert (fresh, gone) == ([], set()), "nothing new on a second reload"
    assert "html-0" not in back

    page.write_text("خبر\n", encoding="utf-8")
    fresh, gone, back = _reload(corpus, folder, [linking, html, txt], 3)
    assert (fresh, gone) == ([], set())
    assert "html-0" not in back, "its copy took its place: the story stays listed once"
    assert corpus.superseded() == {"html-0"}
    assert corpus.superseded(leaving={"txt-0"}) == set()


def test_a_copy_stays_out_while_the_listed_one_stays(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    page, text = folder / "tahliya.html", folder / "tahliya.txt"
    for path in (page, text):
        path.write_text("خبر\n", encoding="utf-8")
    html, txt = _story(page, "html-0"), _story(text, "txt-0")
    corpus = Corpus([html, txt])
    fresh, gone, back = _reload(corpus, folder, [html, txt], 1)
    assert (fresh, gone) == ([], set())
    assert [article.id for article in corpus] == ["html-0"]
    assert corpus.superseded() == set()


def test_every_copy_deleted_then_put_back_lists_the_story_once(tmp_path: Path) -> None:
    """Both copies deleted (one reload each), then both put back in one go: one returns, the story listed once,
    and stays so on the reloads after (it came back as often as it had copies, audit regress40f #1)."""
    folder = tmp_path / "archive"
    folder.mkdir()
    page, text = folder / "tahliya.html", folder / "tahliya.txt"
    for path in (page, text):
        path.write_text("خبر\n", encoding="utf-8")
    (folder / "a.txt").write_text("خبر\n", encoding="utf-8")
    linking = Article(
        id="link", title="خبر آخر عن المدارس", origin=str(folder / "a.txt"), related=(Link("المحطة", ADDRESS),)
    )
    html, txt = _story(page, "html-0"), _story(text, "txt-0")
    corpus = Corpus([linking, html, txt])
    page.unlink()
    _reload(corpus, folder, [linking, txt], 1)
    text.unlink()
    fresh, gone, _ = _reload(corpus, folder, [linking], 2)
    assert (fresh, gone) == ([], {"txt-0"})
    assert _listed(corpus) == ["link"]

    for path in (page, text):
        path.write_text("خبر\n", encoding="utf-8")
    for count in (3, 4, 5):
        fresh, gone, back = _reload(corpus, folder, [linking, html, txt], count)
        assert (fresh, gone) == ([], set())
        listed = _listed(corpus)
        assert listed in (["link", "html-0"], ["link", "txt-0"]), (count, listed, back)


def _listed(corpus: Corpus) -> list[str]:
    """The stories the reader lists: those loaded but the ones that left with their files (``_reload``)."""
    return [article.id for article in corpus if article.id not in LEFT.get(id(corpus), set())]
