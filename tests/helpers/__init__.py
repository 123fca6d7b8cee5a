"""Shared test helpers (importable because pytest's pythonpath includes tests/)."""
