"""full_entry: a podcast or video entry, or a part of a page, keeps its own title and text; entries_note names
the first entry whose page gave no story."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newstui.model import Article, Link
from newstui.sources.web import entries_note, full_entry

_MP3 = Link("harbour-12.mp3 (audio, 12 MB)", "https://cdn.example/harbour-12.mp3", kind="media")
EPISODE = Article(
    id="feed-0",
    title="حلقة الميناء: العبارة الليلية تعود",
    paragraphs=("نتحدث مع ربان العبارة عن الرحلة الأولى.",),
    source="إذاعة الساحل",
    published="2026-11-29T18:00:00+00:00",
    url="https://radio.example/shows/harbour",
    origin="https://radio.example/feed.xml",
    related=(_MP3,),
    summary_only=True,
)
SHOW_PAGE = Article(
    id="page-0",
    title="برنامج الميناء",
    paragraphs=("برنامج أسبوعي عن حياة الميناء.", "يذاع كل أحد في السادسة مساء."),
    url="https://radio.example/shows/harbour",
    origin="https://radio.example/shows/harbour",
    related=(Link("حلقات سابقة", "https://radio.example/shows/harbour/archive"),),
)
EPISODE_PAGE = replace(
    SHOW_PAGE,
    title="حلقة الميناء: العبارة الليلية تعود",
    paragraphs=("نتحدث مع ربان العبارة عن الرحلة الأولى.", "وقال الربان إن البحر كان هادئا."),
    published="2026-11-29",
)
NEWS = Article(
    id="feed-1",
    title="Night ferry returns",
    paragraphs=("A short summary.",),
    source="Coast",
    url="https://coast.example/ferry",
    origin="https://coast.example/feed.xml",
    summary_only=True,
)
FERRY_PAGE = Article(
    id="page-1",
    title="Night ferry returns after two-year pause",
    paragraphs=("The night ferry sailed again.", "Tickets are sold on the quay."),
    origin="https://coast.example/ferry",
)
VIDEO = replace(NEWS, id="feed-2", title="Watch: the ferry leaves the quay", url="https://coast.example/ferry#video")

# (entry, page, shared) -> (title, paragraphs, summary_only, media links kept)
CASES = [
    pytest.param(EPISODE, SHOW_PAGE, False, (EPISODE.title, EPISODE.paragraphs, True), id="episode, show page"),
    pytest.param(
        EPISODE,
        EPISODE_PAGE,
        False,
        (EPISODE.title, (*EPISODE.paragraphs, "وقال الربان إن البحر كان هادئا."), False),
        id="episode, its own page adds paragraphs",
    ),
    pytest.param(
        replace(EPISODE, feed_content=True),
        EPISODE_PAGE,
        False,
        (EPISODE.title, EPISODE.paragraphs, True),
        id="episode with its whole text: the page adds nothing",
    ),
    pytest.param(VIDEO, FERRY_PAGE, True, (VIDEO.title, VIDEO.paragraphs, True), id="#video: a part of the page"),
    pytest.param(NEWS, FERRY_PAGE, True, (NEWS.title, NEWS.paragraphs, True), id="shared page, another headline"),
    pytest.param(
        replace(NEWS, title="Night ferry returns after two-year pause"),
        FERRY_PAGE,
        True,
        (FERRY_PAGE.title, FERRY_PAGE.paragraphs, False),
        id="shared page, its headline: the page",
    ),
    pytest.param(NEWS, FERRY_PAGE, False, (FERRY_PAGE.title, FERRY_PAGE.paragraphs, False), id="plain entry: the page"),
    pytest.param(
        replace(NEWS, title="Night ferry returns after two-year", related=(_MP3,)),
        FERRY_PAGE,
        False,
        ("Night ferry returns after two-year", (*NEWS.paragraphs, *FERRY_PAGE.paragraphs), False),
        id="entry with media, its page (a cut headline): adds paragraphs",
    ),
]


@pytest.mark.parametrize(("entry", "page", "shared", "expected"), CASES)
def test_an_entry_keeps_its_own_story(
    entry: Article, page: Article, shared: bool, expected: tuple[str, tuple[str, ...], bool]
) -> None:
    full = full_entry(entry, [page], shared=shared)
    assert full is not None
    assert (full.title, full.paragraphs, full.summary_only) == expected
    assert (full.id, full.url, full.origin) == (entry.id, entry.url, entry.origin)
    assert [link for link in full.related if link.kind == "media"] == [
        link for link in entry.related if link.kind == "media"
    ]
    if full.summary_only:
        assert full == entry


def test_two_entries_of_one_page_stay_two_stories() -> None:
    """An episode and its video (#video), both linking the show's page: two entries, their own titles."""
    video = replace(EPISODE, id="feed-5", title="حلقة الميناء بالصورة", url=EPISODE.url + "#video")
    first, second = (full_entry(entry, [SHOW_PAGE]) for entry in (EPISODE, video))
    assert first is not None and second is not None
    assert (first.title, second.title) == (EPISODE.title, video.title)
    assert first.paragraphs != SHOW_PAGE.paragraphs and second.paragraphs != SHOW_PAGE.paragraphs


_A = "https://coast.example/a"
NOTES = [
    pytest.param([], None, id="none"),
    pytest.param(
        [(_A, "HTTP 404 Not Found")],
        "1 entry's page gave no story (https://coast.example/a: HTTP 404 Not Found): the feed's summary is shown",
        id="one",
    ),
    pytest.param(
        [(_A, "HTTP 404 Not Found"), ("https://coast.example/v.mp4", "not a readable type (video/mp4)")],
        "2 entries' pages gave no story (https://coast.example/a: HTTP 404 Not Found; 1 more): "
        "the feed's summary is shown",
        id="two",
    ),
]


@pytest.mark.parametrize(("failures", "note"), NOTES)
def test_the_note_names_the_first_failure(failures: list[tuple[str, str]], note: str | None) -> None:
    assert entries_note([NEWS], failures) == note
    assert note is None or "\n" not in note


def test_the_note_is_one_line_cut_and_sanitized() -> None:
    """A long address is cut in its middle and a long reason at its end, as other failure lines; controls shown."""
    failures = [("https://coast.example/" + "x" * 300, "HTTP 500\x1b[31m Internal\nServer Error" + " !" * 100)] * 3
    note = entries_note([NEWS], failures)
    assert note is not None and note.isprintable()
    assert note.startswith("3 entries' pages gave no story (https://coast.example/xxx")
    assert note.endswith(" !…; 2 more): the feed's summary is shown")
    assert "␛[31m Internal Server Error" in note and note.count("…") == 2
    assert len(note) <= 360
