"""Pure text work: sanitizing, decoding, Arabic normalization and right-to-left layout."""
