"""The command line on faulty feeds: a bad character reference, a feed cut short, a feed past the entry cap."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    from test_cli import run

    return run(*args)


def _rss(items: str) -> str:
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
    return f"{head}<channel><title>أخبار</title>{items}</channel></rss>"


def _item(title: str, body: str = "نص قصير.") -> str:
    return f"<item><title>{title}</title><description>{body}</description></item>"


@pytest.mark.parametrize("ref", ["&#xd800;", "&#x110000;", "&#99999999999999999999;", "&#X0DC00;"])
def test_bad_reference_keeps_every_entry(tmp_path: Path, ref: str) -> None:
    """Exit 0, both entries, the bad reference as U+FFFD (it was exit 2 and no entry)."""
    path = tmp_path / "in.rss"
    path.write_text(_rss(_item("Good item") + _item(f"Bad {ref} item")), "utf-8")
    proc = _run("--json", str(path))
    assert (proc.returncode, proc.stderr) == (0, "")
    document = json.loads(proc.stdout)
    assert [a["title"] for a in document["articles"]] == ["Good item", "Bad \ufffd item"]
    assert document["errors"] == []


@pytest.mark.parametrize(
    ("items", "cut", "count", "message"),
    [
        (3, "نص الخبر 2", 3, "the feed ends early (not well-formed XML): 3 entries read, the last may be incomplete"),
        (2001, None, 2000, "a feed of 2,001 entries: only the first 2,000 are shown"),
    ],
    ids=["cut-short", "past-the-cap"],
)
def test_a_feed_that_is_not_all_shown_is_told(
    tmp_path: Path, items: int, cut: str | None, count: int, message: str
) -> None:
    """--json lists the note under "errors", --print tells it on stderr; both exit 1 (some of the source
    failed, the rest is shown), as for a list of feeds past its cap."""
    text = _rss("".join(_item(f"Item {i}", f"نص الخبر {i} في المدينة.") for i in range(items)))
    path = tmp_path / "feed.rss"
    path.write_text(text[: text.index(cut) + len(cut) + 3] if cut else text, "utf-8")
    proc = _run("--json", str(path))
    assert proc.returncode == 1
    document = json.loads(proc.stdout)
    assert len(document["articles"]) == count and document["articles"][0]["title"] == "Item 0"
    assert document["errors"] == [{"origin": str(path), "message": message}]
    assert proc.stderr == f"newstui: {path}: {message}\n"
    printed = _run("--print", str(path))
    assert (printed.returncode, printed.stderr) == (1, f"newstui: {path}: {message}\n")
    assert "Item 0" in printed.stdout


JSON_FEED_TEXT = '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "نشرة الحي",\n  "items": []\n}\n'


@pytest.mark.parametrize("how", ["file", "stdin"])
def test_a_json_feed_file_or_pipe_is_refused_in_one_line(tmp_path: Path, how: str) -> None:
    """A JSON Feed read from a file or stdin is refused as one (it was shown as a story of JSON lines)."""
    from test_cli import run

    path = tmp_path / "feed.json"
    path.write_text(JSON_FEED_TEXT, "utf-8")
    proc = run("--print", str(path)) if how == "file" else run("--print", stdin=JSON_FEED_TEXT.encode())
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().endswith(": a JSON Feed: newstui reads RSS and Atom feeds")
    assert proc.stderr.count("\n") == 1


def test_plain_json_is_still_read_as_text(tmp_path: Path) -> None:
    """Other JSON is not a JSON Feed: it is read as the text it is."""
    from test_cli import run

    path = tmp_path / "data.json"
    path.write_text('{"version": 2, "name": "قائمة"}\n', "utf-8")
    assert run("--print", str(path)).returncode == 0
