"""A feed entry's audio or video (a ``media`` link): labelled as media, listed last, opened in the browser."""

from __future__ import annotations

from typing import Any

import pytest
from app_support import SIZE, reader

from newstui.model import Article, Link
from newstui.render_blocks import ordered_links
from newstui.ui.widgets.related_links import link_status

EPISODE = Article(
    id="episode",
    title="Harbour talk, episode 12",
    paragraphs=("The harbour master on the night ferry's return.",),
    origin="https://radio.example/feed.xml",
    url="https://radio.example/shows/12",
    direction="ltr",
    related=(
        Link("episode-12.mp3 (audio, 12 MB)", "https://cdn.example/ep12.mp3", kind="media"),
        Link("Night ferry returns", "https://news.example/ferry", kind="related"),
    ),
)


@pytest.mark.parametrize(
    ("link", "direction", "status"),
    [
        (Link("ep.mp3 (audio)", "https://cdn.example/ep.mp3", kind="media"), "ltr", "media: cdn.example"),
        (Link("حلقة.mp3 (صوت)", "https://cdn.example/ep.mp3", kind="media"), "rtl", "وسائط: cdn.example"),
        (Link("Ferry", "https://news.example/ferry"), "ltr", "web: news.example"),
        (Link("Ferry", None), "ltr", "not loaded"),
    ],
    ids=["media", "media-arabic", "web", "none"],
)
def test_the_line_under_a_media_link_says_media(link: Link, direction: Any, status: str) -> None:
    assert link_status(link, direction) == status


def test_media_links_come_after_the_related_stories() -> None:
    kinds = [link.kind for link in ordered_links(EPISODE)]
    assert kinds == ["related", "media"]


async def test_following_a_media_link_opens_it_in_the_browser(make_app: Any, opened_urls: list[str]) -> None:
    """The episode's mp3 goes to the browser (which hands it to a player) and the reader stays on the episode;
    the story link beside it is still fetched as a page (not handed to the browser)."""
    app = make_app([EPISODE])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.history.current == "episode"
        media = next(number for number, link in enumerate(screen.related.links, 1) if link.kind == "media")
        await pilot.press(str(media))
        await pilot.pause(0.2)
        assert opened_urls == ["https://cdn.example/ep12.mp3"]
        assert screen.history.current == "episode"
