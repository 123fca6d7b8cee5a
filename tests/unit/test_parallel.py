"""A big folder parsed with a helper process gives exactly the results of one process, whatever the helper does."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import newstui.sources.helper as helper_module
import newstui.sources.parallel as parallel
from hang_guard import hang_guard
from helpers.processes import kill_caller, start_caller
from newstui.model import LoadResult
from newstui.sources import LoadOptions, load_sources
from newstui.sources.parallel import FolderHelper, helper_share

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
APP_FIXTURES = Path(__file__).resolve().parents[1] / "app" / "fixtures"
OPTIONS = LoadOptions(max_file_bytes=50_000)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Sixty files of every kind a folder holds: articles, pages, feeds, empty, binary, too big, nested."""
    root = tmp_path_factory.mktemp("mixed")
    sources = sorted(FIXTURES.glob("plaintext/*.txt")) + sorted(APP_FIXTURES.glob("*.txt"))
    sources += sorted(FIXTURES.glob("web/*.html"))[:3] + sorted(FIXTURES.glob("web/*.xml"))[:2]
    for number in range(60):
        kind = number % 6
        if kind == 0:
            (root / f"{number:02d}-empty.txt").write_bytes(b"")
        elif kind == 1:
            (root / f"{number:02d}-binary.txt").write_bytes(bytes(range(256)) * 4)
        elif kind == 2:
            (root / f"{number:02d}-big.txt").write_bytes(("كلمة " * 20_000).encode())
        else:
            source = sources[number % len(sources)]
            target = root / ("sub" if number % 2 else "") / f"{number:02d}-{source.name}"
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(source.read_bytes())
    return root


@pytest.fixture
def starts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Helpers for at least 10 files (the number of paths each was given is recorded)."""
    monkeypatch.setattr(parallel, "MIN_FILES", 10)
    monkeypatch.setattr(parallel, "HEAD_FILES", 4)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    calls: list[int] = []
    real = FolderHelper.start.__func__  # type: ignore[attr-defined]

    def start(cls: type[FolderHelper], paths: Any, options: LoadOptions, **kwargs: Any) -> FolderHelper | None:
        calls.append(len(paths))
        return real(cls, paths, options, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(FolderHelper, "start", classmethod(start))
    return calls


def _alone(folder: Path, options: LoadOptions = OPTIONS) -> list[LoadResult]:
    """The folder loaded in one process."""
    saved = parallel.MIN_FILES
    parallel.MIN_FILES = 10**9
    try:
        return asyncio.run(load_sources([str(folder)], options))
    finally:
        parallel.MIN_FILES = saved


def _fake_helper(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, body: str) -> None:
    """Every helper runs ``body`` instead (it sees ``paths`` and ``options`` from the real request)."""
    script = tmp_path / "fake_helper.py"
    script.write_text(
        "import sys\n"
        "from newstui.sources.helper import read_request, write_frame, write_header\n"
        "from newstui.sources import folder_file_result\n"
        "paths, options = read_request()\n" + body,
        encoding="utf-8",
    )
    monkeypatch.setattr(helper_module, "helper_argv", lambda module: [sys.executable, str(script)])


def _pacing_helper(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pause: float) -> None:
    """Every helper answers two paths per frame, ``pause`` seconds apart."""
    _fake_helper(
        monkeypatch,
        tmp_path,
        "import time\nout = write_header()\n"
        "for start in range(0, len(paths), 2):\n"
        f"    time.sleep({pause})\n"
        "    write_frame(out, [folder_file_result(p, options) for p in paths[start:start + 2]])\n",
    )


def _record_takes(monkeypatch: pytest.MonkeyPatch, record: Any) -> None:
    """``record(n)`` is called with the number of files each ``take_some`` call parsed."""
    real = FolderHelper.take_some

    def take(self: FolderHelper, count: int, options: LoadOptions, seconds: float) -> list[LoadResult | None]:
        found = real(self, count, options, seconds)
        record(len(found))
        return found

    monkeypatch.setattr(FolderHelper, "take_some", take)


class TestShare:
    @pytest.mark.parametrize(
        ("count", "cores", "expected"),
        [(0, 2, 0), (1999, 2, 1999), (2000, 1, 2000), (2000, 2, 500), (10_000, 2, 500), (10_000, 8, 500)],
    )
    def test_share(self, monkeypatch: pytest.MonkeyPatch, count: int, cores: int, expected: int) -> None:
        """Small folders and single cores get no helper; a big folder's files after its head go to it."""
        monkeypatch.setattr(parallel, "cores", lambda: cores)
        assert helper_share(count) == expected


