"""A reader that fails while winding down after a termination signal ends with the signal's status, no error line.

A reader stopped by job control before its first frame (``timeout newstui …`` runs it in the background) and
then hung up gets SIGHUP: Textual then winds down a driver that never started and fails ("Driver must be in
application mode"), which was told as newstui's unexpected error with status 70.
"""

from __future__ import annotations

import os
import signal

import pytest

from newstui.run_reader import INTERNAL_ERROR, run_app
from newstui.settings import Settings
from newstui.terminal import BidiSetup

FAILURE = AssertionError("Driver must be in application mode")
"""What Textual's driver said when asked to write before it started."""


class FailingApp:
    """A reader that gets ``signum`` (none: 0) as it runs, then fails: raising, or telling ``unexpected_error``."""

    def __init__(self, signum: int, *, raises: bool) -> None:
        self._signum = signum
        self._raises = raises
        self.is_running = False
        self.return_code: int | None = None
        self.unexpected_error: Exception | None = None

    def run(self) -> None:
        self.is_running = True
        if self._signum:
            os.kill(os.getpid(), self._signum)
        self.is_running = False
        if self._raises:
            raise FAILURE
        self.unexpected_error = FAILURE
        self.return_code = INTERNAL_ERROR

    def exit(self, *, return_code: int) -> None:
        self.return_code = return_code

    def load_failures(self) -> list[str]:
        return []

    def state_failures(self) -> list[str]:
        return []

    def loaded_nothing(self) -> bool:
        return False


pytestmark = pytest.mark.usefixtures("run_app_in_this_process")


def _run(app: FailingApp) -> int:
    return run_app(Settings(refs=("-",), bidi=BidiSetup(mode="app")), lambda settings, prefetch: app)


@pytest.mark.parametrize("raises", [True, False], ids=["raised", "told"])
@pytest.mark.parametrize(
    ("signum", "status"),
    [(signal.SIGHUP, 129), (signal.SIGTERM, 143), (signal.SIGINT, 130)],
    ids=["HUP", "TERM", "INT"],
)
def test_a_failure_after_a_signal_ends_with_the_signals_status(
    signum: int, status: int, raises: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """Raised out of Textual's run or caught by the app, the failure after the signal is no bug line."""
    assert _run(FailingApp(signum, raises=raises)) == status
    assert capsys.readouterr().err == ""


def test_a_failure_without_a_signal_is_still_a_bug(capsys: pytest.CaptureFixture[str]) -> None:
    """No signal: the failure the app caught is newstui's unexpected error, status 70 and one line."""
    assert _run(FailingApp(0, raises=False)) == INTERNAL_ERROR
    assert (
        capsys.readouterr().err == "newstui: unexpected error: AssertionError: Driver must be in application mode"
        " (NEWSTUI_DEBUG=1 shows where)\n"
    )


def test_a_failure_raised_without_a_signal_goes_on_to_the_command_line() -> None:
    """No signal: the raised failure is the command line's to tell (status 70 there), as before."""
    with pytest.raises(AssertionError):
        _run(FailingApp(0, raises=True))
