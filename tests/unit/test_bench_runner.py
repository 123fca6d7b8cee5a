"""The benchmark runner's statistics, interleaving and reporting, checked on synthetic timings."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.runner import (  # noqa: E402 - needs the repo root on sys.path first
    Case,
    Context,
    Counted,
    CounterSpec,
    Measured,
    Report,
    RowSpec,
    SkipCase,
    Skipped,
    Summary,
    format_table,
    interleave,
    judge,
    judge_counter,
    quantile,
    ratios,
    run_case,
    run_rounds,
    write_json,
)


class FakeClock:
    """A clock that advances only when a variant says how long it "took"."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def spend(self, seconds: float) -> Callable[[], None]:
        def variant() -> None:
            self.now += seconds

        return variant


class TestQuantile:
    @pytest.mark.parametrize(
        ("values", "q", "expected"),
        [
            ([3.0, 1.0, 2.0], 0.5, 2.0),
            ([4.0, 1.0, 3.0, 2.0], 0.5, 2.5),
            ([1.0, 2.0, 3.0, 4.0, 5.0], 0.25, 2.0),
            ([1.0, 2.0, 3.0, 4.0, 5.0], 0.75, 4.0),
            ([1.0, 2.0, 3.0, 4.0], 0.25, 1.75),
            ([1.0, 2.0, 3.0, 4.0], 0.75, 3.25),
            ([7.0], 0.9, 7.0),
            ([5.0, 1.0, 9.0], 0.0, 1.0),
            ([5.0, 1.0, 9.0], 1.0, 9.0),
        ],
        ids=["odd-median", "even-median", "q1-odd", "q3-odd", "q1-even", "q3-even", "single", "min", "max"],
    )
    def test_linear_interpolation(self, values: list[float], q: float, expected: float) -> None:
        """Quantiles interpolate linearly between closest ranks of the sorted sample (numpy's default)."""
        assert quantile(values, q) == pytest.approx(expected)

    @pytest.mark.parametrize(("values", "q"), [([], 0.5), ([1.0], -0.1), ([1.0], 1.5)], ids=["empty", "below", "above"])
    def test_rejects_bad_input(self, values: list[float], q: float) -> None:
        """An empty sample or a q outside 0..1 raises ValueError."""
        with pytest.raises(ValueError):
            quantile(values, q)


class TestSummary:
    def test_median_and_iqr(self) -> None:
        """Summary.of gives the median, both quartiles, the IQR and the sample size."""
        summary = Summary.of([10.0, 1.0, 4.0, 7.0, 13.0, 2.0, 100.0])
        assert (summary.median, summary.q1, summary.q3, summary.n) == (7.0, 3.0, 11.5, 7)
        assert summary.iqr == pytest.approx(8.5)

    def test_outlier_does_not_move_the_median(self) -> None:
        """One huge outlier changes neither the median nor the IQR of a larger sample much."""
        base = Summary.of([1.0, 1.1, 0.9, 1.0, 1.05, 0.95, 1.0])
        noisy = Summary.of([1.0, 1.1, 0.9, 1.0, 1.05, 0.95, 50.0])
        assert noisy.median == pytest.approx(base.median)
        assert noisy.iqr < 0.2


class TestRatios:
    def test_per_iteration_ratios(self) -> None:
        """Each candidate time is divided by the baseline time of the same iteration."""
        assert ratios([2.0, 3.0, 9.0], [1.0, 2.0, 3.0]) == pytest.approx([2.0, 1.5, 3.0])

    def test_median_of_ratios_is_not_ratio_of_medians(self) -> None:
        """The report's ratio is the median of per-iteration ratios (paired), not median/median."""
        cand, base = [1.0, 4.0, 9.0], [1.0, 2.0, 9.0]
        assert Summary.of(ratios(cand, base)).median == pytest.approx(1.0)
        assert Summary.of(cand).median / Summary.of(base).median == pytest.approx(2.0)

    @pytest.mark.parametrize(("cand", "base"), [([1.0], [1.0, 2.0]), ([1.0], [0.0])], ids=["unpaired", "zero-baseline"])
    def test_rejects_bad_samples(self, cand: list[float], base: list[float]) -> None:
        """Unpaired samples and non-positive baselines raise ValueError."""
        with pytest.raises(ValueError):
            ratios(cand, base)


class TestInterleaving:
    def test_rounds_rotate_order_and_drop_warmup(self) -> None:
        """Every round runs each variant once, the order rotates, and warm-up rounds are not kept."""
        calls: list[str] = []
        clock = FakeClock()

        def variant(name: str, seconds: float) -> Callable[[], None]:
            def run() -> None:
                calls.append(name)
                clock.now += seconds

            return run

        out = run_rounds(
            {"a": variant("a", 1.0), "b": variant("b", 2.0), "c": variant("c", 3.0)},
            iterations=2,
            warmup=1,
            clock=clock,
        )
        assert calls == ["a", "b", "c", "b", "c", "a", "c", "a", "b"]
        assert out == {"a": [1.0, 1.0], "b": [2.0, 2.0], "c": [3.0, 3.0]}

    def test_self_timed_variant_reports_its_own_time(self) -> None:
        """A variant returning a float is recorded with that value instead of the clock's."""
        clock = FakeClock()
        out = run_rounds({"x": lambda: 0.25}, iterations=3, warmup=0, clock=clock)
        assert out == {"x": [0.25, 0.25, 0.25]}

    def test_interleave_pairs_candidate_and_baseline(self) -> None:
        """interleave returns paired candidate and baseline samples from the same rounds (ABBA order)."""
        clock = FakeClock()
        between_calls: list[int] = []
        cand, base = interleave(
            clock.spend(3.0),
            clock.spend(1.5),
            iterations=7,
            warmup=1,
            clock=clock,
            between=lambda: between_calls.append(1),
        )
        assert (cand, base) == ([3.0] * 7, [1.5] * 7)
        assert len(between_calls) == 16
        assert Summary.of(ratios(cand, base)).median == pytest.approx(2.0)

    def test_iterations_must_be_positive(self) -> None:
        """Zero iterations is refused."""
        with pytest.raises(ValueError):
            run_rounds({"x": lambda: None}, iterations=0)


