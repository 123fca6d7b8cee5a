"""A related link to a page newstui does not read (a PDF, a picture) goes to the browser, against the local server."""

from __future__ import annotations

import time
from typing import Any

import pytest
from local_server import LocalServer

from newstui.corpus import Corpus
from newstui.model import Article, Link
from newstui.settings import Settings
from newstui.terminal import BidiSetup


def _story(url: str) -> Article:
    # An original story written for this test, with the full report behind its first link.
    return Article(
        id="report",
        title="تقرير الميزانية العامة للعام المقبل",
        paragraphs=("نشرت الوزارة تقريرها عن الميزانية.",),
        related=(Link("التقرير الكامل بصيغة PDF", url),),
    )


@pytest.mark.parametrize(
    ("path", "to_browser"),
    [("/doc.pdf", True), ("/image.png", True), ("/missing-page.html", False)],
    ids=["pdf", "picture", "missing"],
)
async def test_a_link_to_a_pdf_opens_in_the_browser(http_server: LocalServer, path: str, to_browser: bool) -> None:
    """Following the link fetches it, finds a type newstui does not read and hands the address to the browser,
    saying why; a page that is missing stays an error and nothing is opened. The reader stays on the story."""
    from textual.notifications import Notify

    from newstui.ui.app import create_app

    url = http_server.url(path)
    opened: list[str] = []
    app = create_app(Settings(bidi=BidiSetup(mode="app")), corpus=Corpus([_story(url)]), open_url=opened.append)
    app.animation_level = "none"
    notes: list[Any] = []

    def hook(message: Any) -> None:
        if isinstance(message, Notify):
            notes.append(message.notification)

    async with app.run_test(size=(110, 30), message_hook=hook) as pilot:
        await pilot.pause()
        await pilot.press("1")
        deadline = time.monotonic() + 20
        while not notes:
            assert time.monotonic() < deadline, "timed out"
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.current.id == "report"
        if to_browser:
            assert opened == [url]
            (note,) = notes
            assert note.severity == "information" and "in the browser: not a readable type" in note.message
        else:
            assert opened == []
            assert [note.severity for note in notes] == ["error"]
            related = app.screen.related
            start, height = related.item_span(0)
            status = related.item_row(0, height - 1, related.line_width)[0]
            # The link's line says it could not be opened (it said "ويب: host" as before it was tried), and why
            # where the pane has room for it.
            assert "ﺢﺘﻔﻟﺍ ﺭﺬﻌﺗ" in status and "ﺐﻳﻭ" not in status, status  # "تعذر الفتح" shaped, right to left
            await pilot.resize_terminal(160, 30)
            await pilot.pause()
            status = related.item_row(0, related.item_span(0)[1] - 1, related.line_width)[0]
            assert "ﺢﺘﻔﻟﺍ ﺭﺬﻌﺗ" in status and "HTTP 404" in status, status
