"""addresses: which addresses are web addresses, and what an address typed in the Open box names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newstui.addresses import (
    display_origin,
    is_url,
    is_web_url,
    known_spelling,
    opaque_scheme,
    shown_host,
    tampered_address,
    typed_address,
    without_password,
    without_userinfo,
)


@pytest.mark.parametrize(
    ("url", "web"),
    [
        ("https://example.org/news/1", True),
        ("http://example.org", True),
        ("HTTPS://EXAMPLE.ORG/A", True),
        ("https://", False),
        ("http://[::1", False),
        ("http://[evil]/", False),
        ("https:///path-only", False),
        ("ftp://example.org/file", False),
        ("file:///tmp/story.txt", False),
        ("javascript:alert(1)", False),
        ("example.org/news", False),
        ("/tmp/story.txt", False),
        ("", False),
        (None, False),
    ],
)
def test_is_web_url(url: str | None, web: bool) -> None:
    assert is_web_url(url) is web


@pytest.mark.parametrize(
    ("ref", "url"),
    [
        ("https://example.org/feed.xml", True),
        ("feed://example.org/rss", True),  # any scheme: reported as unsupported, not as a missing file
        ("svn+ssh://host/repo", True),
        ("http://[::1", True),  # malformed, but an address: it fails with its reason
        ("./a://b", False),  # a path holding "://"
        ("news/a://b.txt", False),
        ("://nothing", False),
        ("1http://x", False),
        ("مصدر://x", False),
        ("-", False),
        ("story.txt", False),
        ("/tmp/story.txt", False),
        ("javascript:alert(1)", False),
    ],
)
def test_is_url(ref: str, url: bool) -> None:
    """What the command line, the config file and the first frame take for an address rather than a path."""
    assert is_url(ref) is url


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://example.org/feed.xml", ("web", "https://example.org/feed.xml")),
        ("ftp://example.org/feed.xml", ("unsupported", "ftp://example.org/feed.xml")),
        ("https://", ("web", "https://")),  # loaded as one, it fails with its reason ("no host name")
        ("http://[::1", ("web", "http://[::1")),
        (" HTTPS://news.example/", ("web", " HTTPS://news.example/")),
        ("/tmp/news", ("local", "/tmp/news")),
        ("news/today.txt", ("local", "news/today.txt")),
        ("~/news", ("local", os.path.join(os.path.expanduser("~"), "news"))),
        ("javascript:alert(1)", ("unsupported", "javascript:alert(1)")),
        ("data:text/html,<b>x</b>", ("unsupported", "data:text/html,<b>x</b>")),
        ("notes:2024.txt", ("local", "notes:2024.txt")),
    ],
)
def test_typed_address(typed: str, expected: tuple[str, str]) -> None:
    assert typed_address(typed) == expected


def test_a_file_named_like_an_address_is_still_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a missing path is read as a scheme: an existing file called "data:x" opens as a file."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data:x").write_text("نص.")
    assert typed_address("data:x") == ("local", "data:x")


@pytest.mark.parametrize(
    ("reference", "scheme"),
    [
        ("javascript:alert(1)", "javascript"),
        ("JavaScript:void(0)", "javascript"),
        ("data:,hello", "data"),
        ("mailto:desk@example.org", "mailto"),
        ("file:/etc/passwd", "file"),
        ("feed:https://example.org/rss", "feed"),
        ("notes:2024.txt", None),
        ("story.txt", None),
        ("dir/javascript:x", None),
        ("-", None),
    ],
)
def test_opaque_scheme(reference: str, scheme: str | None) -> None:
    assert opaque_scheme(reference) == scheme


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:secret@127.0.0.1:8000/404", "http://user:***@127.0.0.1:8000/404"),
        ("https://u:p@example.org", "https://u:***@example.org"),
        ("https://u:p@example.org?q=1", "https://u:***@example.org?q=1"),
        ("https://u:p@example.org#top", "https://u:***@example.org#top"),
        ("https://u:p:q@example.org/x?y=@z", "https://u:***@example.org/x?y=@z"),
        ("https://token@example.org/feed", "https://token@example.org/feed"),  # a user name alone is no secret
        ("https://example.org/a@b:c", "https://example.org/a@b:c"),  # "@" in the path
        ("https://example.org?x=a:b@c", "https://example.org?x=a:b@c"),  # "@" in the query
        ("/home/me/a@b:c.txt", "/home/me/a@b:c.txt"),
        ("-", "-"),
    ],
    ids=["port", "no-path", "query", "fragment", "colon-in-password", "user-only", "path", "query-at", "file", "stdin"],
)
def test_without_password(url: str, shown: str) -> None:
    assert without_password(url) == shown


@pytest.mark.parametrize(
    ("url", "plain"),
    [
        ("http://user:secret@127.0.0.1:8000/404", "http://127.0.0.1:8000/404"),
        ("https://token@example.org/feed?a=b@c", "https://example.org/feed?a=b@c"),
        ("https://u:p:q@example.org", "https://example.org"),
        ("https://example.org/a@b:c", "https://example.org/a@b:c"),
        ("/home/me/a@b.txt", "/home/me/a@b.txt"),
    ],
    ids=["password", "user-only", "colon-in-password", "at-in-path", "file"],
)
def test_without_userinfo(url: str, plain: str) -> None:
    assert without_userinfo(url) == plain


@pytest.mark.parametrize(
    ("origin", "shown"),
    [
        ("/tmp/a\x1b[31mred\x07.txt", "/tmp/a␛[31mred␇.txt"),
        ("/tmp/x\u202e.txt", "/tmp/x.txt"),
        ("/tmp/bad\udcff.txt", "/tmp/bad\ufffd.txt"),
        ("http://me:pw@example.org/\x1b]8;;x\x07", "http://me:***@example.org/␛]8;;x␇"),
        ("news/مقالة.txt", "news/مقالة.txt"),
    ],
    ids=["escape", "bidi-override", "undecodable-byte", "password-and-escape", "arabic-name"],
)
def test_display_origin(origin: str, shown: str) -> None:
    """Origins are shown as one safe line: controls made visible, overrides dropped, passwords masked."""
    assert display_origin(origin) == shown


@pytest.mark.parametrize(
    ("typed", "known", "spelt"),
    [
        ("./news/a.txt", ["news"], "news/a.txt"),  # a file under a loaded folder, as the walk spells it
        ("news/./sub/b.txt", ["news/"], "news/sub/b.txt"),
        ("{root}/news/a.txt", ["news"], "news/a.txt"),  # an absolute path to the same file
        ("./news/", ["news"], "news"),  # the loaded folder itself
        ("news//sub", ["news"], "news/sub"),  # a folder under it
        ("./story.txt", ["story.txt"], "story.txt"),  # a loaded file
        ("link.txt", ["story.txt"], "story.txt"),  # a link to a loaded file
        ("news/a.txt", ["news/a.txt", "news"], "news/a.txt"),  # spelt as loaded already
        ("./news/a.txt", ["-", "https://news.example/news"], "./news/a.txt"),  # stdin and addresses are no paths
        ("./story.txt", ["other/"], "./story.txt"),  # nothing loaded names it
        ("./news/missing.txt", ["news"], "./news/missing.txt"),  # a missing file is left to fail as typed
        ("other/c.txt", ["news"], "other/c.txt"),
    ],
)
def test_known_spelling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, known: list[str], spelt: str
) -> None:
    """g of a story already loaded under another spelling names it as loaded (ids come from paths as given)."""
    (tmp_path / "news" / "sub").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    for name in ("news/a.txt", "news/sub/b.txt", "story.txt", "other/c.txt"):
        (tmp_path / name).write_text("خبر\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "story.txt")
    monkeypatch.chdir(tmp_path)
    assert known_spelling(typed.format(root=tmp_path), known) == spelt


@pytest.mark.parametrize(
    ("host", "shown"),
    [
        ("\u0430pple.com", "xn--pple-43d.com"),  # a Cyrillic а among Latin letters
        ("\u0430\u0440\u0440\u04cf\u0435.com", "xn--80ak6aa92e.com"),  # all Cyrillic, passing for apple
        ("\u03bf\u03c1\u03b5\u03bd.example", "xn--qxaqei.example"),  # Greek
        ("مثال.مصر", "مثال.مصر"),  # Arabic: as written
        ("café.example", "café.example"),  # accented Latin: as written
        ("newsمثال.example", "xn--news-35fx0pf.example"),  # mixed: IDNA refuses it, punycode shows it
        ("news.example", "news.example"),
    ],
)
def test_shown_host(host: str, shown: str) -> None:
    assert shown_host(host) == shown


@pytest.mark.parametrize(
    ("origin", "shown"),
    [
        ("http://\u0430pple.com/login", "http://xn--pple-43d.com/login"),
        ("https://reader:pw@\u0430pple.com:8080/a", "https://reader:***@xn--pple-43d.com:8080/a"),
        ("https://مثال.مصر/خبر", "https://مثال.مصر/خبر"),
        ("/home/\u0430pple/story.txt", "/home/\u0430pple/story.txt"),  # a path is no address
    ],
)
def test_display_origin_shows_look_alike_hosts_in_ascii(origin: str, shown: str) -> None:
    assert display_origin(origin) == shown


@pytest.mark.parametrize(
    ("url", "tampered"),
    [
        ("https://news.example/a/b?c=1#d", False),
        ("https://مثال.مصر/خبر", False),
        ("https://news.example/a b", False),  # a page's href may hold a space: a browser encodes it
        ("https://news.example/a\ufffdb", False),  # a mended reference: visible, no spoof
        ("https://news.example/good\x1b[31m", True),
        ("https://news.example/good\u241b[31m\u2407", True),  # the pictures the sanitizer made of ESC, BEL
        ("https://paypa\u200bl.com/x", True),  # a zero-width space: reads as paypal.com
        ("https://news.example/\u202eexe.txt", True),
        ("https://news.example/\x85", True),
        ("https://news.example/\u00a0x", True),
        ("https://news.example/\ue000", True),
    ],
    ids=["plain", "arabic", "space", "replacement", "esc", "control-pictures", "zwsp", "rlo", "c1", "nbsp", "private"],
)
def test_tampered_address(url: str, tampered: bool) -> None:
    assert tampered_address(url) is tampered


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("قصة محلية - http://127.0.0.1:8765/good\u241b[31m\u2407", "قصة محلية"),
        ("Other story https://paypa\u200bl.com/x", "Other story"),
    ],
)
def test_a_tampered_link_is_its_title_without_an_address(line: str, title: str) -> None:
    """In the plain-text format a link whose address holds an escape's picture or a zero-width space is
    listed by its title with no address: never fetched, its host never shown as another's."""
    from newstui.parse.plaintext_addresses import split_url

    assert split_url(line) == (title, None)


