"""Pilot tests of notifications: one toast for a message repeated while it is still shown."""

from __future__ import annotations

from typing import Any

from app_support import SIZE


async def _toasts(pilot: Any) -> list[str]:
    from textual.widgets._toast import Toast

    await pilot.pause(0.2)
    return [str(toast.render()) for toast in pilot.app.query(Toast)]


async def test_a_repeated_message_is_one_toast(make_app: Any) -> None:
    """Six failures of the same kind (n pressed over feed entries that cannot be fetched) are one toast, not six
    covering the list; another message still gets its own."""
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        for _ in range(6):
            app.notify("http://127.0.0.1:9/a: connection refused", title="Full story not available", markup=False)
        assert len(await _toasts(pilot)) == 1
        app.notify("http://127.0.0.1:9/b: connection refused", title="Full story not available", markup=False)
        app.notify("http://127.0.0.1:9/a: connection refused", title="Could not open link", markup=False)
        assert len(await _toasts(pilot)) == 3
