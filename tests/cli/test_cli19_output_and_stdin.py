"""Audit cli19: every output into a full disk is one line and status 2 (``--doctor``, ``--help``, ``--version`` as
``--print``); ``/dev/stdin`` with stdin closed is "stdin is closed", never one of newstui's own descriptors;
``--config ''`` is named ``''``; a URL's line break in an error line is shown as a file name's is (``␊``)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newstui import cli, stdin_input
from newstui.errors import shown_origin

STORY = "خبر قصير عن افتتاح حديقة جديدة في وسط المدينة.\n\nقال المسؤولون إن الحديقة تفتح أبوابها صباح الغد.\n"
FULL_DISK = "newstui: cannot write the output: no space left on device"
needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
linux_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc/self/fd")


def _newstui(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80"}
    env.pop("NEWSTUI_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "newstui", *args], env=env, timeout=60, check=False, stderr=subprocess.PIPE, **kwargs
    )


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(list(args), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@needs_dev_full
class TestFullDisk:
    """``> /dev/full``: one line and status 2, as ``--print`` and ``--json`` give (README's exit-code table)."""

    @pytest.mark.parametrize("args", [["--doctor"], ["--help"], ["--version"]], ids=lambda args: args[0])
    def test_one_line_and_status_2(self, args: list[str]) -> None:
        with open("/dev/full", "w") as full:
            proc = _newstui(args, stdout=full)
        assert (proc.returncode, proc.stderr.decode().splitlines()) == (2, [FULL_DISK])

    @pytest.mark.parametrize("args", [["--doctor"], ["--help"], ["--version"]], ids=lambda args: args[0])
    def test_a_writable_output_is_still_status_0(self, args: list[str]) -> None:
        proc = _newstui(args, stdout=subprocess.PIPE)
        assert (proc.returncode, proc.stderr) == (0, b"")
        assert proc.stdout.strip()

    @pytest.mark.parametrize("args", [["--doctor"], ["--help"]], ids=lambda args: args[0])
    def test_a_reader_that_stops_early_is_no_error(self, args: list[str]) -> None:
        """``newstui --help | head -c 1``: status 0 and nothing on stderr, as before."""
        reader, writer = os.pipe()
        os.close(reader)  # (the reader went away before the first byte: every write is EPIPE)
        try:
            proc = _newstui(args, stdout=writer)
        finally:
            os.close(writer)
        assert (proc.returncode, proc.stderr) == (0, b"")


class TestClosedStdin:
    """``<&-``: a path naming stdin is told as stdin is (``-: stdin is closed``), never as the descriptor that
    newstui itself opened on 0 (the event loop's epoll: "not a regular file (special file)")."""

    @pytest.mark.parametrize("path", ["/dev/stdin", "/dev/fd/0", "-"])
    @pytest.mark.parametrize("mode", ["--print", "--json"])
    def test_named_stdin_is_closed(self, path: str, mode: str) -> None:
        if path != "-" and not Path(path).parent.is_dir():
            pytest.skip(f"no {Path(path).parent}")
        proc = _newstui([mode, path], stdout=subprocess.PIPE, preexec_fn=lambda: os.close(0))
        assert proc.returncode == 2
        assert proc.stderr.decode().splitlines() == ["newstui: -: stdin is closed"]
        if mode == "--json":
            assert json.loads(proc.stdout)["errors"] == [{"origin": "-", "message": "stdin is closed"}]

    def test_the_other_sources_are_still_shown(self, tmp_path: Path) -> None:
        story = tmp_path / "story.txt"
        story.write_text(STORY, encoding="utf-8")
        proc = _newstui(["--json", str(story), "/dev/stdin"], stdout=subprocess.PIPE, preexec_fn=lambda: os.close(0))
        assert proc.returncode == 1
        assert len(json.loads(proc.stdout)["articles"]) == 1
        assert proc.stderr.decode().splitlines() == ["newstui: -: stdin is closed"]

    def test_the_null_device_is_still_itself(self) -> None:
        """``/dev/null`` (what descriptor 0 is held with) is not taken for stdin."""
        proc = _newstui(["--print", os.devnull], stdout=subprocess.PIPE, preexec_fn=lambda: os.close(0))
        assert proc.returncode == 2
        assert proc.stderr.decode().splitlines() == [f"newstui: {os.devnull}: not a regular file (a character device)"]

    def test_no_descriptor_of_newstui_lands_on_0(self) -> None:
        """Once held, descriptor 0 is the null device: an epoll (as asyncio's loop opens) or a file takes another."""
        script = (
            "import os, select, sys\n"
            "from newstui.stdin_input import hold_closed_stdin\n"
            "assert sys.stdin is None\n"
            "assert hold_closed_stdin() is True\n"
            "assert os.path.samestat(os.fstat(0), os.stat(os.devnull))\n"
            "poll = select.epoll() if hasattr(select, 'epoll') else None\n"
            "fd = os.open(os.devnull, os.O_RDONLY)\n"
            "assert fd != 0 and (poll is None or poll.fileno() != 0)\n"
            "assert hold_closed_stdin() is False\n"
            "print('ok')\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            preexec_fn=lambda: os.close(0),
            timeout=60,
            check=False,
        )
        assert proc.stdout == b"ok\n", proc.stderr.decode()


@linux_proc
class TestNamesStdin:
    def test_the_names_of_stdin(self, tmp_path: Path) -> None:
        link = tmp_path / "in"
        link.symlink_to("/dev/stdin")
        for path in ("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", f"/proc/{os.getpid()}/fd/0", str(link)):
            assert stdin_input.names_stdin(path), path

    def test_other_paths(self, tmp_path: Path) -> None:
        story = tmp_path / "story.txt"
        story.write_text(STORY, encoding="utf-8")
        for path in (str(story), os.devnull, "/dev/fd/1", "/dev/stdout", "", "a\0b", str(tmp_path / "missing")):
            assert not stdin_input.names_stdin(path), path

    def test_alias_when_closed(self) -> None:
        assert stdin_input.stdin_alias("/dev/stdin", piped=False, closed=True) == "-"
        assert stdin_input.stdin_alias(os.devnull, piped=False, closed=True) == os.devnull
        assert (
            stdin_input.stdin_alias("http://a.example/dev/stdin", piped=False, closed=True)
            == "http://a.example/dev/stdin"
        )


class TestEmptyConfigPath:
    def test_named_as_an_empty_path(self) -> None:
        """``--config ''`` (an unset variable's): named ``''`` as an empty source is, not ``.``."""
        status, out, err = _run("--config", "", "--print", "-")
        assert (status, out, err.splitlines()) == (2, "", ["newstui: config '': no such file"])


class TestControlsInAnAddress:
    """An address's control characters in an error line are shown as a file name's (``sanitize.visible_path``)."""

    @pytest.mark.parametrize(
        ("url", "shown"),
        [
            ("http://a.example/\nHost: evil", "http://a.example/␊Host: evil"),
            ("http://a.example/\x1b[31mred", "http://a.example/␛[31mred"),
            ("http://a.example/a\tb", "http://a.example/a␉b"),
            ("http://a.example/\u202eabc", "http://a.example/%E2%80%AEabc"),
            ("http://a.example/a\u200eb\xa0c", "http://a.example/a\\u200eb\\xa0c"),
            ("http://a.example/a\r\nb\u2028c", "http://a.example/a␊b␊c"),
            ("http://user:secret@a.example/\n", "http://user:***@a.example/␊"),
        ],
    )
    def test_shown_origin(self, url: str, shown: str) -> None:
        assert shown_origin(url) == shown

    def test_the_error_line(self) -> None:
        status, _, err = _run("--print", "http://a.example/\nHost: evil")
        assert status == 2
        assert err.splitlines() == ["newstui: http://a.example/␊Host: evil: URL contains control characters"]

    def test_json_keeps_its_form(self) -> None:
        """``--json`` gives origins as before (``addresses.display_origin``: one line, a break a space)."""
        status, out, _ = _run("--json", "http://a.example/\nHost: evil")
        assert status == 2
        assert json.loads(out)["errors"][0]["origin"] == "http://a.example/ Host: evil"
