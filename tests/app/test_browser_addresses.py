"""The address the reader hands the browser: ASCII, never a user name or password; none when it has no safe form."""

from __future__ import annotations

from typing import Any

import pytest
from app_support import SIZE

from newstui.model import Article, Link

# An original episode written for this test: its enclosure's address carries a password and a space.
EPISODE = Article(
    id="episode",
    title="حلقة جديدة: أسواق الخضار في الصيف",
    paragraphs=("نتحدث في هذه الحلقة عن أسعار الخضار في أسواق المدينة.",),
    related=(Link("Episode audio", "http://u:p@127.0.0.1:18737/x y.mp3", kind="media"),),
)


@pytest.mark.parametrize(
    ("url", "opened", "note"),
    [
        ("http://user:pass@127.0.0.1:18737/png?x=1 2", "http://127.0.0.1:18737/png?x=1%202", "Opening"),
        ("https://محرر@مثال.example/صفحة", "https://xn--mgbh0fb.example/%D8%B5%D9%81%D8%AD%D8%A9", "Opening"),
        ("https://example.org/" + "a" * 40_000, None, "the address is too long"),
        ("https://exa mple.org/", None, "invalid host name"),
    ],
)
async def test_open_in_browser(
    url: str, opened: str | None, note: str, make_app: Any, opened_urls: list[str], hook: Any, notes: list[Any]
) -> None:
    app = make_app([EPISODE])
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await pilot.pause()
        app.open_in_browser(url)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert opened_urls == ([] if opened is None else [opened])
        assert len(notes) == 1 and note in notes[0].message
        assert "pass" not in notes[0].message
        if opened is None:
            assert notes[0].message.startswith("Not opened in the browser: ") and notes[0].severity == "warning"


async def test_a_media_link_with_a_password(make_app: Any, opened_urls: list[str]) -> None:
    """Following the enclosure hands the browser its address without the password, the space encoded."""
    app = make_app([EPISODE])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("1")
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert opened_urls == ["http://127.0.0.1:18737/x%20y.mp3"]
