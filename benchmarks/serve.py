"""Loopback HTTP server for the URL and feed cases: serves a folder on 127.0.0.1 and prints its port.

Run as ``python benchmarks/serve.py FOLDER``; the first line on stdout is the port. HTTP/1.1 with
keep-alive, explicit content types (text/plain and text/html with charset, RSS and Atom), no logging.
"""

from __future__ import annotations

import sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class Handler(SimpleHTTPRequestHandler):
    """Static files with the content types the cases rely on."""

    protocol_version = "HTTP/1.1"
    extensions_map = {  # (class attribute of the base class)
        ".txt": "text/plain; charset=utf-8",
        ".html": "text/html; charset=utf-8",
        ".rss": "application/rss+xml",
        ".atom": "application/atom+xml",
        "": "application/octet-stream",
    }

    def log_message(self, format: str, *args: object) -> None:  # (base signature)
        """Quiet."""


def main(folder: str) -> None:
    """Serve ``folder`` on an ephemeral loopback port until killed."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=folder))
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1])
