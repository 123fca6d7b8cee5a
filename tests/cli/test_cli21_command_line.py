"""Audit cli21: Arabic file names in an ASCII locale reach the helper processes intact; sources and options in
any order; a stderr that cannot be written keeps the exit status; one file or folder under two spellings is
listed once."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newstui import cli
from newstui.cli_args import parse_arguments
from newstui.sources.helper import cores

STORY = "افتتاح مكتبة عامة في الحي القديم\n\nافتتحت البلدية صباح اليوم مكتبة عامة تضم آلاف الكتب للأطفال والكبار.\n"
OTHER = "موسم قطاف الزيتون يبدأ مبكرا\n\nبدأ المزارعون في القرى الجبلية قطاف الزيتون قبل موعده المعتاد بأسبوعين.\n"
ASCII_LOCALE = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}
needs_two_cores = pytest.mark.skipif(cores() < 2, reason="helper processes start only with a second core")
needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80", **extra}
    env.pop("NEWSTUI_DEBUG", None)
    return env


def _newstui(*args: str, env: dict[str, str] | None = None, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "newstui", *args],
        stdin=subprocess.DEVNULL,
        env=env or _env(),
        timeout=120,
        check=False,
        **kwargs,
    )


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(list(args), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def _origins(stdout: str) -> list[str]:
    return [article["origin"] for article in json.loads(stdout)["articles"]]


# --- #1: an ASCII locale (LC_ALL=C PYTHONUTF8=0) and Arabic file names ---------------------------------------


@needs_two_cores
def test_a_big_folder_of_arabic_names_loads_whole_in_an_ascii_locale(tmp_path: Path) -> None:
    """2,000 files named ``NNNN_خبر.txt`` (the folder helper's share starts at 2,000): every one is an article
    in ``--json`` under ``LC_ALL=C PYTHONUTF8=0``, none "no such file" (the helper ran with ASCII file names)."""
    folder = tmp_path / "أخبار"
    folder.mkdir()
    for number in range(2000):
        (folder / f"{number:04d}_خبر.txt").write_text(f"خبر رقم {number}\n\n{STORY}", encoding="utf-8")
    proc = _newstui("--json", str(folder), env=_env(**ASCII_LOCALE))
    assert proc.stderr.decode("utf-8", "replace") == ""
    assert proc.returncode == 0
    assert len(_origins(proc.stdout.decode())) == 2000


def test_an_arabic_named_file_in_json_in_an_ascii_locale(tmp_path: Path) -> None:
    """``--json 'خبر عاجل.txt'`` in an ASCII locale: the story, under its Arabic name."""
    story = tmp_path / "خبر عاجل.txt"
    story.write_text(STORY, encoding="utf-8")
    proc = _newstui("--json", str(story), env=_env(**ASCII_LOCALE))
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert _origins(proc.stdout.decode()) == [str(story)]


@needs_two_cores
def test_the_reader_opens_an_arabic_named_file_in_an_ascii_locale(tmp_path: Path) -> None:
    """The reader (on a pseudo-terminal) on ``خبر عاجل.txt`` under ``LC_ALL=C PYTHONUTF8=0`` opens and lists
    the story; it said "no such file" (status 2) when its prefetch helper ran with ASCII file names."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "e2e"))
    try:
        from pty_support import finish, read_until, spawn
    finally:
        sys.path.pop(0)
    story = tmp_path / "خبر عاجل.txt"
    story.write_text(STORY, encoding="utf-8")
    env = _env(TERM="xterm-256color", **ASCII_LOCALE)
    env.update(COLUMNS="100", LINES="30")  # (the pseudo-terminal's size)
    env.pop("TMUX", None)
    proc, terminal = spawn([sys.executable, "-m", "newstui", str(story)], env)
    try:
        shown = read_until(terminal, b"Articles", 30)
        os.write(terminal, b"q")
    finally:
        rest = finish(proc, terminal)
    assert b"no such file" not in shown + rest
    assert b"Articles" in shown
    assert proc.returncode == 0


def test_a_name_the_locale_cannot_encode_is_not_no_such_file(tmp_path: Path) -> None:
    """In a process whose file names are ASCII, ``stat_path('…/خبر.txt')`` says the name cannot be encoded (and
    how to run instead), not "no such file": the file is there."""
    story = tmp_path / "خبر.txt"
    story.write_text(STORY, encoding="utf-8")
    code = (
        "import sys\n"
        "from newstui.sources.local import stat_path\n"
        "try:\n"
        "    stat_path(sys.argv[1].encode('ascii').decode('unicode_escape'))\n"
        "except Exception as error:\n"
        "    print(type(error).__name__, error)\n"
    )
    escaped = str(story).encode("unicode_escape").decode("ascii")
    proc = subprocess.run(
        [sys.executable, "-c", code, escaped], capture_output=True, env=_env(**ASCII_LOCALE), timeout=60, check=False
    )
    assert proc.stdout.decode().strip() == (
        "SourceError the file name cannot be encoded in this locale (ascii): set a UTF-8 locale or PYTHONUTF8=1"
    )


# --- #2: sources after options ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "sources", "options"),
    [
        (["a.txt", "-p", "b.txt"], ["a.txt", "b.txt"], {"print": True}),
        (["a.txt", "--json", "folder"], ["a.txt", "folder"], {"json": True}),
        (["-p", "a.txt", "-w", "40", "b.txt"], ["a.txt", "b.txt"], {"print": True, "width": 40}),
        (["a.txt", "--no-harakat", "b.txt", "--sort", "newest", "c.txt"], ["a.txt", "b.txt", "c.txt"], {}),
        (["--", "-a.txt"], ["-a.txt"], {}),
        (["-p", "--", "-a.txt", "--json"], ["-a.txt", "--json"], {"print": True}),
        (["-p", "a.txt", "--", "-b.txt", "--", "c.txt"], ["a.txt", "-b.txt", "--", "c.txt"], {"print": True}),
        (["-p", "--"], [], {"print": True}),
        (["-5"], ["-5"], {}),
    ],
)
def test_sources_and_options_in_any_order(argv: list[str], sources: list[str], options: dict[str, object]) -> None:
    """Sources before, between and after options are all sources, in their order; ``--`` still ends the options."""
    args = parse_arguments(argv)
    assert args.sources == sources
    for name, value in options.items():
        assert getattr(args, name) == value


