"""Pilot tests of folders in the reader: listed by title, each file parsed when its article opens."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from app_support import SIZE, reader, screen_lines, settle

from newstui.sources import first_frame
from newstui.ui.screens import reader_indexed

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of the three fixture files (souq.txt holds a page and its read-also story)."""
    for name in ("emirates.txt", "english.txt", "souq.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


class TestFolderIndex:
    """Titles first, text on demand, in place."""

    async def test_listed_by_title_then_parsed_on_open(
        self, make_app: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Only the opened file is parsed; the list keeps its rows and the story shows its text."""
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)
        app = make_app([], refs=(str(folder),), layout="rtl")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", 1 << 20)  # small files: parsed at once
            screen = reader(app)
            articles = screen.article_list.articles
            opened = screen.current
            assert opened is not None and not opened.indexed_only and opened.paragraphs
            others = [article for article in screen.corpus if article.id != opened.id]
            assert others and all(article.indexed_only for article in others if article.origin != opened.origin)
            souq = next(article for article in articles if article.title.startswith("سوق الوراقين"))
            rows_before = len(screen.corpus)
            screen.open_article(souq.id)
            await pilot.pause()
            current = screen.current
            assert current is not None and current.id == souq.id and current.title == souq.title
            assert not current.indexed_only and len(current.paragraphs) > 1
            assert screen.article_view.article is current
            assert sum(bool(line.strip()) for line in screen_lines(screen.article_view)) > 4, "title and text drawn"
            # The page's read-also story joined the list, and link 1 opens it.
            assert len(screen.corpus) == rows_before + 1
            await pilot.press("1")
            await pilot.pause()
            story = screen.current
            assert story is not None and story.title.startswith("معرض للخط") and story.paragraphs

    async def test_the_list_takes_the_opened_storys_direction(
        self, make_app: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An Arabic-first headline over an English story is listed right to left until the file is read;
        once opened, its entry is drawn left to right, as the article pane draws the story."""
        mixed = folder / "zz_mixed.txt"
        mixed.write_text(
            "رئيس البلدية: harbour works will end before the summer season\n\n"
            "The mayor said the works on the old quay would end before the summer season begins, "
            "and the ferry timetable would return to normal in June.\n",
            encoding="utf-8",
        )
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)
        app = make_app([], refs=(str(folder),), layout="rtl")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", 1 << 20)
            screen = reader(app)
            stub = next(article for article in screen.corpus if article.origin == str(mixed))
            assert stub.indexed_only and stub.direction == "rtl"
            screen.open_article(stub.id)
            await pilot.pause()
            listed = next(article for article in screen.article_list.articles if article.id == stub.id)
            assert not listed.indexed_only and listed.direction == "ltr"

    async def test_a_file_gone_since_listing_is_a_notification(
        self, make_app: Any, folder: Path, hook: Any, notes: list[Any], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Opening a deleted file's entry says why, keeps its title, and the reader goes on."""
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)
        app = make_app([], refs=(str(folder),), layout="rtl")
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", 1 << 20)
            screen = reader(app)
            stub = next(article for article in screen.corpus if article.indexed_only)
            os.unlink(stub.origin)
            assert screen.open_article(stub.id)
            await pilot.pause()
            assert screen.current is not None and screen.current.title == stub.title
            assert any(stub.origin in note.message and note.severity == "error" for note in notes)
            await pilot.press("n")
            await pilot.pause()
            assert screen.current is not None

    @pytest.mark.parametrize("big", [False, True], ids=["small-file", "big-file"])
    async def test_a_parser_bug_is_a_notification(
        self, make_app: Any, folder: Path, hook: Any, notes: list[Any], monkeypatch: pytest.MonkeyPatch, big: bool
    ) -> None:
        """An unexpected exception parsing an entry's file (small: at once; big: on a thread) is told as a bug (its
        hint; its traceback kept under NEWSTUI_DEBUG), never a crash."""
        import newstui.sources.index as index_module

        monkeypatch.setenv("NEWSTUI_DEBUG", "1")

        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)
        app = make_app([], refs=(str(folder),), layout="rtl")
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1 if big else 1 << 20)

            def broken(*args: Any, **kwargs: Any) -> Any:
                raise KeyError("a parser bug")

            monkeypatch.setattr(index_module, "parse_indexed", broken)
            screen = reader(app)
            stub = next(article for article in screen.corpus if article.indexed_only)
            assert screen.open_article(stub.id)
            await settle(pilot)
            assert app.is_running
            assert screen.current is not None and screen.current.title == stub.title
            told = [str(note.message) for note in notes if note.severity == "error"]
            assert any("unexpected error: KeyError: 'a parser bug' (NEWSTUI_DEBUG=1" in line for line in told), told
            assert any("KeyError" in text and "Traceback" in text for text in screen.loader.failures)
            await pilot.press("n")
            await pilot.pause()
            assert screen.current is not None and screen.current.id != stub.id

    async def test_a_big_file_is_parsed_on_a_thread(
        self, make_app: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Over the size parsed at once, the title shows with "reading the file…", then the text, in place."""
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)  # every file counts as big
        app = make_app([], refs=(str(folder),), layout="rtl")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            screen = reader(app)
            stub = next(article for article in screen.corpus if article.title.startswith("سوق الوراقين"))
            assert stub.indexed_only
            assert screen.open_article(stub.id)
            current = screen.current
            assert current is not None and current.indexed_only  # the title first
            assert screen.article_view.border_title == reader_indexed.READING_TITLE
            await settle(pilot)
            current = screen.current
            assert current is not None and current.id == stub.id and current.paragraphs
            assert not current.indexed_only and screen.article_view.article is current
            assert screen.article_view.border_title == "Article"
            assert any(article.title.startswith("معرض للخط") for article in screen.corpus)

    async def test_a_big_file_gone_is_a_notification(
        self, make_app: Any, folder: Path, hook: Any, notes: list[Any], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The thread's failure is reported like a small file's, and the pane's title is restored."""
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)
        app = make_app([], refs=(str(folder),), layout="rtl")
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            screen = reader(app)
            stub = next(article for article in screen.corpus if article.indexed_only)
            os.unlink(stub.origin)
            assert screen.open_article(stub.id)
            await settle(pilot)
            assert screen.current is not None and screen.current.indexed_only
            assert any(stub.origin in note.message and note.severity == "error" for note in notes)
            assert screen.article_view.border_title == "Article"

    async def test_file_names_with_escapes_are_shown_safely(
        self, make_app: Any, tmp_path: Path, hook: Any, notes: list[Any], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A file name holding an escape sequence reaches neither the list nor a notification raw."""
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)
        shutil.copy(FIXTURES / "english.txt", tmp_path / "title\x1b]2;pwned\x07.txt")
        (tmp_path / "page\x1b[2J.html").write_text("<html><body></body></html>", encoding="utf-8")
        app = make_app([], refs=(str(tmp_path),))
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await settle(pilot)
            screen = reader(app)
            rows = [screen.article_list.render_line(y).text for y in range(8)]
            failures = [note.message for note in notes if note.severity == "error"]
            assert failures and all("\x1b" not in message and "\x07" not in message for message in failures)
            assert any("page\u241b[2J.html" in message for message in failures)
            assert all("\x1b" not in row and "\x07" not in row for row in rows)


class TestBigFolder:
    """A folder big enough for the helper process is listed whole, in walk order, and opens anywhere."""

    async def test_helper_part_is_listed_and_opens(
        self, make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With the helper threshold lowered to 10, 40 files list in order and the last one parses on open."""
        import newstui.sources.parallel as parallel

        monkeypatch.setattr(parallel, "MIN_FILES", 10)
        monkeypatch.setattr(parallel, "HEAD_FILES", 2)
        monkeypatch.setattr(parallel, "cores", lambda: 2)
        started: list[int] = []
        real = parallel.FolderHelper.start.__func__  # type: ignore[attr-defined]

        def start(cls: Any, paths: Any, options: Any, **kwargs: Any) -> Any:
            started.append(len(paths))
            return real(cls, paths, options, **kwargs)

        monkeypatch.setattr(parallel.FolderHelper, "start", classmethod(start))
        texts = [(FIXTURES / name).read_text(encoding="utf-8") for name in ("emirates.txt", "english.txt")]
        for number in range(40):
            (tmp_path / f"story-{number:02d}.txt").write_text(texts[number % 2], encoding="utf-8")
        app = make_app([], refs=(str(tmp_path),), layout="rtl")
        async with app.run_test(size=SIZE) as pilot:
            deadline = time.monotonic() + 30  # (the folder helper is a new process: slow on a loaded machine)
            while time.monotonic() < deadline:
                await pilot.pause(0.02)
                if not reader(app).loading_sources:
                    break
            screen = reader(app)
            assert started and 10 < started[0] < 40
            origins = [article.origin for article in screen.corpus]
            assert origins == sorted(str(tmp_path / f"story-{number:02d}.txt") for number in range(40))
            last = screen.corpus.get(next(a.id for a in screen.corpus if a.origin.endswith("story-39.txt")))
            assert last is not None and last.indexed_only
            screen.open_article(last.id)
            await pilot.pause()
            current = screen.current
            assert current is not None and current.origin == last.origin and current.paragraphs


@pytest.mark.parametrize("big", [False, True], ids=["small-file", "big-file"])
async def test_a_folder_file_cut_at_the_line_cap_says_so_when_opened(
    make_app: Any, folder: Path, hook: Any, notes: list[Any], monkeypatch: pytest.MonkeyPatch, big: bool
) -> None:
    """A text past the line cap opened from a folder (parsed at once, or on a thread) shows its first lines and
    says what was left out, as --print and --json do."""
    import newstui.parse.plaintext as plaintext

    lines = "\n\n".join(f"السطر رقم {number} من نص طويل جدا." for number in range(40))
    (folder / "long.txt").write_text(f"نص طويل من أربعين سطرا\n\n{lines}\n", encoding="utf-8")
    monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1)
    app = make_app([], refs=(str(folder),), layout="rtl")
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await settle(pilot)
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", -1 if big else 1 << 20)
        monkeypatch.setattr(plaintext, "MAX_LINES", 10)
        screen = reader(app)
        stub = next(article for article in screen.corpus if article.origin.endswith("long.txt"))
        assert stub.indexed_only
        assert screen.open_article(stub.id)
        await settle(pilot)
        current = screen.current
        assert current is not None and current.id == stub.id and not current.indexed_only
        assert len(current.paragraphs) == 9  # ten lines: the headline and nine paragraphs
        told = [str(note.message) for note in notes if note.severity == "warning"]
        assert any("only the first 10 are shown" in line and "long.txt" in line for line in told), told
