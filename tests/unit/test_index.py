"""The title-only folder index: stubs that match the full parse, fallbacks, and parsing a stub on demand."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from newstui.errors import NewsError, NotReadable
from newstui.model import Article, RawDocument
from newstui.parse import parse_document
from newstui.sources import LoadOptions, load_sources
from newstui.sources.index import index_file, parse_indexed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
APP_FIXTURES = Path(__file__).resolve().parents[1] / "app" / "fixtures"
CAP = 1 << 20

AGGREGATOR = (
    "جريدة الساحل – ثقافة\n\n"
    "افتتحت مكتبة الميناء القديمة أبوابها بعد ترميم دام عامين. وقال مديرها إن الزوار عادوا منذ اليوم الأول.\n\n"
    "وتضم المكتبة أكثر من عشرين ألف كتاب، بينها مخطوطات نادرة عن تاريخ الملاحة.\n"
)
PAGE = (
    "<!doctype html><html><head><title>Harbour library reopens | Coast News</title></head><body>"
    "<article><h1>Harbour library reopens</h1><p>The old harbour library opened its doors again after "
    "two years of repairs, and readers came back on the first day.</p></article></body></html>"
)


def full_parse(path: Path) -> list[object]:
    """What ``load_sources`` gives for the file without indexing."""
    return list(parse_document(RawDocument(origin=str(path), data=path.read_bytes())))


def text_files() -> list[Path]:
    """Every plain-text fixture newstui parses (the index must agree with the parser on each)."""
    found = sorted(FIXTURES.glob("plaintext/*.txt")) + sorted(APP_FIXTURES.glob("*.txt"))
    samples = Path(__file__).resolve().parents[2] / "src" / "newstui" / "samples"
    return found + sorted(samples.glob("*.txt"))


class TestIndexFile:
    """``index_file``: a stub whose id and title are the full parse's, or the full parse itself."""

    def test_aggregator_text_becomes_a_stub(self, tmp_path: Path) -> None:
        path = tmp_path / "library.txt"
        path.write_text(AGGREGATOR, encoding="utf-8")
        (stub,) = index_file(str(path), cap=CAP)
        full = parse_document(RawDocument(origin=str(path), data=path.read_bytes()))[0]
        assert stub.indexed_only and not stub.paragraphs and not stub.related
        assert (stub.id, stub.title, stub.origin, stub.direction) == (full.id, full.title, full.origin, "rtl")
        assert (stub.source, stub.section) == (full.source, full.section) == ("جريدة الساحل", "ثقافة")

    @pytest.mark.parametrize("path", text_files(), ids=lambda p: p.name)
    def test_stub_agrees_with_the_parser(self, path: Path) -> None:
        """On every fixture: either the full parse (no stub) or a stub with the first article's id and title."""
        indexed = index_file(str(path), cap=CAP)
        full = parse_document(RawDocument(origin=str(path), data=path.read_bytes()))
        if indexed[0].indexed_only:
            assert len(indexed) == 1
            stub, first = indexed[0], full[0]
            assert (stub.id, stub.title, stub.source, stub.section, stub.direction) == (
                first.id,
                first.title,
                first.source,
                first.section,
                first.direction,
            )
        else:
            assert indexed == full

    @pytest.mark.parametrize(
        ("text", "stub", "direction"),
        [
            (AGGREGATOR, True, "rtl"),
            (
                "Google تطلق خدمة جديدة للترجمة الفورية بين العربية والإنجليزية\n\n"
                "وقالت الشركة إن الخدمة تعمل على الهواتف والحواسيب منذ اليوم.\n",
                False,  # a Latin word first, Arabic letters in the file: the full parse counts them
                "rtl",
            ),
            (
                "Interview with رئيس البلدية about the harbour works and the new ferry timetable\n\n"
                "The mayor said the works would end before the summer season begins.\n",
                False,
                "ltr",
            ),
            (
                "Harbour works end before summer, the mayor says\n\n"
                "The mayor said the works would end before the summer season begins.\n",
                True,
                "ltr",
            ),
        ],
        ids=["arabic", "latin-word-first", "english-with-arabic-name", "english"],
    )
    def test_direction_is_the_full_parses(self, tmp_path: Path, text: str, stub: bool, direction: str) -> None:
        """The list draws an entry in its story's direction, as the article pane will."""
        path = tmp_path / "story.txt"
        path.write_text(text, encoding="utf-8")
        indexed = index_file(str(path), cap=CAP)
        full = parse_document(RawDocument(origin=str(path), data=path.read_bytes()))
        assert indexed[0].indexed_only is stub
        assert indexed[0].direction == full[0].direction == direction

    def test_html_is_parsed_in_full(self, tmp_path: Path) -> None:
        path = tmp_path / "page.html"
        path.write_text(PAGE, encoding="utf-8")
        (article,) = index_file(str(path), cap=CAP)
        assert not article.indexed_only and article.paragraphs

    def test_html_extension_without_markup_is_not_a_stub(self, tmp_path: Path) -> None:
        """A .html file is sniffed as the parser sniffs it (its content type counts), so no stub."""
        path = tmp_path / "notes.html"
        path.write_text(AGGREGATOR, encoding="utf-8")
        try:
            expected = parse_document(RawDocument(origin=str(path), data=path.read_bytes(), content_type="text/html"))
        except NewsError:
            expected = None
        if expected is None:
            with pytest.raises(NewsError):
                index_file(str(path), cap=CAP)
        else:
            assert not index_file(str(path), cap=CAP)[0].indexed_only

    @pytest.mark.parametrize(
        ("name", "text"), [("story.txt", AGGREGATOR), ("page.html", PAGE), ("notes.html", AGGREGATOR)]
    )
    def test_a_listed_file_is_indexed_as_any_other(self, tmp_path: Path, name: str, text: str) -> None:
        """The folder walk's read (no stat, bytes only) gives what reading the file by name gives."""
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        try:
            expected = index_file(str(path), cap=CAP)
        except NewsError as error:
            with pytest.raises(type(error)):
                index_file(str(path), cap=CAP, listed=True)
        else:
            assert index_file(str(path), cap=CAP, listed=True) == expected

    @pytest.mark.parametrize(
        ("data", "error"),
        [(b"", NotReadable), (b"\x00\x01\x02\x03" * 64, NotReadable)],
        ids=["empty", "binary"],
    )
    def test_unreadable_files_raise(self, tmp_path: Path, data: bytes, error: type[Exception]) -> None:
        path = tmp_path / "bad.txt"
        path.write_bytes(data)
        with pytest.raises(error):
            index_file(str(path), cap=CAP)


