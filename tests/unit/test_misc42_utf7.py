"""A page or feed that declares UTF-7 and is written in it is refused with one line naming UTF-7 and
``--encoding utf-7``, over HTTP and from a file alike, not shown as ``+BjkGRg…`` or lost as "no article text"
(audit security42 #3)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newstui.cli import run
from newstui.errors import NotReadable
from newstui.text.decode import decode_bytes

# Original Arabic text written for this test.
_HEADLINE = "افتتاح جسر المشاة فوق الوادي"
_PARAGRAPH = "افتتحت البلدية صباح اليوم جسرا للمشاة يربط الحيين على ضفتي الوادي بعد عام من العمل."


def _page(meta: str) -> bytes:
    page = f"<html><head>{meta}<title>{_HEADLINE}</title></head><body><h1>{_HEADLINE}</h1>"
    page += f"<p>{_PARAGRAPH}</p>" * 3 + "</body></html>"
    return page.encode("utf-7")


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        (_page(""), "utf-7"),
        (_page(""), "UTF7"),
        (_page('<meta charset="utf-7">'), None),
        (_page('<meta http-equiv="content-type" content="text/html; charset=UTF-7">'), "iso-8859-1"),
        (
            f'<?xml version="1.0" encoding="utf-7"?><rss><channel><title>{_HEADLINE}</title></channel></rss>'.encode(
                "utf-7"
            ),
            None,
        ),
    ],
    ids=["http", "http-utf7", "meta", "http-equiv", "xml-declaration"],
)
def test_declared_utf7_is_refused_naming_the_option(data: bytes, declared: str | None) -> None:
    with pytest.raises(NotReadable) as caught:
        decode_bytes(data, declared=declared, origin="page")
    assert "UTF-7" in str(caught.value) and "--encoding utf-7" in str(caught.value)


def test_forced_utf7_still_reads_it() -> None:
    assert _HEADLINE in decode_bytes(_page('<meta charset="utf-7">'), forced="utf-7").text


@pytest.mark.parametrize(
    "data",
    [
        b'<html><head><meta charset="utf-7"></head><body><p>Plain ASCII news, 1+1 = 2.</p></body></html>',
        '<html><head><meta charset="utf-7"></head><body><p>نص عربي بترميز UTF-8.</p></body></html>'.encode(),
    ],
    ids=["ascii-only", "not-7-bit"],
)
def test_a_label_the_bytes_do_not_follow_is_still_ignored(data: bytes) -> None:
    assert "<p>" in decode_bytes(data, origin="page").text


def test_a_local_file_says_so_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(_page('<meta charset="utf-7">'))
    out, err = io.StringIO(), io.StringIO()
    assert run(["--config", "/dev/null", "--print", str(path)], out=out, err=err) == 2
    assert err.getvalue().count("\n") == 1 and "--encoding utf-7" in err.getvalue()
    assert "no article text" not in err.getvalue()
