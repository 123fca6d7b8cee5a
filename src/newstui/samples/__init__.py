"""Bundled sample articles, shown when newstui starts with no source at a terminal."""