class TestFolderWithHelper:
    def test_same_results_as_one_process(self, folder: Path, starts: list[int]) -> None:
        """Articles, errors, skipped files and their order are those of a one-process load."""
        alone = _alone(folder)
        assert starts == []
        helped = asyncio.run(load_sources([str(folder)], OPTIONS))
        assert starts and starts[0] > 10
        assert helped == alone
        assert any(result.error for result in alone) and sum(len(result.articles) for result in alone) > 20

    def test_the_reader_gets_the_same_title_entries(self, folder: Path, starts: list[int]) -> None:
        """Listing by title (the reader) shares out the walk too: the same entries, in the same order."""
        options = LoadOptions(index_folders=True, max_file_bytes=50_000)
        alone = _alone(folder, options)
        helped = asyncio.run(load_sources([str(folder)], options))
        assert starts and helped == alone
        assert any(article.indexed_only for result in helped for article in result.articles)

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("", id="no-answer"),
            pytest.param("sys.stdout.buffer.write(b'garbage')\n", id="garbage"),
            pytest.param("out = write_header()\nwrite_frame(out, 'not a list')\n", id="not-a-list"),
            pytest.param(
                "out = write_header()\nwrite_frame(out, [folder_file_result(p, options) for p in paths[1:4]])\n",
                id="wrong-paths",
            ),
            pytest.param(
                "out = write_header()\nwrite_frame(out, [folder_file_result(p, options) for p in paths[:3]])\n"
                "sys.stdout.buffer.write(b'\\x00\\x00\\x00\\x09junk')\n",
                id="good-then-broken",
            ),
            pytest.param(
                "out = write_header()\nwrite_frame(out, [folder_file_result(p, options) for p in paths[:5]])\n"
                "sys.exit(1)\n",
                id="good-then-dies",
            ),
            pytest.param(
                "out = write_header()\nwrite_frame(out, [folder_file_result(p, options) for p in paths] + [None])\n",
                id="too-many",
            ),
        ],
    )
    def test_any_helper_failure_gives_the_same_results(
        self, folder: Path, starts: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, body: str
    ) -> None:
        """The caller parses whatever the helper did not answer well; nothing is lost or doubled."""
        alone = _alone(folder)
        _fake_helper(monkeypatch, tmp_path, body)
        assert asyncio.run(load_sources([str(folder)], OPTIONS)) == alone
        assert starts

    @pytest.mark.parametrize("pause", [0.0, 0.05, 0.5])
    def test_a_slow_helper_meets_the_caller(
        self, folder: Path, starts: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pause: float
    ) -> None:
        """However slow the helper, the caller parses its files from the end until they meet: same results."""
        alone = _alone(folder)
        _pacing_helper(monkeypatch, tmp_path, pause)
        taken: list[int] = []
        _record_takes(monkeypatch, taken.append)
        assert asyncio.run(load_sources([str(folder)], OPTIONS)) == alone
        assert starts and taken
        if pause >= 0.5:
            assert sum(taken) >= starts[0] - 2  # the caller did nearly all of the helper's part

    def test_answers_stream_while_the_caller_takes_from_the_end(
        self, folder: Path, starts: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """A slow caller reports the helper's answers between its own steps from the end, and does few files."""
        import newstui.sources.files as files
        import newstui.sources.folder_load as folder_load

        alone = _alone(folder)
        _pacing_helper(monkeypatch, tmp_path, 0.01)
        events: list[str] = []
        real_parse = folder_load.folder_file_result

        def slow_parse(path: str, options: LoadOptions) -> LoadResult | None:
            time.sleep(0.1)  # (a helper started on a busy machine takes a while)
            return real_parse(path, options)

        _record_takes(monkeypatch, lambda count: events.extend("taken" for _ in range(count)))

        def on_result(index: int, result: LoadResult) -> None:
            events.append("reported")

        monkeypatch.setattr(folder_load, "folder_file_result", slow_parse)  # the caller's batches from the start
        monkeypatch.setattr(files, "folder_file_result", slow_parse)  # and its takes from the end (parallel.py)
        monkeypatch.setattr(folder_load, "FOLDER_BATCH_SECONDS", 0.0)
        assert asyncio.run(load_sources([str(folder)], OPTIONS, on_result=on_result)) == alone
        first_taken, last_taken = events.index("taken"), len(events) - 1 - events[::-1].index("taken")
        assert "reported" in events[first_taken:last_taken]  # answers reported between the steps
        assert 0 < events.count("taken") < starts[0] // 2  # the fast helper did most of its part

    def test_close_stops_a_helper_that_hangs(
        self, folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """close() kills a helper that never answers (it sleeps 60 s) and returns without waiting for it; it has
        answered nothing."""
        _fake_helper(monkeypatch, tmp_path, "out = write_header()\nimport time\ntime.sleep(60)\n")
        paths = [str(path) for path in sorted(folder.glob("*.txt"))]
        helper = FolderHelper.start(paths, OPTIONS)
        assert helper is not None
        time.sleep(0.3)
        with hang_guard(5):
            helper.close()
        assert helper._process.returncode is not None
        assert helper.ended and helper.answered(0, len(paths)) == []


@pytest.fixture
def launches(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every helper process launched by ``prestart`` (the real ones), to check each is gone afterwards."""
    monkeypatch.setattr(parallel, "MIN_FILES", 10)
    monkeypatch.setattr(parallel, "HEAD_FILES", 4)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    processes: list[Any] = []
    real = parallel.launch

    def launch(module: str, **kwargs: Any) -> Any:
        process = real(module, **kwargs)
        processes.append(process)
        return process

    monkeypatch.setattr(parallel, "launch", launch)
    return processes


def _files(root: Path, count: int, *, suffix: str = ".txt") -> Path:
    """``count`` small articles (or other files) at the top of ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        text = f"عنوان الخبر رقم {number}\n\nفقرة أولى من الخبر رقم {number} عن المدينة.\n"
        (root / f"{number:03d}{suffix}").write_text(text, encoding="utf-8")
    return root


class TestPrestart:
    def test_a_big_top_level_launches_the_helper_before_the_walk(
        self, folder: Path, launches: list[Any], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A folder whose top level is big enough gets its helper before the walk; results as one process."""
        import newstui.sources.folder as folder_module

        alone = _alone(folder)
        events: list[str] = []
        real_walk, real_launch = folder_module.iter_folder, parallel.launch

        def walk(*args: Any, **kwargs: Any) -> Any:
            yield from real_walk(*args, **kwargs)
            events.append("walked")

        def launch(module: str, **kwargs: Any) -> Any:
            events.append("launched")
            return real_launch(module, **kwargs)

        monkeypatch.setattr(folder_module, "iter_folder", walk)
        monkeypatch.setattr(parallel, "launch", launch)
        assert asyncio.run(load_sources([str(folder)], OPTIONS)) == alone
        assert events == ["launched", "walked"]
        assert len(launches) == 1 and launches[0] is not None
        assert launches[0].returncode is not None  # answered, stopped and reaped

    def test_a_small_top_level_launches_nothing_early(self, tmp_path: Path, launches: list[Any]) -> None:
        """Few entries at the top (the files are in subfolders): no early helper, one is started after the walk."""
        for name in ("a", "b", "c"):
            _files(tmp_path / name, 6)
        assert parallel.prestart(str(tmp_path)) is None
        results = asyncio.run(load_sources([str(tmp_path)], OPTIONS))
        assert len(results) == 18 and all(result.articles for result in results)
        assert len(launches) == 1  # the helper for the 18 files, started after the walk
        assert launches[0].returncode is not None

    def test_an_early_helper_with_nothing_to_do_is_ended(self, tmp_path: Path, launches: list[Any]) -> None:
        """Many entries but too few readable files for a helper: the early helper is stopped and reaped."""
        _files(tmp_path, 4)
        _files(tmp_path, 12, suffix=".jpg")  # not a candidate extension
        results = asyncio.run(load_sources([str(tmp_path)], OPTIONS))
        assert len(results) == 4
        assert len(launches) == 1 and launches[0].returncode is not None

    def test_one_core_launches_nothing(self, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """On one core there is no helper, early or late."""
        monkeypatch.setattr(parallel, "MIN_FILES", 10)
        monkeypatch.setattr(parallel, "cores", lambda: 1)
        assert parallel.prestart(str(folder)) is None

    def test_cancelled_during_the_walk_ends_the_early_helper(
        self, tmp_path: Path, launches: list[Any], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Cancelling a load while the folder is listed (the reader quits) ends the early helper."""
        import newstui.sources.folder as folder_module

        _files(tmp_path, 20)
        real = folder_module.iter_folder

        def slow_walk(*args: Any, **kwargs: Any) -> Any:
            for path in real(*args, **kwargs):
                time.sleep(0.05)
                yield path

        monkeypatch.setattr(folder_module, "iter_folder", slow_walk)

        async def cancel_during_walk() -> None:
            task = asyncio.ensure_future(load_sources([str(tmp_path)], OPTIONS))
            await asyncio.sleep(0.3)
            assert launches and not task.done()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

        asyncio.run(cancel_during_walk())
        assert launches[0].returncode is not None


@pytest.mark.parametrize("wait", [0.0, 1.0], ids=["while-importing", "waiting-for-its-request"])
def test_a_helper_launched_ahead_ends_with_its_killed_caller(tmp_path: Path, wait: float) -> None:
    """A helper launched before the walk, with no request yet, ends at once when its caller is SIGKILLed."""
    folder = tmp_path / "big"
    folder.mkdir()
    for number in range(12):
        (folder / f"{number}.txt").write_text("x")
    script = tmp_path / "caller.py"
    script.write_text(
        "import time\n"
        "import newstui.sources.parallel as parallel\n"
        "parallel.MIN_FILES = 10\n"
        "parallel.cores = lambda: 2\n"
        f"process = parallel.prestart({str(folder)!r})\n"
        "print(process.pid, flush=True)\n"
        f"time.sleep({wait})\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n",
        encoding="utf-8",
    )
    caller, helper_pid = start_caller(script)
    assert caller.stdout is not None and caller.stdout.readline().strip() == "ready"
    assert kill_caller(caller, helper_pid), "the helper outlived its caller"


@pytest.mark.parametrize("first_thing", ["watch_parent", "settle_in"])
def test_watch_parent_ends_a_busy_helper_when_its_caller_dies(tmp_path: Path, first_thing: str) -> None:
    """A helper busy with something else (not reading stdin) ends within moments of its caller's SIGKILL."""
    child = (
        "import time\n"
        f"from newstui.sources.helper import {first_thing}\n"
        f"{first_thing}()\n"
        "time.sleep(60)  # busy: never reads stdin\n"
    )
    script = tmp_path / "caller.py"
    script.write_text(
        "import os, subprocess, sys, time\n"
        "from newstui.sources.helper import PARENT_ENV\n"
        f"child = subprocess.Popen([sys.executable, '-c', {child!r}], start_new_session=True,\n"
        "                         env={**os.environ, PARENT_ENV: str(os.getpid())})\n"
        "print(child.pid, flush=True)\n"
        "time.sleep(60)\n",
        encoding="utf-8",
    )
    caller, helper_pid = start_caller(script)
    time.sleep(0.5)
    assert kill_caller(caller, helper_pid), "the busy helper outlived its caller"


@pytest.mark.parametrize("module", ["newstui.sources.parallel", "newstui.sources.prefetch"])
@pytest.mark.parametrize(
    "request_body",
    [
        pytest.param(("other-format", (["a"], OPTIONS)), id="wrong-tag"),
        pytest.param((helper_module.TAG, (["a"], "not options")), id="not-options"),
        pytest.param((helper_module.TAG, ("a", OPTIONS)), id="names-not-a-list"),
        pytest.param((helper_module.TAG, ([1, 2], OPTIONS)), id="names-not-strings"),
        pytest.param((helper_module.TAG, ["a"]), id="no-options"),
    ],
)
def test_a_malformed_request_gets_no_answer(module: str, request_body: object) -> None:
    """A helper given anything but (names, LoadOptions) in this format exits with 2 and writes nothing."""
    import pickle
    import subprocess

    data = pickle.dumps(request_body)
    done = subprocess.run(
        [sys.executable, "-P", "-m", module],
        input=len(data).to_bytes(4, "big") + data,
        capture_output=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout) == (2, b"")


def test_settle_in_turns_garbage_collection_off() -> None:
    """A helper runs without the cyclic collector (it keeps nothing but the answer it writes)."""
    import subprocess

    # (told on stderr: after settle_in, the helper's stdout goes to the null device, its frames elsewhere)
    code = (
        "import gc, sys\nfrom newstui.sources.helper import settle_in\nsettle_in()\n"
        "print(gc.isenabled(), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=30)
    assert out.stderr.strip() == "False"


class _Settled(Exception):
    """Raised by a stand-in for settle_in: the helper called it before anything else."""


@pytest.mark.parametrize("module", ["newstui.sources.parallel", "newstui.sources.prefetch"])
def test_each_helper_settles_in_first(module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both helpers' entry points call settle_in before reading their request."""
    import importlib

    def settled() -> None:
        raise _Settled

    monkeypatch.setattr(helper_module, "settle_in", settled)
    with pytest.raises(_Settled):
        importlib.import_module(module)._serve()


def test_module_path_leaves_out_the_script_or_working_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """The helper's path is this process's, less the first entry a plain ``python`` adds (``-P`` drops it)."""
    from types import SimpleNamespace

    monkeypatch.setattr(sys, "path", ["/work/here", "", "/lib/python3.11", "/site-packages"])
    monkeypatch.setattr(sys, "flags", SimpleNamespace(safe_path=False))
    assert helper_module.module_path() == os.pathsep.join(["/lib/python3.11", "/site-packages"])
    monkeypatch.setattr(sys, "flags", SimpleNamespace(safe_path=True))
    assert helper_module.module_path() == os.pathsep.join(["/work/here", "/lib/python3.11", "/site-packages"])


def test_a_helper_without_site_finds_this_newstui_and_its_libraries(tmp_path: Path) -> None:
    """Started as ``launch`` starts it (``-S -P``, this process's path), a helper imports this copy of newstui
    and the libraries it loads with, and nothing from the folder it runs in."""
    import subprocess

    (tmp_path / "httpx.py").write_text("raise SystemExit('the working folder was on the path')\n", encoding="utf-8")
    argv = helper_module.helper_argv("newstui.sources.prefetch")
    assert argv is not None and argv[1:3] == ["-S", "-P"]
    code = (
        "import sys, newstui, httpx, feedparser, arabic_reshaper, bidi, charset_normalizer\n"
        "import newstui.sources.prefetch, newstui.sources.parallel\n"
        "print(newstui.__file__, 'site' in sys.modules)\n"
    )
    done = subprocess.run(
        [*argv[:3], "-c", code],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": helper_module.module_path()},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    import newstui

    assert done.stdout.split() == [newstui.__file__, "False"]
