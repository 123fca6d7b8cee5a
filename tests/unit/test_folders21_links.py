"""A bare file-name link finds the file whose name differs only in Unicode normalization (audit folders21 #3):
a name typed (NFC) and the file macOS wrote decomposed (NFD), and the other way round."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from newstui.corpus import resolve_links
from newstui.link_match import file_link_id, file_stories, linked_file
from newstui.model import Article, Link

NAME = "أخبار الإمارات-ماك.txt"  # (``أ`` and ``إ`` decompose: a hamza mark after the alef)
NFC = unicodedata.normalize("NFC", NAME)
NFD = unicodedata.normalize("NFD", NAME)
FOLDER = os.path.join(os.sep, "news", "nfc")


def test_the_two_forms_differ() -> None:
    assert NFC != NFD and len(NFD) > len(NFC)


def _story(name: str, link: str | None = None, number: int = 0) -> Article:
    related = (Link(link, None),) if link else ()
    return Article(
        id=f"s{number}",
        title=f"خبر رقم {number}",
        origin=os.path.join(FOLDER, name),
        paragraphs=("نص",),
        related=related,
    )


@pytest.mark.parametrize(("typed", "written"), [(NFC, NFD), (NFD, NFC), (NFC, NFC)], ids=["nfc-nfd", "nfd-nfc", "same"])
def test_a_file_name_link_finds_the_story_whatever_the_form(typed: str, written: str) -> None:
    target = _story(written, number=1)
    source = _story("روابط.txt", typed, number=2)
    link = source.related[0]
    assert file_link_id(link, source.origin, [source, target]) == "s1"
    assert file_stories([source, target]).get(linked_file(link, source.origin) or "") == "s1"


def test_a_generator_of_articles_is_looked_through_once_enough() -> None:
    """(``file_link_id`` may look twice: a generator given is kept for the second look.)"""
    target = _story(NFD, number=1)
    source = _story("روابط.txt", NFC, number=2)
    assert file_link_id(source.related[0], source.origin, (story for story in (source, target))) == "s1"


def test_the_json_target_of_a_file_name_link_to_an_nfd_file() -> None:
    """``--json``'s ``target`` (the corpus resolves file-name links as the reader follows them)."""
    source = _story("روابط.txt", NFC, number=2)
    target = _story(NFD, number=1)
    resolved = next(article for article in resolve_links([source, target]) if article.id == "s2")
    assert resolved.related[0].target == "s1"


def test_the_file_is_found_on_disk_under_its_other_form(tmp_path: Path) -> None:
    """The reader opens the file a link names when its story is not loaded: found under its decomposed name."""
    from newstui.link_match import existing_file

    (tmp_path / NFD).write_text("خبر\n\nنص الخبر.\n", encoding="utf-8")
    wanted = os.path.join(tmp_path, NFC)
    found = existing_file(wanted)
    assert found is not None and os.path.basename(found) == NFD and os.path.isfile(found)
    assert existing_file(os.path.join(tmp_path, "لا يوجد.txt")) is None
    assert existing_file(os.path.join(tmp_path, "missing.txt")) is None
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    assert existing_file(os.path.join(tmp_path, "plain.txt")) == os.path.join(tmp_path, "plain.txt")
