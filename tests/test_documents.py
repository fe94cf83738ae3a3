"""Decoding: every encoding we meet in scraped text, and refusal of what is not text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from graph.documents import read_document
from graph.errors import DocumentError

TEXT = "Signataires :\n- Ligue des droits de l'Homme\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decodes_without_loss(tmp_path: Path, raw: bytes, encoding: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(raw)
    doc = read_document(path)
    assert doc.text == TEXT and doc.encoding == encoding and not doc.warnings


def test_windows_1252_fallback_is_recorded(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes("Soci\u00e9t\u00e9 g\u00e9n\u00e9rale \u2013 caf\u00e9".encode("cp1252"))
    doc = read_document(path)
    assert doc.text == "Soci\u00e9t\u00e9 g\u00e9n\u00e9rale \u2013 caf\u00e9"
    assert doc.encoding == "cp1252" and "Windows-1252" in doc.warnings[0]


def test_newlines_match_python_text_mode(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"a\r\nb\rc\n")
    assert read_document(path).text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\x1f\x8b\x08\x00\x00", "gzip"),
        (b"%PDF-1.7\n", "PDF"),
        (b"ab" + b"\x00" * 40, "NUL"),
    ],
)
def test_binary_is_refused_with_a_reason(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(raw)
    with pytest.raises(DocumentError, match=message):
        read_document(path)


def test_size_limit_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(DocumentError, match="over the limit"):
        read_document(path, max_bytes=1024)


def test_directory_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="directory"):
        read_document(tmp_path)
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "absent.txt")


def test_html_keeps_visible_text_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><script>var x = 'secret';</script></head><body>"
        "<h1>Open letter</h1><p style='display:none'>hidden one</p><noscript>hidden two</noscript>"
        "<div hidden>hidden three</div><p>Signed by:</p><ul><li>Foo Party</li><li>Bar Network</li></ul>"
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p></body></html>",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.media_type == "text/html"
    assert "Open letter" in doc.text and "Foo Party" in doc.text
    assert "secret" not in doc.text and "hidden" not in doc.text
    assert "<script>alert(1)</script>" in doc.text  # entity-encoded markup is text, shown as such


def test_html_drops_elements_hidden_by_class(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><style>.draft, p.note { display: none } .shown { color: red }</style></head><body>"
        "<h1>Open letter</h1><div class='draft'>hidden one</div><p class='note'>hidden two</p>"
        "<p class='shown'>Signed by:</p><span class='screen-reader-text'>hidden three</span>"
        "<div class='d-none'>hidden four</div><ul><li>Foo Party</li></ul></body></html>",
        encoding="utf-8",
    )
    text = read_document(path).text
    assert "Signed by:" in text and "Foo Party" in text
    assert "hidden" not in text
