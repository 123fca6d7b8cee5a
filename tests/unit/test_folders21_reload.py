"""``r`` on a folder: a file that fails to read now gives no story, so its story leaves the list, as a fresh start
leaves it out (audit folders21 #5)."""

from __future__ import annotations

from pathlib import Path

from newstui.corpus import Corpus
from newstui.load_notes import files_gone, reload_news
from newstui.model import Article, LoadResult


def test_a_file_that_fails_to_read_now_is_gone(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    kept, locked, cut = folder / "1.txt", folder / "2.txt", folder / "3.txt"
    for path in (kept, locked, cut):
        path.write_text("خبر عن السوق\n", encoding="utf-8")
    corpus = Corpus(
        [
            Article(id="kept", title="kept", origin=str(kept)),
            Article(id="locked", title="locked", origin=str(locked)),
            Article(id="cut", title="cut", origin=str(cut)),
        ]
    )
    results = [
        LoadResult(origin=str(kept), articles=(Article(id="kept", title="kept", origin=str(kept)),)),
        LoadResult(origin=str(locked), error="permission denied"),
        # (a file cut at its line cap gave a story with its error: it stands)
        LoadResult(origin=str(cut), articles=(Article(id="cut", title="cut", origin=str(cut)),), error="cut"),
    ]
    news = reload_news(corpus, results, tag="r1", told=set(), quiet=False, folders=[str(folder)])
    assert news.gone == {"locked"}
    assert [result.origin for result in news.failed] == [str(locked), str(cut)]
    assert files_gone(corpus.articles, [str(folder)], listed={"kept"}, failed={str(locked)}) == {"locked"}
