"""NewsApp and create_app: the Textual application, its app-wide keys, the shared HTTP client and bidi mode."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Final

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import ScrollableContainer
from textual.notifications import Notify
from textual.screen import Screen

from newstui.terminal import terminal_gone
from newstui.text.rtl import BidiMode
from newstui.ui.screens.reader import ReaderScreen
from newstui.ui.terminal_io import bidi_around_suspend, write_suspended
from newstui.ui.widgets.article_view import ArticleView
from newstui.ui.widgets.line_list import LineList

if TYPE_CHECKING:
    import httpx
    from rich.console import RenderableType
    from textual.actions import ActionParseResult
    from textual.dom import DOMNode
    from textual.driver import Driver
    from textual.notifications import SeverityLevel
    from textual.worker import Worker

    from newstui.corpus import Corpus
    from newstui.settings import Settings
    from newstui.sources.options import LoadOptions
    from newstui.sources.prefetch import Prefetch

PALETTE_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Back", "Go back to the previous article (backspace, alt+left)", "back"),
    ("Forward", "Go forward again (alt+right)", "forward"),
    ("Next article", "Open the next article in the list (n)", "step(1)"),
    ("Previous article", "Open the previous article in the list (p)", "step(-1)"),
    ("Next unread story", "Open the next story not read yet in the list (N)", "step_unread(1)"),
    ("Previous unread story", "Open the previous story not read yet in the list (P)", "step_unread(-1)"),
    ("Filter articles", "Search the list; Arabic spelling variants match (/)", "filter"),
    ("Open in browser", "Open the article's web address (o)", "open_web"),
    ("Open address", "Open a web address (page, feed or list of feeds), a file or a folder (g)", "open_address"),
    ("Switch bidi mode", "Shape and reorder in newstui, or leave it to the terminal (b)", "toggle_bidi"),
    ("Show or hide harakat", "Draw or hide the vowel marks of Arabic text (h)", "toggle_harakat"),
    ("Reload", "Load the sources again: new stories on top of the list, edited files read again (r)", "reload"),
    ("Unread stories only", "List only the stories not read yet, or every story (u)", "toggle_unread"),
    ("Sort the list", "As loaded, or the newest first (s)", "toggle_sort"),
    ("Reading direction", "Article paragraphs: each one's own, right to left, left to right (d)", "cycle_direction"),
    ("Save the article", "As a text file that opens again in newstui (w)", "save_article"),
    ("Maximize pane", "Maximize or restore the focused pane (z)", "toggle_maximize"),
)
"""Command palette entries for the reader: (title, help, screen action)."""

_REPLACED_COMMANDS: Final = frozenset({"Keys", "Maximize"})
"""Textual's palette entries the reader's own replace ("Help", "Maximize pane")."""

TERMINAL_WATCH_SECONDS: Final = 1.0
"""How often the reader checks that its terminal is still there (``NewsApp.quit_if_terminal_gone``)."""
SAVE_WAIT: Final = 5.0
"""Seconds ``q`` waits for a story ``w`` is still writing before the reader closes."""
UNEXPECTED_STATUS: Final = 70
"""Exit status when the reader closed on a failure newstui did not expect (a bug): sysexits' EX_SOFTWARE."""
HANGUP_STATUS: Final = 129
"""Exit status when the terminal has gone away: as after SIGHUP (128 + 1)."""


NOTICE_KINDS_KEPT: Final = 64
"""Notifications of a ``kind`` remembered before those no longer shown are forgotten."""
ERROR_NOTICE_SECONDS: Final = 12.0
"""How long an error stays on screen (Textual's default, 5 s, is short for a line naming a source and why)."""


