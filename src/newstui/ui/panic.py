"""Textual's panics told as newstui's unexpected failures, and its drivers made to read input that is not UTF-8."""

from __future__ import annotations

import codecs
import sys
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.driver import Driver

__all__ = ["TextualPanic", "lenient_input", "panicked"]


class TextualPanic(Exception):
    """A failure Textual told through ``App.panic`` (``panicked``); a subclass takes the name of the error
    its traceback shows, so the line after the reader reads as any other's (``UnicodeDecodeError: …``)."""


def panicked(renderables: Iterable[object]) -> Exception:
    """What ``App.panic`` was given, as an exception for the one line: its first exception (Textual panics with
    an error that renders itself), or the error its first Rich traceback shows, else its first text, else that
    Textual stopped the reader."""
    from rich.traceback import Traceback

    def named(kind: str, text: str) -> TextualPanic:
        error: type[TextualPanic] = type(kind, (TextualPanic,), {})
        return error(text)

    for renderable in renderables:
        if isinstance(renderable, Exception):
            return renderable
        if isinstance(renderable, Traceback) and renderable.trace.stacks:
            stack = renderable.trace.stacks[0]  # the error raised (the later stacks are its causes)
            return named(stack.exc_type, stack.exc_value)
    for renderable in renderables:
        if isinstance(renderable, str):
            return TextualPanic(renderable)
    return TextualPanic("Textual stopped the reader")


def _replacing_decoder(encoding: str) -> Callable[..., codecs.IncrementalDecoder]:
    """``codecs.getincrementaldecoder``, whose decoders read a byte that is not ``encoding`` as U+FFFD."""
    return partial(codecs.getincrementaldecoder(encoding), errors="replace")


def lenient_input(driver: type[Driver]) -> None:
    """Make ``driver`` read terminal input that is not UTF-8 as U+FFFD instead of failing on it.

    Textual's drivers decode what the terminal sends with a strict UTF-8 decoder made in their input thread
    by their module's ``getincrementaldecoder``: one byte that is not UTF-8 (0x9b sent by a key, ``é`` typed
    in a Latin-1 terminal) killed the thread and the reader with it (``App.panic``). That name, in the module
    of each class the driver is built from, is pointed at ``_replacing_decoder`` (once; a name that is not
    codecs' own is left alone). The reader's boxes then take U+FFFD as any character typed.
    """
    for cls in driver.__mro__:
        module = sys.modules.get(cls.__module__)
        if module is not None and getattr(module, "getincrementaldecoder", None) is codecs.getincrementaldecoder:
            module.getincrementaldecoder = _replacing_decoder  # type: ignore[attr-defined]
