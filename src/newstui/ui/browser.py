"""Opening a web address in the user's browser: a graphical one from a thread, one in the terminal given it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from textual.app import App

__all__ = ["TEXT_BROWSERS", "open_in_browser", "run_in_terminal"]

TEXT_BROWSERS: Final = frozenset({"lynx", "w3m", "links", "links2", "elinks", "www-browser", "browsh", "carbonyl"})
"""Browsers that draw in the terminal, by the name ``webbrowser`` knows them by."""


def open_in_browser(
    app: App[Any], url: str, *, why: str | None = None, open_url: Callable[[str], object] | None = None
) -> None:
    """Hand an http(s) URL to the browser in ASCII (``webbrowser`` runs argv, never a shell) and say how it went
    (``why``: the reason it is not read here, told with it: ``not a readable type (application/pdf)``).

    The browser is looked for on a thread (``webbrowser``'s first look may run ``xdg-settings`` and search
    ``PATH``), and a graphical one is started there ("Opening …", and a warning if it could not be
    started); what is told, is told from there. A browser that runs in the terminal (lynx, w3m, …, or
    any on a machine without a display, where ``webbrowser`` falls back to one, perhaps through
    ``sensible-browser``) gets the terminal, on the app's thread: the reader is suspended until it ends,
    and ctrl+c pressed in it stays with it. No
    browser at all is a warning naming the ``BROWSER`` variable. The browser gets ``browser_target``'s form,
    without a user name or password; an address with no such form is not opened, and a warning says why.
    ``open_url``, if given (tests), is called instead of looking for a browser, on a thread.
    """
    from newstui.addresses import display_origin
    from newstui.hyperlinks import browser_target

    shown = display_origin(url)
    opening = f"Opening {shown}" + (f" in the browser: {why}" if why else "")
    # The browser gets the address in ASCII (an IDNA host, the rest percent-encoded): what it would
    # send anyway, and no look-alike letters for it to show as the address it opens; never a password.
    target, refused = browser_target(url)
    if target is None:
        app.notify(f"Not opened in the browser: {shown}: {refused}.", severity="warning", markup=False)
        return
    url = target
    if open_url is not None:  # given (tests): called as it is, on a thread
        app.run_worker(partial(open_url, url), thread=True, group="browser", exit_on_error=False)
        app.notify(opening, markup=False)
        return
    failed = f"The browser could not be started for {shown}."

    def start() -> None:
        # On a thread: webbrowser's first look for a browser may run xdg-settings and search PATH many times.
        import webbrowser  # imported on first use: it pulls in shlex and subprocess helpers

        try:
            browser = webbrowser.get()
        except webbrowser.Error:
            none = "No web browser was found (set the BROWSER variable to one)."
            app.call_from_thread(
                app.notify, f"{shown}: {why}. {none}" if why else none, severity="warning", markup=False
            )
            return
        if _in_terminal(browser):  # the terminal is handed over on the app's own thread
            if not app.call_from_thread(run_in_terminal, app, partial(browser.open, url)):
                app.call_from_thread(app.notify, failed, severity="warning", markup=False)
            return
        app.call_from_thread(app.notify, opening, markup=False)
        if not browser.open(url):
            app.call_from_thread(app.notify, failed, severity="warning", markup=False)

    app.run_worker(start, thread=True, group="browser", exit_on_error=False)


def run_in_terminal(app: App[Any], run: Callable[[], object]) -> bool:
    """Run ``run`` with the terminal handed over (``app`` suspended); whether it reported success.

    ctrl+c typed in the program reaches the reader too (one process group): while it runs, the
    reader lets it pass rather than end.
    """
    import signal

    from textual.app import SuspendNotSupported

    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: None)  # a handler: reset at exec
    try:
        with app.suspend():
            return bool(run())
    except SuspendNotSupported:
        return False
    finally:
        signal.signal(signal.SIGINT, previous)


def _text_browser(browser: object) -> bool:
    """Whether ``webbrowser`` picked a browser known to run in the terminal, by its name."""
    import os

    name = getattr(browser, "name", "") or ""
    return os.path.basename(name.split()[0] if name.split() else "") in TEXT_BROWSERS


def _in_terminal(browser: object) -> bool:
    """Whether the browser will draw in this terminal: a text browser, or any browser on a machine without
    a display (X11 or Wayland; macOS and Windows always have one), where only a text one can run."""
    import os

    if _text_browser(browser):
        return True
    if sys.platform in ("darwin", "win32"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
