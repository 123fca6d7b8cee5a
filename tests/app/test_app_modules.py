"""The app's helpers live in modules of their own (ui.browser, ui.terminal_io, ui.panic): the browser's is loaded
on first use only, and the app reaches the others through their modules (where tests put stand-ins)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest


def test_making_the_app_loads_no_browser_code() -> None:
    """Building the reader app loads the panic helpers (its driver reads input leniently) but not the browser
    code, nor webbrowser or Rich's tracebacks: those are imported when first needed."""
    code = (
        "import sys\n"
        "from newstui.settings import Settings\n"
        "from newstui.ui.app import create_app\n"
        "create_app(Settings())\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert {"newstui.ui.app", "newstui.ui.panic", "newstui.ui.terminal_io"} <= loaded
    assert not {"newstui.ui.browser", "webbrowser", "rich.traceback"} & loaded


def test_the_driver_is_made_lenient_through_the_panic_module(make_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """``NewsApp.get_driver_class`` calls ``newstui.ui.panic.lenient_input`` as it is when the app is made (the
    end-to-end test of a panic replaces it there to put Textual's strict decoder back)."""
    from newstui.ui import panic

    drivers: list[type] = []
    monkeypatch.setattr(panic, "lenient_input", drivers.append)
    app = make_app()
    assert drivers == [app.driver_class]


def test_the_browser_code_is_reached_through_its_module(make_app: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """``NewsApp.open_in_browser`` hands the address, the reason and the app's own opener to
    ``newstui.ui.browser.open_in_browser``."""
    from newstui.ui import browser

    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        browser, "open_in_browser", lambda app, url, *, why, open_url: calls.append((app, url, why, open_url))
    )
    app = make_app()
    app.open_in_browser("https://news.example/ferry", why="not a readable type")
    assert calls == [(app, "https://news.example/ferry", "not a readable type", app._open_url)]
