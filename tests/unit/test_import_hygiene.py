"""The core never imports Textual, and light commands never import the heavy libraries."""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import newstui


def _in_ui_package(name: str) -> bool:
    return name == "newstui.ui" or name.startswith("newstui.ui.")


# Exact names: newstui.cli is checked too (importing it must not load Textual), and so is newstui.cli_args.
CORE_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(newstui.__path__, "newstui.")
    if not _in_ui_package(info.name) and info.name != "newstui.__main__"
)

PACKAGE_DIR = Path(newstui.__file__).parent
# The only modules outside newstui/ui/ that may import the UI package (never Textual itself): the entry
# point that launches the app. Keep this list tiny; a new entry means a new way for Textual into the core.
UI_LAUNCHERS = {"newstui/cli.py"}
CORE_SOURCES = sorted(
    path.relative_to(PACKAGE_DIR.parent).as_posix()
    for path in PACKAGE_DIR.rglob("*.py")
    if path.relative_to(PACKAGE_DIR).parts[0] != "ui"
)


def _module_name(relative: str) -> str:
    parts = relative.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_names(source: str, relative: str) -> list[tuple[int, str]]:
    """Every module named by an import statement anywhere in the source (functions and branches included),
    relative imports resolved; ``from pkg import sub`` also yields ``pkg.sub``."""
    module = _module_name(relative)
    package = module if relative.endswith("__init__.py") else module.rpartition(".")[0]
    names: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, relative)):
        if isinstance(node, ast.Import):
            names.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            names.append((node.lineno, base))
            names.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names if alias.name != "*")
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.append((node.lineno, node.args[0].value))
    return names


def _is_textual(name: str) -> bool:
    return name == "textual" or name.startswith("textual.")


def _imported_after(statement: str, env: dict[str, str] | None = None) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
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

    def test_cli_modules_are_checked(self) -> None:
        """Only the UI package is left out of the import-time check: newstui.cli and newstui.cli_args are in."""
        assert {"newstui.cli", "newstui.cli_args"} <= set(CORE_MODULES)
        assert not [name for name in CORE_MODULES if _in_ui_package(name)]

    def test_no_core_source_imports_textual_anywhere(self) -> None:
        """No module outside newstui/ui/ has an import of Textual in its source, not even one inside a
        function (which the import-time check above cannot see); the UI launchers included."""
        assert {"newstui/cli.py", "newstui/cli_args.py", "newstui/render.py", "newstui/text/rtl.py"} <= set(
            CORE_SOURCES
        )
        offenders = [
            f"{relative}:{line}: {name}"
            for relative in CORE_SOURCES
            for line, name in _imported_names((PACKAGE_DIR.parent / relative).read_text("utf-8"), relative)
            if _is_textual(name)
        ]
        assert offenders == []

    def test_only_the_launchers_import_the_ui_package(self) -> None:
        """Outside newstui/ui/, only the listed entry points import newstui.ui (lazily, to run the app)."""
        importers = {
            relative
            for relative in CORE_SOURCES
            for _, name in _imported_names((PACKAGE_DIR.parent / relative).read_text("utf-8"), relative)
            if _in_ui_package(name)
        }
        assert importers == UI_LAUNCHERS  # equal, not subset: a stale exemption is removed

    @pytest.mark.parametrize(
        ("source", "relative", "expected"),
        [
            ("def f():\n    from textual.app import App\n", "newstui/render.py", "textual.app"),
            ("if x:\n    import textual\n", "newstui/text/rtl.py", "textual"),
            ("def f():\n    from .ui import app\n", "newstui/cli.py", "newstui.ui.app"),
            ("def f():\n    from ..ui.app import create_app\n", "newstui/sources/local.py", "newstui.ui.app"),
            ("import importlib\nimportlib.import_module('textual.widgets')\n", "newstui/x.py", "textual.widgets"),
        ],
    )
    def test_the_source_scan_sees_nested_and_relative_imports(self, source: str, relative: str, expected: str) -> None:
        """The scan finds imports inside functions and branches, and resolves relative ones."""
        assert expected in {name for _, name in _imported_names(source, relative)}

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


@pytest.fixture
def with_trio(tmp_path: Path) -> dict[str, str]:
    """The environment of a Python that can import a ``trio`` (a stand-in of ours, first on its path, so the
    checks below do not depend on whether the real one is installed: it is not in the [test] extra)."""
    (tmp_path / "trio.py").write_text('"""A stand-in for trio."""\nSTAND_IN = True\n', encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


class TestHttpxImport:
    """Building the client imports httpx and httpcore without extras newstui never uses."""

    def test_client_does_not_load_trio_or_the_httpx_command_line(self, with_trio: dict[str, str]) -> None:
        """make_client leaves an importable trio and httpx's CLI (click, pygments) unloaded."""
        loaded = _imported_after("from newstui.sources.http import make_client\nmake_client()", with_trio)
        assert {"httpx", "httpcore", "httpcore._synchronization"} <= loaded
        assert "httpx._main" not in loaded
        assert "trio" not in loaded
        assert "click" not in loaded

    def test_names_are_released_after_the_import(self, with_trio: dict[str, str]) -> None:
        """Afterwards the blocked names import normally again."""
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
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=with_trio)
        assert done.stdout.split() == ["True", "True", "True", "trio-imports"]

    def test_a_module_imported_before_is_left_alone(self, with_trio: dict[str, str]) -> None:
        """A trio some other code already imported is the one httpcore sees (nothing is blocked then)."""
        code = (
            "import trio, sys\n"
            "from newstui.sources.http import import_httpx\n"
            "import_httpx()\n"
            "import httpcore._synchronization as sync\n"
            "print(trio.STAND_IN, sync.trio is trio, sys.modules['trio'] is trio)\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=with_trio)
        assert done.stdout.split() == ["True", "True", "True"]
