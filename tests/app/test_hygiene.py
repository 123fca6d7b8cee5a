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


MARKUP_FREE = ("Content", "Text")
"""Constructors whose string argument is never read as markup: a string built inside them is the safe way."""


def _builds_string(node: ast.expr) -> bool:
    """This node itself is an f-string, a concatenation or %-formatting, or a ``.format(...)`` call."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"


def _built_string(node: ast.AST) -> bool:
    """A string is built anywhere in the expression (``f"…" if url else ""``, ``a or f"…"``, ``str(f"…")``),
    except inside a ``Content(...)`` or ``Text(...)``, which does not read markup."""
    if isinstance(node, ast.expr) and _builds_string(node):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if name in MARKUP_FREE:
            return False
    return any(_built_string(child) for child in ast.iter_child_nodes(node))


class TestMarkupHygiene:
    """Every notification turns markup off; titles and labels are never built from f-strings."""

    def test_sources_found(self) -> None:
        """The walk finds the UI modules (so the checks below check something)."""
        names = {path.name for path in UI_SOURCES}
        assert {"app.py", "reader.py", "article_view.py"} <= names

    @pytest.mark.parametrize("path", UI_SOURCES, ids=lambda path: path.name)
    def test_notify_turns_markup_off(self, path: Path) -> None:
        """Each notify(...) call passes markup=False (NewsApp.notify, which lays messages out, hands its own on)."""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        overrides = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == "notify"]
        handing_on = {id(call) for override in overrides for call in _calls(override, "notify")}
        for call in _calls(tree, "notify"):
            flags = {kw.arg: kw.value for kw in call.keywords}
            markup = flags.get("markup")
            if id(call) in handing_on:
                assert isinstance(markup, ast.Name) and markup.id == "markup", f"{path.name}:{call.lineno}"
                continue
            assert isinstance(markup, ast.Constant) and markup.value is False, f"{path.name}:{call.lineno}"

    @pytest.mark.parametrize("path", UI_SOURCES, ids=lambda path: path.name)
    def test_notify_handed_on_turns_markup_off(self, path: Path) -> None:
        """notify handed to another call (call_from_thread(self.notify, …), partial(app.notify, …)) passes
        markup=False in that call."""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            handed = [arg for arg in node.args if isinstance(arg, ast.Attribute) and arg.attr == "notify"]
            if handed:
                flags = {kw.arg: kw.value for kw in node.keywords}
                markup = flags.get("markup")
                assert isinstance(markup, ast.Constant) and markup.value is False, f"{path.name}:{node.lineno}"

    def test_the_handed_on_check_sees_a_call(self) -> None:
        """The check above finds the notify handed to call_from_thread by the browser's thread (so it checks
        something)."""
        tree = ast.parse((Path(newstui.ui.__file__).parent / "browser.py").read_text(encoding="utf-8"))
        handed = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and any(isinstance(arg, ast.Attribute) and arg.attr == "notify" for arg in node.args)
        ]
        assert handed

    @pytest.mark.parametrize(
        ("code", "built"),
        [
            ('f"loading {host}"', True),
            ('f"loading {host}" if url else ""', True),
            ('"" if not url else "loading " + host', True),
            ('title or "%s" % host', True),
            ('(label := "{}".format(host))', True),
            ('str(f"{host}")', True),
            ('[f"{host}"][0]', True),
            ('Content(f"loading {host}") if url else ""', False),
            ('Text("a" + host)', False),
            ('title if url else ""', False),
            ('"plain"', False),
            ("sanitize_line(title)", False),
        ],
    )
    def test_the_check_sees_through_expressions(self, code: str, built: bool) -> None:
        """A built string is found wherever it sits in the assigned expression, not only at its top."""
        assert _built_string(ast.parse(code, mode="eval").body) is built

    @pytest.mark.parametrize("path", UI_SOURCES, ids=lambda path: path.name)
    def test_no_fstring_titles_or_labels(self, path: Path) -> None:
        """border_title/border_subtitle, Static, Label and Option never get a string built in place (an f-string,
        ``+``, ``%`` or ``.format``: it would be read as markup)."""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Attribute) and target.attr in ("border_title", "border_subtitle"):
                        assert not _built_string(node.value), f"{path.name}:{node.lineno}"
        for name in ("Static", "Label", "Option"):
            for call in _calls(tree, name):
                assert not any(_built_string(arg) for arg in call.args), f"{path.name}:{call.lineno}"
