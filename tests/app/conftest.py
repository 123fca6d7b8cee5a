"""Fixtures for the Pilot and snapshot tests: small original stories, an app factory, deterministic runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest
from app_stories import STORIES, make_corpus
from textual.widgets import Input

from newstui.model import Article
from newstui.settings import Settings
from newstui.terminal import BidiSetup


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Inputs never blink, so screenshots are deterministic."""
    original = Input.__init__

    def init(self: Input, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.cursor_blink = False

    monkeypatch.setattr(Input, "__init__", init)
    yield


@pytest.fixture
def opened_urls() -> list[str]:
    """URLs the app handed to the browser."""
    return []


@pytest.fixture
def make_app(opened_urls: list[str]) -> Callable[..., Any]:
    """Build the app through the real factory with the given articles and settings."""
    from newstui.ui.app import create_app

    def build(articles: Iterable[Article] = STORIES, **settings: Any) -> Any:
        settings.setdefault("bidi", BidiSetup(mode="app"))
        corpus = make_corpus(articles)
        app = create_app(Settings(**settings), corpus=corpus, open_url=opened_urls.append)
        app.animation_level = "none"
        return app

    return build


@pytest.fixture
def notes() -> list[Any]:
    """Notifications the app posted (filled by ``hook``)."""
    return []


@pytest.fixture
def hook(notes: list[Any]) -> Callable[[Any], None]:
    """A ``run_test`` message hook that records every notification."""
    from textual.notifications import Notify

    def record(message: Any) -> None:
        if isinstance(message, Notify):
            notes.append(message.notification)

    return record
