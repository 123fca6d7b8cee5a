"""The core never imports Textual, and light commands never import the heavy libraries."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import newstui

CORE_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(newstui.__path__, "newstui.")
    if not info.name.startswith(("newstui.ui", "newstui.__main__", "newstui.cli"))
)


def _imported_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


class TestImportHygiene:
    def test_core_module_list_is_not_empty(self) -> None:
        """The walk finds the core modules (so the parametrized test below checks something)."""
        assert {"newstui.model", "newstui.render", "newstui.text.rtl", "newstui.history"} <= set(CORE_MODULES)

    @pytest.mark.parametrize("module", CORE_MODULES)
    def test_core_module_does_not_import_textual(self, module: str) -> None:
        """Importing a core module loads no textual module."""
        loaded = _imported_after(f"import {module}")
        assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}

    def test_cli_module_imports_no_heavy_library(self) -> None:
        """Importing the CLI loads neither Textual nor the network, feed or extraction libraries."""
        loaded = _imported_after("import newstui.cli")
        heavy = {"textual", "httpx", "feedparser", "trafilatura", "lxml", "charset_normalizer"}
        assert not heavy & {m.split(".")[0] for m in loaded}

    def test_ui_package_is_where_textual_lives(self) -> None:
        """The UI app module does import Textual (the hygiene test would be vacuous otherwise)."""
        loaded = _imported_after("import newstui.ui.app")
        assert "textual" in loaded
