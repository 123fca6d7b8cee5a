"""The command line names a file whose name holds an invisible character with that character as its escape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """newstui in a subprocess, both streams decoded as UTF-8 (a lone surrogate as U+FFFD)."""
    proc = subprocess.run(
        [sys.executable, "-m", "newstui", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env={**os.environ, "NEWSTUI_BIDI": "", "COLUMNS": "80"},
        timeout=60,
        check=False,
    )
    out, err = (stream.decode("utf-8", "replace") for stream in (proc.stdout, proc.stderr))
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.parametrize(
    ("hidden", "escape"),
    [("\u202e", "\\u202e"), ("\u2067", "\\u2067"), ("\u200f", "\\u200f"), ("\n", "␊"), ("\u2028", "\\u2028")],
    ids=["rlo", "rli", "rlm", "newline", "line-separator"],
)
def test_a_missing_files_hidden_character_is_shown(tmp_path: Path, hidden: str, escape: str) -> None:
    """Two missing files, ``خبر.txt`` and ``خبر<RLO>.txt``: their error lines differ, each one line; ``--json``
    keeps giving the origin as it did (``display_origin``: sanitized, no escape added)."""
    plain, odd = tmp_path / "خبر.txt", tmp_path / f"خبر{hidden}.txt"
    proc = _run("--print", str(plain), str(odd))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [
        f"newstui: {plain}: no such file",
        f"newstui: {tmp_path}/خبر{escape}.txt: no such file",
    ]
    from newstui.addresses import display_origin

    listed = json.loads(_run("--json", str(odd)).stdout)["errors"]
    assert [error["origin"] for error in listed] == [display_origin(str(odd))]


def test_the_config_file_naming_failed_sources_is_shown_with_its_hidden_character(tmp_path: Path) -> None:
    """The line saying which config file listed the failed sources shows an RLO in its name as its escape."""
    config = tmp_path / "أخبار\u202e.toml"
    gone = tmp_path / "gone.txt"
    config.write_text(f'sources = ["{gone}"]\n', encoding="utf-8")
    proc = _run("--config", str(config), "--print")
    assert proc.stderr.splitlines() == [
        f"newstui: {gone}: no such file",
        f"newstui: (those sources are listed in {tmp_path}/أخبار\\u202e.toml)",
    ]


def test_an_empty_path_is_named_as_two_quotes(tmp_path: Path) -> None:
    """``newstui --print ''`` (an unset variable's path) names the empty path ``''``, not nothing before the colon."""
    proc = _run("--print", "")
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == ["newstui: '': no such file"]
