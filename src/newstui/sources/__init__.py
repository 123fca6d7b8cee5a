"""Loading sources (files, folders, stdin, pages and feeds) into LoadResults: the package's public names.

``options`` (LoadOptions), ``loader`` (load_sources), ``files`` (local files and stdin), ``web``
(pages and feed entries) and ``folder_load`` (folders) hold them; the transport, folder-walk and
helper-process modules sit beside them. A name is imported from its module when first used
(PEP 562), so the reader's first frame and its helper processes load only the modules they use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from newstui.addresses import is_url
    from newstui.sources.files import file_result, folder_file_result
    from newstui.sources.loader import load_sources
    from newstui.sources.options import LoadOptions, reader_options
    from newstui.sources.web import fetch_article, full_entry

__all__ = [
    "LoadOptions",
    "fetch_article",
    "file_result",
    "folder_file_result",
    "full_entry",
    "is_url",
    "load_sources",
    "reader_options",
]

_HOMES: Final = {
    "LoadOptions": "newstui.sources.options",
    "reader_options": "newstui.sources.options",
    "load_sources": "newstui.sources.loader",
    "file_result": "newstui.sources.files",
    "folder_file_result": "newstui.sources.files",
    "fetch_article": "newstui.sources.web",
    "full_entry": "newstui.sources.web",
    "is_url": "newstui.addresses",
}
"""Where each public name lives."""


def __getattr__(name: str) -> Any:
    """A public name, taken from the module it lives in on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home), name)
