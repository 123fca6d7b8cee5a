"""LazyRegex answers like the compiled pattern, compiles once on first use, and keeps imports cheap."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from newstui.text.lazy_regex import LazyRegex

CASES = [
    ("[\u0600-\u06ff]+", "abc مرحبا def عالم"),
    ("x(y)?", "xx xy"),
    ("(?!)", "anything"),
    ("^$", ""),
]


class TestLazyRegex:
    @pytest.mark.parametrize(("pattern", "text"), CASES)
    def test_methods_answer_like_the_compiled_pattern(self, pattern: str, text: str) -> None:
        """search, fullmatch, finditer and sub give what re.compile(pattern) gives."""
        lazy, real = LazyRegex(pattern), re.compile(pattern)
        found = lazy.search(text)
        assert (found.span() if found else None) == ((m := real.search(text)) and m.span())
        assert bool(lazy.fullmatch(text)) == bool(real.fullmatch(text))
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert lazy.sub("_", text) == real.sub("_", text)
        assert lazy.sub(lambda m: m.group().upper(), text) == real.sub(lambda m: m.group().upper(), text)

    def test_compiled_on_first_use_only(self) -> None:
        """Nothing is compiled until a method is called; then the same pattern object is reused."""
        lazy = LazyRegex("a+", re.IGNORECASE)
        assert not lazy.compiled
        assert lazy.search("xAAy") is not None
        assert lazy.compiled
        assert lazy.get() is lazy.get()
        assert lazy.get().flags & re.IGNORECASE

    def test_sanitize_compiles_its_slow_path_only_for_text_that_needs_it(self) -> None:
        """In a fresh process: importing the CLI and sanitizing clean text compile none of them; a control does."""
        code = """
import json
import newstui.cli
from newstui.text import sanitize
lazies = {n: v for n, v in vars(sanitize).items() if isinstance(v, sanitize.LazyRegex)}
compiled = lambda: sorted(n for n, v in lazies.items() if v.compiled)
after_import = compiled()
clean = sanitize.sanitize_line("قال الوزير إن العمل يبدأ غدا (Reuters)")
after_clean = compiled()
dirty = sanitize.sanitize_line("a\\x1b[31mb\\u202ec")
print(json.dumps([sorted(lazies), after_import, after_clean, compiled(), clean, dirty]))
"""
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        names, after_import, after_clean, after_dirty, clean, dirty = json.loads(out)
        assert len(names) >= 4
        assert after_import == after_clean == []
        assert after_dirty
        assert clean == "قال الوزير إن العمل يبدأ غدا (Reuters)"
        assert dirty == "a\u241b[31mbc"
