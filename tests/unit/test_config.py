"""config: the TOML config file read, checked key by key, and refused in one line when wrong."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newstui.config import CONFIG_KEYS, MAX_BYTES, Config, default_config_path, load_config
from newstui.errors import UsageError


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "config.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


class TestValues:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("", {}),
            ("# nothing set\n", {}),
            ('bidi = "terminal"', {"bidi": "terminal"}),
            ('layout = "rtl"', {"layout": "rtl"}),
            ('direction = "ltr"', {"direction": "ltr"}),
            ('sort = "newest"', {"sort": "newest"}),
            ("harakat = false", {"harakat": False}),
            ("hyperlinks = false", {"hyperlinks": False}),
            ("remember = false", {"remember": False}),
            ("timeout = 5", {"timeout": 5.0}),
            ("timeout = 2.5", {"timeout": 2.5}),
            ("refresh = 15", {"refresh": 15.0}),
            ("refresh = 0", {"refresh": 0.0}),
            ("refresh = 1.5", {"refresh": 1.5}),
            ('theme = "textual-light"', {"theme": "textual-light"}),
            (
                'bidi = "app"\nlayout = "ltr"\ndirection = "rtl"\nharakat = true\nremember = true\ntimeout = 30',
                {"bidi": "app", "layout": "ltr", "direction": "rtl"}
                | {"harakat": True, "remember": True, "timeout": 30.0},
            ),
        ],
        ids=[
            *("empty", "comment", "bidi", "layout", "direction", "sort"),
            *("harakat", "hyperlinks", "remember", "int-timeout", "timeout"),
            *("refresh", "refresh-off", "refresh-float", "theme", "all"),
        ],
    )
    def test_settings(self, tmp_path: Path, text: str, expected: dict[str, object]) -> None:
        path = write(tmp_path, text)
        assert load_config(path) == Config(path=path, **expected)  # type: ignore[arg-type]

    def test_a_byte_order_mark_and_crlf_line_ends(self, tmp_path: Path) -> None:
        """As a Windows editor saves it."""
        path = write(tmp_path, '\ufeffbidi = "app"\r\nsort = "newest"\r\n'.encode())
        assert load_config(path) == Config(path=path, bidi="app", sort="newest")

    def test_sources_keep_urls_and_place_paths(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """URLs stay as written; ``~`` is the home folder; a relative path is relative to the file's folder."""
        monkeypatch.setenv("HOME", "/home/reader")
        path = write(
            tmp_path,
            'sources = ["https://example.org/ar/rss.xml", "~/news/", "saved/story.txt", "/srv/feeds", " spaced.txt "]',
        )
        assert load_config(path).sources == (
            "https://example.org/ar/rss.xml",
            "/home/reader/news/",
            str(tmp_path / "saved" / "story.txt"),
            "/srv/feeds",
            str(tmp_path / "spaced.txt"),
        )

    def test_directions_place_their_sources_as_sources_does(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """[directions] keys are resolved as ``sources`` entries; the values are kept in the file's order."""
        monkeypatch.setenv("HOME", "/home/reader")
        path = write(
            tmp_path,
            '[directions]\n"https://example.org/en/rss.xml" = "ltr"\n"~/news/fa/" = "rtl"\n"saved" = "auto"\n',
        )
        assert load_config(path).directions == (
            ("https://example.org/en/rss.xml", "ltr"),
            ("/home/reader/news/fa/", "rtl"),
            (str(tmp_path / "saved"), "auto"),
        )

    def test_every_key_is_known(self, tmp_path: Path) -> None:
        text = (
            'sources = []\nbidi = "auto"\nlayout = "auto"\ndirection = "auto"\nsort = "loaded"\n'
            "harakat = true\nhyperlinks = true\nremember = true\ntimeout = 1\nrefresh = 0\n"
            'theme = "nord"\ndirections = {}'
        )
        assert set(CONFIG_KEYS) == {line.split(" = ")[0] for line in text.splitlines()}
        assert load_config(write(tmp_path, text)).path is not None


class TestRefused:
    @pytest.mark.parametrize(
        ("text", "says"),
        [
            ('colour = "red"', "unknown setting 'colour' (known: sources, bidi,"),
            ('[reader]\nbidi = "app"', "unknown setting 'reader'"),
            ('directions = ["feed.xml"]', "directions must be a table of sources and directions, not ['feed.xml']"),
            ('[directions]\n"feed.xml" = "up"', "directions: 'feed.xml' must be one of 'auto', 'rtl', 'ltr', not 'up'"),
            ('[directions]\n"feed.xml" = 1', "directions: 'feed.xml' must be one of 'auto', 'rtl', 'ltr', not 1"),
            ('[directions]\n" " = "rtl"', "directions: a source name is empty"),
            (
                '[directions.nested]\nx = "rtl"',
                "directions: 'nested' must be one of 'auto', 'rtl', 'ltr', not {'x': 'rtl'}",
            ),
            ('bidi = "rtl"', "bidi must be one of 'auto', 'app', 'terminal', not 'rtl'"),
            ("layout = 1", "layout must be one of 'auto', 'ltr', 'rtl', not 1"),
            ('direction = "up"', "direction must be one of 'auto', 'rtl', 'ltr', not 'up'"),
            ('sort = "oldest"', "sort must be one of 'loaded', 'newest', not 'oldest'"),
            ('harakat = "no"', "harakat must be true or false, not 'no'"),
            ("remember = 0", "remember must be true or false, not 0"),
            ('hyperlinks = "off"', "hyperlinks must be true or false, not 'off'"),
            ("timeout = 0", "timeout must be a number of seconds above 0, at most 3600; not 0"),
            ("timeout = -3", "timeout must be a number of seconds above 0, at most 3600; not -3"),
            ("timeout = inf", "timeout must be a number of seconds above 0, at most 3600; not inf"),
            ("timeout = nan", "timeout must be a number of seconds above 0, at most 3600; not nan"),
            ("timeout = 3601", "timeout must be a number of seconds above 0, at most 3600; not 3601"),
            ("timeout = 1e308", "timeout must be a number of seconds above 0, at most 3600; not 1e+308"),
            ("timeout = true", "timeout must be a number of seconds above 0, at most 3600; not True"),
            ('timeout = "20"', "timeout must be a number of seconds above 0, at most 3600; not '20'"),
            ("refresh = 0.5", "refresh must be 0 (never) or at least 1 minute, not 0.5"),
            ("refresh = -5", "refresh must be 0 (never) or at least 1 minute, not -5"),
            ("refresh = inf", "refresh must be 0 (never) or at least 1 minute, not inf"),
            ("refresh = nan", "refresh must be a number of minutes, not nan"),
            ("refresh = true", "refresh must be a number of minutes, not True"),
            ('refresh = "15"', "refresh must be a number of minutes, not '15'"),
            ("theme = 3", 'theme must be a theme\'s name such as "textual-light", not 3'),
            ('theme = "../x"', "theme must be a theme's name such as \"textual-light\", not '../x'"),
            ('sources = "feed.xml"', "sources must be a list of paths and web addresses, not 'feed.xml'"),
            ('sources = ["a", 2]', "sources must be a list of paths and web addresses"),
            ('sources = ["a", "  "]', "sources must be a list of paths and web addresses"),
            ("direction = \n", "not valid TOML: Invalid value (at line 1, column 13)"),
            ('bidi = "app"\nbidi = "terminal"\n', "not valid TOML: Cannot overwrite a value (at line 2"),
        ],
    )
    def test_one_line_naming_the_file(self, tmp_path: Path, text: str, says: str) -> None:
        path = write(tmp_path, text)
        with pytest.raises(UsageError) as caught:
            load_config(path)
        message = str(caught.value)
        assert message.startswith(f"config {path}: ")
        assert says in message
        assert "\n" not in message

    @pytest.mark.parametrize("opener", ["[", "{b = "], ids=["arrays", "inline-tables"])
    def test_deep_nesting_is_a_config_error(self, tmp_path: Path, opener: str) -> None:
        """500 nested arrays or inline tables (a 1 KB file) overflow tomllib's recursion: said as bad TOML."""
        closer = "]" if opener == "[" else "}"
        path = write(tmp_path, "a = " + opener * 500 + closer * 500)
        with pytest.raises(UsageError) as caught:
            load_config(path)
        assert str(caught.value) == f"config {path}: not valid TOML: nested too deeply"

    def test_a_long_value_is_cut_in_the_message(self, tmp_path: Path) -> None:
        with pytest.raises(UsageError) as caught:
            load_config(write(tmp_path, f'bidi = "{"x" * 500}"'))
        assert len(str(caught.value)) < 200 and "…" in str(caught.value)

    def test_escapes_in_a_value_never_reach_the_message(self, tmp_path: Path) -> None:
        with pytest.raises(UsageError) as caught:
            load_config(write(tmp_path, 'bidi = "\\u001b]0;pwned\\u0007"'))
        assert "\x1b" not in str(caught.value) and "\x07" not in str(caught.value)

    @pytest.mark.parametrize(
        ("make", "says"),
        [
            (lambda tmp: write(tmp, b"bidi = '\xff'"), "not UTF-8 text"),
            (lambda tmp: write(tmp, b"#" * (MAX_BYTES + 1)), "larger than 256 KiB"),
            (lambda tmp: tmp, "is a folder"),
        ],
        ids=["not-utf8", "too-large", "folder"],
    )
    def test_unreadable_files(self, tmp_path: Path, make: object, says: str) -> None:
        path = make(tmp_path)  # type: ignore[operator]
        with pytest.raises(UsageError, match=says):
            load_config(path)

    def test_a_pipe_is_refused_without_waiting_for_a_writer(self, tmp_path: Path) -> None:
        fifo = tmp_path / "config.toml"
        os.mkfifo(fifo)
        with pytest.raises(UsageError, match="not a regular file"):
            load_config(fifo)

    @pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of mode")
    def test_an_unreadable_file(self, tmp_path: Path) -> None:
        path = write(tmp_path, "")
        path.chmod(0)
        with pytest.raises(UsageError, match="ermission denied"):
            load_config(path)


class TestWhere:
    def test_missing_default_file_is_no_config(self, tmp_path: Path) -> None:
        assert load_config(tmp_path / "none.toml") == Config()

    def test_a_link_to_a_missing_file_is_an_error(self, tmp_path: Path) -> None:
        """A config.toml left linking to a file that is gone (dotfiles moved): one line, not a silent run on
        the bundled samples; a named one says the same."""
        link = tmp_path / "config.toml"
        link.symlink_to(tmp_path / "gone" / "config.toml")
        for required in (False, True):
            with pytest.raises(UsageError) as caught:
                load_config(link, required=required)
            assert str(caught.value) == f"config {link}: a symbolic link to a file that does not exist"

    def test_missing_named_file_is_an_error(self, tmp_path: Path) -> None:
        with pytest.raises(UsageError, match="no such file"):
            load_config(tmp_path / "none.toml", required=True)

    def test_dev_null_is_an_empty_config(self) -> None:
        assert load_config(Path(os.devnull), required=True) == Config(path=Path(os.devnull))

    @pytest.mark.parametrize(
        ("env", "expected"),
        [
            ({"XDG_CONFIG_HOME": "/cfg"}, "/cfg/newstui/config.toml"),
            ({"XDG_CONFIG_HOME": ""}, "~/.config/newstui/config.toml"),
            ({"XDG_CONFIG_HOME": "relative/dir"}, "~/.config/newstui/config.toml"),
            ({}, "~/.config/newstui/config.toml"),
        ],
    )
    def test_default_path_follows_xdg(self, env: dict[str, str], expected: str) -> None:
        """As platformdirs answers on Linux (an absolute XDG_CONFIG_HOME, else ~/.config)."""
        assert default_config_path(env) == Path(os.path.expanduser(expected))

    def test_default_path_is_platformdirs_answer(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        from platformdirs import user_config_path

        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
        assert default_config_path() == user_config_path("newstui") / "config.toml"