class NewsApp(App[None]):
    """The newstui reader. Build it with ``create_app``; the reader screen does the work.

    | Key | Action |
    | :- | :- |
    | ? or f1 | Help: every key |
    | q | Quit |
    | ctrl+c | Quit (exit status 130); in a text box it only copies |
    | ctrl+z | Suspend to the shell |
    | ctrl+p | Command palette |
    """

    CSS_PATH = "newstui.tcss"
    TITLE = "newstui"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "help", "Help", tooltip="Show every key", id="newstui.help"),
        Binding("q", "quit", "Quit", tooltip="Quit newstui", id="newstui.quit"),
        Binding(
            "ctrl+z",
            "suspend_process",
            "Suspend",
            show=False,
            tooltip="Suspend newstui to the shell (fg brings it back)",
            id="newstui.suspend",
        ),
    ]

    def __init__(
        self,
        settings: Settings,
        corpus: Corpus,
        *,
        open_url: Callable[[str], object] | None = None,
        prefetch: Prefetch | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.corpus = corpus
        self.bidi_mode: BidiMode = settings.bidi.mode
        """How text is drawn now: shaped and reordered by us (``app``) or left to the terminal."""
        self._open_url = open_url
        self._client: httpx.AsyncClient | None = None
        self._client_lock = asyncio.Lock()
        self.prefetch = prefetch
        """The helper loading the command line's URLs (``sources.prefetch``), if one was started."""
        self._reader: ReaderScreen | None = None
        self.unexpected_error: Exception | None = None
        """The first failure newstui did not expect, which closed the reader (see ``_handle_exception``)."""
        self._theme_chosen = False
        """The theme is the one the reader started with: a change from now on is the user's (remembered)."""
        self._notice_kinds: dict[str, str] = {}
        """The kind of each notification that tells a state (``notify``'s ``kind``), by its identity."""
        self._start_theme()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
        laid_out: bool = False,
        kind: str | None = None,
    ) -> None:
        """Textual's notify, the message's right-to-left words shaped and reordered (``notices.visual_message``)
        unless it is ``laid_out`` already (``notices.visual_notice``). Every line of the message and the title
        goes through the sanitizer first, whoever wrote them: no escape sequence reaches a toast. Markup is off
        unless a caller turns it on (messages quote untrusted text: a title's ``[b]`` stays two characters).

        ``kind`` names what the message tells: it replaces the notification of that kind still shown. Every notice
        that answers a key has one kind (``notices.KEY_FEEDBACK``), so ``d d h`` leaves one toast, saying what
        ``h`` did, not three.
        An error stays ``ERROR_NOTICE_SECONDS`` unless told otherwise (the list's title keeps the count of
        sources that failed after it goes)."""
        from newstui.text.sanitize import sanitize_line, sanitize_text

        title = sanitize_line(title)
        if timeout is None and severity == "error":
            timeout = ERROR_NOTICE_SECONDS
        if not laid_out:
            from newstui.ui.notices import visual_message

            message = sanitize_text(message)  # (keeps its line breaks and spaces)
            message = visual_message(self, message, mode=self.bidi_mode)
        if kind is None:
            super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
            return
        from textual.notifications import Notification

        notification = Notification(
            message, title, severity, self.NOTIFICATION_TIMEOUT if timeout is None else timeout, markup=markup
        )
        kinds = self._notice_kinds
        if len(kinds) >= NOTICE_KINDS_KEPT:  # the kinds of notifications gone (expired) are dropped
            shown = {note.identity for note in self._notifications}
            for identity in [identity for identity in kinds if identity not in shown]:
                del kinds[identity]
        kinds[notification.identity] = kind
        self.post_message(Notify(notification))

    def _on_notify(self, event: Notify) -> None:
        """Show a notification; one that says the same as one still shown replaces it (no stack of copies), and
        so does one of the same ``kind`` (``notify``)."""
        new = event.notification
        kinds = self._notice_kinds
        kind = kinds.get(new.identity)
        for shown in list(self._notifications):
            same = (shown.message, shown.title, shown.severity) == (new.message, new.title, new.severity)
            if same or (kind is not None and kinds.get(shown.identity) == kind):
                self._unnotify(shown, refresh=False)
                kinds.pop(shown.identity, None)
        super()._on_notify(event)

    def _handle_exception(self, error: Exception) -> None:
        """A failure newstui did not expect (a bug): the reader closes as Textual closes it, and the command line
        says it in one line with exit status 70 (``unexpected_error``), as for ``--print``; ``NEWSTUI_DEBUG=1``
        keeps Textual's traceback. Tests (``run_test``) still get the exception raised."""
        import os

        super()._handle_exception(error)
        if os.environ.get("NEWSTUI_DEBUG"):
            return
        if self.unexpected_error is None:
            self.unexpected_error = error
        self._exit_renderables.clear()  # Textual's traceback: not shown under the reader's one line
        self._return_code = UNEXPECTED_STATUS

    def panic(self, *renderables: RenderableType) -> None:
        """Textual's way out of a failure met outside ``_handle_exception`` (its input thread's, say) ends as
        any failure newstui did not expect: the reader closes, one line and status 70 (``unexpected_error``,
        named as ``panicked`` reads it), not Textual's traceback and status 0; ``NEWSTUI_DEBUG=1`` keeps
        the traceback (status 70 still)."""
        import os

        super().panic(*renderables)
        if self._return_code in (None, 0):
            self._return_code = UNEXPECTED_STATUS
        if os.environ.get("NEWSTUI_DEBUG"):
            return
        if self.unexpected_error is None:
            from newstui.ui.panic import panicked

            self.unexpected_error = panicked(renderables)
        self._exit_renderables.clear()

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal, reading bytes that are not UTF-8 as U+FFFD (``lenient_input``)."""
        from newstui.ui.panic import lenient_input

        driver = super().get_driver_class()
        lenient_input(driver)
        return driver

    def get_default_screen(self) -> Screen[Any]:
        """The reader screen."""
        self._reader = ReaderScreen(self.settings, self.corpus)
        return self._reader

    def load_failures(self) -> list[str]:
        """The command line's sources that failed to load, as ``source: reason`` lines (for after the reader)."""
        if self._reader is None:
            return []
        loader = self._reader.loader
        origins, failing = loader.failure_origins, loader.failed_sources
        # A source that failed at the start but loaded on a reload (r) is no failure of the run.
        failures = [line for line in loader.failures if origins.get(line, "") in failing or line not in origins]
        failures += loader.unfinished()
        reloader = self._reader.reloaded_sources()
        if reloader is not None:  # failing on the last reload, unless told already at the start
            failures += [line for line in reloader.failing.values() if line not in failures]
        return failures

    def state_failures(self) -> list[str]:
        """What newstui could not keep for the next run (the stories read), one line each (for after the reader)."""
        error = None if self._reader is None else self._reader.read_log_error()
        return [] if error is None else [error]

    def loaded_nothing(self) -> bool:
        """Whether the reader closed with no story at all (its sources failed, or gave none)."""
        return self._reader is None or not self._reader.corpus.articles

    def _start_theme(self) -> None:
        """The config file's theme, else (remembering) the one chosen last in the palette, else Textual's."""
        name = self.settings.theme
        if name is None and self.settings.remember:
            from newstui.theme_memory import remembered_theme

            name = remembered_theme()
        if name is not None and name in self.available_themes and name != self.theme:
            self.theme = name

    def watch_theme(self, theme: str) -> None:
        """A theme chosen in the palette (ctrl+p → Theme) is kept for the next run (``theme_memory``)."""
        if not self._theme_chosen or not self.settings.remember:
            return
        from newstui.errors import NewsError
        from newstui.theme_memory import remember_theme

        try:
            remember_theme(theme)
        except NewsError as error:
            self.notify(
                f"The theme could not be kept for the next run: {error.message}", severity="warning", markup=False
            )

    def on_mount(self) -> None:
        """On a real terminal: check every ``TERMINAL_WATCH_SECONDS`` that it is still there; redraw after ctrl+z."""
        self._theme_chosen = True
        if not self.is_headless and sys.__stdin__ is not None and sys.__stdin__.isatty():
            self.set_interval(TERMINAL_WATCH_SECONDS, self.quit_if_terminal_gone, name="newstui-terminal-watch")
        bidi_around_suspend(self)  # (ui.terminal_io)

    def quit_if_terminal_gone(self) -> None:
        """Quit when the terminal has hung up without a SIGHUP reaching us (``terminal.terminal_gone``).

        Textual's input thread would otherwise read the terminal's end again and again, a core at
        100 % for nobody (textual#6690); the SIGHUP that usually ends the reader never comes when the
        terminal is not its controlling terminal.
        """
        stdin = sys.__stdin__
        if stdin is not None and terminal_gone(stdin.fileno()):
            self.exit(return_code=HANGUP_STATUS)

    # -- shared resources -------------------------------------------------------------------------

    def load_options(self) -> LoadOptions:
        """Loader options from the settings; folders are listed by title and files parsed when opened."""
        from newstui.sources.options import reader_options

        return reader_options(self.settings)

    @property
    def client(self) -> httpx.AsyncClient | None:
        """The shared HTTP client if one has been made (None while only local sources were used)."""
        return self._client

    async def http_client(self) -> httpx.AsyncClient:
        """The one HTTP client of the session, created on first use (only when a URL is involved)."""
        async with self._client_lock:
            if self._client is None:
                # httpx and httpcore take a few hundred milliseconds to import: a thread does it, so the
                # window keeps answering keys meanwhile.
                self._client = await asyncio.to_thread(_new_client, self.load_options())
        return self._client

    async def on_unmount(self) -> None:
        """Stop the URL helper if it still runs and close the HTTP client, if one was made."""
        if self.prefetch is not None:
            await asyncio.to_thread(self.prefetch.close)
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    def open_in_browser(self, url: str, *, why: str | None = None) -> None:
        """Hand an http(s) URL to the browser and say how it went (``ui.browser.open_in_browser``; ``why``: the
        reason it is not read here, told with it); the ``open_url`` given to the app, if any, opens it instead."""
        from newstui.ui.browser import open_in_browser

        open_in_browser(self, url, why=why, open_url=self._open_url)

    # -- bidi mode --------------------------------------------------------------------------------

    def toggle_bidi_mode(self) -> BidiMode:
        """Switch between ``app`` and ``terminal`` bidi; tell the terminal when the CLI said it can be told.

        Returns:
            The new mode.
        """
        new: BidiMode = "terminal" if self.bidi_mode == "app" else "app"
        self.bidi_mode = new
        setup = self.settings.bidi
        if setup.enter and setup.leave:
            write_suspended(self, setup.leave if new == "terminal" else setup.enter)  # (ui.terminal_io)
        return new

    # -- help and palette -------------------------------------------------------------------------

    def help_groups(self) -> list[tuple[str, Iterable[BindingType]]]:
        """Sections of the help screen, each from the BINDINGS of the class that handles the keys."""
        scroll_keys = {"up", "down", "home", "end", "pageup", "pagedown"}
        article_keys = [
            binding
            for binding in ScrollableContainer.BINDINGS
            if isinstance(binding, Binding) and binding.key in scroll_keys
        ]
        from newstui.ui.widgets.filter_input import FilterInput
        from newstui.ui.widgets.find_input import FindInput

        # Keys handled as the boxes' Input.Submitted or by Textual itself: listed so the help names them.
        shown_only = {
            "filter": Binding("enter", "submit", "Go to the list (opens the only story left)"),
            "find": Binding("enter", "submit", "Next match"),
            "quit": Binding("ctrl+c", "help_quit", "Quit too (exit status 130; in a text box it copies)"),
            "palette": Binding("ctrl+p", "command_palette", "Command palette"),
        }
        return [
            ("Reader", ReaderScreen.BINDINGS),
            ("Lists", LineList.BINDINGS),
            ("Article", [*article_keys, *ArticleView.BINDINGS]),
            ("Filter box (/)", [shown_only["filter"], *FilterInput.BINDINGS]),
            ("Find box (f)", [shown_only["find"], *FindInput.BINDINGS]),
            ("App", [*NewsApp.BINDINGS, shown_only["quit"], shown_only["palette"]]),
        ]

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Run a key's action (or a palette's, a click's) after the reader has answered an ``enter`` pressed just
        before it: a binding runs as the app takes the key, before the message of that ``enter`` has reached
        the reader, and ``enter 3`` typed together followed link 3 of the story being left
        (``ReaderScreen.answer_choices``)."""
        reader = self._reader
        if reader is not None and self.screen is reader:
            reader.answer_choices()
        return await super().run_action(action, default_namespace, namespaces)

    async def action_quit(self) -> None:
        """Quit; a story ``w`` is still writing is written first (its file work is a thread's: a few seconds at
        most are waited for it, then the reader closes all the same)."""
        reader = self._reader
        if reader is not None:
            from newstui.ui.screens.reader_actions import SAVE_GROUP

            pending = [worker for worker in reader.workers if worker.group == SAVE_GROUP and not worker.is_finished]
            if pending:
                await asyncio.wait([asyncio.ensure_future(_settled(worker)) for worker in pending], timeout=SAVE_WAIT)
        self.exit()

    def action_help_quit(self) -> None:
        """ctrl+c with nothing to copy: quit, as a terminal program does when interrupted (status 130).

        Textual only says which key quits; a reader of the news expects ctrl+c to end it. In a text box
        (filter, find, an address) it never quits: there it copies, or does nothing.
        """
        from textual.widgets import Input

        if not isinstance(self.focused, Input):
            self.exit(return_code=130)

    def action_help(self) -> None:
        """Show the key table (once); the help screen is imported on first use, not at start-up."""
        from newstui.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups()))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's commands, plus the reader's keys as palette entries.

        Textual's "Keys" and "Maximize" are left out: "Help" lists newstui's keys, and "Maximize pane"
        is z, which maximizes the list with its filter box as one.
        """
        for command in super().get_system_commands(screen):
            if command.title not in _REPLACED_COMMANDS:
                yield command
        if isinstance(screen, ReaderScreen):
            from textual.actions import parse

            for title, help_text, action in PALETTE_COMMANDS:
                _namespace, name, parameters = parse(action)
                if screen.check_action(name, parameters):  # not Back with nowhere to go back to
                    yield SystemCommand(title, help_text, partial(self.run_action, action, screen))
        yield SystemCommand("Help", "Show every key of newstui (?)", self.action_help)


