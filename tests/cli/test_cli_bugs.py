"""A bug in newstui on one source is told as a bug (exit 70, one line, the traceback under NEWSTUI_DEBUG), never as
the source's own failure; a library's failure on a hostile document stays the source's (exit as before)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from helpers.bugs import inject_parser_bug
from newstui import cli
from newstui.errors import DEBUG_HINT

GOOD = "خبر تجريبي عن الطقس\n\nهذا نص تجريبي عن المطر في المدينة.\n"
BUGGY = "عنوان BUGGY\n\nنص الخبر.\n"


@pytest.fixture
def buggy_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain-text parser raises TypeError on a text holding ``BUGGY`` (a bug in newstui's own code)."""
    inject_parser_bug(monkeypatch)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """A file the buggy parser fails on, and a good story."""
    bug, good = tmp_path / "bug.txt", tmp_path / "good.txt"
    bug.write_text(BUGGY, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    return bug, good


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(list(args), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.usefixtures("buggy_parser")
@pytest.mark.parametrize("mode", ["--print", "--json"])
class TestBugOnASource:
    def test_alone_exits_70_with_one_line(
        self, files: tuple[Path, Path], mode: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The one source hits a bug: exit 70 (not 2, as for a missing file), one line saying it is unexpected
        and how to see where, no traceback."""
        monkeypatch.delenv("NEWSTUI_DEBUG", raising=False)
        status, _, err = _run(mode, str(files[0]))
        assert status == 70
        assert err.splitlines() == [
            f"newstui: {files[0]}: unexpected error: TypeError: an injected bug ({DEBUG_HINT})"
        ], err
        assert "Traceback" not in err

    def test_the_others_are_still_shown(
        self, files: tuple[Path, Path], mode: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """With a good source beside it, the good story is written all the same; the status is still 70."""
        monkeypatch.delenv("NEWSTUI_DEBUG", raising=False)
        status, out, err = _run(mode, "-w", "60", str(files[0]), str(files[1]))
        assert status == 70
        assert len(err.splitlines()) == 1 and "unexpected error: TypeError" in err
        if mode == "--json":
            document = json.loads(out)
            assert [article["title"] for article in document["articles"]] == ["خبر تجريبي عن الطقس"]
            assert document["errors"][0]["message"].startswith("unexpected error: TypeError")
        else:
            assert out.strip()

    def test_debug_shows_the_traceback(
        self, files: tuple[Path, Path], mode: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """NEWSTUI_DEBUG=1: the line, then the bug's traceback naming the function that raised, on stderr."""
        monkeypatch.setenv("NEWSTUI_DEBUG", "1")
        status, _, err = _run(mode, str(files[0]), str(files[1]))
        assert status == 70
        lines = err.splitlines()
        assert lines[0].startswith(f"newstui: {files[0]}: unexpected error: TypeError")
        assert "Traceback (most recent call last):" in err
        assert "in broken" in err and err.rstrip().endswith("TypeError: an injected bug")


@pytest.mark.parametrize("mode", ["--print", "--json"])
def test_a_source_s_own_failure_is_no_bug(files: tuple[Path, Path], mode: str, tmp_path: Path) -> None:
    """A missing file beside a good one is still exit 1 with its own reason (not 70, no hint)."""
    status, _, err = _run(mode, str(tmp_path / "missing.txt"), str(files[1]))
    assert status == 1
    assert "no such file" in err and DEBUG_HINT not in err


def test_a_folder_s_bad_file_does_not_stop_the_others(
    buggy_parser: None, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a folder, the file that hits a bug is told as one and the other file's story is still written."""
    monkeypatch.delenv("NEWSTUI_DEBUG", raising=False)
    status, out, err = _run("--json", str(files[0].parent))
    assert status == 70
    assert [article["title"] for article in json.loads(out)["articles"]] == ["خبر تجريبي عن الطقس"]
    assert err.splitlines() == [f"newstui: {files[0]}: unexpected error: TypeError: an injected bug ({DEBUG_HINT})"]


PAGE = (
    '<html lang="ar" dir="rtl"><head><title>خبر عن المطر</title></head><body><h1>خبر عن المطر</h1>'
    "<p>هطلت أمطار غزيرة على المدينة طوال الليل، وقالت الأرصاد إن الطقس سيتحسن غدا في أغلب المناطق.</p>"
    "<p>وأغلقت بعض الطرق في الصباح الباكر بسبب تجمع المياه، ثم فتحت بعد ساعات من العمل المتواصل.</p>"
    "</body></html>"
)
FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>'
    "<item><title>خبر أول للتجربة</title><link>http://127.0.0.1/a</link>"
    "<description>نص قصير للخبر الأول كتبته للتجربة.</description></item></channel></rss>"
)


def test_an_extractor_failure_on_a_page_is_the_page_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura raising on a page is a page problem: the page's own paragraphs are read instead (exit 0)."""
    import trafilatura

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("trafilatura broke on a hostile page")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    status, out, err = _run("--json", str(page))
    assert status == 0, err
    assert json.loads(out)["articles"][0]["title"] == "خبر عن المطر"


def test_a_feedparser_failure_is_the_feed_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """feedparser raising on a feed is the feed's failure (a ParseError: exit 2 when alone, no bug's hint)."""
    import feedparser

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("feedparser broke on a hostile feed")

    monkeypatch.setattr(feedparser, "parse", broken)
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED, encoding="utf-8")
    status, _, err = _run("--json", str(feed))
    assert status == 2, err
    assert DEBUG_HINT not in err


def test_an_unknown_bidi_mode_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, files: tuple[Path, Path]) -> None:
    """--bidi bogus and NEWSTUI_BIDI=bogus: the same one line and exit 2 as before (now a UsageError)."""
    status, _, err = _run("--print", "--bidi", "bogus", str(files[1]))
    assert (status, err) == (2, "newstui: unknown bidi mode 'bogus' (choose auto, app or terminal)\n")
    monkeypatch.setenv("NEWSTUI_BIDI", "bogus")
    status, _, err = _run("--print", str(files[1]))
    assert (status, err) == (2, "newstui: unknown bidi mode 'bogus' (choose auto, app or terminal)\n")
