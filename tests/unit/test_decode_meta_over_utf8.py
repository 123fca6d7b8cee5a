"""A ``<meta charset>`` naming a one-byte code page over valid UTF-8 text: read as UTF-8 (audit pages4 F1)."""

from __future__ import annotations

import pytest

from newstui.text.decode import decode_bytes

HEADLINE = "ميناء العقبة يستقبل أكبر سفينة سياحية هذا الموسم"
LEAD = "استقبل ميناء العقبة اليوم أكبر سفينة سياحية تصل إليه منذ بداية الموسم، وعلى متنها ألفا سائح."
FRENCH = "Le café de la gare réouvre après les travaux d'été: élèves et employés y déjeunent à côté."


def _page(charset: str, *, http_equiv: bool = False, title: str = HEADLINE, body: str = LEAD) -> str:
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        if http_equiv
        else f'<meta charset="{charset}">'
    )
    return f"<html><head>{meta}<title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"


CASES = [
    # (id, bytes, expected encoding, a piece of the expected text)
    ("utf8-under-1256-meta", _page("windows-1256").encode(), "utf-8", HEADLINE),
    ("utf8-under-1256-http-equiv", _page("windows-1256", http_equiv=True).encode(), "utf-8", HEADLINE),
    ("utf8-under-iso-8859-6-meta", _page("iso-8859-6").encode(), "utf-8", LEAD),
    ("utf8-under-latin1-meta", _page("iso-8859-1", title="Café", body=FRENCH).encode(), "utf-8", FRENCH),
    ("real-1256-under-1256-meta", _page("windows-1256").encode("cp1256"), "windows-1256", HEADLINE),
    ("real-1256-http-equiv", _page("windows-1256", http_equiv=True).encode("cp1256"), "windows-1256", LEAD),
    (
        "real-latin1-under-latin1-meta",
        _page("iso-8859-1", title="x", body=FRENCH).encode("cp1252"),
        "windows-1252",
        FRENCH,
    ),
    # One multi-byte letter is too little evidence: the declaration stands (bytes that happen to pair up).
    ("one-letter-under-1256-meta", _page("windows-1256", title="t", body="x é").encode(), "windows-1256", "x "),
]


@pytest.mark.parametrize(("data", "encoding", "piece"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_meta_label_over_utf8(data: bytes, encoding: str, piece: str) -> None:
    """Valid UTF-8 with multi-byte letters beats a one-byte ``<meta>`` label; real one-byte text keeps it."""
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.confident
    assert piece in decoded.text


def test_transport_label_still_beats_meta() -> None:
    """A specific HTTP charset still comes before the page's ``<meta>`` (UTF-8 over both read as UTF-8)."""
    data = _page("windows-1256").encode()
    assert decode_bytes(data, declared="windows-1256").encoding == "utf-8"
    assert decode_bytes(_page("utf-8").encode("cp1256"), declared="windows-1256").encoding == "windows-1256"