async def _settled(worker: Worker[Any]) -> None:
    """Wait for ``worker`` to end, however it ends (its failure is told by the reader, not here)."""
    from textual.worker import WorkerCancelled, WorkerFailed

    try:
        await worker.wait()
    except (WorkerCancelled, WorkerFailed):
        pass


def _new_client(options: LoadOptions) -> httpx.AsyncClient:
    """The shared client (``sources.http.make_client``), imported on first use."""
    from newstui.sources.http import make_client

    return make_client(options)


def create_app(
    settings: Settings,
    *,
    corpus: Corpus | None = None,
    open_url: Callable[[str], object] | None = None,
    prefetch: Prefetch | None = None,
) -> NewsApp:
    """Build the reader app: the one factory the CLI and the tests call.

    Args:
        settings: resolved run settings (sources, bidi mode, layout, timeouts, piped stdin).
        corpus: articles to start with (tests pass one); a new empty corpus by default.
        open_url: what opens a web address (``webbrowser.open`` by default).
        prefetch: the helper the CLI started on the command line's URLs (``sources.prefetch``).

    Returns:
        The app, not yet running.
    """
    if corpus is None:
        from newstui.corpus import Corpus

        corpus = Corpus()
    return NewsApp(settings, corpus, open_url=open_url, prefetch=prefetch)
