"""Fixtures for every test: a state folder of the run's own, so no test reads or writes the user's.

Also hypothesis's settings: no deadline. Timing belongs in the benchmarks, never in a unit test; a
per-example deadline (200 ms by default) fails a property test on a slow or busy machine (a first
example that imports the reshaper, a run under coverage tracing) for no fault of the code. And the same
examples on every run (``derandomize``), so a run of the suite (CI's) passes or fails by the code alone;
``NEWSTUI_HYPOTHESIS=explore`` searches new random examples (what found ``٣٤(٣٤`` / ``)12``).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from hypothesis import settings

settings.register_profile("newstui", deadline=None, derandomize=True)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("NEWSTUI_HYPOTHESIS", "newstui"))


@pytest.fixture(autouse=True, scope="session")
def private_state_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point ``$XDG_STATE_HOME`` (newstui's state), ``$XDG_CONFIG_HOME`` (its config) and ``$XDG_CACHE_HOME``
    (its folder indexes) at temporary folders.

    Subprocesses and tmux servers started by the tests inherit them: the reader's log of stories read,
    the one-time bidi hint's marker and the folder indexes go there, never into the folders of whoever
    runs the tests, and the config file of whoever runs them is never read.
    """
    names = ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ[name] = str(tmp_path_factory.mktemp(name.lower()))
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture
def run_app_in_this_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """For tests calling ``run_reader.run_app`` in the test process: no NEWSTUI_DEBUG from outside, no forced
    exit timer (it would end pytest), and the process's own signal handlers back afterwards."""
    from newstui import run_reader

    monkeypatch.delenv("NEWSTUI_DEBUG", raising=False)
    monkeypatch.setattr(run_reader, "end_after", lambda code, seconds: None)
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGCONT)}
    yield
    for sig, handler in saved.items():
        signal.signal(sig, handler)