class TestParseIndexed:
    """``parse_indexed``: the stub's file parsed in full, first article under the stub's id."""

    def test_gives_the_full_articles(self, tmp_path: Path) -> None:
        path = tmp_path / "souq.txt"
        path.write_bytes((APP_FIXTURES / "souq.txt").read_bytes())
        (stub,) = index_file(str(path), cap=CAP)
        assert stub.indexed_only
        articles = parse_indexed(stub, cap=CAP)
        assert articles == parse_document(RawDocument(origin=str(path), data=path.read_bytes()))
        assert articles[0].id == stub.id and not articles[0].indexed_only and articles[0].paragraphs

    @pytest.mark.parametrize("change", ["deleted", "emptied"])
    def test_file_gone_or_emptied_is_an_error(self, tmp_path: Path, change: str) -> None:
        path = tmp_path / "library.txt"
        path.write_text(AGGREGATOR, encoding="utf-8")
        (stub,) = index_file(str(path), cap=CAP)
        if change == "deleted":
            os.unlink(path)
        else:
            path.write_bytes(b"")
        with pytest.raises(NewsError):
            parse_indexed(stub, cap=CAP)


class TestLoadSourcesIndexing:
    """Only ``LoadOptions(index_folders=True)`` (the reader) lists folders by title."""

    @pytest.fixture
    def folder(self, tmp_path: Path) -> Path:
        for number in range(3):
            (tmp_path / f"{number}.txt").write_text(AGGREGATOR.replace("عامين", f"{number + 2} أعوام"), "utf-8")
        (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
        return tmp_path

    def test_reader_gets_stubs(self, folder: Path) -> None:
        results = asyncio.run(load_sources([str(folder)], LoadOptions(index_folders=True)))
        articles = [article for result in results for article in result.articles]
        assert [article.indexed_only for article in articles] == [True, True, True, False]

    def test_print_and_json_get_whole_articles(self, folder: Path) -> None:
        results = asyncio.run(load_sources([str(folder)], LoadOptions()))
        articles = [article for result in results for article in result.articles]
        assert len(articles) == 4 and not any(article.indexed_only for article in articles)
        assert all(article.paragraphs for article in articles)

    def test_a_single_file_is_never_a_stub(self, folder: Path) -> None:
        results = asyncio.run(load_sources([str(folder / "0.txt")], LoadOptions(index_folders=True)))
        assert not results[0].articles[0].indexed_only


class TestEditedEntries:
    """Which opened folder entries a reload must read again (their headline may be all the listing shows)."""

    @pytest.mark.parametrize(
        ("case", "again", "noted"),
        [
            ("unchanged", False, False),  # the stamp taken when it was parsed still holds
            ("edited", True, False),
            ("never-stamped", True, False),  # the folder's first story, parsed by the helper process
            ("not-opened", False, False),  # still a title-only entry in the reader: nothing to compare
            ("known", False, False),  # found edited already
            ("other-file", False, False),  # the id now names a story from another file
            ("big-first-time", False, True),  # too big to read now: its stamp is noted for the next edit
            ("big-edited", True, False),
            ("gone", False, False),  # no stamp: the reload says what happened to it
        ],
    )
    def test_cases(self, tmp_path: Path, case: str, again: bool, noted: bool) -> None:
        from newstui.sources.folder_cache import file_stamp
        from newstui.sources.index import edited_entries

        path = tmp_path / "story.txt"
        path.write_text("خبر\n\nنص الخبر.\n", encoding="utf-8")
        entry = Article(id="e", title="خبر", origin=str(path), indexed_only=True)
        story = Article(id="e", title="خبر", paragraphs=("نص الخبر.",), origin=str(path))
        stamps: dict[str, str | None] = {"e": file_stamp(str(path))}
        big = case.startswith("big")
        if case in ("edited", "big-edited"):
            stamps["e"] = "an older stamp"
        if case in ("never-stamped", "big-first-time"):
            stamps = {}
        loaded = {
            "not-opened": entry,
            "other-file": Article(id="e", title="خبر", origin=str(tmp_path / "other.txt")),
        }.get(case, story)
        if case == "gone":
            path.unlink()
        found, stamped = edited_entries(
            [entry], {"e": loaded}.get, stamps, known={"e"} if case == "known" else (), sync_bytes=5 if big else 10**6
        )
        assert (found == [entry]) is again
        assert (stamped == {"e": file_stamp(str(path))}) is noted and (bool(stamped) is noted)
