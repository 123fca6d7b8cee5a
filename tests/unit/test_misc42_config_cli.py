"""Config and command-line refusals (misc42): a 5,000-digit integer in the config file is a config error, not a
crash (audit security42 #1); a source under an unknown user's home (audit cli42 #1); relative XDG folders are
ignored (cli42 #2); --doctor with options it does not use, an empty --bidi and a huge -w (cli42 #3)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newstui.cli import run
from newstui.cli_args import parse_arguments
from newstui.config import default_config_path, load_config
from newstui.errors import UsageError

_STORY = "المطر يعود إلى المدينة\n\nهطلت أمطار غزيرة على المدينة مساء أمس بعد أسابيع من الجفاف.\n"


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("timeout = " + "1" * 5000, "timeout is a number of more than 4,300 digits (at line 1)"),
        ("refresh = " + "2" * 4400 + "\n", "refresh is a number of more than 4,300 digits (at line 1)"),
        (
            'bidi = "app"\nx = [\n ' + "3" * 5000 + "]\n",
            "not valid TOML: a number of more than 4,300 digits (at line 3)",
        ),
    ],
    ids=["timeout", "refresh", "in-an-array"],
)
def test_a_huge_integer_is_a_config_error(tmp_path: Path, text: str, says: str) -> None:
    path = _config(tmp_path, text)
    with pytest.raises(UsageError) as caught:
        load_config(path)
    assert str(caught.value) == f"config {path}: {says}"


def test_a_huge_integer_exits_2_with_one_line(tmp_path: Path) -> None:
    path = _config(tmp_path, "timeout = " + "1" * 5000 + "\n")
    story = tmp_path / "s.txt"
    story.write_text(_STORY, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run(["--config", str(path), "--json", str(story)], out=out, err=err) == 2
    assert err.getvalue().count("\n") == 1 and "timeout" in err.getvalue() and "ValueError" not in err.getvalue()


@pytest.mark.parametrize("key", ["sources", "directions"])
def test_a_source_under_an_unknown_users_home(tmp_path: Path, key: str) -> None:
    text = 'sources = ["~nosuchuser42x/news/"]' if key == "sources" else '[directions]\n"~nosuchuser42x/a" = "rtl"'
    path = _config(tmp_path, text)
    with pytest.raises(UsageError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"config {path}: no such user: ~nosuchuser42x (in ")
    assert str(tmp_path / "~nosuchuser42x") not in str(caught.value)


def test_relative_xdg_folders_are_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newstui.read_log import default_path
    from newstui.sources.folder_cache import cache_folder
    from newstui.theme_memory import theme_path

    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, "relative")
    assert default_config_path() == tmp_path / ".config" / "newstui" / "config.toml"
    assert theme_path().parent == tmp_path / ".local" / "state" / "newstui"
    assert default_path().parent == tmp_path / ".local" / "state" / "newstui"
    assert cache_folder() == tmp_path / ".cache" / "newstui" / "folders"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--doctor", "--json"], "argument --doctor: not allowed with --json"),
        (["--doctor", "s1.txt"], "argument --doctor: takes no source, not 's1.txt'"),
        (["s1.txt", "--doctor"], "argument --doctor: takes no source"),
        (["--doctor", "--", "s1.txt"], "argument --doctor: takes no source"),
        (["--doctor", "--no-harakat"], "argument --doctor: not allowed with --no-harakat"),
        (["--bidi", "", "--print", "s1.txt"], "argument --bidi: expected a mode, not ''"),
        (["--bidi= ", "--print", "s1.txt"], "argument --bidi: expected a mode, not ' '"),
        (["-w", "1" * 5000, "--print", "s1.txt"], "argument -w/--width: invalid int value: '111"),
    ],
    ids=[
        "doctor-json",
        "doctor-source",
        "source-doctor",
        "doctor-dashdash",
        "doctor-option",
        "bidi-empty",
        "bidi-blank",
        "huge-width",
    ],
)
def test_usage_errors(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        parse_arguments(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newstui: {says}") and err.count("\n") == 1 and len(err) < 200


@pytest.mark.parametrize(
    "argv", [["--doctor"], ["--doctor", "--bidi", "terminal"], ["--config", "c.toml", "--doctor"], ["-w", "60"]]
)
def test_what_still_parses(argv: list[str]) -> None:
    args = parse_arguments(argv)
    assert args.doctor == ("--doctor" in argv)
