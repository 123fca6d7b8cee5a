"""save: a story written as a text file, whole or not at all, never over another; it opens again the same."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from newstui import save
from newstui.errors import OutputError
from newstui.model import Article, RawDocument
from newstui.parse import parse_document
from newstui.save import article_text, default_name, save_new

# Original stories written for these tests.
LIBRARY = Article(
    id="lib",
    title="افتتاح مكتبة جديدة قرب السوق",
    paragraphs=(
        "افتتحت البلدية مكتبة صغيرة قرب السوق القديم، وتضم 3,000 كتاب (منها 200 للأطفال).",
        "وقال رئيس البلدية إن المكتبة تفتح كل يوم من الساعة 9 صباحاً.",
    ),
    source="نشرة الحي",
    section="محليات",
    url="https://example.org/news/library",
)
FERRY = Article(
    id="ferry",
    title="Night ferry returns to the harbour",
    paragraphs=("The night ferry runs again from Monday, the council said.", "Tickets cost 4 pounds."),
    source="Harbour Gazette",
    direction="ltr",
)
UNSIGNED = Article(id="u", title="خبر قصير بلا مصدر", paragraphs=("نص الخبر القصير في سطر واحد فقط.",))


class TestText:
    @pytest.mark.parametrize("article", [LIBRARY, FERRY, UNSIGNED], ids=["arabic", "english", "no-byline"])
    def test_the_saved_file_opens_as_the_same_story(self, article: Article) -> None:
        data = article_text(article).encode("utf-8")
        (again,) = parse_document(RawDocument(origin="saved.txt", data=data, content_type="text/plain"))
        assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
        assert again.url == article.url
        assert again.direction == article.direction
        if article.section:  # the format writes a byline as "source – section"
            assert (again.source, again.section) == (article.source, article.section)

    def test_a_date_is_not_written_into_the_byline(self) -> None:
        dated = Article(
            id="d",
            title=LIBRARY.title,
            paragraphs=LIBRARY.paragraphs,
            source="نشرة الحي",
            section="محليات",
            published="2026-11-02",
        )
        assert article_text(dated).startswith("نشرة الحي – محليات\n\n")

    def test_logical_text_as_written(self) -> None:
        text = article_text(LIBRARY)
        assert text.startswith("نشرة الحي – محليات\n\nافتتاح مكتبة جديدة قرب السوق\n\n")
        assert text.endswith("\n\nhttps://example.org/news/library\n")
        assert not any("\ufb50" <= char <= "\ufeff" for char in text), "unshaped: no presentation forms"


class TestName:
    @pytest.mark.parametrize(
        ("title", "name"),
        [
            ("افتتاح مكتبة جديدة", "افتتاح مكتبة جديدة.txt"),
            ("AC/DC: back in town?", "AC DC back in town.txt"),
            ("  spaced\tout\n title ", "spaced out title.txt"),
            ("...", "story.txt"),
            ("", "story.txt"),
            ("خبر " * 40, ("خبر " * 15).strip() + ".txt"),
        ],
    )
    def test_default_name(self, title: str, name: str) -> None:
        assert default_name(Article(id="a", title=title)) == name


class TestSaveNew:
    def test_writes_a_new_file_and_leaves_nothing_else(self, tmp_path: Path) -> None:
        path = save_new(tmp_path / "story.txt", "نص\n")
        assert path.read_text(encoding="utf-8") == "نص\n"
        assert os.listdir(tmp_path) == ["story.txt"]

    def test_never_over_an_existing_file_or_link(self, tmp_path: Path) -> None:
        taken = tmp_path / "taken.txt"
        taken.write_text("old", encoding="utf-8")
        (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere")
        for name in ("taken.txt", "link.txt"):
            with pytest.raises(OutputError, match="a file of that name exists already"):
                save_new(tmp_path / name, "new")
        assert taken.read_text(encoding="utf-8") == "old"
        assert sorted(os.listdir(tmp_path)) == ["link.txt", "taken.txt"], "no temporary file left"

    def test_a_name_taken_while_writing(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def taken(src: str, dst: Path) -> None:
            raise FileExistsError(errno.EEXIST, "File exists")

        monkeypatch.setattr(save.os, "link", taken)
        with pytest.raises(OutputError, match="exists already"):
            save_new(tmp_path / "story.txt", "text")
        assert os.listdir(tmp_path) == []

    def test_a_file_system_without_hard_links(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def unsupported(src: str, dst: Path) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(save.os, "link", unsupported)
        save_new(tmp_path / "story.txt", "text")
        assert os.listdir(tmp_path) == ["story.txt"]
        assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "text"

    def test_a_missing_folder(self, tmp_path: Path) -> None:
        with pytest.raises(OutputError, match="cannot save: no such file or directory"):
            save_new(tmp_path / "gone" / "story.txt", "text")

    def test_a_full_disk_leaves_nothing(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(save.os, "fsync", full)
        with pytest.raises(OutputError, match="no space left on device"):
            save_new(tmp_path / "story.txt", "text")
        assert os.listdir(tmp_path) == []

    def test_home_is_expanded(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        assert save_new(Path("~/story.txt"), "text") == tmp_path / "story.txt"
