"""A page's characters that no XML tree may hold (C0 controls, U+FFFE, U+FFFF) made visible in its tree."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newstui.text.sanitize import xml_safe

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["make_xml_safe"]

_UNSAFE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def make_xml_safe(root: HtmlElement) -> bool:
    """Every text, tail and attribute value of the tree with those characters as ``sanitize`` shows them (a
    control as its picture, ␈ ␛; U+FFFE and U+FFFF as U+FFFD); whether any was there.

    lxml keeps them in an HTML tree, written or as a character reference (``&#27;``); trafilatura, copying the
    tree, fails on the page as a whole ("All strings must be XML compatible"), its lists, tables and quotes lost.
    """
    changed = False
    for element in root.iter():
        if not any(value and _UNSAFE.search(value) for value in (element.text, element.tail, *element.attrib.values())):
            continue
        changed = True
        if element.text:
            element.text = xml_safe(element.text)
        if element.tail:
            element.tail = xml_safe(element.tail)
        for name, value in element.attrib.items():
            element.attrib[name] = xml_safe(value)
    return changed
