"""Fixtures for the end-to-end tests: a private tmux server per test, killed in the finalizer."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_support import Tmux


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    """A tmux server on a socket of its own (``newstui-test-<pid>-<random>``); skipped without tmux."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    server = Tmux(f"newstui-test-{os.getpid()}-{uuid.uuid4().hex[:8]}", tmp_path)
    try:
        yield server
    finally:
        server.kill()
