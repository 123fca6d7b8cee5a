"""What the reader does with the open story on a key: open it in the browser (o), copy it (y), save it (w)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstui.addresses import is_web_url
from newstui.errors import NewsError

if TYPE_CHECKING:
    from newstui.model import Article
    from newstui.ui.screens.reader import ReaderScreen


def open_in_browser(reader: ReaderScreen) -> None:
    """Open the article's web address in the browser (http and https only)."""
    article = reader.current
    if article is None:
        reader.app.notify("No article is open.", severity="warning", markup=False)
        return
    url = article.url
    if not is_web_url(url):
        reader.app.notify("This article has no web address.", severity="warning", markup=False)
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
    reader.app.notify("Sent the article's text to the clipboard (if the terminal accepts it).", markup=False)


def ask_to_save(reader: ReaderScreen) -> None:
    """Ask for a file name (one made from the title is offered) and save the open story there.

    The name offered is one not taken in the folder newstui started in; when that folder has been
    removed meanwhile, one in the home folder (``~/…``), and a notice says why.
    """
    from newstui.save import default_name
    from newstui.ui.screens.prompts import SaveScreen

    article = reader.current
    if article is None:
        reader.app.notify("No article is open.", severity="warning", markup=False)
        return
    from pathlib import Path

    try:
        offered = default_name(article, Path.cwd())
    except OSError:  # the folder newstui started in is gone (removed under it)
        home = Path("~")
        offered = str(home / default_name(article, home.expanduser()))
        reader.app.notify(
            "The folder newstui started in is gone: a name in your home folder is offered.",
            severity="warning",
            markup=False,
        )
    reader.app.push_screen(SaveScreen(offered), callback=lambda name: save(reader, article, name))


def save(reader: ReaderScreen, article: Article, name: str | None) -> None:
    """Write ``article`` to the file ``name`` (relative to the folder newstui was started in); a folder's name
    saves into that folder, under a name made from the title as ``w`` offers it. A name ending in ``/`` is a
    folder's: one that does not exist saves nothing (it is not taken for a file's name)."""
    if not name:
        return
    import os
    from pathlib import Path

    from newstui.save import article_text, default_name, save_new
    from newstui.ui.notices import visual_notice

    mode = reader.news_app.bidi_mode
    app = reader.news_app

    def not_saved(message: str, where: str) -> None:
        # A file name may be Arabic: drawn as the panes draw text, left to right as a path reads.
        shown = visual_notice(app, where, prefix=f"{message}: ", mode=mode, direction="ltr", keep_end=True)
        app.notify(shown, title="Not saved", severity="error", markup=False, laid_out=True)

    path = Path(name).expanduser()
    try:
        if path.is_dir():
            path = path / default_name(article, path)
        elif name.endswith(("/", os.sep)):  # Path drops the slash: a folder's name, never a file's
            not_saved("not a folder" if path.exists() else "no such folder", name)
            return
    except OSError:
        pass  # saving says what is wrong with the name
    try:
        path = save_new(path, article_text(article))
    except NewsError as error:
        not_saved(error.message, _as_typed(error.origin, name) if error.origin else name)
        return
    app.notify(
        visual_notice(app, _as_typed(str(path), name), prefix="Saved to ", mode=mode, direction="ltr", keep_end=True),
        title="Saved",
        markup=False,
        laid_out=True,
    )


def _as_typed(path: str, name: str) -> str:
    """``path`` (``name`` expanded) with the home folder written ``~`` again when ``name`` was written so."""
    import os

    home = os.path.expanduser("~").rstrip("/")
    if (name == "~" or name.startswith("~/")) and home and (path == home or path.startswith(home + "/")):
        return "~" + path[len(home) :]
    return path
