"""Pilot tests of notifications: one toast for a message repeated while it is still shown."""

from __future__ import annotations

from typing import Any

import pytest
from app_support import SIZE
from rich.cells import cell_len


async def _toasts(pilot: Any) -> list[str]:
    await pilot.pause(0.2)
    return [str(toast.render()) for toast in pilot.app.query("Toast")]  # (Textual's Toast is not public)


async def test_a_repeated_message_is_one_toast(make_app: Any) -> None:
    """Six failures of the same kind (n pressed over feed entries that cannot be fetched) are one toast, not six
    covering the list; another message still gets its own."""
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        for _ in range(6):
            app.notify("http://127.0.0.1:9/a: connection refused", title="Full story not available", markup=False)
        assert len(await _toasts(pilot)) == 1
        app.notify("http://127.0.0.1:9/b: connection refused", title="Full story not available", markup=False)
        app.notify("http://127.0.0.1:9/a: connection refused", title="Could not open link", markup=False)
        assert len(await _toasts(pilot)) == 3


async def test_an_arabic_file_name_is_one_line_of_the_toast(make_app: Any) -> None:
    """A saved file's Arabic name fits one line of the real toast at 40, 80 and 120 columns: wrapped by
    Textual (as left-to-right text) its words would read out of order."""
    from newstui.ui.notices import visual_notice

    name = "مكتبة المدينة العامة تعيد فتح أبوابها بعد عامين من الترميم.txt"
    for width in (40, 80, 120):
        app = make_app()
        async with app.run_test(size=(width, 24), notifications=True) as pilot:
            await pilot.pause()
            said = visual_notice(app, name, prefix="Saved to ", direction="ltr", keep_end=True)
            app.notify(said, title="Saved", markup=False)
            await pilot.pause(0.2)
            (toast,) = app.query("Toast")
            lines = said.split("\n")
            assert all(cell_len(line) <= toast.content_region.width for line in lines), (width, said)
            assert lines[-1].endswith(".txt") and len(lines) == (2 if width == 40 else 1)


async def test_feed_entries_failing_on_one_site_are_one_toast(make_app: Any, monkeypatch: Any) -> None:
    """Opening six entries whose pages cannot be fetched from their site (offline) gives one notice naming the
    site and the reason; an entry on another site gets its own."""
    from dataclasses import replace

    from newstui.model import Article
    from newstui.ui import messages
    from newstui.ui.screens.reader_loading import SourceLoader

    monkeypatch.setattr(SourceLoader, "entry_opened", lambda self, article: None)  # the failures are posted here

    entries = [
        Article(
            id=f"feed-{n}",
            title=f"خبر رقم {n}",
            paragraphs=("ملخص الخبر.",),
            url=f"https://news.example/story/{n}",
            origin="https://news.example/rss.xml",
            summary_only=True,
        )
        for n in range(6)
    ]
    other = replace(entries[0], id="feed-other", url="https://other.example/a")
    app = make_app([*entries, other])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        screen = app.screen
        for entry in entries:
            screen.post_message(messages.EntryFailed(entry.id, "DNS lookup failed"))
        shown = await _toasts(pilot)
        assert len(shown) == 1 and "news.example: DNS lookup failed" in shown[0], shown
        screen.post_message(messages.EntryFailed(other.id, "DNS lookup failed"))
        shown = await _toasts(pilot)
        assert len(shown) == 2 and any("other.example: DNS lookup failed" in toast for toast in shown), shown


async def test_arabic_in_any_message_is_shaped_reordered_and_wrapped_here(make_app: Any) -> None:
    """A failure naming an Arabic path (or any message with Arabic in it) is drawn as the panes draw text:
    shaped, each Arabic run reordered inside the left-to-right sentence, wrapped at the toast's width."""
    from textual.widgets._toast import Toast

    from helpers.readback import reads_back

    path = "~/أخبار/مكتبة المدينة العامة تعيد فتح أبوابها بعد عامين من الترميم.txt"
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify(f"{path}: no such file", title="Could not open", severity="error", markup=False)
        await pilot.pause(0.2)
        (toast,) = app.query(Toast)
        (said,) = [str(note.message) for note in app._notifications]
        lines = said.split("\n")
        assert len(lines) > 1 and all(cell_len(line) <= toast.content_region.width for line in lines), said
        assert "أخبار" not in said and "ﺭﺎﺒﺧﺃ" in said, "shaped, in visual order"
        assert said.startswith("~/") and lines[-1].endswith("no such file"), "the sentence reads left to right"
        assert reads_back("المدينة العامة تعيد فتح أبوابها بعد عامين من", lines), lines


