"""Textual's ``App.panic`` (its input thread's way out) ends as newstui's unexpected failure: one line,
status 70; and the driver reads terminal bytes that are not UTF-8 as U+FFFD instead of panicking."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest
import rich.traceback

from newstui import run_reader
from newstui.errors import error_line
from newstui.settings import Settings
from newstui.ui.panic import TextualPanic, lenient_input, panicked

DECODE_ERROR = "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x9b in position 0: invalid start byte"


def _input_thread_traceback() -> rich.traceback.Traceback:
    """What Textual's input thread hands ``App.panic`` when its strict decoder meets 0x9b."""
    try:
        b"\x9b".decode("utf-8")
    except UnicodeDecodeError:
        return rich.traceback.Traceback()
    raise AssertionError("0x9b decoded")


pytestmark = pytest.mark.usefixtures("run_app_in_this_process")


async def test_a_panic_closes_the_reader_with_status_70_and_no_traceback(make_app: Callable[..., Any]) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.call_later(app.panic, _input_thread_traceback())
        deadline = time.monotonic() + 30
        while app.return_code is None and time.monotonic() < deadline:  # (a pause would wait for the closed screen)
            await asyncio.sleep(0.01)
    assert app.return_code == 70
    assert app._exit_renderables == []  # Textual's traceback is not printed
    assert error_line(app.unexpected_error) == f"unexpected error: {DECODE_ERROR}"


@pytest.mark.parametrize("debug", ["", "1"], ids=["one-line", "debug"])
def test_run_app_tells_a_panic_in_one_line_with_status_70(
    make_app: Callable[..., Any],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    debug: str,
) -> None:
    """The reader's whole run: a panic after the first frame is the one line ``--print`` gives a bug, exit 70;
    NEWSTUI_DEBUG=1 leaves Textual's traceback instead of the line (status 70 still)."""
    if debug:
        monkeypatch.setenv("NEWSTUI_DEBUG", debug)
    app = make_app()

    async def panic_after_a_frame(pilot: Any) -> None:
        await pilot.pause()
        pilot.app.call_later(pilot.app.panic, _input_thread_traceback())

    monkeypatch.setattr(app, "run", lambda: type(app).run(app, headless=True, auto_pilot=panic_after_a_frame))
    code = run_reader.run_app(Settings(), lambda settings, prefetch: app)
    assert code == 70
    err = capsys.readouterr().err
    if debug:
        assert "Traceback" in err and "unexpected error" not in err
    else:
        assert err == f"newstui: unexpected error: {DECODE_ERROR} (NEWSTUI_DEBUG=1 shows where)\n"


class Broken(Exception):
    """An error with a Rich rendering (Textual panics with such errors themselves)."""

    def __rich__(self) -> str:
        return "broken"


@pytest.mark.parametrize(
    ("renderables", "line"),
    [
        ((_input_thread_traceback(),), f"unexpected error: {DECODE_ERROR}"),
        (("a text", Broken("the widget")), "unexpected error: Broken: the widget"),
        (("Textual says no",), "unexpected error: TextualPanic: Textual says no"),
        ((), "unexpected error: TextualPanic: Textual stopped the reader"),
    ],
    ids=["traceback", "exception", "text", "nothing"],
)
def test_what_a_panic_is_called(renderables: tuple[Any, ...], line: str) -> None:
    error = panicked(renderables)
    assert isinstance(error, (TextualPanic, Broken))
    assert error_line(error) == line


async def test_an_error_textual_panics_with_is_the_one_told(make_app: Callable[..., Any]) -> None:
    """An unhandled error that renders itself reaches ``panic`` through ``_handle_exception``: the error itself is
    the one told (not a copy), status 70."""
    app = make_app()
    error = Broken("in a handler")
    with pytest.raises(Broken):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app._handle_exception(error)
    assert app.unexpected_error is error
    assert app.return_code == 70


def test_the_drivers_decoder_reads_bytes_not_utf8_as_replacement_characters(make_app: Callable[..., Any]) -> None:
    """Making the app points the terminal driver's decoder at one that replaces (the bytes split across reads
    still decode: the decoder is incremental)."""
    from textual.drivers import linux_driver

    app = make_app()
    assert app.driver_class is not None
    decode = linux_driver.getincrementaldecoder("utf-8")().decode
    assert decode(b"\x9b") == "\ufffd"
    assert decode(b"\xe9a") == "\ufffda"
    assert decode(b"\xd8") + decode(b"\xb9") == "ع"


def test_lenient_input_leaves_a_name_that_is_not_codecs_alone() -> None:
    import sys
    import types

    module = types.ModuleType("fake_driver_module")
    sentinel = object()
    module.getincrementaldecoder = sentinel  # type: ignore[attr-defined]
    driver = type("FakeDriver", (), {"__module__": "fake_driver_module"})
    sys.modules["fake_driver_module"] = module
    try:
        lenient_input(driver)  # type: ignore[arg-type]
    finally:
        del sys.modules["fake_driver_module"]
    assert module.getincrementaldecoder is sentinel  # type: ignore[attr-defined]
