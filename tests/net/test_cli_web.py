"""The command line against the local HTTP server: exit status, one line per failure, deadline and memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from local_server import LocalServer

from hang_guard import guarded

TIMEOUT = 15
"""--timeout given to newstui for the sources that end by themselves (a bomb, a loop, a 404): generous, so that a
loaded machine still has them fail for their own reason, not as "timed out" (they take a fraction of it)."""
STALL_TIMEOUT = 1
"""--timeout for the sources that never finish (they fail at it whatever it is: the time waited is all it costs;
the stalling routes hold a request 30 s or more, past the hang guard)."""
GUARD_SECONDS = 20
"""The hang guard's limit (its clock's is three times it): above TIMEOUT and a slow start of the process."""
MEMORY_CAP_KB = 400 * 1024


def newstui(*args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run newstui under the hang guard; returns the process and its peak memory (KiB, RUSAGE of the child)."""
    code = (
        "import resource, subprocess, sys, json;"
        "p = subprocess.run(sys.argv[1:], capture_output=True);"
        "ru = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(json.dumps({'rc': p.returncode, 'out': p.stdout.decode(),"
        " 'err': p.stderr.decode(), 'kb': ru.ru_maxrss}))"
    )
    wrapper = guarded(
        lambda: subprocess.run(
            [sys.executable, "-c", code, sys.executable, "-m", "newstui", *args],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "NEWSTUI_BIDI": ""},
        ),
        GUARD_SECONDS,
    )
    data = json.loads(wrapper.stdout)
    proc = subprocess.CompletedProcess(args, data["rc"], data["out"], data["err"])
    return proc, int(data["kb"])


FAILURES = [
    ("hang", "/hang", "timed out", STALL_TIMEOUT),
    ("slow-drip", "/drip", "timed out", STALL_TIMEOUT),  # a byte every 0.5 s: only an overall deadline ends it
    ("endless-body", "/endless", "too large", TIMEOUT),
    ("gzip-bomb", "/gzip-bomb", "too large", TIMEOUT),
    ("redirect-loop", "/loop-a", "redirect", TIMEOUT),
    ("redirect-to-file", "/to-file", "file", TIMEOUT),
    ("image", "/image.png", "image/png", TIMEOUT),
    ("not-found", "/missing-page", "404", TIMEOUT),
]


class TestFailingSourcesAlone:
    @pytest.mark.parametrize(("path", "reason", "timeout"), [f[1:] for f in FAILURES], ids=[f[0] for f in FAILURES])
    def test_exit_2_with_one_line_in_time_and_memory(
        self, http_server: LocalServer, path: str, reason: str, timeout: int
    ) -> None:
        """A bad URL alone: exit 2, one line naming the URL and the reason, within the hang guard and 400 MB."""
        url = http_server.url(path)
        proc, peak_kb = newstui("--print", "--timeout", str(timeout), url)
        assert proc.returncode == 2, proc.stderr
        lines = proc.stderr.splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"newstui: {url}: ") and reason in lines[0].lower()
        assert peak_kb < MEMORY_CAP_KB


class TestMixedSources:
    def test_404_among_good_sources_exits_1(self, http_server: LocalServer) -> None:
        """A 404 among good pages and a feed: exit 1, one line naming 404, the good ones printed."""
        good_page = http_server.url("/ar_news.html")
        feed = http_server.url("/rss2.xml")
        missing = http_server.url("/nothing-here.html")
        proc, _ = newstui("--json", "--timeout", str(TIMEOUT), good_page, missing, feed)
        assert proc.returncode == 1
        assert proc.stderr.splitlines() == [f"newstui: {missing}: HTTP 404 Not Found"]
        data = json.loads(proc.stdout)
        origins = [article["origin"] for article in data["articles"]]
        assert origins[0] == good_page and feed in origins
        assert origins.index(feed) > 0  # command-line order kept


class TestPasswordsInAddresses:
    def test_password_is_masked_in_errors_and_json(self, http_server: LocalServer) -> None:
        """A URL's password reaches neither the error line nor --json's origins; the request still carries it."""
        page = http_server.url("/ar_news.html").replace("://", "://reader:s3cret@", 1)
        missing = http_server.url("/nothing-here.html").replace("://", "://reader:s3cret@", 1)
        proc, _ = newstui("--json", "--timeout", str(TIMEOUT), page, missing)
        assert proc.returncode == 1
        shown = missing.replace("reader:s3cret@", "reader:***@")
        assert proc.stderr.splitlines() == [f"newstui: {shown}: HTTP 404 Not Found"]
        data = json.loads(proc.stdout)
        assert [article["origin"] for article in data["articles"]][:1] == [page.replace("s3cret", "***")]
        assert data["errors"] == [{"origin": shown, "message": "HTTP 404 Not Found"}]
        assert "s3cret" not in proc.stdout + proc.stderr
        headers = {key.lower(): value for key, value in http_server.seen_headers["/ar_news.html"].items()}
        assert headers.get("authorization", "").startswith("Basic ")  # the password was still sent
