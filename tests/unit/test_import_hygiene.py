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

    def test_article_ids_do_not_load_openssl(self) -> None:
        """Parsing an article (which hashes its origin) loads neither hashlib nor OpenSSL's _hashlib."""
        loaded = _imported_after(
            "from newstui.parse.plaintext import parse_plaintext\nparse_plaintext('T\\n\\nP.', origin='x')"
        )
        assert "newstui.parse.ids" in loaded
        assert not {"hashlib", "_hashlib"} & loaded

    def test_reader_loads_the_filter_box_on_demand(self) -> None:
        """The reader screen does not import its filter box's module (it is mounted on the first /)."""
        loaded = _imported_after("import newstui.ui.app, newstui.ui.screens.reader")
        assert "newstui.ui.screens.reader" in loaded
        assert "newstui.ui.widgets.filter_input" not in loaded

    def test_ui_package_is_where_textual_lives(self) -> None:
        """The UI app module does import Textual (the hygiene test would be vacuous otherwise)."""
        loaded = _imported_after("import newstui.ui.app")
        assert "textual" in loaded


def _installed(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


class TestHttpxImport:
    """Building the client imports httpx and httpcore without extras newstui never uses."""

    def test_client_does_not_load_trio_or_the_httpx_command_line(self) -> None:
        """make_client leaves trio and httpx's CLI (click, pygments) unloaded, installed or not."""
        loaded = _imported_after("from newstui.sources.http import make_client\nmake_client()")
        assert {"httpx", "httpcore", "httpcore._synchronization"} <= loaded
        assert "httpx._main" not in loaded
        assert "trio" not in loaded
        assert "click" not in loaded

    def test_names_are_released_after_the_import(self) -> None:
        """Afterwards the blocked names import normally again (or fail as not installed)."""
        code = (
            "import importlib, sys\n"
            "from newstui.sources.http import import_httpx\n"
            "import_httpx()\n"
            "import httpx, httpcore._synchronization as sync\n"
            "print(sys.modules.get('trio', 'absent') is not None, sync.trio is None, callable(httpx.main))\n"
            "try:\n"
            "    import trio\n"
            "    print('trio-imports')\n"
            "except ModuleNotFoundError as error:\n"
            "    print('halted' if 'halted' in str(error) else 'not-installed')\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        assert out[:3] == ["True", "True", "True"]
        assert out[3] == ("trio-imports" if _installed("trio") else "not-installed")

    def test_a_module_imported_before_is_left_alone(self) -> None:
        """A trio some other code already imported is the one httpcore sees (nothing is blocked then)."""
        if not _installed("trio"):
            pytest.skip("trio is not installed")
        code = (
            "import trio, sys\n"
            "from newstui.sources.http import import_httpx\n"
            "import_httpx()\n"
            "import httpcore._synchronization as sync\n"
            "print(sync.trio is trio, sys.modules['trio'] is trio)\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        assert out == ["True", "True"]