def test_a_file_after_print_is_printed(tmp_path: Path) -> None:
    """``newstui b.txt -p a.txt``: both stories printed, status 0 (it was "unrecognized arguments: a.txt")."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(STORY, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    status, out, err = _run(str(second), "--json", str(first))
    assert (status, err) == (0, "")
    assert _origins(out) == [str(second), str(first)]


def test_an_unknown_option_among_sources_is_still_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """``newstui a.txt --jsn b.txt``: one line naming the option with its close match, status 2."""
    with pytest.raises(SystemExit) as stop:
        parse_arguments(["a.txt", "--jsn", "b.txt"])
    assert stop.value.code == 2
    told = capsys.readouterr().err
    assert told.startswith("newstui: unrecognized arguments: --jsn")
    assert told.endswith("(did you mean --json? see newstui --help)\n")


# --- #3: a stderr that cannot be written --------------------------------------------------------------------------


class _FullStream(io.StringIO):
    """A stderr on a full disk: every write fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize(
    "args",
    [["-p", "/nonexistent/cli21.txt"], ["--bidi", "xx", "-p", "/nonexistent/cli21.txt"]],
    ids=["missing", "usage"],
)
def test_a_full_stderr_keeps_status_2_in_process(args: list[str]) -> None:
    status = cli.run(args, out=io.StringIO(), err=_FullStream())
    assert status == 2


@needs_dev_full
@pytest.mark.parametrize(
    ("args", "full_stdout"),
    [
        (["-p", "/nonexistent/cli21.txt"], False),
        (["--bidi", "xx", "-p", "/nonexistent/cli21.txt"], False),
        (["--json", "STORY"], True),
    ],
    ids=["nothing-loaded", "usage-error", "output-not-written"],
)
def test_stderr_into_a_full_disk_keeps_status_2(tmp_path: Path, args: list[str], full_stdout: bool) -> None:
    """``2>/dev/full`` (a cron log on a full disk): status 2 as with a writable stderr, not Python's 1."""
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    args = [str(story) if arg == "STORY" else arg for arg in args]
    with open("/dev/full", "w") as full:
        proc = _newstui(*args, stderr=full, stdout=full if full_stdout else subprocess.PIPE)
    assert proc.returncode == 2


@needs_dev_full
def test_stderr_into_a_full_disk_keeps_status_1_and_the_output(tmp_path: Path) -> None:
    """A missing file among good ones with ``2>/dev/full``: the JSON of the good one is written, status 1."""
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    with open("/dev/full", "w") as full:
        proc = _newstui("--json", str(story), str(tmp_path / "gone.txt"), stderr=full)
    assert proc.returncode == 1
    assert _origins(proc.stdout.decode()) == [str(story)]


# --- #5: one file or folder under two spellings --------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "1.txt").write_text(STORY, encoding="utf-8")
    (folder / "2.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_a_folder_under_two_spellings_is_listed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``news ./news``: each story once, under the first spelling."""
    _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    status, out, _err = _run("--json", "news", "./news", str(tmp_path / "news"))
    assert status == 0
    assert _origins(out) == ["news/1.txt", "news/2.txt"]


def test_a_file_under_two_spellings_or_a_link_is_listed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``news/1.txt $PWD/news/1.txt`` and a symbolic link to it: one story, named as first given."""
    folder = _folder(tmp_path)
    (tmp_path / "link.txt").symlink_to(folder / "1.txt")
    monkeypatch.chdir(tmp_path)
    status, out, _err = _run("--json", "news/1.txt", str(folder / "1.txt"), "link.txt")
    assert status == 0
    assert _origins(out) == ["news/1.txt"]


def test_a_file_of_a_folder_named_otherwise_is_the_folders_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``$PWD/news/2.txt news`` and ``news $PWD/news/2.txt``: the file is spelt as the folder's walk spells it, so
    its story is listed once."""
    folder = _folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    status, out, _err = _run("--json", str(folder / "2.txt"), "news")
    assert (status, _origins(out)) == (0, ["news/2.txt", "news/1.txt"])
    status, out, _err = _run("--json", "news", str(folder / "2.txt"))
    assert (status, _origins(out)) == (0, ["news/1.txt", "news/2.txt"])


def test_distinct_sources_keeps_what_it_cannot_resolve(tmp_path: Path) -> None:
    """Missing paths, addresses and ``-`` stay as given, in place, a missing path's repeats included (each
    spelling's error is told); an address written again as before is fetched once (its failure told once)."""
    from newstui.addresses import distinct_sources

    gone = str(tmp_path / "gone.txt")
    refs = [gone, "./" + os.path.relpath(gone), "-", "https://example.org/a", "https://example.org/b"]
    assert distinct_sources(refs) == refs
    assert distinct_sources([*refs, "https://example.org/a"]) == refs
    assert distinct_sources(["https://example.org/a", "https://example.org/a"]) == ["https://example.org/a"]
    assert distinct_sources([str(tmp_path)]) == [str(tmp_path)]