@pytest.mark.parametrize(
    ("names", "typed", "opened"),
    [
        # The escape newstui shows a hidden character with names the file that has it.
        (["abc\u202edef.txt", "abcdef.txt"], "abc\\u202edef.txt", "abc\u202edef.txt"),
        (["a\xa0b.txt"], "a\\xa0b.txt", "a\xa0b.txt"),
        (["x\U0001f600.txt"], "x\\U0001f600.txt", "x\U0001f600.txt"),
        # A file whose name holds the backslash itself comes first; nothing of either name: as typed.
        (["abc\\u202edef.txt", "abc\u202edef.txt"], "abc\\u202edef.txt", "abc\\u202edef.txt"),
        ([], "abc\\u202edef.txt", "abc\\u202edef.txt"),
        (["plain.txt"], "bad\\U99999999.txt", "bad\\U99999999.txt"),
        (["plain.txt"], "nul\\x00.txt", "nul\\x00.txt"),
    ],
    ids=["override", "nbsp", "astral", "literal-backslash-first", "neither", "past-unicode", "nul"],
)
def test_typed_address_reads_a_shown_path_s_escapes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str], typed: str, opened: str
) -> None:
    for name in names:
        (tmp_path / name).write_text("خبر\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert typed_address(typed) == ("local", opened)
