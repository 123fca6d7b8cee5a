"""The read store behind m and A: stories marked read in bulk, unread again (here and in the file), counted."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from newstui.model import Article
from newstui.read_log import ReadLog, ReadMarks


def story(n: int, *, url: bool = True, indexed_only: bool = False) -> Article:
    return Article(
        id=f"s{n}",
        title=f"خبر رقم {n}",
        paragraphs=("نص.",),
        source="وكالة",
        url=f"https://news.example/{n}" if url else None,
        indexed_only=indexed_only,
    )


def corpus(*articles: Article) -> Any:
    from newstui.corpus import Corpus

    return Corpus(articles)


class TestReadLog:
    def test_add_many_is_one_change_and_remove_forgets_every_key(self, tmp_path: Path) -> None:
        path = tmp_path / "read.txt"
        log = ReadLog(path)
        stories = [story(n) for n in range(5)]
        assert log.add_many(stories) == 5
        assert len(log) == 10 and log.dirty
        log.save()
        log.remove(stories[0])
        assert not log.has(stories[0]) and len(log) == 8 and log.dirty
        log.save()
        again = ReadLog.load(path)
        assert not again.has(stories[0]) and all(again.has(one) for one in stories[1:])

    def test_a_removed_story_leaves_what_another_reader_saved(self, tmp_path: Path) -> None:
        path = tmp_path / "read.txt"
        first = story(1)
        theirs = ReadLog(path)
        theirs.add(first)
        theirs.save()
        ours = ReadLog.load(path)
        ours.remove(first)
        ours.add(story(2))
        ours.save()
        kept = ReadLog.load(path)
        assert not kept.has(first) and kept.has(story(2))

    def test_added_again_after_removed_is_saved(self, tmp_path: Path) -> None:
        path = tmp_path / "read.txt"
        log = ReadLog(path)
        log.add(story(1))
        log.remove(story(1))
        log.add(story(1))
        log.save()
        assert ReadLog.load(path).has(story(1))

    def test_nothing_added_is_no_change(self) -> None:
        log = ReadLog(None)
        assert log.add_many([]) == 0 and not log.dirty


class TestReadMarks:
    def test_unmark_overrides_the_log_and_mark_again(self) -> None:
        one, two = story(1), story(2)
        earlier = ReadLog(None)
        earlier.add_many([one, two])
        marks = ReadMarks(corpus(one, two))
        marks.adopt(earlier)
        assert marks.was_read(one.id) and marks.was_read(two.id)
        assert marks.unmark(one)
        assert not marks.was_read(one.id) and marks.was_read(two.id)
        assert not earlier.has(one)
        assert marks.mark(one) and marks.was_read(one.id) and earlier.has(one)

    def test_unmarked_before_the_log_is_loaded(self) -> None:
        one = story(1)
        earlier = ReadLog(None)
        earlier.add(one)
        marks = ReadMarks(corpus(one))
        assert not marks.unmark(one), "nothing to save without a log"
        marks.adopt(earlier)
        assert not marks.was_read(one.id) and not earlier.has(one)

    def test_mark_many_and_count(self) -> None:
        stories = [story(n) for n in range(6)]
        marks = ReadMarks(corpus(*stories))
        assert marks.count_unread(stories) == 6
        before = marks.changes
        marks.mark_many(stories[:4])
        assert marks.changes == before + 1
        assert marks.count_unread(stories) == 2
        marks.unmark_many(stories[:2])
        assert marks.count_unread(stories) == 4

    def test_count_within_a_budget_goes_on_where_it_stopped(self) -> None:
        stories = [story(n) for n in range(10)]
        earlier = ReadLog(None)
        earlier.add_many(stories[:3])
        marks = ReadMarks(corpus(*stories))
        marks.adopt(earlier)
        counts = [marks.count_unread(stories, budget=4) for _ in range(3)]
        assert counts == [None, None, 7], "4 looked up, then 8, then all 10"
        assert marks.count_unread(stories, budget=0) == 7, "all known now: no look-up"

    def test_a_title_only_entry_is_looked_up_once_per_entry(self) -> None:
        stub = story(1, url=False, indexed_only=True)
        earlier = ReadLog(None)
        earlier.add(replace(stub, indexed_only=False))
        cor = corpus(stub)
        marks = ReadMarks(cor)
        marks.adopt(earlier)
        assert marks.count_unread([stub], budget=1) == 0
        assert marks.count_unread([stub], budget=0) == 0, "remembered for this entry"
        cor.upgrade(replace(stub, indexed_only=False, url="https://news.example/other"))
        parsed = cor.get(stub.id)
        assert parsed is not None and not marks.was_read(parsed.id), "the parsed story is asked again"
