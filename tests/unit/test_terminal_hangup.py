"""``terminal.terminal_gone``: a hung-up terminal is told from a working one and from other descriptors."""

from __future__ import annotations

import os

import pytest

from newstui.terminal import terminal_gone

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")


def test_a_working_terminal_is_there() -> None:
    """Both ends open: the terminal is there."""
    master, slave = os.openpty()
    try:
        assert not terminal_gone(slave)
    finally:
        os.close(master)
        os.close(slave)


def test_a_terminal_whose_other_end_closed_is_gone() -> None:
    """The emulator's end (the master) closed, as when an SSH session drops: gone."""
    master, slave = os.openpty()
    os.close(master)
    try:
        assert terminal_gone(slave)
    finally:
        os.close(slave)


@pytest.mark.parametrize("kind", ["pipe", "file", "closed"])
def test_other_descriptors_are_not_a_hung_up_terminal(kind: str, tmp_path: object) -> None:
    """A pipe, a file or a closed descriptor is not a terminal that hung up (the watch only runs on a terminal)."""
    read, write = os.pipe()
    try:
        if kind == "pipe":
            assert not terminal_gone(read)
        elif kind == "file":
            with open(os.devnull, "rb") as handle:
                assert not terminal_gone(handle.fileno())
        else:
            os.close(write)
            write = -1
            closed = os.dup(read)
            os.close(closed)
            assert not terminal_gone(closed)
    finally:
        os.close(read)
        if write >= 0:
            os.close(write)
