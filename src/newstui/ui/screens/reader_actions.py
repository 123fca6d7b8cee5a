"""What the reader does with the open story on a key: open it in the browser (o), copy it (y), save it (w)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Final, NamedTuple

from newstui.addresses import is_web_url
from newstui.errors import NewsError

if TYPE_CHECKING:
    from textual.worker import WorkType

    from newstui.model import Article
    from newstui.ui.screens.reader import ReaderScreen


def open_in_browser(reader: ReaderScreen) -> None:
    """Open the article's web address in the browser (http and https only)."""
    from newstui.ui.notices import KEY_FEEDBACK

    article = reader.current
    if article is None:
        reader.news_app.notify("No article is open.", severity="warning", markup=False, kind=KEY_FEEDBACK)
        return
    url = article.url
    if not is_web_url(url):
        reader.news_app.notify("This article has no web address.", severity="warning", markup=False, kind=KEY_FEEDBACK)
        return
    assert url is not None
    reader.news_app.open_in_browser(url)


def copy_article(reader: ReaderScreen) -> None:
    """Copy the open article as logical text: what the source wrote, not the shaped screen lines."""
    article = reader.current
    if article is None:
        return
    parts = [article.title, *article.paragraphs]
    if article.url:
        parts.append(article.url)
    reader.app.copy_to_clipboard("\n\n".join(parts))
    # The text goes out as an OSC 52 sequence: whether the terminal (or tmux) takes it cannot be known.
    from newstui.ui.notices import KEY_FEEDBACK

    reader.news_app.notify(
        "Sent the article's text to the clipboard (if the terminal accepts it).", markup=False, kind=KEY_FEEDBACK
    )


SAVE_GROUP: Final = "save-story"
"""The worker group of ``w``'s file work (the name offered, the writing): one save at a time."""

STILL_SAVING: Final = "Still saving the last story: press w again once it is saved."
"""What a second ``w`` says while the last story's file is still being written (nothing else is done)."""


class _Outcome(NamedTuple):
    """How a save went, found on a thread: the path written, or why nothing was (and the name it concerns)."""

    saved: str | None
    reason: str = ""
    where: str = ""


def ask_to_save(reader: ReaderScreen) -> None:
    """Ask for a file name (one made from the title is offered) and save the open story there.

    The name offered is one not taken in the folder newstui started in; when that folder has been
    removed meanwhile, one in the home folder (``~/…``), and a notice says why. Looking for a free name
    and writing the file run on a thread (a slow disk or a network share never holds up keys and
    redraws). While the name is looked for (the Save box is about to open), ``w`` again does nothing; while
    a file is written, it only says so.
    """
    article = reader.current
    if article is None:
        reader.app.notify("No article is open.", severity="warning", markup=False)
        return
    if saving(reader, _OFFER):
        return  # (the Save box is opening: a second w is not a second save)
    if saving(reader):
        reader.app.notify(STILL_SAVING, severity="warning", markup=False)
        return
    # A callable, not a coroutine object: a worker cancelled before it starts (q right after w) never
    # makes the coroutine, so Python has none to warn about at exit ("coroutine ... was never awaited").
    offer: WorkType[None] = partial(_offer, reader, article)
    reader.run_worker(offer, name=_OFFER, group=SAVE_GROUP)


_OFFER: Final = "offer_save_name"
"""The worker that looks for the name the Save box offers."""
_SAVE: Final = "save_story"
"""The worker that writes the file."""


def saving(reader: ReaderScreen, name: str = _SAVE) -> bool:
    """Whether ``w``'s worker ``name`` is still at work on the file system (by default: writing a file)."""
    return any(
        worker.group == SAVE_GROUP and worker.name == name and not worker.is_finished for worker in reader.workers
    )


async def _offer(reader: ReaderScreen, article: Article) -> None:
    """Find the name to offer on a thread, then ask for the name in the Save box."""
    import asyncio

    from newstui.ui.screens.prompts import SaveScreen

    offered, gone = await asyncio.to_thread(_offered_name, article)
    if gone:
        reader.app.notify(
            "The folder newstui started in is gone: a name in your home folder is offered.",
            severity="warning",
            markup=False,
        )
    reader.app.push_screen(SaveScreen(offered), callback=lambda name: save(reader, article, name))


def _offered_name(article: Article) -> tuple[str, bool]:
    """The name ``w`` offers (a free one in the folder newstui started in, else ``~/…``), and whether that
    folder is gone; it looks in the folder, so it runs on a thread."""
    from pathlib import Path

    from newstui.save import default_name, expand_home

    try:
        return default_name(article, Path.cwd()), False
    except OSError:  # the folder newstui started in is gone (removed under it)
        pass
    try:
        return str(Path("~") / default_name(article, expand_home("~"))), True
    except (OSError, NewsError):  # no home folder either: the name alone (saving says what is wrong)
        return default_name(article), True


def save(reader: ReaderScreen, article: Article, name: str | None) -> None:
    """Write ``article`` to the file ``name`` (relative to the folder newstui was started in); a folder's name
    saves into that folder, under a name made from the title as ``w`` offers it. A name ending in ``/`` is a
    folder's: one that does not exist saves nothing (it is not taken for a file's name).

    The file work runs on a thread; "Saved to …" or "Not saved" is told when it is done."""
    if not name:
        return
    work: WorkType[None] = partial(_save, reader, article, name)  # (a callable: see ask_to_save)
    reader.run_worker(work, name=_SAVE, group=SAVE_GROUP)


async def _save(reader: ReaderScreen, article: Article, name: str) -> None:
    """Write the file on a thread, then say how it went (on the app's loop, where notices are laid out)."""
    import asyncio

    from newstui.ui.notices import visual_notice

    outcome = await asyncio.to_thread(_write, article, name)
    app = reader.news_app
    mode = app.bidi_mode
    if outcome.saved is None:
        # A file name may be Arabic: drawn as the panes draw text, left to right as a path reads.
        shown = visual_notice(
            app, outcome.where, prefix=f"{outcome.reason}: ", mode=mode, direction="ltr", keep_end=True
        )
        app.notify(shown, title="Not saved", severity="error", markup=False, laid_out=True)
        return
    app.notify(
        visual_notice(app, outcome.saved, prefix="Saved to ", mode=mode, direction="ltr", keep_end=True),
        title="Saved",
        markup=False,
        laid_out=True,
    )


def _write(article: Article, name: str) -> _Outcome:
    """Save ``article`` as ``save`` says (runs on a thread: it probes folders and flushes the file to disk)."""
    import os

    from newstui.save import article_text, default_name, expand_home, save_new

    try:
        path = expand_home(name)  # ~nosuchuser/x.txt: one line saying so
    except NewsError as error:
        return _Outcome(None, error.message, error.origin or name)
    try:
        if path.is_dir():
            path = path / default_name(article, path)
        elif name.endswith(("/", os.sep)):  # Path drops the slash: a folder's name, never a file's
            return _Outcome(None, "not a folder" if path.exists() else "no such folder", name)
    except OSError:
        pass  # saving says what is wrong with the name
    try:
        path = save_new(path, article_text(article))
    except NewsError as error:
        return _Outcome(None, error.message, _as_typed(error.origin, name) if error.origin else name)
    return _Outcome(_as_typed(str(path), name))


def _as_typed(path: str, name: str) -> str:
    """``path`` (``name`` expanded) with the home folder written ``~`` again when ``name`` was written so."""
    import os

    home = os.path.expanduser("~").rstrip("/")
    if (name == "~" or name.startswith("~/")) and home and (path == home or path.startswith(home + "/")):
        return "~" + path[len(home) :]
    return path