async def test_a_latin_message_is_left_as_it_is(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        message = "http://127.0.0.1:9/a: connection refused " * 3
        app.notify(message, markup=False)
        await pilot.pause()
        assert [str(note.message) for note in app._notifications] == [message]


@pytest.mark.parametrize(
    ("message", "title", "shown", "shown_title"),
    [
        ("Saved news\x1b]0;PWNED\x07.txt", "", "Saved news␛]0;PWNED␇.txt", ""),
        ("two\nlines  kept \x1b[31m", "t\x1b[2J", "two\nlines  kept ␛[31m", "t␛[2J"),
        ("خبر\x1b[31m.txt", "", None, ""),
    ],
)
async def test_every_message_is_sanitized_whoever_wrote_it(
    make_app: Any, message: str, title: str, shown: str | None, shown_title: str
) -> None:
    """The app's notify is a choke point: a caller that forgot the sanitizer still shows no escape sequence."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.notify(message, title=title, markup=False)
        await pilot.pause()
        (note,) = app._notifications
        said = str(note.message)
        assert "\x1b" not in said and "\x07" not in said and "\x1b" not in note.title
        if shown is not None:
            assert said == shown
        assert note.title == shown_title


async def test_the_reason_nothing_loaded_is_drawn_as_text_is(
    make_app: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All sources failed (one an address: the reader stays up): the first reason stays in the article
    pane, an Arabic path in it shaped and reordered."""
    from app_support import reader, settle

    from helpers.readback import reads_back

    monkeypatch.chdir(tmp_path)  # a relative path: its lines do not depend on how long the temporary folder's is
    missing = "مكتبة المدينة العامة تعيد فتح أبوابها بعد عامين من الترميم.txt"
    app = make_app([], refs=(missing, "http://127.0.0.1:9/news.xml"))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        view = reader(app).article_view
        rows = [view.render_line(y).text.rstrip() for y in range(view.size.height)]
        shown = [row for row in rows if row.strip()]
        assert shown[0].lstrip().startswith("No article could be loaded.")
        assert "مكتبة" not in "".join(shown), "shaped"
        assert reads_back("مكتبة المدينة العامة تعيد", shown) and reads_back("بعد عامين من", shown), shown
        assert shown[-1].rstrip().endswith("no such file")


async def test_a_name_cut_to_fit_loses_whole_words(make_app: Any) -> None:
    """Saved to …: a long Arabic file name cut in its middle keeps only whole words (a piece of المدينة shaped on
    its own read as another word); its folder stays."""
    from helpers.readback import fold
    from newstui.ui.notices import visual_notice

    name = "/home/reader/فريق المدينة يفوز بالبطولة للمرة الثالثة على التوالي.txt"
    words = {fold(word) for word in name.removesuffix(".txt").split("/")[-1].split()}
    for width in (70, 90, 120):
        app = make_app()
        async with app.run_test(size=(width, 24), notifications=True) as pilot:
            await pilot.pause()
            said = visual_notice(app, name, prefix="Saved to ", direction="ltr", keep_end=True)
            folder, name_shown = said.removeprefix("Saved to ").rsplit("/", 1)
            assert folder in ("/home/reader", "/…/reader"), (width, said)
            shown = [fold(token[::-1]) for token in name_shown.removesuffix(".txt").split()]
            assert shown and all(word in words for word in shown if word), (width, said)


@pytest.mark.parametrize(
    ("keys", "last"),
    [
        (["d", "d", "d"], "Direction: "),
        (["s", "s"], "List: as loaded"),
        (["u", "u", "u"], "List: unread stories only"),
        (["h", "h"], "Harakat shown."),
    ],
    ids=["direction", "sort", "unread", "harakat"],
)
async def test_a_switch_pressed_again_replaces_its_notice(make_app: Any, keys: list[str], last: str) -> None:
    """A switch pressed several times leaves one toast, saying where it is now (they stacked, the stale one on
    top); a notice of another kind stays beside it."""
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        app.notify("Another notice.", markup=False)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        toasts = await _toasts(pilot)
        switched = [toast for toast in toasts if "Another notice." not in toast]
        assert len(toasts) == 2 and len(switched) == 1, toasts
        assert last in switched[0].replace("\n", " "), switched


@pytest.mark.parametrize(
    ("keys", "last"),
    [
        (["d", "h"], "Harakat hidden"),
        (["h", "s"], "List: newest first"),
        (["s", "u"], "List: unread stories only"),
        (["u", "b"], "Bidi: terminal"),
        (["b", "p"], "Already on the first story in the list."),
        (["d", "5"], "No link 5"),
        (["5", "d"], "Direction: "),
        (["end", "enter", "N"], "No unread story after this one in the list."),
        (["end", "enter", "N", "p", "p", "p", "P"], "No unread story before this one in the list."),
    ],
    ids=["d-h", "h-s", "s-u", "u-b", "b-p", "d-link", "link-d", "N-end", "N-P"],
)
async def test_a_notice_answering_a_key_replaces_the_last_one(make_app: Any, keys: list[str], last: str) -> None:
    """Notices answering different keys do not stack: the last one shown is the only one (the previous key's is
    gone), while an error shown before keeps its place and its own time."""
    from newstui.ui.app import ERROR_NOTICE_SECONDS

    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        app.notify("A source could not be read.", title="Error", severity="error", markup=False)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        toasts = await _toasts(pilot)
        answers = [toast.replace("\n", " ") for toast in toasts if "A source could not be read." not in toast]
        assert len(toasts) == 2 and len(answers) == 1, toasts
        assert last in answers[0], answers
        errors = [note for note in app._notifications if note.severity == "error"]
        assert len(errors) == 1 and errors[0].timeout == pytest.approx(ERROR_NOTICE_SECONDS)
