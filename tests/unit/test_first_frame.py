"""sources.first_frame: which sources the reader's first frame shows, read at once or taken from the helper."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newstui.model import Article, LoadResult
from newstui.sources import LoadOptions, first_frame
from newstui.sources.first_frame import FirstFrame, mirrored, peek_mirrored, ready_for_first_frame

# Original stories written for these tests.
ARABIC = "نشرة الحي – محليات\n\nافتتاح مكتبة جديدة قرب السوق\n\nافتتحت البلدية مكتبة صغيرة قرب السوق القديم.\n"
ENGLISH = (
    "Harbour Gazette – Local\n\nNight ferry returns\n\nThe night ferry runs again from Monday, the council said.\n"
)
OPTIONS = LoadOptions(index_folders=True)


class FakeHelper:
    """The helper's interface as the first frame uses it: what it loads, and its answers so far."""

    def __init__(self, answers: dict[str, LoadResult | None], *, folders: tuple[str, ...] = ()) -> None:
        self.answers = answers
        self.folders = frozenset(folders)
        self.files = frozenset(ref for ref in answers if "://" not in ref and ref not in self.folders)
        self.done = all(answer is not None for answer in answers.values())
        self.waited: list[float] = []

    def wait(self, timeout: float) -> bool:
        self.waited.append(timeout)
        return self.done

    def result_now(self, ref: str) -> LoadResult | None:
        return self.answers.get(ref)

    def shaped_words(self) -> dict[str, str]:
        return {}


def _files(tmp_path: Path, **texts: str) -> list[str]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _titles(ready: FirstFrame) -> list[tuple[int, list[str]]]:
    return [(index, [article.title for article in result.articles]) for index, result in ready.results]


def _ready(refs: list[str], helper: FakeHelper | None = None, stdin: bytes | None = None) -> FirstFrame | None:
    return ready_for_first_frame(
        refs,
        stdin_data=stdin,
        prefetch=helper,  # type: ignore[arg-type]
        options=OPTIONS,
        shaping_here=False,
    )