SPEC = RowSpec("T1", "thing", "other thing", 1.5)


class TestJudging:
    @pytest.mark.parametrize(
        ("cand", "target", "status"),
        [([1.4] * 7, 1.5, "ok"), ([1.6] * 7, 1.5, "MISS"), ([1.5] * 7, 1.5, "ok"), ([9.0] * 7, None, "info")],
        ids=["under", "over", "equal", "info"],
    )
    def test_status_from_median_ratio(self, cand: list[float], target: float | None, status: str) -> None:
        """A row is ok when the median ratio is at most the target, MISS above it, info without one."""
        row = judge(RowSpec("T", "t", "b", target), Measured(cand, [1.0] * 7))
        assert row.status == status
        assert row.ratio is not None and row.ratio.median == pytest.approx(cand[0])

    def test_skipped_and_missing_rows(self) -> None:
        """A Skipped outcome keeps its reason; a row without an outcome is skipped too."""
        assert judge(SPEC, Skipped("no module")).note == "no module"
        assert judge(SPEC, None).status == "skipped"

    @pytest.mark.parametrize(("value", "status"), [(0, "ok"), (3, "MISS")], ids=["at-limit", "over-limit"])
    def test_counter_against_limit(self, value: int, status: str) -> None:
        """A counter is ok at or under its limit and MISS above it."""
        assert judge_counter(CounterSpec("K", "k", 0), Counted(value)).status == status


def _ctx() -> Context:
    return Context(iterations=3, warmup=0, quick=False)


class TestRunCase:
    @pytest.mark.parametrize(
        ("error", "status", "note"),
        [
            (ModuleNotFoundError("No module named 'newstui.x'", name="newstui.x"), "skipped", "newstui.x"),
            (SkipCase("tool missing"), "skipped", "tool missing"),
            (RuntimeError("boom"), "error", "RuntimeError: boom"),
        ],
        ids=["missing-module", "skip", "crash"],
    )
    def test_exceptions_become_rows(self, error: Exception, status: str, note: str) -> None:
        """A case that raises yields skipped (missing code) or error rows for all its specs, never a crash."""

        def func(ctx: Context) -> dict[str, Measured]:
            raise error

        rows, counters = run_case(Case("c", (SPEC,), func, counters=(CounterSpec("K", "k", 0),)), _ctx())
        assert [row.status for row in rows] == [status]
        assert note in rows[0].note
        assert [counter.status for counter in counters] == [status]


class TestOutput:
    def _report(self) -> Report:
        rows, counters = run_case(
            Case(
                "c",
                (SPEC, RowSpec("T2", "mem", "base", 1.15, unit="MiB")),
                lambda ctx: {
                    "T1": Measured([0.002] * 7, [0.001] * 7),
                    "T2": Skipped("not yet"),
                    "K": Counted(0),
                },
                counters=(CounterSpec("K", "count", 0),),
            ),
            _ctx(),
        )
        return Report(rows=rows, counters=counters, meta={"cpus": 2})

    def test_table_has_ratio_target_and_skip_reason(self) -> None:
        """The Markdown table shows each row's median ratio, IQR, target, raw medians and skip reasons."""
        table = format_table(self._report())
        assert "| T1 | thing | other thing | **2.00** | 2.00–2.00 | ≤ 1.5 | 2 / 1 ms | MISS |" in table
        assert "skipped: not yet" in table
        assert "| K | count | 0 | ≤ 0 | ok |" in table

    def test_json_round_trip(self, tmp_path: Path) -> None:
        """The JSON report holds every row with its ratio summary and status."""
        path = write_json(self._report(), tmp_path / "out.json")
        loaded = json.loads(path.read_text(encoding="utf-8"))
        assert [row["id"] for row in loaded["rows"]] == ["T1", "T2"]
        assert loaded["rows"][0]["ratio"]["median"] == pytest.approx(2.0)
        assert loaded["rows"][0]["status"] == "MISS"
        assert loaded["rows"][1]["status"] == "skipped"
        assert loaded["counters"][0]["value"] == 0


def test_show_without_a_saved_run_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--show`` of a run never saved (a fresh clone: results/ is not committed) says so, exit status 2."""
    from benchmarks.__main__ import main

    assert main(["--show", str(tmp_path / "latest.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("benchmarks: cannot show ") and err.count("\n") == 1
