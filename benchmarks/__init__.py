"""newstui's benchmark suite: side-by-side ratios of each candidate to a baseline measured in the same run.

Run ``python -m benchmarks`` (see benchmarks/README.md); it is not part of the default test run.
"""
