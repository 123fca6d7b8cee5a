"""Tiny programs run in subprocesses by the process-level cases (not imported by the suite)."""
