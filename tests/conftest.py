"""Fixtures for every test: a state folder of the run's own, so no test reads or writes the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def private_state_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point ``$XDG_STATE_HOME`` (where platformdirs puts newstui's state) at a temporary folder.

    Subprocesses and tmux servers started by the tests inherit it: the reader's log of stories read
    and the one-time bidi hint's marker go there, never into the state folder of whoever runs the tests.
    """
    saved = os.environ.get("XDG_STATE_HOME")
    os.environ["XDG_STATE_HOME"] = str(tmp_path_factory.mktemp("state"))
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("XDG_STATE_HOME", None)
        else:
            os.environ["XDG_STATE_HOME"] = saved
