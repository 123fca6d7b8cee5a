"""Static checks of the UI sources: no markup parsing of strings that may carry untrusted text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newstui.ui

UI_SOURCES = sorted(Path(newstui.ui.__file__).parent.rglob("*.py"))


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Attribute) and node.func.attr == name)
            or (isinstance(node.func, ast.Name) and node.func.id == name)
        )
    ]


class TestMarkupHygiene:
    """Every notification turns markup off; titles and labels are never built from f-strings."""

    def test_sources_found(self) -> None:
        """The walk finds the UI modules (so the checks below check something)."""
        names = {path.name for path in UI_SOURCES}
        assert {"app.py", "reader.py", "article_view.py"} <= names

    @pytest.mark.parametrize("path", UI_SOURCES, ids=lambda path: path.name)
    def test_notify_turns_markup_off(self, path: Path) -> None:
        """Each notify(...) call passes markup=False."""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree, "notify"):
            flags = {kw.arg: kw.value for kw in call.keywords}
            markup = flags.get("markup")
            assert isinstance(markup, ast.Constant) and markup.value is False, f"{path.name}:{call.lineno}"

    @pytest.mark.parametrize("path", UI_SOURCES, ids=lambda path: path.name)
    def test_no_fstring_titles_or_labels(self, path: Path) -> None:
        """border_title/border_subtitle, Static, Label and Option never get an f-string (it would be markup)."""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Attribute) and target.attr in ("border_title", "border_subtitle"):
                        assert not isinstance(node.value, ast.JoinedStr), f"{path.name}:{node.lineno}"
        for name in ("Static", "Label", "Option"):
            for call in _calls(tree, name):
                assert not any(isinstance(arg, ast.JoinedStr) for arg in call.args), f"{path.name}:{call.lineno}"
