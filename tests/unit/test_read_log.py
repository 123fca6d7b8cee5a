"""The log of stories read across runs: story keys, a tolerant load, an atomic capped save."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from newstui import read_log
from newstui.errors import OutputError
from newstui.model import Article
from newstui.read_log import ReadLog, ReadMarks, story_keys


def story(
    title: str = "افتتاح معرض الكتاب في بغداد", *, url: str | None = None, source: str | None = "وكالة"
) -> Article:
    return Article(id="x-0", title=title, paragraphs=("نص.",), source=source, url=url)


class TestStoryKeys:
    @pytest.mark.parametrize(
        ("left", "right"),
        [
            (story(url="https://news.example/a/"), story(url="http://NEWS.example/a#top")),
            (story("افتتاح معرض الكتاب في بغداد"), story("اِفْتِتَاحُ مَعْرِضِ الكِتَابِ فِي بَغْدَادَ")),
            (story("Book Fair Opens"), story("book  fair opens")),
        ],
        ids=["url-variants", "harakat", "case-and-spaces"],
    )
    def test_same_story(self, left: Article, right: Article) -> None:
        assert set(story_keys(left)) & set(story_keys(right))

    @pytest.mark.parametrize(
        ("left", "right"),
        [
            (story(url="https://news.example/a"), story("عنوان آخر", url="https://news.example/b")),
            (story(source="وكالة"), story(source="إذاعة")),
            (story("معرض الكتاب"), story("معرض الزهور")),
        ],
        ids=["other-url-and-title", "same-title-other-source", "other-title"],
    )
    def test_other_story(self, left: Article, right: Article) -> None:
        assert not set(story_keys(left)) & set(story_keys(right))

    def test_a_url_adds_a_key_and_a_stub_matches_its_full_article(self) -> None:
        """A folder file listed by title (no URL yet) is known by the title key its parsed article also has."""
        full, stub = story(url="https://news.example/a"), story()
        assert len(story_keys(full)) == 2 and len(story_keys(stub)) == 1
        log = ReadLog(None)
        log.add(full)
        assert log.has(stub)

    def test_a_story_with_an_address_is_known_by_it_alone(self) -> None:
        """A daily "Morning briefing" under a new address was not read because yesterday's was; a story
        without an address is known by its title and source."""
        log = ReadLog(None)
        log.add(story("Morning briefing", url="https://news.example/briefing-1130"))
        assert log.has(story("Morning briefing", url="https://news.example/briefing-1130/"))
        assert not log.has(story("Morning briefing", url="https://news.example/briefing-1201"))
        assert log.has(story("Morning briefing"))

    def test_keys_are_short_hex(self) -> None:
        """Two keys (title and source, address), each KEY_CHARS lower-case hex digits, told apart."""
        keys = story_keys(story(url="https://a.b/"))
        assert len(keys) == 2 and keys[0] != keys[1]
        for key in keys:
            assert len(key) == read_log.KEY_CHARS and set(key) <= set("0123456789abcdef"), key

    def test_keys_differ_by_story_and_agree_on_one_address_written_two_ways(self) -> None:
        """Another address or another title gives another key; the same address with a trailing slash or
        upper-case host gives the same one (the folded form)."""
        base = story_keys(story(url="https://news.example/a"))
        assert story_keys(story(url="https://news.example/b"))[1] != base[1]
        assert story_keys(story("افتتاح معرض الصور في الموصل", url="https://news.example/a"))[0] != base[0]
        for same in ("https://news.example/a/", "https://NEWS.example/a"):
            assert story_keys(story(url=same)) == base, same


class TestLoadAndSave:
    def test_round_trip(self, tmp_path: Path) -> None:
        path = tmp_path / "state" / "read.txt"
        log = ReadLog.load(path)
        assert len(log) == 0 and not log.dirty
        log.add(story(url="https://news.example/a"))
        log.save()
        again = ReadLog.load(path)
        assert again.has(story(url="https://news.example/a")) and not again.has(story("غيره", source=None))
        assert [p.name for p in path.parent.iterdir()] == ["read.txt"], "no temporary file is left"

    def test_two_readers_at_once_keep_both_their_stories(self, tmp_path: Path) -> None:
        path = tmp_path / "read.txt"
        first, second = ReadLog.load(path), ReadLog.load(path)
        first.add(story("قصة الأول", source=None))
        second.add(story("قصة الثاني", source=None))
        first.save()
        second.save()
        both = ReadLog.load(path)
        assert both.has(story("قصة الأول", source=None)) and both.has(story("قصة الثاني", source=None))

    def test_a_story_added_during_a_save_is_saved_by_the_next(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The reader saves on a thread: a story opened meanwhile keeps the log dirty, and the next save has it."""
        path = tmp_path / "read.txt"
        log = ReadLog.load(path)
        log.add(story("قصة أولى", source=None))
        real_replace = read_log.os.replace

        def replace_while_reading(source: str, target: object) -> None:
            log.add(story("قصة فتحت أثناء الحفظ", source=None))
            real_replace(source, target)  # type: ignore[arg-type]

        monkeypatch.setattr(read_log.os, "replace", replace_while_reading)
        log.save()
        monkeypatch.setattr(read_log.os, "replace", real_replace)
        assert log.dirty
        assert not ReadLog.load(path).has(story("قصة فتحت أثناء الحفظ", source=None))
        log.save()
        assert not log.dirty and ReadLog.load(path).has(story("قصة فتحت أثناء الحفظ", source=None))

    def test_nothing_added_writes_nothing(self, tmp_path: Path) -> None:
        path = tmp_path / "read.txt"
        ReadLog.load(path).save()
        assert not path.exists()

    @pytest.mark.parametrize(
        "content",
        [b"", b"not a key\n\xff\xfe garbage\n" + b"0123456789abcdeg\n", b"\x00" * 100],
        ids=["empty", "garbage", "binary"],
    )
    def test_a_damaged_file_is_an_empty_log(self, tmp_path: Path, content: bytes) -> None:
        path = tmp_path / "read.txt"
        path.write_bytes(content)
        assert len(ReadLog.load(path)) == 0

    def test_good_lines_survive_among_bad_ones(self, tmp_path: Path) -> None:
        key = story_keys(story())[0]
        path = tmp_path / "read.txt"
        path.write_bytes(b"# header\n\xff\n" + key.encode() + b"\nZZZ\n")
        assert ReadLog.load(path).has(story())

    def test_an_oversized_file_is_not_read(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(read_log, "_MAX_BYTES", 40)
        path = tmp_path / "read.txt"
        path.write_text("\n".join(story_keys(story()) * 10))
        assert len(ReadLog.load(path)) == 0

    @pytest.mark.parametrize(
        ("content", "kept"),
        [
            (b"My important notes\nline two\n", True),  # another file of that name
            (b"", False),  # empty: nothing to lose
            (b"# newstui: stories read (hashed keys, most recent last)\n\xff\n", False),  # the log, damaged
        ],
        ids=["foreign", "empty", "damaged-log"],
    )
    def test_a_file_that_is_not_the_log_is_never_replaced(self, tmp_path: Path, content: bytes, kept: bool) -> None:
        path = tmp_path / "read.txt"
        path.write_bytes(content)
        log = ReadLog.load(path)
        log.add(story())
        if kept:
            with pytest.raises(OutputError, match="not newstui's list of stories read"):
                log.save()
            assert path.read_bytes() == content and log.dirty
        else:
            log.save()
            assert ReadLog.load(path).has(story())

    def test_an_oversized_file_is_never_replaced(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(read_log, "_MAX_BYTES", 40)
        path = tmp_path / "read.txt"
        content = ("# newstui: stories read (hashed keys, most recent last)\n" + "x" * 100).encode()
        path.write_bytes(content)
        log = ReadLog.load(path)
        log.add(story())
        with pytest.raises(OutputError):
            log.save()
        assert path.read_bytes() == content

    def test_the_most_recent_keys_are_kept(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(read_log, "MAX_KEYS", 3)
        path = tmp_path / "read.txt"
        log = ReadLog.load(path)
        stories = [story(f"قصة رقم {n}", source=None) for n in range(5)]
        for item in stories:
            log.add(item)
        log.add(stories[0])  # read again: the most recent now
        log.save()
        kept = ReadLog.load(path)
        assert [kept.has(item) for item in stories] == [True, False, False, True, True]

    def test_a_failed_save_is_one_error_and_keeps_the_old_file(self, tmp_path: Path) -> None:
        blocker = tmp_path / "state"
        blocker.write_text("a file where the folder should be")
        log = ReadLog.load(blocker / "read.txt")
        log.add(story())
        with pytest.raises(OutputError) as caught:
            log.save()
        assert "cannot save the stories read" in str(caught.value) and "\n" not in str(caught.value)
        assert blocker.read_text() == "a file where the folder should be"
        assert log.dirty, "still to be saved"

    @pytest.mark.skipif(sys.platform != "linux", reason="platformdirs follows XDG on Linux")
    def test_default_path_is_in_the_state_folder(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
        assert read_log.default_path() == tmp_path / "newstui" / "read.txt"


class TestReadMarks:
    """What the panes ask: opened this session, or known to the log of earlier runs."""

    @staticmethod
    def corpus(*articles: Article) -> Any:
        from newstui.corpus import Corpus

        return Corpus(articles)

    def test_opened_in_this_session(self) -> None:
        first, second = story("الأولى", source=None), replace(story("الثانية", source=None), id="y-0")
        marks = ReadMarks(self.corpus(first, second))
        assert not marks.mark(first), "nothing to save without a log"
        assert marks.was_read(first.id) and not marks.was_read(second.id)

    def test_known_to_the_log_of_earlier_runs(self) -> None:
        earlier = ReadLog(None)
        read_before = story("قرأتها أمس", url="https://news.example/a")
        earlier.add(read_before)
        again = replace(read_before, id="z-3", origin="saved.html")  # the same story from another source
        fresh = replace(story("لم أقرأها", source=None), id="f-0")
        opened = replace(story("فتحتها الآن", source=None), id="o-0")
        marks = ReadMarks(self.corpus(again, fresh, opened))
        marks.mark(opened)  # before the log is loaded
        assert not marks.was_read(again.id)
        assert marks.adopt(earlier), "the log knew stories: the panes redraw"
        assert marks.was_read(again.id) and not marks.was_read(fresh.id) and marks.was_read(opened.id)
        assert earlier.has(opened), "what was opened before the log came is in it now"
        assert marks.mark(fresh) and earlier.has(fresh)

    def test_an_empty_log_asks_for_no_redraw(self) -> None:
        marks = ReadMarks(self.corpus(story()))
        marks.mark(story())
        assert not marks.adopt(ReadLog(None))
        assert marks.log is not None and len(marks.log) == 1

    def test_a_title_only_stub_is_asked_again_once_parsed(self) -> None:
        """A folder entry listed by title is not memoized: its parsed article may bring a URL the log knows."""
        earlier = ReadLog(None)
        earlier.add(story("عنوان آخر", url="https://news.example/a", source=None))
        stub = replace(story("عنوان الملف", source=None), indexed_only=True)
        corpus = self.corpus(stub)
        marks = ReadMarks(corpus)
        marks.adopt(earlier)
        assert not marks.was_read(stub.id)
        corpus.upgrade(replace(stub, indexed_only=False, url="https://news.example/a"))
        assert marks.was_read(stub.id)
