"""End-to-end runs of piped stdin at a terminal (tmux, private socket): slow writers."""

from __future__ import annotations

import json
import shlex

import pytest
from e2e_support import Tmux

pytestmark = pytest.mark.e2e

HEADLINE = "ارتفاع أسعار القمح في الأسواق المحلية"
STORY = (
    f"الشروق نيوز – اقتصاد\n\n{HEADLINE}\n\n"
    "قالت وزارة التموين اليوم إن أسعار القمح ارتفعت بنسبة 12% خلال الأسبوع الماضي بسبب تأخر وصول الشحنات.\n\n"
    "وأضاف المتحدث باسم الوزارة أن الحكومة تدرس خططاً لتعويض المزارعين وضمان توفر الخبز بأسعار مناسبة.\n"
)


def _story(tmux: Tmux) -> tuple[str, str]:
    """The story's first line and the rest, as files in the test's folder (shell-quoted paths)."""
    first, rest = tmux.workdir / "first.txt", tmux.workdir / "rest.txt"
    head, _, tail = STORY.partition("\n")
    first.write_text(head + "\n", encoding="utf-8")
    rest.write_text(tail, encoding="utf-8")
    return shlex.quote(str(first)), shlex.quote(str(rest))


def test_json_at_a_terminal_says_it_waits_when_a_pipe_stalls_after_its_first_line(tmux: Tmux) -> None:
    """A writer that sends its first line at once and then stalls: the waiting line is said (it was said only
    for a first byte that was late), once, with what has come so far; stdout still gets the story."""
    first, rest = _story(tmux)
    out = tmux.workdir / "out.json"
    size = len(STORY.partition("\n")[0].encode()) + 1
    writer = f"(cat {first}; sleep 2; cat {rest}; sleep 1.5)"
    tmux.start(f"{writer} | {tmux.newstui('--json')} > {shlex.quote(str(out))}; echo STATUS=$?; sleep 10")
    tmux.wait_text("waiting for stdin", timeout=5)  # (while the writer is quiet)
    screen = tmux.wait_text("STATUS=", timeout=15)
    assert "STATUS=0" in screen
    told = [line for line in screen if "waiting for stdin" in line]
    assert told == [f"newstui: waiting for stdin ({size} bytes so far; at most 30 s without a byte; ctrl+c stops)"]
    (article,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert article["title"] == HEADLINE
