"""Light commands: ``--version`` and ``--help`` wall time against ``python -c pass`` (no Textual import)."""

from __future__ import annotations

import sys
from collections.abc import Mapping

from benchmarks.runner import Case, Context, Counted, CounterSpec, Measured, Outcome, RowSpec, run_rounds
from benchmarks.support import require
from benchmarks.term import child_env, wall_run

ROWS = (
    RowSpec("B1v", "--version", "python -c pass", 2.0),
    RowSpec("B1h", "--help", "python -c pass", 2.0),
)
COUNTERS = (CounterSpec("K3", "Textual / httpx / feedparser / trafilatura modules loaded by --version and --help", 0),)

HEAVY = ("textual", "httpx", "feedparser", "trafilatura", "lxml", "charset_normalizer")


def _heavy_modules(flag: str) -> int:
    """How many heavy top-level packages are imported by ``newstui <flag>`` (run in-process by a child)."""
    import subprocess

    code = (
        "import sys\nfrom newstui.cli import main\n"
        f"try:\n    main([{flag!r}])\nexcept SystemExit:\n    pass\n"
        f"print(sum(1 for m in sys.modules if m.split('.')[0] in {HEAVY!r}), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stderr.strip().splitlines()[-1])


def _light_commands(ctx: Context) -> Mapping[str, Outcome]:
    require("newstui.cli")
    env = child_env()
    runs: dict[str, list[bool]] = {"version": [], "help": []}

    def command(flag: str, key: str) -> float:
        run = wall_run([sys.executable, "-m", "newstui", flag], env=env)
        runs[key].append(run.ok)
        return run.seconds

    times = run_rounds(
        {
            "pass": lambda: wall_run([sys.executable, "-c", "pass"], env=env).seconds,
            "version": lambda: command("--version", "version"),
            "help": lambda: command("--help", "help"),
        },
        iterations=max(ctx.iterations, 11),
        warmup=ctx.warmup,
    )
    if not all(runs["version"] + runs["help"]):
        raise RuntimeError("newstui --version/--help exited with an error")
    heavy = _heavy_modules("--version") + _heavy_modules("--help")
    return {
        "B1v": Measured(times["version"], times["pass"]),
        "B1h": Measured(times["help"], times["pass"]),
        "K3": Counted(heavy),
    }


CASES = [Case("--version / --help", ROWS, _light_commands, counters=COUNTERS)]