class TestWithoutHelper:
    def test_small_files_and_stdin_are_read_for_the_first_frame(self, tmp_path: Path) -> None:
        arabic, english = _files(tmp_path, arabic=ARABIC, english=ENGLISH)
        ready = _ready([english, "-", arabic], stdin=ENGLISH.encode())
        assert ready is not None and ready.still_loading == []
        assert _titles(ready) == [
            (0, ["Night ferry returns"]),
            (1, ["Night ferry returns"]),
            (2, ["افتتاح مكتبة جديدة قرب السوق"]),
        ]

    @pytest.mark.parametrize(
        "case",
        ["too-big", "missing", "folder", "url", "stdin-unread", "binary"],
    )
    def test_the_worker_does_it_all(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
        """None: the loading worker loads every source after the first frame, with its error reports."""
        (story,) = _files(tmp_path, story=ARABIC)
        refs = {
            "too-big": [story],
            "missing": [story, str(tmp_path / "gone.txt")],
            "folder": [str(tmp_path)],
            "url": ["https://example.org/feed.xml"],
            "stdin-unread": ["-"],
            "binary": [story],
        }[case]
        if case == "too-big":
            monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", len(ARABIC.encode()) - 1)
        if case == "binary":
            Path(story).write_bytes(b"\x00\x01\x02" * 100)
        assert _ready(refs) is None

    @pytest.mark.parametrize("where", ["file", "stdin"])
    @pytest.mark.parametrize(
        ("text", "read_here"),
        [
            ("Night ferry returns\n\n" + "The ferry runs again. " * 300, True),
            (
                "\ufeff  <rss><channel><title>T</title>"
                + "<item><title>Ferry</title></item>" * 200
                + "</channel></rss>",
                False,
            ),
            ("<html><body><p>" + "The ferry runs again. " * 300 + "</p></body></html>", False),
        ],
        ids=["plain-text", "feed", "page"],
    )
    def test_markup_costs_the_first_frame_more_than_its_size(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, read_here: bool, where: str
    ) -> None:
        """A page or feed is parsed far more slowly per byte than plain text: one of a size a text file may
        have is left to the worker (a 700 KB feed of nested elements held the window 10 s before it)."""
        monkeypatch.setattr(first_frame, "SYNC_LOAD_BYTES", len(text.encode()) * 4)
        story = tmp_path / "story"
        story.write_text(text, encoding="utf-8")
        ready = _ready([str(story)]) if where == "file" else _ready(["-"], stdin=text.encode())
        assert (ready is not None) is read_here


class TestWithHelper:
    def test_answers_are_taken_and_a_folder_keeps_loading(self, tmp_path: Path) -> None:
        (story,) = _files(tmp_path, story=ENGLISH)
        folder = tmp_path / "folder"
        folder.mkdir()
        url = "https://example.org/page"
        page = LoadResult(origin=url, articles=(Article(id="p-0", title="صفحة من الموقع"),))
        first = LoadResult(origin=str(folder / "a.txt"), articles=(Article(id="f-0", title="أول ملف"),))
        helper = FakeHelper({url: page, str(folder): first}, folders=(str(folder),))
        ready = _ready([url, str(folder), story], helper)
        assert ready is not None
        assert _titles(ready) == [(0, ["صفحة من الموقع"]), (1, ["أول ملف"]), (2, ["Night ferry returns"])]
        assert ready.still_loading == [1], "the folder is listed by the worker after the first frame"
        assert helper.waited and helper.waited[0] <= first_frame.FIRST_FRAME_WAIT

    def test_a_late_url_is_left_to_the_worker(self, tmp_path: Path) -> None:
        (story,) = _files(tmp_path, story=ENGLISH)
        helper = FakeHelper({"https://example.org/slow": None})
        ready = _ready(["https://example.org/slow", story], helper)
        assert ready is not None and _titles(ready) == [(1, ["Night ferry returns"])]
        assert ready.still_loading == [0]

    def test_only_late_sources_is_none(self) -> None:
        assert _ready(["https://example.org/slow"], FakeHelper({"https://example.org/slow": None})) is None

    @pytest.mark.parametrize(
        ("late", "read_here"),
        [(1, True), (first_frame.LATE_FILES_READ_HERE, True), (first_frame.LATE_FILES_READ_HERE + 1, False)],
        ids=["one", "at-the-limit", "one-over"],
    )
    def test_a_few_late_files_are_read_here(self, tmp_path: Path, late: int, read_here: bool) -> None:
        """Up to LATE_FILES_READ_HERE files the helper has not answered are read here; more are left to it."""
        paths = _files(tmp_path, **{f"s{n}": ENGLISH for n in range(late)})
        ready = _ready(paths, FakeHelper(dict.fromkeys(paths)))
        if read_here:
            assert ready is not None
            assert _titles(ready) == [(index, ["Night ferry returns"]) for index in range(late)]
            assert ready.still_loading == []
        else:
            assert ready is None

    @pytest.mark.parametrize(
        ("late", "read_here"),
        [(first_frame.LATE_FILES_READ_HERE, True), (first_frame.LATE_FILES_READ_HERE + 1, False)],
        ids=["at-the-limit", "one-over"],
    )
    def test_late_files_beside_an_answer(self, tmp_path: Path, late: int, read_here: bool) -> None:
        """Beside a URL the helper has answered, the late files are read here up to the limit; past it every
        one of them is still loading when the first frame shows the URL's article."""
        url = "https://example.org/page"
        page = LoadResult(origin=url, articles=(Article(id="p-0", title="صفحة من الموقع"),))
        paths = _files(tmp_path, **{f"s{n}": ENGLISH for n in range(late)})
        ready = _ready([url, *paths], FakeHelper({url: page, **dict.fromkeys(paths)}))
        assert ready is not None
        files = range(1, late + 1)
        if read_here:
            assert _titles(ready) == [(0, ["صفحة من الموقع"]), *((i, ["Night ferry returns"]) for i in files)]
            assert ready.still_loading == []
        else:
            assert _titles(ready) == [(0, ["صفحة من الموقع"])]
            assert ready.still_loading == list(files)

    def test_at_most_first_frame_results_answers(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(first_frame, "FIRST_FRAME_RESULTS", 2)
        paths = _files(tmp_path, **{f"s{n}": ENGLISH for n in range(4)})
        answers = {
            path: LoadResult(origin=path, articles=(Article(id=f"a{n}", title=f"Story {n}"),))
            for n, path in enumerate(paths)
        }
        ready = _ready(paths, FakeHelper(answers))  # type: ignore[arg-type]
        assert ready is not None
        assert _titles(ready) == [(0, ["Story 0"]), (1, ["Story 1"])]
        assert ready.still_loading == [2, 3]


class TestLayout:
    @pytest.mark.parametrize(
        ("directions", "choice", "expected"),
        [
            (("rtl", "rtl", "ltr"), "auto", True),
            (("rtl", "ltr"), "auto", False),
            ((), "auto", False),
            (("ltr",), "rtl", True),
            (("rtl",), "ltr", False),
        ],
    )
    def test_mirrored(self, directions: tuple[str, ...], choice: str, expected: bool) -> None:
        articles = [Article(id=str(n), title="t", direction=d) for n, d in enumerate(directions)]  # type: ignore[arg-type]
        assert mirrored(articles, choice) is expected  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("directions", "tie", "expected"),
        [
            (("rtl", "ltr"), True, True),
            (("rtl", "ltr"), False, False),
            (("rtl", "rtl", "ltr", "ltr"), True, True),
            (("rtl", "ltr", "ltr"), True, False),
            (("rtl", "rtl", "ltr"), False, True),
            ((), True, False),
        ],
    )
    def test_a_tie_keeps_the_layout_as_it_is(self, directions: tuple[str, ...], tie: bool, expected: bool) -> None:
        """As many RTL stories as LTR ones keep the panes where they are (an Arabic story opened with g in a
        mirrored reader of half English stories turned the list to the left)."""
        articles = [Article(id=str(n), title="t", direction=d) for n, d in enumerate(directions)]  # type: ignore[arg-type]
        assert mirrored(articles, "auto", tie=tie) is expected

    def test_peek_mirrored_reads_a_few_local_sources(self, tmp_path: Path) -> None:
        arabic, english = _files(tmp_path, arabic=ARABIC, english=ENGLISH)
        assert peek_mirrored([arabic, "-", "https://example.org/x"]) is True
        assert peek_mirrored([english, arabic, english]) is False
        assert peek_mirrored(["https://example.org/x"]) is False


class TestFirstMirrored:
    """``first_mirrored``: before the first story opens, a folder goes by most of its first files."""

    def _folder(self, root: Path, texts: list[str]) -> str:
        root.mkdir()
        for number, text in enumerate(texts):
            (root / f"{number}.txt").write_text(text, encoding="utf-8")
        return str(root)

    def test_a_folder_goes_by_its_first_files_not_its_first_story(self, tmp_path: Path) -> None:
        folder = self._folder(tmp_path / "news", [ENGLISH, ARABIC, ARABIC, ARABIC])
        first = Article(id="0", title="Night ferry returns", direction="ltr", origin=f"{folder}/0.txt")
        assert first_frame.first_mirrored([first], [folder], "auto") is True
        assert mirrored([first], "auto") is False, "its first story alone would not mirror the panes"

    def test_other_sources_count_by_their_stories(self, tmp_path: Path) -> None:
        folder = self._folder(tmp_path / "news", [ARABIC])
        first = Article(id="0", title="t", direction="rtl", origin=f"{folder}/0.txt")
        lone = Article(id="e", title="t", direction="ltr", origin=str(tmp_path / "lone.txt"))
        both = [first, lone, replace(lone, id="f")]
        assert first_frame.first_mirrored(both, [folder, "lone.txt"], "auto") is False
        assert first_frame.first_mirrored([first, lone], [folder], "auto", tie=True) is True
        assert first_frame.first_mirrored([first], [folder], "ltr") is False

    def test_a_folder_that_gave_no_story_yet_is_not_counted(self, tmp_path: Path) -> None:
        """An English story open when a folder of Arabic ones has not landed keeps the panes left to right."""
        folder = self._folder(tmp_path / "news", [ARABIC, ARABIC])
        lone = Article(id="e", title="t", direction="ltr", origin=str(tmp_path / "lone.txt"))
        assert first_frame.first_mirrored([lone], [folder], "auto") is False

    def test_a_folder_of_pages_goes_by_its_stories(self, tmp_path: Path) -> None:
        folder = tmp_path / "pages"
        folder.mkdir()
        (folder / "a.html").write_text('<html dir="rtl"><body><p>نص</p></body></html>', encoding="utf-8")
        page = Article(id="p", title="t", direction="rtl", origin=str(folder / "a.html"))
        assert first_frame.first_mirrored([page], [str(folder)], "auto") is True
