"""``python -m benchmarks``: generate the data, run the cases, print the ratio table, write the JSON."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import data
from benchmarks.runner import Context, format_table, run_cases, stderr_log, write_json


def build_parser() -> argparse.ArgumentParser:
    """Command-line options of the suite."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Side-by-side ratios of newstui against baselines measured in the same run.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="skip the 100,000-file folder; one full-load run instead of three"
    )
    parser.add_argument("--iterations", type=int, default=7, help="kept iterations per case (default 7, minimum 3)")
    parser.add_argument("--warmup", type=int, default=1, help="discarded warm-up iterations (default 1)")
    parser.add_argument(
        "--only", action="append", default=[], metavar="TEXT", help="run cases whose name or row id contains TEXT"
    )
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--show", type=Path, metavar="JSON", help="print the table of a saved run and exit")
    parser.add_argument("--json", type=Path, default=None, help="where to write the JSON (default results/latest.json)")
    return parser


def compile_package(log: Callable[[str], None]) -> None:
    """Write newstui's bytecode caches, as ``pip install .`` does.

    A source checkout run with PYTHONDONTWRITEBYTECODE (or from a read-only tree) would otherwise
    compile every module from source at each start, which a user's installed copy never does.
    """
    import compileall

    import newstui

    package = Path(newstui.__file__).resolve().parent
    if not compileall.compile_dir(package, quiet=1):
        log(f"could not write bytecode for {package}; start-up rows include compiling from source")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite; returns 0 (misses are reported, not failures), 2 on bad arguments."""
    args = build_parser().parse_args(argv)
    if args.iterations < 3 or args.warmup < 0:
        print("--iterations must be at least 3 and --warmup at least 0", file=sys.stderr)
        return 2
    if args.show:
        import json

        from benchmarks.runner import Report

        try:
            saved = Report.from_json(json.loads(args.show.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as error:  # no saved run yet, or not one
            print(f"benchmarks: cannot show {args.show}: {error}", file=sys.stderr)
            return 2
        print(format_table(saved))
        print("\n" + summary_line(saved.meta))
        return 0
    from benchmarks.cases import ALL_CASES, REPORT_ORDER

    cases = ALL_CASES
    if args.only:
        wanted = [text.lower() for text in args.only]
        cases = [
            case
            for case in ALL_CASES
            if any(w in case.name.lower() or any(w == row.id.lower() for row in case.rows) for w in wanted)
        ]
    if args.list:
        for case in ALL_CASES:
            rows = ", ".join(row.id for row in case.rows)
            print(f"{case.name:40} {rows}{'' if case.quick else '   (not in --quick)'}")
        return 0
    started = time.perf_counter()
    stderr_log("preparing data in benchmarks/.data ...")
    dataset = data.ensure(big=not args.quick, log=stderr_log)
    compile_package(stderr_log)
    ctx = Context(iterations=args.iterations, warmup=args.warmup, quick=args.quick, data=dataset, log=stderr_log)
    report = run_cases(cases, ctx)
    rank = {row_id: i for i, row_id in enumerate(REPORT_ORDER)}
    report.rows.sort(key=lambda row: rank.get(row.spec.id, len(rank)))
    path = write_json(report, args.json)
    print(format_table(report))
    print(f"\n{summary_line(report.meta)}, {time.perf_counter() - started:.0f} s in all. JSON: {path}")
    return 0


def summary_line(meta: dict[str, object]) -> str:
    """Machine, load and run parameters in one line (under the table)."""
    return (
        f"{meta.get('cpus')} CPUs ({meta.get('cpu_model', '?')}), Python {meta.get('python')}, "
        f"load average {meta.get('loadavg_start')} -> {meta.get('loadavg_end')}; "
        f"{'quick' if meta.get('quick') else 'full'} run of {meta.get('started', '?')}, "
        f"{meta.get('iterations')} iterations + {meta.get('warmup')} warm-up, {meta.get('duration_s')} s of cases"
    )


if __name__ == "__main__":
    raise SystemExit(main())
