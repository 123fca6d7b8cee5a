"""Interleaved timing, per-iteration ratios, medians and IQR, and the table + JSON report of the suite."""

from __future__ import annotations

import json
import math
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

Clock = Callable[[], float]
Variant = Callable[[], "float | None"]
"""One timed thing: returns None to be timed by the runner's clock, or its own elapsed seconds."""

Status = Literal["ok", "MISS", "info", "skipped", "error"]

RESULTS_DIR = Path(__file__).resolve().parent / "results"


# --------------------------------------------------------------------------------------------- statistics


def quantile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values`` by linear interpolation between closest ranks.

    This is the "inclusive" method (numpy's default, R type 7): the median of an even-sized sample
    is the mean of its two middle values, and q=0 / q=1 are the minimum / maximum.

    Raises:
        ValueError: on an empty sample or ``q`` outside 0..1.
    """
    if not values:
        raise ValueError("quantile of an empty sample")
    if not 0.0 <= q <= 1.0:
        raise ValueError(f"q must be within 0..1, not {q}")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo = math.floor(pos)
    hi = math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass(frozen=True, slots=True)
class Summary:
    """Median and quartiles of a sample."""

    median: float
    q1: float
    q3: float
    n: int

    @property
    def iqr(self) -> float:
        """Interquartile range, ``q3 - q1``."""
        return self.q3 - self.q1

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        """Summarize a non-empty sample."""
        return cls(quantile(values, 0.5), quantile(values, 0.25), quantile(values, 0.75), len(values))

    def to_json(self) -> dict[str, float]:
        """Plain dict (with the IQR) for the JSON report."""
        return {"median": self.median, "q1": self.q1, "q3": self.q3, "iqr": self.iqr, "n": self.n}


def ratios(candidate: Sequence[float], baseline: Sequence[float]) -> list[float]:
    """Per-iteration ratios ``candidate[i] / baseline[i]``.

    Raises:
        ValueError: when the samples differ in length or a baseline value is not positive.
    """
    if len(candidate) != len(baseline):
        raise ValueError(f"unpaired samples: {len(candidate)} candidate vs {len(baseline)} baseline")
    if any(b <= 0 for b in baseline):
        raise ValueError("baseline values must be positive")
    return [c / b for c, b in zip(candidate, baseline, strict=True)]


# --------------------------------------------------------------------------------------------- interleaving


def run_rounds(
    variants: Mapping[str, Variant],
    *,
    iterations: int,
    warmup: int = 1,
    clock: Clock = time.perf_counter,
    between: Callable[[], None] | None = None,
) -> dict[str, list[float]]:
    """Run every variant once per round, ``warmup`` discarded rounds then ``iterations`` kept ones.

    The order inside a round rotates by one each round (A B C, B C A, C A B, ...), so no variant
    always runs first (cold) or last. A variant that returns a float reports its own elapsed time;
    otherwise the runner times the call with ``clock``.

    Args:
        variants: name -> callable; all are run in every round.
        iterations: kept rounds (at least 1).
        warmup: rounds run first and thrown away.
        clock: seconds clock (injectable for tests).
        between: called before every variant run (e.g. to clear caches); not timed.

    Returns:
        name -> list of ``iterations`` elapsed times in seconds, index i from round i.
    """
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    names = list(variants)
    kept: dict[str, list[float]] = {name: [] for name in names}
    for round_no in range(warmup + iterations):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            if between is not None:
                between()
            start = clock()
            reported = variants[name]()
            elapsed = clock() - start if reported is None else float(reported)
            if round_no >= warmup:
                kept[name].append(elapsed)
    return kept


def interleave(
    candidate: Variant,
    baseline: Variant,
    *,
    iterations: int,
    warmup: int = 1,
    clock: Clock = time.perf_counter,
    between: Callable[[], None] | None = None,
) -> tuple[list[float], list[float]]:
    """Candidate and baseline alternated in one loop (ABBA order); returns both samples."""
    out = run_rounds(
        {"candidate": candidate, "baseline": baseline},
        iterations=iterations,
        warmup=warmup,
        clock=clock,
        between=between,
    )
    return out["candidate"], out["baseline"]


# --------------------------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class RowSpec:
    """A line of the report, declared before it is measured (so a skipped case still shows it)."""

    id: str
    name: str
    baseline: str
    target: float | None
    """Largest acceptable median ratio; None for information-only rows."""
    unit: str = "ms"
    """How the raw medians are shown: "ms" (samples in seconds) or "MiB" (samples in MiB)."""


@dataclass(frozen=True, slots=True)
class Measured:
    """Paired samples for a row (same length, same rounds)."""

    candidate: list[float]
    baseline: list[float]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row that could not be measured."""

    reason: str


@dataclass(frozen=True, slots=True)
class CounterSpec:
    """A deterministic count with a bound (noise cannot move it)."""

    id: str
    name: str
    limit: float
    """Largest acceptable value."""


@dataclass(frozen=True, slots=True)
class Counted:
    """The measured value of a counter."""

    value: float
    note: str = ""


Outcome = Measured | Skipped | Counted


@dataclass(slots=True)
class Row:
    """A measured (or skipped) report line."""

    spec: RowSpec
    status: Status
    ratio: Summary | None = None
    candidate: Summary | None = None
    baseline: Summary | None = None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        """Plain dict for the JSON report."""
        return {
            **asdict(self.spec),
            "status": self.status,
            "ratio": self.ratio.to_json() if self.ratio else None,
            "candidate": self.candidate.to_json() if self.candidate else None,
            "baseline_sample": self.baseline.to_json() if self.baseline else None,
            "note": self.note,
        }


@dataclass(slots=True)
class CounterRow:
    """A counter's result."""

    spec: CounterSpec
    status: Status
    value: float | None = None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        """Plain dict for the JSON report."""
        return {**asdict(self.spec), "status": self.status, "value": self.value, "note": self.note}


def judge(spec: RowSpec, outcome: Outcome | None, *, missing: str = "not measured") -> Row:
    """Turn a row's outcome into a report row: ratio summary and pass/miss against the target."""
    if outcome is None:
        return Row(spec, "skipped", note=missing)
    if isinstance(outcome, Skipped):
        return Row(spec, "skipped", note=outcome.reason)
    if isinstance(outcome, Counted):
        return Row(spec, "error", note="a counter was returned for a timed row")
    ratio = Summary.of(ratios(outcome.candidate, outcome.baseline))
    if spec.target is None:
        status: Status = "info"
    else:
        status = "ok" if ratio.median <= spec.target else "MISS"
    return Row(
        spec,
        status,
        ratio=ratio,
        candidate=Summary.of(outcome.candidate),
        baseline=Summary.of(outcome.baseline),
        note=outcome.note,
    )


def judge_counter(spec: CounterSpec, outcome: Outcome | None, *, missing: str = "not measured") -> CounterRow:
    """Turn a counter's outcome into a report row."""
    if outcome is None:
        return CounterRow(spec, "skipped", note=missing)
    if isinstance(outcome, Skipped):
        return CounterRow(spec, "skipped", note=outcome.reason)
    if not isinstance(outcome, Counted):
        return CounterRow(spec, "error", note="a timing was returned for a counter")
    return CounterRow(spec, "ok" if outcome.value <= spec.limit else "MISS", outcome.value, outcome.note)


# --------------------------------------------------------------------------------------------- cases


@dataclass
class Context:
    """What a case gets: iteration counts, mode, data, and a progress logger."""

    iterations: int
    warmup: int
    quick: bool
    data: Any = None
    """benchmarks.data.Dataset (typed loosely so the runner stays independent of the generators)."""
    log: Callable[[str], None] = field(default=lambda message: None)
    resources: dict[str, Any] = field(default_factory=dict)
    """Shared lazily created things (e.g. the loopback server), closed by the runner."""
    closers: list[Callable[[], None]] = field(default_factory=list)


class SkipCase(Exception):
    """Raised by a case that cannot run here (missing module, missing tool)."""


CaseFunc = Callable[[Context], Mapping[str, Outcome]]


@dataclass(frozen=True)
class Case:
    """A group of rows and counters measured together by one function."""

    name: str
    rows: tuple[RowSpec, ...]
    func: CaseFunc
    counters: tuple[CounterSpec, ...] = ()
    quick: bool = True
    """Whether ``--quick`` runs it."""


@dataclass
class Report:
    """Everything a run produced."""

    rows: list[Row] = field(default_factory=list)
    counters: list[CounterRow] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Plain dict for ``results/latest.json``."""
        return {
            "meta": self.meta,
            "rows": [row.to_json() for row in self.rows],
            "counters": [row.to_json() for row in self.counters],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Report:
        """Rebuild a report from ``to_json`` output (to print the table of an earlier run)."""

        def summary(value: dict[str, float] | None) -> Summary | None:
            if not value:
                return None
            return Summary(value["median"], value["q1"], value["q3"], int(value["n"]))

        rows = [
            Row(
                RowSpec(row["id"], row["name"], row["baseline"], row["target"], row.get("unit", "ms")),
                row["status"],
                summary(row.get("ratio")),
                summary(row.get("candidate")),
                summary(row.get("baseline_sample")),
                row.get("note", ""),
            )
            for row in data.get("rows", [])
        ]
        counters = [
            CounterRow(CounterSpec(c["id"], c["name"], c["limit"]), c["status"], c.get("value"), c.get("note", ""))
            for c in data.get("counters", [])
        ]
        return cls(rows=rows, counters=counters, meta=dict(data.get("meta", {})))


def skip_reason(exc: BaseException) -> str | None:
    """A short "why skipped" for exceptions that mean "the code under test is not there yet"."""
    if isinstance(exc, SkipCase):
        return str(exc)
    if isinstance(exc, ModuleNotFoundError):
        return f"module {exc.name or exc} not available"
    if isinstance(exc, ImportError):
        return f"missing API: {exc}"
    return None


def run_case(case: Case, ctx: Context) -> tuple[list[Row], list[CounterRow]]:
    """Run one case; exceptions become skipped/error rows instead of ending the suite."""
    try:
        outcomes = dict(case.func(ctx))
    except Exception as exc:  # noqa: BLE001 - a failing case must not end the suite
        reason = skip_reason(exc)
        if reason is None:
            status: Status = "error"
            reason = f"{type(exc).__name__}: {exc}"
            ctx.log("".join(traceback.format_exception(exc)).rstrip())
        else:
            status = "skipped"
        return (
            [Row(spec, status, note=reason) for spec in case.rows],
            [CounterRow(spec, status, note=reason) for spec in case.counters],
        )
    rows = [judge(spec, outcomes.get(spec.id)) for spec in case.rows]
    counters = [judge_counter(spec, outcomes.get(spec.id)) for spec in case.counters]
    return rows, counters


def run_cases(cases: Iterable[Case], ctx: Context) -> Report:
    """Run the cases in order and collect the report (resources are closed at the end)."""
    report = Report()
    started = time.time()
    load_start = _loadavg()
    try:
        for case in cases:
            if ctx.quick and not case.quick:
                rows = [Row(spec, "skipped", note="not in --quick") for spec in case.rows]
                counters = [CounterRow(spec, "skipped", note="not in --quick") for spec in case.counters]
            else:
                ctx.log(f"== {case.name}")
                t0 = time.perf_counter()
                rows, counters = run_case(case, ctx)
                ctx.log(f"   {case.name}: {time.perf_counter() - t0:.1f} s")
            report.rows.extend(rows)
            report.counters.extend(counters)
    finally:
        for close in reversed(ctx.closers):
            try:
                close()
            except Exception as exc:  # noqa: BLE001 - one closer that fails must not keep the others from running
                ctx.log(f"cleanup failed: {exc}")
    report.meta = machine_info() | {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "duration_s": round(time.time() - started, 1),
        "iterations": ctx.iterations,
        "warmup": ctx.warmup,
        "quick": ctx.quick,
        "loadavg_start": load_start,
        "loadavg_end": _loadavg(),
    }
    return report


def _loadavg() -> str | None:
    """The 1/5/15-minute load averages as text (the machine is shared: worth recording)."""
    try:
        return "/".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return None


def machine_info() -> dict[str, Any]:
    """CPU count/model, Python and library versions for the report header."""
    info: dict[str, Any] = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                info["cpu_model"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib import metadata

    versions = {}
    for dist in ("newstui", "textual", "rich", "arabic-reshaper", "python-bidi", "httpx", "feedparser", "trafilatura"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    info["versions"] = versions
    return info


# --------------------------------------------------------------------------------------------- output


def _fmt_ratio(value: float) -> str:
    """Three significant digits (0.353, 1.35, 19.8, 278), so a near-miss is visible."""
    return f"{value:#.3g}" if value < 100 else f"{value:,.0f}"


def _fmt_value(value: float, unit: str) -> str:
    if unit == "ms":
        ms = value * 1000
        return f"{ms:.3g}" if ms < 100 else f"{ms:,.0f}"
    return f"{value:.1f}"


def format_table(report: Report) -> str:
    """The report as Markdown tables: ratios first, then the counters."""
    lines = [
        "| # | case | baseline (same run) | ratio (median) | IQR | target | candidate / baseline (median) | status |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in report.rows:
        spec = row.spec
        target = f"≤ {spec.target:g}" if spec.target is not None else "info"
        if row.ratio and row.candidate and row.baseline:
            ratio = f"**{_fmt_ratio(row.ratio.median)}**"
            iqr = f"{_fmt_ratio(row.ratio.q1)}–{_fmt_ratio(row.ratio.q3)}"
            cand = _fmt_value(row.candidate.median, spec.unit)
            raw = f"{cand} / {_fmt_value(row.baseline.median, spec.unit)} {spec.unit}"
        else:
            ratio = iqr = raw = "—"
        status = row.status if row.status in ("ok", "MISS", "info") else f"{row.status}: {row.note}"
        if row.note and row.status in ("ok", "MISS", "info"):
            status += f" ({row.note})"
        lines.append(f"| {spec.id} | {spec.name} | {spec.baseline} | {ratio} | {iqr} | {target} | {raw} | {status} |")
    if report.counters:
        lines += ["", "| # | counter | value | limit | status |", "|---|---|---|---|---|"]
        for counter in report.counters:
            value = "—" if counter.value is None else f"{counter.value:g}"
            status = counter.status if counter.status in ("ok", "MISS") else f"{counter.status}: {counter.note}"
            if counter.note and counter.status in ("ok", "MISS"):
                status += f" ({counter.note})"
            lines.append(f"| {counter.spec.id} | {counter.spec.name} | {value} | ≤ {counter.spec.limit:g} | {status} |")
    return "\n".join(lines)


def write_json(report: Report, path: Path | None = None) -> Path:
    """Write the report as JSON (default ``benchmarks/results/latest.json``); returns the path."""
    path = path or RESULTS_DIR / "latest.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def stderr_log(message: str) -> None:
    """Progress logger writing to stderr."""
    print(message, file=sys.stderr, flush=True)
